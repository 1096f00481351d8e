"""Bodies of blind round 28 (set m): a directorate, an inspectorate or a treasury is an organisation, whose
document is its own, whose bracketed acronym names it, and which "the directorate" takes up
(speakers/lexicon.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_directorate_s_statement_is_the_directorate_s():
    body = (
        "According to a statement by the Serious Fraud Directorate (SFD), investigators traced the payments. "
        "“We will act,” the directorate said. SFD said it would appeal."
    )
    assert _speakers(body) == ["Serious Fraud Directorate"] * 3


def test_a_treasury_s_report_is_the_treasury_s():
    assert _speakers("According to a report by the National Treasury, spending rose.") == ["National Treasury"]
