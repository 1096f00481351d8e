"""A session that corrects the same few quotations many times (run in two processes or threads)."""

from __future__ import annotations

from typing import Any

from quotelens.corrections import Correction, CorrectionStore, article_digest, engine_for

DIGEST = article_digest("one article, corrected by two sessions at once")
KEYS = ["10-20", "30-40", "50-60"]
EDITS = 60


def correct_many(url: str, name: str, start: Any, engine: Any = None) -> None:
    store = CorrectionStore(engine if engine is not None else engine_for(url))
    store.latest(DIGEST)  # connected: the sessions start writing together, at the barrier
    start.wait(60)
    for i in range(EDITS):
        key = KEYS[i % len(KEYS)]
        store.save(Correction(DIGEST, key, speaker=f"{name} {i}", author=name, session=name, note=str(i)))
