"""The kind the words about a name give it: a place after "in", an employer after "analysts at", an outlet told
things, a firm's name set off after "The firm," and a firm before one of its roles and a person's name.

In: the tokens of a sentence and where a capitalised run stands in them. Out: the run's kind ("person",
"organisation", "media", "place", "unknown"). Helpers of :mod:`quotelens.speakers.names`, split from
:mod:`quotelens.speakers.nameparts`.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.lexicon import NATIONALITIES, is_first_name
from quotelens.speakers.nameparts import AFTER_NAME, KIND_INTRODUCERS, OWNERS, introduced_kind

# People who work at a body: "analysts at Morgan Stanley", "employees at Wells Fargo" (no one works at a person)
STAFF_NOUNS = frozenset(
    "analysts analyst economists economist officials employees executives staff workers researchers engineers "
    "strategists traders bankers lawyers".split()
)


_PAPERS = frozenset("sun star mirror globe sentinel independent observer examiner inquirer".split())
_PLACE_PREPOSITIONS = frozenset("in at from near across outside inside throughout to toward".split())


def in_context(
    toks: list[Token],
    a: int,
    b: int,
    words: list[str],
    titles: list[str],
    kind: str,
    known: Iterable[tuple[str, ...]] = (),
) -> str:
    """The kind the words before a name give it: "in Geneva", "from Austin" a place and "a German conservative"
    a nationality, whatever first name they may be; "analysts at Morgan Stanley" an employer; and an outlet
    told things or reporting them ("Sources told Dawn", "Dawn reported"; ``known``: the names read before)."""
    if kind == "person" and len(words) == 1 and not titles and _outlet(toks, a, words[0], known):
        return "media"
    if titles or a == 0:
        return kind
    staff = a >= 2 and toks[a - 1].lower == "at" and toks[a - 2].lower in STAFF_NOUNS
    if staff and ((kind == "person" and len(words) >= 2) or kind == "unknown"):
        return "organisation"  # ("analysts at Jefferies": an unknown one-word name too, no place)
    if kind in ("person", "unknown") and len(words) >= 2 and (noun := _apposed_kind(toks, a)):
        return KIND_INTRODUCERS[noun]  # "The firm, Van Oordt Achebe-Ross, has": the firm's name, no one's
    if kind in ("person", "unknown") and len(words) >= 2 and _kind_before(toks, a, b, words):
        return KIND_INTRODUCERS[toks[a - 1].lower]  # "the homeless charity Open Door Ireland": the charity's name
    if kind in ("person", "unknown") and not is_first_name(words[0]) and _work_title(toks, a, b):
        return "document"  # "That book, The Salt Year, comes out": a book's title, no one's name
    if len(words) == 1 and a >= 2 and toks[a - 1].text == "The" and words[0].lower() in _PAPERS:
        return "media"  # ", The Sun can reveal": a capitalised "The" inside a sentence opens a paper's name
    if len(words) == 1 and toks[a - 1].lower in _PLACE_PREPOSITIONS:
        return "place"
    if len(words) == 1 and nationality_word(toks, a, words[0]):
        return "unknown"
    return kind


# Kind nouns only a body is (not "group", "union" or "label": a band, a marriage, a singer's record company)
_BODY_NOUNS = frozenset(
    "company firm corporation conglomerate retailer manufacturer bank nonprofit charity foundation agency "
    "association institute airline insurer startup newspaper magazine broadcaster".split()
)


def _kind_before(toks: list[Token], a: int, b: int, words: list[str]) -> bool:
    """Is the name of two or more words at ``a:b``, no first name opening it, introduced by a singular kind noun
    only a body is ("the homeless charity Open Door Ireland said", "the insurer Castle Mutual")?"""
    if toks[a - 1].lower not in _BODY_NOUNS or is_first_name(words[0]):
        return False
    return introduced_kind(toks, a, b) != ""


# Works with a title of their own ("the novel Salt Hay", "That book, The Salt Year,"): not "play" or "show",
# verbs and a broadcast's name too
_WORKS = frozenset("book novel memoir film movie album song documentary poem biography essay opera musical".split())
_WORK_OWNERS = OWNERS | {"that", "this", "a", "an"}


def _work_title(toks: list[Token], a: int, b: int) -> bool:
    """Is the name at ``a:b`` (after a capitalised "The" of its own, if one) a work's title: set off by commas
    after a work's noun ("That book, The Salt Year,"), or right after it ("her new novel Salt Hay is"), a
    determiner before the noun or one word before it; no verb but one of saying after the name ("the book Lee
    wrote": a person)?"""
    lead = a - 1 if a >= 1 and toks[a - 1].text == "The" else a
    if lead < 2:
        return False
    if toks[lead - 1].text == ",":
        apart = b < len(toks) and toks[b].text == ","
        return apart and lead >= 3 and toks[lead - 2].text in _WORKS and _owned_work(toks, lead - 3)
    if toks[lead - 1].text not in _WORKS or not _owned_work(toks, lead - 2):
        return False
    nxt = toks[b] if b < len(toks) else None
    verb = nxt is not None and nxt.is_word and not nxt.is_capitalised and nxt.lower not in AFTER_NAME
    return not (verb and nxt is not None and nxt.lower not in CUE_FORMS)


def _owned_work(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a determiner before a work's noun, or a lower-case word after one ("her *new* novel")?"""
    if toks[k].lower in _WORK_OWNERS:
        return True
    return k >= 1 and toks[k - 1].lower in _WORK_OWNERS and toks[k].is_word and not toks[k].is_capitalised


def _apposed_kind(toks: list[Token], a: int) -> str:
    """The singular kind noun of an organisation a name at ``a`` is set off after ("The firm, X,", "Her label, X,"),
    or "": a determiner or a possessive, the lower-case noun and a comma before it, a comma after it."""
    if a < 3 or toks[a - 1].text != "," or toks[a - 2].lower not in KIND_INTRODUCERS or toks[a - 2].is_capitalised:
        return ""
    if toks[a - 3].lower not in OWNERS or toks[a - 2].lower.endswith("s") or _closes_opening_clause(toks, a - 3):
        return ""
    k = a
    while k < len(toks) and k - a < 6 and toks[k].is_capitalised:
        k += 1
    return toks[a - 2].lower if k < len(toks) and toks[k].text == "," else ""


# What opens a clause before a sentence's subject: "Asked about the firm, Maria Lopez ...", "When the firm, ..."
_CLAUSE_OPENERS = frozenset("when after before while although though since once because until unless if".split())


def _closes_opening_clause(toks: list[Token], d: int) -> bool:
    """Does the noun phrase whose determiner is at ``d`` close the clause the sentence opens with ("Asked about
    the firm,", "When she left the company,")? Then the name after its comma is the main clause's subject."""
    if d == 0 or any(t.text in ",;:" for t in toks[:d]):
        return False
    first = next((t.lower for t in toks[:d] if t.is_word), "")
    return first in _CLAUSE_OPENERS or (len(first) > 4 and first.endswith(("ed", "ing")))


def _outlet(toks: list[Token], a: int, word: str, known: Iterable[tuple[str, ...]]) -> bool:
    """Is the one first name at ``a`` an outlet's: told things ("Sources told Dawn the ...") or reporting them
    ("Dawn reported"), and no one's first name before a surname read before (not "Dawn Reyes ... told Dawn")?"""
    told = a > 0 and toks[a - 1].lower == "told" and a + 1 < len(toks) and toks[a + 1].is_word
    reporting = a + 1 < len(toks) and toks[a + 1].lower in _REPORTING
    return (told or reporting) and not any(len(name) >= 2 and name[0] == word for name in known)


_REPORTING = frozenset(["reported", "reports", "reporting"])
# Roles held at a firm, a broadcaster or a bank, written after its name and before a person's ("Morgan Stanley
# analyst Erik Lindqvist", "Match of the Day pundit Alan Shearer"); not a person's staff ("Hillary Clinton aide")
AFFILIATED_ROLES = frozenset(
    "analyst analysts economist strategist pundit commentator researcher trader banker correspondent columnist "
    "presenter executive".split()
)


def affiliation(toks: list[Token], b: int, kind: str) -> str:
    """The kind the words after a name give it: a firm's or a broadcaster's name before one of its roles and a
    person's name ("Morgan Stanley analyst Erik Lindqvist") is an organisation, whatever first name opens it."""
    if kind != "person" or b + 1 >= len(toks) or toks[b].lower not in AFFILIATED_ROLES or toks[b].is_capitalised:
        return kind
    return "organisation" if toks[b + 1].is_capitalised and is_first_name(toks[b + 1].text) else kind


def nationality_word(toks: list[Token], a: int, word: str) -> bool:
    """Is the word at ``a`` a nationality after an article ("a German conservative", "the French")?"""
    return a > 0 and toks[a - 1].lower in ("a", "an", "the") and word.lower() in NATIONALITIES
