"""A description agreeing with its antecedent: quotelens/speakers/agreement.py."""

from __future__ import annotations

import pytest

from quotelens.speakers.agreement import ROLE_FAMILIES, kind_clash, origins
from quotelens.speakers.model import Entity, SpeakerType
from tests.speakers.examples import speaker_holding, speaker_of

# A description agrees with the one introduced in a role of its family, party and kind (not the last named)
_AGREEING = [
    (  # the_democratic_nominee_is_not_the_one_introduced_as_the_republican_candidate
        "Hillary Clinton spoke in Ohio, and so did Donald Trump, the Republican candidate.\n\n"
        "The Democratic nominee argued that the polls were wrong.",
        "Hillary Clinton",
    ),
    (  # the_congressman_is_the_one_introduced_as_rep
        "Rep. Jason Chaffetz spoke in Ohio. Donald Trump spoke in Iowa.\n\n"
        "The congressman argued that the polls were wrong.",
        "Jason Chaffetz",
    ),
    (  # the_billionaire_is_the_one_introduced_as_a_businessman
        "Businessman Donald Trump spoke in Ohio. Hillary Clinton spoke in Iowa.\n\n"
        "The billionaire argued that the polls were wrong.",
        "Donald Trump",
    ),
    (  # the_republican_is_not_the_one_introduced_as_the_democratic_front_runner
        "Donald Trump spoke in Ohio. Hillary Clinton, the Democratic front-runner, spoke too.\n\n"
        "The Republican argued that the polls were wrong.",
        "Donald Trump",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), _AGREEING)
def test_a_description_goes_to_the_one_it_agrees_with(body, speaker):
    assert speaker_of(body, "argued") == speaker


def test_a_spokeswoman_and_a_spokesperson_are_one_family():
    assert "spokesperson" in ROLE_FAMILIES["spokeswoman"]
    assert "representative" in ROLE_FAMILIES["congresswoman"]


def test_a_party_or_a_fund_is_no_company():
    assert kind_clash(Entity(0, "Democrats", SpeakerType.ORGANISATION), "company")
    assert kind_clash(Entity(1, "Rockefeller Brothers Fund", SpeakerType.ORGANISATION), "company")
    assert not kind_clash(Entity(2, "Exxon Mobil Corp.", SpeakerType.ORGANISATION), "company")
    assert not kind_clash(Entity(3, "Democrats", SpeakerType.ORGANISATION), "party")


def test_the_company_is_not_the_party_named_after_it():
    body = (
        "Local employers such as Monsanto opposed the bill. Democrats in the Senate backed it.\n\n"
        "The company argued that the law was unfair."
    )
    assert speaker_of(body, "argued") != "Democrats"


def test_a_school_of_something_is_no_company():
    assert kind_clash(Entity(4, "Graduate School of Journalism", SpeakerType.ORGANISATION), "company")
    assert kind_clash(Entity(5, "the chamber's small number of Democrats", SpeakerType.ORGANISATION), "company")


def test_a_party_noun_is_one_family_with_its_adjective():
    assert "democratic" in ROLE_FAMILIES["democrat"]
    assert "gop" in ROLE_FAMILIES["republican"]


def test_a_demonym_before_an_institution_word_is_no_origin():
    assert origins(("member", "of", "the", "european", "parliament")) == frozenset()
    assert origins(("african", "union", "envoy")) == frozenset()
    assert origins(("the", "swedish", "lawmaker")) == frozenset({"sweden"})


def test_a_role_in_a_continental_parliament_does_not_clash_with_a_nationality():
    body = (
        "Clara Brooks said the plan was fine. Member of the European Parliament Tomas Berglund said he had not "
        'been consulted.\n\n"I read about it in the press," the Danish lawmaker said.'
    )
    assert speaker_holding(body, "in the press") == "Tomas Berglund"


def test_the_pontiff_is_the_person_introduced_with_the_title_pope() -> None:
    """"the pontiff" is a role word of the family of "Pope" (agreement._FAMILIES), so it is Pope Francis."""
    body = (
        "Pope Francis met migrants in Lampedusa on Friday.\n\n"
        '"We must not forget them," Francis said.\n\n'
        '"Every life counts," the pontiff told the crowd.\n'
    )
    assert speaker_holding(body, "Every life counts") == "Francis"
