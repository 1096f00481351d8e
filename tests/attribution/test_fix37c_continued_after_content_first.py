"""Blind round 37 (fix37c): 'Hale said little, she recalls. “He just nodded along. ...”': a content-first
report ends its sentence with its source and cue, not its content, so the quotation opening the next
sentence is proposed as going on in the reporter's voice (frames/next_sentence.py; the confidence model
chooses between the two readings). Short passages written for the test."""

from __future__ import annotations

from quotelens.attribution.rules import Rule
from tests.attribution.examples import proposals


def test_a_quotation_after_a_content_first_report_is_proposed_as_its_continuation():
    found = proposals(
        "Ann Kell ran the depot until last spring. The manager said little at the meeting, she recalls."
        " “He just nodded along. He knew exactly what the figures looked like.”"
    )
    continued = [p for p in found if p[0] == Rule.CONTINUED_NEXT_SENTENCE]
    assert [(source, cue, pieces[-1][:22]) for _, source, cue, pieces in continued] == [
        ("she", "recalls", "“He just nodded along.")
    ]
