"""Corrections files: JSON and CSV out, the same corrections in, re-applied through a store."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from quotelens.corrections import (
    CorrectionStore,
    Words,
    add_quotation,
    apply_corrections,
    correct,
    corrected,
    engine_for,
    files,
)


@pytest.fixture(scope="module")
def corrections(article):
    view = apply_corrections(article, [])
    words = Words(article.text)
    para = article.paragraphs[article.paragraphs["role"] == "body"].iloc[-1]
    first, _ = words.range_of(int(para["start"]), int(para["end"]))
    return [
        correct(view, 0, speaker="Ana Ruiz, “the aide”", speaker_type="person", note='she said: "no"', author="anna"),
        correct(view, 1, not_quote=True, author="bo", session="s2"),
        correct(view, 2, kind="direct", source_words=()),
        correct(view, 3, speaker_type="anonymous", source_words=((5, 6),)),
        add_quotation(view, ((first, first + 3), (first + 5, first + 7)), speaker="Jo Hale"),
    ]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_then_import_gives_the_same_corrections_and_the_same_article(tmp_path, article, corrections, suffix):
    path = files.write(corrections, tmp_path / f"corrections{suffix}")
    assert files.read(path) == corrections
    store = CorrectionStore(engine_for(str(tmp_path / "other.sqlite3")))  # another team's database
    assert files.import_file(store, path) == len(corrections)
    assert files.import_file(store, path) == 0  # importing twice adds nothing
    direct = apply_corrections(article, corrections).article
    imported = corrected(article, store).article
    pd.testing.assert_frame_equal(imported.quotes, direct.quotes)
    pd.testing.assert_frame_equal(imported.speakers, direct.speakers)
    assert imported.quotes["corrected"].sum() > 0


def test_the_json_says_what_it_is(corrections):
    data = json.loads(files.to_json(corrections))
    assert (data["format"], data["version"], len(data["corrections"])) == ("quotelens-corrections", 1, 5)
    assert data["corrections"][2]["source_words"] == "none"
    assert files.from_json(json.dumps(data["corrections"])) == corrections  # a bare list is read too


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "something else"}', "not a quotelens corrections file"),
        ('{"format": "quotelens-corrections", "version": 9}', "newer"),
        ("[1, 2]", "list of objects"),
        ('[{"article": "d", "quote": "1-5", "kind": "loud"}]', "correction 1: kind 'loud'"),
    ],
)
def test_a_bad_json_file_is_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        files.from_json(text)


def test_a_bad_csv_cell_names_its_line(corrections):
    rows = list(csv.DictReader(io.StringIO(files.to_csv(corrections[:1]))))
    rows[0]["not_quote"] = "maybe"
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    with pytest.raises(ValueError, match="line 2: not_quote 'maybe'"):
        files.from_csv(out.getvalue())
