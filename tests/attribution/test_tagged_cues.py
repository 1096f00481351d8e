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
            assert tagger.margin_at(toks, i, lambda t: False) == whole[i]


def test_every_proposal_with_a_cue_carries_the_tagger_features():
    text = "Headline Here\n\nThe mayor said that the budget would pass. “It will,” Ruiz said.\n"
    found = attributions_in(text, use_model=False)
    assert found
    for att in found:
        assert -1.0 <= att.features["cue_tagger_margin"] <= 1.0
        assert att.features["cue_tagged"] in (0.0, 1.0)
    said = [a for a in found if a.cue and text[a.cue[0] : a.cue[1]] == "said"]
    assert said and all(a.features["cue_tagged"] == 1.0 for a in said)
