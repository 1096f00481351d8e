""" "Undersecretary" is a title before a name, as "Secretary" is: alone ("Undersecretary Marites Delos Santos"),
after another title ("Press Officer Undersecretary ..."), and before a portfolio joined by "for"
("Undersecretary for Operations Ramon Dizon"): the speaker is the name after them."""

from __future__ import annotations

from quotelens import load_article


def test_undersecretary_is_a_title():
    text = (
        "Senate probes road fund\n\n"
        "MANILA: Agriculture Undersecretary for Operations Ramon Dizon told the panel that the funds had been "
        "returned.\n\n"
        "In a briefing, Palace Press Officer Undersecretary Marites Delos Santos said the President had ordered an "
        "audit.\n\n"
        '"The rules are clear," Delos Santos told reporters.'
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["that the funds had been returned."] == "Ramon Dizon"
    assert speakers['"The rules are clear,"'] == "Marites Delos Santos"
