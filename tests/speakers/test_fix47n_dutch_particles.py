"""Dutch surname particles "den" and "ter" join a name as "van" and "der" do: "Joost van den Heuvel" is one
name, and a later "van den Heuvel" is him (speakers/lexicon.py, SURNAME_PARTICLES)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_name_with_two_lower_case_particles():
    body = 'Joost van den Heuvel, a hydrologist in Utrecht, says the dikes "held better than the models said".'
    assert speaker_holding(body, "held better than the models") == "Joost van den Heuvel"


def test_a_later_mention_by_the_particled_surname():
    body = (
        "Joost van den Heuvel, a hydrologist in Utrecht, studied the flood for a year.\n\n"
        '"Water always finds the weak point," says van den Heuvel.'
    )
    assert speaker_holding(body, "finds the weak point") == "Joost van den Heuvel"


def test_a_later_mention_by_a_surname_after_ter():
    body = (
        "Femke ter Braak, an ecologist in Leiden, counted the geese on the mudflats for a decade.\n\n"
        '"The numbers are falling every winter," says ter Braak.'
    )
    assert speaker_holding(body, "falling every winter") == "Femke ter Braak"
