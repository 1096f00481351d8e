"""A trust and an authority are organisations: "the trust" and "an official at the authority" speak for the one
named before, whose name may hold a plural possessive ("the Riverside Tenants' Trust"); a kind word standing alone
and capitalised ("Authority chairman ...") is the tail of that name, no organisation of its own
(speakers/kindwords.py, speakers/namehints.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_trust_is_the_trust_named_before():
    body = (
        "The Riverside Tenants’ Trust said it would meet the landlord next week. "
        "“We will not accept another rent rise,” the trust said in a statement."
    )
    assert speaker_holding(body, "another rent rise") == "Riverside Tenants’ Trust"


def test_an_official_at_the_authority_speaks_for_it():
    body = (
        "The Lower Marsh Port Authority said the berth would reopen in March.\n\n"
        "Authority chairman Alan Pryce said the repairs were on budget.\n\n"
        "An official at the authority, who asked not to be named, said the insurers had delayed the work."
    )
    assert speaker_holding(body, "insurers had delayed") == "Lower Marsh Port Authority"
