"""Names written family name first, blind round 28 (set m): "Kim Mi-ra", "Lee Jae-won" take no sex from the
family name, and such a name is a person's even with no first name known (speakers/sexes.py, speakers/mentions.py,
speakers/candidates.py)."""

from __future__ import annotations

from quotelens.speakers.sexes import family_name_first
from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_family_name_first_says_nothing_of_sex():
    body = "It rained.\n\nKim Mi-ra said the offer was a trick.\n\n“The puppets will fail,” she said."
    assert _speakers(body) == ["Kim Mi-ra", "Kim Mi-ra"]


def test_kim_as_a_first_name_is_a_woman_s():
    body = "It rained.\n\nKim Dawson said the offer was a trick.\n\n“It will fail,” she said."
    assert _speakers(body) == ["Kim Dawson", "Kim Dawson"]


def test_a_family_name_first_is_a_person_not_the_organisation_described_next():
    body = (
        "Cho Han-bum, a fellow at a think tank in Seoul, noted that talks had value.\n\n"
        "The ministry said the drills were dangerous."
    )
    assert _speakers(body) == ["Cho Han-bum", "the ministry"]


def test_which_names_are_written_family_name_first():
    assert family_name_first(["Lee", "Jae-won"]) and family_name_first(["Kim", "Jong", "Un"])
    assert not family_name_first(["Jean-François", "Bélanger"]) and not family_name_first(["Kim", "Davis"])
