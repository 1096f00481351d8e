"""Review of merge 43: "When X interrupted, she said ..." usually has X speak: breaking in is how X came to
speak. Only when the when-clause itself reports X's words ("When X interjected that ..., she said") is the
main clause the other speaker's reply (speakers/replies.py). Short passages written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_one_who_broke_in_is_the_she_of_the_main_clause():
    body = (
        "School hours to change\n\n"
        "Board chair Helen Rook read out the new timetable at Thursday's meeting.\n\n"
        "Parent governor Rosa Kent listened without a word for twenty minutes. When Kent broke in, she said "
        "the early start would force younger pupils onto the first bus of the day."
    )
    assert speaker_holding(body, "the early start would force") == "Rosa Kent"


def test_the_interrupters_own_words_in_the_when_clause_leave_the_reply_to_the_other():
    body = (
        "School hours to change\n\n"
        "Board chair Helen Rook read out the new timetable at Thursday's meeting. Parent governor Rosa Kent "
        "asked for a vote.\n\n"
        "When Kent interrupted that no parent had been asked, she said a survey would go out next week."
    )
    assert speaker_holding(body, "a survey would go out") == "Helen Rook"
