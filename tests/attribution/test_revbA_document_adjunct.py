"""Review 43b, finding 1: a document phrase after a preposition ("In a notice posted on Friday") is an adjunct,
never the subject, and a determiner or a possessive after the document noun opens the verb's own subject ("In
their filing this spring the tenants argued"). Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "cue", "mention"),
    [
        (
            "The airline cancelled 40 flights. In a letter sent on Friday the airline said the fleet was grounded.",
            "said",
            "the airline",
        ),
        (
            "The tenants sued the landlord. In their complaint this spring the tenants said the heating had failed.",
            "said",
            "the tenants",
        ),
        (
            "Weeks after the publication of the audit its reviewers said several figures were wrong.",
            "said",
            "its reviewers",
        ),
    ],
)
def test_the_document_phrase_does_not_swallow_the_subject(body, cue, mention):
    found = [a for a in attributions(body) if a["cue"] == cue]
    assert [a["mention"] for a in found] == [mention], attributions(body)


def test_a_document_that_opens_its_clause_is_still_the_subject():
    body = "A survey of commuters conducted in March showed that most riders wanted later buses."
    found = [a for a in attributions(body) if a["cue"] == "showed"]
    assert [a["mention"] for a in found] == ["A survey of commuters conducted in March"], attributions(body)
