"""A name inside a fronted question clause ("Asked whether Sandvoll would start, the 58-year-old said") is what
was asked about: the description after it is the one who answers, not that name (speakers/askedabout.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The national handball team named its squad for the winter tournament on Monday.\n\n"
    "Goalkeeper Eskil Sandvoll, who missed the autumn matches with a shoulder injury, was left out. "
    '"I am fit and I am ready," Sandvoll said in a statement released by his club.\n\n'
    "Head coach Bernhard Ostrowicz faced questions about the decision at a press conference.\n\n"
    '"We picked the players who are playing every week," Ostrowicz said. "That is the only rule."\n\n'
    "Asked whether Sandvoll could still join the squad later, the 58-year-old said the door was "
    "\\u201cnever completely closed\\u201d for anyone."
)


def test_the_description_after_an_asked_clause_is_not_the_name_asked_about():
    assert speaker_holding(_BODY, "never completely closed") == "Bernhard Ostrowicz"
