"""The evidence card names the rule that found a quotation, and how its speaker was found, in plain words;
the evidence table and the exports keep the engine's strings."""

from __future__ import annotations

import html
import re

from quotelens import markup, views
from quotelens.attribution.rules import HEADLINE, Family, Rule
from quotelens.reasons import card_evidence, plain_found, plain_rule
from quotelens.speakers.model import Resolution

JARGON = re.compile(r"content-first|source-first|according-to|participle|\(source, cue\)|found by: (explicit|short name|pronoun|alias|group|document)\b")


def test_every_rule_and_family_the_engine_writes_has_plain_words():
    for name in [*Rule, *Family]:
        said = plain_rule(str(name))
        assert said != str(name), name
        assert not JARGON.search(said), (name, said)
    assert plain_rule("content-first (source, cue)") == "the quotation comes first, then who said it (“…,” the minister said)"
    assert plain_rule("source-first (passive)" + HEADLINE).endswith("(in the headline)")


def test_an_unknown_rule_or_resolution_stays_as_the_engine_wrote_it():
    assert plain_rule("a frame to come (detail)") == "a frame to come (detail)"
    assert plain_found("a new way", "Ann Lee") == "a new way"


def test_every_resolution_says_how_the_speaker_was_found():
    for how in Resolution:
        said = plain_found(str(how), "Ann Lee")
        assert said != str(how), how
    assert plain_found("short name", "Rex Tillerson") == "the short name used earlier for Rex Tillerson"


def test_the_card_leads_with_the_rule_in_words():
    raw = "content-first (source, cue); “Tillerson” → Rex Tillerson, the person of that name; model: cue_rate (+1.2)"
    said = card_evidence(raw)
    assert said.startswith("the quotation comes first, then who said it")
    assert "; “Tillerson” → Rex Tillerson, the person of that name; Why this is kept: " in said
    assert card_evidence("a frame to come; x") == "a frame to come; x"


def test_the_default_articles_cards_have_no_rule_names_and_its_table_keeps_them(default_article):
    page = markup.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    cards = [html.unescape(c) for c in re.findall(r'<span class="ql-card"[^>]*>([^<]*)</span>', page)]
    assert cards
    assert not [c for c in cards if JARGON.search(c)]
    assert any("found by: the short name used earlier for Rex Tillerson" in c for c in cards)
    quotes = default_article.quotes  # the evidence table and the exports: the engine's strings
    assert quotes["evidence"].str.startswith("content-first (source, cue);").any()
    assert "short name" in set(quotes["resolution"])


def test_a_description_is_explained_without_another_articles_example():
    said = plain_found("alias", "Starwave Entertainment")
    assert said == "a description standing for Starwave Entertainment"
    assert "diplomat" not in said  # (the default article's "the U.S. diplomat" showed on every article's cards)
