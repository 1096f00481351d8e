"""Blind tests i and j (2026-12-04, seventh part): general failures of the attribution frames and
passes, each on short sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from quotelens import load_article
from quotelens.attribution.rules import Rule
from tests.attribution.examples import attributions, rule_proposals


@pytest.mark.parametrize(
    "body",
    [
        "The board met on Tuesday. Maria Lopez, who chaired the finance committee until May, put it bluntly "
        'in an interview:\n\n"The money was never there. Everyone knew it."',
        "The city opened a shelter at the school. Its director, Maria Lopez, had a simple message for anyone "
        'who needs help:\n\n"Come to us. We have cots."',
        'The board met on Tuesday. Its chairwoman, Maria Lopez, had a simple message: "Pay your bills. We cannot wait."',
    ],
)
def test_a_clause_and_a_colon_introduce_the_quotation_after_it(body):
    (a,) = [a for a in attributions(body) if a["pieces"][0].startswith('"')]
    assert (a["speaker"], a["kind"]) == ("Maria Lopez", "direct")
    assert next(r for r in rule_proposals(body) if r[0] == Rule.SOURCE_FIRST_CLAUSE_COLON)[1] == "Maria Lopez"


@pytest.mark.parametrize(
    ("body", "speaker", "piece"),
    [
        (
            "Priya Raman founded the firm. The pair met on a project that, in Raman's words, "
            '"took eleven people three weeks every month."',
            "Priya Raman",
            '"took eleven people three weeks every month."',
        ),
        (
            'Ana Ruiz won the vote. She was, in the words of a senior adviser, "the torchbearer" of the party.',
            "a senior adviser",
            '"the torchbearer" of the party.',
        ),
        (
            'Ana Ruiz won the vote. She does not like "surprises," in the words of one top staffer, and plans ahead.',
            "one top staffer",
            '"surprises,"',
        ),
    ],
)
def test_in_x_s_words_names_the_speaker_of_the_quotation(body, speaker, piece):
    (a,) = [a for a in attributions(body) if a["rule"] == Rule.SOURCE_FIRST_WORDS_OF]
    assert (a["speaker"], a["pieces"]) == (speaker, [piece])


@pytest.mark.parametrize(
    "body",
    [
        'Chloe Carter told Hello! magazine that she and her husband were "stronger than ever".',
        'The split came as a shock. Just months ago, Chloe Carter told Hello! magazine that she was "happy".',
    ],
)
def test_a_title_s_exclamation_mark_and_a_time_ago_do_not_hide_the_report(body):
    (a,) = attributions(body)
    assert (a["speaker"], a["cue"]) == ("Chloe Carter", "told")
    assert a["pieces"][0].startswith("that she")


def test_a_quotation_paragraph_after_a_channel_goes_on_with_the_quoted_speaker():
    body = (
        "Ana Ruiz appeared in court on Tuesday.\n\n"
        '"I have never broken the law, and I never will," she told the judges, according to a court reporter.\n\n'
        '"If reporting is a crime, then every reporter in this country should be standing here next to me."'
    )
    rows = attributions(body)
    (kept,) = [a for a in rows if len(a["pieces"]) == 2]
    assert kept["speaker"] == "Ana Ruiz"
    assert kept["pieces"][1].startswith('"If reporting is a crime')
    assert any(a["cue"] == "according to" for a in rows)  # (the channel's report stays, nesting hers)


def test_a_quoted_fragment_after_a_mid_sentence_according_to_goes_on_with_the_content():
    (a,) = attributions('The plan, according to Raman, "will save the city millions."')
    assert (a["speaker"], a["kind"]) == ("Raman", "mixed")
    assert a["pieces"] == ["The plan", '"will save the city millions."']


@pytest.mark.parametrize(
    "body",
    ["The case has added to strains between the two capitals.", "The delays added to the pressure on the minister."],
)
def test_added_to_a_thing_is_no_report(body):
    assert attributions(body) == []


def test_added_to_a_listener_is_still_a_report():
    (a,) = attributions("She added to reporters that the plan was dead.")
    assert a["pieces"] == ["that the plan was dead."]


def test_a_verb_s_particle_opens_no_subject():
    rows = rule_proposals("He brushed off these concerns about the war.")
    assert all(r[1] != "off these" for r in rows)
    assert any(r[3] == ["these concerns about the war."] for r in rows)


@pytest.mark.parametrize("verb", ["summoned", "urged", "invited"])
def test_the_object_of_a_control_verb_is_the_infinitive_s_speaker(verb):
    rows = rule_proposals(f"The Senate {verb} the minister to explain the delays.")
    assert all(r[1] != "The Senate" for r in rows if r[0] == Rule.SOURCE_FIRST_INFINITIVE)


def test_an_all_caps_kicker_with_a_possessive_is_no_headline_speaker():
    art = load_article("COCO'S HEARTBREAK: Pop star Chloe Carter devastated as husband walks out\n\nShe is sad.")
    assert art.quotes.empty


def test_put_it_ends_the_subject_of_a_clause_and_a_colon():
    body = 'The board met on Tuesday. Maria Lopez put it bluntly:\n\n"Pay your bills."'
    assert next(r for r in rule_proposals(body) if r[0] == Rule.SOURCE_FIRST_CLAUSE_COLON)[1] == "Maria Lopez"


@pytest.mark.parametrize(
    "body",
    ["Rival apps have added AI features to their products.", "The admiral has added another facet to his job."],
)
def test_adding_a_thing_to_something_is_no_report(body):
    assert attributions(body) == []


def test_adding_a_clause_is_still_a_report():
    rows = attributions('"We will win," he said, adding the country must be equally global to match it.')
    assert any(a["pieces"] == ["the country must be equally global to match it."] for a in rows)


def test_in_the_words_of_a_role_and_a_name_in_apposition():
    body = 'Ana Ruiz won the vote. In the words of her campaign manager, Tom Hale, "we ran the table tonight."'
    (a,) = [a for a in attributions(body) if a["rule"] == Rule.SOURCE_FIRST_WORDS_OF]
    assert (a["speaker"], a["pieces"]) == ("Tom Hale", ['"we ran the table tonight."'])


def test_a_quotation_inside_the_sentence_before_is_no_content_of_the_next_cue():
    rows = attributions('Pop star Chloe "Coco" Carter has split from her husband. Coco said she was sad.')
    assert [a["pieces"] for a in rows] == [["she was sad."]]


def test_about_and_a_number_after_said_opens_the_words():
    (a,) = attributions("The utility said about 12,000 customers were still without power.")
    assert (a["cue"], a["pieces"]) == ("said", ["about 12,000 customers were still without power."])
