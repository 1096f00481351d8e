"""Sexes of blind round 29 (set p): a first name that is a woman's in the US census and a man's elsewhere
("Andrea" in Italy) says no sex by itself (speakers/lexicon.py::sex_of_first_name)."""

from __future__ import annotations

from quotelens.speakers.lexicon import sex_of_first_name
from tests.speakers.examples import speakers_of


def test_a_first_name_of_either_sex_by_country_says_no_sex():
    assert sex_of_first_name("Andrea") is None
    assert sex_of_first_name("Maria") == "f"


def test_he_may_go_to_an_italian_andrea():
    body = 'Stefano Rossi laughed. Andrea Cattaneo raised his offer. "We will win," he said.'
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Andrea Cattaneo"]
