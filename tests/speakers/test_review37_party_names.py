"""Review round 37: a name written before "party" is a party's only when nothing says it is a person's; the
type is decided once, while the cast is built (speakers/derived.py::party_names), not by the first member
phrase that reads it."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_person_named_before_party_stays_a_person():
    body = (
        "Fans gathered at a Taylor Swift party in Ohio on Sunday. A Taylor Swift aide said the tour would go on. "
        'Swift was delighted. "The show was wonderful," she wrote.'
    )
    assert ("she", "Taylor Swift", "person") in typed_speakers("Headline\n\n" + body)


def test_a_party_no_person_bears_is_an_organisation_its_officials_speak_for():
    body = (
        "Finance Minister Yossi Tal, whose Tikva Hadasha party holds six seats, dropped the demand. "
        '"We got what we needed," a senior Tikva Hadasha official told reporters.'
    )
    assert typed_speakers("Headline\n\n" + body) == [
        ("a senior Tikva Hadasha official", "Tikva Hadasha", "organisation")
    ]


def test_a_leader_of_the_name_says_a_party_too():
    body = "Tikva Hadasha's leader met the premier. A Tikva Hadasha spokesman said it would vote no."
    assert typed_speakers("Headline\n\n" + body) == [("A Tikva Hadasha spokesman", "Tikva Hadasha", "organisation")]
