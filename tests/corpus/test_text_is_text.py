"""Text from data is text: a cell (or a file's content) that names an existing file is that string."""

from __future__ import annotations

import pytest

from quotelens import load_article
from quotelens.cli import main
from quotelens.corpus import extract_corpus, read_corpus, read_tables
from tests.corpus.conftest import cli, every_cell, write_corpus

SECRET = "s3cr3t-token-7Q"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(f"Secret Memo\n\nThe {SECRET} must never leave this file.\n", encoding="utf-8")
    return path


def test_load_article_reads_only_path_objects(secret_file):
    assert load_article(str(secret_file)).text == str(secret_file)
    assert load_article("/etc/passwd").text == "/etc/passwd"
    assert SECRET in load_article(secret_file).text  # a Path says "read this file"


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet", "folder"])
def test_a_cell_naming_a_file_is_text(tmp_path, secret_file, kind):
    source = write_corpus(tmp_path / "in", kind, [str(secret_file), "/etc/passwd"])
    assert main(["extract", str(source), "--format", "parquet", "--out", str(tmp_path / "out")]) == 0
    tables = read_tables(tmp_path / "out")
    assert sorted(tables.paragraphs["text"]) == sorted([str(secret_file), "/etc/passwd"])
    everything = every_cell(tables.tables())
    assert SECRET not in everything and "root:" not in everything
    in_memory = extract_corpus(read_corpus(source))
    assert sorted(in_memory.paragraphs["text"]) == sorted([str(secret_file), "/etc/passwd"])


def test_a_cell_naming_a_file_is_text_on_dask(tmp_path, secret_file):
    source = write_corpus(tmp_path / "in", "csv", [str(secret_file), "/etc/passwd"])
    proc = cli(source, "--format", "parquet", "--out", tmp_path / "out", "--engine", "dask")
    assert proc.returncode == 0, proc.stderr
    tables = read_tables(tmp_path / "out")
    assert sorted(tables.paragraphs["text"]) == sorted([str(secret_file), "/etc/passwd"])
    everything = every_cell(tables.tables())
    assert SECRET not in everything and "root:" not in everything
