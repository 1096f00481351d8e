"""A company's name that ends with an abbreviated legal form keeps its full stop when the article writes one
("Quorvant Freight Holdings Inc."), and has none when it does not (speakers/namehints.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_full_stop_of_inc_is_the_names():
    body = 'Quorvant Freight Holdings Inc. said on Monday that "demand has softened across every region."'
    assert speaker_holding(body, "demand has softened") == "Quorvant Freight Holdings Inc."


def test_a_legal_form_without_its_full_stop_stays_so():
    body = 'Quorvant Freight Holdings Inc said on Monday that "demand has softened across every region."'
    assert speaker_holding(body, "demand has softened") == "Quorvant Freight Holdings Inc"
