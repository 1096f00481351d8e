"""A cue form in its base form that a name and a cue verb follow ("health advocate Omar Lind argued") is the
person's occupation before the name, not a verb: the name speaks, never the modifier before it. Short passages
written for the test."""

from __future__ import annotations

from quotelens import load_article


def test_occupation_that_looks_like_a_verb_before_a_name():
    text = (
        "Clinic hours cut\n\n"
        "The health board on Monday shortened the opening hours of three rural clinics.\n\n"
        "Speaking for a patients' group, health advocate Omar Lind argued that the waiting times were \"plainly "
        'getting worse". He said two clinics had already shut.'
    )
    q = load_article(text).quotes
    hits = q[q["text"].str.contains("plainly", regex=False)]
    assert hits.iloc[0]["speaker"] == "Omar Lind"
    assert "Omar Lind" not in hits.iloc[0]["text"]
