"""Analysis time grows linearly with the text, whatever its shape (issue 19, item 1).

For each shape of text, ``load_article`` is timed at n and 4n characters (CPU time, best of up to 5,
the sizes interleaved) and the ratio must stay at or below 6: linear code gives about 4, quadratic code
16. A ratio, never an absolute time. The three shapes of the issue go up to 4n = 1 MB: a line of
quotation marks, a paragraph without punctuation full of "said", "told" and names, and concatenated PolNeAR train
articles. Two more shapes hold a pass that none of them reaches: quotations that follow their
cue-less predecessors, and quotations signed with a dash.

Each shape is checked at a small n first (4 or 16 KB), where quadratic code already shows, so that
such code fails in seconds instead of running for hours at the large sizes; and a run at 4n is stopped
as soon as its CPU time passes 6 times the best time at n (it is then an attempt over the ratio).
"""

from __future__ import annotations

import gc
import math
import random
import signal
import time
from collections.abc import Callable
from functools import cache

import pytest

from quotelens import load_article
from tests.conftest import SHARED

RATIO = 6.0
NAMES = "Ana Ruiz Tom Lee Putin Trump Clinton Mary Jones Ohio Moscow".split()
WORDS = "said told the plan would fail and it was good that him her deal vote win over in but".split()


def quotes_only(n: int) -> str:
    return '"' * n


def no_punctuation(n: int) -> str:
    """One paragraph of words, names, "said" and "told", and no punctuation at all."""
    rng = random.Random(0)
    words: list[str] = []
    size = 0
    while size < n:
        words.append(rng.choice(NAMES if rng.random() < 0.3 else WORDS))
        size += len(words[-1]) + 1
    return " ".join(words)[:n]


@cache
def _train_text() -> str:
    train = SHARED / "polnear" / "train"
    if not train.is_dir():
        pytest.fail(f"PolNeAR train is missing at {train}: the repository must sit beside shared/")
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(train.glob("*.txt")))


def news_text(n: int) -> str:
    return _train_text()[:n]


def quoted_followers(n: int) -> str:
    unit = '"The plan would fail," Ruiz said, "and it will," she added, '
    return ("Headline\n\n" + unit * (n // len(unit) + 1))[:n]


def signed_quotations(n: int) -> str:
    unit = "“The plan would fail badly for all of us,” ― Ana Ruiz\n\n"
    return ("Headline\n\n" + unit * (n // len(unit) + 1))[:n]


class _OverBudget(Exception):
    pass


def _raise_over_budget(signum: int, frame: object) -> None:
    raise _OverBudget


def cpu_seconds(text: str, budget: float | None = None) -> float:
    """CPU time of ``load_article(text)``; infinity when it passes ``budget`` CPU seconds (stopped there)."""
    previous = signal.signal(signal.SIGPROF, _raise_over_budget)
    # (another library's garbage-collection hook, such as hypothesis's, would swallow the stop raised in it)
    hooks, gc.callbacks[:] = gc.callbacks[:], []
    if budget is not None:
        signal.setitimer(signal.ITIMER_PROF, max(budget, 1e-3))
    start = time.process_time()
    try:
        load_article(text)
        return time.process_time() - start
    except _OverBudget:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        gc.callbacks[:] = hooks


def growth(make: Callable[[int], str], n: int) -> tuple[float, float]:
    """Best CPU time at n and at 4n, of up to 5 runs each (the attempts stop at the first pair within
    the ratio: more could only lower it). Each run at 4n is made between runs at n, so that both sizes
    meet the same load of a shared machine (with one lucky run at n and a loaded stretch after it, 3
    runs each failed a linear shape at 5.4x once in a fresh-clone run)."""
    small, large = make(n), make(4 * n)
    at_n = min(cpu_seconds(small), cpu_seconds(small))
    at_4n = math.inf
    for _ in range(4):
        at_4n = min(at_4n, cpu_seconds(large, budget=RATIO * at_n))
        at_n = min(at_n, cpu_seconds(small))
        if at_4n <= RATIO * at_n:
            break
    return at_n, at_4n


SHAPES = [  # (the shape, and its sizes n: 4n up to 1 MB)
    pytest.param(quotes_only, (4_000, 250_000), id="quotes-only"),
    pytest.param(no_punctuation, (16_000, 250_000), id="no-punctuation"),
    pytest.param(news_text, (4_000, 250_000), id="news-text"),
    # (one run-on sentence: read in pieces of 400 tokens, so its time is linear from a few pieces on)
    pytest.param(quoted_followers, (8_000, 25_000), id="quoted-followers"),
    pytest.param(signed_quotations, (4_000, 62_500), id="signed-quotations"),
]


@pytest.mark.parametrize(("make", "sizes"), SHAPES)
def test_time_grows_linearly(make: Callable[[int], str], sizes: tuple[int, ...]) -> None:
    for size in sizes:
        at_n, at_4n = growth(make, size)
        assert at_4n <= RATIO * at_n, (
            f"{make.__name__}: {size:,} -> {4 * size:,} characters took {at_n:.3f} -> "
            f"{'more than ' + format(RATIO * at_n, '.3f') if math.isinf(at_4n) else format(at_4n, '.3f')} "
            f"CPU seconds (ratio over {RATIO:g})"
        )


def test_the_cpu_budget_stops_a_run() -> None:
    assert math.isinf(cpu_seconds(news_text(200_000), budget=0.01))
    assert cpu_seconds("Headline\n\nAna Ruiz said the plan would fail.") < math.inf
