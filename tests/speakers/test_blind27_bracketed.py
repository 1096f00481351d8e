"""An acronym in brackets after a lower-case description is an organisation of the description's kind (blind
round 27, set g): "the UN agency for Palestinian refugees (UNRWA)" makes UNRWA "the agency", before an
organisation that was only named (speakers/nameparts.introduced_kind, speakers/ranker.rank)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of
from tests.speakers.test_mentions import cast_of, entity


def test_a_bracketed_acronym_takes_the_kind_of_its_description():
    cast = cast_of("Headline\n\nThe UN agency for Palestinian refugees (UNRWA) runs schools.")
    assert "agency" in entity(cast, "UNRWA").roles


def test_the_agency_is_the_one_introduced_as_an_agency():
    text = (
        "Headline\n\nUnited Nations officials said aid was blocked. The UN agency for Palestinian refugees "
        "(UNRWA) runs schools. Juliette Morel, a spokesperson, said the situation was bad.\n\n"
        "The agency said that 14 of its staff had been killed."
    )
    assert speakers_of(text)[-1][1] == "UNRWA"
