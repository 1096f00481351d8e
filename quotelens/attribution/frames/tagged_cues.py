"""Evidence from the learned cue tagger (:mod:`quotelens.cuetagger`) for the confidence model.

The frames find a cue by the lexicon and by their patterns; the tagger, trained on PolNeAR train cue
spans, reads the same word in its window ("said" after a name and before "that" is a cue; "say" in "a
say in the matter" is not). Its margin at the cue's first word becomes two features of the proposal,
``cue_tagger_margin`` (clipped to ±5, divided by 5) and ``cue_tagged`` (margin above the tagger's
threshold), so the confidence model weighs how cue-like the word is in its place: e.g. "Ruiz
*answered* questions" against "Ruiz *answered* that C".

Only the cue's own window is read (seven tokens), once per proposal, so the cost is a few dot products
per attribution rather than tagging every word of the article.

Frame ``source-first (tagged cue)`` (:meth:`TaggedCues._tagged_unlisted_verb`, a per-token step before
the unlisted-verb step): a lower-case verb form outside the lexicon that the tagger reads as a cue in
its place (margin above its threshold), with a subject before it and a content after it, as the
source-first frame finds them — "The senator *lambasted* the deal as a giveaway" (were "lambasted"
unlisted). The gate is the tagger's margin and the frame; the confidence model decides what stays.
"""

from __future__ import annotations

import bisect
from typing import Any

from quotelens.attribution.context import Context, SentenceView
from quotelens.attribution.frames.unlisted import UnlistedVerbs
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.verbs import could_be_unlisted_verb
from quotelens.attribution.words import FINITE, LY_NOT_ADVERBS, MODALS, NEGATED_AUX
from quotelens.confidence import rival_features
from quotelens.cuetagger import current_tagger
from quotelens.endings import ENDS_LY
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token

CLIP = 5.0
# The margin over which an unlisted verb is proposed as a cue. Under the tagger's own threshold (0):
# the frame still asks for a subject and a content, and the confidence model (which reads the margin)
# decides what stays. Chosen on train: at 0 the model kept 86 proposals (52 right), at -1 145 (78),
# at -2.5 235 (118) — each step adding proposals right more often than F1 / 2, so F1 rises.
TAGGED_MARGIN = -2.0
_OWN = frozenset(["put", "puts", "according"])  # words with an engine step of their own
# Auxiliaries that take a verb's base form ("would *support*", "did not *endorse*", "won't *back*"):
# on train most cues outside the lexicon are verb groups opened by one of these or by "has".
_BASE_AUX = frozenset(
    MODALS | {"do", "does", "did"} | {w for w in NEGATED_AUX if not w.startswith(("is", "are", "was", "were", "ha"))}
)
_BETWEEN_AUX_AND_BASE = frozenset(
    ["not", "also", "never", "only", "still", "now", "then", "probably", "likely", "certainly", "definitely", "even"]
)
# Closed-class words after an auxiliary that are no verb ("did *not*", "would *the* ...", "will *you*").
_NO_BASE = _BETWEEN_AUX_AND_BASE | frozenset("the you she they this that there these those its his her".split())
# The words right before a base form that :func:`base_after_aux` may accept (the engine's cheap pre-test).
BEFORE_BASE = _BASE_AUX | _BETWEEN_AUX_AND_BASE


def tagged_cue_features(ctx: Context, att: Attribution) -> dict[str, float]:
    """The tagger's features of the cue of ``att`` (none when it has no cue), and what the other
    proposals say of its words (:func:`quotelens.confidence.rival_features`; a proposal whose own cue
    the tagger does not read as a cue is no rival: "the public *view* of the plan" inside "It seems
    that the public view of the plan is poor")."""
    tagger = current_tagger()

    def plausible(other: Attribution) -> bool:
        m = None if other.cue is None else _margin(ctx, other.cue[0])
        return m is None or m > tagger.threshold

    rivals = rival_features(ctx.attributions, att, plausible)
    margin = None if att.cue is None else _margin(ctx, att.cue[0])
    if att.cue is None:
        return rivals
    if margin is None:
        k = bisect.bisect_left(ctx._token_starts, att.cue[0])
        if k >= len(ctx._tokens) or ctx._tokens[k].start != att.cue[0]:
            return rivals
        margin = -CLIP
    clipped = margin if margin < CLIP else CLIP  # (min and max written out: each call costs ~1k instructions)
    out = {
        **rivals,
        "cue_tagger_margin": (clipped if clipped > -CLIP else -CLIP) / CLIP,
        "cue_tagged": float(margin > tagger.threshold),
    }
    if base_after_aux(ctx._tokens, bisect.bisect_left(ctx._token_starts, att.cue[0])):
        out["cue_base_after_aux"] = 1.0  # ("would *support*": a verb group, read by its base form)
    return out


# The margins of the last context asked about, by cue start: each proposal's cue is read once as its
# own and once as another's rival (the context is kept alive here, so its id is never reused meanwhile).
_MARGINS: list[Any] = [None, {}]


def _margin(ctx: Context, cue_start: int) -> float | None:
    """The cue tagger's margin for the token starting at ``cue_start`` in its sentence (None when no
    token starts there or the tagger cannot read it), computed once per context and cue."""
    if _MARGINS[0] is not ctx:
        _MARGINS[:] = [ctx, {}]
    cache: dict[int, float | None] = _MARGINS[1]
    if cue_start not in cache:
        cache[cue_start] = _margin_now(ctx, cue_start)
    return cache[cue_start]


def _margin_now(ctx: Context, cue_start: int) -> float | None:
    k = bisect.bisect_left(ctx._token_starts, cue_start)
    if k >= len(ctx._tokens) or ctx._tokens[k].start != cue_start:
        return None
    sent_start, sent_end = ctx._sentence_span(cue_start)
    first = ctx._tokens[k - 3 if k > 3 else 0].start
    lo = bisect.bisect_left(ctx._token_starts, first if first > sent_start else sent_start)
    hi = bisect.bisect_left(ctx._token_starts, sent_end)
    window = ctx._tokens[lo : k + 4 if k + 4 < hi else hi]
    return current_tagger().margin_at(window, k - lo, ctx.inside_quote(cue_start))


def base_after_aux(toks: list[Token], i: int) -> bool:
    """A lower-case word right after an auxiliary that takes a base form, maybe past "not" or an
    adverb: "would *support*", "did not *endorse*", "won't *back*" (the word's own shape says nothing
    of it being a verb; the auxiliary does). Not an -ly adverb ("will *formally* ask": the verb follows it)."""
    low = toks[i].lower
    if len(low) < 3 or not low.isalpha() or toks[i].is_capitalised or low in FINITE or low in _NO_BASE:
        return False
    if ENDS_LY[low] and len(low) > 5 and not low.endswith("ply") and low not in LY_NOT_ADVERBS:
        return False  # (but "will reply", "would comply", "will rally": verbs in -ly)
    j = i - 1
    if j >= 0 and toks[j].lower in _BETWEEN_AUX_AND_BASE:
        j -= 1
    return j >= 0 and toks[j].lower in _BASE_AUX


class TaggedCues(UnlistedVerbs):
    def _tagged_unlisted_verb(self, sent: SentenceView, i: int) -> bool:
        """A verb outside the lexicon that the cue tagger reads as a cue in its place ('Sanders *vowed*
        to fight on' when "vowed" were unlisted), with a subject before it and a content after it: a
        source-first report under its own rule. The other unlisted-verb frames (before "that", before a
        colon and a quotation, after a quotation) keep their tokens; so does every token the tagger
        does not read as a cue (False: the next step decides)."""
        toks = sent.tokens
        tok = toks[i]
        low = tok.lower
        if low in CUE_FORMS or low in _OWN or sent.headline:
            return False
        if not (could_be_unlisted_verb(tok) or base_after_aux(toks, i)):
            return False
        tagger = current_tagger()
        if tagger.word_score(tok.text) < tagger.skip_below:
            return False  # (most words stop here: a cached sum per word form)
        if i + 1 < len(toks) and toks[i + 1].lower in {"that", ":"}:
            return False  # (the unlisted-verb step's own frames)
        if tok.start in self._used_cues or self.inside_quote(tok.start):
            return False
        margin = tagger.margin_at(toks, i, False)
        if margin is None or margin <= TAGGED_MARGIN:
            return False
        if self._unlisted_cue_before_colon_quote(toks, i) or self._unlisted_cue_after_quote(toks, i):
            return False  # (the unlisted-verb step's own frames)
        att = self.source_first(sent, i)
        if att is None or att.source is None:
            return False
        att.rule = Rule.SOURCE_FIRST_TAGGED_CUE
        self._add(att)
        return True
