"""An official of a party whose name reads like a person's ("Nova Esperanza", written once as "his Nova
Esperanza party") speaks for that party, an organisation named in the phrase (speakers/members.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_official_of_a_party_named_like_a_person():
    body = (
        "Trade Minister Luis Ferro, whose Nova Esperanza party holds four seats, had threatened to quit the "
        "coalition over the budget.\n\n"
        '"We have our guarantees," a senior Nova Esperanza official told reporters. "Now we will vote."'
    )
    assert speaker_holding(body, "We have our guarantees") == "Nova Esperanza"
