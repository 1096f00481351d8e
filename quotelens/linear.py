"""What the two linear models (:mod:`quotelens.boundary`, :mod:`quotelens.confidence`) share: their
weights files and the bucketed count features."""

from __future__ import annotations

import json
from itertools import repeat
from operator import mul
from pathlib import Path

DATA = Path(__file__).with_name("data")


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


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """A count as a feature value: ``"<=e"`` for the first edge ``e`` it does not pass, else ``">last"``."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"
