"""Which attributions the pages call unsure, decided here and nowhere else: a speaker the resolver chose by a
close call (``speaker_sure`` false), or a confidence below the model's own threshold
(:func:`quotelens.confidence.threshold`, the bar under which the model alone would drop a proposal; a report kept
inside another can be below it). A reader's correction is never unsure.

In: a quotes table (or an article). Out: the mask (:func:`unsure_mask`), its reason in words (:func:`reasons`),
counts (:func:`unsure_count`, :func:`unsure_of`) and the words the pages use for them. Every page follows it: the
Reader draws an unsure highlight lighter with "(?)" after it (:mod:`quotelens.markup`) and says it in its legend
and evidence table, Who said what counts it and its switch leaves it out (:func:`quotelens.derived.only_sure`),
and the quotes downloads carry it as the column ``unsure`` (:mod:`quotelens.exports`).
"""

from __future__ import annotations

import pandas as pd

from quotelens import views
from quotelens.article import Article
from quotelens.attribution.words import KEPT_WITHOUT_MODEL
from quotelens.confidence import threshold

LOW_ALPHA, SURE_ALPHA = 0.1, 0.28  # the highlight's fill: an unsure attribution's is lighter
CLOSE_CALL = "speaker unsure: a close call"  # the reason, in words, when the resolver hesitated
UNSURE_COLUMN = "unsure"  # the downloads' column: the reason in words, "" when sure
_KEPT_BY_FORM = frozenset(str(r) for r in KEPT_WITHOUT_MODEL)  # (the quotes table's rule column holds their words)


def _corrected(quotes: pd.DataFrame) -> pd.Series:
    if "corrected" not in quotes.columns:
        return pd.Series(False, index=quotes.index)
    return quotes["corrected"].astype(bool)


def close_call(quotes: pd.DataFrame) -> pd.Series:
    """Rows whose speaker the resolver chose by a close call (a pronoun between two people, a shared name)."""
    return quotes["speaker"].notna() & ~quotes["speaker_sure"].astype(bool) & ~_corrected(quotes)


def low_confidence(quotes: pd.DataFrame) -> pd.Series:
    """Rows whose confidence is below the model's threshold, but for frames whose form is evidence enough
    (``KEPT_WITHOUT_MODEL``: a transcript's "RUIZ: C", "in X's words"), which the model only scores."""
    by_form = quotes["rule"].isin(_KEPT_BY_FORM) if "rule" in quotes.columns else False
    return (quotes["confidence"].astype(float) < threshold()) & ~by_form & ~_corrected(quotes)


def unsure_mask(quotes: pd.DataFrame) -> pd.Series:
    """Rows the pages call unsure: a close-call speaker, or a confidence below the model's threshold."""
    return close_call(quotes) | low_confidence(quotes)


def low_title(confidence: float) -> str:
    """The words after the speaker on a low-confidence highlight's card and in its title ("unsure: …")."""
    return f"unsure: confidence {confidence:.2f}, below the {threshold():.2f} under which the model would drop it"


def reasons(quotes: pd.DataFrame) -> pd.Series:
    """Why each row is unsure, in words ("" when it is not): the close call, the low confidence, or both."""
    close, low = close_call(quotes).tolist(), low_confidence(quotes).tolist()
    words = [
        "; ".join(([CLOSE_CALL] if c else []) + ([low_title(float(conf))] if lo else []))
        for c, lo, conf in zip(close, low, quotes["confidence"].tolist(), strict=True)
    ]
    return pd.Series(words, index=quotes.index, dtype=object)


def unsure_groups(quotes: pd.DataFrame) -> set[int]:
    """The quotations (groups) of ``quotes`` that are unsure."""
    return {int(g) for g in quotes.loc[unsure_mask(quotes), "group"]}


def any_unsure(article: Article) -> bool:
    """Whether any quotation of the article (headline too) is unsure."""
    return bool(unsure_mask(article.quotes).any())


def unsure_count(article: Article) -> int:
    """How many of the story's quotations are unsure: what Who said what counts and its switch leaves out."""
    return len(unsure_groups(views.body_quotes(article)))


def unsure_of(article: Article, speaker: str, kinds: tuple[str, ...] | None = None) -> int:
    """How many of the story's quotations of ``speaker`` (of these ``kinds``, None: all) are unsure
    (:func:`unsure_mask`)."""
    q = views.body_quotes(article)
    q = q[q["speaker"].fillna(views.UNKNOWN) == speaker]
    return len(unsure_groups(q if kinds is None else q[q["kind"].isin(kinds)]))


def legend_note() -> str:
    """The Reader's legend entry for an unsure attribution (plain text; the page escapes it)."""
    return f"(?) unsure: a lighter highlight, its speaker a close call or its confidence below {threshold():.2f}"


SURE_ONLY_HELP = (
    "An attribution is unsure when its speaker was a close call (a pronoun between two people, a name two people "
    "share) or the model's confidence in it is below its threshold: the Reader draws it lighter with “(?)” after "
    "it. On, those quotations are left out of every count, chart and table of this page and of its downloads "
    "(not credited to anyone else). It stays as set on other pages and in the page's link (&sure=1)."
)


def unsure_caption(unsure: int, left_out: bool) -> str:
    """Who said what's line under its switch: how many quotations are unsure, and what the switch does (on, it
    leaves them out: :func:`quotelens.derived.only_sure` drops their rows)."""
    n = f"{unsure} unsure quotation{'s' if unsure != 1 else ''} (lighter in the Reader, with “(?)”)"
    if left_out:
        return f"{n} left out: every count, chart and table below holds the sure attributions only."
    return f"{n}: the switch above leaves them out of the counts."
