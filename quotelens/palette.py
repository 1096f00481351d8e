"""One colour per speaker, the same on every page, safe for colour-blind readers.

In: speaker names in order of first appearance. Out: ``{name: "#rrggbb"}``.

Notes:
    The first seven colours are Okabe & Ito's palette (without black), designed to
    stay distinct under the common colour-vision deficiencies; the next five are
    from Tableau's colour-blind palette. Speakers beyond twelve share a neutral grey,
    as do anonymous sources, so colour never claims a distinction it cannot keep.
    Text on a colour is black or white by WCAG contrast, never a fixed colour.
"""

from __future__ import annotations

from collections.abc import Iterable

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
TABLEAU_CB = ["#A3ACB9", "#FFBC79", "#5F9ED1", "#C85200", "#898989"]
PALETTE = OKABE_ITO + TABLEAU_CB
OTHER = "#999999"
AUTHOR = "#BBBBBB"


def speaker_colours(names: Iterable[str], anonymous: Iterable[str] = ()) -> dict[str, str]:
    """Colours for ``names`` in the given order; ``anonymous`` ones (and overflow) get grey."""
    anon = set(anonymous)
    out: dict[str, str] = {}
    k = 0
    for name in names:
        if name in out:
            continue
        if name in anon or k >= len(PALETTE):
            out[name] = OTHER
        else:
            out[name] = PALETTE[k]
            k += 1
    return out


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#FFFFFF") else "#FFFFFF"


def with_alpha(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"
