"""An adverb right after a determiner modifies the noun ("the recently released memo", "the long awaited report"):
the source phrase is not cut there as if a verb followed (quotelens/speakers/descriptions.py, ``trimmed``)."""

from __future__ import annotations

from quotelens.speakers.descriptions import classify


def test_an_adverb_after_the_is_part_of_the_phrase():
    p = classify("the recently unsealed Harbor Fund handbook")
    assert p.head == "handbook" and p.cls == "document", p
    assert classify("the long awaited audit").head == "audit"


def test_an_adverb_after_a_name_still_ends_it():
    assert classify("Congress only").head == "congress"
    assert classify("Rand Paul has").words == ("Rand", "Paul")
