"""A one-word name that no list knows, with a person's role set off after it ("Wirasto, the treasurer of the
Harbour Workers Union (HWU), ... said"), is a person of the article: the role's description and a later "he" find
him, not the man named before (speakers/mentions.py, Cast.collect)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Transport Minister Agus Halim defended the new port tariffs on Monday.\n\n"
    "Wirasto, the treasurer of the Harbour Workers Union (HWU), which represents 9,000 dockers, said the strike "
    "fund would last a month.\n\n"
    '"We are ready to stay out until the port listens," he said.'
)


def test_the_apposed_role_is_the_one_name():
    assert speaker_holding(_BODY, "strike fund would last") == "Wirasto"


def test_a_later_he_is_the_one_name():
    assert speaker_holding(_BODY, "until the port listens") == "Wirasto"
