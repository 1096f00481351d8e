"""The whole subject around the phrase found before a cue: a post-modifier's object is not the subject.

"The dean of *Columbia's Graduate School* has published" gives "The dean of Columbia's Graduate School";
"activists clamoring to block *Donald Trump* from the nomination say" the activists; "Donald Trump at a rally
in *Ohio* said" Trump (:func:`whole_subject`, used by :mod:`quotelens.attribution.subjects`)."""

from __future__ import annotations

from quotelens.attribution.nounphrases import measure_start, np_before, np_before_plain
from quotelens.attribution.tokens import is_cue_word
from quotelens.attribution.verbs import is_participle, looks_like_verb_after_to, looks_verbal
from quotelens.attribution.words import (
    BE_FORMS,
    BEFORE_NOUNS,
    BOUNDARY_WORDS,
    DAY_AND_MONTH_NAMES,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    MAX_NP,
    PROPOSITION_NOUNS,
    RELATIVES,
    SENTENCE_OPENERS,
    TIME_WORDS,
)
from quotelens.endings import ENDS_ING
from quotelens.lexicon import ANONYMOUS_HEADS, ROLE_NOUNS, SUBJECT_PRONOUNS
from quotelens.segment import Token

__all__ = ["name_word", "past_bracketed_acronym", "verb_or_cue", "whole_subject"]

_RELATIVES_OR_THAT = frozenset(RELATIVES | {"that"})


def name_word(t: Token) -> bool:
    """A capitalised word of a name: not a sentence's opening "But"/"And" ("But Trump and Cruz said")."""
    return t.is_capitalised and t.lower not in SENTENCE_OPENERS


def verb_or_cue(t: Token) -> bool:
    return t.lower in FINITE or t.lower in IRREGULAR_PAST or t.lower in BE_FORMS or is_cue_word(t) or looks_verbal(t)


# ("Residents near the plant said": where the subject is, no speaker)
_POST_MODIFIER_PREPOSITIONS = frozenset(
    "of at for on in from with by near outside inside around across along behind beside".split()
)
_CLAUSE_OPENERS = frozenset([",", "“", '"', ";", "(", "—", "–", "that", "and", "but", "because", "while", "when", "as"])


def whole_subject(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The whole subject when the phrase found is the object of a post-modifier (a preposition or "to" and a
    verb) that opens its clause: "The dean of *Columbia's Graduate School* has published", "supporters of
    *Hillary Clinton* said", "The last man to mount *a third-party race* says", "exit polls in New Hampshire
    and *Iowa* show"; a compound of names joined by a slash is whole ("A CNN/*WMUR poll* found"); else the
    phrase as found."""
    np = _with_quantity(tokens, np)
    np = _reduced_relative(tokens, np)
    if np[0] < 2:
        return np
    scene = _before_scene(tokens, np) if tokens[np[0] - 1].lower in _WALKED else None
    if scene is not None:
        return scene
    named = _name_at_organisation(tokens, np)
    if named is not None:
        return named
    if tokens[np[0] - 1].text == "/":
        np = _slash_compound(tokens, np)
    first = start = np[0]
    if start >= 3 and tokens[start - 1].lower == "and":
        first = start = _joined_object(tokens, start)
    while start >= 2:
        outer = _outer_phrase(tokens, start)
        words = tokens[outer[0] : outer[1]] if outer is not None else []
        if outer is not None and start == first and _name_of_the(tokens, outer, np):
            start = outer[0]  # "*Paul Krugman* of the New York Times": a name and where it belongs
            break
        if outer is not None and not _has_head(words):
            outer = _past_named_object(tokens, outer)  # "activists clamoring to block *Donald Trump* from"
            words = tokens[outer[0] : outer[1]] if outer is not None else []
        if outer is None or not _has_head(words):
            break  # ("Secretary of State": a title's inner "of" is the name's, and a name is no head)
        if any(t.text[0].isdigit() or t.lower in ("percent", "%") for t in words):
            break  # ("56 percent of the farmers polled": a share of those polled keeps its own subject)
        start = outer[0]
    if start == first or np[1] - start > MAX_NP + 6:
        return np
    if start > 0 and tokens[start - 1].lower not in _CLAUSE_OPENERS:
        return np
    return (start, np[1])


def _with_quantity(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """A number's phrase with the words that measure it: "*more than* 40 countries", "*nearly* 300 people"."""
    return (measure_start(tokens, np[0]), np[1]) if tokens[np[0]].text[:1].isdigit() else np


_PEOPLE = frozenset(w for w in ANONYMOUS_HEADS if w.endswith("s") and w not in ("others", "sources"))
_PEOPLE_MODIFIERS = frozenset("few other many some most several more".split())
_QUANTITIES = frozenset("few dozen couple handful number lot hundred thousand million majority minority".split())


def _reduced_relative(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """ "a timeline *critics* say is too slow": a singular noun phrase ending in plural people is a noun
    and the subject of the relative clause that follows it, "that" left out; the people speak. (Not "a few
    critics", "a dozen officials": counted people.) So is a name after "a/an" and a noun of a proposition
    ("a plan *Qatar* has said it supports"); a day or month there dates the noun ("A statement Friday said")."""
    if np[1] - np[0] < 3 or tokens[np[0]].lower not in ("a", "an"):
        return np
    noun = tokens[np[0] + 1]
    name = tokens[np[0] + 2]
    if noun.lower in PROPOSITION_NOUNS and not noun.is_capitalised and name.is_capitalised and not _when(name):
        return (np[0] + 2, np[1])  # "a plan *Qatar* has said it supports": the name speaks, of the plan
    if tokens[np[1] - 1].lower not in _PEOPLE:
        return np
    k = np[1] - 1
    while k - 1 > np[0] and tokens[k - 1].lower in _PEOPLE_MODIFIERS:
        k -= 1  # "a way *few other Americans* know"
    before = tokens[k - 1]
    if k - 1 == np[0] or not before.is_word or before.is_capitalised or before.lower in _QUANTITIES:
        return np
    return np if before.lower == "of" else (k, np[1])


def _when(token: Token) -> bool:
    """A day, month or time word ("Friday", "March", "Today"): it dates a noun, it does not speak."""
    return token.lower in DAY_AND_MONTH_NAMES or token.lower in TIME_WORDS


def _has_head(words: list[Token]) -> bool:
    """A phrase that can head a subject: a common word in it, or a capitalised common noun alone."""
    return any(t.is_word and not t.is_capitalised for t in words) or _common_head(words)


_BELONGS = frozenset(["of", "at", "from"])


def _name_of_the(tokens: list[Token], outer: tuple[int, int], np: tuple[int, int]) -> bool:
    """A name of two words or more before "of/at/from the" and a name: "*Paul Krugman* of the New York
    Times", "*Jane Smith* at the University of Chicago" (not "Secretary of the Treasury": one word; not
    "Donald Trump from the GOP nomination": no name)."""
    words = tokens[outer[0] : outer[1]]
    if len(words) < 2 or not all(t.is_word and name_word(t) for t in words) or outer[1] != np[0] - 1:
        return False
    if tokens[np[0] - 1].lower not in _BELONGS or tokens[np[0]].lower != "the":
        return False
    return tokens[np[1] - 1].is_capitalised


# (the small words inside an organisation's name and before its place: "Institute *for* Marine Studies *in* Tamsworth")
_NAME_LINKS = frozenset(["of", "for", "and", "the", "&", "in", "at", "from"])
_PLACE_LINKS = frozenset(["in", "at", "of", "from", "for"])


def _name_at_organisation(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """A person's name of two words or more opening the clause before "at"/"of"/"from" and an organisation
    in capitalised words, maybe with its place: "*Jane Smith* at the Institute for Marine Studies in *Tamsworth*
    says", "Jane Smith at *Stanford University* said" give the phrase from the name (the object of the last
    preposition is where the person works, not the speaker); else None."""
    if np[0] < 3 or tokens[np[0] - 1].lower not in _PLACE_LINKS or not tokens[np[1] - 1].is_capitalised:
        return None
    a = np[0] - 1
    while a > 0 and np[1] - a <= MAX_NP + 8 and (name_word(tokens[a - 1]) or tokens[a - 1].lower in _NAME_LINKS):
        a -= 1
    if a > 0 and tokens[a - 1].lower not in _CLAUSE_OPENERS:
        return None
    m = next((n for n in range(a, np[0]) if not name_word(tokens[n])), np[0])
    if m - a < 2 or tokens[m].lower not in _BELONGS or tokens[a].lower in DETERMINERS:
        return None
    return (a, np[1]) if all(t.is_word for t in tokens[a:m]) and not _common_head(tokens[m - 1 : m]) else None


def _past_named_object(tokens: list[Token], name: tuple[int, int]) -> tuple[int, int] | None:
    """A name that is itself the object of a verb after "to" or of an -ing participle ("activists clamoring
    to block *Donald Trump* from the nomination"): the phrase before that post-modifier when it has a common
    head; else None (a name is no head)."""
    if name[0] < 3 or tokens[name[0] - 1].lower in _POST_MODIFIER_PREPOSITIONS:
        return None
    outer = _outer_phrase(tokens, name[0])
    return outer if outer is not None and _has_head(tokens[outer[0] : outer[1]]) else None


_SCENES = frozenset("at in on during".split())
_WALKED = _POST_MODIFIER_PREPOSITIONS | _SCENES
_ARTICLES = frozenset(["a", "an", "the"])


def _before_scene(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The name before where it spoke: "Donald Trump at a rally in *Ohio* said", "Clinton in an interview
    with *CNN* said" give the name that opens the clause before "at a"/"in an" (an occasion in common words,
    not "officials at the State Department"); a description keeps its post-modifier ("Some delegates at the
    convention in Philadelphia said"); else None."""
    a, found = np[0], None
    for _ in range(3):
        if a < 2 or tokens[a - 1].lower not in _WALKED:
            break
        outer = np_before_plain(tokens, a - 1)
        if outer is None:
            break
        occasion = tokens[a].lower in _ARTICLES and not tokens[min(a + 1, len(tokens) - 1)].is_capitalised
        words = tokens[outer[0] : outer[1]]
        named = all(t.is_capitalised for t in words) and words[0].lower not in DETERMINERS
        named = named and not (len(words) == 1 and ENDS_ING[words[0].lower])  # ("Reflecting on the views")
        named = named and not _common_head(words)  # ("Sources at the club say": people, not a name)
        found = outer if tokens[a - 1].lower in _SCENES and occasion and named else found
        a = outer[0]
    if found is None or found[0] != a:
        return None
    return found if a == 0 or tokens[a - 1].lower in _CLAUSE_OPENERS else None


_COMMON_HEADS = frozenset(ANONYMOUS_HEADS | ROLE_NOUNS | {r + "s" for r in ROLE_NOUNS})


def _common_head(words: list[Token]) -> bool:
    """ "Officials", "Researchers" opening a sentence: a capitalised common noun, no name."""
    return len(words) == 1 and words[0].lower in _COMMON_HEADS


def _slash_compound(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """ "A CNN/WMUR poll", "the anti-GOP/Obama headline": the words before a slash belong to the phrase."""
    a = np[0]
    while a >= 2 and tokens[a - 1].text == "/" and tokens[a - 2].is_word and not tokens[a - 2].text[0].isdigit():
        left = np_before_plain(tokens, a - 1)
        if left is None:
            break
        a = left[0]
    return (a, np[1])


def _joined_object(tokens: list[Token], a: int) -> int:
    """ "exit polls in New Hampshire and *Iowa*": where the names joined by "and" in a post-modifier start
    (the post-modifier is then widened as a whole); else ``a``."""
    named = tokens[a].is_capitalised or (tokens[a].lower == "the" and tokens[a + 1].is_capitalised)
    if a < 3 or tokens[a - 1].lower != "and" or not named:
        return a
    b = a - 1
    while b > 0 and a - b <= 4 and name_word(tokens[b - 1]):
        b -= 1
    if b < a - 1 and b > 1 and tokens[b - 1].lower == "the":
        b -= 1  # "Officials from the Justice Department and the FBI"
    if b == a - 1 or b < 1 or tokens[b - 1].lower not in _POST_MODIFIER_PREPOSITIONS:
        return a
    return b


def _outer_phrase(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The phrase before a post-modifier: "The dean *of*", "The last man *to mount* a third-party race"."""
    before = tokens[start - 1]
    if before.lower in _POST_MODIFIER_PREPOSITIONS and start >= 3 and _passive_after_noun(tokens, start - 2):
        # "records compiled *by* the Center", "the family of a man killed *outside* a shop": what the
        # participle tells of
        return np_before_plain(tokens, start - 2)
    if before.lower in _POST_MODIFIER_PREPOSITIONS:
        if start >= 3 and is_cue_word(tokens[start - 2]) and tokens[start - 3].lower in BEFORE_NOUNS:
            # "the attorney general of *the state* of New York", "the officer in *charge* of": a noun here
            a = start - 3 if tokens[start - 3].lower in DETERMINERS else start - 2
            return (a, start - 1)
        np = np_before_plain(tokens, start - 1)
        if np is None or np[1] - np[0] < 2 or np[0] < 1 or tokens[np[0] - 1].lower != "to":
            return np
        if not tokens[np[0]].is_capitalised and looks_like_verb_after_to(tokens[np[0]]):
            return (np[0] + 1, np[1])  # "to block *Donald Trump* from": the verb's object, not the verb
        return np
    infinitive = start >= 3 and tokens[start - 2].lower == "to" and not before.is_capitalised and before.is_word
    if infinitive and looks_like_verb_after_to(before):
        return np_before_plain(tokens, start - 2)
    if start >= 3 and ENDS_ING[before.lower] and _participle_after_noun(tokens, start - 1):
        return np_before_plain(tokens, start - 1)
    return None


def _passive_after_noun(tokens: list[Token], k: int) -> bool:
    """A past participle at ``k`` before a preposition, right after a noun: "records *compiled* by", "a
    memo *seen* by" (not "was *compiled* by": a clause's own verb)."""
    word, noun = tokens[k], tokens[k - 1]
    if not (word.lower.endswith(("ed", "en", "wn")) or word.lower in IRREGULAR_PAST) or not is_participle(word):
        return False
    return noun.is_word and not verb_or_cue(noun) and noun.lower not in BOUNDARY_WORDS


_NOT_PARTICIPLES = frozenset(["including", "according", "regarding", "concerning", "following", "during"])


def _participle_after_noun(tokens: list[Token], k: int) -> bool:
    """An -ing participle at ``k`` that opens a post-modifier after a noun, before its object ("a judge
    *handling* a lawsuit", "superdelegates *supporting* Sanders"); not a progressive ("is finding them"), a
    preposition ("including") or a noun ("everything he")."""
    word, noun, obj = tokens[k], tokens[k - 1], tokens[k + 1]
    if not is_participle(word) or word.lower in _NOT_PARTICIPLES:
        return False
    if obj.lower in SUBJECT_PRONOUNS or obj.lower in _RELATIVES_OR_THAT:
        return False
    return noun.is_word and not verb_or_cue(noun) and noun.lower not in BOUNDARY_WORDS


def past_bracketed_acronym(toks: list[Token], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Green Party (GP) Legislator Lin Mei-hua said A, but urged B": a sentence's subject that stops at a
    bracketed acronym goes on after it, to the phrase before the first verb; ``np`` when nothing follows."""
    if np is None or np[1] >= len(toks) or toks[np[1]].text != "(":
        return np
    close = next((m for m in range(np[1] + 1, min(len(toks), np[1] + 6)) if toks[m].text == ")"), None)
    if close is None or close + 1 >= len(toks) or not toks[close + 1].is_capitalised:
        return np
    lower = (m for m in range(close + 1, min(len(toks), close + 12)) if toks[m].is_word and toks[m].text.islower())
    v = next(lower, None)
    later = np_before(toks, v) if v is not None else None
    return later if later is not None and later[0] > close and toks[later[0]].is_capitalised else np
