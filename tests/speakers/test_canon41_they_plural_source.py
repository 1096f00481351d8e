"""A "they" the ranker finds nobody for takes up the plural source of a report in the sentence just before
("Ms. Varga's aides conceded ... But they argued"): the entity that report was credited to, though the
phrase's own mention is the person's name (quotelens/speakers/theysources.py)."""

from __future__ import annotations

import pytest

from quotelens.speakers import ranker
from tests.speakers.examples import speakers_of

TEXT = (
    "Varga stumbles in debate\n\n"
    "Mayor Ines Varga struggled through the second debate on Thursday, and her rivals pressed her on the budget.\n\n"
    "Ms. Varga's aides privately conceded that it had been a hard night for their candidate.\n\n"
    "But they were counting on the holiday weekend: with so few people watching, they argued, the damage "
    "would fade before the vote."
)
FAR = TEXT.replace("But they", "The council meets again in March.\n\nThe mayor's rivals were pleased. But they")


@pytest.fixture
def ranker_finds_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case the fallback is for: no candidate ranked above nobody (as in long articles)."""
    monkeypatch.setattr(ranker, "rank", lambda cast, anaphor, cands: None)


def test_they_takes_up_the_plural_source_just_before(ranker_finds_nobody: None):
    found = [(source, speaker) for source, speaker, _ in speakers_of(TEXT)]
    they = [speaker for source, speaker in found if source == "they"]
    assert they == ["the Varga campaign"], found


def test_only_the_sentence_just_before(ranker_finds_nobody: None):
    found = [(source, speaker) for source, speaker, _ in speakers_of(FAR)]
    they = [speaker for source, speaker in found if source == "they"]
    assert they and they[-1] != "the Varga campaign", found
