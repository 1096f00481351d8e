"""fix38f: a list item's mark ("• ") opening a paragraph is no word of its sentence: a bulleted line with a
party tag and an apposition before its cue keeps its subject, and a bulleted speaker label before a
quotation is read as one. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_bulleted_subject_with_a_party_tag_and_an_apposition():
    found = attributions(
        "• Rep. Dana Moreau (D-Ore.), chair of the transit panel, said the delays "
        '"cannot go on" under the current contract.'
    )
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["speaker"] == "Dana Moreau"
    assert a["pieces"][0].startswith("the delays")


def test_a_bulleted_speaker_label_before_a_quotation():
    found = attributions('• Rep. Dana Moreau (D-Ore.): "Riders deserve better than this contract."')
    (a,) = found
    assert a["speaker"] == "Dana Moreau" and a["kind"] == "direct"
