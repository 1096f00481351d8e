"""A past participle after a preposition's object is no report (attribution/frames/post_modifiers.py)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions

_REPORTED_BEFORE = [
    (
        "The singer told People magazine in an interview published Wednesday that she could not speak.",
        "told",
        "that she could not speak.",
    ),
    (
        "The senator told reporters in a statement released Monday that the bill was dead.",
        "told",
        "that the bill was dead.",
    ),
    ("Officials said in a report issued by the agency that the dam was safe.", "said", "that the dam was safe."),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), _REPORTED_BEFORE)
def test_the_verb_before_the_phrase_reports_what_follows_the_participle(sentence, cue, content):
    (row,) = attributions(sentence)
    assert (row["cue"], row["pieces"]) == (cue, [content])


def test_a_finite_verb_after_a_noun_in_a_prepositional_phrase_still_reports():
    (row,) = attributions("An earlier report in a New Hampshire paper said that the images were staged.")
    assert (row["cue"], row["pieces"]) == ("said", ["that the images were staged."])


_CLAUSE_AFTER_THE_PHRASE = [
    ("Julie Collins said in a statement the government had committed $10 billion.", "the government had"),
    ("The council said in a media release the road would close.", "the road would close."),
    ("The senator said in an interview with the BBC the plan was dead.", "the plan was dead."),
]


@pytest.mark.parametrize(("sentence", "start"), _CLAUSE_AFTER_THE_PHRASE)
def test_a_clause_without_that_after_a_short_prepositional_phrase_is_the_content(sentence, start):
    (row,) = attributions(sentence)
    assert row["pieces"][0].startswith(start)


def test_asked_not_to_be_named_describes_the_source_and_reports_nothing():
    (row,) = attributions("A neighbor who asked not to be named said the smoke alarm never went off.")
    assert (row["cue"], row["mention"]) == ("said", "A neighbor")


def test_a_cue_noun_after_an_article_in_the_phrase_before_that_is_no_cue():
    (row,) = attributions("Analysts at Morgan Stanley wrote in a note to clients that margins would improve.")
    assert (row["cue"], row["pieces"]) == ("wrote", ["that margins would improve."])


def test_a_plural_noun_after_the_is_no_unlisted_verb_with_the_as_its_speaker():
    rows = attributions('"The cuts are overdue," the analysts wrote.')
    assert [(r["mention"], r["cue"]) for r in rows] == [("the analysts", "wrote")]


def test_not_authorized_to_discuss_describes_the_source_and_reports_nothing():
    quotes = attributions(
        "The deal was reached, according to two people familiar with the talks who were not authorized to "
        "discuss them publicly."
    )
    assert [q["cue"] for q in quotes] == ["according to"]
