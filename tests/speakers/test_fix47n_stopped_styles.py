"""A stopped honourable style ("Hon.", "Rt. Hon.") before a name is no part of it, even before a surname alone:
"Hon. Trelawney said" is the Clara Trelawney introduced before (speakers/titles.py, _style_end)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_later_mention_by_the_surname_after_the_style():
    body = (
        "Harbour board chair Hon. Clara Trelawney presented the accounts to the board on Monday.\n\n"
        'Hon. Trelawney said the board would "clear the deficit" within two years.'
    )
    assert speaker_holding(body, "clear the deficit") == "Clara Trelawney"


def test_the_right_honourable_unstopped_before_a_full_name():
    body = 'Rt Hon Gwilym Kestell said the panel would "report by the spring" at the latest.'
    assert speaker_holding(body, "report by the spring") == "Gwilym Kestell"
