"""Patterns of quotelens/attribution/words.py (and quotestyle's opener) rewritten for speed find what the
patterns as written found: random strings over the characters they read, searched whole and between bounds."""

from __future__ import annotations

import random
import re

from quotelens import quotestyle
from quotelens.attribution.words import (
    COLON_BEFORE_QUOTE_RE,
    DASH_RE,
    DASH_SIGNATURE_RE,
    INLINE_LABEL_RE,
    LABEL_RE,
)
from tests.same_matches import assert_same_matches

_SIGNATURE_AS_WRITTEN = re.compile(
    r"(?<![^\s”\"'])(?P<dash>―|—|–|--|-)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*){0,4})[ \t\u00a0]*"
    r"(?P<handle>\(@\w+\))?[ \t\u00a0]*(?:\([A-Z][\w.]*(?:-[A-Z][\w. ]*)?\))?[ \t\u00a0]*"
    r"(?:,[ \t\u00a0]+(?:in|at|on|during|speaking|writing|to|from|via|before|after)\b[^\n\"“”]{0,80}?)?"
    r"(?:,?[ \t\u00a0]*[A-Z][a-z]+\.? \d{1,2}, \d{4})?[ \t\u00a0.]*$",
    re.MULTILINE,
)


def _texts(alphabet: str, examples: list[str], seed: int, count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return examples + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _bounds(text: str, rng: random.Random) -> list[tuple[int, int]]:
    i = rng.randint(0, len(text))
    return [(0, len(text)), (i, rng.randint(i, len(text)))]


def _groups(m: re.Match[str] | None) -> list[tuple[int, int]] | None:
    return None if m is None else [m.span(g) for g in range(m.re.groups + 1)]


def test_dash_signatures_are_those_of_the_pattern_as_written() -> None:
    examples = [
        '"We will win." ― Ana Ruiz',
        "C — Paul Ryan (@SpeakerRyan) July 5, 2016",
        "x -- Jo Hale.",
        "a-B --Jo\n- Al",
        "“A.” — Sen. Al Jo (R-Ohio), in a speech in Dayton, March 9, 2026",
    ]
    rng = random.Random(3)
    for text in _texts("-—–― \t\n\u00a0\"”'aAJ(@)5, .", examples, seed=29):
        for lo, hi in _bounds(text, rng):
            assert _groups(DASH_SIGNATURE_RE.search(text, lo, hi)) == _groups(
                _SIGNATURE_AS_WRITTEN.search(text, lo, hi)
            ), (text, lo, hi)
            want = [_groups(m) for m in _SIGNATURE_AS_WRITTEN.finditer(text, lo, hi)]
            assert [_groups(m) for m in DASH_SIGNATURE_RE.finditer(text, lo, hi)] == want, (text, lo, hi)


def test_dashes_are_those_of_the_pattern_as_written() -> None:
    examples = ["a — b", "a—b", "a -- b", "a – b —", "  —  ", "\n—\t"]
    assert_same_matches(re.compile(r"\s(?:—|–|--)\s|—"), DASH_RE, " \t\n—–-a", examples, seed=31)


def test_openers_are_those_of_the_pattern_as_written() -> None:
    """The rewritten opener pattern matches the mark alone, one character after each match as written
    (searched from a text's start, as for_engine does: its look-behind reads the character before)."""
    as_written = re.compile(r"[\s(\[{—–\-/“\"][‘'](?=[^\s'])")
    rng = random.Random(37)
    for text in _texts(" \n(['‘’“\"—-/a", ["He said: 'We will win.' ('Yes')", "''a' ‘b' —'c"], seed=41):
        for hi in (len(text), rng.randint(0, len(text))):
            lo = 0
            want = [m.start() + 1 for m in as_written.finditer(text, lo, hi)]
            assert [m.start() for m in quotestyle._OPENER_RE.finditer(text, lo, hi)] == want, (text, lo, hi)
            assert len(quotestyle._OPENER_RE.findall(text, lo, hi)) == len(as_written.findall(text, lo, hi))


def test_every_inline_label_holds_a_colon_before_a_quotation_mark() -> None:
    """inline_labels searches a paragraph for labels only when the colon-and-mark pattern is in it."""
    examples = ["Pollsters agree - Carl Bialik: “C”", "More from the report: ''C''", 'Rep. Ana Ruiz (R-S.C.):"C"']
    rng = random.Random(43)
    for text in _texts("Aa :\t“\"'-– ()F", examples, seed=47):
        for lo, hi in _bounds(text, rng):
            if INLINE_LABEL_RE.search(text, lo, hi) is not None:
                assert COLON_BEFORE_QUOTE_RE.search(text, lo, hi) is not None, (text, lo, hi)


def test_speaker_labels_are_those_of_the_pattern_as_written() -> None:
    """LABEL_RE (read with ``match`` at each paragraph's start) takes its words possessively: the same
    label, colon and rest as the pattern as written, matched at random bounds."""
    as_written = re.compile(
        r"[\"“]?(?P<label>Q|A|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\s*(?P<colon>:)\s+(?P<rest>\S)"
    )
    examples = ["TAPPER: I think", "Q: What", "QA: x", "Rep. Ana O’Neil-Ruiz : Yes", '"Al Bo Cy Di: y', "A B C D E: z"]
    rng = random.Random(61)
    found = []
    for text in _texts("QAaB .’'-:  “", examples, seed=67):
        for lo, hi in _bounds(text, rng):
            m = as_written.match(text, lo, hi)
            assert _groups(LABEL_RE.match(text, lo, hi)) == _groups(m), (text, lo, hi)
            found += [m.group("label")] if m else []
    # (labels, of several words too, among the random strings: the check is not vacuous)
    assert len(found) > 100 and sum(" " in label for label in found) > 10
