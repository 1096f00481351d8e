"""Blind round 37 (fix37c): a one-word label that is a hyphenated or apostrophed surname ("Nwosu-Berg:",
"O'Hare:") speaks like any surname label once the person was named (frames/signatures.py). Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_hyphenated_surname_label_speaks_after_the_person_was_named():
    text = (
        "Ngozi Nwosu-Berg runs the ferry company and spoke to us in her office.\n\n"
        "Nwosu-Berg: We lost money for two years. I would do it again tomorrow.\n\n"
        "Ciaran O'Hare, her deputy, joined later.\n\n"
        "O'Hare: I told the board we needed new boats."
    )
    quotes = attributions(text)
    lost = next(q for q in quotes if "lost money" in " ".join(q["pieces"]))
    assert (lost["mention"], lost["speaker"], lost["kind"]) == ("Nwosu-Berg", "Ngozi Nwosu-Berg", "direct")
    boats = next(q for q in quotes if "new boats" in " ".join(q["pieces"]))
    assert (boats["mention"], boats["speaker"], boats["kind"]) == ("O'Hare", "Ciaran O'Hare", "direct")


def test_a_hyphenated_heading_is_still_no_label():
    assert attributions("Follow-up: the pier was built in 1910 and I never saw it closed.") == []
