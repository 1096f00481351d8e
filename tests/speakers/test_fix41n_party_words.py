"""A party's or a movement's name in Spanish, Catalan, Portuguese, French, Italian or German ("Esquerra
Republicana de Catalunya", "Movimiento Ciudadano de Jalisco") is an organisation's, though no English word of it
says so, as "Partido ..." already was."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs


def test_a_romance_party_name_is_an_organisation():
    for sentence, name in (
        ("Esquerra Republicana de Catalunya said it would back the budget.", "Esquerra Republicana de Catalunya"),
        ("The mayor joined Movimiento Ciudadano de Jalisco last year.", "Movimiento Ciudadano de Jalisco"),
    ):
        kinds = {" ".join(r.words): r.kind for r in name_runs(tokenize(sentence), 0, 0)}
        assert kinds[name] == "organisation", sentence
