"""Helpers shared by the engine's tests: an article's quotations as the tables show them, and the
frames' raw proposals before the model decides."""

from __future__ import annotations

import pandas as pd

from quotelens import load_article


def attributions(body: str) -> list[dict]:
    """(speaker, kind, cue, mention, content pieces) of each quotation in an article with a headline."""
    art = load_article("Headline For The Test\n\n" + body)
    out = []
    for _, g in art.quotes.sort_values("start").groupby("group", sort=False):
        first = g.iloc[0]
        out.append(
            {
                "speaker": first["speaker"] if isinstance(first["speaker"], str) else None,
                "kind": first["kind"],
                "cue": first["cue_text"] if isinstance(first["cue_text"], str) else None,
                "mention": first["mention_text"] if isinstance(first["mention_text"], str) else None,
                "pieces": g["text"].tolist(),
                "resolution": first["resolution"],
                "rule": first["rule"],
                "parent": None if pd.isna(first["parent_group"]) else int(first["parent_group"]),
                "stance": first["stance"],
                "via": first["via"] if isinstance(first["via"], str) else None,
            }
        )
    return out


def proposals_in(text: str) -> list[tuple[str, str | None, str]]:
    """(rule, source, content) of every proposal of the frames in a whole text, headline included."""
    from quotelens.attribution import attributions_in

    found = attributions_in(text, use_model=False)
    return [
        (a.rule, text[a.source[0] : a.source[1]] if a.source else None, " | ".join(text[s:e] for s, e in a.content))
        for a in found
    ]


def proposals(body: str, use_boundary: bool = True) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(rule, source, cue, content pieces) of every proposal of the frames, before the model decides."""
    from quotelens.attribution import attributions_in

    text = "Headline For The Test\n\n" + body
    found = attributions_in(text, use_model=False, use_boundary=use_boundary)
    span = lambda sp: text[sp[0] : sp[1]] if sp else None  # noqa: E731
    return [(a.rule, span(a.source), span(a.cue), [text[s:e] for s, e in a.content]) for a in found]


def rule_proposals(body: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """Proposals with contents ended where the rules end them (no learned boundary chooser)."""
    return proposals(body, use_boundary=False)
