"""Names as wholes: the capitalised runs of a sentence that name someone, trimmed and typed.

In: the tokens of one body sentence. Out: :class:`NameRun` records — where the name is, its words
without titles ("Secretary of State Rex Tillerson" -> Rex Tillerson, role "secretary of state"),
what it names (person, organisation, media, place, unknown) and how it stands in the sentence.

How:
    * A run is capitalised words, with the inner words of an organisation's name kept
      ("Commission on Presidential Debates", "Securities and Exchange Commission") and a possessive
      ending it ("Obama's America" -> Obama), unless an organisation word follows ("Coroner's Office").
    * A person's name never carries an epithet, a sentence-opening word or a contraction: common
      words before a first name or at the start of a sentence are dropped ("Continued Stone",
      "Crooked Hillary Clinton", "Like Sanders"), and so are "I've", "Dear", weekday and month names.
    * Title words up to the last one are the person's role ("Indiana Gov. Mike Pence"), and so are a
      role noun just before the name ("columnist David Brooks") and an apposition after it ("Mike
      Pence, the Indiana governor,").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from quotelens.lexicon import SURNAME_CONJUNCTIONS
from quotelens.segment import Token
from quotelens.speakers.apposition import org_apposition
from quotelens.speakers.connectors import field_list_end, joins_the, people_for, split_connectors
from quotelens.speakers.datelines import CALENDAR, dateline
from quotelens.speakers.kindinitials import kind_initials_end
from quotelens.speakers.lexicon import (
    MEDIA,
    NATIONAL_NOUNS,
    ORG_CONNECTORS,
    ORG_WORDS,
    PARTICLED_IN,
    PLACES,
    STOPWORDS,
    SURNAME_PARTICLES,
    TITLES,
    common_words,
    is_first_name,
    particled,
    surname_not_derived,
)
from quotelens.speakers.modifiers import body_modifier
from quotelens.speakers.namecontext import affiliation, in_context
from quotelens.speakers.namekinds import CAUSE_PREPOSITIONS, ORDINAL, PACT_HEADS, POSSESSIVE, kind_of, unknown_run
from quotelens.speakers.nameparts import (
    CONTRACTION,
    bare,
    clean,
    country_body,
    inner_skip,
    introduced_kind,
    leading_words,
    lower_case_body,
    modifier_end,
    name_token,
    owned_organisation,
    plural_possessive,
    pronoun_end,
    run_words,
)
from quotelens.speakers.nameparts import NOT_ACRONYMS as NOT_ACRONYMS  # (read by documents.py)
from quotelens.speakers.nameroles import grammar, role_chains, roles_around
from quotelens.speakers.titles import (
    given_name_title,
    grade_after_rank,
    office,
    postnominal_end,
    split_titles,
    title_role,
)

_EPITHET_ENDINGS = ("ed", "y", "in’", "in'", "ing", "est")
_JOINING = ORG_CONNECTORS | SURNAME_PARTICLES
_HONORIFICS = frozenset(["mr", "mrs", "ms", "dr"])
_DROPPED = STOPWORDS - _HONORIFICS
_STOPS = frozenset(".!?\"”’'")  # (a sentence's final stop, or a quotation's close after one)


@dataclass(slots=True)
class NameRun:
    start: int
    end: int
    words: list[str]
    titles: list[str]
    kind: str  # person, organisation, media, place, unknown
    sentence: int
    paragraph: int
    roles: list[str] = field(default_factory=list)
    possessive: bool = False
    subject: bool = False
    oblique: bool = False  # after a preposition ("with Trump", "of Clinton")
    person_evidence: float = 0.0
    nickname: str = ""  # ('Chloe "Coco" Carter': "Coco")

    @property
    def name(self) -> str:
        return " ".join(self.words).replace(" , ", ", ")  # ("Ministry of Economy, Trade and Industry")


_CAPITALISED = attrgetter("is_capitalised")
_HYPHEN_CAPITAL = re.compile("-[A-Z]")  # (what every particled surname holds: searched for fast, from its "-")
_TEXT = attrgetter("text")
# The article last read (its ``kinds`` dict, kept alive here so that it is compared by identity) and the leading
# titles of its names by their words (:func:`_titles_apart`); dropped when another article is read.
_TITLES_READ: list[tuple[object, dict[tuple[str, ...], int]]] = [(None, {})]


_NUMBERED_BODIES = frozenset("local precinct district lodge post ward station".split())  # (a union local ...)


def _raw_runs(toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of capitalised runs, inner connectors kept, a possessive closing a run."""
    runs = []
    n = len(toks)
    starts: Iterator[int] = compress(range(n), map(_CAPITALISED, toks))  # (most tokens open no name: skip them)
    joined = " ".join(map(_TEXT, toks))  # (no "-" before a capital, no particle: most sentences, without the pattern)
    with_particle = "-" in joined and _HYPHEN_CAPITAL.search(joined) is not None
    with_particle = with_particle and PARTICLED_IN.search(joined) is not None
    if with_particle:  # (a surname with its particle, "el-Sisi", opens one too: rare)
        starts = iter(sorted({*starts, *(i for i, t in enumerate(toks) if particled(t.text))}))
    k = 0
    for i in starts:
        if i < k:
            continue
        text = toks[i].text  # (capitalised: the rest of _name_token)
        if not toks[i].is_word or (("’" in text or "'" in text) and CONTRACTION.search(text) and not particled(text)):
            continue
        a = k = i
        while k < n:
            tok = toks[k]
            text = tok.text  # (_name_token inlined: this loop runs for every capitalised token)
            if (
                tok.is_capitalised and tok.is_word and not (("’" in text or "'" in text) and CONTRACTION.search(text))
            ) or (with_particle and not tok.is_capitalised and particled(text)):
                k += 1
                if tok.text[-1] in "s’'" and POSSESSIVE.search(tok.text) and not owned_organisation(toks, k):
                    break
                continue
            # ("Joan Vidal i Ferrer": a lower-case "i" only, never the pronoun or a numeral, "Elizabeth I")
            if (tok.lower in _JOINING or tok.text in SURNAME_CONJUNCTIONS) and k + 1 < n and k > a:
                nxt = toks[k + 1]
                the = nxt.lower == "the" and joins_the(toks, a, k) and k + 2 < n and name_token(toks[k + 2])
                # "Ursula von der Leyen", "Maria de la Cruz": two particles, then the surname
                two = tok.lower in SURNAME_PARTICLES and nxt.lower in SURNAME_PARTICLES and k + 2 < n
                if (name_token(nxt) and bare(nxt.text) not in CALENDAR) or the or (two and name_token(toks[k + 2])):
                    k += 3 if the or two else 2  # ("Council of the Great City Schools")
                    continue
            if tok.text[:1].isdigit() and (g := grade_after_rank(toks, k)):
                k += g  # "Sgt. 1st Class Marcus Delgado": a rank's grade
                continue
            if tok.text.isdigit() and k > a and toks[k - 1].lower in _NUMBERED_BODIES:
                k += 1  # "United Food Processing Workers Local 902", "American Legion Post 12": its number closes it
                break
            if not tok.is_word and (skip := max(inner_skip(toks, k, a), plural_possessive(toks, k, a))) > k:
                k = skip  # "Anyang' Nyong'o", 'Chloe "Coco" Carter'
                continue
            break
        k = field_list_end(toks, k)  # ("Ministry of Economy, Trade and Industry": one name)
        if k - a >= 2 and a > 0 and toks[a - 1].text[:1].isdigit() and ORDINAL.match(toks[a - 1].text):
            a -= 1  # "the 9th U.S. Circuit Court of Appeals", "the 2nd Infantry Division": the number is the name's
        runs.append((a, k))
    return runs


def _short_family_name(toks: list[Token], a: int, b: int, sentence_start: int) -> bool:
    """ "Do Minh Khoa", "Le Van Hai", "Ho Thi Lan": a short capitalised word that opens a name of three
    capitalised uncommon words inside a sentence (after a word or a comma) is a family name, no stopword."""
    if b - a != 3 or a == sentence_start or len(toks[a].text) > 2 or not toks[a].text[:1].isupper():
        return False
    if a > 0 and not (toks[a - 1].is_word or toks[a - 1].text == ","):
        return False
    common = common_words()
    return all(t.text[:1].isupper() and t.text[1:].islower() and bare(t.text) not in common for t in toks[a + 1 : b])


def _trim(toks: list[Token], a: int, b: int, sentence_start: int) -> tuple[int, int]:
    """Drop words that open a sentence or precede a first name but are no part of a name."""
    if b - a == 1:  # one word (most runs): dropped when it is a common word opening the sentence
        low = bare(toks[a].text)
        capitals = low in _DROPPED and len(low) >= 3 and toks[a].text.isupper()  # ("WHO": an organisation's)
        if low in _DROPPED and not capitals:
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
        return (a, a) if toks[a].lower in _JOINING else (a, b)
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
            or (low in _NUMBERED_BODIES and a + 1 < b and toks[a + 1].text.isdigit())
        ):
            break  # ("Local 902 said": the body's word before its number is the name's)
        opens = a == sentence_start or (a > 0 and not toks[a - 1].is_word)
        first = is_first_name(low)
        next_first = a + 1 < b and not first and is_first_name(toks[a + 1].text)
        common = low in common_words_ or (opens and low.endswith(("ly", "ing")) and not first)
        if common and _group_name(toks, a, b):
            break  # "Democracy Corps", "One America News Network", "Democracy for America"
        epithet = next_first and _epithet(toks, a, b, low, common_words_)
        if epithet or (common and opens and not (first and a + 1 < b)):
            a += 1
            continue
        break
    a = kind_initials_end(toks, a, b)  # ("the NGO Aktiva": its kind, as "the charity Aktiva")
    while b > a and toks[b - 1].lower in _JOINING:
        b -= 1
    b = pronoun_end(toks, a, b)  # ("tell Ingrid I said": the pronoun after her name)
    return a, postnominal_end(toks, a, b)  # ("Rachel Dunmore KC": the letters after her name are no part of it)


def _epithet(toks: list[Token], a: int, b: int, low: str, common: frozenset[str]) -> bool:
    """Is the word at ``a``, before a first name, an epithet ("Crooked Hillary Clinton", "Little Marco"; not
    "Kellyanne Conway": a rare first name is no epithet)? Not before a common word that is a rare first name,
    alone ("The Holy See": no person)."""
    if not (low in common or low.endswith(_EPITHET_ENDINGS)) or low in PLACES:
        return False
    return not (a + 2 == b and bare(toks[a + 1].text) in common)


def _national(toks: list[Token], a: int) -> bool:
    """Is the one word at ``a`` a nation's noun after "the"/"a" or an age ("the Dane", "a 58-year-old Briton")?"""
    if a == 0 or toks[a].lower not in NATIONAL_NOUNS:
        return False
    before = toks[a - 1].lower
    if before.endswith("-year-old") and a > 1:
        before = toks[a - 2].lower
    return before in ("the", "a", "an")


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


def name_runs(
    toks: list[Token], sentence: int, paragraph: int, kinds: dict[tuple[str, ...], str] | None = None
) -> list[NameRun]:
    """Every name in one sentence, in order (``kinds``: the article's names read so far, by their words)."""
    out: list[NameRun] = []
    kinds = {} if kinds is None else kinds
    titles_read = _titles_read(kinds)
    place_until = dateline(toks)
    for ra, rb in _raw_runs(toks):
        if rb - ra == 1 and bare(toks[ra].text) in _DROPPED and not toks[ra].text.isupper():
            continue  # "The", "But" alone: what _trim drops (most runs), not split and trimmed
        if rb <= place_until:
            continue  # "JACKSON, Miss. —": a dateline names a place
        for a0, b0 in split_connectors(toks, ra, rb):
            a, b = _trim(toks, a0, b0, 0)
            if a >= b or (b - a == 1 and _national(toks, a)):
                continue  # ("the 58-year-old Dane": a description of one person by a nation, no surname)
            b = lower_case_body(toks, a, b)  # ("Leeds city council": a British paper's local body)
            words, nickname = _words(toks, a, b)
            n_titles, titles, words = _titles_apart(toks, a, b, words, titles_read)
            key = (*words, "+") if titles else tuple(words)  # (kind_of reads only whether there are titles)
            kind = kinds.get(key)
            if kind is None:
                kind = kinds[key] = kind_of(words, titles)
            kind = in_context(toks, a, b, words, titles, kind, kinds)
            if (kind in ("person", "unknown", "organisation") and office(toks, a, titles, words)) or body_modifier(
                toks, a, b, kind, titles
            ):
                continue  # "the Cabinet Secretary", "Labour MP" alone: an office; "one Senate seat": a seat
            words = country_body(toks, a, words, kind) if not titles else words  # ("Turkey's Foreign Ministry")
            if len(words) >= 2 and not titles and affiliation(toks, b, kind) != kind:
                kind = kinds[key] = "organisation"  # "Morgan Stanley analyst Erik Lindqvist": Morgan Stanley later too
            start = toks[a + n_titles].start
            last = toks[b - 1]
            end = last.end - (len(last.text) - len(clean(last.text)))  # (a possessive off; "AT&T" is glued)
            possessive = len(last.text) > 2 and last.text[-1] in "s’'" and POSSESSIVE.search(last.text) is not None
            roles: list[str] = []
            evidence = 0.0
            if kind == "person":
                evidence = 1.0 if titles or is_first_name(words[0]) else 0.5
                roles = roles_around(toks, a, b)
                if titles:
                    then = toks[a - 1].lower if a > 0 and toks[a - 1].lower in ("former", "then", "ex") else ""
                    roles.append(" ".join([then, *map(title_role, titles)]).strip())  # "former Secretary of State"
            elif kind == "unknown" and len(words) <= 3:
                kind, roles, evidence = unknown_run(toks, a, b, words)
                kinds[key] = kind
            elif kind in ("organisation", "media") and not titles:
                roles = [noun] if (noun := introduced_kind(toks, a, b)) else []  # "the group Club for Growth"
            # (a place is never a mention: its grammar is not read)
            subject, oblique = grammar(toks, a, b, possessive) if kind != "place" else (False, False)
            role_titles = [title_role(t) for t in titles] if titles else []
            run = NameRun(
                start, end, words, role_titles, kind, sentence, paragraph, roles, possessive, subject, oblique, evidence
            )
            run.nickname = nickname
            out.append(run)
            if kind == "media" and len(words) >= 3 and is_first_name(words[0]):
                out.append(_person_inside(toks, a + n_titles, run))  # "The Rachel Maddow Show": Rachel Maddow
    return role_chains(toks, out) if len(out) > 1 else out


def _titles_read(kinds: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], int]:
    """The leading titles read so far of the article whose names' kinds are ``kinds``."""
    held = _TITLES_READ[0]
    if held[0] is not kinds:  # (another article: its names' titles read anew)
        held = _TITLES_READ[0] = (kinds, {})
    return held[1]


def _titles_apart(
    toks: list[Token], a: int, b: int, words: list[str], read: dict[tuple[str, ...], int]
) -> tuple[int, list[str], list[str]]:
    """(how many leading words of the run at ``a:b`` are titles, those titles, the name's words); ``read``: the
    leading titles of the article's names read so far, by their words (pure of the words, and a story names the
    same people again and again)."""
    key = tuple(words)
    n_titles = read.get(key)
    if n_titles is None:
        # ("the American Health Security Act" has no title: a law's name is whole)
        n_titles = split_titles(words) if words[-1].lower() not in PACT_HEADS else 0
        n_titles += leading_words(words, n_titles, kind_of)  # "(Director of National) Intelligence James Clapper"
        read[key] = n_titles
    if n_titles and given_name_title(toks, a, b, words[:n_titles], words[n_titles:]):
        n_titles -= 1  # ("Dean Garside, 37,", "Bassist Dean Castellano": a first name)
    return n_titles, words[:n_titles], words[n_titles:]


def _words(toks: list[Token], a: int, b: int) -> tuple[list[str], str]:
    """The words of the name at ``a:b`` and its quoted nickname ('Chloe "Coco" Carter')."""
    if b - a == 1:
        return [clean(toks[a].text)], ""
    if b - a > 2 and not all(t.is_word for t in toks[a:b]):
        return run_words(toks, a, b)
    return [t.text for t in toks[a : b - 1]] + [clean(toks[b - 1].text)], ""


def _person_inside(toks: list[Token], a: int, org: NameRun) -> NameRun:
    """The person whose name opens an organisation's or a programme's name."""
    first, last = toks[a], toks[a + 1]
    run = NameRun(first.start, last.end, [first.text, clean(last.text)], [], "person", org.sentence, org.paragraph)
    run.person_evidence = 1.0
    return run
