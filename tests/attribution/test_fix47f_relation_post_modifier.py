"""Blind round 47 (fix47f): an unnamed source with a post-modifier that tells how it stands to a matter ("a
person *aware of* the plans", "an engineer *involved in* the tests") keeps the post-modifier: the object of
the preposition is not the speaker, and the participle is not the verb of a quotation before it. Short
passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_source_aware_of_a_matter_is_the_whole_phrase():
    found = attributions(
        "The harbour board is weighing new fees. A trader aware of the proposals said the board had been urged "
        "to phase them in over two years."
    )
    (a,) = [a for a in found if "phase them in" in a["pieces"][0]]
    assert a["speaker"] == "a trader aware of the proposals"


def test_a_participle_and_its_preposition_after_a_quotation_are_no_cue():
    found = attributions(
        "“Nobody wants another delay on the bridge,” a surveyor involved in the inspections told the council."
    )
    (a,) = [a for a in found if "another delay" in a["pieces"][0]]
    assert a["cue"] == "told"
    assert a["speaker"] == "a surveyor involved in the inspections"
