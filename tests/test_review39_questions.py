"""Round 39, item 3: an auxiliary verb that opens a question is never part of a name ("Did Donald Trump really say
that?" credits Donald Trump, in the headline as in the body), while a first name that is also an auxiliary's
spelling stays a name in a statement ("Will Smith says")."""

from __future__ import annotations

from quotelens.article import load_article


def speakers(text: str) -> list[str]:
    return [str(s) for s in load_article(text).quotes["speaker"]]


def test_a_headline_question_credits_the_name_after_its_auxiliary() -> None:
    text = "Did Donald Trump really say that?\n\nThe clip was short. Trump later said the clip was edited."
    assert speakers(text) == ["Donald Trump", "Donald Trump"]
    assert speakers("Would Maria Lopez back the plan?\n\nLopez said on Monday that she would think about it.") == [
        "Maria Lopez",
        "Maria Lopez",
    ]


def test_a_statement_keeps_its_first_word() -> None:
    assert speakers("Headline\n\nWill Smith says the film was hard to make.") == ["Will Smith"]
