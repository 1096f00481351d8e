"""The name an "according to" phrase speaks through: quotelens/attribution/frames/according_to.py."""

from __future__ import annotations

import pytest

from quotelens.attribution import attributions_in


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("calculations by Amy Glasmeier of the Massachusetts Institute of Technology", "Amy Glasmeier"),
        ("a statement from the Center for AI Safety", "Center for AI Safety"),
        ("a 2013 study by economists Peter Schott and Justin Pierce", "Peter Schott and Justin Pierce"),
        ("remarks Foreign Minister Sergei Lavrov made on Friday", "Foreign Minister Sergei Lavrov"),
    ],
)
def test_the_name_is_whole_and_a_person_speaks_from_where_they_work(phrase: str, source: str) -> None:
    text = f"Headline\n\nThe risk is high, according to {phrase}."
    (a,) = attributions_in(text)
    assert a.source is not None and text[a.source[0] : a.source[1]] == source
