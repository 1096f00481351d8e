"""A cue form in its base form that a name and a cue verb follow ("consumer advocate Dana Whitlow argued") is the
person's occupation before the name, not a verb: the name speaks, never the modifier before it."""

from __future__ import annotations

from quotelens import load_article


def test_occupation_that_looks_like_a_verb_before_a_name():
    text = (
        "Regulator delays tariff rise\n\n"
        "The energy regulator on Friday postponed a rise in household tariffs.\n\n"
        'Speaking for a tenants\' group, consumer advocate Dana Whitlow argued that the figures were "simply '
        'not credible". She said bills had already doubled.'
    )
    q = load_article(text).quotes
    hits = q[q["text"].str.contains("simply", regex=False)]
    assert hits.iloc[0]["speaker"] == "Dana Whitlow"
    assert "Dana Whitlow" not in hits.iloc[0]["text"]
