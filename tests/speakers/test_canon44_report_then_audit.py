"""Issue 18 (canon44): "The audit also criticised ..." after "The report by the Tamsworth Schools Inspectorate,
published on Monday, found ..." is the inspectorate's: a source that is itself a document made by an
organisation introduces the document the next report names by a word of its kind. Short article written for
the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "The report by the Tamsworth Schools Inspectorate, published on Monday, found that six schools had bought "
    "the same laptops twice.\n\n"
    "The audit also criticised the head teachers for signing off their own orders, noting that “the invoices "
    "were never checked by anyone.”"
)


def test_the_audit_is_the_office_s():
    assert speaker_holding(TEXT, "the invoices were never") == "Tamsworth Schools Inspectorate"
