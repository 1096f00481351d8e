"""Noun phrases around a cue: the phrase before it ("X said") and after it ("said X")."""

from __future__ import annotations

from quotelens.attribution.between import skip_between_subject_and_verb
from quotelens.attribution.name_parts import OPENING_ADVERBS, nickname_before, of_the_in_name
from quotelens.attribution.tokens import contracted_be, is_cue_word, is_number, per_token_list
from quotelens.attribution.verbs import is_participle, looks_like_verb_after_to, looks_past, looks_verbal, verb_after_to
from quotelens.attribution.words import (
    AGE_SUFFIXES,
    BOUNDARY_OR_DETERMINER,
    BOUNDARY_WORDS,
    DAY_AND_MONTH_NAMES,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    LEAD_PREPOSITIONS,
    LISTENER_DETERMINERS,
    LY_NOT_ADVERBS,
    MAX_NP,
    MAX_NP_AFTER,
    OBJECT_PRONOUNS,
    POLLED,
    POLLED_PARTICIPLES,
    POSSESSIVES,
    RELATION_ADJECTIVES,
    RELATION_PAIRS,
    RELATIVES,
)
from quotelens.endings import ENDS_ING, ENDS_LY, ENDS_POSSESSIVE, ENDS_S, ENDS_SS
from quotelens.lexicon import CUE_FORMS, CUE_LEMMAS, SUBJECT_PRONOUNS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_QUANTITY_PAIRS = frozenset([("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("up", "to")])
_QUANTITY_WORDS = frozenset("nearly about almost roughly around approximately some over only just".split())


def measure_start(tokens: list[Token], a: int) -> int:
    """Where the words that measure the number at ``a`` start: "*more than* 40", "*at least* 21,000", "*only
    about* 300" (``a`` when there are none)."""
    while True:
        if a >= 2 and (tokens[a - 2].lower, tokens[a - 1].lower) in _QUANTITY_PAIRS:
            a -= 2
        elif a >= 1 and tokens[a - 1].lower in _QUANTITY_WORDS:
            a -= 1
        else:
            return a


_STATE_HEADS = frozenset(["secretary", "secretaries", "head", "heads", "department", "minister"])


@per_token_list  # (read again by the subject rules, the apposition's and the noun reading of a cue)
def np_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the subject noun phrase ending just before token ``i``.

    Adverbs and auxiliaries between the subject and the verb are skipped.
    """
    j = skip_between_subject_and_verb(tokens, i - 1)
    share = _share_of_polled(tokens, j)
    if share is not None:
        return share
    if j < 0 or not tokens[j].is_word or _noun_in_base_form(tokens, i):
        return None  # ("A Government Accountability Office report released ...": the cue form is the noun)
    head = tokens[j]
    if head.lower in ("having", "being"):
        return None  # "Having announced that ..., Judge Berman proceeded": a participle opener, no subject
    if head.lower in SUBJECT_PRONOUNS or contracted_be(head):
        return (j, j + 1)  # ("He’s not saying": the pronoun with its contracted verb)
    place = head.lower in {"there", "here"} and j > 0 and tokens[j - 1].is_word
    if place and tokens[j - 1].lower not in BOUNDARY_WORDS:
        j -= 1  # "Polls there show": a place after the subject
        head = tokens[j]
    elif head.lower == "there" or (j > 0 and tokens[j - 1].lower == "there"):
        return None  # "there was no mention": no one is named
    if looks_verbal(head) and j > 0 and tokens[j - 1].lower in POLLED:
        return (j - 1, j + 1)  # "those surveyed said", "voters polled say"
    if head.lower in POLLED_PARTICIPLES and j > 0:
        inner = np_before(tokens, j)  # "Some 56 percent of Cuban-Americans polled said"
        return (inner[0], j + 1) if inner is not None else None
    noun_cue = is_cue_word(head) and j > 0 and tokens[j - 1].lower in _ARTICLES
    # "a news report said" (a cue after it: not "The ministry said hospitals ...", read from "hospitals")
    noun_cue = noun_cue or (
        j == i - 1
        and is_cue_word(head)
        and is_cue_word(tokens[i])
        and not looks_past(head.lower)
        and _modified_noun(tokens, j)
    )
    # "people familiar with Cruz’s plans said", "a source familiar with his thinking said": after a possessor
    # the cue form (or the -ing form) is the noun the phrase ends with, and the cue comes after it
    noun_cue = noun_cue or (
        j == i - 1 and j > 0 and is_cue_word(tokens[i]) and _possessor(tokens[j - 1]) and not looks_past(head.lower)
    )
    # "the former secretary of state said": a cue form after "of" and a noun is a noun
    noun_cue = noun_cue or (
        head.lower == "state" and j > 1 and tokens[j - 1].lower == "of" and tokens[j - 2].lower in _STATE_HEADS
    )
    # "the officer in charge said", "the man on record says": a cue form in a fixed phrase after a noun
    noun_cue = noun_cue or (j > 1 and (head.lower, tokens[j - 1].lower) in _FIXED_PHRASES and tokens[j - 2].is_word)
    if (head.lower in BOUNDARY_WORDS or is_cue_word(head) or looks_verbal(head)) and not noun_cue:
        if head.lower in OBJECT_PRONOUNS:
            return np_before_relation(tokens, j, j)  # "a source close to him said"
        return None  # (but "the note says", "a statement said": a cue form used as a noun)
    if ENDS_LY[head.lower] and not head.is_capitalised and head.lower not in LY_NOT_ADVERBS:
        return None  # an adverb, not a subject ("the family" is one)
    # ("the 29-year-old said": a person; "the former world No. 1 said": a rank, not a count)
    if head.text[0].isdigit() and not head.lower.endswith(AGE_SUFFIXES) and not _ranked_number(tokens, j):
        return _number_head(tokens, j)
    return _np_ending_at(tokens, j)


def _number_head(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The subject ending in the number at ``j``: a name ending in its number ("Local 902 said", "Apollo 11
    reported") or a count ("at least 21,000 said they would", "nearly 300 say"); never a year."""
    if _numbered_name(tokens, j):
        named = _np_ending_at(tokens, j - 1)
        return (named[0], j + 1) if named is not None else None
    year = len(tokens[j].text) == 4 and tokens[j].text.isdigit()
    a = measure_start(tokens, j)
    return (a, j + 1) if not year and a < j else None


_ARTICLES = frozenset(["the", "a", "an", "this", "that"])
# (the noun, the preposition before it)
_FIXED_PHRASES = frozenset([("charge", "in"), ("command", "in"), ("record", "on"), ("duty", "on"), ("call", "on")])


def _numbered_name(tokens: list[Token], j: int) -> bool:
    """Whether the bare number at ``j`` ends a name after a capitalised word ("Local 902", "Section 8"), not a
    count, a date or a year ("at least 300", "June 2", "In 2019")."""
    if j < 1 or not tokens[j].text.isdigit():
        return False
    name = tokens[j - 1]
    return name.is_capitalised and name.is_word and name.lower not in _NOT_NAMES_BEFORE_NUMBERS


_NOT_NAMES_BEFORE_NUMBERS = BOUNDARY_WORDS | DAY_AND_MONTH_NAMES | DETERMINERS | {"no", "nearly", "some", "about"}


def _possessor(tok: Token) -> bool:
    """ "his", "their", "Cruz’s": a possessor, so the next word is a noun."""
    return tok.lower in POSSESSIVES or (ENDS_POSSESSIVE[tok.text] and len(tok.text) > 2)


def _modified_noun(tokens: list[Token], j: int) -> bool:
    """The cue form at ``j``, right before the verb, heads a noun phrase with its modifiers: "a news
    report said", "the latest Pew poll found", "Pew's new survey shows" (up to three plain words back to an
    article or a possessive)."""
    for a in range(j - 1, max(j - 4, -1), -1):
        tok = tokens[a]
        if tok.lower in _ARTICLES or (a < j - 1 and ENDS_POSSESSIVE[tok.text] and tok.is_capitalised):
            return a < j - 1
        if not tok.is_word or is_cue_word(tok) or looks_verbal(tok) or tok.lower in BOUNDARY_OR_DETERMINER:
            return False
    return False


def _share_of_polled(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A share of those polled ending at ``j``: "42% say", "three in ten said", "more than 4 in 10 say"."""
    if j >= 1 and tokens[j].text == "%" and tokens[j - 1].text[0].isdigit():
        return (j - 1, j + 1)
    if j >= 2 and tokens[j - 1].lower == "in" and is_number(tokens[j]) and is_number(tokens[j - 2]):
        a = j - 2
        while a >= 1 and tokens[a - 1].lower in {"more", "less", "fewer", "than", "nearly", "about", "almost", "over"}:
            a -= 1
        return (a, j + 1)
    return None


_DEMONSTRATIVES = frozenset(["that", "this", "these", "those"])


def _np_ending_at(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The noun phrase whose head is ``tokens[j]``: back to its determiner, at most MAX_NP words."""
    a, inside = j, 0  # (the tokens of a nickname or an "of the" inside a name do not count)
    while a - 1 >= 0 and j - a + 1 - inside < MAX_NP:
        prev = tokens[a - 1]
        if nickname_before(tokens, a):
            a, inside = a - 3, inside + 3  # 'Jose "Joma" Santillan': a nickname in quotation marks inside the name
            continue
        if _ranked_number(tokens, a):
            a, inside = a - 2, inside + 1  # "the No. 2 seed": the "No." of a rank inside the phrase
            continue
        if _bracketed_acronym_before(tokens, a):
            a, inside = a - 3, inside + 3  # "The National Action Party (PAN) lawmaker": the party's acronym
            continue
        if prev.text == "&" and a >= 2 and tokens[a - 2].is_capitalised and tokens[a].is_capitalised:
            a, inside = a - 1, inside + 1  # "Ashby & Cole said": an ampersand joins a firm's name
            continue
        if not prev.is_word or (is_cue_word(prev) and prev.lower != "state") or looks_verbal(prev):
            break  # ("state news agency Anadolu reported": "state" a modifier, as in "state media said")
        if prev.lower in _DEMONSTRATIVES and a >= 2 and tokens[a - 2].lower in ("to", "with"):
            a -= 1  # "a person close to *that company*": a demonstrative determines the object
            break
        if prev.lower in BOUNDARY_WORDS and not (prev.lower == "of" and a - 2 >= 0 and tokens[a - 2].is_capitalised):
            break
        a -= 1
        if of_the_in_name(tokens, a):
            inside += 2
        elif prev.lower in DETERMINERS:
            break
    if a == 0 < j and (tokens[0].lower in OPENING_ADVERBS or _question_auxiliary(tokens)):
        a = 1  # ("Then Marcus Okafor remembered", "Did Donald Trump say that?": the sentence's opener, no name's)
    if a > 0 and tokens[a - 1].lower == "to" and not tokens[a].is_capitalised:
        return np_before_relation(tokens, a, j)  # "to better understand": an infinitive has no subject
    return np_before_relation(tokens, a, j) or (a, j + 1)


# Auxiliaries that open a question ("Did Donald Trump really say that?"); not "will" or "may" ("Will Smith says")
_QUESTION_AUXILIARIES = frozenset("do does did would could should can has have had is was are were must".split())


def _question_auxiliary(tokens: list[Token]) -> bool:
    """Does an auxiliary open the sentence as a question (it ends with "?")? It is never part of a name."""
    return tokens[0].lower in _QUESTION_AUXILIARIES and any(t.text == "?" for t in tokens[-3:])


# Singular determiners: a verb in its base form never agrees with the noun phrase they open
_SINGULAR_OPENERS = frozenset(["a", "an", "its", "this", "each", "every"])
# Words before a singular determiner that make its phrase part of a longer subject ("Residents of a nearby village
# say", "Officials at a local hospital say", "The company and its chief executive say": a plural verb)
_EMBEDDING = frozenset("of at in on for from with by near about and or nor".split())
# ("A majority say", "a third say": a share of people takes a plural verb)
_SHARES = frozenset("majority minority few lot number third quarter half handful dozen couple host".split())


def _noun_in_base_form(tokens: list[Token], i: int) -> bool:
    """The cue form at ``i`` in its base form ("report", "post") ends a singular noun phrase right
    before it, as its noun, not its verb: "A Government Accountability Office report released last year
    found", "said in its blog post it would"."""
    low = tokens[i].lower
    if i < 2 or low not in CUE_LEMMAS or ENDS_S[low] or not tokens[i - 1].is_word:
        return False
    prev = tokens[i - 1].lower
    if ENDS_S[prev] or prev in _SHARES or prev in SUBJECT_PRONOUNS:
        return False
    for a in range(i - 1, max(-1, i - 6), -1):
        tok = tokens[a]
        if tok.lower in _SINGULAR_OPENERS:  # (not inside a phrase of its own: "Residents of a nearby village say")
            return a < i - 1 and not _embedded(tokens, a)
        if not tok.is_word or tok.lower in BOUNDARY_OR_DETERMINER or is_cue_word(tok) or looks_verbal(tok):
            return False
    return False


def _embedded(tokens: list[Token], a: int) -> bool:
    """The phrase opening at ``a`` is part of a longer subject: after "of/at/and ..." that follow a noun
    ("Residents of a nearby village say"), not a verb ("said in its blog post": the post is a noun)."""
    if a < 2 or tokens[a - 1].lower not in _EMBEDDING:
        return False
    before = tokens[a - 2]
    return before.is_word and not is_cue_word(before) and not looks_verbal(before)


def _ranked_number(tokens: list[Token], a: int) -> bool:
    """The number at ``a`` is a rank after "No." ("world No. 1", "the No. 2 seed"), never a count."""
    return a >= 2 and tokens[a].text[0].isdigit() and tokens[a - 1].text == "." and tokens[a - 2].text == "No"


def _bracketed_acronym_before(tokens: list[Token], a: int) -> bool:
    """An acronym in brackets between a name and the lower-case noun at ``a``: "the National Action Party
    (PAN) lawmaker" (the noun phrase goes on before it)."""
    if a < 4 or tokens[a - 1].text != ")" or tokens[a - 3].text != "(" or not tokens[a - 4].is_capitalised:
        return False
    acronym = tokens[a - 2].text
    return len(acronym) >= 2 and acronym.isalpha() and acronym.isupper() and not tokens[a].is_capitalised


def ends_in_an_attribution(tokens: list[Token], k: int, m: int) -> bool:
    """tokens[k:m] is only, or ends with, a parenthetical attribution: "Hebert said" /
    "any involvement, Tillerson said" (a noun phrase and a cue after a comma). Its verb is finite: a cue's
    -ing form ('"next month, God willing."') attributes nothing."""
    j = m - 1
    while j > k and not tokens[j].is_word:
        j -= 1
    if j <= k or not is_cue_word(tokens[j]) or ENDS_ING[tokens[j].lower]:
        return False
    np = np_before(tokens, j)
    if np is None or np[0] < k:
        return False
    if np[0] == k:  # only "Hebert said": parenthetical when a comma follows ("the president had spoken." is a content)
        # or when a comma sets it off before and the sentence ends ("have been released, the hospital adds.")
        closing = k > 0 and tokens[k - 1].text == "," and all(not t.is_word for t in tokens[m:])
        return closing or (m < len(tokens) and tokens[m].text == ",")
    return tokens[np[0] - 1].text == ","


def infinitive_after_object(tokens: list[Token], k: int) -> bool:
    """A short object phrase from ``k``, then "to" + verb ("the rest of the party to coalesce")."""
    for m in range(k, min(len(tokens) - 1, k + 8)):
        t = tokens[m]
        if t.lower == "to":
            return m > k and verb_after_to(tokens, m)  # ('urged residents to “stay home”' too)
        if not t.is_word and t.text not in {"’s", "'s", "-"}:
            return False
        if is_cue_word(t) or t.lower in FINITE:
            return False
    return False


def is_description(tokens: list[Token], a: int, b: int) -> bool:
    """tokens[a:b] read as a noun phrase describing someone: "The author of the book", "A former
    spokesman for the mayor" (a determiner first; no verb, cue, quotation or comma in it)."""
    if b - a < 2 or b - a > 12 or tokens[a].lower not in LISTENER_DETERMINERS:
        return False
    for m in range(a, b):
        t = tokens[m]
        if not t.is_word and t.text not in {"’s", "'s", "-"}:
            return False
        if t.lower in FINITE or is_cue_word(t) or looks_verbal(t) or t.lower in IRREGULAR_PAST:
            return False
        nxt = tokens[m + 1] if m + 1 < b else None
        if nxt is not None and m > a and not t.is_capitalised and tokens[m - 1].lower not in LISTENER_DETERMINERS:
            if ENDS_S[t.lower] and not ENDS_SS[t.lower] and nxt.lower in {"a", "an", "the"}:
                return False  # "The fund includes a force, Carter said": a clause, not a description
            if t.lower == "to" and looks_like_verb_after_to(nxt):
                return False  # "The aim to assist them, ...": an infinitive
    return True


def np_before_relation(tokens: list[Token], a: int, j: int) -> tuple[int, int] | None:
    """'a source close to him', 'people familiar with the matter': the phrase [a, j] is the object
    of "close to" / "familiar with"; the subject is the noun phrase before the adjective."""
    if a < 2:
        return None
    prep, head = tokens[a - 1].lower, tokens[a - 2]
    if prep == "to" and head.lower in _ENVOYS:  # "the Ambassador to France", "Aides to Clinton"
        outer = np_before_plain(tokens, a - 1)
        return (outer[0], j + 1) if outer is not None else None
    if a < 3:
        return None
    relation = prep in {"to", "with"} and head.lower in RELATION_ADJECTIVES
    relation = relation or (head.lower, prep) in RELATION_PAIRS  # "a collector privy to the terms said"
    # "Another source speaking to Fox News said", "A witness interviewed by congressional staff said"
    relation = relation or (prep in {"to", "with", "by", "for"} and is_participle(head) and head.lower not in CUE_FORMS)
    if not relation:
        return None
    outer = np_before_plain(tokens, a - 2)
    return (outer[0], j + 1) if outer is not None else None


# Roles held toward someone or somewhere: "the Ambassador to France", "a special envoy to Syria"
_ENVOYS = frozenset(
    "ambassador ambassadors envoy envoys adviser advisers advisor advisors aide aides delegate delegates "
    "representative consul counselor counsellor emissary liaison".split()
)


def np_before_plain(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A short noun phrase right before ``i``: words up to a determiner or a boundary."""
    a = i
    while a - 1 >= 0 and i - a < 4:
        prev = tokens[a - 1]
        if not prev.is_word or prev.lower in BOUNDARY_WORDS or is_cue_word(prev) or looks_verbal(prev):
            break
        a -= 1
        if prev.lower in DETERMINERS:
            break
    return (a, i) if a < i else None


def np_after(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i`` ("said *the U.S. diplomat*")."""
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].lower in BOUNDARY_WORDS:
        return None
    if tokens[i].lower in LEAD_PREPOSITIONS:
        return None  # ("says despite being a Stanford alumna, she ...": a phrase opens with it, no noun phrase)
    if tokens[i].lower in SUBJECT_PRONOUNS - {"that", "which", "who"}:
        return (i, i + 1)
    b = i
    while b < len(tokens) and b - i < MAX_NP_AFTER:
        tok = tokens[b]
        if not tok.is_word and tok.text not in {"-", "’s", "'s"}:
            break
        cue = is_cue_word(tok) and tokens[b - 1].lower not in DETERMINERS  # ("the *state* of": a noun)
        if b > i and (tok.lower in BOUNDARY_WORDS - {"of"} or cue or tok.lower in RELATIVES):
            break
        b += 1
    while b > i + 1 and tokens[b - 1].lower in _NO_PHRASE_END:
        b -= 1  # "the attorney general of the": a phrase never ends on "of" or an article
    return (i, b) if b > i else None


_NO_PHRASE_END = frozenset(["of", "the", "a", "an"])
