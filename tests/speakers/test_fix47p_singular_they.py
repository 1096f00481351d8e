"""A singular "they" after an unnamed person set off by a comma opens the sentence before it ("A neighbour, a
retired nurse ..., kept a diary. '...,' they said"): that person, as a "he" or "she" would be (speakers/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_singular_they_takes_up_the_unnamed_neighbour_before_it():
    body = (
        "Roadworks closed the high street for a week in March. "
        "A neighbour, a retired nurse who lives above the chemist, kept a diary of the noise. "
        "“Drills at six in the morning. Every single day,” they said."
    )
    assert _speakers(body)[-1] == "a neighbour"


def test_a_customer_set_off_by_a_comma_is_a_she_too():
    body = (
        "The furniture shop on the ring road closed without notice last week. "
        "A customer, who had paid for a sofa in March, was upset. “I want my money back,” she said."
    )
    assert _speakers(body)[-1] == "a customer"
