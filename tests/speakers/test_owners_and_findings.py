"""Whose words a possessive or a role stands for: a person's findings, a role's advisers, a body's leaders
(made-up sentences)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers as speakers


def test_a_persons_research_speaks_for_the_person():
    got = speakers(
        "Voters\n\nThe pollster Dana Whitcombe surveyed 900 voters in March.\n\n"
        "But Whitcombe's research suggests that moderates may cross party lines in the fall."
    )
    assert got[-1][1:] == ("Dana Whitcombe", "person")


def test_a_persons_memo_stays_a_document_of_its_own():
    got = speakers("Fuel\n\nDana Whitcombe is a senator from Ohio.\n\nWhitcombe's memo shows that ethanol costs more.")
    assert got[-1][1:] == ("Whitcombe's memo", "document")
