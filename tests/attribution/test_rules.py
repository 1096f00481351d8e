"""Rules as names: one StrEnum with the strings the confidence model was trained on, and its families."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotelens import confidence
from quotelens.attribution import find_attributions
from quotelens.attribution.rules import HEADLINE, Family, Rule, base_rule, family_of
from quotelens.segment import find_quote_regions, segment_paragraphs

WEIGHTS = Path(confidence.__file__).with_name("data") / "confidence.json"


def test_every_rule_key_of_the_confidence_model_is_a_known_rule():
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
    families = {k.split("|")[0].removeprefix("rule=") for k in weights if k.startswith("rule=")}
    details = {k.split("|")[0].removeprefix("rule_detail=") for k in weights if k.startswith("rule_detail=")}
    assert families and details
    assert families <= {f.value for f in Family}
    assert all(isinstance(base_rule(d), Rule) for d in details)


def test_the_values_are_the_strings_the_model_reads():
    assert Rule.SOURCE_FIRST_SHARED_SUBJECT == "source-first (shared subject)"
    assert f"rule={Rule.CONTENT_FIRST_CUE_SOURCE}" == "rule=content-first (cue, source)"
    assert str(Rule.ORPHAN_QUOTE) == "orphan quote"
    assert json.dumps(Rule.DASH_SIGNATURE) == '"dash signature"'


@pytest.mark.parametrize(
    ("rule", "family"),
    [
        (Rule.ACCORDING_TO_AFTER_CONTENT, Family.ACCORDING_TO),
        (Rule.CUE_SOURCE_QUOTATION, Family.CUE_SOURCE_QUOTATION),
        (Rule.SOURCE_FIRST, Family.SOURCE_FIRST),
        (Rule.PARTICIPLE_OBJECTS_ISSUER, Family.PARTICIPLE),
        (Rule.SPEAKER_LABEL_INLINE, Family.SPEAKER_LABEL),
        (Rule.NOMINAL_INSIDE_A_REPORT, Family.NOMINAL),
    ],
)
def test_a_rule_knows_its_family(rule, family):
    assert rule.family is family
    assert family_of(rule + HEADLINE) == family  # a headline's rule keeps its family


def test_every_rule_belongs_to_a_family_as_the_confidence_model_reads_it():
    for rule in Rule:
        assert rule.family.value == rule.split(" (")[0]


def test_the_engine_writes_only_known_rules():
    text = (
        "Sanders Says He Will Stay In The Race\n\n"
        '"We will win," Sanders said on Monday. He added that the party would unite, according to aides.\n\n'
        "TAPPER: Will you stay in the race until the convention?\n\n"
        '"It is a long road," said Jane Doe, a strategist. "But he has the money."'
    )
    paras = segment_paragraphs(text)
    atts = find_attributions(text, paras, find_quote_regions(text, paras), use_model=False)
    assert len(atts) >= 4
    for att in atts:
        assert isinstance(base_rule(att.rule), Rule)
