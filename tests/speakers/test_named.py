"""Sources that name someone: quotelens/speakers/named.py."""

from __future__ import annotations

from tests.speakers.examples import speakers_of, typed_speakers


def test_a_title_case_headline_source_is_the_person_its_first_words_name():
    text = (
        "Clinton Wades In: Urges Britain to Remain in European Union\n\n"
        "Hillary Clinton has waded into the Brexit debate, her campaign said on Friday."
    )
    found = speakers_of(text)
    assert ("Clinton Wades In", "Hillary Clinton", "explicit") in found


def test_a_headline_organisation_keeps_its_whole_name():
    text = "Gallup Poll Finds Voters Split\n\nVoters are split, the Gallup Poll found on Friday."
    assert all(speaker != "Gallup" or how != "explicit" for _, speaker, how in speakers_of(text) if speaker)


def test_a_name_the_next_sentence_calls_the_company_is_an_organisation_and_the_company_is_it():
    pfizer = typed_speakers("Pfizer announced the results on Monday. The company said the vaccine was safe.")
    assert pfizer == [("Pfizer", "Pfizer", "organisation"), ("The company", "Pfizer", "organisation")]
    exxon = typed_speakers("Exxon Mobil rejected the claims. The company said the articles were misleading.")
    assert [speaker for _, speaker, _ in exxon] == ["Exxon Mobil", "Exxon Mobil"]
    assert {kind for _, _, kind in exxon} == {"organisation"}


def test_a_person_before_the_company_stays_a_person():
    hale = typed_speakers("Mike Hale rejected the claims. The company said the articles were misleading.")
    assert hale[0] == ("Mike Hale", "Mike Hale", "person")
    assert hale[1][1] != "Mike Hale"


def test_a_first_name_alone_the_next_sentence_calls_the_company_is_an_organisation():
    meta = typed_speakers("Meta said it would appeal the ruling. The company added that it disagreed.")
    assert meta == [("Meta", "Meta", "organisation"), ("The company", "Meta", "organisation")]


def test_a_headline_camp_or_team_is_the_campaign_of_the_person_the_body_names():
    camp = typed_speakers("Clinton camp plans to roll out the editorial\n\nHillary Clinton said the plan was fine.")
    assert camp[0] == ("Clinton camp", "the Clinton campaign", "organisation")
    team = typed_speakers("Trump Team says talks are over\n\nDonald Trump said on Monday that talks were over.")
    assert team[0] == ("Trump Team", "the Trump campaign", "organisation")


def test_a_place_that_speaks_is_an_organisation_its_government():
    for text, place in [
        ("Downing Street said the plan was on track.", "Downing Street"),
        ("Beijing said the tariffs were unfair.", "Beijing"),
    ]:
        assert typed_speakers(text) == [(place, place, "organisation")]
