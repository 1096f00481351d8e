"""A body's name as a modifier before a common noun is no mention of the body: quotelens/speakers/modifiers.py."""

from __future__ import annotations

from quotelens import load_article


def named(text: str) -> list[str]:
    return list(load_article(text).speakers["name"])


def test_a_body_word_before_a_common_noun_names_no_body():
    text = (
        "Election\n\nDemocrats need to flip one Senate seat, and the House race in Ohio is close. "
        "The aides said a Cabinet meeting was delayed.\n\n"
        '"We can win," said Maria Lopez, the party chair.'
    )
    names = named(text)
    assert "Senate" not in names and "House" not in names and "Cabinet" not in names


def test_the_body_acting_or_speaking_through_a_noun_is_still_named():
    text = (
        "Vote\n\nThe Senate voted on Tuesday, and the House committee said it would wait.\n\n"
        '"We can win," said Maria Lopez, the party chair.'
    )
    names = named(text)
    assert "Senate" in names and "House" in names


def test_an_acronym_before_a_common_noun_it_modifies_names_no_body():
    text = (
        "Approval\n\nThe agency said doctors must order MRI scans before the first doses.\n\n"
        "Shares of Norvale Therapeutics rose 11%.\n\n"
        'In a statement, the company said it expected the drug to be available "within weeks."'
    )
    assert "MRI" not in named(text)
    assert load_article(text).quotes.iloc[-1]["speaker"] == "Norvale Therapeutics"


def test_an_acronym_acting_or_speaking_through_a_noun_is_still_named():
    text = "Approval\n\nThe FDA approved the drug. Later, said EPA officials, the rule would change.\n\nIt ended."
    names = named(text)
    assert "FDA" in names and "EPA" in names
