"""A person's statement or letter (blind round 27, sets g and h): "X said in a statement" or "X, in a statement
on Sunday, said" makes "The statement read" X's words; "The email, from X of ..., read" and "a letter signed by
X" are X's; a letter to someone is not theirs (speakers/documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_statement_a_person_spoke_in_is_the_person_s():
    body = (
        "The adviser, Mr Tunde Bakare, in a statement on Sunday, said the fund had been released.\n\n"
        "The statement read in part, “The President is aware of the hardship.”\n\n"
        "Ann Pryor said in a statement that the plan was fair. “It is fair and it is right,” the statement said."
    )
    assert _speakers(body) == ["Tunde Bakare", "Tunde Bakare", "Ann Pryor", "Ann Pryor"]


def test_a_letter_from_a_person_is_the_writer_s():
    body = (
        "The email, from Marcus Dellow of Orchard Avenue, read: “I work nights at the hospital.” "
        "The letter, signed by Tom Haverly, said: “Stop it.”"
    )
    assert _speakers(body) == ["Marcus Dellow", "Tom Haverly"]


def test_a_letter_to_a_person_is_not_theirs():
    assert _speakers("A letter to Jo Whitcomb said: “Go away.”") != ["Jo Whitcomb"]
