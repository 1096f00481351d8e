"""The single-mark pattern of quotestyle, rewritten for speed, finds the marks of the pattern as written."""

import random
import re

from quotelens.quotestyle import _SINGLE_RE


def test_single_marks_are_those_of_the_pattern_as_written() -> None:
    as_written = re.compile(r"(?<!')[‘’'](?!')")
    assert as_written.pattern != _SINGLE_RE.pattern
    rng = random.Random(19)
    alphabet = list("a'‘’ s\n\"Z")
    texts = ["the voters’ choice", "''' he said '''", "‘Yes,’ she said, ‘don't’"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        for lo, hi in ((0, len(text)), (i, j)):
            want = [m.span() for m in as_written.finditer(text, lo, hi)]
            assert [m.span() for m in _SINGLE_RE.finditer(text, lo, hi)] == want, (text, lo, hi)
