"""A reduced relative's participle after a time phrase: the time is no one (blind set e: "emails from
constituents since December describing long waits" gave the speaker "December")."""

from __future__ import annotations

from quotelens.article import load_article


def test_a_time_before_a_participle_is_no_subject() -> None:
    q = load_article("Waits\n\nJones has received dozens of emails from constituents since December describing long waits.").quotes
    assert list(q["mention_text"]) == ["constituents"]


def test_a_noun_before_a_participle_still_is() -> None:
    q = load_article("Waits\n\nJones has received emails from constituents describing long waits.").quotes
    assert list(q["mention_text"]) == ["constituents"]
