"""Span round 43: a cue that ends in "to" ("vowed to", "is pledging to") followed by a quotation: the
infinitive's "to" opens the content ('to “keep the pier open”'), as PolNeAR marks it, and the cue is
the verb alone, as it is for an infinitive without quotation marks. Passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Mayor Lena Marwood vowed to “keep the pier open for every fisherman” at a meeting on Tuesday.",
            "vowed",
            "to “keep the pier open for every fisherman”",
        ),
        (
            'The council member Omar Haddad is pledging to "fight the sale to the last vote" before the summer.',
            "pledging",
            'to "fight the sale to the last vote"',
        ),
    ],
)
def test_a_quoted_infinitive_after_a_cue_in_to_starts_at_to(body, cue, content):
    (a,) = [a for a in attributions(body) if a["cue"] and a["cue"].startswith(cue)]
    assert a["cue"] == cue
    assert a["pieces"][0].startswith(content)


def test_an_unquoted_infinitive_starts_at_to_as_before():
    (a,) = attributions("Mayor Lena Marwood vowed to keep the pier open for every fisherman.")
    assert (a["cue"], a["pieces"][0]) == ("vowed", "to keep the pier open for every fisherman.")
