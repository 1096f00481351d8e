"""A signature's closing stop is no part of the name: "Martin Litwak." signing a reader's letter is Martin
Litwak, one person with the name written elsewhere without the stop (cv_speakers showed "Martin Litwak.")."""

from __future__ import annotations

from quotelens import load_article

LETTER = """Readers respond

I wrote to the campaign last week and asked for the full remarks. Nobody answered me.

I think the voters deserve better than this.

Martin Litwak.
"""


def test_a_signature_drops_its_closing_stop():
    article = load_article(LETTER)
    firsts = article.quotes[article.quotes["resolution"] == "first person"]
    assert set(firsts["speaker"]) == {"Martin Litwak"}
    assert "Martin Litwak." not in set(article.speakers["name"])


def test_an_initial_keeps_its_stop():
    article = load_article(LETTER.replace("Martin Litwak.", "Anna K."))
    firsts = article.quotes[article.quotes["resolution"] == "first person"]
    assert set(firsts["speaker"]) == {"Anna K."}  # (an initial's stop is part of the name)
