"""Articles derived from an article for one view, drawn in its colours.

In: an :class:`~quotelens.article.Article`. Out: the same article changed for a view — only the
speakers the resolver was sure of (:func:`only_sure`), or any derived article drawn in the speaker
colours of the one it came from (:func:`keeping_colours`), so that no speaker changes colour between
views (a reader's corrections, the sure-only switch); and its quotations with nobody relaying
themselves (:func:`relays_by_others`).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from quotelens import doubt, views
from quotelens.article import Article, paragraphs_of, tables_for
from quotelens.speakers import Resolution, SpeakerChoice, SpeakerResult


def keeping_colours(derived: Article, source: Article) -> Article:
    """``derived`` drawn in ``source``'s speaker colours (see :func:`quotelens.views.colours_for`)."""
    return replace(derived, palette=views.colours_for(source))


def only_sure(article: Article) -> Article:
    """``article`` with the speaker of every unsure attribution (:func:`quotelens.doubt.unsure_mask`: a close
    call, or a confidence below the model's threshold) taken away: its quotation becomes unresolved, so that
    every count by speaker — charts, tables, the speakers table — holds only the sure attributions. A reader's
    correction is always sure."""
    res = article.speaker_result
    unsure = doubt.unsure_groups(article.quotes)
    if res is None or all(c.entity is None for g, c in enumerate(res.choices) if g in unsure):
        return article
    choices = [
        c
        if g not in unsure or c.entity is None
        else SpeakerChoice(None, Resolution.UNRESOLVED, f"{c.path}; left out: unsure", c.confidence, False)
        for g, c in enumerate(res.choices)
    ]
    kept = SpeakerResult(res.entities, res.mentions, choices)
    quotes, speakers, mentions = tables_for(article.text, paragraphs_of(article), article.attributions, kept)
    if len(quotes) == len(article.quotes):  # (the same attributions: the same rows) a reader's marks stay
        was = article.quotes
        quotes["corrected"] = was["corrected"].to_numpy()
        quotes["evidence"] = quotes["evidence"].where(~quotes["corrected"], was["evidence"].to_numpy())
    sure = replace(article, quotes=quotes, speakers=speakers, mentions=mentions, choices=choices, speaker_result=kept)
    return keeping_colours(sure, article)


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
