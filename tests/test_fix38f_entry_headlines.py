"""fix38f: on a live page, the short line right after an entry's time stamp is the entry's headline (a
heading, never mined for quotations), not a sentence of the body. Short passages written for the test."""

from __future__ import annotations

from quotelens import load_article

_PAGE = (
    "Live updates: Harbour strike enters third day\n\n"
    "2:05 p.m. ET, March 3, 2025\n\n"
    "Union leader on the talks: “We are not moving an inch”\n\n"
    "Union leader Ana Ruiz told reporters the dockworkers would stay out until a deal was signed.\n"
)


def test_the_line_after_a_time_stamp_is_a_heading():
    art = load_article(_PAGE)
    roles = dict(zip(art.paragraphs.text, art.paragraphs.role, strict=True))
    assert roles["Union leader on the talks: “We are not moving an inch”"] == "heading"
    assert not any("moving an inch" in t for t in art.quotes.text)


def test_a_sentence_after_a_time_stamp_stays_in_the_body():
    art = load_article(_PAGE.replace("Union leader on the talks: “We are not moving an inch”\n\n", ""))
    assert any("stay out until" in t for t in art.quotes.text)
