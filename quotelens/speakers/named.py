"""Sources that name someone: the name a source phrase speaks through, or a capitalised source the body never named.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source phrase with its span.
Out: a :class:`~quotelens.speakers.model.SpeakerChoice`, or None when the phrase names nobody itself.

How:
    A name inside the phrase speaks — the phrase's head ("New York Times columnist David Brooks" -> Brooks;
    "his top aide, Tad Devine" -> Devine), not a name that modifies a noun ("Sanders supporters"); two
    names joined by "and" speak as a group; "Hillary Clinton's team" is the Clinton campaign. A
    capitalised source not among the cast ("Lee said") is the person of that name when there is one,
    an organisation whose name opens with it, else a new person or organisation.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quotelens.segment import ParagraphRole
from quotelens.speakers.derived import business_follows
from quotelens.speakers.descriptions import AGENT_ENDINGS, KNOWN_NOUNS, Phrase
from quotelens.speakers.documents import group_for
from quotelens.speakers.kindinitials import after_kind_initials
from quotelens.speakers.lexicon import (
    DEFINITE,
    MEDIA,
    ORG_KIND_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    TITLES,
    common_words,
)
from quotelens.speakers.model import Mention, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.nameparts import hyphened_modifier, office_of
from quotelens.speakers.names import bare, clean, kind_of
from quotelens.speakers.owned import OWNED_HEADS, owned_name
from quotelens.speakers.shortnames import explicit
from quotelens.speakers.spokespeople import named_as_a_body
from quotelens.speakers.titles import is_title, title_word

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_BOUNDARY = re.compile(r",|\(|\s(?:of|for|at|from|with|who|whose|on|in|to|and)\s|\s[-–—]\s")
_POLLSTER = re.compile(r"(?<![\w’'])([A-Z][\w&-]*)(?:’s|'s)?\s+(?:[a-z]+\s+)?(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)\b")
_OF_ORG = re.compile(r"^\s+(?:of|at|from|with)\s+(?:the\s+)?$")
_OWNED_BODIES = frozenset(["campaign", "camp", "team", "administration"])  # not "Senate aides": no one's staff
_ITS = re.compile(r"\b[Ii]ts\b")
# A body's name, then a title or a role: capitalised words joined by "of", "the", "for", "and", then one
# lower-case word at most ("Match of the Day pundit ")
_AFFILIATED = re.compile(r"^(?:[A-Z][\w&.’'-]*\s+(?:(?:of|the|for|and|&)\s+)*)+(?:[a-z][\w-]*\s+)?$")
_ONE = frozenset(["a", "an", "another"])
_INITIALS = re.compile(r"\([A-Z][A-Z&.-]+\)\s+[a-z]")  # a body's initials in brackets, then the phrase goes on
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_POST_WORDS = frozenset("of for at from with who whom whose on in to and or said says told".split())


def named_in(r: Resolver, phrase: str, s: int, e: int, p: Phrase) -> SpeakerChoice | None:
    """The name a source phrase speaks through: its head, an apposition, or a name it modifies."""
    inside = [m for m in r.cast.inside(s, e) if m.how in ("name", "short name")]
    if not inside:
        covering = [m for m in r.cast.near(s, e) if m.start <= s and m.end >= e and m.how == "name"]
        if covering and p.cls in ("name", "person"):  # "Justice" of "the Brennan Center for Justice": the name
            return explicit(r, covering[-1])
        inside = covering
    if not inside:
        return unintroduced(r, phrase, p, s) if p.cls == "name" else None
    group = group_for(r.cast, phrase, s, inside)
    if group is not None:
        return SpeakerChoice(group.id, Resolution.GROUP, f"named together: {group.name}", 0.8)
    whole = next((m for m in inside if m.start == s and m.end == e), None)
    proper = whole is not None and p.words[0].lower() not in DEFINITE and p.words[0][:1].isupper()
    if whole is not None and proper and r.cast.entities[whole.entity].type is SpeakerType.ORGANISATION:
        return explicit(r, whole)  # ("Camden council": a name ending in a kind noun is the name)
    if _titled(r, inside[-1], s, e):
        return explicit(r, inside[-1])  # "Bank of England Governor Andrew Bailey", "Match of the Day pundit X"
    cuts = (
        b.start() for b in _BOUNDARY.finditer(phrase) if not _in_any(s + b.start(), inside) and not _inner(phrase, b)
    )
    boundary = s + next(cuts, len(phrase))
    modifiers = [m for m in inside if m.end <= boundary and _modifies(r, m, boundary)]
    head = [m for m in inside if m.end <= boundary and m not in modifiers]
    if head and (
        p.cls == "name"
        or _surname_alone(r, whole, p)
        or (p.head not in KNOWN_NOUNS and p.head.rstrip("s") not in KNOWN_NOUNS and not _one_unnamed(r, head, p))
    ):
        return explicit(
            r, _person_of_org(r, head)
        )  # the name is the phrase's head, or nothing else can be ("Trump's false")
    comma = next((s + k for k, ch in enumerate(phrase) if ch == "," and not _in_any(s + k, inside)), None)
    if comma is not None and comma >= boundary:  # "his top aide, Tad Devine"; "The author of the book, X,"
        after = [m for m in inside if m.start >= comma and not _modifies(r, m, e)]
        people = [m for m in after if r.cast.entities[m.entity].type is SpeakerType.PERSON]
        if people and p.cls in ("person", "anonymous", "spokesperson", "name"):
            return explicit(r, people[0])
    # (a person with a first name or a title: "Sinn Féin" read as a bare capitalised run owns no campaign)
    person_owner = bool(modifiers) and is_person(r, modifiers[-1]) and _sure_person(r, modifiers[-1])
    if modifiers and p.head in OWNED_HEADS and (person_owner or p.head in _OWNED_BODIES):
        ent = r.cast.entities[modifiers[-1].entity]  # "Hillary Clinton's team": the Clinton campaign
        written = r.text[modifiers[-1].start : modifiers[-1].end]
        person = ent.type is SpeakerType.PERSON
        if not person_owner and p.head == "team":
            return explicit(r, modifiers[-1])  # ("the Harwick Rovers team": the club itself, no one's campaign)
        name = owned_name(ent, p.head) if person else f"the {written} {OWNED_HEADS[p.head]}"
        ent = r.cast.named(name, SpeakerType.ORGANISATION)
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {name}", 0.8)
    owned = p.head in OWNED_HEADS and p.post.lower().startswith(("of ", "for "))
    owner_after = [m for m in inside if m.start >= boundary and is_person(r, m) and not _office(r, m)] if owned else []
    owner_after = [m for m in owner_after if not named_as_a_body(r.cast.entities[m.entity].name)]  # ("Delmere Cement")
    if owner_after:
        name = owned_name(r.cast.entities[owner_after[0].entity], p.head)
        ent = r.cast.named(name, SpeakerType.ORGANISATION)  # "the campaign of Hillary Clinton"
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {name}", 0.8)
    if head and p.cls not in ("anonymous", "person", "document", "org", "group", "spokesperson"):
        return explicit(r, head[-1])
    return None


def _one_unnamed(r: Resolver, head: list[Mention], p: Phrase) -> bool:
    """Does an indefinite phrase end in a lower-case noun after its last name ("a former Bellwether scheduler",
    "an Acme welder")? The name says where the unnamed one works; it is no speaker, whatever the noun."""
    noun = _NEXT_WORD.match(r.text, head[-1].end)
    agent = p.head.endswith(AGENT_ENDINGS)  # (not "a State Department readout": a document of the body)
    return agent and p.words[0].lower() in _ONE and noun is not None and noun.group(1) == p.head


def _surname_alone(r: Resolver, whole: Mention | None, p: Phrase) -> bool:
    """Is the source one capitalised word, a role noun too, that is the surname of the person it mentions
    ("Keeper said" after "Chief Wanda Keeper")? It names her, no keeper."""
    if whole is None or len(p.words) != 1 or p.cls != "person":
        return False
    ent = r.cast.entities[whole.entity]
    parts = ent.name.split()
    return ent.type is SpeakerType.PERSON and len(parts) >= 2 and parts[-1] == p.words[0]


def _titled(r: Resolver, m: Mention, s: int, e: int) -> bool:
    """Does the phrase end with a person's name after a body's name and a title or role ("Bank of England
    Governor Andrew Bailey", "Match of the Day pundit Alan Shearer"), or after the team the person leads
    ("Goldman economists led by Priya Raman")? The person speaks, whatever "of" the body's name holds (not
    "Supporters of Bernie Sanders": no title before the name)."""
    if m.end != e or m.start <= s or not is_person(r, m):
        return False
    before = r.text[s : m.start]
    if before.endswith(" led by "):  # "Goldman economists led by Priya Raman"
        return True
    if office_of(r.text[s:e].split()):
        return True  # "Minister in the Presidency Thabo Mokoena"
    head, joined, tail = before.rstrip().rpartition(" and ")
    if joined and head.split() and _role(head.split()[-1]) and 1 <= len(tail.split()) <= 2 and _role(tail.split()[-1]):
        before = head + " "  # "Quillon chairman and CEO Oren Tasker": one person's roles joined
    last = before.split()[-1] if before.split() else ""
    return _AFFILIATED.match(before) is not None and _role(last)


def _role(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLES or low in ROLE_NOUNS


def _person_of_org(r: Resolver, head: list[Mention]) -> Mention:
    """The last name of a phrase's head, but the person in "Holger Schmieding of Berenberg"."""
    last = head[-1]
    person_first = len(head) >= 2 and not is_person(r, last) and is_person(r, head[-2])
    if person_first and _OF_ORG.match(r.text[head[-2].end : last.start]):
        return head[-2]
    return last


def is_person(r: Resolver, m: Mention) -> bool:
    return r.cast.entities[m.entity].type is SpeakerType.PERSON


def _office(r: Resolver, m: Mention) -> bool:
    """A "person" named by an office's word alone ("the Prime Minister": Minister) owns no campaign."""
    return r.cast.entities[m.entity].name.lower() in ROLE_NOUNS


def _sure_person(r: Resolver, m: Mention) -> bool:
    return r.cast.entities[m.entity].person_evidence >= 1.0


def _modifies(r: Resolver, m: Mention, limit: int) -> bool:
    """A name before a noun of its phrase ("Sanders supporters", "Clinton's new ad") is no speaker itr."""
    rest = r.text[m.end : limit]
    if _possessive(r, m):
        rest = rest.lstrip("’'s")
    elif rest[:1] != " ":
        return False
    for word in rest.split()[:4]:
        noun = bare(word)
        if noun in _POST_WORDS or word in (",", "—"):
            return False
        if noun in KNOWN_NOUNS or noun in OWNED_HEADS or noun.rstrip("s") in KNOWN_NOUNS or noun in RELATION_NOUNS:
            return True
    return False


def _possessive(r: Resolver, m: Mention) -> bool:
    return r.text[m.end : m.end + 2] in ("’s", "'s") or r.text[m.end : m.end + 1] in ("’", "'")


def unintroduced(r: Resolver, phrase: str, p: Phrase, s: int) -> SpeakerChoice:
    """A capitalised source not found among the body's names (a headline's "Mayor Jo Hale", "Lee
    said"): the person of that name when there is one (in a title-case headline, the person its first
    words name: "Clinton Wades In"), else most likely a surname, else an organisation."""
    words = [clean(w) for w in p.words if w[:1].isalnum()]
    if len(words) == 1 and words[0].istitle() and words[0].lower() in common_words() and title_word(words[0]):
        return r.anonymous(phrase, s, f"“{phrase}”: a title-case headline's words, no name")  # ("Former ... Say")
    titles = 0
    while titles < len(words) - 1 and is_title(words, titles):
        titles += 1
    past_kind = after_kind_initials(words[titles:])  # ("the NGO Aktiva": its kind, as "the charity Aktiva")
    body = len(past_kind) < len(words) - titles
    words = past_kind
    cut = next((i for i in range(len(words) - 1, 0, -1) if hyphened_modifier(words[i - 1])), 0)
    words = words[cut:]  # "The San Diego-based Lumenfold": where it is based describes it
    if len(words) == 2 and words[0].lower() == "the" and _bare_institution(r.text, words[1]):
        words = words[1:]  # "The Elysee said" and "at the Elysee": the article is no part of the name
    owned = _owned_by_known(r, words)
    if owned is not None:
        return owned
    known = _known_person(r, words) if words else None
    if known is None and len(words) >= 2:
        known = organisation_opening(r, words)  # "Pershing Square": Pershing Square Capital Management
    if known is None and len(words) >= 2 and _in_headline(r, s):
        known = _person_opening(r, words)
    if known is not None:
        return SpeakerChoice(known, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.9)
    described = _after_kind_noun(r, words)
    if described is not None:  # "State news agency Anadolu": Anadolu, a news agency
        return SpeakerChoice(described, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)
    looks_like_name = 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)
    kind = kind_of(words, []) if words else "unknown"
    if kind == "unknown" and (words[-1].lower() in ("poll", "polls") or (len(words) == 1 and _pollster(r, words[0]))):
        kind = "organisation"  # "Gallup said" where the article has "a Gallup poll"; "the Gallup Poll"
    if body or kind in ("organisation", "media", "place"):  # a place that speaks is its government ("Downing Street")
        type_ = SpeakerType.MEDIA if kind == "media" else SpeakerType.ORGANISATION
    elif looks_like_name and not _business(r, s):
        type_ = SpeakerType.PERSON
    else:
        type_ = SpeakerType.ORGANISATION  # ("Pfizer said ... The company added")
    label = " ".join(words) if looks_like_name else phrase
    if type_ is SpeakerType.ORGANISATION and _opening_article(label):
        label = label[4:]  # ("The Governor's Secretariat said", "the Department of Justice said": one body)
    ent = r.cast.named(label, type_)
    return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)


def _opening_article(label: str) -> bool:
    """Does a body's label of three words or more open with an article, "The" or "the", before the body's proper
    name, capitalised words joined by "of", "for", "and" or "the", that is no office's title but an office
    holder's body ("The Governor's Secretariat", "the Department of Justice"; not "The Minister for Health", an
    office, nor "the MPs")? A paper's "The" is part of its name, but a paper is typed a medium, never a body."""
    parts = label.split()
    if len(parts) < 3 or parts[0] not in ("The", "the") or not parts[1][:1].isupper():
        return False
    if not all(p[:1].isupper() or p in ("of", "for", "and", "the", "&") for p in parts[2:]):
        return False
    return not title_word(parts[1]) or any(p.endswith(("’s", "'s")) for p in parts[1:-1])


def _bare_institution(text: str, word: str) -> bool:
    """Is "The" before ``word`` no part of its name: the article writes "the" in lower case before it elsewhere
    ("The Elysee said" ... "a room at the Elysee"), and it is no medium's (a paper's "The" is written with a
    capital wherever it stands: "told The Hill")."""
    low = word.lower()
    if (
        low in common_words()
        or low in MEDIA
        or not (word.isalpha() and word[1:].islower())
        or kind_of([word], []) == "media"
    ):
        return False
    needle = f"the {word}"  # (str.find, not a pattern compiled anew for each word: this runs per source)
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(needle, end)
    return False


def _after_kind_noun(r: Resolver, words: list[str]) -> int | None:
    """The organisation named after a lower-case kind noun ("State news agency Anadolu", "the state broadcaster
    TRT"): the descriptor is its kind, no part of its name."""
    lower = [k for k, w in enumerate(words) if not w[:1].isupper()]
    if not lower or not 0 < len(words) - 1 - lower[-1] <= 3 or words[lower[-1]] not in ORG_KIND_NOUNS:
        return None
    noun = words[lower[-1]]
    media = ORG_KIND_NOUNS[noun] == "media" or "news" in words[: lower[-1]]
    ent = r.cast.named(" ".join(words[lower[-1] + 1 :]), SpeakerType.MEDIA if media else SpeakerType.ORGANISATION)
    ent.roles.add(noun)
    return ent.id


def _business(r: Resolver, s: int) -> bool:
    """Is the source at ``s`` followed by "its" in its sentence or "The company" opening the next, before
    any other name ("Pfizer said its vaccine works", "Amazon said ... The company added")?"""
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    j = bisect.bisect_right(r.cast.starts, s)
    nxt = r.cast.starts[j] if j < len(r.cast.starts) else len(r.text)
    if k < len(r.cast.sentences) and _ITS.search(r.text, s, min(nxt, r.cast.sentences[k].end)):
        return True
    return business_follows(r.cast, k, nxt)


def organisation_opening(r: Resolver, words: list[str]) -> int | None:
    """The one organisation whose name opens with these words ("Platte River" -> "Platte River Networks")."""
    lead = " ".join(words).lower() + " "
    found = {
        e.id
        for e in r.cast.entities
        if e.type in (SpeakerType.ORGANISATION, SpeakerType.MEDIA) and e.name.lower().startswith(lead)
    }
    return found.pop() if len(found) == 1 else None


def _pollster(r: Resolver, word: str) -> bool:
    """Does the article name a poll or survey after the word ("a Gallup poll", "Quinnipiac's survey")?"""
    return word in _pollsters(r.text)


def _in_headline(r: Resolver, s: int) -> bool:
    return r.ctx.paragraphs[r.ctx.paragraph_at(s)].role is ParagraphRole.TITLE  # type: ignore[attr-defined]


def _person_opening(r: Resolver, words: list[str]) -> int | None:
    """The person the longest opening of a title-case headline phrase names ("Clinton" of "Clinton Wades
    In", "Trump" of "Trump Addresses Munich Attack"): headline verbs and nouns are capitalised too."""
    if kind_of(words, []) in ("organisation", "media"):
        return None
    for k in range(len(words) - 1, 0, -1):
        found = _known_person(r, words[:k])
        if found is not None and r.cast.entities[found].type is SpeakerType.PERSON:
            return found
    return None


def _owned_by_known(r: Resolver, words: list[str]) -> SpeakerChoice | None:
    """ "Clinton camp", "Trump team" in a headline: the campaign of the person the article names so."""
    if len(words) < 2 or words[-1].lower() not in ("camp", "campaign", "team"):
        return None
    person = _known_person(r, words[:-1])
    if person is None or r.cast.entities[person].type is not SpeakerType.PERSON:
        return None
    name = owned_name(r.cast.entities[person], words[-1].lower())
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{' '.join(words)}” → {name}", 0.8)


def _known_person(r: Resolver, words: list[str]) -> int | None:
    if len(words) >= 2:
        return r.cast.by_key.get(f"{words[0].lower()} {words[-1].lower()}")
    if len(words) == 1:
        owner = r.cast.owner_of_word(words[0], 0, [])
        return owner.id if owner is not None else None
    return None


@lru_cache(maxsize=8)
def _pollsters(text: str) -> frozenset[str]:
    """The capitalised words the article puts before "poll", "survey" or "polling" (read once per text)."""
    return frozenset(m.group(1) for m in _POLLSTER.finditer(text))


def _inner(phrase: str, cut: re.Match[str]) -> bool:
    """ "of" between capitalised words is inside a title or a name ("Secretary of State Rex Tillerson"); "and"
    after titles alone is inside a role chain ("Chairman and chief executive Dana Whitcombe"); a body's initials
    in brackets before the phrase goes on are inside it ("Federal Roads Agency (FRA) head Ana Ruiz")."""
    if cut.group() == "(":
        return _INITIALS.match(phrase, cut.start()) is not None
    if not cut.group().strip().isalpha():
        return False
    before = phrase[: cut.start()].split()
    after = phrase[cut.end() :].split()
    if before and after and cut.group().strip() == "and" and all(bare(w) in TITLES for w in before):
        return True
    return bool(before and after) and before[-1][:1].isupper() and after[0][:1].isupper()


def _in_any(pos: int, mentions: list[Mention]) -> bool:
    return any(m.start <= pos < m.end for m in mentions)
