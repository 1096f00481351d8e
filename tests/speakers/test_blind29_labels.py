"""Blind round 29 (set p): a document named by common words opening a sentence gets a lower-case label
("Internal emails" -> "internal emails"), a name or a nationality keeps its capital
(speakers/descriptions.py::anonymous_label)."""

from __future__ import annotations

from quotelens.speakers.labels import anonymous_label
from tests.speakers.examples import speakers_of


def test_a_document_of_common_words_opening_a_sentence_is_lower_cased():
    body = "Internal emails show that senior officials knew. Court records show that the home had been warned."
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["internal emails", "court records"]


def test_names_and_nationalities_keep_their_capital():
    assert anonymous_label("Pentagon documents") == "Pentagon documents"
    assert anonymous_label("Israeli records") == "Israeli records"
    assert anonymous_label("Trump emails") == "Trump emails"
