"""The subject of a clause before a cue: plain, coordinated, after an apposition, of an infinitive.

Subjects that open a sentence before descriptions (``opening_name``, ``described_subject``) and the
openers that are no subject (``opens_adverbial``) live in ``openings.py``; they are imported here too,
so the frames find every subject rule in one place. The subject before one apposition set off by commas
(``subject_of_apposition``, with its city-and-state and role-then-name checks) lives in
``apposition_subject.py``."""

from __future__ import annotations

from quotelens.attribution.apposition_subject import ARTICLES_OR_ONE, RELATIVES_OR_ARTICLES, subject_of_apposition
from quotelens.attribution.document_subjects import document_subject
from quotelens.attribution.nounphrases import np_before, np_before_plain, skip_between_subject_and_verb
from quotelens.attribution.openings import (
    TITLES_AND_ROLES,
    described_subject,
    name_then_verb,
    opening_name,
    opens_adverbial,
)
from quotelens.attribution.tokens import is_quote, per_token_list
from quotelens.attribution.verbs import is_participle, looks_finite, looks_verbal
from quotelens.attribution.whole_subject import name_word, verb_or_cue, whole_subject
from quotelens.attribution.words import (
    BE_FORMS,
    BOUNDARY_WORDS,
    CAUSATIVES,
    DAYS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    MAX_NP,
    NO_VERBS,
    RELATIVES,
    SENDING,
    SENTENCE_OPENERS,
    SUBORDINATORS,
)
from quotelens.lexicon import CUE_FORMS, ROLE_NOUNS, SUBJECT_PRONOUNS
from quotelens.segment import Token

__all__ = [  # (the openings' rules too, for the frames)
    "coordinated_subject",
    "described_subject",
    "infinitive_subject",
    "name_then_verb",
    "opening_name",
    "opens_adverbial",
    "subject_before",
    "subject_before_one_apposition",
    "whole_subject",
]

# (word sets united once here, not on every call)
_RELATIVES_OR_THAT = frozenset(RELATIVES | {"that"})
# How far back a "who" may open the relative clause a subject's noun phrase ends: 8 words, or 19 after
# a subject opening the sentence with an article ("A neighbor who lives across the street and asked not
# to be named because she feared retaliation said": "who" 18 words back)
_NEAR_RELATIVE = 8
_RELATIVE_SPAN = 20


def coordinated_subject(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """For "and/but" at ``j`` joining two verbs, the subject of the nearest finite verb before it
    with a name, a pronoun or a determiner phrase right before it ("he laughed and said")."""
    quoted = False
    for v in range(j - 1, max(0, j - 25), -1):
        t = tokens[v]
        if is_quote(t):
            quoted = not quoted  # 'thanked its members “for their support” and called': past the quotation
            continue
        if t.text in {".", ";", ":"} or (quoted and v == j - 1):
            return None
        if quoted or t.is_capitalised or not t.is_word or not (looks_finite(t.lower) or t.lower in CUE_FORMS):
            continue
        if t.lower in NO_VERBS or t.lower.endswith(("’s", "'s", "ss", "us")):
            continue  # "his", "this", "us", "across", "status": no verbs
        document = document_subject(tokens, v)  # ("a statement issued on Monday said A and urged B")
        if document is not None:
            return document
        np = np_before(tokens, v)
        if np is None or tokens[np[0]].lower in _RELATIVES_OR_THAT:
            continue
        first = tokens[np[0]]
        opens_clause = (
            np[0] == 0
            or tokens[np[0] - 1].text in {",", "—", "–", "-"}  # ("-- which holds a caucus -- Sanders claimed")
            or (np[0] >= 2 and is_quote(tokens[np[0] - 1]) and tokens[np[0] - 2].text == ",")  # 'on “This Week,” X'
            or tokens[np[0] - 1].lower in SUBORDINATORS
            or (np[0] >= 2 and tokens[np[0] - 1].lower in {"and", "but"} and tokens[np[0] - 2].text == ",")
        )
        if opens_clause and (first.is_capitalised or first.lower in SUBJECT_PRONOUNS):
            return np
    return None


@per_token_list  # (the content-first and the source-first frames both read it for one cue)
def subject_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the verb at ``i``: the noun phrase before it, or the one before an apposition.

    "Brian Sandoval, a Republican, said" and "Levine, who has given money to Rubio, said" and
    "Sarandon, 69, told" all give the name before the first comma.
    """
    found = subject_before_one_apposition(tokens, i)
    if found is None and i > 0 and tokens[i - 1].text == ",":
        found = opening_name(tokens, i)
    if found is not None and found[0] >= 2 and tokens[found[0] - 1].lower == "and":
        found = _joined_subject(tokens, found)
    if found is not None:
        found = _head_before_post_modifier(tokens, found) or found
        found = _claimed_identity(tokens, found) or found
    found = whole_subject(tokens, found) if found is not None else None
    document = document_subject(tokens, i)  # ("A poll of Ohio released Tuesday shows": the poll's, not Ohio's)
    return document if document is not None and (found is None or found[0] > document[0]) else found


IDENTITY_CLAIMS = frozenset(["claiming", "purporting", "professing"])


def _claimed_identity(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject when ``found`` is the identity someone claims ("a user *claiming to be* a nurse
    wrote": the user writes, as what they claim to be); else None."""
    p = found[0] - 3
    if p < 1 or tokens[p].lower not in IDENTITY_CLAIMS or [t.lower for t in tokens[p + 1 : p + 3]] != ["to", "be"]:
        return None
    head = np_before_plain(tokens, p)
    return (head[0], found[1]) if head is not None and tokens[head[0]].lower not in SUBJECT_PRONOUNS else None


_POST_MODIFIER_PREPOSITIONS = frozenset(["by", "to", "from", "with", "for", "against", "on", "in"])


def _head_before_post_modifier(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int] | None:
    """The head noun before a participle whose object ``found`` is, with its post-modifier, when it opens the
    clause: "The memo accompanying it says", "Emails seen by POLITICO show" are the memo's and the emails'
    words, never the participle's object's ("it", "POLITICO"); else None."""
    j = found[0] - 1
    if found[1] - found[0] == 1 and tokens[found[0]].lower in DAYS:
        return None  # ("A campaign ad released Thursday says": when, not the participle's object)
    preposition = j >= 1 and tokens[j].lower in _POST_MODIFIER_PREPOSITIONS
    j -= preposition
    participle = j >= 1 and (is_participle(tokens[j]) or tokens[j].lower in IRREGULAR_PAST)
    if not participle or tokens[j - 1].lower in DETERMINERS or (tokens[j].lower in CUE_FORMS and not preposition):
        return None  # ("a crowded GOP field": a participle before its noun; "X said the board": a clause's verb)
    head = np_before_plain(tokens, j)
    if head is None or tokens[head[0]].lower in SUBJECT_PRONOUNS:
        return None
    opens = head[0] == 0 or tokens[head[0] - 1].lower in SENTENCE_OPENERS or tokens[head[0] - 1].text == ","
    return (head[0], found[1]) if opens and not looks_verbal(tokens[j - 1]) else None


def _joined_subject(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int]:
    """Both conjuncts of a subject joined by "and" when the first opens the clause (not a list's last two):
    "Trump and Putin agreed", "Mr. Autor and his colleagues found", "a minuet that Clinton and leading
    Democrats hope", "Eleven progressive and Muslim organizations are asking"; else the phrase found."""
    if tokens[found[0]].is_capitalised:
        a = found[0] - 2
        while a > 0 and found[0] - a < 8 and (name_word(tokens[a - 1]) or tokens[a - 1].text == "." or _of(tokens, a)):
            a -= 1  # ("Sen. Chuck Grassley of Iowa and Sen. Patrick Leahy": where the first is from)
        opens = tokens[a].is_capitalised and (a == 0 or tokens[a - 1].lower in SENTENCE_OPENERS)
        if opens and all(t.is_capitalised or t.text == "." or t.lower == "of" for t in tokens[a : found[0] - 1]):
            return (a, found[1])
    first = np_before_plain(tokens, found[0] - 1)
    if first is None or found[1] - first[0] > MAX_NP + 4 or tokens[first[0]].lower in SUBJECT_PRONOUNS:
        return found
    a = first[0]
    opening = a > 0 and tokens[a - 1].lower not in _JOIN_OPENERS
    if opening and not _after_opening_phrase(tokens, a):
        return found
    if any(verb_or_cue(t) for t in tokens[a : found[0] - 1]):
        return found  # ("Trump won and Clinton said": two clauses)
    # (a capitalised title before "and" after an opening phrase too; "Chairman and chief executive X" opening
    # the sentence is one title chain, kept whole)
    titled = not tokens[found[0] - 2].is_capitalised or (opening and tokens[found[0] - 2].lower in TITLES_AND_ROLES)
    if titled and tokens[found[1] - 1].is_capitalised:
        return found  # ("GOP presidential contender and former neurosurgeon Ben Carson", "former X CEO and ...")
    return (a, found[1])


def _of(tokens: list[Token], a: int) -> bool:
    """Is ``tokens[a - 1]`` an "of" between capitalised words ("Grassley *of* Iowa")?"""
    return a >= 2 and tokens[a - 1].lower == "of" and tokens[a - 2].is_capitalised and tokens[a].is_capitalised


_JOIN_OPENERS = frozenset(SENTENCE_OPENERS | {"that"})


def _after_opening_phrase(tokens: list[Token], a: int) -> bool:
    """Whether ``a`` follows the comma that ends the sentence's introductory phrase ("In a letter sent
    Tuesday, *Whitcombe and four colleagues* wrote")."""
    if a < 3 or tokens[a - 1].text != "," or not opens_adverbial(tokens[0], tokens[1]):
        return False
    return all(t.text != "," for t in tokens[1 : a - 1])


def subject_before_one_apposition(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase before ``i``, or the one before a single apposition."""
    np = np_before(tokens, i)
    described = _described_before_parenthesis(tokens, np, i)
    if described is not None:
        return described
    age = np is not None and np[1] - np[0] == 1 and tokens[np[0]].text.isdigit()
    if np is None and i > 1 and tokens[i - 1].is_word:
        found, outer = _before_relative(tokens, i)
        if found:
            return outer
    if np is not None and not age:
        # "officials who spoke with The Huffington Post said": the subject is before "who"
        for m in range(np[0] - 1, np[0] - _RELATIVE_SPAN if np[0] - _RELATIVE_SPAN > -1 else -1, -1):
            if not tokens[m].is_word:
                break
            if tokens[m].lower == "who" and m > 0:
                outer = np_before(tokens, m)
                # (far back, only for a subject opening the sentence with an article, and no "who" of its own)
                far = np[0] - m > _NEAR_RELATIVE and (
                    outer is None
                    or outer[0] > 0
                    or tokens[0].lower not in ARTICLES_OR_ONE
                    or tokens[np[0]].lower in SUBJECT_PRONOUNS
                )
                if outer is not None and not far:
                    return outer
                break
        return np  # ("About 9 percent said" is a subject; "Sarandon, 69, told" has an age)
    j = skip_between_subject_and_verb(tokens, i - 1)
    if np is not None:  # "Sarandon, 69, told": skip the age
        j = np[0] - 1
    elif j > 1 and is_quote(tokens[j]) and tokens[j - 1].text == ",":
        j -= 1  # 'Pham, who has criticized what she calls "A," said': the clause's comma inside the quotation
    if j < 1 or tokens[j].text != ",":
        return None
    k = j - 1
    while k >= 0 and j - k <= 20 and tokens[k].text != ",":
        k -= 1
    if k < 1 or tokens[k].text != ",":
        return None
    return _before_whose_clause(tokens, k, j) or subject_of_apposition(tokens, k, j)


def _before_whose_clause(tokens: list[Token], k: int, j: int) -> tuple[int, int] | None:
    """ "The ruling party (GUP), whose candidate, Vice President X, leads the count, accused": a "whose"
    clause whose verb opens the last phrase between commas; the subject is the phrase before ", whose"."""
    if not tokens[k + 1].is_word or tokens[k + 1].is_capitalised or tokens[k + 1].lower in RELATIVES_OR_ARTICLES:
        return None
    for w in range(k - 1, max(0, k - 20), -1):
        if tokens[w].lower == "whose" and tokens[w - 1].text == ",":
            return subject_before_one_apposition(tokens, w - 1)
        if tokens[w].text in {".", ";", ":"} or is_quote(tokens[w]):
            return None
    return None


def _before_relative(tokens: list[Token], i: int) -> tuple[bool, tuple[int, int] | None]:
    """ "Hawkins and others who want to ban abortion said": no noun phrase ends right before the verb
    (an infinitive does), but a relative clause does; whether one was found, and the phrase before it
    ("A neighbor who lives near the store and asked not to be named said": far back, only for a subject
    opening the sentence with an article, as for a noun phrase before the verb)."""
    for m in range(i - 2, max(-1, i - _RELATIVE_SPAN), -1):
        if not tokens[m].is_word:
            break
        if tokens[m].lower == "who" and m > 0:
            outer = np_before(tokens, m)
            if i - m < 10 or (outer is not None and outer[0] == 0 and tokens[0].lower in ARTICLES_OR_ONE):
                return True, outer
            break
    return False, None


def _described_before_parenthesis(tokens: list[Token], np: tuple[int, int] | None, i: int) -> tuple[int, int] | None:
    """ "Juliette Morel, a spokesperson for the World Health Organization (WHO), said": a description set
    off by a comma before it ends in a parenthesis (an acronym) is an apposition, as it is without one."""
    if np is None or np[1] >= i or tokens[np[1]].text != "(":
        return None
    k = np[0] - 1
    while k > 0 and np[0] - k <= 12 and tokens[k].is_word:
        k -= 1
    if k < 1 or tokens[k].text != "," or tokens[k + 1].lower not in ARTICLES_OR_ONE:
        return None
    return subject_of_apposition(tokens, k, np[1])


def infinitive_subject(toks: list[Token], to_at: int) -> tuple[int, int] | None:
    """Who speaks in "X is more likely to say", "X took to Twitter to say" (the subject of the
    nearest finite verb before "to"), or in "led Republicans to say", "sent its lawyer to argue" (the object
    of a causative)."""
    for m in range(to_at - 1, max(-1, to_at - 9), -1):
        if toks[m].lower in CAUSATIVES and m < to_at - 1:
            # (past five words, only a titled name: "sent Deputy Solicitor General Ann Lee to argue")
            named = all(t.is_capitalised for t in toks[m + 1 : to_at])
            person = toks[to_at - 1].lower.removesuffix("s") in ROLE_NOUNS  # ("its lawyer", "two economists")
            if not named and (to_at - m > 6 or (toks[m].lower in SENDING and not person)):
                return None  # (one sent is a person: a name or a role; not "a text to supporters")
            if all(t.is_word for t in toks[m + 1 : to_at]) and toks[m + 1].lower not in BOUNDARY_WORDS:
                return (m + 1, to_at)
            return None
    for m in range(to_at - 1, max(-1, to_at - 8), -1):
        tok = toks[m]
        if not tok.is_word:
            return None
        if tok.lower in FINITE or tok.lower in IRREGULAR_PAST or looks_verbal(tok) or tok.lower in BE_FORMS:
            if m >= 2 and toks[m - 1].lower in {"and", "but"}:  # "X joked ..., but went on to say C"
                return subject_before(toks, m) or coordinated_subject(toks, m - 1)
            return subject_before(toks, m)
    return None
