"""The on-disk cache of extracted corpora: the same tables back, a new entry for any change, and a
cache that cannot be used is passed over."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from quotelens.corpus import cache, extract_corpus, read_corpus
from tests.conftest import SHARED

DEV = SHARED / "polnear" / "dev"


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTELENS_CACHE", str(tmp_path / "cache"))
    d = tmp_path / "corpus"
    d.mkdir()
    for f in sorted(DEV.glob("*.txt"))[:3]:
        shutil.copy(f, d / f.name)
    (d / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return d


def _extract(folder):
    calls = []

    def extract():
        calls.append(1)
        return extract_corpus(read_corpus(folder))

    return extract, calls


def test_a_cached_corpus_comes_back_as_extracted_without_extracting_again(folder):
    extract, calls = _extract(folder)
    files = sorted(folder.iterdir())
    first = cache.cached(files, ("db", 0), extract)
    again = cache.cached(files, ("db", 0), extract)
    assert calls == [1]
    assert again.errors == first.errors and len(first.errors) == 1
    for name, df in first.tables().items():
        pd.testing.assert_frame_equal(again.tables()[name], df, obj=name)


def test_a_copy_of_the_corpus_shares_the_entry_and_any_change_makes_a_new_one(folder, tmp_path):
    files = sorted(folder.iterdir())
    key = cache.corpus_key(files, ("db", 0))
    copy = shutil.copytree(folder, tmp_path / "copy")
    assert cache.corpus_key(sorted(copy.iterdir()), ("db", 0)) == key
    assert cache.corpus_key(files, ("db", 1)) != key  # a reader corrected something
    (copy / "broken.txt").write_bytes(b"Headline\n\nAna Ruiz said the plan would fail.")
    assert cache.corpus_key(sorted(copy.iterdir()), ("db", 0)) != key


def test_another_engine_never_reads_an_entry(folder, monkeypatch):
    files = sorted(folder.iterdir())
    key = cache.corpus_key(files, ("", 0))
    monkeypatch.setattr(cache, "engine_fingerprint", lambda: "a retrained model")
    assert cache.corpus_key(files, ("", 0)) != key


def test_a_damaged_entry_is_extracted_again(folder):
    extract, calls = _extract(folder)
    files = sorted(folder.iterdir())
    cache.cached(files, ("", 0), extract)
    entry = cache.cache_dir() / cache.corpus_key(files, ("", 0))
    (entry / "quotes.arrow").write_bytes(b"not arrow")
    assert cache.load(entry.name) is None
    tables = cache.cached(files, ("", 0), extract)
    assert calls == [1, 1] and len(tables.articles) == 3


def test_a_cache_that_cannot_be_written_is_passed_over(folder, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("QUOTELENS_CACHE", str(blocker / "cache"))
    extract, calls = _extract(folder)
    files = sorted(folder.iterdir())
    assert len(cache.cached(files, ("", 0), extract).articles) == 3
    assert len(cache.cached(files, ("", 0), extract).articles) == 3
    assert calls == [1, 1]


def test_only_the_newest_entries_are_kept(folder, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    tables = extract_corpus(read_corpus(folder))
    for key in ("a", "b", "c"):
        cache.save(key, tables)
    assert sorted(p.name for p in cache.cache_dir().iterdir()) == ["b", "c"]
