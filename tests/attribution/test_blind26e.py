"""Speaker labels as other outlets write them (blind round 26e): a dateline "CITY:" opening the lede is no
speaker, and a one-word surname label ("Hawkes:") speaks in a Q:/A transcript or after the person was named
(quotelens/attribution/frames/signatures.py).
"""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_colon_dateline_opening_the_lede_is_no_speaker():
    for lede in (
        "CHENNAI: The city faces a shortage of water this summer, officials said on Thursday.",
        "NEW DELHI: The Centre on Monday approved a new scheme for farmers.",
        'MUMBAI: "We will act soon," the Minister said after heavy rain lashed the city.',
    ):
        assert not any(q["mention"] in ("CHENNAI", "NEW DELHI", "MUMBAI") for q in attributions(lede + "\n\nMore."))


def test_a_capitals_label_that_speaks_in_the_first_paragraph_is_still_a_speaker():
    quotes = attributions("WALLACE: Let's start with the debate and what happens next.\n\nMore text follows here.")
    assert [q["mention"] for q in quotes] == ["WALLACE"]
    quotes = attributions("TAPPER: The debate is tonight at eight.\n\nPENCE: We have prepared for weeks.")
    assert [q["mention"] for q in quotes] == ["TAPPER", "PENCE"]


def test_a_one_word_surname_label_speaks_in_a_transcript_or_after_the_person_was_named():
    text = (
        "Coach Glenn Hawkes was frustrated after the loss.\n\n"
        "Q: How do you assess the performance tonight?\n\n"
        "Hawkes: For 75 minutes I thought we were the better team.\n\n"
        "Q: What about Sam and his injury?\n\n"
        "Hawkes: It is a small fracture in the foot."
    )
    quotes = attributions(text)
    fracture = next(q for q in quotes if "small fracture" in " ".join(q["pieces"]))
    assert (fracture["mention"], fracture["speaker"], fracture["kind"]) == ("Hawkes", "Glenn Hawkes", "direct")
    named = attributions("Glenn Hawkes spoke after the loss.\n\nHawkes: We were the better team for an hour.")
    assert [q["mention"] for q in named] == ["Hawkes"]


def test_a_one_word_heading_or_tagline_is_still_no_label():
    assert attributions("Background: the pier was built in 1910 and closed in 2019.") == []
    taglines = attributions("Ted Cruz and Jeb Bush campaigned.\n\nCruz: Just hang on.\n\nBush: Survive to Carolina.")
    assert not any(q["mention"] in ("Cruz", "Bush") for q in taglines)
