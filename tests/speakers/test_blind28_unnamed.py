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
