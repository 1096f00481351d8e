"""Pronoun candidates of blind round 27 (set g): a day's name apposed as a first name ("A motorcyclist, Sunday
Adamu, who ...") is a person's, and ", who" is a sign of one; a "she" resolved to a name with no known sex
keeps a later "he" from her (speakers/names.py, speakers/lexicon.py, speakers/resolve.py, speakers/ranker.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_she_keeps_a_later_he_from_the_woman_and_who_marks_a_person():
    body = (
        "An economist, Adaeze Okafor, said prices were high. “We are back here,” she said. "
        "A motorcyclist, Chidubem Olisa, who has waited for hours, was angry. "
        "“I have been here since 5am,” he said."
    )
    assert _speakers(body)[-1] == "Chidubem Olisa"


def test_a_day_s_name_apposed_before_a_surname_is_a_man_s_first_name():
    body = (
        "An economist, Adaeze Okafor, said prices were high. “We are back here,” she said. "
        "A commercial motorcyclist, Sunday Olisa, said he had waited for five hours. "
        "“I have not made any money today,” he said. On Sunday, Olisa went home."
    )
    assert _speakers(body)[-2:] == ["Sunday Olisa", "Sunday Olisa"]
