"""The cue lexicon (quotelens/lexicon.py): the forms derived from PolNeAR train by tools/derive_cues.py."""

from __future__ import annotations

from pathlib import Path

from quotelens.lexicon import CUE_FORMS, DERIVED_CUE_RATES

TSV = Path(__file__).resolve().parents[1] / "quotelens" / "data" / "cue_forms.tsv"


def test_every_derived_form_heads_enough_train_cues():
    rows = [line.split("\t") for line in TSV.read_text(encoding="utf-8").splitlines()[1:]]
    assert rows and all(int(cues) >= 3 and float(rate) >= 0.12 for _, cues, _, rate in rows)
    assert all(form in CUE_FORMS for form, *_ in rows if form != "according")  # ("according": a frame of its own)
    assert set(DERIVED_CUE_RATES) == {form for form, *_ in rows}


def test_a_light_verb_is_left_to_the_cue_tagger():
    # "made it clear" is read by the cue tagger; a lexicon "made" would open a frame on every "made"
    assert "made" not in CUE_FORMS
    assert "see" in CUE_FORMS and "said" in CUE_FORMS  # ('Many voters see him as ...', at 12 % of its uses)
