"""A definite description of three words ("the former associate", "the senior engineer") takes up the unnamed source
quoted just before with that head and those words ("according to a former associate at the firm, who asked not to
be named"), as a two-word one ("the associate") does (speakers/takenup.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_the_former_associate_is_the_unnamed_former_associate():
    body = (
        "The critic Nora Bask said the later houses were cold. “They ask too much of you,” she said.\n\n"
        "Weekends were for work, according to a former associate at the studio, who asked not to be named. "
        "“Nobody went home before she did, and she never went home,” the former associate said."
    )
    assert _speakers(body)[-1] == "a former associate at the studio"


def test_a_named_person_with_the_role_who_spoke_since_is_taken_up():
    body = (
        "Weekends were for work, according to a former associate at the studio.\n\n"
        "Lena Holt, a former associate who left in 2019, said the hours were long. "
        "“It never stopped,” the former associate said."
    )
    assert _speakers(body)[-1] == "Lena Holt"
