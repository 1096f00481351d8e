"""The corpus articles table carries what each page or file says of itself (issue 21's Article.meta)."""

from __future__ import annotations

import pandas as pd

from quotelens.corpus import extract_corpus, read_corpus
from tests.test_textio import STORY_PAGE


def test_articles_table_takes_byline_date_outlet_url_and_encoding_from_the_article(tmp_path):
    page = STORY_PAGE.replace("</head>", '<link rel="canonical" href="https://gazette.example/bridge"></head>')
    (tmp_path / "bridge.html").write_text(page, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Pier Opens\n\n*By Jo Park*\n\n“At last,” Mayor Ann Lee said.\n")
    (tmp_path / "cafe.txt").write_bytes("Caf\u00e9 Talk\n\n“We will reopen,” owner Jo Park said.".encode("cp1252"))
    a = extract_corpus(read_corpus(tmp_path)).articles.set_index("file")
    bridge = a.loc["bridge.html"]
    assert (bridge["byline"], bridge["date"], bridge["source"]) == ("Ann Writer", "2024-03-05", "Harbor Gazette")
    assert bridge["url"] == "https://gazette.example/bridge" and bridge["encoding"] == "utf-8"
    assert a.loc["notes.md", "byline"] == "By Jo Park"
    assert a.loc["cafe.txt", "encoding"] == "cp1252" and pd.isna(a.loc["cafe.txt", "byline"])


def test_a_date_or_source_column_wins_over_what_the_page_says(tmp_path):
    page = STORY_PAGE.replace("\n", " ").replace('"', '""')
    (tmp_path / "rows.csv").write_text(f'text,date,subject\n"{page}",2024-01-01,Wire\n', encoding="utf-8")
    a = extract_corpus(read_corpus(tmp_path / "rows.csv")).articles
    assert list(a["date"]) == ["2024-01-01"] and list(a["source"]) == ["Wire"]
    assert list(a["byline"]) == ["Ann Writer"]


def test_a_plain_text_s_byline_and_dateline_give_the_articles_table_its_byline_and_date(tmp_path):
    story = "“We will reopen,” owner Jo Park said."
    (tmp_path / "cafe.txt").write_text(f"Cafe Talk\n\nBy Ann Lee, Staff Writer\n\nUpdated Nov. 14, 2023\n\n{story}\n")
    late = f"Pier Opens\n\n{story}\n\n{story}\n\n{story}\n\nPublished 3 March 2021\n"  # (far from the title)
    (tmp_path / "pier.txt").write_text(late)
    a = extract_corpus(read_corpus(tmp_path)).articles.set_index("file")
    assert (a.loc["cafe.txt", "byline"], a.loc["cafe.txt", "date"]) == ("By Ann Lee, Staff Writer", "2023-11-14")
    assert pd.isna(a.loc["pier.txt", "date"]) and pd.isna(a.loc["pier.txt", "byline"])
