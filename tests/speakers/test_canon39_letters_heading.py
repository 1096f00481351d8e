"""A letters page is known by its heading ("LETTERS.", "Letters:") or "letters to the editor", not by the word
"letters" in a story's first paragraphs ("letters of credit"): only there does a handle alone on a line sign the
writer's "I" (quotelens/speakers/writer.py, ``_replies_page``)."""

from __future__ import annotations

from quotelens.segment import segment_paragraphs
from quotelens.speakers.writer import _replies_page

STORY = (
    "Port lender tightens terms\n\n"
    "Harbor Bank said on Monday it would stop issuing letters of credit to small shippers.\n\n"
    "I think the bank has lost its nerve, one exporter posted.\n\n"
    "@dockside_trader"
)
PAGE = "What readers think of the port plan\n\nLETTERS.\n\nI think the plan is sound.\n\n@marta_k."


def test_letters_in_a_story_is_no_letters_page():
    assert not _replies_page(STORY, segment_paragraphs(STORY))


def test_a_letters_heading_makes_a_letters_page():
    assert _replies_page(PAGE, segment_paragraphs(PAGE))
    edited = PAGE.replace("LETTERS.", "Letters to the editor on the port")
    assert _replies_page(edited, segment_paragraphs(edited))
