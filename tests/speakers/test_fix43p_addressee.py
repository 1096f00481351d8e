"""A question's addressee answers it: "A asked B whether ... She said ..." — the "she" that opens the next
sentence, reporting speech, is B (the object of "asked"), not A, the sentence's subject (speakers/replies.py).
Short passages written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "A city council committee met on Thursday to question the water board.\n\n"
    'Water board chief Nadia Ferro said her engineers had found "leaks nobody had ever mapped" under the old '
    "town.\n\n"
    "Councillor Ruth Abbey (Lab) asked Ferro whether the worst pipes had been replaced. "
    "She said eleven of forty had been, and that the rest would follow in spring.\n\n"
    '"We are digging every week," she told the committee.'
)


def test_the_answer_after_asked_whether_is_the_addressees():
    assert speaker_holding(_BODY, "eleven of forty had been") == "Nadia Ferro"


def test_the_quotation_after_the_answer_stays_with_the_addressee():
    assert speaker_holding(_BODY, "We are digging every week") == "Nadia Ferro"


def test_a_man_asked_by_a_woman_is_the_he_that_answers():
    body = (
        "Councillor Helen Shore pressed Schools Director Mark Tully on class sizes on Monday.\n\n"
        "Shore asked Tully whether the new classrooms would open in September. He said the first would open in "
        "October."
    )
    assert speaker_holding(body, "the first would open in October") == "Mark Tully"


def test_the_asker_stays_the_subject_when_the_pronoun_does_not_report():
    body = (
        "Councillor Ruth Abbey asked Nadia Ferro whether the pipes were safe. "
        "She has chaired the scrutiny committee since 2021 and said the answers were thin."
    )
    assert speaker_holding(body, "the answers were thin") == "Ruth Abbey"
