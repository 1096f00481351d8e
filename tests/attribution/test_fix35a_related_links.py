"""Blind round 35 (fix35a): under a "Related Articles" header, the linked headlines ("[Interview] The band at
ten: “We grew up on stage”") are debris like the short labels under "Explore more on these topics": no
report, no speaker. A sentence after the list is story again. Short passages written for the test."""

from __future__ import annotations

from quotelens.segment import ParagraphRole, segment_paragraphs

TEXT = (
    "Band Takes A Break\n\n"
    "The band will rest for a month, its label said on Friday.\n\n"
    "Related Articles\n\n"
    "[Interview] The band at ten: “We grew up on stage”\n\n"
    "Label unveils new group project for 2027\n\n"
    "The band said in a statement that it would return in the spring.\n"
)


def test_linked_headlines_under_a_related_header_are_debris():
    roles = [p.role for p in segment_paragraphs(TEXT)]
    assert roles[2:5] == [ParagraphRole.BOILERPLATE] * 3


def test_a_sentence_after_the_list_is_story_again():
    roles = [p.role for p in segment_paragraphs(TEXT)]
    assert roles[5] is ParagraphRole.BODY
