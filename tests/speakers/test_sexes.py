"""The he/she counting pattern of quotelens/speakers/sexes.py, rewritten for speed (one character class first),
finds and sorts what the plain case-insensitive patterns find: random strings, whole and between bounds."""

from __future__ import annotations

import random
import re

from quotelens.speakers.sexes import _PRONOUN_RE

_PLAIN = re.compile(r"\b(?:(he|him|his|himself)|she|her|hers|herself)\b", re.IGNORECASE)
_ALPHABET = "hHsSeEiImMrRlLfF  _1’-é\n“"
_EXAMPLES = ["He said she would.", "Herself, HIMSELF; hers his him her", "ashe she_ shé Shelf Himselfs", "he\nShe"]


def _read(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], bool]]:
    return [(m.span(), m.group(1) is not None) for m in rx.finditer(text, lo, hi)]


def test_he_and_she_words_are_those_of_the_plain_pattern() -> None:
    rng = random.Random(61)
    texts = _EXAMPLES + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(40_000)]
    found = he = 0
    for text in texts:
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        for lo, hi in ((0, len(text)), (i, j)):
            want = _read(_PLAIN, text, lo, hi)
            assert _read(_PRONOUN_RE, text, lo, hi) == want, (text, lo, hi)
            found += len(want)
            he += sum(is_he for _, is_he in want)
    assert found > 200 and 0 < he < found  # (both kinds occur: the check is not vacuous)


def test_findall_marks_he_words_by_a_nonempty_group() -> None:
    """sex_from_pronouns counts the he-words as findall's non-empty strings."""
    found = _PRONOUN_RE.findall("He told her that his aide and she met him himself, hers.")
    assert len(found) == 7 and sum(1 for f in found if f) == 4


def test_a_title_of_nobility_opening_a_whole_name_says_its_sex():
    from quotelens.speakers.sexes import noble_sex

    assert [noble_sex(n.split()) for n in ("Prince of Wales", "Duchess of Sussex", "Earl of Wessex")] == ["m", "f", "m"]
    assert noble_sex(["Prince", "Harry"]) is None
