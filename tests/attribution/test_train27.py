"""Reports the frames missed or misread on PolNeAR train and in a blind Nigerian story (session 2026-12-04,
seventh part), each on a short sentence written for the test: a cue form heading a noun phrase with
modifiers, a number's measure after the cue, a phrase after the cue that opens with a preposition, and what
the speaker was doing between the cue and "that"."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention", "content"),
    [
        (
            "A news report said the minister used a private email account.",
            "A news report",
            "the minister used a private email account.",
        ),
        (
            "The latest city poll found most voters disliked both plans.",
            "The latest city poll",
            "most voters disliked both plans.",
        ),
    ],
)
def test_a_cue_form_with_modifiers_before_the_verb_is_the_subjects_noun(body, mention, content):
    (a,) = attributions(body)
    assert (a["mention"], a["pieces"]) == (mention, [content])


def test_a_numbers_measure_after_the_cue_opens_the_content():
    body = "Friday morning, as the parade rolled through town, CNN reported at least six planes filled the skies."
    (a,) = attributions(body)
    assert (a["mention"], a["pieces"]) == ("CNN", ["at least six planes filled the skies."])


def test_a_phrase_opening_with_a_preposition_is_no_inverted_source():
    body = "One hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for Iowa."
    (a,) = attributions(body)
    assert a["speaker"] == "Carly Fiorina"
    assert a["pieces"] == ["despite being a Stanford alumna, she plans to root for Iowa."]


@pytest.mark.parametrize(
    "body",
    [
        "Bello said while speaking with journalists in Abuja on Monday that the scarcity was artificial.",
        "The governor said when addressing the assembly that the scarcity was artificial.",
    ],
)
def test_what_the_speaker_was_doing_before_that_is_no_content(body):
    (a,) = attributions(body)
    assert a["pieces"] == ["that the scarcity was artificial."]


@pytest.mark.parametrize(
    "body", ["The five-story garage would add about 420 spaces.", "The new terminal adds up to 300 flights a day."]
)
def test_adding_an_amount_after_about_or_up_to_is_no_report(body):
    assert attributions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halvorsen posted revenue below Wall Street estimates on Wednesday, as slowing demand offset strong sales.",
        "Profit beat analysts' forecasts on Tuesday, as demand rose.",
    ],
)
def test_figures_compared_with_are_no_cue(body):
    assert all(a["cue"] not in ("estimates", "forecasts") for a in attributions(body))


def test_a_name_before_a_cue_form_with_that_still_reports():
    (a,) = attributions("Goldman estimates that growth will slow.")
    assert (a["mention"], a["cue"]) == ("Goldman", "estimates")


@pytest.mark.parametrize("verb", ["said", "says"])
def test_a_shared_subject_holds_no_cue_of_the_first_report(verb):
    body = f"The ministry {verb} hospitals in the north had run out of fuel and warned that patients were at risk."
    first, second = attributions(body)
    assert (first["mention"], second["mention"], second["cue"]) == ("The ministry", "The ministry", "warned")


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Residents near the plant said the smell had returned.", "Residents near the plant"),
        ("Residents outside the hospital said they had waited for hours.", "Residents outside the hospital"),
        ("Families living near the river said the water rose fast.", "Families living near the river"),
    ],
)
def test_a_place_phrase_after_the_subject_is_no_speaker(body, mention):
    (a,) = attributions(body)
    assert a["mention"] == mention


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Apple Inc. said it would cut prices.", "Apple Inc."),
        ("Ford Motor Co. said sales fell in March.", "Ford Motor Co."),
        ("Acme Corp., which makes widgets, said the deal was off.", "Acme Corp."),
    ],
)
def test_a_company_suffix_with_its_full_stop_ends_the_subject(body, speaker):
    (a,) = attributions(body)
    assert (a["speaker"], a["cue"]) == (speaker, "said")


def test_state_before_a_noun_is_a_modifier_of_the_source():
    (a,) = attributions("The suspect was detained in Ankara on Tuesday, state news agency Anadolu reported.")
    assert (a["mention"], a["pieces"]) == (
        "state news agency Anadolu",
        ["The suspect was detained in Ankara on Tuesday"],
    )


@pytest.mark.parametrize(("adverb", "kind"), [("only", "direct"), ("simply", "direct")])
def test_an_adverb_before_the_colon_is_no_content(adverb, kind):
    (a,) = attributions(f'Asked about the case, the minister said {adverb}: "We respect the courts."')[-1:]
    assert (a["pieces"], a["kind"]) == (['"We respect the courts."'], kind)


def test_a_passive_cue_after_a_quotation_is_no_second_report():
    body = '"We were told to pay cash," said Jane Achieng, whose husband was admitted with a fractured leg last week.'
    (a,) = attributions(body)
    assert (a["speaker"], a["cue"]) == ("Jane Achieng", "said")
