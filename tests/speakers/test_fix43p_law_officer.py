""""The law officer" is a government's attorney, solicitor or advocate general: the description's modifier and
head read as one compound role ("law officer"), so it names the one introduced as solicitor general, not the
last speaker (speakers/candidates.py matched_role, speakers/rolesynonyms.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_law_officer_is_the_solicitor_general():
    body = (
        "The court heard the challenge to the port plan on Tuesday.\n\n"
        "Solicitor General Ravi Anand, for the state, said the plan had been approved in 2021.\n\n"
        "Nikhil Batra, for the fishermen, said the plan ignored the reef. Batra said the state had never surveyed it. "
        "\"The reef is gone if this goes ahead,\" Batra said.\n\n"
        "\"The survey was done and filed with the court,\" the law officer said."
    )
    assert speaker_holding(body, "The survey was done") == "Ravi Anand"


def test_the_officer_alone_is_no_solicitor_general():
    from quotelens.speakers.candidates import Anaphor, matched_role
    from quotelens.speakers.model import Entity, SpeakerType

    ent = Entity(0, "Ravi Anand", SpeakerType.PERSON)
    ent.roles = {"solicitor general"}
    assert matched_role(ent, Anaphor(0, 11, "the officer", "person", 0, 0, head="officer")) is None
    law = Anaphor(0, 15, "the law officer", "person", 0, 0, head="officer", modifiers=("law",))
    assert matched_role(ent, law) == "solicitor general"
