"""A role description before the name it stands for: quotelens/speakers/forward.py."""

from __future__ import annotations

from quotelens import load_article
from tests.speakers.examples import speaker_of


def test_the_judge_is_the_one_named_judge_just_after():
    body = (
        "The defence lawyer Ben Brafman argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed. Here was Judge Richard Berman, smiling."
    )
    assert speaker_of(body, "replied") == "Richard Berman"


def test_someone_named_before_with_the_role_keeps_it():
    body = (
        "Judge Ann Hale argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed. Then Judge Richard Berman arrived."
    )
    assert speaker_of(body, "replied") == "Ann Hale"


def test_a_name_far_after_is_not_looked_for():
    body = (
        "The defence lawyer Ben Brafman argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed.\n\nThe court was quiet.\n\nNobody moved.\n\n"
        "Weeks later Judge Richard Berman retired."
    )
    assert speaker_of(body, "replied") != "Richard Berman"


def test_a_possessive_description_is_the_one_it_introduces_named_just_after():
    body = (
        "Marcel Lazar pleaded guilty in May.\n\n"
        "In court papers, Lazar's defense counsel asked for a sentence of three years.\n\n"
        "Despite his brash manner, public defender Shannon Quill wrote, Lazar is a gentle man."
    )
    assert speaker_of(body, "asked for") == "Shannon Quill"


def test_a_post_modified_description_is_the_one_said_to_speak_next():
    body = (
        "The Pentagon defended its plan on Monday.\n\n"
        "The Pentagon's recent top adviser on the campaign went further, arguing that the plan was wrong.\n\n"
        "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek."
    )
    assert speaker_of(body, "arguing") == "Mick Bednarek"


def test_a_short_description_refers_back_not_forward():
    body = (
        "Senator Ann Hale spoke first.\n\n"
        "The senator argued that the plan was wrong.\n\n"
        "“I disagree,” said Jo Smith, a voter."
    )
    assert speaker_of(body, "argued") == "Ann Hale"


def test_a_headline_role_is_the_one_the_lede_reports_not_its_first_subject():
    text = (
        "Sanders will back Clinton, former rival says\n\n"
        "Bernie Sanders will back Hillary Clinton before the convention, predicted Madeleine Kunin, "
        "the former governor."
    )
    quotes = load_article(text).quotes
    assert quotes[quotes["cue_text"] == "says"]["speaker"].tolist() == ["Madeleine Kunin"]
