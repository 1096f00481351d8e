"""A title word that is also a common first name ("Dean", "Prince", "King"), set off by commas after a role noun
and before one more name word, is a first name: "their goalkeeper, Dean Whitlock," names Dean Whitlock, not a
dean (speakers/titles.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_first_name_after_a_role_noun_set_off():
    body = (
        "Whitcombe Rovers confirmed on Monday that their goalkeeper, Dean Whitlock, will miss the derby. "
        '"I will be back before Christmas," Whitlock said.'
    )
    assert speaker_holding(body, "back before") == "Dean Whitlock"
