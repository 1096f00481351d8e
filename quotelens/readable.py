"""The pages' tables and links in a reader's words, computed without Streamlit.

In: an :class:`~quotelens.article.Article` (or the Reader's filters). Out: the speakers table and the
quotations table with readable headers (the downloads keep every column, as the engine names them),
and the Reader's Kind and Search as the query parameters a highlight's link carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from quotelens import doubt, views
from quotelens.article import Article
from quotelens.kinds import with_kind_names
from quotelens.markup import plain, safe_text
from quotelens.reasons import card_evidence
from quotelens.story import in_headline, is_headline

SEARCH_MAX = 200  # characters of a search carried in a link
CSV_HELP = (  # beside every CSV download (views.to_csv_bytes)
    "For spreadsheets: a text that would run as a formula there (one starting with =, +, - or @) starts with ' "
    "in this file. The JSON keeps every text as written."
)
NO_QUOTATION = "No quotation or attribution was found in this article: everything in it is in the writer's own voice."


def filter_params(kinds: Iterable[str], search: str, known: list[str]) -> dict[str, str]:
    """The Reader's filters as query parameters a link carries: ``kind`` (comma-joined, only when some
    kind is left out) and ``q`` (the search, when there is one)."""
    chosen = [k for k in known if k in set(kinds)]
    out = {"kind": ",".join(chosen)} if chosen != known else {}
    search = search.strip()[:SEARCH_MAX]
    return out | ({"q": search} if search else {})


def filters_from_params(kind: str | None, search: str | None, known: list[str]) -> tuple[list[str], str]:
    """The Reader's filters a link asks for (see :func:`filter_params`): kinds this article does not know are
    ignored, and a ``kind`` naming none of them means every kind."""
    wanted = set((kind or "").split(","))
    kinds = [k for k in known if k in wanted] or list(known)
    return kinds, (search or "").strip()[:SEARCH_MAX]


SPEAKER_COLUMNS = {  # the speakers table's columns a reader reads, with their headers (exports keep them all)
    "name": "speaker",
    "type": "kind",
    "quotes": "quotations",
    "quoted_words": "words quoted",
    "mentions": "times mentioned",
    "first_paragraph": "first in paragraph",
    "aliases": "also called",
    "roles": "roles and descriptions",
    "members": "speaking together",
}


def speakers_for_reading(article: Article) -> pd.DataFrame:
    """The speakers table with readable headers, most quoted first; a column empty in every row is left out."""
    sp = article.speakers
    cols = [c for c in SPEAKER_COLUMNS if c in sp.columns]
    out = sp.sort_values(["quotes", "quoted_words", "mentions"], ascending=False, kind="stable")[cols]
    out = out.rename(columns=SPEAKER_COLUMNS).reset_index(drop=True)
    blank = [c for c in ("also called", "roles and descriptions", "speaking together") if c in out]
    return out.drop(columns=[c for c in blank if not out[c].fillna("").astype(str).str.strip().any()])


QUOTE_COLUMNS = {  # the quotations table a reader reads on Who said what (its downloads keep every column)
    "speaker": "speaker",
    "cue_text": "cue",
    "text": "words",
    "kind": "kind",
    "stance": "stance",
    "mention_text": "source as written",
    "via": "relayed by",
    "resolution": "how the speaker was found",
    "confidence": "confidence",
    "paragraph_id": "paragraph",
}


def quotation_list_for(article: Article, speaker: str | None, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per quotation of the story, for one speaker or all, these kinds (None: all): the Speaker
    timeline's list, each kind in words."""
    quotes = views.filter_quotes(views.body_quotes(article), [speaker] if speaker else None, kinds)
    return with_kind_names(views.quotation_list(quotes))


def quotes_to_read(article: Article, speaker: str | None, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """:func:`quotelens.views.quotes_for` with readable headers, each kind in words, "(unresolved)" for nobody
    and the speakers the resolver was unsure of marked (the downloads keep the engine's columns and codes)."""
    q = views.filtered(article, speaker, kinds).sort_values("start", kind="stable")
    marked = views.evidence_table(q)["how the speaker was found"].to_numpy()
    out = q[list(QUOTE_COLUMNS)].assign(speaker=q["speaker"].fillna(views.UNKNOWN), resolution=marked)
    return with_kind_names(out.rename(columns=QUOTE_COLUMNS).reset_index(drop=True))


def evidence_to_read(article: Article, speaker: str | None, kinds: tuple[str, ...] | None, search: str) -> pd.DataFrame:
    """The Reader's evidence table (:func:`quotelens.views.evidence_for`) with its evidence in words, as the
    evidence card and the downloads say it (:func:`quotelens.reasons.card_evidence`: no feature names)."""
    table = views.evidence_for(article, speaker, kinds, search)
    return table.assign(evidence=[card_evidence(e) if isinstance(e, str) else e for e in table["evidence"]])


def _in_headline(article: Article, quotes: pd.DataFrame) -> int:
    """How many of ``quotes`` (quotations: groups) are reports in the headline itself."""
    return int(quotes.loc[in_headline(quotes, article.paragraphs), "group"].nunique())


def shown_count(article: Article, quotes: pd.DataFrame) -> str:
    """The Reader's count: "2 of 17 quotations shown", and when the headline reports someone, how the total
    splits ("(16 in the story, 1 in the headline)"): Home and Who said what count the story's 16."""
    total, in_title = int(article.quotes["group"].nunique()), _in_headline(article, article.quotes)
    split = f" ({total - in_title} in the story, {in_title} in the headline)" if in_title else ""
    return f"{quotes['group'].nunique()} of {total} quotations shown{split}."


def quotations_heading(article: Article, table: pd.DataFrame) -> str:
    """The heading of a quotations table: "Quotations (16)", or "Quotations (16, and 1 report in the
    headline)" when the table lists the headline's own report, which no count of who said what includes
    (:func:`quotelens.views.body_quotes`)."""
    in_title = _in_headline(article, table)
    n = int(table["group"].nunique()) - in_title
    if not in_title:
        return f"Quotations ({n})"
    return f"Quotations ({n}, and {in_title} report{'s' if in_title != 1 else ''} in the headline)"


OVERVIEW_HELP = {  # what each of Home's counters counts (``str.format`` fields: :func:`views.overview`)
    "Paragraphs": "The story's paragraphs: the headline and page debris are not counted.",
    "Quotations": "Quotations and reported statements in the story, each counted once even when its cue breaks it "
    "in pieces; a report the headline makes is not counted.",
    "Speakers quoted": "Speakers credited with at least one quotation of the story (quotations nobody could be "
    "credited with are left out; people quoted together count as one).",
    "Author's own voice": "The share of the story's text (its characters, spaces aside) that no quotation credits to "
    "a source: the writer's own words, cues such as “he said” included.",
    "Reading time": "The story's {words:,} words at " + f"{views.WORDS_PER_MINUTE} words a minute.",
}


def pieces_note(table: pd.DataFrame) -> str:
    """Why a quotations table has more rows than its heading counts quotations: a quotation its cue breaks
    ("…,” she said, “…") is a row per piece, in the table and its downloads. "" when each is one row."""
    rows, quotations = len(table), int(table["group"].nunique())
    if rows == quotations:
        return ""
    return (
        f"{rows} rows: a quotation broken by its cue (“…,” she said, “…”) has a row for each piece, "
        "here and in the downloads, whose column group numbers the quotations."
    )


HEADLINE_ONLY = "credited in the headline only"  # the one wording, on every page, for the speaker below
HEADLINE_ONLY_TIMELINE = (  # under that line on the Speaker timeline, whose rows and counts are the story's
    "The timeline places the story's quotations only: a report the headline makes has no row or mark here, "
    "and the Reader shows it highlighted in the headline."
)


def headline_only_speakers(article: Article) -> list[str]:
    """Who is credited in the headline only: the speaker of a report the headline itself makes ("…, Lancet study
    finds"), which the Reader highlights, with no quotation in the story (:func:`quotelens.views.body_quotes`),
    in the Reader's order. The one place that decides it: Home's headline panel, the line under the Reader's legend
    and Who said what's mentioned-vs-quoted all ask here, and none of them calls such a speaker "never heard"."""
    in_story = set(views.body_quotes(article)["speaker"].dropna())
    return [s for s in views.speaker_order(article) if s != views.UNKNOWN and s not in in_story]


def headline_only_note(article: Article, speaker: str | None) -> str:
    """For a speaker credited only by the headline's own report ("Trump Sides With Putin"), which no count or
    list of the story includes: a sentence saying so and where to see it (the name as it is; the page makes
    it inert). "" for anyone else."""
    if not speaker or speaker not in headline_only_speakers(article):
        return ""
    return (
        f"{speaker} is {HEADLINE_ONLY}: the headline's report is its writer's claim about them, not their words, "
        "and no count or list of the story includes it. The Reader shows it highlighted in the headline"
    )


def selection_note(article: Article, speaker: str, kinds: tuple[str, ...] | None = None) -> str:
    """What the selected speaker said in the story, in a line: "Vladimir Putin: 3 quotations, 17 words (2 of them
    unsure: …)" (:mod:`quotelens.doubt`; the name as it is; the page makes it inert). With ``kinds`` (the Kind
    filter, when it leaves some kind out), only those are counted and the line says which: "… 0 words in direct
    quote only, as chosen under Kind"."""
    q = views.body_quotes(article)
    mine = q[q["speaker"].fillna(views.UNKNOWN) == speaker]
    narrowed = kinds is not None and set(kinds) != set(views.kinds_of(article.quotes))
    if narrowed:
        mine = mine[mine["kind"].isin(kinds or ())]
    n, words = int(mine["group"].nunique()), int(mine["words"].sum())
    said = f"{speaker}: {n} quotation{'s' if n != 1 else ''}, {words} word{'s' if words != 1 else ''}"
    if narrowed:
        named = (
            " or ".join(views.KIND_NAME.get(k, k) for k in kinds or ()) or "no kind"
        )  # (no kind chosen: the chart says so too)
        said += f" in {named} only, as chosen under Kind"
    unsure = doubt.unsure_of(article, speaker, kinds if narrowed else None)
    return said + (f" ({unsure} of them unsure: lighter in the Reader, with “(?)”)" if unsure else "")


_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))  # (opening, closing); „ … “ is the German pair


def _unbalanced(text: str) -> int:
    """Opening minus closing double quotation marks in ``text`` (straight ones: 1 when their count is odd)."""
    if "„" in text:
        return text.count("„") - text.count("“")
    curly = sum(text.count(a) - text.count(b) for a, b in _PAIRS[:2])
    return curly or text.count('"') % 2


def unpaired_quote_marks(article: Article) -> list[int]:
    """The story paragraphs (ids) holding a quotation mark with no partner, where quotations may be cut short
    or run on. A quotation left open at a paragraph's end is no fault when the next paragraph opens with a
    mark: that is how a quotation runs over several paragraphs."""
    paras = views.story_paragraphs(article)
    texts = [str(t).strip() for t in paras["text"]]
    out = []
    for i, (pid, text) in enumerate(zip(paras["id"], texts, strict=True)):
        balance = _unbalanced(text)
        runs_on = balance > 0 and i + 1 < len(texts) and texts[i + 1][:1] in '“«„"'
        if balance and not runs_on:
            out.append(int(pid))
    return out


def unpaired_note(article: Article) -> str:
    """A sentence for the pages when some quotation mark has no partner, else ""."""
    where = unpaired_quote_marks(article)
    if not where:
        return ""
    text = article.paragraphs.set_index("id")["text"]
    listed = ", ".join(f"{p} ({_opening(str(text[p]))})" for p in where[:5]) + (" …" if len(where) > 5 else "")
    return (
        f"Quotation marks without a partner in paragraph{'s' if len(where) > 1 else ''} {listed}: "
        "quotations near them may be cut short, joined to the next paragraph or missed."
    )


HEADLINE_WORDS = 23  # PolNeAR's 920 train and dev headlines have 22 words at most
_SPOKEN = re.compile(r'[“"«][^”"»]{24,}[”"»]')  # a sentence said in double marks: headlines quote in single ones


def headline_doubt(article: Article) -> str:
    """A sentence when the first paragraph, read as the headline, looks like the story's first paragraph (23
    words or more, or a whole sentence in double quotation marks), as when a story is pasted without its
    headline: its quotations then count nowhere. "" otherwise."""
    title = article.paragraphs.loc[is_headline(article.paragraphs), "text"]
    if title.empty:
        return ""
    text = str(title.iloc[0])
    if len(text.split()) < HEADLINE_WORDS and not _SPOKEN.search(text):
        return ""
    return (
        f"The first paragraph, “{_opening(text)}”, was read as the headline, so its quotations are not counted as the "
        "story's. If the text has no headline, paste it again with “The first line is the headline” switched off "
        "(on Home), or paste or upload it with a headline as its first line."
    )


def _opening(text: str, words: int = 5) -> str:
    """A paragraph's first words without their quotation marks, to find it by: "We will win this, said …"."""
    kept = text.translate({ord(c): None for c in '“”«»„"'}).split()
    return " ".join(kept[:words]) + (" …" if len(kept) > words else "")


CORPUS_ARTICLE_COLUMNS = {  # the Corpus page's articles table, in words (the downloads keep every column)
    "article_id": "article",
    "title": "title",
    "date": "date",
    "source": "source",
    "byline": "byline",
    "quotations": "quotations",
    "speakers_quoted": "speakers quoted",
    "words": "words",
}
CORPUS_HIT_COLUMNS = {  # a search over every quotation of a corpus
    "article_id": "article",
    "corpus_speaker": "speaker",
    "kind": "kind",
    "stance": "stance",
    "text": "words",
}


NOT_STATED = "not stated"  # a corpus article's byline or source its file does not give


def corpus_articles_to_read(articles: pd.DataFrame) -> pd.DataFrame:
    """The Corpus page's articles in words: readable headers, and "not stated" for a byline or source the file
    does not give (never a raw "None")."""
    out = with_headers(articles, CORPUS_ARTICLE_COLUMNS)
    for column in ("byline", "source"):
        if column in out:
            text = out[column].astype(object)
            missing = text.isna() | text.astype(str).str.strip().isin(["", "None", "nan"])
            out[column] = text.where(~missing, NOT_STATED)
    return out


def corpus_hits_to_read(hits: pd.DataFrame) -> pd.DataFrame:
    """The Corpus page's search results in words: readable headers, each kind as the pages name it."""
    return with_kind_names(with_headers(hits, CORPUS_HIT_COLUMNS))


def with_headers(table: pd.DataFrame, headers: dict[str, str]) -> pd.DataFrame:
    """The columns of ``headers`` the table has, in that order, under their readable names."""
    return table[[c for c in headers if c in table.columns]].rename(columns=headers)


def filters_note(speaker: str | None, kinds: Iterable[str], known: list[str], search: str) -> str:
    """Which of the Reader's filters are narrowing the quotations, in one Markdown sentence (inert): what a
    reader changes when "0 of 16" are shown. Empty when none is."""
    parts = [f"speaker **{safe_text(' '.join(speaker.split()))}**"] if speaker else []  # (a name: text, not code)
    kinds = list(kinds)
    if set(known) - set(kinds):
        named = [views.KIND_NAME.get(k, k) for k in kinds]  # (as the Kind chips and the cards say them)
        parts.append("kind " + (" or ".join(named) if named else "— none chosen (pick at least one under Kind)"))
    if search:
        parts.append(f"words containing {plain(search, 80)}")
    return ("Filtered by " + ", ".join(parts) + ".") if parts else ""
