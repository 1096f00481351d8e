"""Evidence from the learned cue tagger (:mod:`quotelens.cuetagger`) for the confidence model.

The frames find a cue by the lexicon and by their patterns; the tagger, trained on PolNeAR train cue
spans, reads the same word in its window ("said" after a name and before "that" is a cue; "say" in "a
say in the matter" is not). Its margin at the cue's first word becomes two features of the proposal,
``cue_tagger_margin`` (clipped to ±5, divided by 5) and ``cue_tagged`` (margin above the tagger's
threshold), so the confidence model weighs how cue-like the word is in its place: e.g. "Ruiz
*answered* questions" against "Ruiz *answered* that C".

Only the cue's own window is read (seven tokens), once per proposal, so the cost is a few dot products
per attribution rather than tagging every word of the article.
"""

from __future__ import annotations

import bisect

from quotelens.attribution.context import Context
from quotelens.attribution.record import Attribution
from quotelens.cuetagger import load_tagger

CLIP = 5.0


def tagged_cue_features(ctx: Context, att: Attribution) -> dict[str, float]:
    """The tagger's features of the cue of ``att`` (none when it has no cue)."""
    if att.cue is None:
        return {}
    tagger = load_tagger()
    k = bisect.bisect_left(ctx._token_starts, att.cue[0])
    if k >= len(ctx._tokens) or ctx._tokens[k].start != att.cue[0]:
        return {}
    sent_start, sent_end = ctx._sentence_span(att.cue[0])
    lo = bisect.bisect_left(ctx._token_starts, max(sent_start, ctx._tokens[max(0, k - 3)].start))
    hi = bisect.bisect_left(ctx._token_starts, sent_end)
    window = ctx._tokens[lo : min(hi, k + 4)]
    margin = tagger.margin_at(window, k - lo, lambda t: ctx.inside_quote(t.start))
    if margin is None:
        margin = -CLIP
    return {
        "cue_tagger_margin": max(-CLIP, min(CLIP, margin)) / CLIP,
        "cue_tagged": float(margin > tagger.threshold),
    }
