"""The Reader names a speaker once where two of their reports end at the same place: in the war-cabinet story
Ben-Ami "warns that further delay … "endangers soldiers and hostages alike"", a partial quotation that ends
where the report holding it ends, and the Reader said "Yoav Ben-Ami Yoav Ben-Ami" after it. Two speakers
ending there are both named."""

from __future__ import annotations

import html
import re
from pathlib import Path

from quotelens import markup, views
from quotelens.article import load_article

ARTICLE = Path(__file__).parent / "blind_outlets" / "blind-war_cabinet.txt"


def _chip_runs(reader: str) -> list[list[str]]:
    """The names of the chips that follow one another (only spaces between them)."""
    chip = r'<span class="ql-chip[^"]*" style="[^"]*"(?: title="[^"]*")?>([^<]*)</span>'
    return [[html.unescape(n) for n in re.findall(chip, run.group(0))] for run in re.finditer(rf"(?:\s*{chip})+", reader)]


def test_a_name_is_said_once_where_two_of_its_reports_end():
    article = load_article(ARTICLE)
    reader = markup.reader_html(article, article.quotes, views.colours_for(article))
    runs = _chip_runs(reader)
    assert ["Yoav Ben-Ami"] in runs  # (the chip is still there, once)
    for names in runs:
        assert len(names) == len(set(names)), names


def test_two_speakers_ending_at_one_place_are_both_named():
    text = "Ann Lee said Bo Park told her “we will win.”"
    outer = markup._Piece(13, 44, 0, "Ann Lee", "indirect", True, "", False)
    inner = markup._Piece(32, 44, 1, "Bo Park", "direct", True, "", True)
    shown = markup.paragraph_html(text, 0, len(text), [outer, inner], {})
    assert sorted(n for run in _chip_runs(shown) for n in run) == ["Ann Lee", "Bo Park"]
    same = markup._Piece(32, 44, 1, "Ann Lee", "direct", True, "", True, unsure=True)
    shown = markup.paragraph_html(text, 0, len(text), [outer, same], {})
    assert [n for run in _chip_runs(shown) for n in run] == ["Ann Lee (?)"]  # once, with the doubt kept
