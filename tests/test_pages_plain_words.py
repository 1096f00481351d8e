"""The pages name the kinds of quotation and the verbs' stance in words a journalist uses: a card read
"Rex Tillerson · mixed · cue: said (neutral) · source: Tillerson", Home's panel "mixed · other", the Reader's
legend "mixed: paraphrase with quoted words". The evidence table, the URL and the exports keep the engine's words."""

from __future__ import annotations

import html
import re

from quotelens import bars, charts, headline_panel, markup, views
from quotelens.reasons import STANCE_WORDS, card_head, plain_stance
from quotelens.stance import STANCES
from tests.test_pages import app

ENGINE_WORDS = re.compile(r"· (mixed|indirect|direct) ·|cue: |source: |\((neutral|other|hedged|assertive)\)")


def cards_of(article) -> list[str]:
    page = markup.reader_html(article, article.quotes, views.colours_for(article), ("title", "body"))
    return [html.unescape(c) for c in re.findall(r'<span class="ql-card"[^>]*>([^<]*)</span>', page)]


def test_every_stance_has_words():
    assert set(STANCE_WORDS) == set(STANCES)
    assert plain_stance("hedged") == "a verb that keeps its distance" and plain_stance("new") == "new"


def test_the_card_head_in_words():
    line = card_head("mixed", "said", "neutral", "Tillerson", "", 0.85)
    assert line == "partial quote · verb “said” (a neutral verb) · named here as “Tillerson” · confidence 0.85"
    assert card_head("indirect", "", "other", "", "Russian media", 0.5) == (
        "reported speech · no verb introduces it · relayed by Russian media · confidence 0.50"
    )


def test_the_cards_say_no_engine_words(default_article):
    cards = cards_of(default_article)
    assert cards and not [c for c in cards if ENGINE_WORDS.search(c)]
    assert any(c.startswith("Rex Tillerson · partial quote · verb “said” (a neutral verb)") for c in cards)
    assert any("relayed by" in c for c in cards)  # the relay is still said
    # the evidence table and the exports keep the engine's words
    assert set(default_article.quotes["kind"]) <= {"direct", "mixed", "indirect"}


def test_home_panel_says_kinds_in_words_and_no_raw_stance(default_article):
    panel = re.sub(r"<[^>]+>", " ", html.unescape(headline_panel.headline_panel_for(default_article)))
    assert not re.search(r"\b(mixed|indirect)\b| · (neutral|other) · ", panel), panel
    assert re.search(r"partial quote|reported speech|direct quote", panel)


def test_the_charts_tooltips_and_legend_name_the_kinds_in_words(default_article):
    data = views.timeline_data(default_article)
    spec = charts.timeline(data, list(data["speaker"].unique()), {})
    assert {"field": "kind_name", "type": "nominal", "title": "kind"} in spec["encoding"]["tooltip"]
    assert {r["kind_name"] for r in spec["data"]["values"]} <= set(views.KIND_NAME.values())
    shape = spec["encoding"]["shape"]  # the legend and each mark's label (a screen reader's) say the words too
    assert shape["field"] == "kind_name" and shape["scale"]["domain"] == list(views.KIND_NAME.values())


def test_the_readers_legend_names_each_kind_in_words_and_the_filters_word():
    at = app("reader")
    assert list(at.multiselect(key="ql_kinds").value) == ["direct", "mixed", "indirect"]  # (the URL's words)
    legend = html.unescape(" ".join(h.value for h in at.get("html")))
    assert "partial quote (mixed): a paraphrase" in legend and "reported speech (indirect)" in legend


def test_the_verbs_table_says_each_stance_in_words_and_no_readme(default_article):
    table = html.unescape(bars.stance_for(default_article))
    assert "what the verb says" in table and "a neutral verb" in table
    assert not re.search(r">\s*(neutral|other|hedged|assertive|emotive|concessive|denial)\s*<", table)
    at = app("wsw")
    assert not [c.value for c in at.caption if "README" in c.value]
    assert "“claimed” keeps its distance" in " ".join(c.value for c in at.caption)


def test_the_readers_kind_chips_name_the_kinds_as_the_cards_and_legends_do():
    """The Kind filter's chips said "direct", "mixed", "indirect" beside cards and a legend saying "direct quote",
    "partial quote", "reported speech"; its value (and ``?kind=``) keeps the engine's words."""
    at = app("reader")
    kind = at.multiselect(key="ql_kinds")
    assert list(kind.options) == [views.KIND_NAME[k] for k in ("direct", "mixed", "indirect")]
    assert list(kind.value) == ["direct", "mixed", "indirect"]
    kind.set_value(["direct", "indirect"]).run()
    assert not at.exception and 'class="ql-quote ql-mixed' not in " ".join(h.value for h in at.get("html"))
