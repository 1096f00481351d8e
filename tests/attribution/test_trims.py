"""Tests of :mod:`quotelens.attribution.passes.trims` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations


def test_as_a_source_reported_leaves_the_main_clause_to_the_report():
    # 'After X said C, Y said D' ends C at Y's report; 'As X reported, C' reports the main clause,
    # so its opener does not count as a subordinator that would end the content there
    from quotelens.attribution.engine import Engine
    from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences

    for opener, subordinate in (("As", False), ("After", True), ("When", True)):
        text = f"Head For The Test\n\n{opener} the Post reported today, the inspector issued subpoenas.\n"
        paras = segment_paragraphs(text)
        engine = Engine(text, paras, find_quote_regions(text, paras), segment_sentences(text, paras))
        assert engine._opens_with_subordinator(text.index("the Post")) is subordinate


def test_a_content_opening_a_paragraph_starts_after_its_dateline():
    from tests.attribution.examples import proposals

    datelines = ("NEW ORLEANS (AP) — ", "JACKSON, Miss. — ", "WASHINGTON -- ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ")
    for dateline in (*datelines, "New York (AFP) – "):
        rows = proposals(dateline + "A storm cut power to 200,000 homes on Tuesday, officials said.")
        assert ("officials", "said", ["A storm cut power to 200,000 homes on Tuesday"]) in [r[1:] for r in rows]
    rows = proposals("A storm cut power to 200,000 homes, officials said.")  # no dateline: the same start
    assert ("officials", "said", ["A storm cut power to 200,000 homes"]) in [r[1:] for r in rows]


def _contents(body: str, weights: dict[str, float]) -> list[tuple[str, str, list[str]]]:
    """(rule, cue, content pieces) of the frames' proposals with the start chooser's ``weights``."""
    from quotelens import starts
    from quotelens.attribution import attributions_in

    text = "Headline For The Test\n\n" + body + "\n"
    starts.override_weights(weights)
    try:
        found = attributions_in(text, use_model=False)
    finally:
        starts.override_weights(None)
    return [(a.rule, text[a.cue[0] : a.cue[1]] if a.cue else "", [text[s:e] for s, e in a.content]) for a in found]


def test_a_content_opening_its_sentence_may_start_after_its_connective():
    body = "Meanwhile, the plan would cost $3 billion, the mayor said."
    kept = [r[1:] for r in _contents(body, {})]
    assert ("said", ["Meanwhile, the plan would cost $3 billion"]) in kept  # (no weights: its own start)
    moved = [r[1:] for r in _contents(body, {"open:conn|w=meanwhile": 1.0})]
    assert ("said", ["the plan would cost $3 billion"]) in moved


def test_a_content_opening_its_sentence_may_start_after_its_opening_phrase():
    body = "In fact, the city has no money, according to the report."
    moved = [r[1:] for r in _contents(body, {"open:comma|w=in": 1.0})]
    assert ("according to", ["the city has no money"]) in moved


def test_a_participle_content_may_start_past_its_addressee():
    body = "The mayor left early, telling reporters in May that the city has no money."
    kept = [r[2] for r in _contents(body, {}) if r[1] == "telling"]
    moved = [r[2] for r in _contents(body, {"participle:rel=after|w=that": 3.0}) if r[1] == "telling"]
    assert kept != moved and moved == [["that the city has no money."]]


def test_a_participle_content_without_a_start_marker_keeps_its_start_and_has_no_candidates():
    from quotelens.attribution import attributions_in

    text = "Headline For The Test\n\nThe mayor left early, praising the brave volunteers.\n"
    parts = [a for a in attributions_in(text, use_model=False) if a.cue and text[a.cue[0] : a.cue[1]] == "praising"]
    assert parts and all(a.start_options == [] for a in parts)
    assert text[parts[0].start : parts[0].end].startswith("the brave")


def test_an_asked_about_question_may_start_after_about():
    body = "The mayor was asked about the pier on Tuesday, and she said nothing."
    kept = [r[2] for r in _contents(body, {}) if r[0] == "asked (question)"]
    moved = [r[2] for r in _contents(body, {"asked:rel=after|p=about": 3.0}) if r[0] == "asked (question)"]
    assert kept == [["about the pier on Tuesday"]] and moved == [["the pier on Tuesday"]]


def test_an_asked_whether_question_keeps_its_start_and_has_no_candidates():
    from quotelens.attribution import attributions_in

    text = "Headline For The Test\n\nThe mayor was asked whether the pier is safe, and she said nothing.\n"
    asked = [a for a in attributions_in(text, use_model=False) if a.rule == "asked (question)"]
    assert asked and all(a.start_options == [] for a in asked)
