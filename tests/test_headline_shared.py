"""Home's "Attributions closest to the headline's claim": the shared words are content words, shown as the
headline spells them ("has" is no content word, and was shown as "ha")."""

from __future__ import annotations

from quotelens import load_article
from quotelens.headline import closest_attributions

ARTICLE = (
    "In Ohio, two agencies are fighting for one seat and it has gotten personal\n\n"
    "“She has spent six years voting against Ohio,” Margaret Ellison said.\n\n"
    "Dana Whitcomb said the agencies had never answered.\n"
)


def test_the_shared_words_are_content_words_as_the_headline_spells_them():
    closest = closest_attributions(load_article(ARTICLE)).set_index("speaker")
    assert closest.loc["Margaret Ellison", "shared_words"] == "ohio"
    assert closest.loc["Dana Whitcomb", "shared_words"] == "agencies"


def test_the_default_articles_closest_attributions_keep_their_words(default_article):
    closest = closest_attributions(default_article)
    assert "election" in closest.loc[0, "shared_words"].split(", ")
    assert not [w for w in ", ".join(closest["shared_words"]).split(", ") if len(w) < 3 or w in {"ha", "has"}]
