"""A singular "they" after an unnamed person set off by a comma opens the sentence before it ("A passenger, who
..., was angrier. '...,' they said"): that person, as a "he" or "she" would be (speakers/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_singular_they_takes_up_the_unnamed_passenger_before_it():
    body = (
        "The ferry was held at the pier for three hours on Monday after a fault in its steering gear. "
        "Harbour master Idris Fennimore said engineers had fixed the fault by noon. "
        "A passenger, who would give only a first name because they work for the operator's parent company, "
        "was angrier. “Nobody told us anything. We sat there,” they said."
    )
    assert _speakers(body)[-1] == "a passenger"


def test_a_customer_set_off_by_a_comma_is_a_she_too():
    body = (
        "The bakery on the corner shut without notice last week. "
        "A customer, who had bought bread there for a decade, was upset. “I came every morning,” she said."
    )
    assert _speakers(body)[-1] == "a customer"
