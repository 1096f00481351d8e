"""Articles derived from an article for one view, drawn in its colours.

In: an :class:`~quotelens.article.Article`. Out: the same article changed for a view — only the
attributions the pages call sure (:func:`only_sure`: the unsure ones left out), or any derived article drawn in
the speaker colours of the one it came from (:func:`keeping_colours`), so that no speaker changes colour between
views (a reader's corrections, the sure-only switch); and its quotations with nobody relaying
themselves (:func:`relays_by_others`).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from quotelens import doubt, views
from quotelens.article import Article, paragraphs_of
from quotelens.speakers import SpeakerResult
from quotelens.speakers.table import speakers_table


def keeping_colours(derived: Article, source: Article) -> Article:
    """``derived`` drawn in ``source``'s speaker colours (see :func:`quotelens.views.colours_for`)."""
    return replace(derived, palette=views.colours_for(source))


def only_sure(article: Article) -> Article:
    """``article`` with every unsure attribution (:func:`quotelens.doubt.unsure_mask`: a close call, or a
    confidence below the model's threshold) left out: its rows are dropped from the quotes table (never
    credited to anyone else, nor to "(unresolved)") and the speakers table counts only the attributions kept,
    so that every count by speaker — charts, tables, downloads — holds only the sure ones. The rows kept are
    the article's own (group, confidence, a reader's marks unchanged); a reader's correction is always sure.
    The attributions and the speaker resolution stay whole, so a group still names its attribution."""
    unsure = doubt.unsure_groups(article.quotes)
    if not unsure:
        return article
    was = article.quotes
    quotes = was[~was["group"].isin(unsure)].reset_index(drop=True)
    speakers, res = article.speakers, article.speaker_result
    if res is not None and len(res.choices) == len(article.attributions):
        kept = [g for g in range(len(res.choices)) if g not in unsure]
        atts = [article.attributions[g] for g in kept]
        result = SpeakerResult(res.entities, res.mentions, [res.choices[g] for g in kept])
        speakers = speakers_table(article.text, paragraphs_of(article), atts, result)
    return keeping_colours(replace(article, quotes=quotes, speakers=speakers), article)


def relays_by_others(quotes: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with each speaker left out of their own chain of relays (``via``): "Ryan said he had
    said that …" is Ryan heard first-hand, not Ryan relaying Ryan. A relay is always someone else."""
    chains = [
        " → ".join(c for c in via.split(" → ") if c != who) or None if isinstance(via, str) else None
        for via, who in views.column_rows(quotes, "via", "speaker")
    ]
    if chains == [via for (via,) in views.column_rows(quotes, "via")]:
        return quotes  # (nobody relays themselves: the table as it is)
    return quotes.assign(via=pd.Series(chains, index=quotes.index, dtype=quotes["via"].dtype))
