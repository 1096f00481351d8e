"""Tests of :mod:`quotelens.attribution.frames.tagged_cues` and :meth:`CueTagger.margin_at`."""

from __future__ import annotations

from quotelens.attribution import attributions_in
from quotelens.cuetagger import article_units, load_tagger


def test_the_margin_of_one_token_is_its_margin_in_the_sentence():
    text = "Headline Here\n\nThe mayor said on Monday that the budget would pass, and the council agreed.\n"
    sentences, _ = article_units(text)
    tagger = load_tagger()
    for sent in sentences:
        toks = sent.tokens
        whole = tagger.score_tokens(toks, [False] * len(toks))
        for i in range(len(toks)):
            assert tagger.margin_at(toks, i, False) == whole[i]


def test_every_proposal_with_a_cue_carries_the_tagger_features():
    text = "Headline Here\n\nThe mayor said that the budget would pass. “It will,” Ruiz said.\n"
    found = attributions_in(text, use_model=False)
    assert found
    for att in found:
        assert -1.0 <= att.features["cue_tagger_margin"] <= 1.0
        assert att.features["cue_tagged"] in (0.0, 1.0)
    said = [a for a in found if a.cue and text[a.cue[0] : a.cue[1]] == "said"]
    assert said and all(a.features["cue_tagged"] == 1.0 for a in said)


def test_an_unlisted_verb_the_tagger_reads_as_a_cue_opens_a_report(monkeypatch):
    from quotelens.attribution.frames import tagged_cues
    from quotelens.cuetagger import CueTagger
    from tests.attribution.examples import proposals

    # A tagger that reads every word as a cue: the frame then needs only a subject and a content.
    eager = CueTagger({"w=ridiculed": 50.0}, threshold=0.0)
    monkeypatch.setattr(tagged_cues, "current_tagger", lambda: eager)
    found = [p for p in proposals("The mayor ridiculed the plan as a fantasy.") if p[0] == "source-first (tagged cue)"]
    assert found == [("source-first (tagged cue)", "The mayor", "ridiculed", ["the plan as a fantasy."])]


def test_an_unlisted_verb_the_tagger_does_not_read_as_a_cue_opens_nothing():
    from tests.attribution.examples import proposals

    assert not any(p[0] == "source-first (tagged cue)" for p in proposals("The mayor ridiculed the plan as a fantasy."))


def test_the_gate_is_the_frames_margin_not_the_taggers_threshold(monkeypatch):
    """A margin under the tagger's threshold but over the frame's gate still proposes (the confidence
    model, which reads the margin, decides); one under the gate does not."""
    from quotelens.attribution.frames import tagged_cues
    from quotelens.cuetagger import CueTagger
    from tests.attribution.examples import proposals

    rule = "source-first (tagged cue)"
    sentence = "The mayor ridiculed the plan as a fantasy."
    for margin, fires in ((tagged_cues.TAGGED_MARGIN + 0.5, True), (tagged_cues.TAGGED_MARGIN - 0.5, False)):
        tagger = CueTagger({"w=ridiculed": margin}, threshold=0.0)
        assert margin < tagger.threshold
        monkeypatch.setattr(tagged_cues, "current_tagger", lambda tagger=tagger: tagger)
        assert any(p[0] == rule for p in proposals(sentence)) is fires


def test_a_base_form_after_an_auxiliary_is_read_by_the_tagger(monkeypatch):
    """ "would *support*", "did not *endorse*": a verb group outside the lexicon, read at its base form
    (the auxiliary says it is a verb); a base form after no auxiliary is no candidate."""
    from quotelens.attribution.frames import tagged_cues
    from quotelens.cuetagger import CueTagger
    from tests.attribution.examples import proposals

    eager = CueTagger({"w=support": 50.0}, threshold=0.0)
    monkeypatch.setattr(tagged_cues, "current_tagger", lambda: eager)
    rule = "source-first (tagged cue)"
    for sentence, source, content in (
        ("Most Republicans would support Rubio in a primary.", "Most Republicans", "Rubio"),
        ("He did not support the bill.", "He", "the bill"),
    ):
        found = [p for p in proposals(sentence) if p[0] == rule]
        assert [(p[1], p[2], p[3][0].startswith(content)) for p in found] == [(source, "support", True)]
    assert not any(p[0] == rule for p in proposals("Most Republicans support Rubio in a primary."))


def test_base_after_aux_reads_the_auxiliary_before_the_word():
    from quotelens.attribution.frames.tagged_cues import base_after_aux
    from quotelens.cuetagger import article_units

    sentences, _ = article_units(
        "Head Line\n\nShe won't back Cruz, and he would not ever oppose the plan the city has.\n"
    )
    toks = sentences[1].tokens
    at = {t.text: n for n, t in enumerate(toks)}
    assert base_after_aux(toks, at["back"])
    assert not base_after_aux(toks, at["oppose"])  # (two words between: not read)
    assert not base_after_aux(toks, at["plan"])
    assert not base_after_aux(toks, at["Cruz"])
