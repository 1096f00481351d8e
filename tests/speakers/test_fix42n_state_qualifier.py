"""A title's qualifier ("State", "National") ends no title before a lone word: "the Ohio State Bar" is a body's
name, not "Bar" titled "State"; "Secretary of State John Kerry" and "State Sen. Jo Reed" keep their titles."""

from __future__ import annotations

from quotelens import load_article
from quotelens.speakers.titles import split_titles


def test_state_before_one_word_is_no_title():
    assert split_titles(["Ohio", "State", "Bar"]) == 0
    assert split_titles(["Secretary", "of", "State", "John", "Kerry"]) == 3
    assert split_titles(["State", "Sen.", "Jo", "Reed"]) == 2


def test_a_state_bar_keeps_its_whole_name():
    text = (
        "Lawyer who broke barriers dies at 90\n\n"
        "The Ohio State Bar said in a statement that she had “changed the profession for good” in the state.\n\n"
        "State Sen. Jo Reed said she was “a giant of the courtroom” and a friend."
    )
    q = load_article(text).quotes
    speakers = {t[:20]: s for t, s in zip(q["text"], q["speaker"], strict=True)}
    assert "Ohio State Bar" in speakers.values()
    assert "Jo Reed" in speakers.values()
