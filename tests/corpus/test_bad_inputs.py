"""One bad input never aborts a corpus run: each is one line (file, line or row, reason), the good rows are written."""

from __future__ import annotations

import json
import os
import re

import pandas as pd
import pytest

from quotelens.cli import main
from quotelens.corpus import read_tables
from tests.conftest import DEFAULT_ARTICLE
from tests.corpus.conftest import ROWS, cli, write_corpus

STORY = "“We did it,” Mayor Ann Lee said."


def _jsonl(path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


@pytest.fixture
def bad_set(tmp_path):
    """Every bad input of the issue beside good rows; returns (paths, expected problem lines, good article ids)."""
    d = tmp_path / "in"
    d.mkdir()
    pd.DataFrame(ROWS).to_csv(d / "good.csv", index=False)
    _jsonl(
        d / "bad.jsonl",
        [
            json.dumps({"text": STORY}).encode(),
            b"{not json",
            b"[1, 2]",
            b"",
            json.dumps({"body": "no text field"}).encode(),
            json.dumps({"text": "Caf\u00e9 owner Jo Park said prices would rise."}, ensure_ascii=False).encode(
                "cp1252"
            ),
        ],
    )
    (d / "wide.csv").write_text(f'text,title\n"{STORY}",One\nx,y,z,extra\n', encoding="utf-8")
    (d / "latin.csv").write_bytes('text\n"Caf\u00e9 owner Jo Park said prices would rise."\n'.encode("cp1252"))
    (d / "empty.csv").write_bytes(b"")
    (d / "header-only.csv").write_text("text,title\n", encoding="utf-8")
    (d / "corrupt.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    pd.DataFrame({"text": [1, 2]}).to_parquet(d / "numbers.parquet")
    pd.DataFrame({"text": [STORY.encode("cp1252", errors="replace"), b"\x89PNG\r\n\x1a\n\x00"]}).to_parquet(
        d / "bytes.parquet"
    )
    os.symlink("/proc/self/mem", d / "unreadable.jsonl")  # unreadable even for root: reading it fails with EIO
    folder = d / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(f"Headline\n\n{STORY}\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    os.symlink("/proc/self/mem", folder / "unreadable.txt")
    paths = [d / n for n in ("good.csv", "bad.jsonl", "wide.csv", "latin.csv", "empty.csv", "header-only.csv")]
    paths += [d / n for n in ("corrupt.parquet", "numbers.parquet", "bytes.parquet", "unreadable.jsonl")]
    paths.append(folder)
    expected = [
        rf"{d}/bad.jsonl: line 2: not JSON",
        rf"{d}/bad.jsonl: line 3: a list, not a JSON object",
        rf"{d}/bad.jsonl: line 5: no 'text' field",
        rf"{d}/bad.jsonl: 1 rows not UTF-8: decoded as cp1252 \(first: line 6\)",
        rf"{d}/wide.csv: line 3: 4 fields, the header has 2",
        rf"{d}/latin.csv: 1 rows not UTF-8: decoded as cp1252 \(first: line 2\)",
        rf"{d}/empty.csv: empty: no header row",
        rf"{d}/header-only.csv: no rows after the header",
        rf"{d}/corrupt.parquet: not a readable Parquet file",
        rf"{d}/numbers.parquet: column 'text' holds int64, not text",
        rf"{d}/bytes.parquet: row 2: this is a PNG image, not text",
        rf"{d}/unreadable.jsonl: cannot be read: Input/output error",
        rf"{folder}/empty.txt: no text \(empty, or only markup\): not an article",
        rf"{folder}/blank.md: no text \(empty, or only markup\): not an article",
        rf"{folder}/image.txt: this is a PNG image, not text",
        rf"{folder}/unreadable.txt: cannot be read: Input/output error",
    ]
    good = {"good-000000", "good-000001", "bad-000000", "bad-000004", "wide-000000", "latin-000000"}
    good |= {"bytes-000000", "good"}
    return paths, expected, good


def test_the_bad_input_set_through_the_cli(tmp_path, bad_set):
    paths, expected, good = bad_set
    proc = cli(*paths, "--format", "parquet", "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Error:" not in proc.stderr
    lines = proc.stderr.splitlines()
    for pattern in expected:
        assert sum(bool(re.match(f"quotelens: {pattern}", line)) for line in lines) == 1, (pattern, proc.stderr)
    assert len(lines) == len(expected) + 1  # one line each, and the summary
    assert lines[-1].startswith(f"quotelens: {len(good)} articles") and "14 refused" in lines[-1]
    assert "2 decoded with a note" in lines[-1]
    tables = read_tables(tmp_path / "out")
    assert set(tables.articles["article_id"]) == good
    notes = tables.articles.set_index("article_id")["notes"]
    assert "decoded as cp1252" in notes["latin-000000"] and "decoded as cp1252" in notes["bad-000004"]
    assert set(tables.paragraphs.loc[tables.paragraphs["article_id"] == "latin-000000", "text"]) == {
        "Café owner Jo Park said prices would rise."
    }


def test_good_csv_and_bad_jsonl(tmp_path, capsys):
    pd.DataFrame(ROWS).to_csv(tmp_path / "good.csv", index=False)
    (tmp_path / "bad.jsonl").write_text('{"text": "oops"\n[]\n', encoding="utf-8")
    code = main(["extract", str(tmp_path / "good.csv"), str(tmp_path / "bad.jsonl"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.splitlines()
    assert code == 1 and len(err) == 3
    assert err[0].endswith("bad.jsonl: line 1: not JSON: Expecting ',' delimiter (column 16)")
    assert err[1].endswith("bad.jsonl: line 2: a list, not a JSON object")
    assert list(read_tables(tmp_path / "o").articles["title"]) == ["Council Votes", "Budget Passes"]


def test_parquet_bytes_are_decoded_like_files_never_their_repr(tmp_path):
    text = "Caf\u00e9 Talk\n\n“We will reopen,” owner Jo Park said."
    pd.DataFrame({"text": [text.encode("cp1252"), text.encode("utf-8")]}).to_parquet(tmp_path / "b.parquet")
    assert main(["extract", str(tmp_path / "b.parquet"), "--out", str(tmp_path / "o")]) == 0
    tables = read_tables(tmp_path / "o")
    assert not tables.paragraphs["text"].str.startswith("b'").any()
    assert list(tables.articles["title"]) == ["Café Talk", "Café Talk"]
    assert tables.articles["notes"].iloc[0].startswith("read as windows-1252 (cp1252): not UTF-8")
    assert set(tables.quotes["speaker"]) == {"Jo Park"}


def test_an_empty_txt_is_reported_not_counted(tmp_path, capsys):
    folder = write_corpus(tmp_path / "in", "folder", ["Headline\n\n" + STORY, ""])
    code = main(["extract", str(folder), "--format", "parquet", "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 1 and "a1.txt: no text (empty, or only markup): not an article" in err
    assert list(read_tables(tmp_path / "o").articles["article_id"]) == ["a0"]


def test_csv_rows_with_quoted_line_breaks_across_batches(tmp_path):
    rows = [{"title": f"T{n}", "text": f'Line one, "quoted", {n}\n\nSecond paragraph {n}.'} for n in range(7)]
    pd.DataFrame(rows).to_csv(tmp_path / "m.csv", index=False)
    args = ["extract", str(tmp_path / "m.csv"), "--format", "parquet", "--batch-size", "2"]
    assert main([*args, "--out", str(tmp_path / "o")]) == 0
    tables = read_tables(tmp_path / "o")
    assert list(tables.articles["article_id"]) == [f"m-{n:06d}" for n in range(7)]
    bodies = tables.paragraphs[tables.paragraphs["role"] != "title"].groupby("article_id")["text"].apply(list)
    assert bodies["m-000003"] == ['Line one, "quoted", 3', "Second paragraph 3."]


def test_a_default_article_file_named_directly_with_a_corpus_file(tmp_path):
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    out = tmp_path / "o"
    assert main(["extract", str(DEFAULT_ARTICLE), str(tmp_path / "news.csv"), "--out", str(out)]) == 0
    ids = list(read_tables(out).articles["article_id"])
    assert ids == ["trump-putin-meeting", "news-000000", "news-000001"]


def test_utf16_csv_and_jsonl_are_refused_in_one_line_each(tmp_path, capsys):
    (tmp_path / "w.csv").write_bytes("text\nhello\n".encode("utf-16"))
    (tmp_path / "w.jsonl").write_bytes('{"text": "hello"}\n'.encode("utf-16"))
    assert main(["extract", str(tmp_path / "w.csv"), str(tmp_path / "w.jsonl"), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == [f"quotelens: {tmp_path / n}: UTF-16 is not read: save it as UTF-8" for n in ("w.csv", "w.jsonl")]
