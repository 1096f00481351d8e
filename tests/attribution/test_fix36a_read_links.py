"""Blind round 36 (fix36a): a "READ:" (or "ALSO READ:") line between paragraphs links another story; its
headline is web debris, not a speaker's label and words. Short passages written for the test."""

from __future__ import annotations

from quotelens.segment import ParagraphRole, segment_paragraphs
from tests.attribution.examples import attributions

TEXT = (
    "Onion prices fall as harvest comes in early, the trade group said on Monday.\n\n"
    "READ: Onion growers fear glut as imports rise - DTI\n\n"
    "ALSO READ: Port congestion eases in Batangas\n\n"
    '"We can finally plan the season," said the cooperative\'s head, Liza Ramos.'
)


def test_read_lines_are_debris():
    roles = [p.role for p in segment_paragraphs("Headline For The Test\n\n" + TEXT)]
    assert roles[2:4] == [ParagraphRole.BOILERPLATE] * 2
    assert roles[4] is ParagraphRole.BODY


def test_a_read_line_has_no_speaker():
    found = attributions(TEXT)
    assert all(a["mention"] not in {"READ", "ALSO READ"} for a in found)
    assert all("DTI" not in (a["speaker"] or "") for a in found)
