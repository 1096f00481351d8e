"""An unnamed employee named by the firm they work for ("a former Acme scheduler", "an Acme welder") is nobody in
particular, never the firm, whatever their noun (the firm's name only says where they work); and she is the
"she" who goes on speaking (speakers/named.py, speakers/described.py, speakers/candidates.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Harlow Home Care runs 14 homes in Kent. Harlow did not respond to questions.\n\n"
    "Edith Marsh, 88, was found on the floor of her room in May. She died in hospital a week later.\n\n"
    "“The rotas were fiction,” said a former Harlow scheduler, who spoke on condition of anonymity because "
    "she still works in the industry. She said managers listed carers who had already left."
)


def test_a_former_scheduler_is_no_spokesperson_of_the_firm():
    assert speaker_holding(_BODY, "The rotas were fiction") == "a former Harlow scheduler"


def test_she_goes_on_as_the_unnamed_scheduler():
    assert speaker_holding(_BODY, "listed carers who had already left") == "a former Harlow scheduler"
