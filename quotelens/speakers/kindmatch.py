"""Does an organisation fit a kind description ("the company", "the network", "the bank")?

In: an entity and an :class:`~quotelens.speakers.candidates.Anaphor` of class "org". Out: how well its name,
aliases and roles say it is of the description's kind (:func:`kind_match`, a feature of the ranker), and
whether it was introduced as one of that kind (:func:`of_own_kind`, :func:`named_after_kind`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.lexicon import (
    COMPANY_KINDS,
    GENERIC_KINDS,
    NOT_COMPANIES,
    ORG_KIND_NOUNS,
    ORG_NAME_KINDS,
)
from quotelens.speakers.model import Entity, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.candidates import Anaphor
    from quotelens.speakers.mentions import Cast

_COMPANIES = frozenset(["company", "firm", "business", "corporation"])
_BANKS = frozenset(["bank", "lender"])
_BANK_WORDS = frozenset("bank banca banco banque bancorp bankshares banc sparkasse landesbank bancshares".split())


def kind_match(ent: Entity, anaphor: Anaphor) -> float:
    if not anaphor.head:
        return 0.0
    name = " ".join([ent.name, *ent.aliases]).lower().replace(".", "")
    words = name.split()
    if "news" in anaphor.modifiers and anaphor.head in GENERIC_KINDS:  # "the news agency": no other agency
        return float(ent.type is SpeakerType.MEDIA)
    if anaphor.head in words or anaphor.head in ent.roles:  # "the committee"; "RT, the network," ... "the network"
        return 1.0
    if anaphor.head in _BANKS and ent.type is SpeakerType.ORGANISATION:  # "the bank": "Banca Lombarda", "Barclays"
        return 1.0 if not _BANK_WORDS.isdisjoint(words) else 0.5
    heads = ORG_NAME_KINDS.get(anaphor.head)
    if heads is not None and ent.type is not SpeakerType.PERSON and not heads.isdisjoint(words):
        return 1.0  # "the company": "United Technologies Corp."; "the paper": "The Times"
    kind = ORG_KIND_NOUNS.get(anaphor.head)
    if kind == "media":
        return float(ent.type is SpeakerType.MEDIA)
    if heads is not None and "corp" in heads and not NOT_COMPANIES.isdisjoint(words):
        return 0.0  # "the company" is not "the Indiana Chamber of Commerce", "the university" or "the committee"
    if anaphor.head in GENERIC_KINDS:  # "the company", "the group": any organisation
        return float(ent.type is SpeakerType.ORGANISATION) * 0.5
    return 0.0


def of_own_kind(ent: Entity, head: str) -> bool:
    """Was the organisation introduced as one of that kind ("the UN agency for Palestinian refugees (UNRWA)",
    "the group Club for Growth"), or does its name hold the kind noun itself ("the Pentagon agency")?"""
    if head in _COMPANIES and not COMPANY_KINDS.isdisjoint(ent.roles):
        return True  # "the company": "Ledgerly, a San Francisco-based startup,"
    return bool(head) and (head in ent.roles or head in ent.name.lower().split())


def named_after_kind(cast: Cast, ent: Entity, head: str) -> bool:
    """Was the organisation named, in its first few mentions, right after the description's kind noun
    ("ride-hailing company Swiftly Inc.", "the talent agency CAA"): "the company" is that one, not a law
    firm named since?"""
    if not head:
        return False
    for start in cast.entity_starts.get(ent.id, [])[:_FIRST_MENTIONS]:
        before = cast.text[max(0, start - 24) : start].split()
        word = before[-1].lower() if before else ""
        if word == head or (head in _COMPANIES and (word in _COMPANIES or word in COMPANY_KINDS)):
            return True
    return False


_FIRST_MENTIONS = 3  # (the headline's, the lede's and one more)
