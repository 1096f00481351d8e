"""A verb sharing the subject of a first report ("The head of X, Name, said A and accused B") shares its
speaker: the shared phrase cut before the apposed name is that person, not someone ranked for the role
(speakers/subjects.first_verbs_subject)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_shared_subject_is_the_apposed_name():
    body = (
        "Another farmer, Tomas Ferreira, said he lost half his herd to the drought.\n\n"
        "The treasurer of the United Fishing Cooperatives Federation in the province, Joaquim Barros, said "
        "nine of the farms were bankrupt and accused the water board of ignoring the warnings.\n\n"
        '"We begged them for months. Nobody answered a single letter," he said.'
    )
    assert speaker_holding(body, "the water board of ignoring") == "Joaquim Barros"
    assert speaker_holding(body, "We begged them") == "Joaquim Barros"
