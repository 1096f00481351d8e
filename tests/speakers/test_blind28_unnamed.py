"""Unnamed sources of blind round 28 (set n): one label whatever the sentence's capital ("Sources close to the
player" is "sources close to the player") (speakers/descriptions.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_plural_unnamed_source_opening_a_sentence_is_lower_cased():
    body = "Sources close to the player said he wanted to move. Officials said the road was closed."
    assert _speakers(body) == ["sources close to the player", "officials"]


def test_a_party_s_or_a_people_s_name_keeps_its_capital():
    assert _speakers("Democrats said the bill was bad.") == ["Democrats"]


def test_an_unnamed_woman_opening_the_sentence_before_is_she():
    body = (
        "Dana Pryor, a prosecutor, spoke first.\n\n"
        "The woman, whose name is being withheld because she was threatened, testified from behind a screen.\n\n"
        "She said she looked out her window.\n\n“I could not see his face,” she told the court."
    )
    assert _speakers(body) == ["the woman", "the woman"]


def test_unnamed_people_opening_the_sentence_before_are_they():
    body = "The researchers point to Casco Bay as a warning. They estimate that the loss released much carbon."
    assert _speakers(body) == ["the researchers"]


def test_a_sentence_that_names_someone_leaves_the_pronoun_to_the_name():
    body = (
        "The woman who started it all identified herself as a resident named Caroline.\n\n“He cares,” she said.\n\n"
        "She said she had no plans to leave."
    )
    assert _speakers(body) == ["Caroline", "Caroline"]


def test_the_witness_is_the_one_introduced_as_a_witness():
    body = (
        "Rosa Lindqvist, a witness, testified on Tuesday. “He ran,” the witness said.\n\n"
        "Maria Okonjo, 34, was the first witness called by prosecutors on Monday.\n\n“He hid,” the witness said."
    )
    assert _speakers(body) == ["Rosa Lindqvist", "Maria Okonjo"]
