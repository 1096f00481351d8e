"""A person's name, "at" and a firm ("Tom Varga at Fenwick Capital") are two names, as with "of": the run is no
one organisation's name."""

from __future__ import annotations

from quotelens import load_article


def test_person_at_a_firm_is_the_person():
    text = (
        "Drone maker's shares slide\n\n"
        "Kitemark Aerial lost a third of its value this year.\n\n"
        'Tom Varga at Fenwick Capital kept his rating, saying costs would rise. "Orders are not profit," Varga '
        "wrote."
    )
    article = load_article(text)
    names = set(article.speakers["name"])
    assert "Tom Varga" in names
    assert "Fenwick Capital" in names
    q = article.quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers['"Orders are not profit,"'] == "Tom Varga"
