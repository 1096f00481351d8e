"""Forward look for organisations: the union a description stands for when it comes before the name.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a definite description of an
organisation ("The union representing the city's bus drivers"). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`, or None.

How:
    A writer may describe an organisation before naming it ("The union representing the drivers attacked the
    plan. '...,' said Leona Marsh, president of Transit Workers Union Local 88."). When no organisation whose
    name holds the description's kind word ("Union") was named before it, the one named in the description's
    paragraph or the next :data:`FORWARD_PARAGRAPHS` as the body a speaker holds a post in ("president of
    X", "a spokeswoman for X") is the one it stands for, if it is the only one of that kind there. (Not any
    name with the word: "the European Union" in a sentence on tenders is no drivers' union.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.model import Mention, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.descriptions import Phrase
    from quotelens.speakers.resolve import Resolver

FORWARD_PARAGRAPHS = 1
# A post held in the body named next: "president of", "a spokeswoman for", "general secretary at the"
_POST_IN = re.compile(
    r"\b(?:president|vice[- ]president|leader|head|chair(?:man|woman|person)?|secretary|spokes(?:man|woman|person)"
    r"|member|director|chief|organi[sz]er|representative|official|steward)s?\s+(?:of|at|for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def org_named_after(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """The one organisation of the description's kind named soon after it, none of that kind before."""
    if not p.head or not p.words or p.words[0].lower() != "the":
        return None
    kind = re.compile(rf"\b{re.escape(p.head.capitalize())}\b")
    of_kind = [m for m in _named_organisations(r) if kind.search(r.cast.entities[m.entity].name)]
    if any(m.start < s for m in of_kind):
        return None  # (one named before: the ranker reads it)
    last = r.ctx.paragraph_at(s) + FORWARD_PARAGRAPHS  # type: ignore[attr-defined]
    after = {m.entity for m in of_kind if m.paragraph <= last and not m.in_quote and _post_in(r.text, m.start)}
    if len(after) != 1:
        return None
    ent = r.cast.entities[after.pop()]
    path = f"“{phrase}” → {ent.name}, the {p.head} named just after it, none before"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def _named_organisations(r: Resolver) -> list[Mention]:
    """The mentions of organisations by name in the article (kept on the resolver: read once an article)."""
    cached: list[Mention] | None = getattr(r, "_named_organisations", None)
    if cached is None:
        orgs = (m for m in r.cast.mentions if r.cast.entities[m.entity].type is SpeakerType.ORGANISATION)
        cached = r._named_organisations = [m for m in orgs if m.how in ("name", "short name")]  # type: ignore[attr-defined]
    return cached


def _post_in(text: str, start: int) -> bool:
    """Is the name at ``start`` the body a post is held in ("president of *X*")?"""
    return _POST_IN.search(text, max(0, start - 40), start) is not None
