"""A short definite description made of the word before an unnamed source's head ("the alternate" after "an
alternate juror who was excused") takes that source up again (speakers/takenup.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_alternate_after_an_alternate_juror():
    body = (
        "Prosecutor Dana Wells told the court the defendant had moved the money in secret.\n\n"
        "The jurors took their task seriously, said an alternate juror who was dismissed before deliberations "
        "and who asked not to be named.\n\n"
        '"Everyone was taking notes on every exhibit," the alternate said.'
    )
    assert speaker_holding(body, "Everyone was taking notes") == "an alternate juror"


def test_not_the_former():
    body = (
        "A former teller and a current manager at the branch both spoke to reporters on Friday.\n\n"
        "The audit was rushed, said a former bank teller who asked not to be named.\n\n"
        '"We had no time at all," the former said.'
    )
    assert speaker_holding(body, "We had no time") != "a former bank teller"
