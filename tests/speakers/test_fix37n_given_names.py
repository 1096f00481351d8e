"""Common given names the US census barely holds, short forms and British and Irish ones ("Cal", "Nate",
"Declan", "Kirsty"): listed, a role word opening the sentence before one is no part of the name
(quotelens/data/world_first_names.tsv)."""

from __future__ import annotations

from quotelens.speakers.lexicon import is_first_name, sex_of_first_name
from tests.speakers.examples import speaker_holding


def test_a_role_opening_the_sentence_before_a_short_given_name():
    body = (
        "The album was recorded over six weeks in a converted barn.\n\n"
        "Producer Nate Holloway says the band arrived with “a box of cassettes and no plan.”"
    )
    assert speaker_holding(body, "a box of cassettes") == "Nate Holloway"


def test_the_names_are_listed_with_their_sex():
    assert all(is_first_name(n) for n in ("Cal", "Zach", "Declan", "Kirsty", "Euan"))
    assert sex_of_first_name("Kirsty") == "f" and sex_of_first_name("Dermot") == "m"
