"""One unnamed official of an administration the article never names ("a senior administration official" in
a story that only names the president) is one anonymous person, not a made-up "the X administration"; once
an administration is named, its officials speak for it (speakers/members.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_CALL = (
    "A senior administration official told reporters on a call that the tariffs would stay in place until the "
    "talks ended."
)


def test_no_administration_named():
    body = "President Maria Ortega met the Japanese prime minister in Tokyo on Monday.\n\n" + _CALL
    assert speaker_holding(body, "tariffs would stay in place") == "a senior administration official"


def test_the_administration_named_before():
    body = (
        "The Ortega administration has promised to cut tariffs on steel imports by the end of the year.\n\n" + _CALL
    )
    assert speaker_holding(body, "tariffs would stay in place") == "the Ortega administration"
