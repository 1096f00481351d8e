"""A capitalised word of a title before a name ("Home Minister", "Foreign Secretary") is part of the title, not
a word of the clause: the name after it opens the sentence and is its subject, so a "he" opening the next sentence
(after a fronted phrase) takes it up."""

from __future__ import annotations

from quotelens import load_article
from quotelens.segment import tokenize
from quotelens.speakers.nameroles import grammar


def test_a_capitalised_title_word_keeps_the_subject():
    toks = tokenize("Home Minister Kwame Boateng, who was also present, said the arrests showed it.", 0)
    a = next(i for i, t in enumerate(toks) if t.text == "Minister")
    assert grammar(toks, a, a + 3, False)[0]


def test_the_minister_speaks_beside_the_police_chief():
    text = (
        "Police bust fake investment ring, 14 arrested\n\n"
        "Police have arrested 14 people over an investment scam that cheated 2,000 victims, Inspector-General of "
        "Police Samuel Okafor said on Thursday.\n\n"
        "Speaking at a press conference at police headquarters, Mr Okafor said the ring had run a call centre "
        "since early 2024.\n\n"
        '"These are not small-time operators. They had a legal team," he said.\n\n'
        "He added that investigators had frozen 312 bank accounts.\n\n"
        '"If it sounds too good to be true, it is a scam," said fraud unit director Daniel Mensah, who led the '
        "operation.\n\n"
        "Home Minister Kwame Boateng, who was also present, said the arrests showed that the task force was "
        'working, but warned that fraudsters were "moving faster than the law". Speaking alongside Mr Okafor, he '
        "said the government would table a new fraud bill next month."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("table a new fraud bill")].iloc[0]["speaker"] == "Kwame Boateng"
