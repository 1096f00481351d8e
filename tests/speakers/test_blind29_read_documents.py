"""Blind round 29 (set p): "according to records reviewed by X" credits the records; X only read them
(speakers/resolve.py, _READ_BY)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_records_reviewed_by_an_outlet_are_the_source():
    body = "The state received 41 more reports of abuse, according to records reviewed by ProPublica."
    assert _speakers(body) == ["records"]


def test_documents_obtained_by_an_agency_are_the_source():
    body = "The state received 41 more reports, according to documents obtained by The Associated Press."
    assert _speakers(body) == ["documents"]


def test_a_report_released_by_a_department_is_still_the_department_s():
    body = "The agency knew of the abuse, according to a report released by the Justice Department."
    assert _speakers(body)[0] == "Justice Department"
