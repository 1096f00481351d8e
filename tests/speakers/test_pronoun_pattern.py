"""The pronoun chain's "he"/"she" pattern, rewritten for speed (its first letter first), finds what the
pattern as written found: random strings over the characters it reads, searched whole and between bounds."""

from __future__ import annotations

import random
import re

from quotelens.speakers.coref import _HE_SHE
from tests.same_matches import assert_same_matches

_AS_WRITTEN = re.compile(r"(?<![\w’'-])([Hh]e|[Ss]he)(?![\w-])")
_ALPHABET = "HhhSss eee  ’'-_1\n“"
_EXAMPLES = ["He said she would.", "She-wolf, he’s, she'd", "Ashe he-man The he", "’he 'she -he _he", "he\nShe"]


def test_pronouns_are_those_of_the_pattern_as_written() -> None:
    assert_same_matches(_AS_WRITTEN, _HE_SHE, _ALPHABET, _EXAMPLES, seed=53)


def test_the_pronoun_group_is_that_of_the_pattern_as_written() -> None:
    """PronounChain reads group 1 (the word): the same span in every match."""
    rng = random.Random(59)
    texts = _EXAMPLES + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    found = 0
    for text in texts:
        want = [(m.span(), m.span(1)) for m in _AS_WRITTEN.finditer(text)]
        assert [(m.span(), m.span(1)) for m in _HE_SHE.finditer(text)] == want, text
        found += len(want)
    assert found > 300  # (the random strings hold hundreds of pronouns: the check is not vacuous)
