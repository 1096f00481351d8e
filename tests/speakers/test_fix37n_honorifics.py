"""A style of address alone ("His Highness said", "Her Excellency told") stands for the person introduced with
it ("His Highness Sheikh ...", "Her Excellency Ambassador ..."), not for a person called "Highness"
(speakers/titles.py, speakers/mentions.py)."""

from __future__ import annotations

from quotelens.speakers.titles import honorifics
from tests.speakers.examples import speaker_holding


def test_his_highness_alone_is_the_sheikh_introduced_with_it():
    body = (
        "The new desalination plant was opened in Ras Al Khaimah on Monday by His Highness Sheikh Khalid bin "
        "Omar Al Nuaimi, chairman of the emirate's utilities board.\n\n"
        "His Highness said the plant would secure supply for the northern towns for two decades."
    )
    assert speaker_holding(body, "secure supply for the northern towns") == "Khalid bin Omar Al Nuaimi"


def test_the_styles_among_roles():
    assert honorifics({"highness sheikh", "chairman"}) == {"highness"}
    assert honorifics({"ambassador"}) == set()
