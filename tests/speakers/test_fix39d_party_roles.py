"""A party word and "legislator" name an elected member introduced by title: "the Ohio Democrat" is the senator
named before, "the legislator" the MP (speakers/candidates.py ROLE_SYNONYMS, speakers/rolewords.py)."""

from __future__ import annotations

from quotelens.speakers.candidates import Anaphor, matched_role
from quotelens.speakers.model import Entity, SpeakerType
from tests.speakers.examples import speaker_holding


def test_a_party_description_names_a_senator_or_an_mp():
    senator = Entity(0, "Ruth Calloway", SpeakerType.PERSON, roles={"senator"})
    mp = Entity(1, "Peter Otieno", SpeakerType.PERSON, roles={"lakeside mp"})
    ohio = Anaphor(0, 17, "the Ohio Democrat", "person", 0, 0, head="democrat", modifiers=("ohio",))
    assert matched_role(senator, ohio) == "senator"
    assert matched_role(mp, ohio) == "lakeside mp"
    assert matched_role(Entity(2, "Jo Park", SpeakerType.PERSON, roles={"economist"}), ohio) is None


def test_the_legislator_is_the_mp_named_before():
    body = (
        "Lakeside MP Peter Otieno, who backed the road, was more careful. He said the road would help traders.\n\n"
        '"Pay these families first, then build," the legislator said.'
    )
    assert speaker_holding(body, "Pay these families") == "Peter Otieno"
