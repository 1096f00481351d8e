"""A rewritten regular expression finds what the pattern as written found: the check every speed rewrite
of a pattern is held to (edge cases, then random strings, each searched whole and between random bounds)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable


def assert_same_matches(
    as_written: re.Pattern[str],
    rewritten: re.Pattern[str],
    alphabet: Iterable[str],
    examples: Iterable[str],
    seed: int,
    max_length: int = 14,
    count: int = 20_000,
) -> None:
    rng = random.Random(seed)
    letters = list(alphabet)
    texts = list(examples)
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, max_length))) for _ in range(count)]
    for text in texts:
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        for lo, hi in ((0, len(text)), (i, j)):
            want = [m.span() for m in as_written.finditer(text, lo, hi)]
            assert [m.span() for m in rewritten.finditer(text, lo, hi)] == want, (text, lo, hi)
