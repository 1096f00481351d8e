"""An assembly is a body: "the Assembly of Prairie Elders" is one organisation's name, not "Prairie Elders"
after a word cut off at "of" (speakers/lexicon.py, ORG_WORDS)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_assembly_of_named_members():
    body = "The Assembly of Prairie Elders said in a statement that the new rules were drafted without them."
    assert speaker_holding(body, "the new rules") == "Assembly of Prairie Elders"
