"""Blind round 37 (fix37f): a directive's participle after the clause that sets it (", instructing them
to ... not to give up “C”") reports the subject's words, as ", urging them to" does; the finite
"instructed X to" stays an act (PolNeAR train marks it so). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_instructing_after_the_clause_reports_the_subjects_words():
    found = attributions(
        "Referee Tomas Lind spoke to both captains, instructing them to calm their players and not to"
        ' risk "a single further card for dissent" before half-time.'
    )
    (a,) = [a for a in found if "a single further card" in " ".join(a["pieces"])]
    assert a["speaker"].endswith("Tomas Lind")
    assert a["kind"] == "mixed"
    assert a["cue"] == "instructing"
