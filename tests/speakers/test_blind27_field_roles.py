"""A title for a field before an apposed name gives the person the role (blind round 27, set g): "The
Commissioner for Transportation, Chief X," is "the commissioner" from then on, "The Secretary of State for
Defence, X," "the defence secretary" (speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_title_for_a_field_is_the_role_of_the_name_after_it():
    body = (
        "The Rivers State Commissioner of Transportation, Chief Ade Okonjo, spoke to residents on Monday. "
        "The commissioner said the buses would run longer. "
        "The Secretary of State for Defence, Jo Hartwell, spoke on Tuesday. "
        "The defence secretary said the cost was high."
    )
    assert _speakers(body) == ["Ade Okonjo", "Jo Hartwell"]
