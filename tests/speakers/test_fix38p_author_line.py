"""An academic's explainer names its writer on a line of its own at the top, "Name, Role, Institution" (no
"By"): the writer's "I" is that person (quotelens/speakers/writer.py), not "the author"."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

TEXT = (
    "Why some children outgrow their allergies\n\n"
    "Published: May 2, 2025 9.00am BST\n\n"
    "Jonas Whitcombe, Senior Lecturer in Paediatric Immunology, Eastfield University\n\n"
    "Disclosure statement\n\n"
    "Parents who bring a child with a peanut allergy to our clinic ask one thing first. For years I have given "
    "them the same answer: “Many children outgrow it, but we cannot say which ones.”\n\n"
    "A new study of 2,000 children, led by Dr. Carla Mendes of Westbrook Hospital, suggests that is changing.\n\n"
    "I now tell parents that their child is “more likely than not” to outgrow it."
)


def test_the_is_of_an_explainer_are_its_author_lines():
    found = [speaker for source, speaker, _ in speakers_of(TEXT) if source in ("I", "my")]
    assert found and all(s == "Jonas Whitcombe" for s in found), speakers_of(TEXT)
