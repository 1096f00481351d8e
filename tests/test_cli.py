from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from quotelens.cli import main
from tests.conftest import DEFAULT_ARTICLE


def test_jsonl_is_the_scorer_format(tmp_path, scorer):
    gold = tmp_path / "gold"
    gold.mkdir()
    text = "Headline\n\n“We will win,” Coach Rita Mendez said.\n"
    (gold / "a.txt").write_text(text, encoding="utf-8")
    (gold / "a.ann").write_text(
        "T1\tSource 31 42\tRita Mendez\nT2\tCue 43 47\tsaid\nT3\tContent 10 24\t“We will win,”\n"
        "T4\tAttribution 43 47\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(gold), "--format", "jsonl", "--out", str(out)]) == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs[0]["doc"] == "a" and recs[0]["speaker"] == "Rita Mendez"
    result = scorer.score(str(gold), str(out))
    assert result["all"]["who_said_what"]["f1"] == 1.0


def test_one_bad_file_is_reported_and_the_others_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(DEFAULT_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    out = tmp_path / "q.csv"
    code = main(["extract", str(bad), str(good), "--format", "csv", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "bad.txt" in err and "PNG" in err
    df = pd.read_csv(out)
    assert set(df["doc"]) == {"good"} and len(df) > 5


def test_parquet_tables(tmp_path):
    out = tmp_path / "speakers.parquet"
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "parquet", "--table", "speakers", "--out", str(out)]) == 0
    df = pd.read_parquet(out)
    assert "Rex Tillerson" in set(df["name"])


def test_cli_errors_have_no_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "quotelens.cli", "extract", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "missing.txt" in proc.stderr


def test_every_kind_of_input_through_the_cli(tmp_path, capsys):
    story = "Council Votes\n\n“We did it,” Mayor Ann Lee said.\n"
    files = {
        "plain.txt": story.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + story.encode("utf-8"),
        "wide.txt": story.encode("utf-16"),
        "windows.txt": story.replace("\n", "\r\n").encode("cp1252"),
        "page.html": f"<html><body><h1>Council Votes</h1><p>{story.split(chr(10))[2]}</p></body></html>".encode(),
        "notes.md": ("# Council Votes\n\n" + story.split("\n")[2] + "\n").encode("utf-8"),
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        "doc.txt": b"%PDF-1.4\n",
        "archive.txt": b"PK\x03\x04\x00\x00",
        "huge.txt": b"word " * (5 * 1024 * 1024 // 5 + 10),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(tmp_path), "--format", "jsonl", "--out", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    refused = {line.split(":")[1].strip() for line in err}
    assert refused == {"image.txt", "doc.txt", "archive.txt", "huge.txt"}
    assert all("Traceback" not in line for line in err)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    speakers = {r["doc"]: r["speaker"] for r in recs}
    assert speakers == {d: "Ann Lee" for d in ("plain", "bom", "wide", "windows", "page", "notes")}


def test_output_file_problems_are_found_before_reading(tmp_path, capsys, monkeypatch):
    import quotelens.cli as cli_module

    monkeypatch.setattr(cli_module, "load_article", lambda *a, **k: pytest.fail("read although --out is unwritable"))
    assert main(["extract", str(DEFAULT_ARTICLE), "--out", str(tmp_path / "missing" / "q.jsonl")]) == 2
    assert main(["extract", str(DEFAULT_ARTICLE), "--out", str(tmp_path)]) == 2
    assert main(["extract", str(DEFAULT_ARTICLE), "--out", "/sys/q.jsonl"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith(f"q.jsonl: the folder {tmp_path / 'missing'} does not exist")
    assert err[1].endswith("is a folder; --format jsonl (and --table with a file name) writes one file")
    assert err[2].startswith("quotelens: /sys/q.jsonl: cannot write in /sys: ") and "None" not in err[2]


def test_a_write_error_says_its_real_reason(tmp_path, capsys, monkeypatch):
    import quotelens.cli as cli_module

    def full(*args):
        raise OSError("the disk is full")  # an OSError without errno: its strerror is None

    monkeypatch.setattr(cli_module, "_write", full)
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "csv", "--out", str(tmp_path / "q.csv")]) == 1
    assert capsys.readouterr().err == f"quotelens: cannot write {tmp_path / 'q.csv'}: the disk is full\n"


def test_an_output_file_appears_whole_with_the_usual_mode(tmp_path):
    out = tmp_path / "q.csv"
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "csv", "--out", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.csv"]  # no temporary file left beside it
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_path_inside_an_article_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nnever print me", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(str(secret), encoding="utf-8")  # a one-line article that names a file
    out = tmp_path / "q.csv"
    assert main(["extract", str(article), "--format", "csv", "--table", "paragraphs", "--out", str(out)]) == 0
    assert list(pd.read_csv(out)["text"]) == [str(secret)]


def test_brat_export_is_read_by_the_shared_scorer_as_gold(tmp_path, scorer):
    """`--format brat` writes <stem>.txt + <stem>.ann; the JSONL export scores 1.0 against it."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "trump putin.txt").write_text(DEFAULT_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "short.txt").write_text("Headline\n\n“We will win,” Coach Rita Mendez said.\n", encoding="utf-8")
    assert main(["extract", str(corpus), "--format", "brat", "--out", str(tmp_path / "brat")]) == 0
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == [
        "annotation.conf",
        "short.ann",
        "short.txt",
        "trump_putin.ann",
        "trump_putin.txt",
    ]
    pred = tmp_path / "pred.jsonl"
    assert main(["extract", str(corpus), "--out", str(pred)]) == 0
    lines = pred.read_text(encoding="utf-8").replace('"doc": "trump putin"', '"doc": "trump_putin"')
    pred.write_text(lines, encoding="utf-8")
    result = scorer.score(str(tmp_path / "brat"), str(pred))
    assert result["counts"]["gold_attributions"] == result["counts"]["predictions"] > 10
    for key in ("token", "exact", "who_said_what"):
        assert result["all"][key]["f1"] == 1.0, key


def test_labelstudio_export_and_folder_format_errors(tmp_path, capsys):
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "labelstudio", "--out", str(tmp_path / "ls")]) == 0
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 1 and tasks[0]["data"]["doc"] == DEFAULT_ARTICLE.stem
    assert (tmp_path / "ls" / "labelstudio-config.xml").is_file()
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "brat"]) == 2
    assert "--format brat needs --out DIR" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["extract", str(DEFAULT_ARTICLE), "--format", "brat", "--out", str(tmp_path / "file")]) == 2
    assert "is a file" in capsys.readouterr().err


def _db_with_a_correction(tmp_path):
    from quotelens import load_article
    from quotelens.corrections import CorrectionStore, apply_corrections, correct, engine_for

    article = load_article(DEFAULT_ARTICLE, name=DEFAULT_ARTICLE.stem)
    view = apply_corrections(article, [])
    group = int(article.quotes.loc[article.quotes["speaker"] == "Rex Tillerson", "group"].iat[0])
    db = tmp_path / "c.sqlite3"
    engine = engine_for(str(db))
    CorrectionStore(engine).save(correct(view, group, speaker="Jo Park"))
    engine.dispose()
    rows = int((article.quotes["group"] == group).sum())
    return db, rows


def test_db_applies_the_corrections_and_says_how_many_rows(tmp_path, capsys):
    db, rows = _db_with_a_correction(tmp_path)
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(DEFAULT_ARTICLE), "--out", str(out)]) == 0
    assert "Jo Park" not in out.read_text(encoding="utf-8")
    assert main(["extract", str(DEFAULT_ARTICLE), "--db", str(db), "--out", str(out)]) == 0
    assert sum(json.loads(line)["speaker"] == "Jo Park" for line in out.read_text(encoding="utf-8").splitlines()) == 1
    assert f"1 articles, {rows} rows corrected by readers (1 corrections in --db)" in capsys.readouterr().err
    brat = tmp_path / "brat"
    assert main(["extract", str(DEFAULT_ARTICLE), "--db", str(db), "--format", "brat", "--out", str(brat)]) == 0
    assert "speaker: Jo Park" in (brat / f"{DEFAULT_ARTICLE.stem}.ann").read_text(encoding="utf-8")


def test_a_corpus_run_applies_the_corrections_and_counts_them(tmp_path, capsys):
    db, rows = _db_with_a_correction(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / DEFAULT_ARTICLE.name).write_text(DEFAULT_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "in"), "--format", "parquet", "--out", str(out), "--db", str(db)]
    assert main(args) == 0
    assert f"{rows} rows corrected by readers" in capsys.readouterr().err
    quotes = pd.read_parquet(out / "quotes.parquet")
    assert int(quotes["corrected"].sum()) == rows and "Jo Park" in set(quotes["speaker"])
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["corrected_rows"] == rows
    assert main(["extract", str(tmp_path / "in"), "--format", "parquet", "--out", str(out)]) == 0
    assert "rows corrected" not in capsys.readouterr().err


def test_an_unreadable_or_missing_db_is_one_line(tmp_path, capsys):
    (tmp_path / "bad.sqlite3").write_text("not a database")
    assert main(["extract", str(DEFAULT_ARTICLE), "--db", str(tmp_path / "bad.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quotelens: --db ") and "corrections cannot be read" in err and len(err.splitlines()) == 1
    assert main(["extract", str(DEFAULT_ARTICLE), "--db", str(tmp_path / "typo.sqlite3")]) == 2
    assert "no such database file" in capsys.readouterr().err
    assert not (tmp_path / "typo.sqlite3").exists()  # not created by reading it


def test_the_cli_without_db_never_imports_sqlalchemy(tmp_path):
    code = (
        "import sys; from quotelens.cli import main; "
        f"main(['extract', {str(DEFAULT_ARTICLE)!r}, '--out', {str(tmp_path / 'p.jsonl')!r}]); "
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"
