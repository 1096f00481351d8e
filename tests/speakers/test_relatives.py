"""Who a relative pronoun is (quotelens/speakers/resolve.py, Resolver.relative), and "both"/"each" (a group)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of, speakers_of


def test_a_time_phrase_between_a_name_and_who_is_skipped():
    body = "Voters in Ohio hope to re-elect Sen. Jo Hale this year, who said that the plan was sound."
    assert speaker_of(body, "said") == "Jo Hale"


def test_who_after_a_preposition_is_the_description_after_it():
    body = (
        "Mexican President Enrique Nieto met Donald Trump in Mexico City.\n\n"
        "Trump endured a lecture from the Mexican president, who said that the trade deal was good for both."
    )
    assert speaker_of(body, "said") == "Enrique Nieto"


def test_both_and_each_are_the_group_named_before():
    body = "Ted Cruz and Marco Rubio skipped the debate on Monday.\n\nBoth said that the rules were unfair."
    assert speaker_of(body, "said") == "Ted Cruz and Marco Rubio"
    body = "Chris Christie, John Kasich and Jeb Bush met in Ohio.\n\nEach said that the rules were unfair."
    assert speaker_of(body, "said") == "Chris Christie, John Kasich and Jeb Bush"


def test_who_after_a_description_of_a_group_is_that_group_not_the_last_name():
    got = speakers_of(
        "Letter\n\nEleven progressive organizations wrote to Hillary Clinton on Thursday.\n\n"
        "Clinton met donors in Denver on Friday.\n\nWhile Clinton has condemned the proposal, the groups who wrote "
        'to her on Thursday say they are "concerned your campaign is sending mixed messages."'
    )
    assert ("who", "eleven progressive organizations", "group") in got


def test_plural_people_set_off_before_their_names_are_that_group_and_they_too():
    text = (
        "The senators, Chuck Grassley of Iowa and Patrick Leahy of Vermont, wrote to the agency. "
        "They said the rules were unclear."
    )
    assert [(source, speaker) for source, speaker, _ in speakers_of(text)] == [
        ("The senators", "Chuck Grassley and Patrick Leahy"),
        ("They", "Chuck Grassley and Patrick Leahy"),
    ]
    joined = "Sen. Chuck Grassley of Iowa and Sen. Patrick Leahy of Vermont wrote that the rules were unclear."
    assert speakers_of(joined)[0][1] == "Chuck Grassley and Patrick Leahy"
