"""A work's title set off after its noun ("That book, The Salt Orchard, comes out") or right after it ("her novel
Salt Orchard") is a document's name, no person's: a later "he" or "she" is never it."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs


def _kinds(sentence: str) -> dict[str, str]:
    return {" ".join(r.words): r.kind for r in name_runs(tokenize(sentence), 0, 0)}


def test_a_title_after_a_work_noun_is_a_document():
    assert _kinds("That book, The Salt Orchard, comes out next month.")["Salt Orchard"] == "document"
    assert _kinds("Her new novel, The Salt Orchard, comes out next month.")["Salt Orchard"] == "document"
    assert _kinds("Her novel Salt Orchard was a hit.")["Salt Orchard"] == "document"


def test_a_person_after_a_work_noun_stays_a_person():
    assert _kinds("The book Lee Adams wrote was a hit.")["Lee Adams"] == "person"
    assert _kinds("In the book, Jane Orr said the town had changed.")["Jane Orr"] == "person"
