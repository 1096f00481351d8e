"""Corpus inputs: table-shaped corpora with their columns, rows as articles, and problems as lines."""

from __future__ import annotations

import json

import pandas as pd

from quotelens.corpus import ArticleInput, Columns, Problem, extract_corpus, read_corpus
from quotelens.corpus.inputs import article_from_row, csv_rows, decode_record, jsonl_row
from tests.corpus.conftest import ROWS


def test_fake_news_csv_columns(tmp_path):
    path = tmp_path / "news.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    items = list(read_corpus(path))
    assert [i.title for i in items if isinstance(i, ArticleInput)] == ["Council Votes", "Budget Passes"]
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
        assert list(tables.articles["article_id"]) == ["a-000000", "a-000001"]


def test_missing_text_column_is_one_problem_not_an_exception(tmp_path):
    pd.DataFrame([{"body": "x"}]).to_csv(tmp_path / "x.csv", index=False)
    assert list(read_corpus(tmp_path / "x.csv")) == [
        Problem(str(tmp_path / "x.csv"), "no column 'text' (columns: body)")
    ]
    pd.DataFrame([{"body": "x"}]).to_parquet(tmp_path / "x.parquet")
    [problem] = read_corpus(tmp_path / "x.parquet")
    assert problem.reason == "no column 'text' (columns: body)"


def test_a_row_becomes_an_article_with_its_title_first():
    item = article_from_row({"text": "Body.", "title": "Head", "subject": 3}, Columns(), "n-000001", "n.csv: line 2")
    assert item == ArticleInput("n-000001", "Head\n\nBody.", "n.csv: line 2", "Head", None, "3")
    with_id = article_from_row({"text": "Body.", "key": 17}, Columns(id="key"), "n-000001", "n.csv: line 2")
    assert isinstance(with_id, ArticleInput) and with_id.article_id == "17"


def test_cells_that_are_not_text_are_refused_in_words():
    where = "n.jsonl: line 4"
    for value, reason in [
        (12, "the text is a number, not text"),
        (["a"], "the text is a list, not text"),
        ({"a": 1}, "the text is an object, not text"),
        ("  ", "the 'text' cell is empty: not an article"),
        (None, "the 'text' cell is empty: not an article"),
    ]:
        assert article_from_row({"text": value}, Columns(), "x", where) == Problem(where, reason)


def test_records_decode_utf8_else_cp1252_and_say_so():
    assert decode_record("Café".encode()) == ("Café", None)
    assert decode_record(b"\xef\xbb\xbf{}") == ("{}", None)
    assert decode_record("Café".encode("cp1252")) == ("Café", "not UTF-8: decoded as cp1252")


def test_jsonl_and_csv_rows_say_why_they_are_refused():
    assert jsonl_row('{"text": "a"}\n') == {"text": "a"}
    assert jsonl_row('"just a string"') == "a str, not a JSON object"
    assert jsonl_row("[1]").startswith("a list")
    assert jsonl_row("{").startswith("not JSON: Expecting property name")
    header = ("text", "title")
    assert list(csv_rows('"a, b",c\n', header)) == [{"text": "a, b", "title": "c"}]
    assert list(csv_rows("only\n", header)) == [{"text": "only", "title": ""}]
    assert list(csv_rows("a,b,c\n", header)) == ["3 fields, the header has 2"]
