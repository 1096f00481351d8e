"""A chief by a portfolio ("the health chief", "the housing boss") is the one introduced as the secretary,
minister, director or commissioner of that portfolio ("Secretary for Health Dana Okoro", "Housing Minister
Ito Mbeki"), even before the name (speakers/rolesynonyms.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The city will close three walk-in clinics opened by former mayor Marcus Lee by March, the health chief has "
    "said, "
    "despite protests from patients' groups.\n\n"
    "Secretary for Health Dana Okoro told reporters on Monday that the clinics were underused and costly to run.\n\n"
    "Okoro and the district councillors met on Friday. The health chief later said she was willing to hold "
    "a public hearing on the closures."
)


def test_the_health_chief_before_the_name():
    assert speaker_holding(_BODY, "will close three walk-in clinics") == "Dana Okoro"


def test_the_health_chief_after_the_name():
    assert speaker_holding(_BODY, "willing to hold") == "Dana Okoro"


def test_another_portfolio_is_not_taken_up():
    body = _BODY.replace("the health chief has said", "the transport chief has said")
    assert speaker_holding(body, "will close three walk-in clinics") != "Dana Okoro"
