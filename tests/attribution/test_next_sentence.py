"""Tests of :mod:`quotelens.attribution.frames.next_sentence` on texts written for the test."""

from __future__ import annotations

from quotelens.attribution import attributions_in
from quotelens.attribution.rules import Rule

HEAD = "Headline Here\n\n"


def _rules(body: str, use_model: bool = False) -> list[tuple[str, list[str]]]:
    text = HEAD + body
    return [(a.rule, [text[s:e] for s, e in a.content]) for a in attributions_in(text, use_model=use_model)]


def test_a_quotation_going_on_is_proposed_joined_and_one_reading_stays():
    body = (
        "Ghazala Khan says she received a nervous call from her niece on Monday. "
        "“She called me, and she was so disturbed by all of it.” The niece later left.\n"
    )
    text = HEAD + body
    found = attributions_in(text)
    khan = [a for a in found if a.source and text[a.source[0] : a.source[1]] == "Ghazala Khan"]
    assert len(khan) == 1  # the report or its continued copy, never both
    if khan[0].rule == Rule.CONTINUED_NEXT_SENTENCE:
        assert text[khan[0].content[-1][0] :].startswith("“She called me")


def test_the_copy_is_proposed_before_the_model_decides():
    body = (
        "Ghazala Khan says she received a nervous call from her niece on Monday. "
        "“She called me, and she was so disturbed by all of it.”\n"
    )
    from quotelens.attribution.engine import POST_PASSES, NextSentence

    assert POST_PASSES.index(NextSentence._propose_continuations) < POST_PASSES.index(
        NextSentence._choose_continuations
    )
    # without the model both readings stay (the model is trained on both)
    assert sorted(r for r, _ in _rules(body)) == sorted([Rule.SOURCE_FIRST, Rule.CONTINUED_NEXT_SENTENCE])


def test_a_quotation_with_its_own_cue_is_not_continued():
    body = (
        "Ghazala Khan says she received a nervous call from her niece on Monday. "
        "“She called me, and she was so disturbed,” the niece said.\n"
    )
    assert all(r != Rule.CONTINUED_NEXT_SENTENCE for r, _ in _rules(body, use_model=True))


def test_an_unquoted_next_sentence_is_not_continued():
    body = "Ghazala Khan says she received a nervous call from her niece. The call came on Monday night.\n"
    assert all(r != Rule.CONTINUED_NEXT_SENTENCE for r, _ in _rules(body, use_model=True))
