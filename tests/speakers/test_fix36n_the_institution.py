"""A source written "The" and one capitalised word that the article also writes after a lower-case "the"
("The Quirinale said" ... "at the Quirinale") is named without the article; a paper's "The", capitalised
wherever it stands, is kept (speakers/named.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_before_an_institution_written_with_a_lower_case_the_is_dropped():
    body = (
        "Unions marched in Rome on Tuesday. The Quirinale said in a statement that the president "
        "had full confidence in the prime minister. The plan was drafted in a room at the Quirinale."
    )
    assert speaker_holding(body, "full confidence in the prime minister") == "Quirinale"


def test_a_capitalised_the_everywhere_is_kept():
    body = (
        "Unions marched in Rome on Tuesday. The Quirinale said in a statement that the president "
        "had full confidence in the prime minister, as first reported by The Quirinale."
    )
    assert speaker_holding(body, "full confidence in the prime minister") == "The Quirinale"
