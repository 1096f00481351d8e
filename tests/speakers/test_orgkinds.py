"""Organisations by their kind: quotelens/speakers/orgkinds.py (through whole articles)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_party_is_the_organisation_the_sentence_before_is_about_when_its_name_lacks_party():
    body = (
        "Parliament debated the tariff on Tuesday. The ANC hit back. "
        'In a statement on Wednesday, the party said the DA was "playing politics with the lights".'
    )
    assert speaker_holding(body, "playing politics") == "ANC"


def test_the_party_is_not_a_company_that_was_the_subject_before():
    body = (
        "Parliament debated the tariff on Tuesday. The Ford Motor Company hit back. "
        'In a statement on Wednesday, the party said the DA was "playing politics with the lights".'
    )
    assert speaker_holding(body, "playing politics") != "Ford Motor Company"


def test_the_group_is_the_organisation_apposed_with_that_kind_not_the_nearer_one():
    body = (
        "Northgate Bank agreed a merger. Kestrel Partners, an activist group, welcomed it. "
        'Northgate Bank shares rose. The group said the deal was "the right strategic answer."'
    )
    assert speaker_holding(body, "right strategic answer") == "Kestrel Partners"


def test_the_party_is_the_organisation_apposed_as_a_party():
    body = (
        "Parliament debated the tariff. The African National Congress, the governing party, hit back on Monday. "
        'Critics disagreed. In a statement on Wednesday, the party said the DA was "playing politics".'
    )
    assert speaker_holding(body, "playing politics") == "African National Congress"


def test_a_dateline_city_is_no_organisation_for_the_agency():
    body = (
        "SPOKANE, Wash. (AP) - A man was sentenced on Friday for a crash that killed a teenager.\n\n"
        'The agency said in a statement that "every death is preventable."'
    )
    assert speaker_holding(body, "every death") != "SPOKANE"


def test_the_apex_court_is_the_supreme_court_not_a_lower_court_named_nearer():
    body = (
        "The Supreme Court on Tuesday reserved its verdict on the defamation law.\n\n"
        "The law was first challenged under the Lahore High Court, which dismissed the petition in May.\n\n"
        "The apex court said it had declined to grant interim relief."
    )
    assert speaker_holding(body, "interim relief") == "Supreme Court"


def test_a_plain_noun_of_no_known_kind_ending_one_long_name_is_that_organisation():
    body = 'The Riverside Artists Collective said the plan was bad. "We will fight it," the collective said.'
    assert speaker_holding(body, "We will fight it") == "Riverside Artists Collective"
    body = 'The Northern Coastal Fishers Forum said the quota was unfair. "It is theft," the forum said.'
    assert speaker_holding(body, "It is theft") == "Northern Coastal Fishers Forum"
    body = 'John Baker said the plan was bad. "We will fight it," the baker said.'
    assert speaker_holding(body, "We will fight it") != "John Baker"  # (a person's name ending with a plain word)
