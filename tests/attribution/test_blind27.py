"""Blind tests g and h (2026-12-04, seventh part): general failures of the frames in new news styles,
each on short sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals, rule_proposals


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Minister for Health, Amaka Obi, said residents should stay home.", "Amaka Obi"),
        ("The Secretary of State for Education, Jane Doyle, said schools would reopen.", "Jane Doyle"),
        (
            "The Lagos State Commissioner for Works, Chief Tunde Bakare, urged drivers to avoid the bridge.",
            "Tunde Bakare",
        ),
        (
            "The Minister of State for Mines (Solid Minerals), Dr. Kemi Ade, said on Monday that output fell.",
            "Kemi Ade",
        ),
    ],
)
def test_the_name_after_a_title_and_its_field_speaks(body, speaker):
    (a,) = attributions(body)
    assert a["speaker"] == speaker


def test_a_description_ending_in_an_acronym_is_an_apposition():
    (a,) = attributions(
        "Maria Lund, a spokeswoman for the International Labour Organization (ILO), said jobs were lost."
    )
    assert a["speaker"] == "Maria Lund"


def test_an_opening_adverb_is_no_subject_before_a_description():
    (a,) = attributions("Meanwhile, a spokesman for the city council, said the road would close.")
    assert a["mention"] == "a spokesman for the city council"


@pytest.mark.parametrize(
    ("body", "pieces"),
    [
        (
            "Ellen Park runs the lab. She blames deadlines and what she calls “the cult of metrics.”",
            ["what", "“the cult of metrics.”"],
        ),
        (
            "Tom Reyes runs the mill. He cited energy prices and what he described as “a brutal winter.”",
            ["what", "“a brutal winter.”"],
        ),
    ],
)
def test_a_moved_what_before_a_naming_cue_makes_one_mixed_quotation(body, pieces):
    a = attributions(body)[-1]
    assert (a["pieces"], a["kind"]) == (pieces, "mixed")


def test_a_header_in_capitals_before_according_to_is_no_content():
    (a,) = attributions("ROAD WORK — According to the state transport office, the bridge will close for a month.")
    assert (a["mention"], a["pieces"]) == ("the state transport office", ["the bridge will close for a month."])


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Staff are restless. Said one aide: “He listens to nobody, and it shows.”", "one aide"),
        ("Said Ana Ruiz: “We will not go back to the old rules.”", "Ana Ruiz"),
    ],
)
def test_an_inverted_cue_opening_the_sentence_before_a_colon(body, mention):
    (a,) = attributions(body)  # (one reading: "Said Ana Ruiz:" is no speaker label besides)
    assert (a["mention"], a["kind"]) == (mention, "direct")


@pytest.mark.parametrize(
    "lead",
    ["Ana Ruiz took to X on Monday night:", "Ana Ruiz had a message for the council:"],
)
def test_a_clause_and_a_colon_closing_a_paragraph_introduce_the_quotation_paragraph(lead):
    body = f"The vote split the party. {lead}\n\n“This is a disgrace. We will fight it.”\n\nThe council adjourned."
    (a,) = attributions(body)
    assert (a["speaker"], a["kind"], a["pieces"]) == ("Ana Ruiz", "direct", ["“This is a disgrace. We will fight it.”"])


def test_a_clause_with_no_person_before_a_colon_credits_nobody():
    assert attributions("The result was clear:\n\n“We won the vote and we will win again.”") == []


def test_a_preposition_and_a_cue_noun_after_the_cue_make_no_second_report():
    (a,) = attributions("Dana Cole said during public comment that the fee was too high.")
    assert (a["mention"], a["cue"]) == ("Dana Cole", "said")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Ray Ito, who said he had queued since dawn, was angry.", "he had queued since dawn"),
        ("Ray Ito, who said the pumps were dry, expressed frustration.", "the pumps were dry"),
    ],
)
def test_a_report_in_a_relative_clause_ends_before_the_main_verb(body, content):
    rows = [r for r in rule_proposals(body) if r[1] == "who"]
    assert rows[0][3] == [content]


def test_the_pieces_of_one_sentence_share_the_mixed_kind():
    from quotelens import load_article

    art = load_article(
        "Headline For The Test\n\nThe minister answered later. The union, she said, “should remember who pays, and how much.”"
    )
    assert set(art.quotes["kind"]) == {"mixed"}


def test_a_place_dateline_in_mixed_case_opening_the_lede_is_no_content():
    (a,) = attributions("Khan Younis, Gaza – Fuel for the hospitals ran out on Sunday, aid workers said.")
    assert a["pieces"] == ["Fuel for the hospitals ran out on Sunday"]


def test_a_circumstance_of_the_saying_comes_before_its_content():
    rows = rule_proposals(
        "The minister said while speaking with reporters in Abuja on Monday that supply was adequate."
    )
    assert rows[0][3] == ["that supply was adequate."]


def test_a_headline_ending_in_a_cue_form_is_no_colon_before_the_next_paragraph():
    rows = attributions("“We did it,” Mayor Ann Lee said.")  # (the test headline, "Headline For The Test", has no cue)
    from quotelens import load_article

    art = load_article("Council Votes\n\n“We did it,” Mayor Ann Lee said.")
    assert set(art.quotes["speaker"]) == {"Ann Lee"} and len(rows) == 1


def test_the_words_before_a_colon_only_point_to_the_quotation_paragraph():
    body = "Ada Lind spent a night on the ice. She remembers it in vivid detail:\n\n“The glacier groaned all night. I knew then.”\n\nShe laughs now."
    rows = [r for r in proposals(body) if r[2] == "remembers"]
    assert rows[0][3] == ["“The glacier groaned all night. I knew then.”"]


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (
            "According to a Senate Democratic aide, the team has drafted a two-week extension.",
            "a Senate Democratic aide",
        ),
        ("According to the Lee campaign, the rally drew 20,000 people.", "the Lee campaign"),
    ],
)
def test_a_phrase_headed_by_a_common_noun_is_the_source_of_according_to(body, mention):
    (a,) = attributions(body)
    assert a["mention"] == mention


def test_what_after_a_preposition_is_still_the_moved_object():
    body = "The ministry rejected the report. Officials blamed the agencies for what they described as failures in delivery."
    rows = [r for r in rule_proposals(body) if r[2] == "described"]
    assert rows[0][3][0] == "what"


def test_a_shared_subject_keeps_the_of_inside_a_name():
    rows = rule_proposals("Bank of America analyst Jo Reyes cut the price target and said margins would fall.")
    assert [r[1] for r in rows if r[2] == "said"] == ["Bank of America analyst Jo Reyes"]


def test_a_column_name_before_a_story_title_is_no_speaker_label():
    from quotelens import load_article

    art = load_article("Morning Memo: Inside the council's budget fight\n\nThe council met on Monday.")
    assert art.quotes.empty
