"""The correction form's word pickers show the article's own text around each choice ("“[It]’s the U.S."), not
its words joined with spaces ("It ’ s", "U.S ."); the choices stay word numbers, which the form saves as offsets."""

from __future__ import annotations

import sys

import pytest

from quotelens.corrections.choices import word_label
from quotelens.corrections.words import Words
from tests.test_pages import app

TEXT = "He said: “It’s the U.S. plan,\n\n  ” she said."


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("It", "He said: “[It]’s the U.S. plan,"),
        ("’", "He said: “It[’]s the U.S. plan,"),
        ("U", "said: “It’s the [U].S. plan, ” she"),
        ("plan", "“It’s the U.S. [plan], ” she said."),
        ("”", "the U.S. plan, [”] she said."),  # (a paragraph break reads as one space)
    ],
)
def test_a_choice_reads_as_the_article_writes_it(word, label):
    words = Words(TEXT)
    number = next(i for i in range(len(words)) if words.word(i).text == word)
    assert word_label(words, number) == label
    start, end = words.offsets((number, number))
    assert TEXT[start:end] == word  # (the choice is still the word: its offsets are what a correction saves)


def test_the_first_and_last_words_have_context_on_one_side():
    words = Words(TEXT)
    assert word_label(words, 0) == "[He] said: “It’s the"
    assert word_label(words, len(words) - 1) == "plan, ” she said[.]"


@pytest.fixture(autouse=True)
def own_database(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "corrections.sqlite3"))
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


def test_the_readers_pickers_show_the_articles_text():
    at = app("reader")
    assert not at.exception
    pickers = [s for s in at.selectbox if s.label in ("Content starts at word", "Content ends at word")]
    assert len(pickers) == 2
    for picker in pickers:
        labels = picker.options
        assert all(isinstance(v, int) for v in [picker.value])
        assert not any(" ’ " in label or "U.S ." in label or label.startswith("#") for label in labels)
        assert any("’" in label for label in labels)  # (the article's own apostrophes, glued to their words)
