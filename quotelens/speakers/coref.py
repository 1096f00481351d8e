"""Definite role descriptions that open a clause: mentions of the one person introduced with that role.

In: the article's :class:`~quotelens.speakers.mentions.Cast` after its names were collected. Out:
the cast gains a mention for each "the president", "the former secretary of state", "the Indiana
governor" that opens a clause of the body and can be only one person named before it, so that a
later "he" can stand for that person ("Speaking to reporters, the president framed the shooting ...
He did not mention ...") even when the description is no attribution's source.

How:
    "the" (at a clause start), up to four modifiers and a role noun, not followed by "of" or a
    possessive; the people named before it whose roles match (:func:`~quotelens.speakers.candidates.
    matched_role`, places and parties agreeing); exactly one, or nothing is added.
"""

from __future__ import annotations

from quotelens.segment import Token
from quotelens.speakers.candidates import Anaphor, matched_role, origin_clash
from quotelens.speakers.lexicon import GENERIC_ROLES, ROLE_NOUNS
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Mention, SpeakerType
from quotelens.speakers.names import role_word

_OPENERS = frozenset([",", ";", ":", "“", '"', "—", "–", "(", "and", "but", "when", "while", "as", "because"])
_MAX_MODIFIERS = 4


def role_mentions(cast: Cast) -> None:
    """Add a mention for every clause-opening role description that names one known person."""
    people = [e for e in cast.entities if e.type is SpeakerType.PERSON and e.roles and not e.joint]
    if not people:
        return
    for n, sentence in enumerate(cast.sentences):
        toks = sentence.tokens
        for k, tok in enumerate(toks):
            if tok.lower != "the" or (k > 0 and toks[k - 1].lower not in _OPENERS):
                continue
            found = _description(toks, k)
            if found is None:
                continue
            end, head, modifiers = found
            start = tok.start
            anaphor = Anaphor(start, end, "", "person", n, sentence.paragraph, head=head, modifiers=modifiers)
            known = [e for e in people if cast.count_before(e.id, start) and matched_role(e, anaphor)]
            known = [e for e in known if not origin_clash(e, anaphor)]
            if len(known) == 1:
                cast.add(Mention(known[0].id, start, end, sentence.paragraph, "alias", n, True, cast.in_quote(start)))


def _description(toks: list[Token], k: int) -> tuple[int, str, tuple[str, ...]] | None:
    """(end, head, modifiers) of "the [modifiers] role" opening at token ``k``, or None."""
    words: list[str] = []
    for j in range(k + 1, min(len(toks), k + 2 + _MAX_MODIFIERS)):
        tok = toks[j]
        if not tok.is_word:
            return None
        word = role_word(tok.text) if tok.is_capitalised else tok.lower
        if word in ROLE_NOUNS and word not in GENERIC_ROLES:
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is not None and (after.lower == "of" or after.text in ("’s", "'s") or after.is_capitalised):
                return None  # "the president of Mexico", "the senator's", "the president Barack Obama"
            return tok.end, word, tuple(words)
        if tok.is_capitalised and word not in ("former",) and not word.isalpha():
            return None
        words.append(word)
    return None
