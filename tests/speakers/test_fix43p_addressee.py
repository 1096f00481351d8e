"""A question's addressee answers it: "A asked B whether ... She said ..." — the "she" that opens the next
sentence, reporting speech, is B (the object of "asked"), not A, the sentence's subject (speakers/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "A House panel met on Tuesday to hear from the port's auditors.\n\n"
    "Auditor General Mira Castell said her office had found \"a habit of waving bills through\" across "
    "several programs.\n\n"
    "Rep. Joan Pike (D-Ore.) asked Castell whether the port had fixed any of the earlier problems. "
    "She said it had fixed two of nine, and that more work was planned.\n\n"
    "\"We are still looking,\" she told the panel."
)


def test_the_answer_after_asked_whether_is_the_addressees():
    assert speaker_holding(_BODY, "it had fixed two of nine") == "Mira Castell"


def test_the_quotation_after_the_answer_stays_with_the_addressee():
    assert speaker_holding(_BODY, "We are still looking") == "Mira Castell"


def test_a_man_asked_by_a_woman_is_the_he_that_answers():
    body = (
        "Senator Ruth Hale pressed Transport Secretary Paul Dean on the rail budget on Wednesday.\n\n"
        "Hale asked Dean whether the new trains would arrive this year. He said the first would run in May."
    )
    assert speaker_holding(body, "the first would run in May") == "Paul Dean"


def test_the_asker_stays_the_subject_when_the_pronoun_does_not_report():
    body = (
        "Rep. Joan Pike asked Mira Castell whether the port had fixed its books. "
        "She has led the oversight panel since 2019 and said the answers were not good enough."
    )
    assert speaker_holding(body, "the answers were not good enough") == "Joan Pike"
