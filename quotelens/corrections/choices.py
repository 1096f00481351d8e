"""What the Reader's correction form offers and what a reader's picks make: no Streamlit here.

In: a :class:`~quotelens.corrections.report.Corrected` article and one of its quotations (by
``group``). Out: :func:`form_for` — the form's starting values (the speaker options, the
quotation's speaker, kind and first and last content words, with the words around them to pick
from); :func:`from_form` — the :class:`~quotelens.corrections.model.Correction` that the picks
make, setting only what differs from what the page shows (``None`` when nothing does).

The speaker is one of the article's speakers (:func:`speaker_options`), a new name typed by the
reader (:data:`NEW_SPEAKER`), or :data:`ANONYMOUS`. The content is corrected by its first and
last word; a content in pieces keeps its inner gaps (the first piece starts, the last one ends,
where the reader says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotelens.corrections.edit import correct, piece_words
from quotelens.corrections.model import Correction
from quotelens.corrections.report import Corrected
from quotelens.corrections.words import WordRange, Words
from quotelens.views import KIND_NAME

ANONYMOUS = "(anonymous: nobody named)"
NEW_SPEAKER = "(a new name…)"
UNKNOWN = "(unknown)"
KIND_LABELS = KIND_NAME


@dataclass(frozen=True)
class FormStart:
    """Where the form starts for one quotation: what the page shows of it now."""

    group: int
    speaker: str  # one of ``options``
    options: list[str]
    kind: str
    first_word: int
    last_word: int
    pieces: tuple[WordRange, ...]
    text: str
    corrected: bool


def speaker_options(view: Corrected) -> list[str]:
    """The article's named speakers, most quoted first, then the anonymous and new-name choices."""
    sp = view.article.speakers
    named = sp[sp["type"] != "anonymous"].sort_values(["quotes", "name"], ascending=[False, True], kind="stable")
    return [*dict.fromkeys(str(n) for n in named["name"]), ANONYMOUS, NEW_SPEAKER]


def quotation_label(view: Corrected, group: int, width: int = 70) -> str:
    """'3 · Rex Tillerson: the meeting …' — how the form's quotation chooser names a quotation
    (' ✎' at the end: corrected by a reader)."""
    rows = view.article.quotes[view.article.quotes["group"] == group]
    if rows.empty:
        return f"{group + 1}"
    who = rows["speaker"].iat[0]
    text = " … ".join(str(t) for t in rows["text"])
    text = text if len(text) <= width else text[: width - 1].rstrip() + "…"
    mark = " ✎" if bool(rows["corrected"].iat[0]) else ""
    return f"{group + 1} · {who if isinstance(who, str) else UNKNOWN}: {text}{mark}"


def form_for(view: Corrected, group: int) -> FormStart:
    """The form's starting values for quotation ``group`` (raises ``ValueError`` for an unknown one)."""
    rows = view.article.quotes[view.article.quotes["group"] == group]
    if rows.empty:
        raise ValueError(f"the article has no quotation {group}")
    options = speaker_options(view)
    who, stype = rows["speaker"].iat[0], rows["speaker_type"].iat[0]
    if isinstance(who, str) and stype == "anonymous":
        speaker = ANONYMOUS
    elif isinstance(who, str) and who in options:
        speaker = who
    else:
        speaker = UNKNOWN
        options = [UNKNOWN, *options]
    pieces = piece_words(view, group)
    return FormStart(
        group=group,
        speaker=speaker,
        options=options,
        kind=str(rows["kind"].iat[0]),
        first_word=pieces[0][0],
        last_word=pieces[-1][1],
        pieces=pieces,
        text=" … ".join(str(t) for t in rows["text"]),
        corrected=bool(rows["corrected"].iat[0]),
    )


def word_choices(view: Corrected, start: FormStart, around: int = 25) -> list[int]:
    """Word numbers the start and end pickers offer: the content and ``around`` words either side."""
    words = Words(view.article.text)
    lo = max(0, start.first_word - around)
    hi = min(len(words) - 1, start.last_word + around)
    return list(range(lo, hi + 1))


_BEFORE, _AFTER = re.compile(r"(?:\S+\s+){0,3}\S*\Z"), re.compile(r"\S*(?:\s+\S+){0,3}")  # 3 words of context


def word_label(words: Words, number: int) -> str:
    """'said the [meeting] was held': a word, marked, with three words either side, as the article writes them
    ("“[It]’s the U.S.", "It[’]s": the text sliced by offsets, not its words joined with spaces; line breaks and
    runs of spaces read as one space). The picker's value stays the word's number."""
    text, start, end = words.text, words.starts[number], words.ends[number]
    before = _BEFORE.search(text[max(0, start - 120) : start])
    after = _AFTER.match(text[end : end + 120])
    marked = f"{before.group() if before else ''}[{text[start:end]}]{after.group() if after else ''}"
    return " ".join(marked.split())


def new_pieces(pieces: tuple[WordRange, ...], first: int, last: int) -> tuple[WordRange, ...]:
    """The pieces with the content starting at word ``first`` and ending at word ``last``.

    Inner gaps are kept where they still fall between the new ends; pieces outside them go.
    Raises ``ValueError`` when ``first`` is after ``last``.
    """
    if first > last:
        raise ValueError(f"the content cannot start (word {first}) after it ends (word {last})")
    kept = [(max(a, first), min(b, last)) for a, b in pieces if b >= first and a <= last]
    if not kept:
        return ((first, last),)
    kept[0] = (first, kept[0][1])
    kept[-1] = (kept[-1][0], last)
    return tuple(kept)


@dataclass(frozen=True)
class Picks:
    """What the reader chose in the form."""

    speaker: str
    new_name: str = ""
    kind: str | None = None
    not_quote: bool = False
    first_word: int | None = None
    last_word: int | None = None
    note: str = ""


def from_form(
    view: Corrected, start: FormStart, picks: Picks, author: str = "", session: str = ""
) -> Correction | None:
    """The correction the picks make (only what differs from ``start``), or None when nothing does.

    Raises:
        ValueError: a new name left empty, or content words out of order or outside the article.
    """
    changes: dict[str, object] = {}
    if picks.speaker == NEW_SPEAKER:
        name = " ".join(picks.new_name.split())
        if not name:
            raise ValueError("type the speaker's name, or choose one of the article's speakers")
        changes |= {"speaker": name, "speaker_type": "person"}
    elif picks.speaker == ANONYMOUS and start.speaker != ANONYMOUS:
        changes["speaker_type"] = "anonymous"
    elif picks.speaker not in (start.speaker, UNKNOWN, ANONYMOUS):
        changes["speaker"] = picks.speaker
    if picks.kind is not None and picks.kind != start.kind:
        changes["kind"] = picks.kind
    if picks.not_quote:
        changes["not_quote"] = True
    first = start.first_word if picks.first_word is None else picks.first_word
    last = start.last_word if picks.last_word is None else picks.last_word
    if (first, last) != (start.first_word, start.last_word):
        changes["content_words"] = new_pieces(start.pieces, first, last)
    if not changes:
        return None
    return correct(view, start.group, note=picks.note.strip(), author=author, session=session, **changes)  # type: ignore[arg-type]
