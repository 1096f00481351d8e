"""What someone found, written "<findings> by <Name>" ("Analysis by Avery Lumen of timetable records suggests"), speaks
for that someone, as "<Name>'s analysis" does, even when the name reads as a person's; a report by a person is
still the report's own (quotelens/speakers/documents.py, ``_findings_of``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

ANALYSIS = (
    "Train punctuality across the region slipped over the winter, the transport authority said on Monday.\n\n"
    "Analysis by Avery Lumen of timetable records suggests that late evening services were the ones cancelled "
    "most often."
)


def test_analysis_by_a_name_speaks_for_that_name():
    assert speaker_holding(ANALYSIS, "late evening services") == "Avery Lumen"


def test_research_by_a_named_economist_speaks_for_her():
    text = ANALYSIS.replace("Analysis by Avery Lumen of timetable records", "Research by Ana Ruiz")
    assert speaker_holding(text, "late evening services") == "Ana Ruiz"
