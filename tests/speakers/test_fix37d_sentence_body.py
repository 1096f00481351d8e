"""An unnamed spokesperson named by a kind ("a club spokesman") speaks for the organisation that is the subject
earlier in the same sentence ("Ashford United declined to comment, but a club spokesman said"), unless its name
says another kind (speakers/spokespeople.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_organisation_opening_the_sentence():
    body = (
        "Winger Dario Fenn is close to a move abroad, his agent Lena Kraus said on Monday.\n\n"
        "Ashford United declined to comment on Fenn, but a club spokesman said the side never discussed "
        "contracts in public."
    )
    assert speaker_holding(body, "never discussed contracts") == "Ashford United"


def test_not_an_organisation_whose_name_says_another_kind():
    body = (
        "Winger Dario Fenn is close to a move abroad, his agent Lena Kraus said on Monday.\n\n"
        "Harbour Savings Bank declined to comment on Fenn, but a club spokesman said the side never discussed "
        "contracts in public."
    )
    assert speaker_holding(body, "never discussed contracts") != "Harbour Savings Bank"
