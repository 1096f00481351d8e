"""What Home's counters count, in words that match the downloads and the switch of Who said what.

In: an article's paragraphs table (its ``role`` column: the engine's) and whether the sure-only switch is on.
Out: "26 of text, 2 byline" (the story's paragraphs by role, as paragraphs.csv has them), and the line that says
Home counts the sure attributions only when the address says ``&sure=1``.
"""

from __future__ import annotations

import pandas as pd

from quotelens.story import is_story

ROLE_WORDS = {"body": "of text"}  # how the breakdown names a role (others by the engine's name: "byline")


def paragraph_parts(paragraphs: pd.DataFrame) -> str:
    """The story's paragraphs by role, most first ("26 of text, 2 byline"); "" when they are all text."""
    if paragraphs.empty or "role" not in paragraphs:
        return ""
    roles = paragraphs.loc[is_story(paragraphs), "role"].astype(str).value_counts()
    if len(roles) <= 1 and (roles.index.tolist() or ["body"])[0] == "body":
        return ""
    order = ["body", *sorted(r for r in roles.index if r != "body")]
    return ", ".join(f"{int(roles[r])} {ROLE_WORDS.get(r, r)}" for r in order if r in roles)


def paragraphs_help(paragraphs: pd.DataFrame) -> str:
    """The explainer's line for "Paragraphs", with the breakdown the counter's caption gives."""
    parts = paragraph_parts(paragraphs)
    said = f" ({parts}, as the role column of paragraphs.csv names them)" if parts else ""
    return f"The story's paragraphs{said}: the headline and page debris are not counted."


def sure_only_note(unsure: int) -> str:
    """Home's line when the address asks for the sure attributions only (``&sure=1``, Who said what's switch)."""
    n = f"{unsure} unsure quotation{'s' if unsure != 1 else ''}"
    return (
        f"Sure attributions only, as the address asks (&sure=1, the switch “Count only sure attributions” on Who "
        f"said what): {n} left out of these counts."
    )
