"""Agreement between a description and a candidate antecedent: role families, parties, places, kinds.

In: an :class:`~quotelens.speakers.candidates.Anaphor` (a role description such as "the Democratic nominee"
or a kind description such as "the company") and its candidates. Out: the candidates that do not contradict
it (all of them when every one would), and the families of role words that name the same office.

How:
    * a role word stands for its family ("the congressman" for one introduced as "Rep.", "the spokeswoman"
      for a "spokesperson", "the lawyer" for an "attorney", "the CEO" for a "chief executive"), merged into
      the role synonyms the candidates are matched with;
    * a person whose roles say another party or place than the description's modifiers ("the Democratic
      nominee" and "Republican candidate Donald Trump") is not what it describes, introduced with the
      role or not;
    * an organisation whose own name says it is another kind of body ("the company" and "the Rockefeller
      Brothers Fund", "Democrats") is not what "the company" describes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quotelens.speakers.lexicon import AGE_ROLE, COUNTRIES, NATIONALITIES, NOT_COMPANIES, PARTIES, PLACES
from quotelens.speakers.model import Entity, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.candidates import Anaphor, Candidate
    from quotelens.speakers.mentions import Cast

_FAMILIES = (
    ("representative", "congressman", "congresswoman", "rep"),
    ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    ("lawyer", "attorney"),
    ("chairman", "chairwoman", "chair"),
    ("front-runner", "frontrunner", "candidate", "nominee"),
    ("businessman", "billionaire", "mogul", "magnate", "tycoon", "developer"),
    ("ceo", "chief executive"),  # "the CEO" for one introduced as "chief executive", and back
    ("premier", "prime minister"),
    ("doctor", "physician"),
    ("captain", "skipper"),  # "the skipper" for one introduced as a team's "Captain", and back
    ("pope", "pontiff"),  # "the pontiff" for one introduced as "Pope Francis"
    ("democrat", "democratic"),  # "the Massachusetts Democrat" for one introduced as a "Democratic senator"
    ("republican", "gop"),
)
# role word -> the role words of its family (one introduced with any of them is described by each)
ROLE_FAMILIES: dict[str, tuple[str, ...]] = {word: family for family in _FAMILIES for word in family}
# Descriptions of a business, and the last words of names of other kinds of body ("Fund", "Party")
COMPANY_HEADS = frozenset("company firm corporation business conglomerate retailer manufacturer bank lender".split())
OTHER_BODIES = NOT_COMPANIES | frozenset(
    "fund trust party democrats republicans gop school college academy hospital church museum library".split()
)


# Demonyms of countries the shared lists leave out, for origins alone ("the Chilean fisheries minister" is not
# the "Peruvian fisheries minister"); not those that are also a state's or a language's ("Georgian", "English")
_MORE_DEMONYMS = {
    "bangladeshi": "bangladesh", "slovak": "slovakia", "slovakian": "slovakia", "estonian": "estonia",
    "latvian": "latvia", "lithuanian": "lithuania", "czech": "czech republic", "slovenian": "slovenia",
    "croatian": "croatia", "bulgarian": "bulgaria", "romanian": "romania", "hungarian": "hungary",
    "portuguese": "portugal", "maltese": "malta", "cypriot": "cyprus", "icelandic": "iceland", "serbian": "serbia",
    "albanian": "albania", "moldovan": "moldova", "armenian": "armenia", "belarusian": "belarus",
    "argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "colombian": "colombia",
    "peruvian": "peru", "ethiopian": "ethiopia", "ghanaian": "ghana", "ugandan": "uganda", "tanzanian": "tanzania",
    "rwandan": "rwanda", "moroccan": "morocco", "algerian": "algeria", "tunisian": "tunisia", "sudanese": "sudan",
    "thai": "thailand", "vietnamese": "vietnam", "indonesian": "indonesia", "malaysian": "malaysia",
    "filipino": "philippines", "singaporean": "singapore", "azerbaijani": "azerbaijan", "kazakh": "kazakhstan",
}  # fmt: skip
_SAME = {"gop": "republican", "democrat": "democratic", "us": "u.s", "u.s.": "u.s", "american": "u.s", **COUNTRIES}
_SAME |= {"united states": "u.s", "united kingdom": "britain", "great britain": "britain", "czechia": "czech republic"}
_SAME |= _MORE_DEMONYMS
_ORIGINS = NATIONALITIES | {p for p in PLACES if " " not in p} | set(_MORE_DEMONYMS)


def age_of(anaphor: Anaphor) -> str | None:
    """The age a description gives ("the 29-year-old", "the 62-year-old mother"), as a role: "29-year-old"."""
    for w in (anaphor.head, *anaphor.modifiers):
        if w[:1].isdigit() and AGE_ROLE.match(w):
            return w
    return None


def origin_clash(ent: Entity, anaphor: Anaphor) -> bool:
    """ "the U.S. diplomat" is not the one introduced as "Russian Foreign Minister", "the Democratic
    nominee" not the "Republican nominee": places of origin, parties or ages differ."""
    age = age_of(anaphor)
    if age is not None:  # ("the 62-year-old" is not the one introduced as 29, or as "a 49-year-old former banker")
        ages = {w for r in ent.roles if "-year-old" in r for w in r.split() if AGE_ROLE.match(w)}
        if ages and age not in ages:
            return True
    places = origins(anaphor.modifiers)
    theirs = {o for role in ent.roles for o in origins(tuple(role.split()))}
    if places and theirs and not theirs & places:
        return True
    mine = {_SAME.get(m, m) for m in anaphor.modifiers if m in PARTIES}
    theirs = {_SAME.get(w, w) for role in ent.roles for w in role.split() if w in PARTIES}
    return bool(mine and theirs and not theirs & mine)


# Places of more than one word ("Sri Lanka", "New Zealand", "South Africa") and their demonyms
_LONG_PLACES = {
    **{tuple(p.split()): p for p in PLACES if " " in p and not p.startswith("the ")},
    ("sri", "lankan"): "sri lanka",
    ("new", "zealander"): "new zealand",
    ("south", "african"): "south africa",
    ("south", "korean"): "south korea",
    ("north", "korean"): "north korea",
}
_LONGEST_PLACE = max(map(len, _LONG_PLACES))
# Words of an institution's name: a demonym before one ("the European Parliament", "African Union") names the
# body, not where someone comes from
_BODY_WORDS = frozenset(
    "parliament commission union court council bank academy assembly agency institute league federation".split()
)


@lru_cache(maxsize=4096)
def origins(words: tuple[str, ...]) -> frozenset[str]:
    """The places of origin these words name: "sri lanka" of ("the", "sri", "lanka", "captain"), "u.s" of
    ("american",); a place of several words is one place, not its words ("new" of "New Zealand" is none); a
    demonym naming an institution ("european" of "European Parliament") is none."""
    found: set[str] = set()
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST_PLACE, len(words) - k), 1, -1):
            place = _LONG_PLACES.get(words[k : k + n])
            if place is not None:
                found.add(_SAME.get(place, place))
                k += n
                break
        else:
            if words[k] in _ORIGINS and (k + 1 == len(words) or words[k + 1] not in _BODY_WORDS):
                found.add(_SAME.get(words[k], words[k]))
            k += 1
    return frozenset(found)


def name_origin_clash(ent: Entity, anaphor: Anaphor) -> bool:
    """ "the US military" is not "the Israeli military": the places of origin of a description and of an
    organisation's name differ."""
    mine = origins(anaphor.modifiers)
    theirs = origins(tuple(ent.name.lower().split()))
    return bool(mine and theirs and not theirs & mine)


def _party(word: str) -> bool:
    return word in PARTIES or (word.endswith("s") and word[:-1] in PARTIES)


def kind_clash(ent: Entity, head: str) -> bool:
    """Does the organisation's own name say it is no body of the description's kind?"""
    words = ent.name.lower().replace(".", "").split()
    if not words or ent.type is SpeakerType.PERSON:
        return False
    if all(_party(w) for w in words):  # "Democrats", "the GOP": a party is no company, group or network
        return head != "party"
    body = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "Graduate School of Journalism"
    return head in COMPANY_HEADS and (body in OTHER_BODIES or words[-1] in OTHER_BODIES)


def agreeing(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """The candidates the description does not contradict (for a person, all of them when it contradicts
    every one: a role may be misread; an organisation of another kind is never "the company")."""
    if anaphor.cls == "person" and (anaphor.modifiers or anaphor.head in PARTIES):
        said = anaphor._replace(modifiers=(*anaphor.modifiers, anaphor.head))  # ("the Republican": its head)
        kept = [c for c in cands if not origin_clash(cast.entities[c.entity], said)]
    elif anaphor.cls == "org" and anaphor.head:
        return [c for c in cands if not kind_clash(cast.entities[c.entity], anaphor.head)]  # (maybe none)
    else:
        return cands
    return kept or cands


def merged(synonyms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The role synonyms with each family's words added ("congressman" also finds "representative")."""
    out = dict(synonyms)
    for word, family in ROLE_FAMILIES.items():
        out[word] = tuple(dict.fromkeys([*out.get(word, (word,)), *family]))
    return out
