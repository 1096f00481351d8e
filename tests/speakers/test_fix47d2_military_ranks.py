"""A military rank with "lieutenant" before it is still addressed by its last word: "the general" is the one
introduced as "Lt. Gen.", "the colonel" the "Lt. Col." (speakers/candidates.py, _ranked_apart); a civil
"lieutenant governor" stays apart from "the governor"."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "A new field radio for infantry units has slipped two years behind schedule, a budget review found.\n\n"
    "Lt. Gen. Ingunn Osterberg, who oversees the program, appeared before a Senate panel on Tuesday. "
    "Sen. Walter Greaves questioned Osterberg about the delays.\n\n"
    '"Nobody in this room believes that schedule," Greaves said.\n\n'
    "The general said the first battalions would receive radios in the autumn after a final round of trials."
)


def test_the_general_is_the_lieutenant_general():
    assert speaker_holding(_BODY, "first battalions would receive radios") == "Ingunn Osterberg"
