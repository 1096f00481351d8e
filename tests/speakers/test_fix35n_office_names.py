"""A person's name after the title of an office named for its body or field ("Minister for Lands Grace Owusu
Mensah"): the name begins at its first listed first name, not two words before its end (speakers/titles.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs
from tests.speakers.examples import speaker_holding


def _names(sentence: str) -> list[str]:
    return [r.name for r in name_runs(tokenize(sentence), 0, 0) if r.kind == "person"]


def test_a_three_word_name_after_an_office_of_a_field_keeps_its_first_name():
    assert _names("Secretary for Lands Agnes Tam Mei-ling opened the depot.") == ["Agnes Tam Mei-ling"]
    assert _names("Minister of State for Health Siti Aminah Yusof opened the clinic.") == ["Siti Aminah Yusof"]


def test_a_two_word_name_after_an_office_is_still_its_last_two_words():
    assert _names("Minister in the Presidency Thabo Mokoena opened the depot.") == ["Thabo Mokoena"]
    assert _names("Minister for Justice Grace Mensah opened the court.") == ["Grace Mensah"]


def test_the_whole_name_speaks_and_rana_says_no_sex():
    body = (
        "Minister for Water Rana Tariq Mahmood said the dam would open in May. "
        '"We are ready," Mahmood said. He said the cost had not risen.'
    )
    assert speaker_holding(body, "the dam would open") == "Rana Tariq Mahmood"
    assert speaker_holding(body, "the cost had not risen") == "Rana Tariq Mahmood"
