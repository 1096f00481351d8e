"""A person's name before "'s leadership" (or a party noun) stays a person's when that is what the text says:
"'s leadership" is no sign of a party, and a "he" or "she" of the first name's sex taking the name up in the
next sentence says person (quotelens/speakers/derived.py, party_names)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_leaders_leadership_is_no_party():
    text = (
        "Harbour Board Vote\n\n"
        "Under Margaret Oyelaran's leadership, the board held together on the vote.\n\n"
        '"We stayed together," Margaret Oyelaran told reporters on Friday.\n\n'
        "She said the plan would pass the council."
    )
    assert typed_speakers(text) == [
        ("Margaret Oyelaran", "Margaret Oyelaran", "person"),
        ("She", "Margaret Oyelaran", "person"),
    ]


def test_a_he_of_the_first_names_sex_keeps_a_person_before_party():
    text = (
        "Inquiry Report Due\n\n"
        "Officials involved in the Gregory Talbot party scandal will be named, a source said.\n\n"
        '"Nobody is above the rules," Gregory Talbot said in 2019.\n\n'
        "He later said he regretted the evening."
    )
    got = typed_speakers(text)
    assert ("Gregory Talbot", "Gregory Talbot", "person") in got
    assert ("He", "Gregory Talbot", "person") in got


def test_a_party_official_stays_a_party():
    text = (
        "Coalition Deal\n\n"
        "The minister, whose Nova Alianza party holds four seats, backed the bill on Monday.\n\n"
        '"We got what we wanted," a senior Nova Alianza official told reporters.'
    )
    assert typed_speakers(text)[-1][1:] == ("Nova Alianza", "organisation")
