"""The evidence card says the confidence model's reasons in words; the evidence table keeps the engine's."""

from __future__ import annotations

import html
import re

from quotelens import markup, views
from quotelens.confidence import WEIGHTS
from quotelens.linear import load_weights
from quotelens.reasons import plain_evidence, reason

# features the engine adds outside the trained weights' names (confidence.Rivals, tagged_cues)
OUTSIDE_WEIGHTS = ("rival_overlap", "rival_other_source", "rival_holds_it", "rival_cue_inside", "cue_tagger_margin")


def test_every_feature_the_model_can_name_has_words():
    weights = load_weights(WEIGHTS)
    assert weights
    names = [n for n in [*weights, *OUTSIDE_WEIGHTS] if n != "bias"]
    unsaid = [n for n in names if reason(n, 1.0) == n or reason(n, -1.0) == n]
    assert not unsaid
    said = [reason(n, 1.0) for n in names]
    assert not [s for s in said if "_" in s.replace("rule_detail", "")]  # no feature name left in a phrase


def test_an_unknown_feature_stays_as_the_engine_wrote_it():
    assert reason("brand_new_feature", 0.4) == "brand_new_feature"
    assert reason("rule=a frame to come", 0.4) == "rule=a frame to come"


def test_the_model_part_of_an_evidence_line_reads_as_reasons():
    raw = (
        "content-first (source, cue); “he” → Rex Tillerson; model: rule=content-first|quoted_share (+1.7), "
        "quoted_share (+1.3), rival_other_source (-0.8); shown as a report inside another"
    )
    said = plain_evidence(raw)
    assert said.startswith("content-first (source, cue); “he” → Rex Tillerson; Why this is kept: ")
    assert "it is in quotation marks (+1.3)" in said
    assert "against it: another quotation over the same words names someone else (-0.8)" in said
    assert said.endswith("; shown as a report inside another")
    assert "model:" not in said and "quoted_share" not in said
    assert (
        plain_evidence("source-first; named in the text as “Ann Lee”") == "source-first; named in the text as “Ann Lee”"
    )


def test_the_card_says_reasons_and_the_evidence_column_keeps_the_model_string(default_article):
    page = markup.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    cards = [html.unescape(c) for c in re.findall(r'<span class="ql-card"[^>]*>([^<]*)</span>', page)]
    assert cards and not [c for c in cards if "model:" in c or "quoted_share" in c or "cue_rate" in c]
    assert any("Why this is kept: " in c for c in cards)
    assert all("model: " in e for e in default_article.quotes["evidence"])  # the table and exports: as written


def test_the_speaker_resolvers_reasons_are_words_in_the_card_too():
    from quotelens.speakers import ranker

    names = [k.split(":", 1)[-1] for k in ranker.weights()]  # (as ranker.explain names them)
    left = [n for n in names if n not in ranker._WORDS and n not in {"it", "they", "who"}]
    line = "“he” → Jo Park (86%: {}, the nearest named)"
    raw = [n for n in left if plain_evidence(line.format(n)) == line.format(n)]
    assert not raw
    said = plain_evidence("“she” → Ann Lee (56%: the he/she before it, article_quoted_log; unsure, 44% for another)")
    assert said == "“she” → Ann Lee (56%: the he/she before it, quoted often in the article; unsure, 44% for another)"
    assert plain_evidence("“the board” names nobody in particular") == "“the board” names nobody in particular"
