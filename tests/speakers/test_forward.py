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


def test_a_role_opening_the_body_is_the_one_the_next_paragraph_names():
    text = (
        "Minister defends waiting list figures\n\n"
        "The health secretary has insisted that waiting lists are falling, despite warnings from doctors.\n\n"
        "Speaking to the BBC on Sunday, Wes Streeting said: 'We are turning the corner.'"
    )
    quotes = load_article(text).quotes
    assert quotes[quotes["cue_text"] == "insisted"]["speaker"].tolist() == ["Wes Streeting"]


def test_a_role_opening_the_body_after_a_name_refers_back():
    body = (
        "Senator Ann Hale spoke first.\n\n"
        "The senator has insisted that waiting lists are falling.\n\n"
        "Speaking on Sunday, Wes Streeting said the numbers were moving."
    )
    assert speaker_of(body, "insisted") == "Ann Hale"


def test_a_role_in_a_summary_before_the_full_text_is_looked_for_in_the_body():
    text = (
        "Court nominee faces doubts\n\n"
        "ABSTRACT.\n\n"
        "The governor argued that the nominee deserved a hearing.\n\n"
        "FULL TEXT.\n\n"
        "The debate began early on Monday.\n\n"
        "Gov. Ann Hale said the Senate should act, and she repeated it twice."
    )
    quotes = load_article(text).quotes
    assert quotes[quotes["cue_text"] == "argued"]["speaker"].tolist() == ["Ann Hale"]


def test_a_role_in_the_deck_under_a_headline_is_the_one_the_body_reports():
    text = (
        "Historians: Clinton, Obama linked no matter what;\n\n"
        "Her fate hinges on Obama's popularity, analyst says.\n\n"
        "For better or worse, the election will be tied to the president.\n\n"
        "Fortunately for the party, the president is popular.\n\n"
        '"She will win if he is still popular," said Larry Sabato, a director at the university.'
    )
    quotes = load_article(text).quotes
    assert quotes[quotes["cue_text"] == "says"]["speaker"].tolist() == ["Larry Sabato"]


def test_a_role_opening_the_body_is_not_the_one_who_reports_it():
    body = "The mayor denied any wrongdoing, Councilwoman Ada Ruiz said, but the audit continues."
    assert speaker_of(body, "denied") is None


def test_a_former_role_is_not_the_current_holder_named_just_after():
    body = (
        "Bill Gerstenmaier said the company was ready. The former governor added that a single provider "
        '"is a risk." Ken Bowersox, the governor, said the agency wants two providers.'
    )
    assert speaker_of(body, "added") != "Ken Bowersox"


def test_the_role_of_a_description_named_just_after_is_kept_for_a_later_description():
    body = (
        "Sterling fell after the governor of the Bank of England warned inflation was easing.\n\n"
        "Andrew Cairncross told MPs that a cut was close.\n\n"
        '"We are not there yet," the governor said.'
    )
    assert speaker_of(body, "said") == "Andrew Cairncross"
