"""Roles of blind round 27 (set j): a title written as its initials is a person's role, no organisation
("the CS", "the AG", "the company's CTO"); sports honours and positions are roles ("the four-time All-Star",
"the two-time MVP") (speakers/lexicon.py, speakers/descriptions.py, speakers/nameparts.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of, typed_speakers


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_title_s_initials_refer_to_the_person_with_that_title():
    body = (
        "Cabinet Secretary Amina Otieno said the fund was solvent. “Nobody will lose cover,” the CS said. "
        "Attorney General Paul Wanjala said the law was clear. “It is settled,” the AG said."
    )
    assert _speakers(body) == ["Amina Otieno", "Amina Otieno", "Paul Wanjala", "Paul Wanjala"]


def test_a_chief_officer_s_initials_are_no_organisation():
    text = "Headline\n\nTallyfin sells software. Maya Ortiz, the company's CTO, said the product was ready."
    assert typed_speakers(text) == [("Maya Ortiz", "Maya Ortiz", "person")]


def test_sports_honours_are_roles_of_the_player_named_before():
    body = (
        "Marcus Hale scored 31 points on Friday. “We kept fighting,” the three-time All-Star said.\n\n"
        "Luka Brandt added 12 assists. “It was a grind,” the two-time MVP said."
    )
    assert _speakers(body) == ["Marcus Hale", "Luka Brandt"]
