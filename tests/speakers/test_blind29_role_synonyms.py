"""Blind round 29 (set q): common role synonyms name the same office, both ways ("the CEO" for one
introduced as "chief executive" and back) (speakers/agreement.py families, speakers/candidates.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _last_speaker(intro: str, description: str) -> str | None:
    body = (
        f"{intro} testified.\n\nSen. Tom Brandt asked Reyes whether the firm would support the bill.\n\n"
        f'"I can commit to it," {description} said.'
    )
    return speakers_of("Headline\n\n" + body)[-1][1]


def test_the_ceo_is_the_one_introduced_as_chief_executive():
    assert _last_speaker("Lumio chief executive Daniel Reyes", "the CEO") == "Daniel Reyes"


def test_the_chief_executive_is_the_one_introduced_as_ceo():
    assert _last_speaker("Lumio CEO Daniel Reyes", "the chief executive") == "Daniel Reyes"


def test_the_boss_is_the_one_introduced_as_chief_executive():
    assert _last_speaker("Daniel Reyes, Lumio's chief executive,", "the boss") == "Daniel Reyes"


def test_the_premier_is_the_one_introduced_as_prime_minister():
    body = (
        "Prime Minister Anna Holt met the unions.\n\nOpposition leader Mark Dunn said the talks had failed.\n\n"
        '"We will keep talking," the premier said.'
    )
    assert speakers_of("Headline\n\n" + body)[-1][1] == "Anna Holt"
