"""A body's name before a role and a person's name is the person's affiliation (blind round 27, set h):
"Morgan Stanley analyst X" makes Morgan Stanley an organisation, never a person a later "he" may stand for;
"Bank of England Governor X" and "Match of the Day pundit X" are X, whatever "of" the body's name holds
(speakers/namecontext.affiliation, speakers/named._titled)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of
from tests.speakers.test_mentions import cast_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_firm_before_a_role_and_a_name_is_an_organisation():
    body = "Carter Beaumont analyst Lena Ostrova was more cautious. She said margins would fall."
    types = {e.name: e.type.value for e in cast_of("Headline\n\n" + body).entities}
    assert types["Carter Beaumont"] == "organisation"
    assert _speakers(body) == ["Lena Ostrova"]


def test_a_person_s_aide_keeps_the_person():
    types = {e.name: e.type.value for e in cast_of("Headline\n\nHillary Clinton aide Huma Abedin left.").entities}
    assert types["Hillary Clinton"] == "person"


def test_a_body_named_with_of_before_a_title_and_a_name_is_the_person_s():
    body = (
        "Bank of Ruritania Governor Tomas Halloran said rates would stay high. "
        "Match of the Week pundit Gary Pellow said it was a red card. "
        "Supporters of Dana Whitcomb said they were angry."
    )
    assert _speakers(body)[:2] == ["Tomas Halloran", "Gary Pellow"]
    assert _speakers(body)[2] != "Dana Whitcomb"


def test_a_team_led_by_a_person_speaks_through_the_person():
    body = "“We expect two cuts,” Barlow economists led by Tamsin Reeve wrote in a note to clients."
    assert _speakers(body) == ["Tamsin Reeve"]
