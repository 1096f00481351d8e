"""The single-mark pattern of quotestyle, rewritten for speed, finds the marks of the pattern as written."""

import re

from quotelens.quotestyle import _SINGLE_RE
from tests.same_matches import assert_same_matches


def test_single_marks_are_those_of_the_pattern_as_written() -> None:
    as_written = re.compile(r"(?<!')[‘’'](?!')")
    assert as_written.pattern != _SINGLE_RE.pattern
    examples = ["the voters’ choice", "''' he said '''", "‘Yes,’ she said, ‘don't’"]
    assert_same_matches(as_written, _SINGLE_RE, "a'‘’ s\n\"Z", examples, seed=19, max_length=12)
