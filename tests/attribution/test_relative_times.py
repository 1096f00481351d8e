"""Relative time phrases between a subject and its verb are skipped: quotelens/attribution/nounphrases.py
(``time_phrase_start``): "Fiorina a month later announced", "Ryan, who a week ago said"."""

from __future__ import annotations

from tests.test_attribution import attributions


def test_a_counted_period_then_later_is_no_subject():
    (a,) = attributions("When Fiorina a month later announced that 6,000 jobs would go, workers felt betrayed.")
    assert a["mention"] == "Fiorina"


def test_a_number_of_periods_then_later_is_no_subject():
    (a,) = attributions("The senator two days later told reporters that he would run again.")
    assert a["mention"] == "The senator"


def test_a_period_then_ago_after_a_relative_is_no_subject():
    found = attributions("Paul Ryan, who a week ago said he was not ready, endorsed the nominee on Thursday.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["mention"] == "who"


def test_a_period_that_is_the_subject_stays_one():
    """ "the past year showed": with no count before it and no "later" after it, the period is the subject."""
    (a,) = attributions("The past year showed that the program works.")
    assert a["mention"] == "The past year"


def test_this_past_week_between_subject_and_verb_is_skipped():
    (a,) = attributions("Reince Priebus, the GOP chairman, this past week announced the creation of a website.")
    assert a["mention"] == "Reince Priebus"


def test_first_between_subject_and_verb_is_an_adverb():
    (a,) = attributions("Mr. Bush first said that the plan was good.")
    assert a["mention"] == "Mr. Bush"
    (b,) = attributions("The first said that the plan was good.")
    assert b["mention"] == "The first"  # (after a determiner, "first" is the subject)


def test_a_perfect_participle_opener_is_no_subject():
    found = attributions("Having announced that he would not send me to prison, Judge Berman proceeded to sentence me.")
    assert all(a["mention"] != "Having" for a in found)
