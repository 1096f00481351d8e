"""Document descriptions: quotelens/speakers/described_documents.py."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_report_takes_up_a_report_just_introduced_whose_maker_was_found():
    body = (
        "Heat is rising. A report published in May by the Brookings Institution estimated that heat costs "
        '"billions." The report called heat "the defining challenge."'
    )
    assert speaker_holding(body, "defining challenge") == "Brookings Institution"
