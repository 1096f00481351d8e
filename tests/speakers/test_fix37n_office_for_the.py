"""An organisation's name that goes on with "for the" ("the State Prosecutor's Office for the Northern Region",
"the Commission for the Protection of Rivers") is one name, not cut to the words after "the"
(speakers/connectors.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs
from tests.speakers.examples import speaker_holding


def test_an_office_for_the_region_is_one_name():
    body = (
        "The trial of the former harbour master entered its third week on Monday.\n\n"
        "A spokesperson for the State Prosecutor's Office for the Northern Region said the office "
        '"will not comment on a case before the court."'
    )
    assert speaker_holding(body, "will not comment on a case") == "State Prosecutor's Office for the Northern Region"


def test_for_the_after_a_common_word_still_splits():
    runs = name_runs(tokenize("Paul Ortiz thanked Greta Lind for the Nobel nomination."), 0, 0)
    assert [r.words for r in runs][:2] == [["Paul", "Ortiz"], ["Greta", "Lind"]]
