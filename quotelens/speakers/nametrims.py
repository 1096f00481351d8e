"""Trimming a capitalised run to the name it holds: the words that open a sentence or precede a first name but
are no part of a name ("Continued Stone", "Crooked Hillary Clinton", "Like Sanders"), stopwords, a modifier
("Bellevue-based Verdance"), a kind's initials ("the NGO Aktiva"), a pronoun or the letters after a name.

In: a sentence's tokens and a run's token range ``[a, b)``. Out: the name's range (empty when nothing of the
run is a name). Moved here from ``names.py``, which finds the runs and reads what they name.
"""

from __future__ import annotations

from quotelens.segment import Token
from quotelens.speakers.apposition import org_apposition
from quotelens.speakers.connectors import people_for
from quotelens.speakers.datelines import CALENDAR
from quotelens.speakers.kindinitials import kind_initials_end
from quotelens.speakers.lexicon import (
    MEDIA,
    NATIONAL_NOUNS,
    NATIONALITIES,
    ORG_CONNECTORS,
    ORG_WORDS,
    PLACES,
    STOPWORDS,
    SURNAME_PARTICLES,
    TITLES,
    common_words,
    is_first_name,
    surname_not_derived,
)
from quotelens.speakers.namekinds import CAUSE_PREPOSITIONS
from quotelens.speakers.nameparts import bare, modifier_end, pronoun_end
from quotelens.speakers.titles import postnominal_end

_EPITHET_ENDINGS = ("ed", "y", "in’", "in'", "ing", "est")
JOINING = ORG_CONNECTORS | SURNAME_PARTICLES
_HONORIFICS = frozenset(["mr", "mrs", "ms", "dr"])
DROPPED = STOPWORDS - _HONORIFICS
_STOPS = frozenset(".!?\"”’'")  # (a sentence's final stop, or a quotation's close after one)
NUMBERED_BODIES = frozenset("local precinct district lodge post ward station".split())  # (a union local ...)


def _short_family_name(toks: list[Token], a: int, b: int, sentence_start: int) -> bool:
    """ "Do Minh Khoa", "Le Van Hai", "Ho Thi Lan": a short capitalised word that opens a name of three
    capitalised uncommon words inside a sentence (after a word or a comma) is a family name, no stopword."""
    if b - a != 3 or a == sentence_start or len(toks[a].text) > 2 or not toks[a].text[:1].isupper():
        return False
    if a > 0 and not (toks[a - 1].is_word or toks[a - 1].text == ","):
        return False
    common = common_words()
    return all(t.text[:1].isupper() and t.text[1:].islower() and bare(t.text) not in common for t in toks[a + 1 : b])


def trim(toks: list[Token], a: int, b: int, sentence_start: int) -> tuple[int, int]:
    """Drop words that open a sentence or precede a first name but are no part of a name."""
    if b - a == 1:  # one word (most runs): dropped when it is a common word opening the sentence
        low = bare(toks[a].text)
        capitals = low in DROPPED and len(low) >= 3 and toks[a].text.isupper()  # ("WHO": an organisation's)
        if low in DROPPED and not capitals:
            return b, b
        opens = a == sentence_start or (a > 0 and not toks[a - 1].is_word)
        kept = low in TITLES or (low in ORG_WORDS and not _headline_noun(toks, low, opens)) or low in MEDIA or capitals
        ing = low.endswith(("ly", "ing")) and not is_first_name(low) and not surname_not_derived(low)  # ("Keating,")
        common = opens and (low in common_words() or ing)
        if common and low.endswith("ly") and low not in common_words() and not _comma_after(toks, a):
            common = False  # "Separately," is an adverb; "Schlafly put", "Schlafly’s final book" a name
        elif common and low.endswith("ly") and a + 1 < len(toks) and org_apposition(toks, a + 1):
            common = False  # "Ledgerly, a San Francisco-based startup,": a company's name
        if common and not kept:
            return b, b
        return (a, a) if toks[a].lower in JOINING else (a, b)
    a = modifier_end(toks, a, b)  # ("Bellevue-based Verdance": where it is based describes it)
    common_words_ = common_words()
    # ("Bao's competitor, Do Minh Khoa, disagreed": a family name, no stopword)
    family = b - a == 3 and _short_family_name(toks, a, b, sentence_start)
    while a < b and not family:
        low = bare(toks[a].text)
        if a + 1 < b and toks[a + 1].text == "&":
            break  # "AT&T", "Legal & General": the word before an ampersand is the name's, even a common one
        if low in STOPWORDS and low not in _HONORIFICS:
            if low in CALENDAR and _set_off(toks, a, b):
                break  # "A commercial motorcyclist, Sunday Adamu, who ...": a day's name as a first name
            if low in ("our", "one") and {bare(t.text) for t in toks[a + 1 : b]} & (ORG_WORDS | MEDIA):
                break  # "Our Principles PAC", "One America News Network" are the name
            a += 1
            continue
        if (
            low in TITLES
            or low in ORG_WORDS
            or low in MEDIA
            or (low in NUMBERED_BODIES and a + 1 < b and toks[a + 1].text.isdigit())
        ):
            break  # ("Local 902 said": the body's word before its number is the name's)
        opens = a == sentence_start or (a > 0 and not toks[a - 1].is_word)
        first = is_first_name(low)
        next_first = a + 1 < b and not first and is_first_name(toks[a + 1].text)
        common = low in common_words_ or (opens and low.endswith(("ly", "ing")) and not first)
        if common and _group_name(toks, a, b):
            break  # "Democracy Corps", "One America News Network", "Democracy for America"
        epithet = next_first and _epithet(toks, a, b, low, common_words_)
        # ("Frenchman Luc Moreau", "Kenyan Wanjiku Atieno": the nation describes the person)
        epithet = epithet or _nation_before_name(toks, a, b, low, common_words_)
        if epithet or (common and opens and not (first and a + 1 < b)):
            a += 1
            continue
        break
    a = kind_initials_end(toks, a, b)  # ("the NGO Aktiva": its kind, as "the charity Aktiva")
    while b > a and toks[b - 1].lower in JOINING:
        b -= 1
    b = pronoun_end(toks, a, b)  # ("tell Ingrid I said": the pronoun after her name)
    return a, postnominal_end(toks, a, b)  # ("Rachel Dunmore KC": the letters after her name are no part of it)


def _nation_before_name(toks: list[Token], a: int, b: int, low: str, common: frozenset[str]) -> bool:
    """Is the word at ``a`` a nation's noun for one person ("Frenchman", "Dane", "Briton") before a name of two
    uncommon words, or a nation's adjective ("Kenyan") before a first name and one word more? Not in a body's
    name ("Czech National Bank", "American Red Cross Society") nor before a title ("Slovak Prime Minister")."""
    if b - a < 3 or (low not in NATIONAL_NOUNS and low not in NATIONALITIES) or not toks[a].text[:1].isupper():
        return False
    nxt = toks[a + 1].text
    if low in NATIONAL_NOUNS:
        named = bare(nxt) not in common and nxt[:1].isupper() and nxt.isalpha()
    else:
        named = is_first_name(nxt)
    # (not before a title: "Slovak Prime Minister Tibor Novak", the nation is the office's)
    return named and not _org_run(toks, a, b) and not any(bare(t.text) in TITLES for t in toks[a + 1 : b])


def _epithet(toks: list[Token], a: int, b: int, low: str, common: frozenset[str]) -> bool:
    """Is the word at ``a``, before a first name, an epithet ("Crooked Hillary Clinton", "Little Marco"; not
    "Kellyanne Conway": a rare first name is no epithet)? Not before a common word that is a rare first name,
    alone ("The Holy See": no person)."""
    if not (low in common or low.endswith(_EPITHET_ENDINGS)) or low in PLACES:
        return False
    return not (a + 2 == b and bare(toks[a + 1].text) in common)


def _set_off(toks: list[Token], a: int, b: int) -> bool:
    """Is the run of two or three words at ``a:b`` set off by commas, as an apposed name is?"""
    return 2 <= b - a <= 3 and a > 0 and toks[a - 1].text == "," and b < len(toks) and toks[b].text == ","


def _headline_noun(toks: list[Token], low: str, opens: bool) -> bool:
    """A common noun opening a line with no final stop, a headline's ("Hospital says man is stable"): "the
    hospital" in a headline's words, no name."""
    return opens and low in common_words() and toks[-1].text not in _STOPS


def _comma_after(toks: list[Token], a: int) -> bool:
    return a + 1 >= len(toks) or toks[a + 1].text == ","


def _group_name(toks: list[Token], a: int, b: int) -> bool:
    """Is the run at ``a:b``, opened by a common word, a group's name? An organisation's word in it ("Democracy
    Corps"), "X for Y" ("Democracy for America"), or a preposition inside it that no person's name holds
    ("Mothers Against Drunk Driving", "Doctors Without Borders")."""
    if _org_run(toks, a, b) or people_for(toks, a, [k for k in range(a, b) if toks[k].lower == "for"]):
        return True
    return any(t.lower in CAUSE_PREPOSITIONS for t in toks[a + 1 : b - 1])


def _org_run(toks: list[Token], a: int, b: int) -> bool:
    """Does an organisation's or a medium's word follow in the run (never after a connector: "Like Sanders")?"""
    for t in toks[a + 1 : b]:
        low = bare(t.text)
        if low in ORG_CONNECTORS:
            return False
        if low in ORG_WORDS or low in MEDIA:
            return True
    return False
