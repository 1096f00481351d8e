"""A person's sex from the pronouns after the name (quotelens/speakers/sexes.py): "him" and "her" are objects,
most often someone else's, and say nothing of the one named."""

from __future__ import annotations

from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.mentions import Cast


def _sex(text: str, name: str) -> str | None:
    cast = Cast(text, segment_sentences(text, segment_paragraphs(text)), lambda pos: False)
    cast.collect()
    return next(e.sex for e in cast.entities if e.name == name)


def test_an_object_her_after_a_lone_name_says_nothing_of_its_sex():
    text = "Headline\n\nMs. Dana Roe kept the files at home. Governor Okafor backed her up on it last week."
    assert _sex(text, "Okafor") is None


def test_a_she_after_a_lone_name_still_says_its_sex():
    assert _sex("Headline\n\nGovernor Okafor said she would sign the bill.", "Okafor") == "f"


def test_a_possessive_her_after_a_lone_name_still_says_its_sex():
    text = "Headline\n\nOn a gray morning, Liesje van Oordt stood in her small warehouse studio, watching the light."
    assert _sex(text, "Liesje van Oordt") == "f"
