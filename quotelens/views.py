"""What the dashboard pages show, computed without Streamlit: filters, HTML, charts.

In: an :class:`~quotelens.article.Article`. Out: filtered tables, escaped HTML for
the reader view, Altair charts and export bytes. Pages only lay these out.

Notes:
    Article text is untrusted. :func:`reader_html` escapes every character of it
    (``html.escape`` with ``quote=True``) and builds only the tags written here, so
    it is the one string a page may pass to ``st.markdown(unsafe_allow_html=True)``.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from quotelens.article import Article
from quotelens.palette import speaker_colours, text_colour_on, with_alpha

KIND_ORDER = ["direct", "mixed", "indirect"]
KIND_UNDERLINE = {"direct": "solid", "mixed": "dashed", "indirect": "dotted"}
KIND_LABEL = {
    "direct": "direct quote (solid underline)",
    "mixed": "mixed: paraphrase with quoted words (dashed)",
    "indirect": "reported speech (dotted)",
}
WORDS_PER_MINUTE = 230
UNKNOWN = "(unresolved)"


# ---------------------------------------------------------------------- speakers and colours
def body_quotes(article: Article) -> pd.DataFrame:
    """The quotations of the body. A report in the headline itself ("Trump Sides With Putin") is
    the writer's claim about someone: the reader shows it, but no count of who said what includes it."""
    paras = article.paragraphs
    return article.quotes[article.quotes["paragraph_id"].isin(paras.loc[paras["role"] == "body", "id"])]


def speaker_order(article: Article) -> list[str]:
    """Quoted speakers in order of their first quotation."""
    q = article.quotes.dropna(subset=["speaker"]).sort_values("start")
    return list(dict.fromkeys(q["speaker"].tolist()))


def colours_for(article: Article) -> dict[str, str]:
    """The one colour map every page uses."""
    anon = article.speakers.loc[article.speakers["type"] == "anonymous", "name"].tolist()
    colours = speaker_colours(speaker_order(article), anonymous=anon)
    colours[UNKNOWN] = "#999999"
    return colours


def filter_quotes(
    quotes: pd.DataFrame,
    speakers: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    search: str | None = None,
) -> pd.DataFrame:
    """Rows whose speaker and kind are among those given and whose text contains ``search``.

    A whole quotation (group) is kept when any of its pieces matches the search.
    """
    out = quotes
    if speakers:
        names = set(speakers)
        out = out[out["speaker"].fillna(UNKNOWN).isin(names)]
    if kinds:
        out = out[out["kind"].isin(set(kinds))]
    if search and search.strip():
        hit = out["text"].str.contains(search.strip(), case=False, regex=False, na=False)
        out = out[out["group"].isin(out.loc[hit, "group"])]
    return out


def quotation_list(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation (pieces joined with ' … '), for tables under charts."""
    if quotes.empty:
        return pd.DataFrame(columns=["speaker", "kind", "paragraph", "quotation", "cue", "mention", "confidence"])
    g = quotes.sort_values("start").groupby("group", sort=False)
    return pd.DataFrame(
        {
            "speaker": g["speaker"].first().fillna(UNKNOWN),
            "kind": g["kind"].first(),
            "paragraph": g["paragraph_id"].first(),
            "quotation": g["text"].agg(" … ".join),
            "cue": g["cue_text"].first(),
            "mention": g["mention_text"].first(),
            "confidence": g["confidence"].first(),
        }
    ).reset_index(drop=True)


# HTML's own specials and every character markdown gives a meaning to, as numeric entities.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~$:="})


def safe_text(text: str) -> str:
    """Article text made inert for ``st.markdown``: HTML-escaped, and markdown syntax turned to entities.

    Nothing in the result can open a tag, a link or an image, so no script runs and no request leaves.
    """
    return text.translate(_INERT)


# ---------------------------------------------------------------------- reader view
@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    group: int
    speaker: str
    kind: str
    last: bool
    tooltip: str
    nested: bool  # reported inside another quotation


def column_rows(df: pd.DataFrame, *columns: str) -> list[tuple[Any, ...]]:
    """The given columns of ``df`` as plain Python tuples (``None`` for missing values)."""
    cols = [df[c].astype(object).where(df[c].notna(), None).tolist() for c in columns]
    return list(zip(*cols, strict=True)) if cols else []


def _pieces(quotes: pd.DataFrame, headline: frozenset[int] = frozenset()) -> list[_Piece]:
    last_of_group: dict[int, int] = {}
    for group, end in column_rows(quotes, "group", "end"):
        last_of_group[group] = max(end, last_of_group.get(group, end))
    out = []
    for start, end, group, speaker, kind, cue, stance, mention, via, conf, pid in column_rows(
        quotes,
        "start",
        "end",
        "group",
        "speaker",
        "kind",
        "cue_text",
        "stance",
        "mention_text",
        "via",
        "confidence",
        "paragraph_id",
    ):
        speaker = speaker or UNKNOWN
        tip = (
            f"{speaker} · {kind} · cue: {cue or '—'} ({stance}) · source: {mention or '—'}"
            + (f" · reported via {via}" if via else "")
            + f" · confidence {conf:.2f}"
            + (" · the headline's own claim about them, not their words" if pid in headline else "")
        )
        out.append(_Piece(start, end, group, speaker, kind, end == last_of_group[group], tip, via is not None))
    return out


def _span_open(piece: _Piece, colours: dict[str, str]) -> str:
    colour = colours.get(piece.speaker, "#999999")
    style = (
        f"background:{with_alpha(colour, 0.28)};"
        f"text-decoration:underline {KIND_UNDERLINE.get(piece.kind, 'solid')} {colour};"
        "text-decoration-thickness:2px;text-underline-offset:3px;border-radius:2px;"
    )
    nested = ""
    if piece.nested:  # drawn inside its parent: an inner dashed frame in the speaker's colour
        style += f"outline:1.5px dashed {colour};outline-offset:-1px;"
        nested = " ql-nested"
    return (
        f'<span class="ql-quote ql-{piece.kind}{nested}" data-speaker="{safe_text(piece.speaker)}" '
        f'title="{safe_text(piece.tooltip)}" style="{style}">'
    )


def speaker_chip(name: str, colours: dict[str, str]) -> str:
    colour = colours.get(name, "#999999")
    return (
        f'<span class="ql-chip" style="background:{colour};color:{text_colour_on(colour)};'
        f'border-radius:0.6em;padding:0 0.45em;font-size:0.78em;font-weight:600;white-space:nowrap">'
        f"{safe_text(name)}</span>"
    )


def paragraph_html(text: str, start: int, end: int, pieces: list[_Piece], colours: dict[str, str]) -> str:
    """One paragraph with its quotation pieces highlighted; nested pieces take the inner colour."""
    inside = [p for p in pieces if p.start < end and p.end > start]
    cuts = sorted({start, end, *(max(p.start, start) for p in inside), *(min(p.end, end) for p in inside)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        covering = [p for p in inside if p.start <= a and p.end >= b]
        segment = safe_text(text[a:b]).replace("\n", " ")  # a soft line break inside a paragraph
        if not covering:
            out.append(segment)
            continue
        piece = min(covering, key=lambda p: p.end - p.start)
        out.append(_span_open(piece, colours) + segment + "</span>")
        for p in covering:
            if p.last and p.end == b:
                out.append(" " + speaker_chip(p.speaker, colours))
    return "".join(out)


def reader_html(
    article: Article, quotes: pd.DataFrame, colours: dict[str, str], roles: Iterable[str] = ("body",)
) -> str:
    """The article's paragraphs of the given roles as escaped HTML with highlighted quotations."""
    paras = article.paragraphs
    pieces = _pieces(quotes, frozenset(int(i) for i in paras.loc[paras["role"] == "title", "id"]))
    wanted = set(roles)
    blocks = []
    for pid, start, end, role in column_rows(article.paragraphs, "id", "start", "end", "role"):
        if role not in wanted:
            continue
        inner = paragraph_html(article.text, start, end, pieces, colours)
        tag = "h2" if role == "title" else "p"
        style = ' style="opacity:0.6;font-style:italic"' if role == "boilerplate" else ""
        blocks.append(f'<{tag} class="ql-para" data-paragraph="{pid}"{style}>{inner}</{tag}>')
    return '<div class="ql-reader" style="line-height:1.75">' + "\n".join(blocks) + "</div>"


def legend_html(colours: dict[str, str], speakers: Iterable[str]) -> str:
    chips = " ".join(speaker_chip(s, colours) for s in speakers)
    kinds = " · ".join(
        f'<span style="text-decoration:underline {KIND_UNDERLINE[k]};text-decoration-thickness:2px">'
        f"{html.escape(KIND_LABEL[k])}</span>"
        for k in KIND_ORDER
    )
    return f'<div class="ql-legend" style="line-height:2">{chips}<br><small>{kinds}</small></div>'


# ---------------------------------------------------------------------- overview
def voice_share(article: Article) -> pd.DataFrame:
    """Share of the body's non-space characters in the writer's own voice vs credited to each source.

    Each character counts once: inside nested attributions it goes to the innermost speaker.
    """
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    pieces = [(a, b, who or UNKNOWN) for a, b, who in column_rows(article.quotes, "start", "end", "speaker")]
    counts: dict[str, int] = {"Author": 0}
    for p0, p1 in column_rows(body, "start", "end"):
        inside = [p for p in pieces if p[0] < p1 and p[1] > p0]
        cuts = sorted({p0, p1, *(max(a, p0) for a, _, _ in inside), *(min(b, p1) for _, b, _ in inside)})
        for a, b in itertools.pairwise(cuts):
            covering = [p for p in inside if p[0] <= a and p[1] >= b]
            who = min(covering, key=lambda p: p[1] - p[0])[2] if covering else "Author"
            n = sum(1 for ch in article.text[a:b] if not ch.isspace())
            counts[who] = counts.get(who, 0) + n
    total = sum(counts.values()) or 1
    df = pd.DataFrame({"voice": list(counts), "characters": list(counts.values())})
    df["share"] = df["characters"] / total
    return df.sort_values("characters", ascending=False, kind="stable").reset_index(drop=True)


def overview(article: Article) -> dict[str, object]:
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    words = int(body["words"].sum())
    share = voice_share(article)
    author = float(share.loc[share["voice"] == "Author", "share"].sum()) if not share.empty else 1.0
    return {
        "paragraphs": len(body),
        "quotations": int(body_quotes(article)["group"].nunique()),
        "speakers quoted": len(speaker_order(article)),
        "author share": author,
        "reading minutes": max(1, round(words / WORDS_PER_MINUTE)) if words else 0,
        "words": words,
    }


# ---------------------------------------------------------------------- chart data
SELECT_PARAM = "pick"


def timeline_data(article: Article) -> pd.DataFrame:
    q = quotation_list(body_quotes(article))
    if q.empty:
        return pd.DataFrame(columns=["speaker", "paragraph", "kind", "words", "quotation"])
    q["words"] = q["quotation"].map(lambda t: len(str(t).split()))
    q["quotation"] = q["quotation"].str.slice(0, 220)
    return q[["speaker", "paragraph", "kind", "words", "quotation"]]


def words_by_speaker(article: Article) -> pd.DataFrame:
    q = body_quotes(article)
    q = q.assign(speaker=q["speaker"].fillna(UNKNOWN))
    if q.empty:
        return pd.DataFrame(columns=["speaker", "kind", "words", "quotations"])
    return (
        q.groupby(["speaker", "kind"], as_index=False)
        .agg(words=("words", "sum"), quotations=("group", "nunique"))
        .sort_values(["speaker", "kind"])
        .reset_index(drop=True)
    )


def mentioned_vs_quoted(article: Article) -> pd.DataFrame:
    """People and organisations: times mentioned vs quotations credited (alone, and as one of a pair
    named together: "Trump and Putin agreed ...")."""
    sp = article.speakers[article.speakers["type"] != "anonymous"]
    # what a pair said ("Trump and Putin agreed ...") is heard from each of its members too
    with_others: dict[str, int] = {}
    for members, quotes in zip(sp["members"], sp["quotes"], strict=True):
        for member in filter(None, members.split("; ")):
            with_others[member] = with_others.get(member, 0) + int(quotes)
    df = sp[["name", "type", "mentions", "quotes"]].rename(columns={"name": "speaker"})
    df = df[(df["mentions"] > 0) | (df["quotes"] > 0)].copy()
    df["quotes with others"] = df["speaker"].map(with_others).fillna(0).astype(int)
    df["never quoted"] = (df["quotes"] + df["quotes with others"]) == 0
    return df.sort_values(["mentions", "quotes"], ascending=False, kind="stable").reset_index(drop=True)


def hearing_table(article: Article) -> pd.DataFrame:
    """Per quoted speaker: quotations heard first-hand and second-hand (through another source)."""
    q = body_quotes(article).drop_duplicates("group").assign(speaker=lambda d: d["speaker"].fillna(UNKNOWN))
    if q.empty:
        return pd.DataFrame(columns=["speaker", "first-hand", "second-hand"])
    df = (
        q.assign(hand=q["via"].isna().map({True: "first-hand", False: "second-hand"}))
        .groupby(["speaker", "hand"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=["first-hand", "second-hand"], fill_value=0)
        .reset_index()
    )
    df.columns.name = None
    return df


def via_table(article: Article) -> pd.DataFrame:
    """Who relays whom: one row per (speaker, the channel their words come through), with counts."""
    q = body_quotes(article).drop_duplicates("group")
    q = q[q["via"].notna()].assign(speaker=lambda d: d["speaker"].fillna(UNKNOWN))
    if q.empty:
        return pd.DataFrame(columns=["speaker", "channel", "quotations"])
    q = q.assign(channel=q["via"].str.split(" → ").str[-1])
    return q.groupby(["speaker", "channel"], as_index=False).size().rename(columns={"size": "quotations"})


def stance_table(article: Article) -> pd.DataFrame:
    """Which verbs the article chose for each speaker, and their stance."""
    q = body_quotes(article).drop_duplicates("group")
    q = q[q["cue_lemma"].notna()].assign(speaker=lambda d: d["speaker"].fillna(UNKNOWN))
    if q.empty:
        return pd.DataFrame(columns=["speaker", "verb", "stance", "times"])
    out = q.groupby(["speaker", "cue_lemma", "stance"], as_index=False).size()
    return out.rename(columns={"cue_lemma": "verb", "size": "times"}).sort_values(
        ["speaker", "times"], ascending=[True, False], kind="stable"
    )


def voice_by_paragraph(article: Article) -> pd.DataFrame:
    """For each body paragraph, the share of its non-space characters credited to sources."""
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    spans = column_rows(article.quotes, "start", "end")
    rows = []
    for pid, p0, p1 in column_rows(body, "id", "start", "end"):
        covered = sorted((max(a, p0), min(b, p1)) for a, b in spans if a < p1 and b > p0)
        merged: list[tuple[int, int]] = []
        for a, b in covered:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        total = sum(1 for ch in article.text[p0:p1] if not ch.isspace()) or 1
        attributed = sum(1 for a, b in merged for ch in article.text[a:b] if not ch.isspace())
        rows.append({"paragraph": pid, "attributed": attributed / total, "author": 1 - attributed / total})
    return pd.DataFrame(rows, columns=["paragraph", "attributed", "author"])


STATUS_NOTE = {
    "quoted directly": "speaks in their own quoted words",
    "only reported": "paraphrased, first-hand",
    "reported second-hand": "heard only through another source",
    "never heard": "named, but never quoted or paraphrased",
}


def _without_complementiser(quotation: str) -> str:
    """ "that Trump opened ..." reads as a quotation without its leading "that"."""
    return quotation[5:] if quotation[:5].lower() == "that " else quotation


def headline_panel_html(names: pd.DataFrame, closest: pd.DataFrame, colours: dict[str, str]) -> str:
    """The headline panel: who the headline names and how they are heard; the closest attributions."""
    items = []
    for name, status, channels in column_rows(names, "name", "status", "channels"):
        via = f" — through {safe_text(channels)}" if channels else ""
        items.append(
            f'<li class="ql-named" data-status="{safe_text(status)}">{speaker_chip(name, colours)} '
            f"<b>{safe_text(status)}</b> <small>({safe_text(STATUS_NOTE.get(status, ''))}{via})</small></li>"
        )
    named = (
        "<ul>" + "".join(items) + "</ul>"
        if items
        else "<p><i>The headline names nobody the article quotes or mentions.</i></p>"
    )
    rows = []
    for speaker, chain, stance, quotation, shared, overlap in column_rows(
        closest, "speaker", "chain", "stance", "quotation", "shared_words", "overlap"
    ):
        rows.append(
            f'<li class="ql-closest">{speaker_chip(speaker, colours)} '
            f"<small>{safe_text(chain)} · {safe_text(stance)} · "
            f"{overlap:.0%} of the headline's words</small><br>“{safe_text(_without_complementiser(quotation))}”<br>"
            f"<small>shared: {safe_text(shared)}</small></li>"
        )
    closest_html = (
        "<ol>" + "".join(rows) + "</ol>" if rows else "<p><i>No attribution shares words with the headline.</i></p>"
    )
    return (
        '<div class="ql-headline-panel"><p><b>Named in the headline</b></p>'
        + named
        + "<p><b>Attributions closest to the headline's claim</b> <small>(shared content words)</small></p>"
        + closest_html
        + "</div>"
    )


def selected_speakers(event: object) -> list[str]:
    """Speakers picked in a chart selection event from ``st.altair_chart(on_select="rerun")``."""
    try:
        points = event["selection"][SELECT_PARAM]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    if isinstance(points, dict):
        values = points.get("speaker", [])
        return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
    return [p["speaker"] for p in points if isinstance(p, dict) and isinstance(p.get("speaker"), str)]


# ---------------------------------------------------------------------- export
def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False).encode("utf-8")


def to_json_bytes(df: pd.DataFrame) -> bytes:
    records = json.loads(df.to_json(orient="records", force_ascii=False))
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
