"""Round 41 (span41s): a "that" clause holds its verb, so its content does not end on the subject's
appositive ("reported that Tom Hale, founder of Better Streets"): it runs past the verb. Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_that_clause_does_not_end_before_its_verb():
    body = (
        "The paper reported Saturday that Tom Hale, founder of Better Streets — a transit group — was planning "
        "to call on the mayor to release the budget."
    )
    (a,) = [a for a in attributions(body) if a["cue"] == "reported"]
    assert a["pieces"][0].startswith("that Tom Hale")
    assert "was planning" in a["pieces"][-1]


def test_a_that_clause_with_its_verb_still_ends_early():
    (a,) = [
        a
        for a in attributions("Ruiz said that rents rose sharply, but the council has refused to act.")
        if a["cue"] == "said"
    ]
    assert a["pieces"] == ["that rents rose sharply"]
