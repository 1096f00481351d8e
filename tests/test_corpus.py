"""Corpus inputs, batch extraction, the cross-article speaker merge, and Dask = single process."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from quotelens.cli import main
from quotelens.corpus import Columns, extract_corpus, merge_speakers, read_corpus, read_tables, top_speakers
from tests.conftest import DEFAULT_ARTICLE, SHARED

ROWS = [
    {"title": "Council Votes", "text": "“We did it,” Mayor Ann Lee said.", "subject": "politics", "date": "2017-07-07"},
    {
        "title": "Budget Passes",
        "text": "Lee said the budget would pass in July.",
        "subject": "politics",
        "date": "2017-07-14",
    },
]


def test_fake_news_csv_columns(tmp_path):
    path = tmp_path / "news.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    items = list(read_corpus(path))
    assert [i.title for i in items] == ["Council Votes", "Budget Passes"]
    tables = extract_corpus(items)
    assert list(tables.articles["source"]) == ["politics", "politics"]
    assert set(tables.quotes["corpus_speaker"].dropna()) == {"Ann Lee"}  # "Lee" in article 2 merges


def test_jsonl_and_parquet_with_configured_columns(tmp_path):
    rows = [{"headline": r["title"], "body": r["text"], "when": r["date"]} for r in ROWS]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pd.DataFrame(rows).to_parquet(tmp_path / "a.parquet")
    cols = Columns(text="body", title="headline", date="when", source="none")
    for name in ("a.jsonl", "a.parquet"):
        tables = extract_corpus(read_corpus(tmp_path / name, cols))
        assert list(tables.articles["date"]) == ["2017-07-07", "2017-07-14"]


def test_missing_text_column_is_a_clear_error(tmp_path):
    from quotelens import ArticleInputError

    pd.DataFrame([{"body": "x"}]).to_csv(tmp_path / "x.csv", index=False)
    with pytest.raises(ArticleInputError, match="no column 'text'"):
        list(read_corpus(tmp_path / "x.csv"))


def test_speaker_merge_rule():
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "c", "d"],
            "name": ["Rex Tillerson", "Tillerson", "Obama", "Barack Obama", "a senior official"],
            "type": ["person", "person", "person", "person", "anonymous"],
        }
    )
    merged = merge_speakers(speakers).set_index(["article_id", "name"])["corpus_speaker"]
    assert merged[("b", "Tillerson")] == "Rex Tillerson"
    assert merged[("c", "Obama")] == "Barack Obama"
    assert merged[("d", "a senior official")] == "d: a senior official"  # never merged across articles


def test_ambiguous_surname_is_not_merged():
    speakers = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "name": ["Bill Clinton", "Hillary Clinton", "Clinton"], "type": ["person"] * 3}
    )
    merged = merge_speakers(speakers).set_index("article_id")["corpus_speaker"]
    assert merged["c"] == "Clinton"


def test_cli_writes_every_table_as_parquet(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DEFAULT_ARTICLE, folder / DEFAULT_ARTICLE.name)
    (folder / "bad.txt").write_bytes(b"%PDF-1.4\n")
    code = main(["extract", str(folder), "--format", "parquet", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "bad.txt" in err and "1 articles" in err
    tables = read_tables(tmp_path / "out")
    assert set(tables.quotes["article_id"]) == {"trump-putin-meeting"}
    assert top_speakers(tables).iloc[0]["speaker"] == "Rex Tillerson"


def test_dask_engine_equals_single_process_on_polnear_train():
    items = list(read_corpus(SHARED / "polnear" / "train"))
    local = extract_corpus(items)
    dask = extract_corpus(items, engine="dask", workers=2)
    for name, df in local.tables().items():
        pd.testing.assert_frame_equal(df, dask.tables()[name], obj=name)
    assert len(local.articles) == 840
