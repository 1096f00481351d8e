"""A nation's noun before a name ("the Finn Aarni Ketola") introduces that person by it: "the Finn" later is
him, though the name itself leaves the noun out (speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The regatta's third race was decided in the last hundred metres of the course on Sunday.\n\n"
    "Among the early leaders were the Finn Aarni Ketola and the veteran skipper Bruno Montvert, who held "
    "the front for most of the afternoon.\n\n"
    "Ketola lost the lead when the wind dropped. The Finn said afterwards that he had chosen the wrong side "
    "of the course and would race more cautiously on Monday."
)


def test_the_nation_noun_finds_the_man_introduced_by_it():
    assert speaker_holding(_BODY, "chosen the wrong side") == "Aarni Ketola"
