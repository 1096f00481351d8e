"""A stopped honourable style ("Hon.", "Rt. Hon.") before a name is no part of it, even before a surname alone:
"Hon. Wekesa said" is the Jane Wekesa introduced before (speakers/titles.py, _style_end)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_later_mention_by_the_surname_after_the_style():
    body = (
        "Budget committee chair Hon. Jane Wekesa tabled the report on Monday.\n\n"
        'Hon. Wekesa said the county would "repay every shilling" by June.'
    )
    assert speaker_holding(body, "repay every shilling") == "Jane Wekesa"


def test_the_right_honourable_before_a_full_name():
    body = 'Rt. Hon. Oren Mwangi said the sitting would "resume at ten" on Thursday.'
    assert speaker_holding(body, "resume at ten") == "Oren Mwangi"
