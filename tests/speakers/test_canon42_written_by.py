"""A document whose phrase names the person who wrote it ("a planning memo written by Dana Prescott", "a paper
drawn up by the party's general secretary, Hanna Berg") is credited to that person
(quotelens/speakers/documents.py, ``_correspondent``); a document only seen by someone is not theirs."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

MEMO = (
    "Cameras everywhere\n\n"
    "The company's software was supposed to “spot every car that passes a Lumo lens,” according to a planning memo "
    "written by Dana Prescott, then Lumo's head of product, and seen by this magazine.\n\n"
    "“It was a stretch,” said Ian Cole, an engineer."
)
TITLED = (
    "Party row\n\n"
    "Voters are tired, according to a paper drawn up by the party's general secretary, Hanna Berg, last month.\n\n"
    "“We disagree,” said Tom Lind, a deputy."
)
SEEN = MEMO.replace("written by Dana Prescott, then Lumo's head of product, and seen by", "seen by Dana Prescott and")


def _documents(text: str) -> list[str | None]:
    return [speaker for source, speaker, _ in speakers_of(text) if source.startswith("a ")]


def test_a_memo_written_by_a_person_is_theirs():
    assert _documents(MEMO) == ["Dana Prescott"], speakers_of(MEMO)


def test_a_title_may_come_between_by_and_the_name():
    assert _documents(TITLED) == ["Hanna Berg"], speakers_of(TITLED)


def test_a_memo_seen_by_a_person_is_not_theirs():
    assert "Dana Prescott" not in _documents(SEEN), speakers_of(SEEN)
