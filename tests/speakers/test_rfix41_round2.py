"""Review findings on the second round: a description of a union is not any later name holding "Union"; the
one a document was sent to is not its author."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_union_is_not_the_european_union():
    body = (
        "The union representing the city's bus drivers attacked the plan to outsource night routes.\n\n"
        "The dispute comes as the European Union weighs new rules on public tenders, which officials in "
        "Brussels say could reach city transport next year.\n"
    )
    assert speaker_holding(body, "outsource night routes") != "European Union"


def test_the_union_is_the_one_a_speaker_holds_a_post_in():
    body = (
        "The union representing the city's bus drivers attacked the plan to outsource night routes.\n\n"
        '"We will fight it depot by depot," said Leona Marsh, president of Transit Workers Union Local 88.\n'
    )
    assert speaker_holding(body, "outsource night routes") == "Transit Workers Union Local 88"


def test_the_recipient_of_a_letter_is_not_its_author():
    body = (
        "Dock workers will walk out on Monday, according to a letter from the union to its chief executive, "
        "Jane Doe.\n\nDoe did not respond to a request for comment.\n"
    )
    assert speaker_holding(body, "Dock workers will walk out") != "Jane Doe"
