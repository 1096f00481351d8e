"""Blind round 47 (fix47f): a verb outside the lexicon after a quotation that ends in a question mark
('"…?" Brekke queried.'): the question mark ends the sentence, so the name and the verb stand alone after it;
they still credit the quotation. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_an_unlisted_verb_after_a_quoted_question_credits_it():
    found = attributions(
        "The harbour master did not back down. \"The ferry left twice without a permit. Twice. Who pays if it "
        "sinks?\" Tetteh-Boateng grumbled.\n\nThe ferry company has not replied."
    )
    (a,) = [a for a in found if any("without a permit" in p for p in a["pieces"])]
    assert a["speaker"] == "Tetteh-Boateng"
    assert a["kind"] == "direct"
