""""The detective" takes up one introduced with an investigating rank ("Sgt. Ann Hill", "Inspector Lee"), so a
he or she after "The detective paused ..." is that officer, not the lawyer who asked (speakers/candidates.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_detective_is_the_sergeant():
    body = (
        "On cross-examination, defense lawyer Martin Reyes questioned Sgt. Paul Becker about the missing camera. "
        'Reyes said in his opening that the camera would clear his client.\n\n"We looked for it for a week," '
        "Becker said.\n\nReyes asked whether anyone had searched the garage. The detective hesitated before "
        'answering.\n\n"Not that week, no," he said.'
    )
    assert speaker_holding(body, "Not that week") == "Paul Becker"
