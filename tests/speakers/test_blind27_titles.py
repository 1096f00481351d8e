"""Titles and roles of blind round 27 (sets g, h): West African honorifics and police ranks before a name,
local government's titles, football's positions as roles (speakers/lexicon.py, quotelens/lexicon.py,
speakers/titles.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_an_honorific_or_a_police_rank_before_a_name_is_a_title():
    body = (
        "Alhaji Bala Yusuf said the depots were empty. “We wait,” Yusuf said. "
        "The police spokesperson, DSP Adaeze Nwosu, said officers were deployed. “We are ready,” Nwosu said."
    )
    assert _speakers(body) == ["Bala Yusuf", "Bala Yusuf", "Adaeze Nwosu", "Adaeze Nwosu"]


def test_a_rank_abbreviation_before_no_full_name_is_the_name_s_own_word():
    assert _speakers("CP Rail said freight fell. ASP Isotopes said output rose.") == ["CP Rail", "ASP Isotopes"]


def test_a_police_commissioner_s_rank_gives_the_role():
    body = "CP Hakeem Adeyemi said the roads were calm. “Nobody will be spared,” the commissioner said."
    assert _speakers(body) == ["Hakeem Adeyemi", "Hakeem Adeyemi"]


def test_local_government_titles_are_no_part_of_the_name():
    body = (
        "Councilmember Dana Whitcomb said the budget was late. “We need more time,” Whitcomb said. "
        "Board Member Luis Ortega said the vote was close. “It is a bad deal,” Ortega said. "
        "Selectwoman Ann Pryor said the road would close. “It is unsafe,” the selectwoman said."
    )
    assert _speakers(body) == ["Dana Whitcomb", "Dana Whitcomb", "Luis Ortega", "Luis Ortega", "Ann Pryor", "Ann Pryor"]


def test_a_football_position_is_a_role_of_the_player_named_before():
    body = (
        "Jordan Pickett scored twice on Saturday. Pickett was more interested in the result. "
        "“I just picked my spot,” the Wales winger said."
    )
    assert _speakers(body) == ["Jordan Pickett"]
