"""Issue 18 (canon44): "The audit also faulted ..." after "The report by the Harwell Audit Office, tabled in March,
found ..." is the office's: a source that is itself a document made by an organisation introduces the document
the next report names by a word of its kind. Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "The report by the Harwell Audit Office, tabled in March, found that the council paid twice for the land.\n\n"
    "The audit also faulted the council for skipping its own checks, noting that “the papers bore obvious "
    "errors.”"
)


def test_the_audit_is_the_office_s():
    assert speaker_holding(TEXT, "the papers bore obvious") == "Harwell Audit Office"
