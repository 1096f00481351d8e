"""fix38f: a report that goes on past its inline "X told me," keeps its subordinate clause: the listener
after the cue ("me", "reporters", an outlet's name) sits between the cue and the comma, as "X said,"
has none. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_clause_after_an_inline_told_me_is_the_same_report():
    found = attributions(
        "Ann Kell spoke last. The fund sold too soon, she told me, because it misread a single bad month."
    )
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"] == ["The fund sold too soon", "because it misread a single bad month"]


def test_the_clause_after_an_inline_told_reporters_is_the_same_report():
    found = attributions(
        "Ann Kell spoke last. The fund sold too soon, she told reporters, because it misread a single bad month."
    )
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"] == ["The fund sold too soon", "because it misread a single bad month"]
