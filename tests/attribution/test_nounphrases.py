"""The noun phrase before a cue: quotelens/attribution/nounphrases.py (through the engine)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The officer in charge said no contractor had come.", "The officer in charge"),
        ("The man in charge told reporters that no contractor had come.", "The man in charge"),
    ],
)
def test_a_cue_form_in_a_fixed_phrase_after_a_noun_ends_the_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The former world No. 1 said it was fine.", "The former world No. 1"),
        ("The No. 2 seed said it was fine.", "The No. 2 seed"),
    ],
)
def test_a_number_after_no_is_a_rank_in_the_subject_not_a_count(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_an_acronym_in_brackets_inside_the_subject_does_not_end_it():
    (row,) = attributions('The National Action Party (PAN) lawmaker said it was "a rally."')
    assert row["mention"] == "The National Action Party (PAN) lawmaker"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Government Accountability Office report released last year found that accidents killed more people.",
        'Velora said in its blog post it would "seek dismissal of the case."',
    ],
)
def test_a_cue_form_in_its_base_form_after_a_singular_noun_phrase_is_its_noun_not_its_verb(sentence):
    assert all(row["cue"] not in {"report", "post"} for row in attributions(sentence))


def test_a_share_of_people_still_takes_a_base_form_verb():
    (row,) = attributions("A majority say the plan is bad.")
    assert (row["mention"], row["cue"]) == ("A majority", "say")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Residents of a nearby village say the water is unsafe to drink.", "Residents of a nearby village"),
        ("Officials at a local hospital say three people were injured.", "Officials at a local hospital"),
        ("The company and its chief executive say the merger will close in May.", "The company and its chief executive"),
    ],
)
def test_a_singular_phrase_inside_a_longer_subject_leaves_the_base_form_a_verb(sentence, source):
    """"a nearby village" after "of", "its chief executive" after "and": the subject goes on before them."""
    rows = attributions(sentence)
    assert [row["mention"] for row in rows] == [source]
