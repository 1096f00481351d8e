"""A report nested in a speaker label's turn is credited to its own source, never to the label's speaker."""

from __future__ import annotations

from quotelens import load_article

INTERVIEW = (
    "Councillor answers questions on the harbour plan\n\n"
    "The following is an edited transcript of Councillor Ana Ruiz's interview with host Tom Beck on Monday.\n\n"
    "BECK: Councillor, the board says your plan leaves the schools short. Is that fair?\n\n"
    "RUIZ: No. The ferry will run all winter, and the mayor says the boats are sound.\n"
)


def _nested() -> dict[str, tuple[str, str]]:
    q = load_article(INTERVIEW).quotes
    rows = zip(q["text"], q["speaker"], q["mention_text"], q["rule"], strict=True)
    return {t: (s, m) for t, s, m, r in rows if r != "speaker label"}


def test_a_report_in_a_question_is_not_the_interviewer_s() -> None:
    speaker, mention = _nested()["your plan leaves the schools short."]
    assert mention == "the board"
    assert speaker not in ("BECK", "Tom Beck")


def test_a_report_in_an_answer_is_not_the_interviewee_s() -> None:
    speaker, mention = _nested()["the boats are sound."]
    assert mention == "the mayor"
    assert speaker not in ("RUIZ", "Ana Ruiz")
