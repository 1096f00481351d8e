"""An unnamed source taken up again: by the description set off after it ("A second nurse, a night-shift
supervisor on the ward, said ... the night-shift supervisor added") or as "the person" in the next report
(speakers/takenup.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Staff at a county hospital say the closure of a ward last winter left the remaining wards short of beds.\n\n"
    "A second nurse, a night-shift supervisor who has worked at the hospital for ten years, said patients had "
    "waited on trolleys for up to two days. The person said three senior nurses had resigned since January.\n\n"
    '"We run the ward on goodwill and overtime," the night-shift supervisor said. "That cannot last."'
)


def test_the_person_takes_up_the_unnamed_one_just_quoted():
    assert speaker_holding(_BODY, "three senior nurses had resigned") == "a second nurse"


def test_the_description_set_off_after_an_unnamed_source_takes_it_up():
    assert speaker_holding(_BODY, "goodwill and overtime") == "a second nurse"
