"""A "they" the ranker finds nobody for, with no plural report just before it, is the group named in the last
paragraphs when no one but its members spoke since; never the generic "they" of "As they say"
(quotelens/speakers/theysources.py, ``group_named_before``)."""

from __future__ import annotations

import pytest

from quotelens.speakers import ranker
from tests.speakers.examples import speakers_of

BOOK = (
    "Two economists weigh the port plan\n\n"
    "Ana Ruiz and Tom Webb, economists at Harbor University, have published a book on the port. They compare "
    "the plan with three others.\n\n"
    "“The numbers are thinner than they look,” Ms. Ruiz told me.\n\n"
    "Still, they argue that the harbor could double its trade within ten years."
)
OTHER_SPOKE = BOOK.replace("Ms. Ruiz told me", "Mayor Ines Varga told me")
IDIOM = BOOK.replace("Still, they argue that", "As they say about the harbor, the tide")


@pytest.fixture
def ranker_finds_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case the fallback is for: no candidate ranked above nobody."""
    monkeypatch.setattr(ranker, "rank", lambda cast, anaphor, cands: None)


def _they(text: str) -> list[str | None]:
    return [speaker for source, speaker, _ in speakers_of(text) if source == "they"]


def test_they_is_the_group_named_before(ranker_finds_nobody: None):
    assert _they(BOOK) == ["Ana Ruiz and Tom Webb"], speakers_of(BOOK)


def test_not_when_someone_else_spoke_since(ranker_finds_nobody: None):
    assert "Ana Ruiz and Tom Webb" not in _they(OTHER_SPOKE), speakers_of(OTHER_SPOKE)


def test_not_the_generic_they_of_as_they_say(ranker_finds_nobody: None):
    assert "Ana Ruiz and Tom Webb" not in _they(IDIOM), speakers_of(IDIOM)
