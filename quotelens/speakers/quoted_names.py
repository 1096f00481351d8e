"""Who is named inside a report's own quotation: not its speaker, unless spoken to or self-introduced.

In: the article's :class:`~quotelens.speakers.mentions.Cast` and a report's content spans. Out: the entities named
by name between quotation marks in them ("'Dana Whitcomb has voted against you,' the senator said"), which
:func:`quotelens.speakers.candidates.gather` rules out as the report's speaker; a name spoken to ("..., Mr
Fitzgerald,") or one the speaker introduces itself by ("Hello, this is Starline Media") is not ruled out.
"""

from __future__ import annotations

import re

from quotelens.speakers.mentions import Cast


def named_inside(cast: Cast, spans: tuple[tuple[int, int], ...]) -> set[int]:
    """Who is named (by name, not by a pronoun) between quotation marks inside these spans, but not as the
    one spoken to ("'you are in a high-risk area, Mr Fitzgerald,' like I didn't know": maybe the speaker)."""
    return {
        m.entity
        for a, b in spans
        for m in cast.inside(a, b)
        if m.in_quote
        and m.how in _BY_NAME
        and not _addressed(cast.text, m.start, m.end)
        and not _self_named(cast.text, m.start)
    }


# the speaker naming itself in its own words: "Hello, this is Starline Media", "I'm Dana Cole", "we at Acme"
_SELF_NAMING = re.compile(
    r"(?:\bthis\s+is|\bI\s+am|\bI['’]m|\bmy\s+name\s+is|\bwe\s+at|\bwe\s+are)\s+(?:the\s+)?$", re.I
)


def _self_named(text: str, start: int) -> bool:
    """Is the name at ``start`` one the speaker introduces itself by ("Hello, this is Starline Media")?"""
    return _SELF_NAMING.search(text, max(0, start - 20), start) is not None


_BY_NAME = frozenset(["name", "short name"])
_ADDRESS = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\.?\s+)?$")


def _addressed(text: str, start: int, end: int) -> bool:
    """A name set off by a comma before it and a punctuation mark after it: one spoken to. So is a one-word
    name that opens a quotation before a comma, a title before it or not ("She told me, 'Debbie, I'm staying'",
    "and say, 'Mr. Amsel, this is wrong'")."""
    after = text[end : end + 1]
    if after == "," and start > 0 and " " not in text[start:end] and _OPENS.search(text, max(0, start - 8), start):
        return True
    return after in _AFTER_ADDRESS and _ADDRESS.search(text, max(0, start - 12), start) is not None


_OPENS = re.compile(r"['‘\"“](?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\.?\s+)?$")
_AFTER_ADDRESS = frozenset(",.!?'’\"”")
