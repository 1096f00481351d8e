"""Blind round 40 (fix40f): a verb whose past is its base form ("hit", "cut", "set") followed by a particle
("hit back, saying C", "cut in, arguing C") ends the sentence's subject: the participle's speaker is the noun
phrase before it, not the phrase with the verb. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_hit_back_ends_the_subject_of_a_participle():
    found = attributions(
        "Three councillors objected to the bypass on Tuesday. A council source hit back, saying the objectors "
        "were “the same people who asked for the road in the first place”."
    )
    (a,) = [a for a in found if a["cue"] == "saying"]
    assert a["speaker"] == "a council source"


def test_a_hit_noun_in_the_subject_stays():
    found = attributions("The hit single was everywhere. The band said the song “came out of nowhere”.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["speaker"] == "the band"
