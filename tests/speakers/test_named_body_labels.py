"""A body the article names by a name and its kind, not named before, is shown as named organisations are,
without its leading "the" ("Halvorsen family", "Carver High School athletic department"); an unnamed
description keeps it ("the family")."""

from quotelens.article import load_article


def speakers(text: str) -> list[str]:
    return [str(s) for s in load_article("Headline\n\n" + text).quotes["speaker"]]


def test_a_named_family_loses_its_the() -> None:
    text = "In a statement on Tuesday, the Okonkwo family said they were grateful to the volunteers."
    assert speakers(text) == ["Okonkwo family"]


def test_a_named_department_not_named_before_loses_its_the() -> None:
    text = "The Carver High School athletic department said in a post that tickets would go on sale Monday."
    assert speakers(text) == ["Carver High School athletic department"]
