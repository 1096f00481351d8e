"""A given name written short ("Ma." for Maria in Philippine papers; "Wm.", "Chas.") before the rest of the
name is the name's first word, and its full stop ends no sentence (quotelens/tokenizer.py, quotelens/segment.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from tests.speakers.examples import speaker_of


def test_a_short_given_name_is_one_token():
    assert [t.text for t in tokenize("Sen. Ma. Luisa Dizon-Reyes said")][:3] == ["Sen.", "Ma.", "Luisa"]


def test_a_short_given_name_opens_the_name():
    body = "Sen. Ma. Luisa Dizon-Reyes, who chairs the committee, said she was not satisfied with the answer."
    assert speaker_of(body, "said") == "Ma. Luisa Dizon-Reyes"
