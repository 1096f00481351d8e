"""A source span that ends in the relative pronoun of the clause after it ("according to a person familiar with the
talks who was not authorised to speak") names the source without it (speakers/spans.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_relative_pronoun_closing_the_source_is_no_part_of_it():
    body = (
        "Pension costs had been the hardest issue in the talks, according to a person familiar with the talks "
        "who was not authorised to discuss them publicly."
    )
    assert _speakers(body) == ["a person familiar with the talks"]
