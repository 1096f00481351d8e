"""A one-word name before a role and a full name ("Crown biographer Hugo Latimer", "Ferrari team principal
Frederic Vasseur") only modifies them: the full name is the sentence's subject, so a "he" that takes the subject
up is that man, even when the one word could be a person's first name."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    'Ann Lowe said she had written twice. "It was not a matter for the board," the 67-year-old said.\n\n'
    "Royal biographer Tom Fenwick, whose book on the family came out last year, said the affair showed how "
    "exposed the charity had become.\n\n"
    '"Nobody really checks what happens next," he said.\n'
)


def test_he_after_a_name_before_a_role_is_the_full_name():
    assert speaker_holding(BODY, "Nobody really checks") == "Tom Fenwick"
