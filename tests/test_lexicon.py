"""The cue lexicon (quotelens/lexicon.py): the forms derived from PolNeAR train by tools/derive_cues.py."""

from __future__ import annotations

from pathlib import Path

from quotelens.lexicon import BRITISH_CUE_FORMS, CUE_FORMS, DERIVED_CUE_RATES, SIBLING_CUE_FORMS
from tests.attribution.examples import attributions

TSV = Path(__file__).resolve().parents[1] / "quotelens" / "data" / "cue_forms.tsv"


def test_every_derived_form_heads_enough_train_cues():
    rows = [line.split("\t") for line in TSV.read_text(encoding="utf-8").splitlines()[1:]]
    assert rows and all(int(cues) >= 3 and float(rate) >= 0.12 for _, cues, _, rate in rows)
    assert all(form in CUE_FORMS for form, *_ in rows if form != "according")  # ("according": a frame of its own)
    # (and the present tenses of strong pasts, at their past's rate)
    # (and the British spellings of derived forms, "criticised", at the American form's rate)
    british = {uk for uk, us in BRITISH_CUE_FORMS.items() if us in {form for form, *_ in rows} | set(SIBLING_CUE_FORMS)}
    assert set(DERIVED_CUE_RATES) == {form for form, *_ in rows} | set(SIBLING_CUE_FORMS) | british


def test_a_light_verb_is_left_to_the_cue_tagger():
    # "made it clear" is read by the cue tagger; a lexicon "made" would open a frame on every "made"
    assert "made" not in CUE_FORMS
    assert "see" in CUE_FORMS and "said" in CUE_FORMS  # ('Many voters see him as ...', at 12 % of its uses)


def test_the_present_of_a_strong_derived_past_is_a_cue():
    # train shows "reminded" as a cue; "reminds" is too rare there to be derived, and a magazine's present
    # tense ("she reminds voters that") lost its report
    assert CUE_FORMS.get("reminds") == "remind"
    got = attributions("Margaret Ellison reminds voters that her rival endorsed the governor in May.")
    assert [(a["speaker"], a["cue"]) for a in got] == [("Margaret Ellison", "reminds")]
    assert "issues" not in CUE_FORMS  # ("issued" is a weak cue: its present is mostly the plural noun)


def test_a_present_tense_carries_the_rate_of_its_past():
    # ("reminds" was found but dropped by the confidence model as a form unseen in train)
    assert DERIVED_CUE_RATES["reminds"] == DERIVED_CUE_RATES["reminded"]
    got = attributions("At every stop, Ms. Ellison reminds voters that her rival endorsed the governor in May.")
    assert [a["cue"] for a in got] == ["reminds"]


def test_british_spellings_are_the_same_cues():
    assert CUE_FORMS["criticised"] == CUE_FORMS["criticized"]
    assert DERIVED_CUE_RATES["criticised"] == DERIVED_CUE_RATES["criticized"]
    assert "sise" not in CUE_FORMS  # (a short word is no -ize verb)
    quotes = attributions("Tomasz Wierzbicki criticised the draft as “a declaration of war.”")
    assert [(q["mention"], q["cue"]) for q in quotes] == [("Tomasz Wierzbicki", "criticised")]
