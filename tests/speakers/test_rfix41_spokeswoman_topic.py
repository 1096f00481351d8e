"""Review finding on the spokeswoman rule (quotelens/speakers/subjects.py ``spokesperson_before``): when the
spokeswoman's own quotation speaks of a woman ("The mayor is recovering"), the next "She said" may be that
woman, so the rule stands aside and the ranker decides."""

from __future__ import annotations

from quotelens import load_article

TEXT = (
    "Mayor's absence questioned\n\n"
    "Mayor Jane Ruiz has missed three meetings of Glenmore Council since March, and opposition councillors "
    "want answers.\n\n"
    'A Glenmore Council spokeswoman said: "The mayor is recovering from surgery and will return in May."\n\n'
    "She said in a radio interview last month that she had no plans to resign."
)


def test_she_is_not_taken_from_the_woman_the_spokeswoman_speaks_of():
    q = load_article(TEXT).quotes
    assert q[q["text"].str.contains("no plans to resign")].iloc[0]["speaker"] == "Jane Ruiz"
