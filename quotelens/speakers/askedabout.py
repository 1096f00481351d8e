"""A question clause fronted before a description ("Asked who would replace Sandvoll, the coach said"): the names in
it are what was asked about, none of them is who answers.

In: the cast and a description's anaphor. Out: where that clause starts (candidates.gather skips the mentions
from there to the description), or past the anaphor when the sentence opens with no such clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotelens.speakers.candidates import Anaphor
    from quotelens.speakers.mentions import Cast


def asked_clause(cast: Cast, anaphor: Anaphor) -> int:
    """Where the fronted question clause before a description starts ("*Asked who would replace Sandvoll,* the coach
    said"), or past the anaphor when there is none: the names in it are asked about, none of them answers."""
    if anaphor.cls != "person" or not 0 <= anaphor.sentence < len(cast.sentences):
        return anaphor.end
    start = cast.sentences[anaphor.sentence].start
    clause = cast.text[start : anaphor.start]
    if not clause.startswith("Asked ") or not clause.rstrip().endswith(",") or "\n" in clause:
        return anaphor.end
    return start
