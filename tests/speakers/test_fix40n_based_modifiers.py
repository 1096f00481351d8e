"""A place's or a backer's hyphened modifier before a name describes it and is no part of it: "Bellevue-based
Verdance" is Verdance, "Kremlin-backed Ivan Sorokin" Ivan Sorokin (speakers/names.py, _trim; nameparts.py,
modifier_end)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_company_after_its_base():
    body = 'Tacoma-based Lumenfold said Tuesday it would cut about 900 jobs, calling the move "a reset".'
    assert speaker_holding(body, "a reset") == "Lumenfold"


def test_a_company_after_a_two_word_base():
    body = 'The San Diego-based Lumenfold said the cuts would "reshape the company" by spring.'
    assert speaker_holding(body, "reshape the company") == "Lumenfold"


def test_a_person_after_a_backer():
    body = 'Kremlin-backed Ivan Sorokin said the vote had been "clean and fair".'
    assert speaker_holding(body, "clean and fair") == "Ivan Sorokin"
