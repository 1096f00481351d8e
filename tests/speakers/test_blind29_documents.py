"""Blind round 29 (sets q and n): "the report" takes up the document just introduced ("a facilities study"),
and a document's label drops a participle phrase after its noun ("an internal memo circulated to staff" ->
"an internal memo") (speakers/described.py::document, speakers/descriptions.py::document_label)."""

from __future__ import annotations

from quotelens.speakers.labels import document_label
from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_the_report_takes_up_the_study_just_introduced():
    body = (
        "A facilities study commissioned by the district found that the roof leaks. "
        "The report concluded that it must be replaced."
    )
    assert _speakers(body) == ["a facilities study", "a facilities study"]


def test_the_memo_takes_up_the_memo_just_introduced():
    body = (
        "An internal memo circulated to staff this spring says the firm must cut costs.\n\n"
        "The memo also warned that stores could close."
    )
    assert _speakers(body) == ["an internal memo", "an internal memo"]


def test_a_label_keeps_a_participle_phrase_that_names_its_maker():
    phrase = "Federal Election Commission records compiled by the Center for Responsive Politics"
    assert document_label(phrase, "records") == phrase
    assert document_label("an internal memo circulated to staff", "memo") == "an internal memo"
