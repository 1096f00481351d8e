"""A named person's relations speak for themselves, blind round 28 (set n): "Tuttle's family", "the Tuttle
family", "Echeverría's counterpart at Brentwood, Neil Stannard," (speakers/named.py, speakers/described.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_family_or_relatives_speak_not_the_person_they_belong_to():
    body = (
        "Walter Brisk, 71, died on Monday. Brisk's family said they were “shattered.” "
        "The Brisk family said the funeral would be private. Brisk's relatives said they wanted answers."
    )
    assert _speakers(body) == [
        "Brisk's family",
        "Brisk family",
        "Brisk's relatives",
    ]  # (a named family is labelled as named bodies are)


def test_a_counterpart_named_after_the_description_speaks():
    body = (
        "Carla Mendes said the team was tired. “We are tired,” she said.\n\n"
        "Mendes's counterpart at Dunmore, Neil Stannard, insisted his side was ready.\n\n"
        "“Money does not score goals,” he said."
    )
    assert _speakers(body) == ["Carla Mendes", "Carla Mendes", "Neil Stannard", "Neil Stannard"]


def test_a_name_only_quoted_after_a_single_word_is_no_owner_of_it():
    body = (
        "Marseille said in a statement: “We have received an offer.”\n\n"
        "Jo Brandt wrote on Instagram: “Thank you for everything. Merci Marseille.”"
    )
    assert _speakers(body)[0] == "Marseille"
