"""A judge introduced by a justice's title ("Mr Justice Owen Harte", "Chief Justice Ama Boateng") is "the judge"
later; "justice" names a judge only as a role's last word, not in "justice minister"
(speakers/candidates.py)."""

from __future__ import annotations

from quotelens.speakers.candidates import Anaphor, matched_role
from quotelens.speakers.model import Entity, SpeakerType
from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_justice_s_title_is_a_judge_s_role_far_back():
    body = (
        "Sentencing, Mr Justice Owen Harte told Tom Reed he had shown “no regard for life”.\n\n"
        "Prosecutor Dina Salt said Reed had waited outside the shop for an hour.\n\n"
        "Defence barrister Paul Oduya said his client was sorry.\n\n"
        "Detective Inspector Maria Lunn said the family had been brave.\n\n"
        "Victim's brother Sami Haddad said the sentence was too short.\n\n"
        "Mark Bell, of the charity Road Peace, said the case was a warning.\n\n"
        "The judge told Reed that he would serve at least 19 years."
    )
    assert _speakers(body)[-1] == "Owen Harte"


def _role(roles: set[str], head: str) -> str | None:
    ent = Entity(0, "Ann Lee", SpeakerType.PERSON)
    ent.roles.update(roles)
    return matched_role(ent, Anaphor(0, 9, "the judge", "person", 0, 0, head=head))


def test_justice_names_a_judge_only_as_a_role_s_last_word():
    assert _role({"mr justice"}, "judge") == "mr justice"
    assert _role({"chief justice"}, "judge") == "chief justice"
    assert _role({"justice minister"}, "judge") is None
    assert _role({"minister of justice"}, "judge") is None
