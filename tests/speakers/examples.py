"""Helpers shared by the speaker tests that read short articles written for the test."""

from __future__ import annotations

from quotelens import load_article
from tests.test_attribution import attributions


def speaker_of(body: str, cue: str) -> str | None:
    """The speaker credited with the one report whose cue is ``cue`` (None: an anonymous source)."""
    (a,) = [q for q in attributions(body) if q["cue"] == cue]
    return None if a["resolution"] == "anonymous" else a["speaker"]


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """(source as written, speaker or None, how it was resolved) of each report of a whole article."""
    q = load_article(text).quotes.drop_duplicates("group")
    return [(r.mention_text, r.speaker if isinstance(r.speaker, str) else None, r.resolution) for r in q.itertuples()]


def typed_speakers(text: str) -> list[tuple[str, str, str]]:
    """(source as written, speaker, speaker type) of each report of a whole article."""
    q = load_article(text).quotes.drop_duplicates("group")
    return [(r.mention_text, r.speaker, r.speaker_type) for r in q.itertuples()]


def speaker_holding(body: str, words: str) -> str | None:
    """The speaker credited with the first quotation holding ``words`` in an article of ``body`` under a
    headline (None when nobody is)."""
    q = load_article("Headline\n\n" + body).quotes
    hit = q[q["text"].str.contains(words, regex=False)]
    assert not hit.empty, f"no quotation holds {words!r}"
    value = hit.iloc[0]["speaker"]
    return value if isinstance(value, str) else None
