"""What a source phrase is: quotelens/speakers/descriptions.py."""

from __future__ import annotations

import pytest

from quotelens.speakers.descriptions import classify, trimmed
from tests.speakers.examples import speaker_holding


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [
        ("he", "pronoun"),
        ("who", "relative"),
        ("I", "first"),
        ("Secretary of State Rex Tillerson", "name"),
        ("New York Times columnist David Brooks", "name"),
        ("the U.S. diplomat", "person"),
        ("The Indiana governor", "person"),
        ("The actress", "person"),
        ("the network", "org"),
        ("The campaign", "org"),
        ("an anti-Donald Trump super PAC", "org"),
        ("the poll", "document"),
        ("a newly uncovered email previously kept secret", "document"),
        ("Both women", "group"),
        ("The two voters", "group"),
        ("The friends", "group"),
        ("the groups", "group"),
        ("the two", "group"),
        ("a senior official", "anonymous"),
        ("one New Hampshire Democrat", "anonymous"),
        ("Two-thirds of Democratic insiders", "anonymous"),
        ("those surveyed", "anonymous"),
        ("a spokesman for the Clinton campaign", "spokesperson"),
        ("Russian media", "media"),
        ("both political parties", "anonymous"),
    ],
)
def test_classes(phrase, cls):
    assert classify(phrase).cls == cls


def test_the_head_and_its_modifiers_and_the_sex_a_role_implies():
    p = classify("The Indiana governor")
    assert (p.head, p.modifiers) == ("governor", ("indiana",))
    assert classify("the actress").sex == "f"


def test_a_capitalised_opening_word_is_read_in_lower_case_only_at_a_sentence_start():
    assert classify("Billionaires themselves", opens_sentence=True).cls == "anonymous"
    assert classify("Variety", opens_sentence=False).cls == "name"


def test_verbs_and_adverbs_a_source_span_ran_into_are_trimmed():
    assert trimmed("Donald Trump has recently made".split()) == ["Donald", "Trump"]
    assert trimmed("Congress only".split()) == ["Congress"]
    assert trimmed("including handwritten ledgers".split()) == ["handwritten", "ledgers"]
    assert trimmed("a newly uncovered email".split()) == ["a", "newly", "uncovered", "email"]


def test_these_voters_are_the_voters_just_described_not_a_group_named_before():
    assert classify("These voters").cls == "anonymous"
    assert classify("those voters").cls == "anonymous"
    assert classify("the two voters").cls == "group"  # (counted: the two named before)
    assert classify("these friends").cls == "group"


def test_these_voters_after_two_named_candidates_speak_for_nobody_named():
    from tests.test_attribution import attributions

    body = (
        "Ann Hale and Tom Brandt won the primaries. Blue-collar voters have seen their wages fall. "
        "These voters say that free trade is to blame."
    )
    (last,) = [q for q in attributions(body) if q["cue"] == "say"]
    assert last["resolution"] == "anonymous"


def test_an_ing_participle_with_an_object_ends_the_head_but_an_ing_noun_before_a_noun_does_not():
    judge = classify("a federal judge handling a Freedom of Information Act lawsuit")
    assert (judge.cls, judge.head) == ("anonymous", "judge")
    director = classify("the policy planning director")
    assert (director.cls, director.head) == ("person", "director")


def test_one_before_a_noun_is_a_determiner_and_the_noun_is_the_head():
    assert classify("One resident").head == "resident"
    assert classify("one shopkeeper").head == "shopkeeper"
    assert classify("One of the nurses").head == "one"  # (the pronoun "one" before its "of" phrase)


def test_she_takes_up_one_unnamed_woman_who_just_spoke():
    body = (
        "Lena Ortiz said she opposed the plan.\n\n"
        'One neighbor said she was worried about the noise. "It will never stop," she said.'
    )
    assert speaker_holding(body, "It will never stop") == "one neighbor"


def test_a_documents_label_drops_who_read_it_but_keeps_who_made_it():
    from quotelens.speakers.labels import document_label

    assert document_label("An internal memo reviewed by Stars and Stripes", "memo") == "An internal memo"
    assert document_label("a letter seen by The Guardian", "letter") == "a letter"
    kept = "records compiled by the Center for Responsive Politics"
    assert document_label(kept, "records") == kept


@pytest.mark.parametrize("nation", ["Swiss", "Czech", "Serb", "Greek", "Kazakh", "Croat", "Monegasque"])
def test_every_one_person_nation_noun_of_the_lexicon_describes_the_player_named_before(nation: str) -> None:
    """"the Swiss said" after "Stan Wawrinka": one person named by a nation (lexicon NATIONAL_NOUNS), no new source."""
    body = (
        "Stan Wawrinka beat Rafael Nadal in four sets on Sunday.\n\n"
        '"I played my best tennis," Wawrinka said.\n\n'
        f'"It was a hard day," the {nation} said after the match.\n'
    )
    assert speaker_holding(body, "It was a hard day") == "Stan Wawrinka"


def test_a_former_holder_of_a_body_noun_is_a_person_not_the_body() -> None:
    """"the former regulator" is one who worked at a regulator (John Reed Stark), while "the regulator" is the body."""
    assert classify("the former regulator", opens_sentence=False).cls == "person"
    assert classify("the regulator", opens_sentence=False).cls == "org"
    body = (
        "John Reed Stark, a former SEC enforcement chief, reviewed the filing.\n\n"
        '"This is a very serious case," the former regulator said.\n'
    )
    assert speaker_holding(body, "very serious case") == "John Reed Stark"
