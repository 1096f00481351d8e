"""Two roles joined by "and" between a body's name and a person's ("Quillon chairman and CEO Oren Tasker") are
one person's: the person speaks, not the whole phrase (speakers/named.py, _titled)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_two_joined_roles_before_a_name_after_a_quote():
    body = '"We will grow," Quillon chairman and CEO Oren Tasker said in a statement on Monday.'
    assert speaker_holding(body, "We will grow") == "Oren Tasker"
