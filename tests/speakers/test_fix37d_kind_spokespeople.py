"""An unnamed spokesperson named by an organisation's bare kind ("a council spokesperson") speaks for the one
organisation named before whose name ends in that kind, however far back, as "a spokesperson for the council"
does (speakers/spokespeople.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_kind_spokesperson_far_after_the_named_council():
    body = (
        "Residents of Marrowby say Marrowby Borough Council ignored them over a new bus depot.\n\n"
        "Shopkeeper Alan Price said the depot would block deliveries to his street.\n\n"
        '"Nobody asked us anything," Price said.\n\n'
        "Teacher Joan Hale said children walk past the site every morning.\n\n"
        '"It is a lorry park next to a school," Hale said.\n\n'
        "Driver Tom Reeve said the old depot was too small.\n\n"
        '"We need the space," Reeve said.\n\n'
        "In a statement, a council spokesperson said the plans would be reviewed next month."
    )
    assert speaker_holding(body, "plans would be reviewed") == "Marrowby Borough Council"
