"""What the dashboard pages show, computed without Streamlit: speakers, colours, filters, tables.

In: an :class:`~quotelens.article.Article`. Out: small pandas tables and plain values the pages
lay out (the HTML is in :mod:`quotelens.markup`, the chart specifications in
:mod:`quotelens.charts`).

Notes:
    Values the engine may add later degrade gracefully: a paragraph role other than
    ``title`` and ``boilerplate`` counts as part of the story, a quotation kind outside
    :data:`KIND_ORDER` is listed after the known ones, and speaker types are only compared
    with ``anonymous``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from quotelens.article import Article
from quotelens.kinds import KIND_LABEL as KIND_LABEL  # (the pages' words for kinds: quotelens.kinds)
from quotelens.kinds import KIND_NAME as KIND_NAME
from quotelens.kinds import KIND_ORDER as KIND_ORDER
from quotelens.kinds import KIND_UNDERLINE as KIND_UNDERLINE
from quotelens.kinds import with_kind_names
from quotelens.palette import OTHERS as OTHERS_COLOUR
from quotelens.palette import PALETTE, UNRESOLVED, speaker_colours
from quotelens.quotedwords import quoted_words
from quotelens.spreadsheets import inert_frame
from quotelens.story import article_counts, in_story, is_story
from quotelens.typed import contains_typed

WORDS_PER_MINUTE = 230
UNKNOWN = "(unresolved)"
OTHERS = "others"
AUTHOR = "Author"
SELECT_PARAM = "pick"


def column_rows(df: pd.DataFrame, *columns: str) -> list[tuple[Any, ...]]:
    """The given columns of ``df`` as plain Python tuples (``None`` for missing values)."""
    cols = [df[c].astype(object).where(df[c].notna(), None).tolist() for c in columns]
    return list(zip(*cols, strict=True)) if cols else []


# ---------------------------------------------------------------------- speakers and colours
def story_paragraphs(article: Article) -> pd.DataFrame:
    """The paragraphs of the story: all but the headline and page debris."""
    return article.paragraphs[is_story(article.paragraphs)]


def body_quotes(article: Article) -> pd.DataFrame:
    """The quotations of the story, relayed only by others (:func:`quotelens.derived.relays_by_others`).
    A report in the headline itself ("Trump Sides With Putin") is the writer's claim about someone: the
    reader shows it, but no count of who said what includes it."""
    from quotelens.derived import relays_by_others  # (derived builds on this module)

    return relays_by_others(article.quotes[in_story(article.quotes, article.paragraphs)])


def speaker_order(article: Article) -> list[str]:
    """Quoted speakers in order of their first quotation, then "(unresolved)" when some quotation has no speaker."""
    q = article.quotes.sort_values("start", kind="stable")
    names = list(dict.fromkeys(q["speaker"].dropna().tolist()))
    return [*names, UNKNOWN] if q["speaker"].isna().any() else names


def speaker_ranking(article: Article) -> list[str]:
    """Named speakers, most quoted words in the story first (ties: first quoted first)."""
    order = [s for s in speaker_order(article) if s != UNKNOWN]
    q = body_quotes(article)
    words = quoted_words(q, ["speaker"]).set_index("speaker")["words"].to_dict()
    return sorted(order, key=lambda s: (-int(words.get(s, 0)), order.index(s)))


def colours_for(article: Article) -> dict[str, str]:
    """The one colour map every page uses (see :mod:`quotelens.palette`).

    An article derived from another (``article.palette``) keeps that one's colours; a speaker it
    adds (a reader's new name) takes a palette colour nobody has yet, else the others' grey.
    """
    if article.palette is None:
        colours = speaker_colours(speaker_ranking(article), order=speaker_order(article))
    else:
        colours = dict(article.palette)
        taken = set(colours.values())
        free = [c for c in PALETTE if c not in taken]
        for name in speaker_order(article):
            if name not in colours and name != UNKNOWN:
                colours[name] = free.pop(0) if free else OTHERS_COLOUR
    colours[UNKNOWN] = UNRESOLVED
    return colours


def legend_entries(order: list[str], colours: dict[str, str]) -> list[tuple[str, str]]:
    """``(label, colour)`` for a legend: each coloured speaker, then "others (n)" and "(unresolved)"."""
    named = [(s, colours[s]) for s in order if s != UNKNOWN and colours.get(s) != OTHERS_COLOUR]
    tail = [s for s in order if s != UNKNOWN and colours.get(s) == OTHERS_COLOUR]
    if tail:
        named.append((f"{OTHERS} ({len(tail)})", OTHERS_COLOUR))
    if UNKNOWN in order:
        named.append((UNKNOWN, colours.get(UNKNOWN, UNRESOLVED)))
    return named


def kinds_of(quotes: pd.DataFrame) -> list[str]:
    """The known kinds in their order, then any kind the engine added, alphabetically."""
    extra = sorted(set(quotes["kind"].dropna()) - set(KIND_ORDER))
    return [*KIND_ORDER, *extra]


def filter_quotes(
    quotes: pd.DataFrame, speakers: Iterable[str] | None = None, kinds: Iterable[str] | None = None, search: str = ""
) -> pd.DataFrame:
    """Rows whose speaker and kind are among those given and whose text contains ``search``, whatever the case,
    the spacing, and the marks typed (' for ’, " for “, - for –). ``None`` means "no filter"; an empty list of
    kinds keeps nothing. A whole quotation (group) is kept when any of its pieces matches the search."""
    out = quotes
    if speakers:
        out = out[out["speaker"].fillna(UNKNOWN).isin(set(speakers))]
    if kinds is not None:
        out = out[out["kind"].isin(set(kinds))]
    if search and search.strip():
        hit = contains_typed(out["text"], search)
        out = out[out["group"].isin(out.loc[hit, "group"])]
    return out


def filtered(
    article: Article, speaker: str | None = None, kinds: tuple[str, ...] | None = None, search: str = ""
) -> pd.DataFrame:
    """The article's quotes for one speaker (None: all), these kinds (None: all) and a search."""
    return filter_quotes(article.quotes, [speaker] if speaker else None, kinds, search)


# ---------------------------------------------------------------------- tables for reading
def _one_kind(kinds: pd.Series) -> str:
    return str(kinds.iloc[0]) if kinds.nunique() == 1 else "mixed"


def quotation_list(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation (pieces joined with ' … '): speaker and words first; "relayed by" names who
    reported the speaker's words when they reached the writer second-hand (as on every page)."""
    cols = ["speaker", "cue", "quotation", "kind", "relayed by", "paragraph", "source as written", "confidence"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    g = quotes.sort_values("start").groupby("group", sort=False)
    return pd.DataFrame(
        {
            "speaker": g["speaker"].first().fillna(UNKNOWN),
            "quotation": g["text"].agg(" … ".join),
            "kind": g["kind"].agg(_one_kind),  # (pieces of different kinds: one mixed quotation)
            "paragraph": g["paragraph_id"].first(),
            "cue": g["cue_text"].first(),
            "relayed by": g["via"].first().fillna(""),
            "source as written": g["mention_text"].first(),
            "confidence": g["confidence"].first(),
        }
    ).reset_index(drop=True)[cols]


EVIDENCE_COLUMNS = {  # speaker, cue, words: a row reads as a sentence ("Putin · denied · Russian involvement")
    "speaker": "speaker",
    "cue_text": "cue",
    "text": "words",
    "kind": "kind",
    "mention_text": "source as written",
    "resolution": "how the speaker was found",
    "evidence": "evidence",
    "confidence": "confidence",
}


def evidence_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The Reader's evidence for each piece of quotation: who and what first, then how it was found (an unsure
    attribution, :mod:`quotelens.doubt`, says why first there: the counts on Who said what can leave it out)."""
    from quotelens.doubt import reasons  # (doubt builds on this module)

    quotes = quotes.sort_values("start", kind="stable")
    why = reasons(quotes)
    how = quotes["resolution"].astype(object).where(why == "", why + " · " + quotes["resolution"].astype(str))
    out = quotes[list(EVIDENCE_COLUMNS)].assign(resolution=how).rename(columns=EVIDENCE_COLUMNS)
    return out.assign(speaker=out["speaker"].fillna(UNKNOWN)).reset_index(drop=True)


def evidence_for(article: Article, speaker: str | None, kinds: tuple[str, ...] | None, search: str) -> pd.DataFrame:
    """The Reader's evidence table as it reads: each kind in words ("partial quote", not "mixed")."""
    return with_kind_names(evidence_table(filtered(article, speaker, kinds, search)))


def evidence_groups(article: Article, speaker: str | None, kinds: tuple[str, ...] | None, search: str) -> list[int]:
    """The quotation (group) of each row of :func:`evidence_for`, in its order."""
    return [int(g) for g in filtered(article, speaker, kinds, search).sort_values("start", kind="stable")["group"]]


def quotation_to_open(keys: list[str], speakers: list[str | None], chosen: str | None, speaker: str | None) -> int:
    """Where the correction form opens (an index into ``keys``): the chosen one, else the speaker's first."""
    if chosen in keys:
        return keys.index(chosen)
    wanted = speaker if speaker != UNKNOWN else None
    if speaker is not None and wanted in speakers:
        return speakers.index(wanted)
    return 0


def quotes_for(article: Article, speaker: str | None, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The quotes table to read and download, for one speaker or all, these kinds (None: all)."""
    return quotes_for_reading(filtered(article, speaker, kinds))


_LEADING = ["speaker", "text", "kind", "stance", "cue_text", "mention_text", "via", "confidence"]


def quotes_for_reading(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table with the columns a reader wants first; ids and offsets last."""
    lead = [c for c in _LEADING if c in quotes.columns]
    return quotes[lead + [c for c in quotes.columns if c not in lead]].reset_index(drop=True)


# ---------------------------------------------------------------------- overview
def _pieces_by_paragraph(quotes: pd.DataFrame) -> dict[int, list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for pid, a, b, who in column_rows(quotes, "paragraph_id", "start", "end", "speaker"):
        out[int(pid)].append((a, b, who or UNKNOWN))
    return out


def voice_share(article: Article, group_others: dict[str, str] | None = None) -> pd.DataFrame:
    """Share of the story's non-space characters in the writer's own voice vs credited to each source.

    Each character counts once: inside nested attributions it goes to the innermost speaker. With
    ``group_others`` (a colour map), speakers coloured as "others" are added up as one voice.
    """
    counts = _voice_counts(article, story_paragraphs(article))
    total = sum(c for per in counts.values() for c in per.values()) or 1
    merged: dict[str, int] = {AUTHOR: 0}
    for per in counts.values():
        for who, n in per.items():
            if group_others is not None and who not in (AUTHOR, UNKNOWN):
                who = OTHERS if group_others.get(who) == OTHERS_COLOUR else who
            merged[who] = merged.get(who, 0) + n
    df = pd.DataFrame({"voice": list(merged), "characters": list(merged.values())})
    df["share"] = df["characters"] / total
    return df.sort_values("characters", ascending=False, kind="stable").reset_index(drop=True)


def _voice_counts(article: Article, paragraphs: pd.DataFrame) -> dict[int, dict[str, int]]:
    """Per paragraph: non-space characters of each voice (the innermost attribution wins)."""
    by_para = _pieces_by_paragraph(article.quotes)
    text = article.text
    out: dict[int, dict[str, int]] = {}
    for pid, p0, p1 in column_rows(paragraphs, "id", "start", "end"):
        inside = [p for p in by_para.get(int(pid), []) if p[0] < p1 and p[1] > p0]
        cuts = sorted({p0, p1, *(max(a, p0) for a, _, _ in inside), *(min(b, p1) for _, b, _ in inside)})
        counts: dict[str, int] = {AUTHOR: 0}
        for a, b in itertools.pairwise(cuts):
            covering = [p for p in inside if p[0] <= a and p[1] >= b]
            who = min(covering, key=lambda p: p[1] - p[0])[2] if covering else AUTHOR
            n = len(text[a:b]) - sum(1 for ch in text[a:b] if ch.isspace())
            counts[who] = counts.get(who, 0) + n
        out[int(pid)] = counts
    return out


def overview(article: Article) -> dict[str, Any]:
    counted = article_counts(article.paragraphs, article.quotes)  # as the Corpus page counts (quotelens.story)
    words = counted["words"]
    share = voice_share(article)
    author = float(share.loc[share["voice"] == AUTHOR, "share"].sum()) if not share.empty else 1.0
    return {
        "paragraphs": counted["paragraphs"],
        "quotations": counted["quotations"],
        "speakers quoted": counted["speakers_quoted"],
        "author share": author,
        "reading minutes": max(1, round(words / WORDS_PER_MINUTE)) if words else 0,
        "words": words,
    }


# ---------------------------------------------------------------------- chart data
def timeline_data(article: Article) -> pd.DataFrame:
    """:func:`quotelens.timelinedata.timeline_data`: the timeline's rows, each with its quotation's group."""
    from quotelens.timelinedata import timeline_data as rows  # (it builds on this module)

    return rows(article)


def words_by_speaker(article: Article) -> pd.DataFrame:
    q = body_quotes(article)
    if q.empty:
        return pd.DataFrame(columns=["speaker", "kind", "words", "quotations"])
    q = q.assign(speaker=q["speaker"].fillna(UNKNOWN))
    return quoted_words(q, ["speaker", "kind"])[["speaker", "kind", "words", "quotations"]]


def mentioned_vs_quoted(article: Article) -> pd.DataFrame:
    """People and organisations: times mentioned vs quotations credited (alone, and as one of a pair
    named together: "Trump and Putin agreed ...")."""
    sp = article.speakers[article.speakers["type"] != "anonymous"]
    # what a pair said ("Trump and Putin agreed ...") is heard from each of its members too
    with_others: dict[str, int] = {}
    for members, quotes in zip(sp["members"], sp["quotes"], strict=True):
        for member in filter(None, str(members or "").split("; ")):
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


_NO_VERB = "(no verb: a colon, dash or label)"
_AS_WRITTEN = {"according": "according to"}


def stance_table(article: Article) -> pd.DataFrame:
    """Which verbs the article chose for each speaker, and their stance."""
    q = body_quotes(article).drop_duplicates("group")
    q = q[q["cue_lemma"].notna()].assign(speaker=lambda d: d["speaker"].fillna(UNKNOWN))
    # a cue with no word ("Ruiz: …", a dash) is no verb the writer chose: named for what it is
    q["cue_lemma"] = q["cue_lemma"].where(q["cue_lemma"].str.contains(r"\w", regex=True), _NO_VERB)
    q["cue_lemma"] = q["cue_lemma"].replace(_AS_WRITTEN)  # "according" alone is no word a writer chose
    if q.empty:
        return pd.DataFrame(columns=["speaker", "verb", "stance", "times"])
    out = q.groupby(["speaker", "cue_lemma", "stance"], as_index=False).size()
    return out.rename(columns={"cue_lemma": "verb", "size": "times"}).sort_values(
        ["speaker", "times"], ascending=[True, False], kind="stable"
    )


def voice_by_paragraph(article: Article) -> pd.DataFrame:
    """For each story paragraph, the share of its non-space characters in each voice (long form)."""
    rows = []
    for pid, counts in _voice_counts(article, story_paragraphs(article)).items():
        total = sum(counts.values()) or 1
        rows += [{"paragraph": pid, "voice": who, "share": n / total} for who, n in counts.items() if n]
    return pd.DataFrame(rows, columns=["paragraph", "voice", "share"])


# ---------------------------------------------------------------------- export
def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV, where a text a spreadsheet would run as a formula starts with ' (:mod:`quotelens.spreadsheets`;
    the JSON keeps it as written)."""
    return inert_frame(df).to_csv(index=False).encode("utf-8")


def to_json_bytes(df: pd.DataFrame) -> bytes:
    records = json.loads(df.to_json(orient="records", force_ascii=False))
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def file_stem(name: str) -> str:
    """A download file name's stem from an article's name: letters, digits, '-', '_' only."""
    stem = re.sub(r"[^\w-]+", "-", name, flags=re.ASCII).strip("-_")
    return stem[:60] or "article"
