"""Unnamed spokespeople of a body the phrase names: quotelens/speakers/spokespeople.py."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers as speakers


def test_an_unnamed_spokesperson_speaks_for_the_body_the_phrase_names():
    got = speakers("Deportations\n\nOf 121 people detained, 77 have been deported, according to an ICE spokeswoman.")
    assert got[0][1:] == ("ICE", "organisation")
    got = speakers("Bank\n\nThe administration backs Jim Kim for a second term, according to a Treasury official.")
    assert got[0][1:] == ("Treasury", "organisation")


def test_a_foreign_official_speaks_for_the_government_and_a_us_official_for_nobody_in_particular():
    got = speakers(
        "Sea\n\nJapan sent ships on Monday.\n\nA Chinese official responded by saying Japan should be careful."
    )
    assert got[0][1:] == ("the Chinese government", "organisation")
    got = speakers("Visit\n\nThe visit was planned for weeks, U.S. officials said.")
    assert got[0][2] == "anonymous"


def test_a_persons_spokesman_is_no_body_of_that_name():
    got = speakers("Visit\n\nThe visit was planned for weeks, a Warren spokesman said.")
    assert got[0][1] != "Warren"


def test_they_after_a_counted_description_opening_the_sentence_before_is_that_group():
    from tests.speakers.examples import speaker_holding

    body = (
        "Rosa Torres spoke first. Karen Brandt spoke next. The two women sat together. "
        'They later told reporters that the sentence was "not enough."'
    )
    assert speaker_holding(body, "not enough") == "Rosa Torres and Karen Brandt"
