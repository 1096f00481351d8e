"""Dates and datelines: words that end a name ("PAC on June 3") or open an article with its place.

In: a sentence's tokens. Out: where a dateline opening it ends ("JACKSON, Miss. —"), so that
:func:`quotelens.speakers.names.name_runs` reads no speaker there.
"""

from __future__ import annotations

from quotelens.segment import Token

# A connector before a date joins no name: "Clinton's PAC on June 3" (not "Commission on Presidential Debates")
CALENDAR = frozenset(
    "january february march april june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
DASHES = frozenset(["—", "–", "-", "--"])


def _place_word(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].is_word and toks[k].text.isupper() and len(toks[k].text) >= 2


def dateline(toks: list[Token]) -> int:
    """The end of a dateline opening the sentence ("WASHINGTON —", "JACKSON, Miss. —", "NEW YORK (AP) —",
    and a wire's cities and date, "NEW YORK/PARIS, March 6 (Reuters) - "), or 0."""
    k = 0
    while _place_word(toks, k) or (0 < k < len(toks) and toks[k].text == "/" and _place_word(toks, k + 1)):
        k += 1
    if k == 0 or sum(len(t.text) for t in toks[:k]) < 4:
        return 0  # (not "A", "US")
    end = k
    if k < len(toks) and toks[k].text == ",":  # ", Miss." / ", Calif." / ", Mass., Dec. 11" / ", March 6"
        k += 1
        while k < min(len(toks), end + 8) and (
            toks[k].is_capitalised or toks[k].text in {".", ","} or toks[k].text.isdigit()
        ):
            k += 1
    if k < len(toks) and toks[k].text == "(":  # "(AP)", "(Reuters)"
        close = next((j for j in range(k, min(len(toks), k + 5)) if toks[j].text == ")"), None)
        k = close + 1 if close is not None else k
    return k if k < len(toks) and toks[k].text in DASHES else 0
