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

Trimming a run to its name (the sentence-opening words, epithets and stopwords it drops) is
:func:`quotelens.speakers.nametrims.trim`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from quotelens.lexicon import SURNAME_CONJUNCTIONS
from quotelens.segment import Token
from quotelens.speakers.connectors import field_list_end, joins_the, split_connectors
from quotelens.speakers.datelines import CALENDAR, dateline
from quotelens.speakers.lexicon import (
    NATIONAL_NOUNS,
    PARTICLED_IN,
    SURNAME_PARTICLES,
    is_first_name,
    particled,
)
from quotelens.speakers.modifiers import body_modifier
from quotelens.speakers.namecontext import affiliation, in_context
from quotelens.speakers.namekinds import ORDINAL, PACT_HEADS, POSSESSIVE, kind_of, unknown_run
from quotelens.speakers.nameparts import (
    CONTRACTION,
    bare,
    clean,
    country_body,
    inner_skip,
    introduced_kind,
    leading_words,
    lower_case_body,
    name_token,
    office_of,
    owned_organisation,
    plural_possessive,
    run_words,
)
from quotelens.speakers.nameparts import NOT_ACRONYMS as NOT_ACRONYMS  # (read by documents.py)
from quotelens.speakers.nameroles import grammar, role_chains, roles_around
from quotelens.speakers.nametrims import DROPPED, JOINING, NUMBERED_BODIES, trim
from quotelens.speakers.titles import (
    given_name_title,
    grade_after_rank,
    office,
    split_titles,
    title_role,
)


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
            if (tok.lower in JOINING or tok.text in SURNAME_CONJUNCTIONS) and k + 1 < n and k > a:
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
            if tok.text.isdigit() and k > a and toks[k - 1].lower in NUMBERED_BODIES:
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


def _national(toks: list[Token], a: int) -> bool:
    """Is the one word at ``a`` a nation's noun after "the"/"a" or an age ("the Dane", "a 58-year-old Briton")?"""
    if a == 0 or toks[a].lower not in NATIONAL_NOUNS:
        return False
    before = toks[a - 1].lower
    if before.endswith("-year-old") and a > 1:
        before = toks[a - 2].lower
    return before in ("the", "a", "an")


def name_runs(
    toks: list[Token], sentence: int, paragraph: int, kinds: dict[tuple[str, ...], str] | None = None
) -> list[NameRun]:
    """Every name in one sentence, in order (``kinds``: the article's names read so far, by their words)."""
    out: list[NameRun] = []
    kinds = {} if kinds is None else kinds
    titles_read = _titles_read(kinds)
    place_until = dateline(toks)
    for ra, rb in _raw_runs(toks):
        if rb - ra == 1 and bare(toks[ra].text) in DROPPED and not toks[ra].text.isupper():
            continue  # "The", "But" alone: what _trim drops (most runs), not split and trimmed
        if rb <= place_until:
            continue  # "JACKSON, Miss. —": a dateline names a place
        for a0, b0 in split_connectors(toks, ra, rb):
            a, b = trim(toks, a0, b0, 0)
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
            if _names_no_one(toks, a, b, kind, titles, words):
                continue
            words = country_body(toks, a, words, kind) if not titles else words  # ("Turkey's Foreign Ministry")
            if len(words) >= 2 and not titles and affiliation(toks, b, kind) != kind:
                kind = kinds[key] = "organisation"  # "Morgan Stanley analyst Erik Lindqvist": Morgan Stanley later too
            start = toks[a + n_titles].start
            last = toks[b - 1]
            end = last.end - (len(last.text) - len(clean(last.text)))  # (a possessive off; "AT&T" is glued)
            possessive = len(last.text) > 2 and last.text[-1] in "s’'" and POSSESSIVE.search(last.text) is not None
            read_anew = kind == "unknown" and len(words) <= 3
            kind, roles, evidence = _roles_of_run(toks, a, b, words, titles, kind)
            if read_anew:
                kinds[key] = kind
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


def _roles_of_run(
    toks: list[Token], a: int, b: int, words: list[str], titles: list[str], kind: str
) -> tuple[str, list[str], float]:
    """The kind of a name run read anew when unknown, the roles said around it and how sure it names a person."""
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
    elif kind in ("organisation", "media") and not titles:
        roles = [noun] if (noun := introduced_kind(toks, a, b)) else []  # "the group Club for Growth"
    return kind, roles, evidence


def _names_no_one(toks: list[Token], a: int, b: int, kind: str, titles: list[str], words: list[str]) -> bool:
    """Is the run an office, a seat or a body's modifier, no one's name: "the Cabinet Secretary", "Labour MP" alone
    (an office); "one Senate seat" (a seat); "The Member of Parliament for Wenlock Vale, Mr Jo Reed," (an office
    and its seat, the holder after it)?"""
    return (
        (kind in ("person", "unknown", "organisation") and office(toks, a, titles, words))
        or body_modifier(toks, a, b, kind, titles)
        or bool(titles and _seat_before_holder(toks, b, [*titles, *words]))
    )


def _seat_before_holder(toks: list[Token], b: int, words: list[str]) -> bool:
    """Is the titled run ending at ``b`` an office and its seat or portfolio ("Member of Parliament for Wenlock Vale",
    "Minister of State for Trade"), its holder's name set off by commas right after it? The last words are the
    seat's, no one's name."""
    if b + 2 >= len(toks) or toks[b].text != "," or not toks[b + 1].is_capitalised or not office_of(words):
        return False
    k = next((k for k in range(b + 2, min(b + 7, len(toks))) if not toks[k].is_capitalised), len(toks))
    return k < len(toks) and toks[k].text == ","


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
