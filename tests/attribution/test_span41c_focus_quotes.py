"""Tests of :mod:`quotelens.attribution.passes.focus` (a cue-less quoted paragraph, proposed as the words of
the speaker in focus) on passages written for the test."""

from __future__ import annotations

from quotelens.attribution import attributions_in
from quotelens.attribution.rules import Rule

HEAD = "Harbour Town Sells Its Pier\n\n"


def _focus(body: str) -> list[tuple[str | None, list[str]]]:
    text = HEAD + body
    return [
        (text[a.source[0] : a.source[1]] if a.source else None, [text[s:e] for s, e in a.content])
        for a in attributions_in(text, use_model=False)
        if a.rule == Rule.ORPHAN_QUOTE_SPEAKER_IN_FOCUS
    ]


SPOKE = "Marta Sorensen said the sale of the pier was a mistake the town would regret.\n\n"


def test_a_quoted_paragraph_after_a_paragraph_about_a_person_is_proposed_as_hers():
    body = SPOKE + (
        "Marta Sorensen stood on the porch of the old house for a long time.\n\n"
        "“It smelled like low tide, always. We never minded it, not once in twenty years.”\n"
    )
    assert _focus(body) == [
        ("Marta Sorensen", ["“It smelled like low tide, always. We never minded it, not once in twenty years.”"])
    ]


def test_a_run_of_quoted_paragraphs_is_one_proposal():
    body = SPOKE + (
        "Marta Sorensen stood on the porch of the old house for a long time.\n\n"
        "“It smelled like low tide, always.”\n\n"
        "“We never minded it, not once in twenty years.”\n"
    )
    assert _focus(body) == [
        ("Marta Sorensen", ["“It smelled like low tide, always.”", "“We never minded it, not once in twenty years.”"])
    ]


def test_no_proposal_after_a_paragraph_about_a_thing():
    body = "The old house stood empty on the bay for a long time.\n\n“It smelled like low tide, always.”\n"
    assert _focus(body) == []


def test_no_proposal_for_a_quotation_with_its_own_cue():
    body = (
        "Marta Sorensen stood on the porch of the old house for a long time.\n\n"
        "“It smelled like low tide, always,” she said.\n"
    )
    assert _focus(body) == []


def test_no_proposal_over_a_paragraph_with_a_report_of_its_own():
    body = (
        "Marta Sorensen stood on the porch of the old house for a long time.\n\n"
        "“HOST: So the house smelled like low tide, always, even in the winter months?”\n"
    )
    assert _focus(body) == []


def test_no_proposal_for_a_bystander_who_never_spoke():
    body = (
        "Many carried handwritten signs. Officer Dan Cole watched from the steps of the town hall.\n\n"
        "“No justice, no peace.”\n"
    )
    assert _focus(body) == []
