"""PolNeAR dev articles corrected to match their gold annotation score 1.0 against it.

The corrections are built from the gold ``.ann`` (read by the shared scorer) the way an annotation
team would make them in the Reader: content and source by words, "not a quotation", additions.
Content given by words cannot start or end inside a word; a handful of gold spans do (an annotator's
slip: "ot recommend" for "not recommend"), and only for those may the exact-span match miss.
"""

from __future__ import annotations

import pytest

from quotelens import load_article
from quotelens.corrections import Words, apply_corrections
from quotelens.formats import write_brat, write_jsonl
from tests.conftest import SHARED
from tests.corrections.gold import corrections_to_gold

DEV = SHARED / "polnear" / "dev"
# one pytest-xdist worker runs these: the dev articles are corrected to their gold once, not once per worker
pytestmark = pytest.mark.xdist_group("gold-corrected-dev")


def _words_can_say(scorer, doc, words: Words) -> int:
    """How many of the doc's gold contents word ranges give exactly (by the scorer's exact key)."""
    ok = 0
    for g in doc.gold:
        ranges = [words.range_of(s, e) for s, e in g.content]
        pieces = [words.offsets(r) for r in ranges if r is not None]
        ok += scorer.exact_key(doc.text, scorer._merge(pieces)) == scorer.exact_key(doc.text, g.content)
    return ok


@pytest.fixture(scope="module")
def corrected_dev(scorer, tmp_path_factory):
    gold = scorer.load_gold(str(DEV))
    out, sayable = [], {}
    for stem, doc in sorted(gold.items()):
        article = load_article(DEV / f"{stem}.txt", name=stem)
        assert article.text == doc.text  # offsets are the gold's
        fixed = apply_corrections(article, corrections_to_gold(article, doc.gold))
        assert fixed.report.not_found == []
        out.append(fixed.article)
        sayable[stem] = _words_can_say(scorer, doc, Words(article.text))
    path = tmp_path_factory.mktemp("gold") / "corrected.jsonl"
    write_jsonl(out, path)
    return gold, out, sayable, path


def test_every_dev_article_corrected_to_its_gold_scores_1(scorer, corrected_dev):
    _gold, _, sayable, path = corrected_dev
    result = scorer.score(str(DEV), str(path))["all"]
    for metric in ("token", "any_overlap", "jaccard", "who_said_what"):
        assert (metric, result[metric]["f1"]) == (metric, 1.0)
    assert result["source_accuracy"]["accuracy"] == 1.0
    n_gold = result["exact"]["n_gold"]
    assert result["exact"]["tp"] == sum(sayable.values())
    assert n_gold - sum(sayable.values()) <= n_gold // 100  # the annotators' mid-word slips only


def test_an_article_whose_gold_words_can_say_scores_1_on_every_metric(scorer, corrected_dev):
    gold, articles, sayable, _ = corrected_dev
    whole = [a for a in articles if sayable[a.name] == len(gold[a.name].gold)]
    assert len(whole) >= 0.9 * len(articles)
    for article in whole:
        preds = [_prediction(scorer, r, n) for n, r in enumerate(article.scorer_records())]
        result = scorer.evaluate({article.name: gold[article.name]}, preds)["all"]
        f1 = {m: result[m]["f1"] for m in ("token", "exact", "jaccard", "who_said_what")}
        assert f1 == dict.fromkeys(f1, 1.0), article.name


def test_the_corrected_dev_exported_as_brat_is_the_gold_again(scorer, corrected_dev, tmp_path):
    gold, articles, _sayable, path = corrected_dev
    write_brat(articles, tmp_path)
    again = scorer.score(str(tmp_path), str(path))["all"]  # the export as gold, the JSONL as prediction
    assert again["who_said_what"]["f1"] == 1.0 and again["exact"]["f1"] == 1.0
    assert again["who_said_what"]["n_gold"] == sum(len(d.gold) for d in gold.values())


def _prediction(scorer, record, line):
    def span(v):
        if v is None:
            return None
        return scorer._merge([tuple(v)] if isinstance(v[0], int) else [tuple(f) for f in v])

    return scorer.Prediction(
        record["doc"],
        span(record["content"]),
        span(record["source"]),
        span(record["cue"]),
        record["speaker"],
        record["kind"],
        line,
    )
