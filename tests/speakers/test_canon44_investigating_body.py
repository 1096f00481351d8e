"""Issue 18 (canon44): a name opening "a <name> audit" (or investigation, inquiry, probe) is the body that
investigated, an organisation, even when the name reads like a person's ("A Lorne Hatch audit"). Short article
written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "Dock workers have complained about the cranes for years. A Lorne Hatch audit of the port found last month "
    "that two of the cranes had never been inspected."
)


def test_the_investigation_is_the_body_s():
    assert speaker_holding(TEXT, "had never been inspected") == "Lorne Hatch"
