"""A corpus run never leaves output that looks complete, and output problems are found before any work."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import quotelens.corpus.run as run_module
from quotelens.cli import main
from quotelens.corpus import (
    IncompleteOutputError,
    Interrupted,
    OutputError,
    RunOptions,
    read_tables,
    run_corpus,
)
from quotelens.corpus.tables import empty
from tests.conftest import SHARED
from tests.corpus.conftest import DEV_PARQUET, ROWS

DEV = SHARED / "polnear" / "dev"


def _interrupt_after(monkeypatch, batches: int) -> None:
    """Ctrl-C (as KeyboardInterrupt) when batch number ``batches`` starts."""
    real = run_module.run_batch
    calls = []

    def run_batch(*args):
        calls.append(1)
        if len(calls) > batches:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(run_module, "run_batch", run_batch)


def test_interrupted_run_leaves_no_output_then_resumes(tmp_path, monkeypatch):
    out, options = tmp_path / "out", RunOptions(batch_size=8)
    _interrupt_after(monkeypatch, 3)
    with pytest.raises(Interrupted, match=r"^interrupted: 24 of 84 articles done and kept in .*\.out\.partial; run"):
        run_corpus([DEV], out, options)
    assert not out.exists()
    assert len(list((tmp_path / ".out.partial" / "parts").glob("*.done.json"))) == 3
    monkeypatch.undo()
    done = []
    real = run_module.run_batch
    monkeypatch.setattr(run_module, "run_batch", lambda *args: done.append(1) or real(*args))
    report = run_corpus([DEV], out, RunOptions(batch_size=8, resume=True))
    assert len(done) == 8 and report.resumed == 24 and report.articles == 84  # 11 batches, 3 done before
    assert not (tmp_path / ".out.partial").exists()
    whole = run_corpus([DEV], tmp_path / "whole", options)
    assert whole.articles == 84
    for name, df in read_tables(tmp_path / "whole").tables().items():
        pd.testing.assert_frame_equal(df, read_tables(out).tables()[name], obj=name)


def test_an_earlier_output_stays_whole_until_the_new_one_is_complete(tmp_path, monkeypatch):
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    out = tmp_path / "out"
    run_corpus([tmp_path / "news.csv"], out)
    before = read_tables(out)
    _interrupt_after(monkeypatch, 2)
    with pytest.raises(Interrupted):
        run_corpus([DEV], out, RunOptions(batch_size=8))
    for name, df in read_tables(out).tables().items():
        pd.testing.assert_frame_equal(df, before.tables()[name], obj=name)
    monkeypatch.undo()
    run_corpus([DEV], out)
    assert len(read_tables(out).articles) == 84
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.csv", "out"]  # no partial, no old copy


def test_resume_refuses_a_run_of_other_inputs(tmp_path, monkeypatch):
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    _interrupt_after(monkeypatch, 1)
    with pytest.raises(Interrupted):
        run_corpus([DEV], tmp_path / "out", RunOptions(batch_size=8))
    monkeypatch.undo()
    with pytest.raises(OutputError, match="read other inputs or options; run without --resume"):
        run_corpus([tmp_path / "news.csv"], tmp_path / "out", RunOptions(resume=True))
    assert run_corpus([tmp_path / "news.csv"], tmp_path / "out").articles == 2  # without --resume: starts again


@DEV_PARQUET
def test_readers_refuse_a_folder_without_manifest(tmp_path, dev_parquet):
    shutil.copytree(dev_parquet[1], tmp_path / "out")  # a finished run of dev (a copy: this test breaks it)
    (tmp_path / "out" / "manifest.json").unlink()
    with pytest.raises(IncompleteOutputError, match=r"not a finished corpus output .* run `quotelens extract` again"):
        read_tables(tmp_path / "out")
    (tmp_path / "out" / "manifest.json").write_text(json.dumps({"complete": False}), encoding="utf-8")
    with pytest.raises(IncompleteOutputError, match="did not finish"):
        read_tables(tmp_path / "out")


@pytest.fixture
def news(tmp_path):
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    return tmp_path / "news.csv"


def _no_extraction(monkeypatch):
    def fail(*args):
        raise AssertionError("extraction started although the output cannot be written")

    monkeypatch.setattr(run_module, "run_batch", fail)


@pytest.mark.parametrize(
    ("make_out", "reason"),
    [
        (lambda d: d / "file.txt", r"file\.txt: exists and is not a folder"),
        (lambda d: d / "missing" / "out", r"missing/out: the folder .*/missing does not exist"),
        (lambda d: d / "mine", r"mine: holds other files; choose a new or empty folder"),
        (lambda d: Path("/sys/quotelens-out"), r"cannot write in /sys: Operation not permitted"),
    ],
    ids=["existing file", "missing parent", "folder of other files", "read-only folder"],
)
def test_output_problems_are_found_before_any_work(tmp_path, news, monkeypatch, capsys, make_out, reason):
    (tmp_path / "file.txt").write_text("keep me", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    _no_extraction(monkeypatch)
    assert main(["extract", str(news), "--out", str(make_out(tmp_path))]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and re.search(reason, err[0]), err
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep me"


@DEV_PARQUET
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_csv_and_jsonl_tables_hold_the_parquet_rows(tmp_path, fmt, dev_parquet):
    run_corpus([DEV], tmp_path / fmt, RunOptions(fmt=fmt))
    manifest = json.loads((tmp_path / fmt / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["format"] == fmt
    for name, df in read_tables(dev_parquet[1]).tables().items():
        path = tmp_path / fmt / f"{name}.{fmt}"
        back = pd.read_csv(path, keep_default_na=False) if fmt == "csv" else pd.read_json(path, lines=True)
        assert list(back.columns) == list(df.columns) and len(back) == len(df) == manifest["tables"][name]["rows"]
        assert list(back["article_id"]) == list(df["article_id"])


def test_an_empty_corpus_writes_every_column(tmp_path, capsys):
    (tmp_path / "empty.csv").write_text("text\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "empty.csv"), "--format", "csv", "--out", str(tmp_path / "o")]) == 1
    assert "0 articles" in capsys.readouterr().err
    header = (tmp_path / "o" / "quotes.csv").read_text(encoding="utf-8").strip()
    assert header.split(",") == list(empty("quotes").columns)
