"""The home page's headline panel: who the headline names and how each is heard, and the attributions
closest to its claim, as escaped HTML (the tables are :mod:`quotelens.headline`'s).

In: an :class:`~quotelens.article.Article`. Out: one HTML block; every text in it goes through
:func:`quotelens.markup.safe_text`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from quotelens import views
from quotelens.article import Article
from quotelens.headline import closest_attributions, headline_quotations, named_in_headline
from quotelens.markup import as_cited, safe_text, speaker_chip
from quotelens.readable import HEADLINE_ONLY, headline_only_speakers
from quotelens.reasons import plain_stance
from quotelens.views import UNKNOWN, column_rows


def headline_panel_for(article: Article) -> str:
    """The home page's headline panel for ``article``."""
    colours, only = views.colours_for(article), headline_only_speakers(article)
    panel = headline_panel_html(named_in_headline(article), closest_attributions(article), colours, only)
    return quoted_in_headline_html(headline_quotations(article), colours) + panel


def quoted_in_headline_html(quoted: pd.DataFrame, colours: dict[str, str]) -> str:
    """Whose words the headline quotes ("'It's where I learned to breathe again': the allotment growers
    ..."): each of its quotations with the speaker of the body quotation holding its words ("" when the
    headline quotes nothing)."""
    if quoted.empty:
        return ""
    items = []
    for quotation, speaker in column_rows(quoted, "quotation", "speaker"):
        whose = (
            f"{speaker_chip(speaker, colours)} <small>(the body quotes these words)</small>"
            if isinstance(speaker, str)
            else "<small><i>no quotation of the article holds these words</i></small>"
        )
        items.append(f'<li class="ql-headline-quote">“{safe_text(quotation)}” — {whose}</li>')
    return '<div class="ql-headline-panel"><p><b>Quoted in the headline</b></p><ul>' + "".join(items) + "</ul></div>"


def source_line_html(meta: dict[str, str] | None) -> str:
    """Where the article comes from, as its page or file says (outlet, byline, date, address), in one small
    line under the headline; "" when it says none of them. The address is text, never a link: it comes
    from the page, and a reader who wants it can copy it."""
    meta = meta or {}
    byline = str(meta.get("byline") or "").strip()
    by = "" if not byline or byline[:3].lower() == "by " else "by "  # a byline as printed says "By …" itself
    parts = [str(meta.get("outlet") or "").strip(), by + byline]
    parts += [str(meta.get(k) or "").strip() for k in ("date", "url")]
    shown = [safe_text(p[:200]) for p in parts if p]
    return f'<p class="ql-source" style="margin-top:-.4rem"><small>{" · ".join(shown)}</small></p>' if shown else ""


# how each kind of first-hand quotation is named in the headline panel: (one, several)
HEARD_AS = {
    "direct": ("direct quote", "direct quotes"),
    "mixed": ("partial quote", "partial quotes"),
    "indirect": ("reported statement", "reported statements"),
}


def _count(n: int, forms: tuple[str, str]) -> str:
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _names(names: str) -> list[str]:
    return [c.strip() for c in names.split(",") if c.strip()]


def _jointly(joint: int, total: int, together: bool, joint_with: str) -> str:
    """ ", 1 of them jointly with Donald Trump" (``together``: the total is one count, not first- and
    second-hand apart, which "; 1 of the 3" sums)."""
    others = _and(_names(joint_with)) if _names(joint_with) else "others"
    if not joint:
        return ""
    if joint == total:
        return f", jointly with {others}" if total == 1 else f", all of them jointly with {others}"
    return f", {joint} of them jointly with {others}" if together else f"; {joint} of the {total} jointly with {others}"


def heard_sentence(kinds: dict[str, int], second_hand: int, channels: str, joint: int = 0, joint_with: str = "") -> str:
    """How the article lets someone speak, in plain words (escaped): "speaks first-hand: 1 direct quote
    and 2 reported statements; 1 more statement is relayed by Rex Tillerson"; ``joint`` of them were said
    together with ``joint_with`` (names, comma-separated): "…, 1 of them jointly with Donald Trump"."""
    first = [_count(n, HEARD_AS.get(k, (k, k))) for k, n in kinds.items() if n]
    names = _names(channels)
    by = f" by {_and(names)}" if names else ""
    total = sum(kinds.values()) + second_hand
    together = _jointly(joint, total, len(first) + bool(second_hand) == 1, joint_with)
    if first and second_hand:
        more = "1 more statement is" if second_hand == 1 else f"{second_hand} more statements are"
        return safe_text(f"speaks first-hand: {_and(first)}; {more} relayed{by}{together}")
    if first:
        return safe_text(f"speaks first-hand: {_and(first)}{together}")
    if second_hand:
        statements = _count(second_hand, ("statement", "statements"))
        return safe_text(f"is heard only through others: {statements} relayed{by}{together}")
    return "is named, but never quoted or paraphrased"


def _without_complementiser(quotation: str) -> str:
    """ "that Trump opened ..." reads as a quotation without its leading "that"."""
    return quotation[5:] if quotation[:5].lower() == "that " else quotation


def _stance(stance: str) -> str:
    """ " · a verb of denial" when the verb says something of the words (its own word is on the Reader's card)."""
    return "" if stance in ("neutral", "other") else f" · {safe_text(plain_stance(stance))}"


def headline_panel_html(
    names: pd.DataFrame, closest: pd.DataFrame, colours: dict[str, str], headline_only: Iterable[str] = ()
) -> str:
    """The headline panel: who the headline names and how they are heard; the closest attributions.
    ``headline_only``: speakers the headline's own report credits and the story never quotes
    (:func:`quotelens.readable.headline_only_speakers`), said so in the words of every page."""
    only = set(headline_only)
    items = []
    for name, status, second, channels, joint, joint_with, *counts in column_rows(
        names, "name", "status", "second_hand", "channels", "joint", "joint_with", *HEARD_AS
    ):
        kinds = dict(zip(HEARD_AS, map(int, counts), strict=True))
        how = heard_sentence(kinds, int(second), str(channels or ""), int(joint), str(joint_with or ""))
        if name in only and not any(kinds.values()) and not int(second):
            how = f"is {HEADLINE_ONLY}: the headline reports them, the story never quotes or paraphrases them"
        items.append(
            f'<li class="ql-named" data-status="{safe_text(status)}">{speaker_chip(name, colours)} {how}.</li>'
        )
    named = (
        "<ul>" + "".join(items) + "</ul>"
        if items
        else "<p><i>The headline names nobody the article quotes or mentions.</i></p>"
    )
    rows = []
    for speaker, chain, kind, stance, quotation, shared, overlap in column_rows(
        closest, "speaker", "chain", "kind", "stance", "quotation", "shared_words", "overlap"
    ):
        relayed = f"{safe_text(chain)} · " if chain != speaker else ""  # (the chip names the speaker already)
        rows.append(  # the kind is said: a paraphrase is cited without quotation marks of ours (as_cited)
            f'<li class="ql-closest" data-kind="{safe_text(str(kind))}">{speaker_chip(speaker or UNKNOWN, colours)} '
            f"<small>{relayed}{safe_text(views.KIND_NAME.get(kind, str(kind)))}{_stance(str(stance))} · "
            f"{overlap:.0%} of the headline's words</small><br>"
            f"{safe_text(as_cited(_without_complementiser(quotation), str(kind)))}<br>"
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
