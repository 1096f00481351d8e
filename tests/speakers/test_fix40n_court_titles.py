"""Court officers' titles before a name are titles, no part of the name: "Magistrate Joan Hartley" is Joan
Hartley, "the magistrate" later (speakers/lexicon.py, PERSON_TITLES)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_magistrate_before_her_name():
    body = 'Magistrate Joan Hartley said the charges were "grave and troubling" and refused bail.'
    assert speaker_holding(body, "grave and troubling") == "Joan Hartley"


def test_a_coroner_before_his_name():
    body = 'Deputy Coroner Maeve Tolland said the death was "entirely preventable" and made four findings.'
    assert speaker_holding(body, "entirely preventable") == "Maeve Tolland"


def test_a_registrar_before_her_name():
    body = 'Registrar Ann Moloney said the records "had never been kept properly" at the office.'
    assert speaker_holding(body, "never been kept") == "Ann Moloney"
