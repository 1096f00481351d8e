"""Two titled people joined by "and" in one capitalised run ("Trade Minister Ana Ruiz and Home Affairs and Sport
Minister Lena Park"): the "and" after the first person's name ends that name, however many "and"s the second
title holds (speakers/connectors.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_titled_name_before_and_is_a_person_of_its_own():
    body = (
        "Trade Minister Mariko Tsunoda and Home Affairs and Communications Minister Kenji Obara met on Monday. "
        "Afterward, Tsunoda said her office would act.\n\n"
        "“We are behind already,” she said."
    )
    assert _speakers(body)[-2:] == ["Mariko Tsunoda", "Mariko Tsunoda"]


def test_an_office_with_of_before_a_name_and_a_second_titled_name():
    body = (
        "Secretary of State Tom Brandt and Defense Secretary Lila Moss spoke on Monday. Brandt said talks would go on."
    )
    assert _speakers(body)[-1] == "Tom Brandt"
