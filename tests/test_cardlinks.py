"""The Reader's card links: a click's key is accepted only when it is one of the article's quotations."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from quotelens import cardlinks


@pytest.fixture()
def picked(monkeypatch) -> list[str | None]:
    chosen: list[str | None] = []
    monkeypatch.setattr(cardlinks.ui, "select_quotation", chosen.append)
    return chosen


@pytest.mark.parametrize(
    ("sent", "expected"),
    [("12-40", ["12-40"]), ("99-120", []), (None, []), (12, []), ("", [])],
)
def test_only_the_articles_own_keys_select(monkeypatch, picked, sent, expected):
    monkeypatch.setattr(cardlinks.st, "session_state", {cardlinks.KEY: SimpleNamespace(picked=sent)})
    cardlinks._picked(("0-10", "12-40"))
    assert picked == expected


def test_no_click_yet_selects_nothing(monkeypatch, picked):
    monkeypatch.setattr(cardlinks.st, "session_state", {})
    cardlinks._picked(("0-10",))
    assert picked == []


def test_the_script_reads_only_the_links_quote_parameter():
    """No article text goes into the script; it acts on the Reader's own card links only, and leaves a
    click with a modifier (new tab or window) to the browser."""
    js = cardlinks._JS
    assert 'closest("a.ql-card[href]")' in js and 'searchParams.get("quote")' in js
    assert "innerHTML" not in js and "metaKey" in js and "ctrlKey" in js
