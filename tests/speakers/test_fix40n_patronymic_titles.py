"""A name joined by a patronymic ("bin", "ibn", "bint") after a long office ("Minister of Industry and Mineral
Resources Fahd bin Saud Al-Qahtani") begins at the given name before the first patronymic: the office before it is
its holder's title, and the holder a person whom "he" takes up later (speakers/titles.py, patronymic_start)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_minister_of_two_portfolios_before_a_patronymic_name():
    body = (
        "Minister of Industry and Mineral Resources Fahd bin Saud Al-Qahtani wrote on X that the licences "
        'marked "a turning point for the sector".'
    )
    assert speaker_holding(body, "a turning point") == "Fahd bin Saud Al-Qahtani"


def test_a_deputy_minister_for_affairs_then_he():
    body = (
        "Deputy Minister for Mining Affairs Omar bin Khalid Al-Harbi said the awards were part of a wider plan.\n\n"
        '"The rocks have been ignored for years," he said.'
    )
    assert speaker_holding(body, "part of a wider plan") == "Omar bin Khalid Al-Harbi"
    assert speaker_holding(body, "The rocks have been ignored") == "Omar bin Khalid Al-Harbi"


def test_a_university_named_for_a_patronymic_keeps_its_name():
    body = 'King Saud bin Abdulaziz University said in a statement that the course was "full this year".'
    assert speaker_holding(body, "full this year") == "King Saud bin Abdulaziz University"
