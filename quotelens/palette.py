"""One colour per speaker, the same on every page, safe for colour-blind readers and on both themes.

In: speakers ranked by how much they are heard. Out: ``{name: "#rrggbb"}``.

Notes:
    The seven speakers heard most get Okabe & Ito's palette (without its black, which a dark
    page would swallow), designed to stay distinct under the common colour-vision deficiencies.
    Every further speaker is one of the "others" and shares a neutral grey, so colour never
    claims a distinction it cannot keep; quotations whose speaker was not identified get a
    second, lighter grey, and the writer's own voice a third. No hue of the palette is used
    for anything but a speaker: encodings that are not speakers (the kind of a quotation,
    mentions against quotations) use lightness, outline and dash on the speaker's colour, or
    the neutral ``INK``. The greys are far apart in lightness; the two that carry meaning in a
    chart (others, unresolved) keep a contrast of 2.5:1 or more on the light and the dark page,
    so every chart reads on both themes.
    Text on a colour is black or white by WCAG contrast, never a fixed colour.
"""

from __future__ import annotations

from collections.abc import Iterable

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
PALETTE = OKABE_ITO
OTHERS = "#6E6E6E"  # speakers past the seventh, grouped as "others"
UNRESOLVED = "#9E9E9E"  # quotations whose speaker could not be named
AUTHOR = "#D0D0D0"  # the writer's own voice
INK = "#8C8C8C"  # marks that stand for no speaker (corpus totals, legend swatches)
NEUTRALS = (OTHERS, UNRESOLVED, AUTHOR, INK)
LIGHT_PAGE = "#FFFFFF"
DARK_PAGE = "#0E1117"


def speaker_colours(ranked: Iterable[str], order: Iterable[str] | None = None) -> dict[str, str]:
    """Colours for speakers ranked by how much they are heard (most first).

    The first ``len(PALETTE)`` distinct names of ``ranked`` get a palette colour each, handed out
    in ``order`` (first appearance, say) so that neighbours on the page differ; the rest get
    ``OTHERS``.
    """
    top = list(dict.fromkeys(ranked))
    coloured = set(top[: len(PALETTE)])
    sequence = [n for n in dict.fromkeys(order if order is not None else top) if n in coloured]
    sequence += [n for n in top if n in coloured and n not in sequence]
    out = {name: PALETTE[k] for k, name in enumerate(sequence)}
    for name in top[len(PALETTE) :]:
        out[name] = OTHERS
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
