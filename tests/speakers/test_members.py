"""Unnamed members of an organisation: quotelens/speakers/members.py."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers as speakers


def test_an_organisation_before_a_persons_noun_no_list_knows_is_one_unnamed_member():
    got = speakers(
        "Launch\n\nNASA delayed the launch. A NASA engineer familiar with the review said the team had pushed "
        'for a delay. "It was a reasonable call," the engineer said.'
    )
    assert [g[1:] for g in got] == [("a NASA engineer familiar with the review", "anonymous")] * 2


def test_an_organisations_unknown_thing_is_not_a_member():
    got = speakers("Press\n\nNASA delayed the launch. A NASA account said the plan was ready.")
    assert got[-1][1:] == ("NASA", "organisation")


def test_an_indefinite_unnamed_member_is_someone_new_even_after_a_person_titled_with_the_organisation():
    got = speakers(
        "Launch\n\nNASA manager Steve Stich said the launch was safe. A NASA engineer familiar with the review, "
        "who was not authorized to speak publicly, said the team had pushed for a delay."
    )
    assert got[-1][1:] == ("a NASA engineer familiar with the review", "anonymous")
