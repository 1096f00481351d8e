"""Unsure attributions do not look like sure ones: a confidence below the model's threshold (or a close-call
speaker) is drawn lighter with "(?)" and "unsure" in its title, the Reader's legend says what that means, and
Who said what says how many of a speaker's quotations are unsure (quotelens.doubt decides it, once)."""

from __future__ import annotations

import html
import re

from quotelens import doubt, markup, readable, views
from quotelens.article import load_article
from quotelens.confidence import threshold
from quotelens.palette import with_alpha
from tests.test_pages import ROOT, app

ARTICLE = "trump-putin-meeting.txt"


def article():
    return load_article((ROOT / "corpus" / ARTICLE).read_text(encoding="utf-8"))


def test_low_confidence_highlights_are_lighter_and_say_unsure():
    art = article()
    low = art.quotes[art.quotes["confidence"] < threshold()]
    assert len(low) and doubt.unsure_mask(art.quotes).sum() >= len(low)
    page = markup.reader_html(art, art.quotes, views.colours_for(art))
    spans = re.findall(r'<span class="ql-quote[^"]*"[^>]*>', page)
    lighter = [s for s in spans if "ql-low" in s]
    assert len(lighter) == len(low)
    for span in lighter:
        assert "unsure: confidence" in html.unescape(span)
    colour = views.colours_for(art)["Vladimir Putin"]
    assert with_alpha(colour, doubt.LOW_ALPHA) in " ".join(lighter)
    assert all("ql-low" not in s for s in spans if "confidence 0.85" in html.unescape(s))


def test_who_said_what_counts_a_speakers_unsure_quotations():
    note = readable.selection_note(article(), "Vladimir Putin")
    assert re.search(r"\(\d+ of them unsure", note)
    assert "unsure" not in readable.selection_note(article(), "Rex Tillerson")


def test_the_readers_legend_explains_the_mark():
    at = app("reader", article=ARTICLE)
    assert not at.exception
    legend = " ".join(h.value for h in at.get("html") if "ql-legend-unsure" in h.value)
    assert "(?) unsure" in html.unescape(legend) and f"{threshold():.2f}" in html.unescape(legend)
