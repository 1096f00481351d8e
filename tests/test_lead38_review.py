"""A reviewer's probes of round 38's rules (each passage made up): a sentence shape that crashed the
continuation after an inline source, a capitals line that made the author-line pattern backtrack for a
minute, a lede after a dateline read as a live page's entry headline, and a lede's "a doctor" given to a
doctor the text sets apart ("at a rival clinic")."""

from __future__ import annotations

import pytest

from quotelens import load_article
from quotelens.paragraph_roles import is_entry_headline


def _rows(text: str) -> list[tuple[str, object]]:
    q = load_article(text).quotes
    return list(zip(q["text"], q["speaker"], strict=True))


@pytest.mark.parametrize(
    "line",
    [
        '"We stayed," he said, though reluctantly.',
        '"The bank cut rates," Blake said Tuesday, since then.',
        "The bank cut rates too early, she told me, because inflation.",
    ],
)
def test_a_short_clause_after_an_inline_source_loads(line):
    rows = _rows(f"Storm delays match\n\n{line}\n")
    assert rows and all(text.strip() for text, _ in rows)


def test_a_capitals_line_at_the_top_is_read_once():
    text = (
        "Why I changed my mind\n\nJOANNA HALE, ASSOCIATED PRESS, WASHINGTON BUREAU, LONDON OFFICE covered it\n\n"
        "I argued last year that the plan would fail, and it did.\n\n"
        '"We were warned," I wrote then.\n'
    )
    speakers = {speaker for _, speaker in _rows(text)}
    assert "the author" in speakers  # (the line is no author line: "covered it" is a verb's words)


def test_a_lede_ending_in_a_quotation_after_a_dateline_is_no_entry_headline():
    lede = 'Foreign Minister Ana Ruiz told reporters: "We will not walk away from these talks."'
    assert not is_entry_headline(lede, "Sat 14 Jun 2025 16.18 BST")
    assert is_entry_headline('German chancellor on tariff demands: "I do not negotiate"', "4:18 p.m. ET, June 14, 2025")
    text = f"Minister faces questions over talks\n\nJo Hale in Madrid\n\nSat 14 Jun 2025 16.18 BST\n\n{lede}\n"
    assert ('"We will not walk away from these talks."', "Ana Ruiz") in _rows(text)


def test_a_ledes_doctor_is_not_one_set_apart():
    text = (
        "Clinic to close next month\n\n"
        "The council will close the clinic on Mill Road next month, with a doctor calling the decision "
        "“shameful” on Monday.\n\n"
        "Staff were told of the plan on Friday afternoon, and patients will be sent to the central hospital.\n\n"
        "Ann Doyle, a doctor at a rival clinic across town, said she would take on extra patients.\n"
    )
    credited = dict(_rows(text))
    assert credited["the decision “shameful”"] != "Ann Doyle"
