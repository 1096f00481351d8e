"""Blind round 41 (fix41f): 'She called it “a gift,” then corrected herself: “C2”' holds two reports of one
subject. The first content ends before ", then" and a past form, also when the comma is inside the quotation's
marks; the second verb's subject is looked for before the first quotation; and a reflexive object before the
colon ("corrected herself:") is no part of the words. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_colon_quotation_after_then_is_a_report_of_its_own():
    found = attributions(
        "Marta Quinlan has run the bakery for thirty years. She called the new oven “the best thing we ever "
        "bought,” then corrected herself: “No, the best thing was the van. The oven just saves us time.”"
    )
    first = [a for a in found if any("the best thing we ever" in p for p in a["pieces"])]
    second = [a for a in found if any("the best thing was the van" in p for p in a["pieces"])]
    assert len(first) == 1 and len(second) == 1 and first[0] is not second[0]
    assert first[0]["kind"] == "mixed"
    assert second[0]["kind"] == "direct"
    assert second[0]["speaker"] == "Marta Quinlan"
    assert second[0]["pieces"][0].startswith("“No, the best")


def test_then_with_an_unquoted_comma_ends_the_first_content_too():
    found = attributions("The coach called the loss a disgrace, then added: “We will be better on Sunday.”")
    (a,) = [a for a in found if any("disgrace" in p for p in a["pieces"])]
    assert all("Sunday" not in p for p in a["pieces"])
