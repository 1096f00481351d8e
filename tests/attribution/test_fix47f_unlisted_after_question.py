"""Blind round 47 (fix47f): a verb outside the lexicon after a quotation that ends in a question mark
('"…?" Castellanos-Wirth grumbled.'): the question mark ends the sentence, so the name and the verb stand alone
after it; they still credit the quotation. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_an_unlisted_verb_after_a_quoted_question_credits_it():
    found = attributions(
        "Parents queued for an hour to speak at the school board meeting on bus times.\n\n"
        '"Why does the only bus leave at seven when lessons begin at nine?" Castellanos-Wirth grumbled.\n\n'
        "The board will vote on the timetable in June."
    )
    (a,) = [a for a in found if any("only bus leave" in p for p in a["pieces"])]
    assert a["speaker"] == "Castellanos-Wirth"
    assert a["kind"] == "direct"
