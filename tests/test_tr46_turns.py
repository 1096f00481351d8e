"""A speaker label's turn runs to the end of its paragraph: a report coordinated inside it does not cut it."""

from __future__ import annotations

from quotelens import load_article

COUNCILLOR = (
    "Councillor answers questions on the harbour plan\n\n"
    "The following is an edited transcript of Councillor Ana Ruiz's interview with host Tom Beck on Monday.\n\n"
    "BECK: Where did the harbour money come from?\n\n"
    "RUIZ: It came from the grant we won in 2023, and anyone can read the minutes.\n\n"
    "BECK: Will the ferry keep running?\n\n"
    "RUIZ: It will run all winter, and the mayor says the boats are sound.\n"
)


def _turns(text: str) -> dict[str, str]:
    q = load_article(text).quotes
    return {t: s for t, s, r in zip(q["text"], q["speaker"], q["rule"], strict=True) if r == "speaker label"}


def test_a_turn_runs_past_a_coordinated_clause() -> None:
    turns = _turns(COUNCILLOR)
    assert turns.get("It came from the grant we won in 2023, and anyone can read the minutes.") == "Ana Ruiz"


def test_a_report_inside_a_turn_does_not_cut_it() -> None:
    turns = _turns(COUNCILLOR)
    assert turns.get("It will run all winter, and the mayor says the boats are sound.") == "Ana Ruiz"
