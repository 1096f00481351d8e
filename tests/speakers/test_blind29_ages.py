"""Ages of blind round 29 (set r): an age set off after a short name is that person's (speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def test_an_age_after_a_short_name_makes_the_person_the_n_year_old():
    body = (
        "Gordon Ashby and Michael Donnelly debated on Tuesday. Ashby, 58, spoke first. Donnelly spoke next. "
        '"That was a yes-or-no question," the 58-year-old said.'
    )
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Gordon Ashby"]
