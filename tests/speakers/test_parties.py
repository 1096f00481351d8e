"""A party's leaders and officials speak for the party: quotelens/speakers/parties.py."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_democratic_officials_speak_for_the_democratic_party():
    body = "Democratic officials said the primary calendar would not change."
    assert speaker_of(body, "said") == "the Democratic Party"


def test_the_gop_leaders_speak_for_the_republican_party():
    body = "The GOP leaders said the convention rules were settled."
    assert speaker_of(body, "said") == "the Republican Party"


def test_bare_party_leaders_speak_for_the_party_the_article_is_about():
    body = (
        "Democrats met in Philadelphia on Monday. Democratic voters were split, and the Democrats' "
        "platform was long.\n\nParty leaders said the platform would pass."
    )
    assert speaker_of(body, "said") == "the Democratic Party"


def test_a_party_named_in_full_is_that_party():
    body = (
        "The North Dakota Republican Party held its convention in Fargo.\n\n"
        "Republican officials said the delegates would be free to choose."
    )
    assert speaker_of(body, "said") == "North Dakota Republican Party"


def test_some_of_a_partys_officials_and_its_strategists_speak_for_nobody():
    assert speaker_of("Some Democratic officials said the calendar was unfair.", "said") is None
    assert speaker_of("Republican strategists said the calendar was unfair.", "said") is None


def test_a_chambers_party_leaders_are_not_the_party():
    assert speaker_of("Senate Republican leaders said the vote would wait.", "said") != "the Republican Party"


def test_a_partys_adjective_alone_as_the_source_is_the_party():
    body = (
        "The Associated Press’ lengthy investigation into Clinton’s private meetings have renewed Republican "
        "calls for a special prosecutor to investigate alleged pay-to-play policies."
    )
    assert speaker_of(body, "calls for") == "the Republican Party"
