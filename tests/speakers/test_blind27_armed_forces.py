"""A country's armed forces are an organisation (blind round 27, set g): "The Israeli military said" speaks for
an organisation, not an unnamed source, and "the US military" is never the Israeli one named before
(speakers/lexicon.py ORG_KIND_NOUNS, candidates.name_origin_clash)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_military_is_an_organisation_of_its_own_country():
    text = (
        "Headline\n\nThe Israeli military said it took precautions. The US military said it struck a base. "
        "“We hit the target,” the military said."
    )
    rows = typed_speakers(text)
    assert [(speaker, kind) for _, speaker, kind in rows] == [
        ("the Israeli military", "organisation"),
        ("the US military", "organisation"),
        ("the US military", "organisation"),
    ]
