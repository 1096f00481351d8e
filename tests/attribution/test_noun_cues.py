"""Tests of :mod:`quotelens.attribution.frames.noun_cues` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals

RULE = "nominal (owned noun)"


def _owned(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(p[1], p[2], p[3]) for p in proposals(body) if p[0] == RULE]


def test_a_prepositional_complement_is_the_content():
    found = _owned("The list included his criticism of a Muslim-American Gold Star family.")
    assert found == [("his", "criticism of", ["a Muslim-American Gold Star family"])]


def test_a_subject_noun_ends_before_the_main_verb():
    assert _owned("Her refusal to release the transcripts angered voters.") == [
        ("Her", "refusal", ["to release the transcripts"])
    ]


def test_a_name_owns_the_noun_and_that_opens_the_content():
    found = _owned("Voters heard Donald Trump's accusation that the count was rigged.")
    assert found == [("Donald Trump", "accusation", ["that the count was rigged."])]


def test_the_modal_of_the_content_stays_in_it():
    found = _owned("They recalled his suggestion that Russia should hack her emails.")
    assert found == [("his", "suggestion", ["that Russia should hack her emails."])]


def test_nouns_without_an_owner_or_complement_report_nothing():
    assert _owned("The criticism of the plan grew.") == []
    assert _owned("His criticism grew louder.") == []
