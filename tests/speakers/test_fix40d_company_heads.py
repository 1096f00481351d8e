"""A name ending in "Solution" or "Holding" is a company's ("LG Energy Solution"), as "Solutions" is: it is no
person's name, so "the company" after it takes it up, not the group named in its apposition
(speakers/namekinds.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_energy_solution_is_the_company():
    body = (
        "A fire at a battery plant in Gumi killed three workers on Monday, the fire service said.\n\n"
        "Daewon Energy Solution, the battery arm of Daewon Group, the country's seventh-largest conglomerate, "
        "apologized on Tuesday. “We will cooperate fully with the investigation,” the company said."
    )
    assert speaker_holding(body, "cooperate fully") == "Daewon Energy Solution"


def test_a_holding_is_the_company_not_the_exchange_it_files_to():
    body = (
        "Three consortia won lithium exploration licences in the north on Sunday, the ministry said.\n\n"
        "Najd Al-Waha Holding, which holds a 20 percent stake in one consortium, said in a filing to the Saudi "
        "Exchange that the stake would not move its results. “The investment fits our plan to grow,” the company "
        "said in the filing."
    )
    assert speaker_holding(body, "fits our plan to grow") == "Najd Al-Waha Holding"
