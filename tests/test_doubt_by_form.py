"""A transcript's labelled turns ("RUIZ: C") are kept by their form, not by the confidence model, which only
scores them (``KEPT_WITHOUT_MODEL``): the pages must not call them unsure for a low score."""

from __future__ import annotations

from quotelens import doubt, load_article
from quotelens.attribution.words import KEPT_WITHOUT_MODEL
from quotelens.confidence import threshold
from tests.test_transcript import SENATOR


def test_labelled_turns_below_the_threshold_are_not_unsure() -> None:
    quotes = load_article(SENATOR).quotes
    labelled = quotes["rule"].isin({str(r) for r in KEPT_WITHOUT_MODEL})
    low = quotes["confidence"].astype(float) < threshold()
    assert (labelled & low).sum() >= 2  # (the case this guards: turns the model scores low)
    assert not doubt.unsure_mask(quotes)[labelled].any()
    assert (doubt.reasons(quotes)[labelled] == "").all()


def test_a_low_score_elsewhere_is_still_unsure() -> None:
    quotes = load_article(SENATOR).quotes.copy()
    other = ~quotes["rule"].isin({str(r) for r in KEPT_WITHOUT_MODEL})
    assert other.any()
    quotes.loc[other, "confidence"] = threshold() / 2
    assert doubt.unsure_mask(quotes)[other].all()
