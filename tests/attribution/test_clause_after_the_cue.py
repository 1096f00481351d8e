"""A clause after the cue is its content, not an inverted source ("..., and their manager, Pieter van
Dijk, said his side had been poor"): quotelens/attribution/frames/content_first_sources.py, openings.py."""

from __future__ import annotations

from quotelens.attribution import attributions_in
from quotelens.attribution.openings import is_name
from quotelens.segment import tokenize
from tests.test_attribution import attributions


def test_a_name_may_hold_a_surname_s_particle():
    toks = tokenize("Pieter van Dijk and Ursula von der Leyen")
    assert is_name(toks, 0, 3)
    assert is_name(toks, 0, len(toks))
    assert not is_name(tokenize("Pieter van"), 0, 2)  # (a particle ends no name)


def test_a_second_clause_s_described_subject_speaks_and_the_words_after_the_cue_are_what_was_said():
    (a,) = attributions("The team scored early, and their manager, Pieter van Dijk, said his side had been poor.")
    assert (a["speaker"], a["cue"]) == ("Pieter van Dijk", "said")
    assert a["pieces"] == ["his side had been poor."]


def test_a_cue_form_that_opens_a_compound_noun_is_no_cue():
    text = (
        '"This is a fund with no money in it," said Mohamed Adow, director of the Nairobi-based think tank '
        "Power Shift Africa."
    )
    assert [a["cue"] for a in attributions(text)] == ["said"]


def test_a_number_s_subject_keeps_the_words_that_measure_it():
    (a,) = attributions("Leaders from more than 40 countries agreed on Sunday to set up a new fund.")
    assert a["mention"] == "Leaders from more than 40 countries"


def test_a_base_form_after_a_and_one_word_is_a_noun():
    text = (
        "The company's chief executive, Laura Brennan, told analysts on a conference call that the cuts were "
        '"painful but necessary."'
    )
    assert [(a["mention"], a["cue"]) for a in attributions(text)] == [("Laura Brennan", "told")]
    text = "Head\n\nOne would think the plan was dead."
    cues = [text[a.cue[0] : a.cue[1]] for a in attributions_in(text, use_model=False) if a.cue]
    assert cues == ["think"]  # (after a modal it is a verb)


def test_a_cue_before_tank_or_card_is_a_cue_unless_it_makes_the_compound():
    assert [a["cue"] for a in attributions('"We will hold the line," the general told tank crews at the base.')] == [
        "told"
    ]


def test_a_collective_subject_takes_a_plural_verb():
    (a,) = attributions('A couple say "we cannot pay the rent."')
    assert a["cue"] == "say"


def test_adding_an_amount_is_no_report():
    (a,) = attributions("Rosa Alvarez said the detour added 40 minutes to her trip.")
    assert (a["speaker"], a["cue"]) == ("Rosa Alvarez", "said")
    assert [b["cue"] for b in attributions('"We will win," she added. He added that it was over.')] == [
        "added",
        "added",
    ]
