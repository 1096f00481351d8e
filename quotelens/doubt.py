"""Which attributions the pages call unsure, decided once: a speaker the resolver chose by a close call
(``speaker_sure`` false), or a confidence below the model's own threshold (:func:`quotelens.confidence.threshold`,
the bar under which the model alone would drop a proposal; a report kept inside another can be below it).

In: a quotes table (or an article). Out: a mask, counts per speaker, and the words the Reader and Who said what
use for them (the Reader draws such a highlight lighter with "(?)" after it; see :mod:`quotelens.markup`).
"""

from __future__ import annotations

import pandas as pd

from quotelens import views
from quotelens.article import Article
from quotelens.confidence import threshold

LOW_ALPHA, SURE_ALPHA = 0.1, 0.28  # the highlight's fill: an unsure attribution's is lighter


def low_confidence(quotes: pd.DataFrame) -> pd.Series:
    """Rows whose confidence is below the model's threshold."""
    return quotes["confidence"].astype(float) < threshold()


def low_title(confidence: float) -> str:
    """The words after the speaker on a low-confidence highlight's card and in its title ("unsure: …")."""
    return f"unsure: confidence {confidence:.2f}, below the {threshold():.2f} under which the model would drop it"


def unsure_mask(quotes: pd.DataFrame) -> pd.Series:
    """Rows the pages call unsure: a close-call speaker, or a confidence below the model's threshold."""
    close_call = quotes["speaker"].notna() & ~quotes["speaker_sure"].astype(bool)
    return close_call | low_confidence(quotes)


def any_unsure(article: Article) -> bool:
    """Whether any quotation of the article (headline too) is unsure."""
    return bool(unsure_mask(article.quotes).any())


def unsure_of(article: Article, speaker: str) -> int:
    """How many of the story's quotations of ``speaker`` are unsure (:func:`unsure_mask`)."""
    q = views.body_quotes(article)
    mine = q[q["speaker"].fillna(views.UNKNOWN) == speaker]
    return int(mine.loc[unsure_mask(mine), "group"].nunique())


def legend_note() -> str:
    """The Reader's legend entry for an unsure attribution (plain text; the page escapes it)."""
    return f"(?) unsure: a lighter highlight, its speaker a close call or its confidence below {threshold():.2f}"
