"""benchmarks/outside_cues.py: the shape of an out-of-lexicon cue and the tagged-cue frame's gates."""

from __future__ import annotations

import sys

from quotelens.cuetagger import CueTagger, article_units
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import outside_cues
from outside_cues import cue_shape, margin_step, tagged_gate


def test_a_cue_is_told_by_its_first_word():
    assert cue_shape(["landed", "a", "dig", "at"], True, False) == "several words: finite verb form (-ed/-s)"
    assert cue_shape(["would", "vote", "for"], False, False) == "auxiliary + verb group"
    assert cue_shape(["support", "for"], False, False).startswith("several words: other first word")
    assert cue_shape(["want"], False, True) == "one word: base form after an auxiliary"
    assert cue_shape(["in"], False, False) == "preposition"
    assert cue_shape(["that’s", "according", "to"], False, False) == "according to"
    assert cue_shape([], False, False) == "punctuation only"


def test_the_gates_follow_the_frames_order():
    """A base form with no auxiliary stops at the shape test; a verb form before "that" is left to the
    unlisted-verb frames; one the tagger scores under the frame's gate stops at the margin; one over it
    reaches the frame."""
    toks = article_units("Sanders lambasted the deal and they want more.")[0][0].tokens
    low = CueTagger({"w=lambasted": outside_cues.TAGGED_MARGIN - 1.0}, 0.0)
    high = CueTagger({"w=lambasted": outside_cues.TAGGED_MARGIN + 1.0}, 0.0)
    assert tagged_gate(high, toks, 1, False) == "frame"
    assert tagged_gate(low, toks, 1, False) == "margin"
    assert tagged_gate(high, toks, 1, True) == "quoted"
    assert tagged_gate(high, toks, 6, False) == "shape"  # ("they want": no auxiliary before the base form)
    that = article_units("Sanders insisted that the deal was bad.")[0][0].tokens
    assert tagged_gate(high, that, 1, False) == "that/colon"


def test_margins_are_read_in_steps():
    assert [margin_step(m) for m in (None, 5.0, 0.5, -1.5, -9.0)] == ["skipped", "> +4", "> +0", "> -2", "<= -4"]
