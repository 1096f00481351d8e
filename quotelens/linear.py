"""What the linear models (:mod:`quotelens.boundary`, :mod:`quotelens.starts`, :mod:`quotelens.confidence`,
:mod:`quotelens.cuetagger`) share: their weights files, the bucketed count features, and a shipped model
that training can swap out, and how the choosers pick the best of their options."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Generic, TypeVar

DATA = Path(__file__).with_name("data")


M = TypeVar("M")
K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """``make(*key)`` (``make(key)`` for a key that is no tuple) for each key, made once and kept: the
    choosers' feature names, built once per word or class they name. A kept value is read as from any dict
    (``__missing__`` runs only for a new key); the memo is emptied when it holds ``limit`` values, a bound
    on memory in a server that reads many articles."""

    __slots__ = ("_limit", "_make")

    def __init__(self, make: Callable[..., V], limit: int = 50_000) -> None:
        super().__init__()
        self._make = make
        self._limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._make(*key) if isinstance(key, tuple) else self._make(key)
        return value


class Swappable(Generic[M]):
    """The shipped model, read by ``shipped()`` when asked for, unless training has put another in its
    place: tools/train_confidence.py reads each train document with choosers and a cue tagger fitted on
    the other half of train, so the confidence model learns how far to trust them out of sample."""

    __slots__ = ("_override", "_shipped")

    def __init__(self, shipped: Callable[[], M]) -> None:
        self._shipped = shipped
        self._override: list[M] = []

    def override(self, model: M | None) -> None:
        """Use ``model`` instead of the shipped one (``None``: back to the shipped one)."""
        self._override.clear()
        if model is not None:
            self._override.append(model)

    def current(self) -> M:
        """The override, else the shipped model."""
        return self._override[0] if self._override else self._shipped()


def load_weights(path: Path) -> dict[str, float] | None:
    """The ``weights`` of a model file (feature name -> weight), or None when the file is missing."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["weights"].items()}


def dot(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The sum of weight x value over the features, in the features' order (as
    ``sum(weights.get(k, 0.0) * v for k, v in feats.items())``, the same float, iterated in C)."""
    return sum(map(mul, map(weights.get, feats, repeat(0.0)), feats.values()))


def dot_indicators(feats: dict[str, float], weights: dict[str, float]) -> float:
    """:func:`dot` for features that are all 1.0 (indicators): the sum of their weights in the features'
    order, the same float (``w * 1.0 == w``) without the products."""
    return sum(map(weights.get, feats, repeat(0.0)))


@functools.cache  # (a few counts against a few edge tuples, asked for at every candidate: looked up once made)
def bucket(n: int, edges: tuple[int, ...]) -> str:
    """A count as a feature value: ``"<=e"`` for the first edge ``e`` it does not pass, else ``">last"``."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def best_option(scores: list[float], options: Sequence[tuple[int, object]], rule: int) -> int:
    """The index of the best of the choosers' ``scores`` (one per option), the rules' candidate ``rule``
    first on a tie, else the first: ``max`` over ``(score, option == rule)``, written out (a key function
    made and called per candidate cost more than the comparisons)."""
    best, top, at_rule = 0, scores[0], options[0][0] == rule
    for n in range(1, len(scores)):
        s = scores[n]
        if s > top or (s == top and not at_rule and options[n][0] == rule):
            best, top, at_rule = n, s, options[n][0] == rule
    return best
