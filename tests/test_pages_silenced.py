"""A place the engine typed person is not called silenced (ux48 item 7): "Named but never heard" lists a person
only with some evidence of being one (a role, a title, a pronoun resolved to them, a known first name)."""

from __future__ import annotations

from quotelens import silenced
from quotelens.article import load_article

TOWN = "Tide tables for the week of May 6\n\nHigh water at Port Ellis on Monday is at 6:12 a.m. and 6:40 p.m.\n\nLow water follows at 12:20 a.m. and 12:51 p.m.\n\nThe harbour lights on the north pier will be repainted on Wednesday.\n\nSunrise is at 5:31 a.m. and sunset at 8:47 p.m.\n"  # (the review's article without quotations)


def test_a_town_typed_person_is_not_listed():
    article = load_article(TOWN.encode(), "town.txt")
    typed = dict(zip(article.speakers["name"], article.speakers["type"], strict=True))
    if typed.get("Port Ellis") == "person":  # (the engine's type today; its helpers may type it a place)
        assert silenced.may_be_called_silent(["Port Ellis"], article) == []


def test_people_with_evidence_stay(default_article):
    sp = default_article.speakers
    people = set(sp.loc[sp["type"] == "person", "name"])
    evident = silenced.evidently_people(default_article)
    assert {"Donald Trump", "Rex Tillerson", "Vladimir Putin"} <= evident <= people
    assert silenced.may_be_called_silent(["Donald Trump"], default_article) == ["Donald Trump"]
