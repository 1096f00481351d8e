"""A party's word that is also a first name ("Tory") names no one: "a senior Tory backbencher", "one senior
Tory" are unnamed sources, not a person called Tory (speakers/lexicon.py, speakers/namekinds.py,
not speakers/rolewords.py: "Mayor John Tory" is a man named Tory)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_tory_backbencher_is_no_one_named_tory():
    body = (
        "Ministers face a revolt over the rail bill, which critics say will close dozens of stations.\n\n"
        "A senior Tory backbencher said: “The whips have run out of favours to offer.”"
    )
    assert speaker_holding(body, "run out of favours") == "a senior Tory backbencher"


def test_one_senior_tory_is_no_one_named_tory():
    body = (
        "Ministers face a revolt over the rail bill, which critics say will close dozens of stations.\n\n"
        "One senior Tory said: “The whips have run out of favours to offer.”"
    )
    # (as written: "Tory" is no role noun, for "Toronto Mayor John Tory" keeps his name)
    assert speaker_holding(body, "run out of favours") == "One senior Tory"


def test_a_man_named_tory_keeps_his_name_and_his_words():
    body = (
        "Toronto Mayor John Tory defended the budget on Tuesday.\n\n"
        "“We have made hard choices,” Tory said.\n\n"
        "Philip Green, the retail tycoon, disagreed. “The city is broke,” Green said."
    )
    assert speaker_holding(body, "hard choices") == "John Tory"
    assert speaker_holding(body, "the budget") != "Philip Green"
