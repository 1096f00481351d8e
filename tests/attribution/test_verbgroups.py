"""Tests of the verb-group reader (:mod:`quotelens.attribution.verbgroups`) and its frame
(:mod:`quotelens.attribution.frames.verb_groups`) on sentences written for the test."""

from __future__ import annotations

from quotelens.attribution.verbgroups import KEYS, VerbGroup, is_verbal, read_group, stem
from quotelens.segment import Token, segment_paragraphs, segment_sentences
from tests.attribution.examples import proposals

RULE = "source-first (verb group)"


def _tokens(text: str) -> list[Token]:
    return segment_sentences(text, segment_paragraphs(text))[0].tokens


def _group(text: str, head: str) -> tuple[list[Token], VerbGroup]:
    toks = _tokens(text)
    i = next(n for n, t in enumerate(toks) if t.lower == head)
    group = read_group(toks, i)
    assert group is not None
    return toks, group


def test_stems_are_shared_by_inflections():
    assert stem("railed") == stem("rails") == stem("railing") == stem("rail")
    assert stem("made") == "make" and stem("took") == "take"
    assert stem("statements") == stem("statement")


def test_a_light_verb_reads_its_noun_and_preposition():
    toks, group = _group("Sanders has made no secret of his disdain.", "made")
    assert group.key == "make secret of>np"
    assert [t.text for t in toks[group.start : group.end]] == ["has", "made", "no", "secret", "of"]
    assert is_verbal(toks, group)


def test_what_follows_the_group():
    assert _group("Trump made it clear that he would stay.", "made")[1].key == "make clear>that"
    assert _group("He lashed out at the press.", "lashed")[1].key == "lash out at>np"
    assert _group("They want to repeal the law.", "want")[1].follows == "to"
    assert _group("She railed against it: “No.”", "railed")[1].key == "rail against>np"


def test_a_noun_after_a_determiner_is_no_verb_group():
    toks, group = _group("The attacks on the plan grew.", "attacks")
    assert not is_verbal(toks, group)


def test_closed_words_head_no_group():
    toks = _tokens("He spoke to them about it.")
    assert read_group(toks, 2) is None and read_group(toks, 4) is None


def test_learned_keys_are_shipped():
    assert "make clear>that" in KEYS


def test_a_learned_light_verb_group_is_a_report():
    found = [p for p in proposals("Trump made it clear that he would not back down.") if p[0] == RULE]
    assert found == [(RULE, "Trump", "made it clear", ["that he would not back down."])]


def test_the_group_is_read_once():
    found = proposals("Trump made it clear that he would not back down.")
    assert [p[2] for p in found if p[0] == RULE] == ["made it clear"]


def test_an_adjective_predicate_with_its_preposition():
    found = [p for p in proposals("The senator is critical of the deal.") if p[0] == RULE]
    assert found == [(RULE, "The senator", "critical of", ["the deal."])]


def test_no_group_without_a_subject():
    assert not any(p[0] == RULE for p in proposals("Critical of the deal, nobody moved."))


def test_two_prepositions_close_the_group():
    assert _group("Trump weighed in on the debate.", "weighed")[1].key == "weigh in on>np"
