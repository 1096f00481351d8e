"""Merge speakers across articles: one ``corpus_speaker`` per person or organisation in the corpus.

In: the speakers of the corpus, batch by batch (only ``name`` and ``type`` are read). Out: the
``corpus_speaker`` of any row that names a speaker — in ``speakers``, ``quotes`` or ``mentions``.
Only the distinct (name, type) pairs and their counts are held, so memory grows with the number of
distinct names, not with the corpus: a corpus run merges in a second pass over what it wrote.

Rule (documented in the README): within an article, speakers are already resolved ("Tillerson" ->
Rex Tillerson). Across articles, two speakers are the same when their canonical names are equal
ignoring case and titles; a one-word name ("Tillerson") joins the multi-word person name that ends
with it when exactly one such name exists in the corpus ("Rex Tillerson"); anonymous sources ("a
senior official") are never merged across articles. A merged name is shown in its most frequent
multi-word spelling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from quotelens.schema import pandas_dtype

_HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen president senator governor".split())


class SpeakerMerge:
    """``add`` the speakers of every batch, then ask :meth:`corpus_speaker` for any rows."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()  # (name, type) -> speaker rows
        self._merged: dict[tuple[str, str], str] | None = None

    def add(self, speakers: pd.DataFrame) -> SpeakerMerge:
        return self.add_names(speakers["name"], speakers["type"])

    def add_names(self, names: Iterable[str], types: Iterable[str]) -> SpeakerMerge:
        self.counts.update(zip(names, types, strict=True))
        self._merged = None
        return self

    def _merge(self) -> dict[tuple[str, str], str]:
        full_by_last: dict[str, set[str]] = {}
        for name, type_ in self.counts:
            words = name.split()
            if type_ == "person" and len(words) >= 2:
                full_by_last.setdefault(words[-1].lower(), set()).add(" ".join(w.lower() for w in words))

        def key_of(name: str, type_: str) -> str:
            words = name.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
                words = words[1:]  # "Mr. Obama" and "Obama" are keyed alike
            if type_ == "person" and len(words) == 1 and len(full_by_last.get(words[0].lower(), ())) == 1:
                return next(iter(full_by_last[words[0].lower()]))  # "Tillerson" -> "rex tillerson"
            return " ".join(w.lower() for w in words)

        keys = {pair: key_of(*pair) for pair in self.counts}
        uses: Counter[tuple[str, str]] = Counter()  # (key, spelling) -> speaker rows
        for (name, type_), n in self.counts.items():
            uses[keys[name, type_], name] += n
        best: dict[str, tuple[int, int, str]] = {}  # the most words, then the most uses, then A-Z
        for (key, name), n in uses.items():
            rank = (-len(name.split()), -n, name)
            if key not in best or rank < best[key]:
                best[key] = rank
        return {pair: best[key][2] for pair, key in keys.items()}

    def values(self, article_ids: Iterable[str], names: Iterable[object], types: Iterable[object]) -> list[str | None]:
        """The merged name of each row (``article: name`` for anonymous sources; ``None`` without a speaker)."""
        if self._merged is None:
            self._merged = self._merge()
        merged = self._merged
        return [
            None
            if not isinstance(name, str)
            else f"{a}: {name}"
            if type_ == "anonymous"
            else merged.get((name, str(type_)))
            for a, name, type_ in zip(article_ids, names, types, strict=True)
        ]

    def named(self) -> int:
        """Distinct merged names of people, organisations and media (anonymous sources left out)."""
        if self._merged is None:
            self._merged = self._merge()
        return len({m for (_, type_), m in self._merged.items() if type_ != "anonymous"})


def with_corpus_speaker(df: pd.DataFrame, merge: SpeakerMerge) -> pd.DataFrame:
    """A speakers, quotes or mentions table with ``corpus_speaker`` added."""
    names, types = speaker_columns(df.columns)
    merged = merge.values(df["article_id"], df[names], df[types])
    return df.assign(corpus_speaker=pd.array(merged, dtype=pandas_dtype("str?")))


def speaker_columns(columns: Iterable[str]) -> tuple[str, str]:
    """Where a table names its speaker and the speaker's type: ``speakers`` or ``quotes`` / ``mentions``."""
    return ("name", "type") if "name" in columns else ("speaker", "speaker_type")


def merge_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """``speakers`` (with ``article_id``, ``name``, ``type``) with ``corpus_speaker`` added (module rule)."""
    return with_corpus_speaker(speakers, SpeakerMerge().add(speakers))
