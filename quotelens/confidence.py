"""How likely an attribution found by the frames is right: a small logistic model.

In: an :class:`~quotelens.attribution.Attribution` and the article text. Out: a
probability, and the features that gave it (shown as evidence in the reader view).

How:
    The frames of :mod:`quotelens.attribution` propose; this model, trained on PolNeAR
    *train* by ``tools/train_confidence.py`` (weights in ``data/confidence.json``, a
    few kB), says how often a proposal with these features was right there. Proposals
    below :data:`THRESHOLD` are dropped. Every feature is a plain fact about the
    proposal (its frame, its cue's rate as a cue in train, what kind of source it names,
    how long and how quoted its content is), so the decision can be read off.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import repeat
from operator import mul, neg
from typing import Any, Protocol

from quotelens.endings import ENDS_ING
from quotelens.lexicon import CUE_FORMS, DERIVED_CUE_RATES, PERSON_PRONOUNS, SPEECH_LEMMAS
from quotelens.linear import DATA, bucket, dot, load_weights

WEIGHTS = DATA / "confidence.json"


def features(
    text: str,
    content: list[tuple[int, int]],
    cue: tuple[int, int] | None,
    source: tuple[int, int] | None,
    rule: str,
    quoted_share: float,
    nested: str = "",
    end_share: float | None = None,
) -> dict[str, float]:
    """The named features of one proposed attribution (all 0/1 or small numbers).

    ``nested``: the frame of another proposal whose content holds this cue ("Putin denied X,
    Tillerson said": content-first), a report within a report; empty when none does."""
    family = rule.split(" (")[0]
    f: dict[str, float] = {"bias": 1.0, f"rule={family}": 1.0, f"rule_detail={rule}": 1.0}
    cue_text = text[cue[0] : cue[1]].lower() if cue else ""
    head = cue_text.split()[0] if cue_text else ""
    _add_cue_features(f, cue_text, head)
    src = text[source[0] : source[1]] if source else ""
    words = src.split()
    kind = _source_kind(words)
    f[f"source_{kind}"] = 1.0
    n_words = sum(len(text[s:e].split()) for s, e in content)
    f["content_log_words"] = math.log1p(n_words)
    f["content_short"] = float(n_words <= 3)
    f["content_pieces"] = float(len(content) > 1)
    f["quoted_share"] = quoted_share
    first = text[content[0][0] : content[0][1]].split(maxsplit=1)[:1]
    f["content_starts_that"] = float(bool(first) and first[0].lower() == "that")
    f["content_starts_to"] = float(bool(first) and first[0].lower() == "to")
    f["content_starts_capital"] = float(bool(first) and first[0][:1].isupper())
    if source and cue:
        f["source_after_cue"] = float(source[0] > cue[0])
        f["source_far"] = float(abs(source[0] - cue[0]) > 60)
    # Lexical and shape features: which verb, what follows it, how long the parts are.
    if head and head != "according":
        f[f"cue_lemma={CUE_FORMS.get(head, head)}"] = 1.0
    if cue:
        f[f"after_cue={_after_cue(text, cue[1])}"] = 1.0
    f[f"content_words={bucket(n_words, (3, 8, 20, 40))}"] = 1.0
    f["content_has_quote"] = float(quoted_share > 0)
    if nested:
        f[f"cue_inside={nested}"] = 1.0
        f["cue_inside_x_speech_verb"] = f.get("cue_speech_verb", 0.0)
        f["cue_inside_x_has_source_name"] = f.get("source_named", 0.0)
    if words:
        f[f"source_words={bucket(len(words), (1, 3, 6))}"] = 1.0
    f[f"rule={family}|quoted_share"] = quoted_share
    f[f"rule={family}|source={kind}"] = 1.0
    if end_share is not None:  # how sure the boundary chooser was of the content's end
        f["end_share"] = end_share
        f["end_unsure"] = float(end_share < 0.5)
    return f


def _add_cue_features(f: dict[str, float], cue_text: str, head: str) -> None:
    """The cue's features: "according to", or its rate as a cue in train and its shape; or none."""
    if head == "according":
        f["cue=according to"] = 1.0
    elif head:
        f["cue_rate"] = DERIVED_CUE_RATES.get(head, 0.0)
        f["cue_speech_verb"] = float(CUE_FORMS.get(head) in SPEECH_LEMMAS)
        f["cue_unseen_in_train"] = float(head not in DERIVED_CUE_RATES)
        f["cue_ing"] = float(ENDS_ING[head])
        f["cue_multiword"] = float(len(cue_text.split()) > 1)
    else:
        f["cue_none"] = 1.0


# (word sets united once here, not on every call)
_PERSON_PRONOUNS_OR_THEY_WE_ETC = frozenset(PERSON_PRONOUNS | {"they", "we", "i", "you"})


def _source_kind(words: list[str]) -> str:
    """What kind of source the words are: none, pronoun, relative, it, named or description."""
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in _PERSON_PRONOUNS_OR_THEY_WE_ETC:
        return "pronoun"
    if len(words) == 1 and words[0].lower() in {"who", "which", "that"}:
        return "relative"
    if words[0].lower() == "it":
        return "it"
    if any(w[:1].isupper() for w in words):
        return "named"
    return "description"


# a time phrase right after the cue, then punctuation: "on Thursday.", "last week,", "in March:"
_TIME_THEN = re.compile(
    r"(?:(?:on|in|at|early|late|earlier|later|last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month|year|"
    r"January|February|March|April|June|July|August|September|October|November|December)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*([.;:,])"
)


def _after_cue(text: str, pos: int) -> str:
    """What the cue is followed by: that, to, a quotation, a colon, a comma, a name, a word."""
    rest = text[pos : pos + 40].lstrip()
    if not rest:
        return "end"
    ch = rest[0]
    if ch in "\"“‘'«„":
        return "quote"
    if ch in ":,.;":
        return {":": "colon", ",": "comma"}.get(ch, "stop")
    if (time := _TIME_THEN.match(rest)) is not None:  # "reported on Thursday." is "reported."
        return {":": "colon", ",": "comma"}.get(time[1], "stop")
    word = rest.split(maxsplit=1)[0].lower().strip(",.;:")
    if word in {"that", "to", "the", "a", "an", "he", "she", "they", "it", "in", "on", "about", "for", "with"}:
        return word
    return "name" if ch.isupper() else "word"


class _Proposal(Protocol):
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


class Rivals:
    """The other proposals of one article, for :func:`rival_features`: their content spans sorted by
    start, and their cues' starts.

    What the frames propose around a proposal says how sure its reading is: two frames crediting
    overlapping words to different sources, a content that lies inside another's or holds another
    proposal's cue. Built once per article (:func:`rivals_of`); each look-up reads a few neighbours
    in the sorted spans and two binary searches, so the cost stays linear in the proposals."""

    WINDOW = 8  # how many spans starting before a content are read (longer reach is rare and costly)

    def __init__(self, proposals: Sequence[_Proposal], plausible: Callable[[Any], bool] | None = None) -> None:
        # ``plausible``: whether a proposal counts as a rival at all (its own cue read as a cue); every
        # proposal does when it is not given.
        self.proposals = [a for a in proposals if plausible is None or plausible(a)]
        self.spans = sorted((a.content[0][0], a.content[-1][1], n) for n, a in enumerate(self.proposals))
        self.starts = [s for s, _, _ in self.spans]
        self.cues = sorted(a.cue[0] for a in self.proposals if a.cue is not None)
        self.index = {id(a): n for n, a in enumerate(self.proposals)}

    def features(self, att: _Proposal) -> dict[str, float]:
        """``rival_*`` features of ``att`` (one of the proposals): only those that hold."""
        own = self.index.get(id(att), -1)
        c0, c1 = att.content[0][0], att.content[-1][1]
        f: dict[str, float] = {}
        k = bisect.bisect_left(self.starts, c0)
        hi = bisect.bisect_left(self.starts, c1)
        lo, up = k - self.WINDOW, k + self.WINDOW
        for s, e, n in self.spans[lo if lo > 0 else 0 : up if up < hi else hi]:
            if n == own or e <= c0:
                continue
            f["rival_overlap"] = 1.0
            if self.proposals[n].source != att.source:
                f["rival_other_source"] = 1.0
            if s <= c0 and c1 <= e and (s, e) != (c0, c1):
                f["rival_holds_it"] = 1.0
        inner = bisect.bisect_left(self.cues, c1) - bisect.bisect_left(self.cues, c0)
        if own >= 0 and att.cue is not None and c0 <= att.cue[0] < c1:
            inner -= 1
        if inner > 0:
            f["rival_cue_inside"] = 1.0
        return f


_LAST_RIVALS: list[tuple[Sequence[_Proposal], int, Rivals]] = []


def rival_features(
    proposals: Sequence[_Proposal], att: _Proposal, plausible: Callable[[Any], bool] | None = None
) -> dict[str, float]:
    """:meth:`Rivals.features` of ``att`` among ``proposals`` (the index is kept for the last list
    asked about, so scoring an article's proposals one by one builds it once)."""
    if not _LAST_RIVALS or _LAST_RIVALS[0][0] is not proposals or _LAST_RIVALS[0][1] != len(proposals):
        _LAST_RIVALS[:] = [(proposals, len(proposals), Rivals(proposals, plausible))]
    return _LAST_RIVALS[0][2].features(att)


@cache
def _weights() -> dict[str, float]:
    weights = load_weights(WEIGHTS)
    assert weights is not None, f"the confidence model's weights are missing: {WEIGHTS}"
    return weights


@cache
def threshold() -> float:
    return float(json.loads(WEIGHTS.read_text(encoding="utf-8"))["threshold"])


def probability(feats: dict[str, float]) -> float:
    w = _weights()
    z = dot(feats, w)
    z = z if z < 30.0 else 30.0  # (min and max of two numbers, written out: each call costs ~1k instructions)
    return 1.0 / (1.0 + math.exp(-(z if z > -30.0 else -30.0)))


def top_reasons(feats: dict[str, float], n: int = 3) -> list[str]:
    """The features that pushed the probability most, as "name (+0.8)"."""
    names = list(feats)
    contrib = list(map(mul, map(_weights().get, names, repeat(0.0)), feats.values()))  # (weight x value, in C)
    if "bias" in feats:
        k = names.index("bias")
        del names[k], contrib[k]
    # (a stable sort of the indices by a key list: the same order as sorting the pairs by -|c|, in C)
    order = sorted(range(len(contrib)), key=list(map(neg, map(abs, contrib))).__getitem__)
    return [f"{names[i]} ({contrib[i]:+.1f})" for i in order[:n] if contrib[i]]
