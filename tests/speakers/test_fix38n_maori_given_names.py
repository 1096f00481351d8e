"""Common Māori given names ("Mere", "Wiremu", "Aroha") and an Irish one ("Ronan") are listed with their sex
(quotelens/data/world_first_names.tsv): "Mere" opening a sentence before a surname is a given name, not the
adjective (it is on the common-words list)."""

from __future__ import annotations

from quotelens.speakers.lexicon import is_first_name, sex_of_first_name
from tests.speakers.examples import speaker_holding


def test_a_maori_given_name_on_the_common_words_list_opening_a_sentence():
    body = (
        "The council voted on Tuesday to go ahead with the dam.\n\n"
        "Mere Tawhiri said the hapū had “never been asked, not once.”"
    )
    assert speaker_holding(body, "never been asked") == "Mere Tawhiri"


def test_the_names_are_listed_with_their_sex():
    assert all(is_first_name(n) for n in ("Mere", "Aroha", "Wiremu", "Rawiri", "Ngaire", "Ronan"))
    assert sex_of_first_name("Mere") == "f" and sex_of_first_name("Hemi") == "m"
