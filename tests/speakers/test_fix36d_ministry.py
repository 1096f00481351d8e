""""Her ministry" of the one introduced as "Transport Minister" is the transport ministry, a body of its own, not an
organisation named "her ministry" (speakers/owned._ministers_ministry)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_her_ministry_is_the_ministry_of_her_portfolio():
    body = (
        "Transport Minister Ingrid Solberg has promised to reopen the depots closed in the spring.\n\n"
        "Solberg, who took office in May, faces a vote of confidence next week. Her ministry said on Monday that "
        "the minister would meet hospital directors on Thursday."
    )
    assert speaker_holding(body, "would meet hospital directors") == "transport ministry"
