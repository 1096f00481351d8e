"""The downloads' evidence reads as the Reader's evidence card does ("Why this is kept: …"), not in the confidence
model's feature names ("cue_in_lexicon"); the engine's evidence, with its stable codes, stays in a column of its
own (``evidence_codes``), as the rule and the kind keep theirs."""

from __future__ import annotations

import io
import json
import re

import pandas as pd

from quotelens import exports, reasons
from tests.test_pages import app

FEATURE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # a feature name: cue_in_lexicon, end_share


def test_the_evidence_is_in_words_and_its_codes_beside_it(default_article):
    quotes = default_article.quotes
    out = exports.for_download(quotes)
    at, conf = list(quotes.columns).index("evidence"), list(quotes.columns).index("confidence")
    assert at < conf  # (the reason a quotation is unsure comes right after its confidence)
    assert list(out.columns) == [
        *quotes.columns[: at + 1],
        exports.EVIDENCE_CODES,
        *quotes.columns[at + 1 : conf + 1],
        "unsure",
        *quotes.columns[conf + 1 :],
    ]
    assert out[exports.EVIDENCE_CODES].tolist() == quotes["evidence"].tolist()
    assert out["evidence"].tolist() == [reasons.card_evidence(e) for e in quotes["evidence"]]
    assert any("model: " in e for e in quotes["evidence"])
    assert not any("model: " in e or FEATURE.search(e) for e in out["evidence"]), out["evidence"].tolist()
    for column in ("kind", "rule", "resolution", "stance"):  # (the codes stay as the engine writes them)
        assert out[column].tolist() == quotes[column].tolist()


def test_the_csv_and_the_json_downloads_say_the_same(default_article):
    csv = pd.read_csv(io.BytesIO(exports.csv_bytes(default_article.quotes)))
    js = json.loads(exports.json_bytes(default_article.quotes))
    assert csv["evidence"].tolist() == [r["evidence"] for r in js]
    assert [r[exports.EVIDENCE_CODES] for r in js] == default_article.quotes["evidence"].tolist()
    assert set(csv["kind"]) <= {"direct", "mixed", "indirect"}


def test_tables_without_evidence_are_written_as_they_are(default_article):
    for name in ("paragraphs", "speakers", "mentions"):
        table = default_article.tables()[name]
        assert exports.for_download(table) is table


def test_the_pages_with_downloads_still_draw():
    for page in ("home", "wsw", "corpus"):
        at = app(page)
        assert not at.exception, (page, at.exception)


def test_the_readers_evidence_table_says_it_in_the_same_words(default_article):
    from quotelens import readable, views

    table = readable.evidence_to_read(default_article, None, None, "")
    engine = views.evidence_for(default_article, None, None, "")
    assert table["evidence"].tolist() == [reasons.card_evidence(e) for e in engine["evidence"]]
    assert not any(FEATURE.search(e) for e in table["evidence"])
