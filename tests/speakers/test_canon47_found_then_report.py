"""An organisation that "found" something, then "the report said" in the same paragraph: the report is that
organisation's, not an unnamed report the article mentioned before (quotelens/speakers/described_documents.py,
``_document_before``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

REPORT = (
    "The city's new tram line is two years late and 40 percent over budget, according to an auditor's report "
    "published Tuesday.\n\n"
    "The Regional Audit Office found that the line's contractor began laying track before the design was "
    "approved. The report said transit officials \u201cignored clear warnings\u201d and urged the council to halt "
    "further payments."
)


def test_the_report_after_an_office_found_is_the_offices():
    assert speaker_holding(REPORT, "ignored clear warnings") == "Regional Audit Office"
