"""Review findings on the "they" fallbacks (quotelens/speakers/theysources.py): a group nobody has heard from
since it was named does not claim a later "they"; officials named just before come first; a one-word outlet
whose name ends in s ("Reuters") is no plural source."""

from __future__ import annotations

import pytest

from quotelens.speakers import ranker
from quotelens.speakers.theysources import _plural
from tests.speakers.examples import speakers_of

NEVER_HEARD = (
    "Border towns brace for a vote\n\n"
    "Ana Ruiz and Tom Webb, economists at Harbor University, have published a book on the border economy.\n\n"
    "The vote is set for June. Turnout in the last election was low.\n\n"
    "Protesters gathered outside the town hall on Monday. They said the new fees would drive families out."
)
OFFICIALS = NEVER_HEARD.replace(
    "Protesters gathered outside the town hall on Monday. They said the new fees would drive families out.",
    "Mexican officials conducted polling in the border towns last month. The outreach, they said, reached "
    "more than ten thousand families.",
)
OUTLET = (
    "Ministers quit\n\n"
    "Reuters reported on Sunday that two ministers had resigned over the budget. They said the cuts went too far."
)


@pytest.fixture
def ranker_finds_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranker, "rank", lambda cast, anaphor, cands: None)


def _they(text: str) -> list[str | None]:
    return [speaker for source, speaker, _ in speakers_of(text) if source.lower() == "they"]


def test_a_group_nobody_heard_from_is_no_they(ranker_finds_nobody: None):
    they = _they(NEVER_HEARD)
    assert they and "Ana Ruiz and Tom Webb" not in they, speakers_of(NEVER_HEARD)


def test_officials_named_just_before_come_before_an_older_group():
    they = _they(OFFICIALS)
    assert they and "Ana Ruiz and Tom Webb" not in they, speakers_of(OFFICIALS)


def test_an_outlet_ending_in_s_is_no_plural_source(ranker_finds_nobody: None):
    assert "Reuters" not in _they(OUTLET), speakers_of(OUTLET)


@pytest.mark.parametrize("phrase", ["Reuters", "Fox News", "the Philippines", "the crisis", "the analysis"])
def test_one_thing_is_not_plural(phrase: str):
    assert not _plural(phrase)


@pytest.mark.parametrize("phrase", ["his advisers", "the two senators", "Hale and Ortiz", "they", "the police"])
def test_several_are_plural(phrase: str):
    assert _plural(phrase)
