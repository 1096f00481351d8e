"""What someone found, written "<findings> by <Name>" ("Analysis by Harbour Ledger of the survey data shows"), speaks
for that someone, as "<Name>'s analysis" does, even when the name reads as a person's; a report by a person is
still the report's own (quotelens/speakers/documents.py, ``_findings_of``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

ANALYSIS = (
    "Global fish catches fell again last year, according to a new report from the Ocean Stock Project.\n\n"
    "Analysis by Harbour Ledger of the report's country-level data shows that just four fleets took most of the "
    "catch."
)


def test_analysis_by_a_name_speaks_for_that_name():
    assert speaker_holding(ANALYSIS, "just four fleets") == "Harbour Ledger"


def test_research_by_a_named_economist_speaks_for_her():
    text = ANALYSIS.replace("Analysis by Harbour Ledger of the report's country-level data", "Research by Ana Ruiz")
    assert speaker_holding(text, "just four fleets") == "Ana Ruiz"
