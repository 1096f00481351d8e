"""Review 43b, finding 5: "it" right after a document noun with a "that" further on opens a relative clause on
the document ("in a review it has released each spring since 2015 that C"), not the reported clause; "in a statement
it would appeal" still reports. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_it_after_a_document_noun_opens_a_relative_clause():
    body = "The union said in a review it has released each spring since 2015 that most members felt overworked."
    found = [a for a in attributions(body) if a["cue"] == "said"]
    assert [a["pieces"] for a in found] == [["that most members felt overworked."]], attributions(body)


def test_it_with_a_modal_after_a_statement_still_reports():
    body = "The museum said in a statement it would return the mask to the village."
    found = [a for a in attributions(body) if a["cue"] == "said"]
    assert [a["pieces"] for a in found] == [["it would return the mask to the village."]], attributions(body)
