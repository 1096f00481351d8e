"""The quick checks of reading a text give the answers of the slower ones they replaced (speed only)."""

import random

from quotelens.textio import _SURROGATE_RE, _has_surrogates
from quotelens.textio.markdown import _HEADING, LINK, looks_like_markdown


def _looks_like_markdown_as_written(text: str) -> bool:
    head = text[:20000]
    first = next((line for line in head.splitlines() if line.strip()), "")
    signals = (
        bool(_HEADING.match(first))
        + (len(LINK.findall(head)) >= 2)
        + (sum(1 for line in head.splitlines() if _HEADING.match(line)) >= 2)
    )
    return signals >= 2 or (bool(_HEADING.match(first)) and "\n\n" in head)


def test_surrogates_are_found_as_the_pattern_finds_them() -> None:
    rng = random.Random(3)
    alphabet = ["a", " ", "é", "“", "\ud800", "\udfff", "\ud83d\ude00", "😀", "\ufffd", "\n"]
    texts = ["", "plain", "caf\u00e9", "\ud83d", "a\udc00b", "emoji 😀"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(5_000)]
    for text in texts:
        assert _has_surrogates(text) is bool(_SURROGATE_RE.search(text)), ascii(text)


def test_markdown_is_recognised_as_before() -> None:
    rng = random.Random(4)
    pieces = ["# Title", "## Part", "#tag", "[a](b)", "[c](d)", "text", "", "\n", "\n\n", " ", "\x0c", "\u2028", "#"]
    texts = ["# Title\n\nBody [a](b) [c](d)", "Body [a](b) and [c](d)\n## One\n## Two", "No marks at all."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20_000)]
    seen = set()
    for text in texts:
        want = _looks_like_markdown_as_written(text)
        assert looks_like_markdown(text) is want, text
        seen.add(want)
    assert seen == {True, False}
