"""Blind test f (2026-12-04): general failures of the engine in four news styles, each on short
sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from quotelens.attribution.rules import Rule
from tests.attribution.examples import attributions, proposals_in, rule_proposals


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Police said Whitaker followed Boyd outside and fired at least five shots.",
            "Whitaker followed Boyd outside and fired at least five shots.",
        ),
        (
            "The report says the mayor toured the site and opened a new clinic.",
            "the mayor toured the site and opened a new clinic.",
        ),
    ],
)
def test_a_weak_cue_form_after_and_is_the_subjects_next_act(body, content):
    assert rule_proposals(body)[0][3] == [content]
    (a,) = attributions(body)  # (and no record of its own for "fired", "opened")
    assert a["pieces"] == [content]


def test_a_weak_cue_form_with_a_speech_complement_is_a_second_report():
    rows = rule_proposals("Mr. Hale said the vote was fair and fired back that the count was done twice.")
    assert rows[0][3] == ["the vote was fair"]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "“We expect two cuts this year,” Goldman economists led by Priya Raman wrote.",
            "Goldman economists led by Priya Raman",
        ),
        ("“The bank is done,” Citi analysts wrote in a note.", "Citi analysts"),
    ],
)
def test_a_plural_noun_after_a_name_is_no_unlisted_verb(body, source):
    (a,) = attributions(body)
    assert (a["mention"], a["cue"]) == (source, "wrote")


def test_a_plural_noun_after_a_hyphened_modifier_is_no_cue():
    body = "Yields on German two-year notes, among the most sensitive to rates, slid 6 basis points."
    assert all(r[2] != "notes" for r in rule_proposals(body))


def test_a_listed_cue_form_after_a_name_stays_a_verb():
    rows = rule_proposals("The group backed the deal, which Carson says led him to quit.")
    assert any(r[1] == "Carson" and r[2] == "says" for r in rows)


@pytest.mark.parametrize("place", ["X, formerly Twitter", "Instagram, the photo app"])
def test_a_cues_content_goes_past_a_platform_and_its_appositive_to_the_colon(place):
    body = f"Prentiss posted on {place}: “The voters have spoken and I respect their decision.”"
    assert rule_proposals(body) == [
        (Rule.SOURCE_FIRST, "Prentiss", "posted", ["“The voters have spoken and I respect their decision.”"])
    ]


def test_a_clause_after_the_phrase_is_no_appositive():
    body = "In a Facebook post after the speech, Beck wrote: “I could not disagree with her more on this.”"
    assert any(r[1] == "Beck" and r[2] == "wrote" for r in rule_proposals(body))


@pytest.mark.parametrize(
    ("body", "source", "speaker"),
    [
        (
            "Karen Whitfield spoke later. Ms. Whitfield was blunt: “He will sign it the moment it lands on his desk.”",
            "Ms. Whitfield",
            "Karen Whitfield",
        ),
        (
            "Senator Ann Kell spoke after the vote. Her answer was short: “We lost, and we will come back next year.”",
            "Her",
            "Ann Kell",
        ),
        (
            "Senator Ann Kell had a message for her colleagues: “Read the bill before you vote on it.”",
            "Senator Ann Kell",
            "Ann Kell",
        ),
    ],
)
def test_a_clause_and_a_colon_before_a_closing_quotation_credit_its_subject(body, source, speaker):
    (row,) = [r for r in rule_proposals(body) if r[0] == Rule.SOURCE_FIRST_CLAUSE_COLON]
    assert row[1] == source
    (a,) = attributions(body)
    assert (a["speaker"], a["kind"]) == (speaker, "direct")


@pytest.mark.parametrize(
    "body",
    [
        "The result was clear: “We have won this election by a wide margin.”",
        "Ms. Kell was blunt: “We lost,” she said after the vote in the chamber.",
    ],
)
def test_no_clause_colon_quotation_for_a_thing_or_a_quotation_that_does_not_close(body):
    assert all(r[0] != Rule.SOURCE_FIRST_CLAUSE_COLON for r in rule_proposals(body))


def test_a_long_relative_clause_is_skipped_back_to_the_subjects_head():
    body = (
        "A neighbor who lives across the street and asked not to be named because she feared retaliation "
        "said she heard five or six pops."
    )
    (a,) = attributions(body)
    assert (a["mention"], a["cue"], a["pieces"]) == ("A neighbor", "said", ["she heard five or six pops."])


def test_a_far_relative_clause_is_skipped_only_for_a_subject_opening_the_sentence():
    body = "Reporters spoke to residents of a town in Ohio who had lost their jobs at the plant and the mayor said it would reopen."
    assert all(r[1] != "residents of a town in Ohio" for r in rule_proposals(body))


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "According to the criminal complaint filed in Dayton Municipal Court, the two men argued inside.",
            "the criminal complaint filed in Dayton Municipal Court",
        ),
        (
            "According to a memo released Friday by the State Department, the agency lost 300 laptops.",
            "a memo released Friday by the State Department",
        ),
        (
            "According to calculations by Amy Glasmeier of the Massachusetts Institute of Technology, rents rose.",
            "Amy Glasmeier",
        ),
    ],
)
def test_an_according_to_source_keeps_its_head_before_a_participle(body, source):
    (row,) = rule_proposals(body)
    assert row[1] == source


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("“We now expect two cuts this year,” economists led by Priya Raman said.", "economists led by Priya Raman"),
        ("“We now expect two cuts this year,” analysts at Citi said.", "analysts at Citi"),
    ],
)
def test_a_bare_plural_with_a_post_modifier_after_a_quotation_is_its_source(body, source):
    (a,) = attributions(body)
    assert (a["mention"], a["cue"], a["kind"]) == (source, "said", "direct")


def test_a_bare_plural_without_a_post_modifier_is_no_described_source():
    rows = rule_proposals("“We now expect two cuts this year,” markets rallied and traders said.")
    assert all(r[0] != Rule.CONTENT_FIRST_DESCRIBED_SOURCE for r in rows)


def test_a_headlines_second_verb_after_a_comma_takes_the_subject_before_the_first():
    rows = proposals_in("ECB Holds Rates Steady, Signals Patience as Bank Shares Slump\n\nThe bank held rates.")
    assert ("source-first (headline)", "ECB", "Patience as Bank Shares Slump") in rows
    assert all(r[1] != "ECB Holds Rates Steady" for r in rows)
