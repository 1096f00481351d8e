"""An organisation that "found" (estimated, concluded) something, then "the report said" in the same paragraph:
the report is that organisation's, not an unnamed report the article mentioned before
(quotelens/speakers/described_documents.py, ``_document_before``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

REPORT = (
    "The upper valley's rivers are cleaner than at any time in thirty years, a report released this week "
    "suggests.\n\n"
    "The Wendlebury Salmon Trust estimated that returning salmon at six weirs had doubled since 2015. Anglers "
    "were \u201cfinally seeing the river come back to life,\u201d the report said."
)


def test_the_report_after_a_trust_estimated_is_the_trusts():
    assert speaker_holding(REPORT, "finally seeing the river") == "Wendlebury Salmon Trust"
