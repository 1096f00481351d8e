"""Review of round 40 (read-only probes of the merged tree): an agent-like ending makes an unnamed source a person
only after a firm's name ("a former Acme scheduler", not "a local newspaper"); a straight quotation mark before an
initial is no possessive ("The film 'J. Edgar' was ..." stays one sentence). Passages written for the test."""

from __future__ import annotations

from quotelens.segment import split_sentences
from tests.speakers.examples import speaker_holding


def test_a_local_newspaper_is_no_she():
    body = (
        "Maria Lopez lost her home in the fire on Sunday night.\n\n"
        "A local newspaper reported that the blaze started in a kitchen next door.\n\n"
        '"It was terrifying," she said.'
    )
    assert speaker_holding(body, "It was terrifying") == "Maria Lopez"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_an_initial_after_an_opening_quotation_mark_is_still_an_initial():
    text = "The film 'J. Edgar' was a success by any measure, the studio said on Monday."
    assert _sentences(text) == [text]
    text = "'J. K. Rowling has always loved libraries,' her spokesman said."
    assert _sentences(text) == [text]


def test_a_possessive_s_before_a_stop_still_ends_the_sentence():
    text = "The estate borders Sir Geoffrey's. Mr Pelling has raised the matter twice."
    assert _sentences(text) == ["The estate borders Sir Geoffrey's.", "Mr Pelling has raised the matter twice."]
