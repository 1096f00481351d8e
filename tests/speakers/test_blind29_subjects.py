"""Subjects of blind round 29 (sets o, q): a name is its sentence's subject after a lower-case role before
it, so that the next he/she can go to it (speakers/nameroles.py::grammar)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs


def _subjects(sentence: str) -> dict[str, bool]:
    return {r.name: r.subject for r in name_runs(tokenize(sentence), 0, 0)}


def test_a_name_after_an_affiliation_and_a_role_noun_is_the_subject():
    assert _subjects("After meeting with Moriyama, Komeito chief Hideki Ogura said it would back the plan.")[
        "Hideki Ogura"
    ]
    assert _subjects("Lumio spokeswoman Carla Jimenez said the company would comply.")["Carla Jimenez"]
    assert not _subjects("He met with party chief Hideki Ogura on Monday.")["Hideki Ogura"]
    assert not _subjects("A conservative super PAC aimed at Trump is out with an ad.").get("PAC")



def test_a_name_after_a_fronted_phrase_before_any_past_form_is_the_subject():
    assert _subjects("Asked about Trump, Dana Whitcomb paused.")["Dana Whitcomb"]
    assert _subjects("In Mexico City, Dana Whitcomb took questions.")["Dana Whitcomb"]
    assert not _subjects("He met Trump, Dana Whitcomb and others.")["Dana Whitcomb"]
