"""Saved real news pages (benchmarks/html_pages/, see its manifest) read through ``load_article``:
the headline is the page's own, the article's snippets are kept and the page's clutter is left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotelens import load_article

PAGES = Path(__file__).resolve().parent.parent / "benchmarks" / "html_pages"
MANIFEST = {p["file"]: p for p in json.loads((PAGES / "manifest.json").read_text(encoding="utf-8"))["pages"]}
SUBSET = ["cnn_002.html", "wired_001.html", "yna_co_kr.html", "cleveland.com1.html", "chinese_article_001.html"]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_the_page_set_is_large_and_varied_enough():
    assert len(MANIFEST) >= 20
    assert len({p["outlet"] for p in MANIFEST.values()}) >= 10
    assert all(p["source"] and p["licence"] for p in MANIFEST.values())
    assert all((PAGES / name).is_file() for name in MANIFEST)


@pytest.mark.parametrize("name", SUBSET)
def test_a_saved_page_reads_as_its_story(name):
    page = MANIFEST[name]
    art = load_article(PAGES / name)
    assert squash(art.title) in {squash(h) for h in page["headline"]}
    story = squash(" ".join(art.paragraphs.loc[art.paragraphs["role"].isin(["title", "body"]), "text"]))
    assert [s for s in page["keep"] if squash(s) not in story] == []
    assert [s for s in page["clutter"] if squash(s) in story] == []
