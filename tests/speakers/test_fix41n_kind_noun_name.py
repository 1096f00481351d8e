"""A name of two or more words after a kind noun only a body is ("The homeless charity Open Door Ireland said")
is that body's, though no word of it says so: its "It said" in the next sentence is the charity, not an
organisation named before."""

from __future__ import annotations

from quotelens import load_article


def test_a_charity_named_after_its_kind_noun_is_an_organisation():
    text = (
        "Housing figures questioned\n\n"
        "The Government said it would build more homes next year. Minister for Housing Darragh Byrne said the "
        "target would be met.\n\n"
        "The homeless charity Open Door Ireland said in a statement that the debate over targets risked hiding "
        "the human cost. It said that more than 3,000 families were in emergency accommodation, and that "
        "“every family is a story”."
    )
    a = load_article(text)
    assert a.speakers.set_index("name").loc["Open Door Ireland", "type"] == "organisation"
    q = a.quotes
    assert q[q["text"].str.contains("every family")].iloc[0]["speaker"] == "Open Door Ireland"
