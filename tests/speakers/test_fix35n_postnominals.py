"""Letters after a person's full name (a silk, a seat, an honour: "KC", "MP", "OBE") are no part of the name
(speakers/titles.py, speakers/names.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs
from tests.speakers.examples import speaker_holding


def _names(sentence: str) -> list[str]:
    return [r.name for r in name_runs(tokenize(sentence), 0, 0) if r.kind == "person"]


def test_postnominal_letters_after_a_full_name_are_dropped():
    assert _names("Helen Marsh KC, defending, said he was sorry.") == ["Helen Marsh"]
    assert _names("Sir Tom Reed QC told the court.") == ["Tom Reed"]
    assert _names("Owen Pryce MP said the vote was close.") == ["Owen Pryce"]


def test_the_barrister_speaks_under_her_name_alone():
    body = (
        "Prosecuting, Helen Marsh KC told the court the attack was unprovoked. "
        '"It was brutal," Ms Marsh said.'
    )
    assert speaker_holding(body, "the attack was unprovoked") == "Helen Marsh"
    assert speaker_holding(body, "It was brutal") == "Helen Marsh"
