"""A source phrase cut to one title word ("Former" of the title-case headline "Former Cartly Employees Say ...",
the phrase cut before the company's "-ly" name) is no person's name: no speaker "Former", which a later "she
said" could take."""

from __future__ import annotations

from quotelens import load_article


def test_a_lone_title_word_of_a_headline_is_no_speaker():
    text = (
        "Former Cartly Employees Say The Grocer Sold Spoiled Meat\n\n"
        "Internal documents and interviews with 9 former workers describe a grocer that put speed first.\n\n"
        "Cartly, the online grocer that promises fresh food, repeatedly sold meat that had sat in warm bays, "
        "according to documents obtained by the paper.\n\n"
        "Another former employee, who worked in the warehouse, said staff were told to relabel old stock.\n\n"
        "“Nobody wanted to be the one who stopped the line,” she said."
    )
    q = load_article(text).quotes
    assert "Former" not in set(q["speaker"].dropna())
