"""Round 37, item 3: a denial's evidence card says it is a report of a denial, and that its highlighted words are
what was denied (the default article: "Putin denied Russian involvement, Tillerson said")."""

from __future__ import annotations

import html
import re

from quotelens import markup, reasons, views


def test_the_card_of_a_denial_says_what_was_denied(default_article):
    page = markup.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    cards = [html.unescape(t) for t in re.findall(r'title="([^"]*)"', page)]
    denial = next(c for c in cards if c.startswith("Vladimir Putin") and "“denied”" in c)
    assert "a report of a denial, the highlighted words are what was denied, not a claim" in denial
    assert "relayed by Rex Tillerson" in denial  # by whom it reached us


def test_other_verbs_keep_their_words():
    said = reasons.card_head("direct", "said", "neutral", "Tillerson", "", 0.9)
    assert said == "direct quote · verb “said” (a neutral verb) · named here as “Tillerson” · confidence 0.90"
    assert "no verb introduces it" in reasons.card_head("indirect", "", "denial", "", "", 0.5)


def test_only_a_reported_denial_says_its_words_were_denied():
    """A reviewer's probe: the minister's own quotation ('"I never took a penny," the minister denied') is her
    claim, and "rejected"/"refused" are not denials of the highlighted words."""
    own = reasons.card_head("direct", "denied", "denial", "the minister", "", 0.9)
    assert "what was denied" not in own and "a verb of denial" in own
    for cue in ("rejected", "refused"):
        card = reasons.card_head("mixed", cue, "denial", "Hale", "", 0.8)
        assert "what was denied" not in card and "a verb of denial" in card
    reported = reasons.card_head("indirect", "Denies", "denial", "Putin", "", 0.8)
    assert "a report of a denial, the highlighted words are what was denied" in reported
