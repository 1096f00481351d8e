""""the legislator" is the MP named before (speakers/rolewords.py). (A party word as a role of elected members,
"the Kentucky Republican" for a senator, was taken back: "the Republican" is also an attorney general.)"""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_legislator_is_the_mp_named_before():
    body = (
        "Lakeside MP Peter Otieno, who backed the road, was more careful. He said the road would help traders.\n\n"
        '"Pay these families first, then build," the legislator said.'
    )
    assert speaker_holding(body, "Pay these families") == "Peter Otieno"
