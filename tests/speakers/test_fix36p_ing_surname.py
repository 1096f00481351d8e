"""A surname ending in "-ing" opening a sentence ("Keating, who once managed a duo, ...") is a name, not a
gerund, when the census lists it and its stem is no common word (speakers/lexicon.surname_not_derived)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_ing_surname_opening_the_paragraph_is_the_one_named():
    body = (
        "The band's manager Nora Fleming said the tour was cancelled.\n\n"
        "The promoter, Dana Whitfield, said tickets would be refunded.\n\n"
        "Fleming, who once managed a folk trio, met Whitfield years ago. She says that made the talks easy."
    )
    assert speaker_holding(body, "made the talks easy") == "Nora Fleming"
