"""Round 39, item 4: on a phone the Reader's evidence card was long. Its first lines (speaker, kind, verb, how the
source is named, confidence) and its link stay; the rest of the evidence folds under "Why: how it was found" on a
narrow screen (a tap unfolds it without selecting the quotation), and is read at once on a desk. Article text stays inert in both."""

from __future__ import annotations

import html
import re

from quotelens import markup, views
from quotelens.article import load_article
from tests.test_pages import app, html_of

CARD = re.compile(r'<a class="ql-card" href="[^"]+" target="_self" tabindex="-1">(.*?)</a>', re.S)


def test_a_link_card_keeps_its_first_lines_and_folds_the_rest_on_a_phone():
    page = html_of(app("reader", article="trump-putin-meeting.txt"))
    cards = CARD.findall(page)
    assert cards
    for card in cards:
        head, rest = card.split('<span class="ql-rest">', 1)
        assert " · confidence " in html.unescape(head) and "<" not in head  # the first lines, plain text
        assert '<span class="ql-go">Select this quotation' in rest
        if "found by" in html.unescape(rest):  # the rest, folded on a phone under "Why"
            assert '<span class="ql-why" aria-hidden="true">Why: how it was found ›</span></a>' in card + "</a>"
        assert "<details" not in card and "<div" not in card  # (a block would close the paragraph's <p> there)
    # folded out of sight, not out of a screen reader's reach (no display:none): "Why" is for eyes alone
    assert "@media (max-width:640px){a.ql-card:not(.ql-open) .ql-rest{position:absolute;width:1px;" in page
    assert ".ql-why{display:none;" in markup.READER_CSS and ".ql-card:focus-within{display:block}" in markup.READER_CSS


def test_the_folded_evidence_stays_inert():
    """Names and words from the article in the card's first lines and in its folded rest are escaped text."""
    article = load_article(
        'Club Vote\n\n"We <b>won</b> the vote tonight," said Ann <i>Lee</i>, the club\'s chair, '
        "according to <img src=x> officials."
    )
    links = {int(g): f"?quote={int(g)}" for g in article.quotes["group"]}
    page = markup.reader_html(article, article.quotes, views.colours_for(article), ("body",), links)
    assert CARD.findall(page) and "<img" not in page and "<b>" not in page and "<i>" not in page
