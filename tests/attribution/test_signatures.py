"""Tests of :mod:`quotelens.attribution.frames.signatures` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals, proposals_in


def test_headline_label_goes_through_the_model():
    rows = proposals_in("Clinton: Time For A New Strategy On Trade\n\nThe story.")
    assert ("speaker label (headline)", "Clinton", "Time For A New Strategy On Trade") in rows


def test_speaker_label_lines_of_an_interview():
    quotes = attributions(
        "TAPPER: Are you ready for the debate tonight?\n\nJane Roe: We have prepared for weeks and we are ready."
    )
    assert [q["mention"] for q in quotes] == ["TAPPER", "Jane Roe"]
    assert quotes[1]["pieces"] == ["We have prepared for weeks and we are ready."]


def test_heading_with_colon_is_not_a_speaker():
    assert attributions("Update: the vote on the budget was moved to Friday afternoon.") == []


def test_quotation_signed_with_a_dash_and_a_name():
    text = (
        "Headline For The Test\n\n"
        "“The pier is the heart of this town. We will rebuild it.” ― Ana Ruiz\n"
        "“I have fished here for forty years and I am not leaving.”― Jo Hale.\n\n"
        "The council would not comment on the vote - Monday."
    )
    rows = proposals_in(text)
    assert ("dash signature", "Ana Ruiz", "“The pier is the heart of this town. We will rebuild it.”") in rows
    assert ("dash signature", "Jo Hale", "“I have fished here for forty years and I am not leaving.”") in rows
    assert not any(r[1] == "Monday" for r in rows)  # a dash in prose signs nothing


def test_signature_line_after_a_quotation_and_an_embedded_tweet():
    text = (
        "Headline For The Test\n\n"
        '"We will look into it. I do not know the status."\n\n'
        "- Ana Ruiz.\n\n"
        "No one should be above the law. pic.twitter.com/abc — Jo Hale (@johale) July 5, 2016"
    )
    rows = proposals_in(text)
    assert ("dash signature", "Ana Ruiz", '"We will look into it. I do not know the status."') in rows
    assert ("dash signature", "Jo Hale", "No one should be above the law. pic.twitter.com/abc") in rows


def test_headline_labels_with_an_audience_or_a_kicker():
    rows = proposals_in("Ruiz to Pier Workers: We Will Rebuild Every Plank\n\nThe mayor spoke on Monday.")
    assert ("speaker label (headline)", "Ruiz", "We Will Rebuild Every Plank") in rows
    rows = proposals_in("EXCLUSIVE – Jo Hale: Don’t Trust the Levy Count\n\nThe mayor spoke on Monday.")
    assert ("speaker label (headline)", "Jo Hale", "Don’t Trust the Levy Count") in rows


def test_name_and_colon_before_a_quotation_inside_a_paragraph():
    rows = proposals(
        "Turnout was the story - Ana Ruiz: “The pier towns voted early and they voted often.”\n\n"
        "What the count shows - More from the audit: “Every ballot was checked twice by hand.”\n\n"
        "Rep. Jo Hale (D-Ore.):“I have not seen that figure anywhere before today.”\n\n"
        "He was born in Mexico: “The judge is biased against me,” he said."
    )
    assert ("speaker label (inline)", "Ana Ruiz", ":", ["“The pier towns voted early and they voted often.”"]) in rows
    assert ("speaker label (inline)", "the audit", ":", ["“Every ballot was checked twice by hand.”"]) in rows
    assert (
        "speaker label (inline)",
        "Rep. Jo Hale (D-Ore.)",
        ":",
        ["“I have not seen that figure anywhere before today.”"],
    ) in rows
    assert not any(r[1] == "Mexico" for r in rows)  # a place after "in" labels nothing


def test_inline_label_right_after_a_closing_quotation():
    rows = proposals('Hale: "Our goal is to rebuild the pier." Ruiz: "The goal is to close it for good."')
    assert [r[1:] for r in rows] == [
        ("Hale", ":", ['"Our goal is to rebuild the pier."']),
        ("Ruiz", ":", ['"The goal is to close it for good."']),
    ]


def test_a_comma_after_a_party_label_closes_the_parenthesis_not_a_clause():
    rows = proposals("Sen. Ana Ruiz (D-Ohio), said the pier would reopen.")
    assert ("source-first", "Sen. Ana Ruiz", "said", ["the pier would reopen."]) in rows


def test_a_signature_with_a_party_tag_and_where_it_was_said():
    text = (
        "Headline For The Test\n\n"
        "“Gas prices have literally doubled.”\n— Sen. Daniel Whitcombe (R-Ohio), in a campaign speech in Dayton, Oct. 3\n\n"
        "“The plan is sound.”\n— Rep. Jo Hale (D-Texas), speaking to reporters, March 9, 2026\n\n"
        "The deal “was bad” - Smith, however, disagreed with it."
    )
    rows = proposals_in(text)
    assert ("dash signature", "Sen. Daniel Whitcombe", "“Gas prices have literally doubled.”") in rows
    assert ("dash signature", "Rep. Jo Hale", "“The plan is sound.”") in rows
    assert not any(r[1] == "Smith" for r in rows)  # a clause after the name is no signature's tail
