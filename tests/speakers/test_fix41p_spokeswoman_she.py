"""An unnamed spokeswoman credited to her organisation is who the next "she" stands for ("A council spokeswoman
said: '...' // She said ..."), not a woman named paragraphs before her: the "she" is credited to the
organisation, like the spokeswoman's own words."""

from __future__ import annotations

from quotelens import load_article


def test_she_after_a_council_spokeswoman():
    text = (
        "Library to close in savings drive\n\n"
        "Members of Glenmore Council voted on Thursday to close the Kilbride library at the end of March.\n\n"
        "The Friends of Kilbride Library said it would seek a judicial review of the decision.\n\n"
        "Its chairwoman, Morag Ellis, a retired teacher, said the group had already instructed solicitors.\n\n"
        '"This fight is not over," the 67-year-old said.\n\n'
        'A council spokeswoman said: "The building needs at least £2m of repairs. That is simply not affordable."\n\n'
        "She said the council had looked at a community transfer of the building but no bid had been received."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("community transfer")].iloc[0]["speaker"] == "Glenmore Council"
