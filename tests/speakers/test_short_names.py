"""Which single words stand for a longer name (quotelens/speakers/mentions.py, lexicon.short_names), and whose
staff an organisation's name before "aides" makes (quotelens/speakers/resolve.py)."""

from __future__ import annotations

from quotelens.speakers.lexicon import short_names
from tests.speakers.examples import speaker_of


def test_a_place_opening_a_longer_name_is_no_short_name_of_it():
    assert short_names("U.S. Chamber of Commerce") == ["Chamber", "of", "Commerce"]
    assert short_names("New York Times") == ["York", "Times"]
    assert short_names("Hillary Clinton") == ["Hillary", "Clinton"]
    assert short_names("Texas") == ["Texas"]  # a one-word name stands for itself


def test_officials_of_a_country_are_nobodys_campaign():
    body = (
        "Gun owners cite the U.S. Constitution in every debate.\n\n"
        "U.S. officials said that the attack had been planned for months."
    )
    assert speaker_of(body, "said") is None


def test_aides_of_a_chamber_are_no_campaign():
    body = "The bill passed the House on Tuesday.\n\nSenate aides said that the vote would come next week."
    assert speaker_of(body, "said") is None


def test_a_persons_aides_are_still_the_persons_campaign():
    body = "Jo Hale spoke in Iowa on Monday.\n\nHale aides said that she would win the state."
    assert speaker_of(body, "said") == "the Hale campaign"


def test_a_nationality_opening_an_organisations_name_stays_in_it():
    body = (
        "Ethanol backers met in Ames.\n\nThe farm group American Renewable Fuel said that the rule would hurt growers."
    )
    assert speaker_of(body, "said") == "American Renewable Fuel"
    body = "The summit opened in Moscow.\n\nRussian President Ivan Petrov said that the talks would go on."
    assert speaker_of(body, "said") == "Ivan Petrov"
