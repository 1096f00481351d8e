"""Round 39, item 2: a two-word name whose last word is a company's head noun ("Harcourt Homes", "Harukawa
Electric", "Parcelwing Logistics") is an organisation, so that its spokesperson speaks for it; a first name
still makes a person of it ("Sarah Homes")."""

from __future__ import annotations

from quotelens.article import load_article
from quotelens.speakers.namekinds import kind_of


def speakers(text: str) -> list[str]:
    return [str(s) for s in load_article("Headline\n\n" + text).quotes["speaker"]]


def test_company_head_nouns() -> None:
    for name in ("Harcourt Homes", "Harukawa Electric", "Parcelwing Logistics", "Kestrel Energy"):
        assert kind_of(name.split(), []) == "organisation", name
    assert kind_of(["Sarah", "Homes"], []) == "person"
    assert kind_of(["Chidi", "Steel"], []) != "organisation"  # ("Steel": a common surname, no company head)


def test_a_spokesperson_speaks_for_the_company() -> None:
    assert speakers("A spokesperson for Harcourt Homes said the site was safe.") == ["Harcourt Homes"]
    assert speakers("A spokesman for Parcelwing Logistics said the drones were safe.") == ["Parcelwing Logistics"]
    assert speakers("Sarah Homes, a teacher, said the school was cold.") == ["Sarah Homes"]


def test_a_surname_that_could_name_an_industry_stays_a_person() -> None:
    assert speakers("Union leader Chidi Steel said the strike would go on. Steel said talks had failed.") == [
        "Chidi Steel",
        "Chidi Steel",
    ]
