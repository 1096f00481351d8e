"""Family relations are roles: "the cousin" takes up one introduced as "Mara's cousin, Ilse Brandt", "the widow"
the one introduced as the dead man's wife (a widow is a wife: speakers/rolesynonyms.py), also when she is known
by her first name alone ("Varga's wife, Edit, 41,": speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_cousin_after_a_named_cousin():
    body = (
        "A ferry mechanic drowned on Sunday after his boat capsized off the harbour wall, the coast guard said.\n\n"
        "Mara Lind's cousin, Ilse Brandt, who works at the same yard, said the engine had failed twice before.\n\n"
        '"We warned the owners every season," the cousin said. "Nobody listened."'
    )
    assert speaker_holding(body, "We warned the owners") == "Ilse Brandt"


def test_the_widow_known_by_her_first_name():
    body = (
        "Tomas Varga, 52, died on Friday when scaffolding collapsed at a building site, officials said.\n\n"
        "Varga's wife, Edit, 41, waited outside the hospital as a neighbour, Rosa Kline, held her hand.\n\n"
        '"He left at six like every morning," the widow said. "He always came home."'
    )
    assert speaker_holding(body, "He left at six") == "Edit"
