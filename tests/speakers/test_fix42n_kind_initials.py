"""A kind of organisation written as initials before a name ("the NGO Aktiva", "the Lagos-based NGO Aktiva") is
no part of the name, as "the charity" is not in "the charity Open Door"; "NGO Monitor", common words after the
initials, is a name."""

from __future__ import annotations

from quotelens import load_article
from quotelens.speakers.kindinitials import after_kind_initials


def test_the_initials_of_a_kind_are_cut_after_a_determiner():
    assert after_kind_initials(["the", "NGO", "Aktiva"]) == ["Aktiva"]
    assert after_kind_initials(["the", "Lagos-based", "NGO", "Aktiva"]) == ["Aktiva"]
    assert after_kind_initials(["NGO", "Aktiva"]) == ["NGO", "Aktiva"]
    assert after_kind_initials(["the", "NGO", "Monitor"]) == ["the", "NGO", "Monitor"]


def test_an_ngo_introduced_by_its_kind_is_its_name():
    text = (
        "Water shortages grow in the delta\n\n"
        "The Warri-based NGO Deltwa published a report on Monday on the state of the region's wells.\n\n"
        "Deltwa said the number of dry wells had doubled over the past year."
    )
    q = load_article(text).quotes
    assert set(q["speaker"]) == {"Deltwa"}
