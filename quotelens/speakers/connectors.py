"""Where a capitalised run joined by of/on/for/and splits into names: "Paul Ortiz and the FBI" is two,
"Commission on Presidential Debates" one, "Alan Brooks of King's College London" a person and where
he works.

In: the tokens of a sentence and a run's bounds. Out: the bounds of the names in it (read by
:func:`quotelens.speakers.names.name_runs`).
"""

from __future__ import annotations

from itertools import pairwise

from quotelens.segment import Token
from quotelens.speakers.kindwords import FIRM_FORMS
from quotelens.speakers.lexicon import (
    MEDIA,
    NOBLE_TITLES,
    ORG_CONNECTORS,
    ORG_WORDS,
    PLACES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TITLES,
    common_words,
    is_first_name,
    is_surname,
)
from quotelens.speakers.nameparts import FIELD_WORDS, bare, is_acronym, office_of
from quotelens.speakers.titles import portfolio_start, split_titles


def joins_the(toks: list[Token], a: int, k: int) -> bool:
    """Does the connector at ``k`` join a "the" and what follows it to the run from ``a``: "of the" ("Council of
    the Great City Schools"), "for the" after an organisation's word ("U.S. Attorney's Office for the Central
    District"), or "in the" right after a title ("Minister in the Presidency Thabo Mokoena")?"""
    low = toks[k].lower
    if low == "for":
        return bare(toks[k - 1].text) in ORG_WORDS
    return low == "of" or (low == "in" and k == a + 1 and bare(toks[a].text) in TITLES)


def split_connectors(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A run joined by of/on/for/and stays whole only when it names an organisation."""
    if b - a < 3:  # a connector inside a run has a name on either side
        return [(a, b)]
    if b - a > 3 and toks[a + 1].lower == "in" and toks[a + 2].lower == "the" and bare(toks[a].text) in TITLES:
        return _title_in_the(toks, a, b)
    inner = [k for k in range(a, b) if toks[k].lower in ORG_CONNECTORS and not toks[k].is_capitalised]
    if not inner:
        return [(a, b)]
    words = {bare(t.text) for t in toks[a:b]}
    if all(toks[k].lower in SURNAME_PARTICLES for k in inner) or _noble_of(toks, a, inner, b):
        return [(a, b)]  # ("the Prince of Wales", "the Duchess of Sussex": one person's whole name)
    if all(toks[k].text == "&" for k in inner) and not _people_joined(toks, inner, b):
        return [(a, b)]  # "Procter & Gamble", "Kum & Go", "Johnson & Johnson": an ampersand joins one name's parts
    joins = [k for k in inner if toks[k].lower in ("and", "&")]
    cut = next((k for k in joins if _titled_person(toks, a, k)), None)
    if cut is not None:  # "Trade Minister Ana Ruiz and Home Affairs and Sport Minister Lena Park": two people
        return [(a, cut), *split_connectors(toks, cut + 1, b)]
    person = _person_of(toks, a, inner[0], b)
    firm_joins = person is not None and all(toks[k].text == "&" for k in joins)
    joins = [] if firm_joins else joins  # ("Jo Reed of Ashby & Cole": an ampersand of the firm's name)
    fields = bool(joins) and _fields_joined(toks, a, joins, b)
    if joins and not fields and (is_first_name(toks[a].text) or _two_organisations(toks, a, joins, b)):
        # "Paul Ortiz and the FBI", "the FBI and the CIA": two names, each split on its own
        bounds = [a - 1, *joins, b]
        parts = [(x + 1, y) for x, y in pairwise(bounds) if y > x + 1]
        return [r for x, y in parts for r in split_connectors(toks, x, y) if toks[r[0]].is_capitalised]
    if person is not None:  # "Professor Alan Brooks of King's College London", "Bob Casey of Pennsylvania"
        return [(a, person), *split_connectors(toks, person + 1, b)]
    body = _office_body(toks, a, inner, b)  # "Deputy Chairman of the Federal Water Council": the body's own name
    if body or words & ORG_WORDS or words & MEDIA or fields or _initials_of_place(toks, a, inner, b):
        return [(body or a, b)]
    named_first = any(is_first_name(t.text) for t in toks[a + 1 : inner[0]])  # ("Senator Ted Cruz of Texas")
    only_of = all(toks[k].lower == "of" for k in inner) or office_of([t.text for t in toks[a:b]])
    if only_of and bare(toks[a].text) in TITLES and not named_first:
        return [(a, b)]  # "Secretary of State Rex Tillerson", "Minister in the Presidency Thabo Mokoena": split later
    if people_for(toks, a, inner) or _people_of(toks, a, inner) or portfolio_start([t.text for t in toks[a:b]]):
        # "Democracy for America", "Americans for Prosperity", "Students for Trump"; "Opposition Spokesperson on
        # Transport Nadine Reid": a titled person, the title split later
        return [(a, b)]
    out, s = [], a
    for k in inner:
        if k > s:
            out.append((s, k))
        s = k + 1
    if s < b:
        out.append((s, b))
    return [(x, y) for x, y in out if toks[x].is_capitalised]


def _initials_of_place(toks: list[Token], a: int, inner: list[int], b: int) -> bool:
    """Is the run a body's initials, "of" and a place ("the ACLU of Northern California", "the NRSA of Canada"):
    one name, the branch or the body of that place (no title's initials: "the CEO of America's largest bank")?"""
    a += toks[a].lower == "the"  # (a sentence's opening "The" is in the run)
    if inner != [a + 1] or toks[a + 1].lower != "of" or b - a > 5 or not is_acronym(toks[a].text):
        return False
    if bare(toks[a].text) in TITLES or bare(toks[a].text) in ROLE_NOUNS:
        return False
    place = " ".join(t.lower for t in toks[a + 2 : b])
    return place in PLACES or toks[b - 1].lower in PLACES


def _title_in_the(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A title, "in the" and more words: one office ("Minister in the Presidency Thabo Mokoena": the title is split
    off later) or a title and another name ("President in the White House": two runs)."""
    if office_of([t.text for t in toks[a:b]]):
        return [(a, b)]
    return [(a, a + 1), *split_connectors(toks, a + 3, b)]


def _titled_person(toks: list[Token], a: int, k: int) -> bool:
    """Do the words from ``a`` to the "and" at ``k`` name a titled person: titles ("Trade Minister", "Secretary of
    State"), then two or three capitalised words no organisation's (the "and" ends that person's name)?"""
    if k - a < 3 or bare(toks[k - 1].text) in TITLES:
        return False  # ("Chairman and Chief Executive Ann Lee": titles joined, one person)
    n = split_titles([t.text for t in toks[a:k]])
    name = toks[a + n : k]
    if not n or not 2 <= len(name) <= 3 or bare(toks[a + n - 1].text) not in TITLES:
        return False
    return all(t.is_word and t.text[:1].isupper() and not t.text.isupper() for t in name) and not (
        {bare(t.text) for t in name} & (ORG_WORDS | MEDIA)
    )


def _office_body(toks: list[Token], a: int, inner: list[int], b: int) -> int:
    """Where the body begins in an office of a body named in full ("Deputy Chairman of the Federal Water Council",
    "Chief Executive of Acme Holdings"): titles only, "of" (and "the"), then two or more capitalised words headed
    by an organisation's word (the last word, or one before "of": "Bank of England"), no first name among them;
    else 0 (not "President of the United States", "Secretary of the Treasury")."""
    k = inner[0]
    if toks[k].lower != "of" or k == a or not all(bare(t.text) in TITLES for t in toks[a:k]):
        return 0
    start = k + 2 if k + 1 < b and toks[k + 1].lower == "the" else k + 1
    body = toks[start:b]
    if len(body) < 2 or any(is_first_name(t.text) and t.is_capitalised for t in body):
        return 0
    heads = [i for i, t in enumerate(body) if bare(t.text) in ORG_WORDS]
    return start if any(i == len(body) - 1 or body[i + 1].lower == "of" for i in heads) else 0


def _noble_of(toks: list[Token], a: int, inner: list[int], b: int) -> bool:
    """ "(The) Prince of Wales", "Duke of Sussex": a title of nobility, "of" and one or two words of a place."""
    lead = a + (toks[a].lower == "the")
    return toks[lead].lower in NOBLE_TITLES and inner == [lead + 1] and toks[lead + 1].lower == "of" and b - lead <= 4


def _people_joined(toks: list[Token], inner: list[int], b: int) -> bool:
    """ "Tom Smith & Jane Doe": a first name and another word after an ampersand name a person of their own."""
    return any(k + 2 < b and is_first_name(toks[k + 1].text) and toks[k + 2].is_capitalised for k in inner)


def _person_of(toks: list[Token], a: int, k: int, b: int) -> int | None:
    """``k`` when the run's first connector is an "of" or "at" after a person's name (titles, then a first name
    and one or two more words, or any two such words before a firm with a legal form): the person and
    where they are from or work are two names."""
    if toks[k].lower not in ("of", "at"):  # ("Tom Varga at Fenwick Capital": where he works)
        return None
    first = a
    while first < k and bare(toks[first].text) in TITLES:
        first += 1
    titled = first > a
    if first == a and k - a > 3:  # "Religious Services Minister Yitzhak Ben-Moshe of ...": a portfolio's words too
        first = a + split_titles([t.text for t in toks[a:k]])
        titled = first > a and bare(toks[first - 1].text) in TITLES
    name = toks[first:k]
    if not 2 <= len(name) <= 3 or {bare(t.text) for t in name} & ORG_WORDS:
        return None
    # a first name says a person; so does a title before two or three words ("Minister Yitzhak Ben-Moshe")
    if is_first_name(name[0].text) or (titled and all(t.is_capitalised for t in name)):
        return k
    return k if _firm_after(toks, name, k, b) else None


def _firm_after(toks: list[Token], name: list[Token], k: int, b: int) -> bool:
    """ "Jahan Sagafi of Outten & Golden LLP": two capitalised words, no title and no common word (an
    unlisted given name and a surname), directly before "of" and a firm whose name ends in a legal form."""
    if len(name) != 2 or b - k < 2 or bare(toks[b - 1].text) not in FIRM_FORMS:
        return False
    common = common_words()
    return all(t.is_capitalised and t.text[1:].islower() and bare(t.text) not in common | TITLES for t in name)


def people_for(toks: list[Token], a: int, inner: list[int]) -> bool:
    """ "Democracy for America", "Veterans for Peace": one "for" after one or two common words or plural
    nouns (no first name or surname: not "Sanders for Iowa") names a group, as no person's name holds "for"."""
    if len(inner) != 1 or toks[inner[0]].lower != "for" or not 1 <= inner[0] - a <= 2:
        return False
    for t in toks[a : inner[0]]:
        low = bare(t.text)
        if is_first_name(low) or is_surname(low) or low in TITLES:
            return False
        if low not in common_words() and not (low.endswith("s") and t.text[:1].isupper()):
            return False
    return True


def _people_of(toks: list[Token], a: int, inner: list[int]) -> bool:
    """ "(The) Friends of Carrow Park", "Daughters of the American Revolution": a capitalised plural noun of people
    (a common word, no title's plural: not "Members of Parliament"), "of" and a name: a group's own name, when "The"
    opens it or it is capitalised inside a sentence (at a sentence's start, "Residents of Mill Lane" may be people
    described)."""
    lead = a + (toks[a].lower == "the")
    if (lead == a and a == 0) or inner[0] != lead + 1 or toks[inner[0]].lower != "of":
        return False
    if any(toks[k].lower != "the" for k in inner[1:]):
        return False  # ("Veterans of Foreign Wars and the American Legion": two names)
    low = bare(toks[lead].text)
    plural = len(low) >= 4 and low.endswith("s") and low in common_words() and low[:-1] not in TITLES
    return plural and not is_first_name(low) and not is_surname(low)


def _two_organisations(toks: list[Token], a: int, joins: list[int], b: int) -> bool:
    """ "the FBI and the CIA", "the CIA and Bob" are two names; "Center for Economic and Policy Research" is
    one (an "of"/"for" inside the first part, and the second no name of its own)."""
    before = toks[a : joins[0]]
    if not {bare(t.text) for t in before} & ORG_WORDS:
        return False
    if not any(t.lower in ("of", "for", "on") for t in before):
        return True
    after = toks[joins[-1] + 1 : b]
    named = bool({bare(t.text) for t in after} & (ORG_WORDS | MEDIA)) or any(is_acronym(t.text) for t in after)
    if named or not after:
        return named
    # a name of its own: "Club for Growth and Exxon Mobil", "... and Americans for Prosperity" (not "... and Policy
    # Research", "Department of Health and Human Services": a common word goes on the first name)
    own = len(after) >= 3 and any(t.lower in ("of", "for") for t in after[1:-1])
    return own or is_first_name(after[0].text) or bare(after[0].text) not in common_words()


def _fields_joined(toks: list[Token], a: int, joins: list[int], b: int) -> bool:
    """ "Department of Health and Human Services", "Fisheries and Oceans Canada", "Center for Strategic and
    International Studies": an "and" between the fields an organisation is named for (the word before each
    "and" a field, or the run's last word after "Center for", "Ministry of" ...) joins no two names. Not when a
    person is named ("Smith and Jones"), nor after a name of its own ("the FBI and Homeland Security")."""
    before = [bare(toks[k - 1].text) for k in joins]
    head = toks[a : joins[0]]
    org_of = any(t.lower in ("of", "for") for t in head) and any(bare(t.text) in ORG_WORDS for t in head)
    if not (all(w in FIELD_WORDS for w in before) or (org_of and bare(toks[b - 1].text) in FIELD_WORDS)):
        return False
    if any(w in ORG_WORDS or is_acronym(toks[k - 1].text) for w, k in zip(before, joins, strict=True)):
        return False
    return not any(t.is_capitalised and is_first_name(t.text) for t in toks[a:b])


def field_list_end(toks: list[Token], k: int) -> int:
    """Where a list of fields that goes on an organisation's name ends ("Ministry of Economy*, Trade and
    Industry*", "Manitoba Health*, Seniors and Long-Term Care*"), or ``k``: the run ending at ``k`` ends in a field,
    then comes ", Field" one or more times and "and Field" (each of one to three capitalised words ending in a
    field, no first name: not "Smith, Jones and Brown")."""
    n, j = len(toks), k
    if not (k < n and toks[k].text == "," and bare(toks[k - 1].text) in FIELD_WORDS):
        return k
    while j < n and toks[j].text in (",", "and", "&"):
        last = toks[j].text != ","
        if toks[j].text == "," and j + 1 < n and toks[j + 1].lower in ("and", "&"):
            j, last = j + 1, True  # (a serial comma)
        m = j + 1
        while m < n and m - j <= 3 and toks[m].is_capitalised and toks[m].is_word and not is_first_name(toks[m].text):
            m += 1
        if m == j + 1 or bare(toks[m - 1].text) not in FIELD_WORDS:
            return k
        j = m
        if last:
            return j
    return k
