"""Blind round 41 (fix41f): an -ly adverb right after an auxiliary ("will *formally* ask") is no verb's base
form, so the cue tagger's frame proposes no report with it as the cue; such a proposal stood as a rival inside
a wire lead's content ("C, the spokesman said Wednesday, as ...") and pushed the true report under the
model's threshold. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals


def test_an_adverb_after_will_is_no_cue():
    found = proposals(
        "Norway will formally ask the European Union to lift the quota on salmon, the fisheries ministry said Tuesday."
    )
    assert all(cue != "formally" for _, _, cue, _ in found)


def test_a_wire_lead_with_an_adverb_and_an_as_clause_is_found():
    found = attributions(
        "OSLO - Norway will formally ask the European Union to lift a planned quota on farmed salmon, the top "
        "fisheries official said Tuesday, as the government faces mounting pressure from coastal towns."
    )
    (a,) = [a for a in found if a["pieces"][0].startswith("Norway will formally ask")]
    assert a["speaker"] == "the top fisheries official"
    assert a["kind"] == "indirect"


def test_a_verb_in_ly_after_would_is_still_a_base_form():
    from quotelens.attribution.frames.tagged_cues import base_after_aux
    from quotelens.tokenizer import tokenize

    def toks(words: str) -> list:
        return tokenize(words)

    assert base_after_aux(toks("they would comply"), 2)
    assert base_after_aux(toks("she will reply"), 2)
    assert not base_after_aux(toks("they will formally"), 2)
