"""An office with its seat or portfolio, its holder's name set off by commas after it ("The Member of Parliament
for Wenlock Vale, Ms Jo Reed, said") names no one by the seat's words: "Wenlock Vale" is no person, and a later
description of the holder is not taken for it (speakers/names.py, _seat_before_holder)."""

from __future__ import annotations

from quotelens.speakers.names import name_runs
from tests.speakers.examples import speaker_holding


def _runs(text: str) -> list[str]:
    from quotelens.segment import segment_paragraphs, segment_sentences

    sentences = segment_sentences(text, segment_paragraphs(text, has_title=False))
    return [r.name for n, s in enumerate(sentences) for r in name_runs(s.tokens, n, 0, {})]


def test_the_seat_is_no_name():
    names = _runs("The Member of Parliament for Ashby Downs, Mr Oliver Pengelly, tabled the petition.")
    assert "Ashby Downs" not in names
    assert "Oliver Pengelly" in names


def test_a_later_description_is_the_holder():
    body = (
        "A petition against the bus cuts was handed in by the Member of Parliament for Ashby Downs, Mr Oliver "
        "Pengelly, on Tuesday.\n\n"
        '"Rural routes are not a luxury," the Conservative MP told a rally outside the depot.'
    )
    assert speaker_holding(body, "Rural routes are not a luxury") == "Oliver Pengelly"
