"""Who conducted a poll: the organisation the article says carried it out, over the outlets it is named for.

In: the cast, the text and the span of a poll's phrase ("a CNN/WMUR poll", "the poll"). Out: the entity of
the organisation the article names as the poll's conductor ("the University of New Hampshire Survey Center,
which conducted the CNN/WMUR poll"), or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import SpeakerType

_ORGS = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_LOOK_BACK = 3000  # characters before "the poll" in which the poll it takes up is named


def conductor_of(cast: Cast, text: str, start: int, end: int) -> int | None:
    """The organisation the article says conducted the poll a phrase names ("the University of New Hampshire
    Survey Center, which conducted the CNN/WMUR poll"), over the outlets whose name the poll carries; for
    "the poll", the one the nearest poll's name before it is."""
    conducted = _conducted(text)
    if not conducted:
        return None
    names = [n for n in conducted if n in text[start:end]]
    if not names:
        before = _NAMED_POLL.findall(text, max(0, start - _LOOK_BACK), start)
        names = [before[-1]] if before and before[-1] in conducted and not _NAMED_POLL.search(text, start, end) else []
    if len(names) != 1:
        return None
    at = conducted[names[0]]
    found = [m for m in cast.near(at - 120, at) if m.end == at and cast.entities[m.entity].type in _ORGS]
    return found[0].entity if found else None


_NAMED_POLL = re.compile(r"\b([A-Z][\w&.-]*(?:[/ -][A-Z][\w&.-]*)*)\s+(?:poll|survey)\b")
_CONDUCTED = re.compile(
    r",\s+which\s+(?:conducted|carried\s+out)\s+the\s+([A-Z][\w&.-]*(?:[/ -][A-Z][\w&.-]*)*)\s+(?:poll|survey)\b"
)


@lru_cache(maxsize=8)
def _conducted(text: str) -> dict[str, int]:
    """The polls the article names with who conducted them: {"CNN/WMUR": where the conductor's name ends}."""
    return {m.group(1): m.start() for m in _CONDUCTED.finditer(text)}
