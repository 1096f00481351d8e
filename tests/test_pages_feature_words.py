"""The evidence card says each of the confidence model's features by what it measures (quotelens.confidence): no
code is shown as it is, and ``cue_inside=content-first`` (this one's cue lies inside the words of another proposal,
found by that frame) is not said as "it lies inside another report"."""

from __future__ import annotations

from quotelens import confidence, reasons


def test_every_feature_the_model_has_is_said_in_words():
    names = [n for n in confidence._weights() if n != "bias"]  # (bias: never listed, top_reasons drops it)
    for name in names:
        for weight in (1.0, -1.0):
            said = reasons.reason(name, weight)
            assert said != name and "=" not in said and "_" not in said, name
    inside = [n for n in names if n.startswith("cue_inside=")]
    assert len({reasons.reason(n, -1.0) for n in inside}) == len(inside)  # each frame in its own words


def test_a_cue_inside_another_quotation_is_said_so():
    said = reasons.reason("cue_inside=content-first", -0.6)
    assert said == "what introduces it lies inside another possible quotation (words given before who said them)"
    assert reasons.reason("rule_detail=content-first (cue, source) (headline)", 1.0).endswith("(in the headline)")
