"""What a source phrase is: a pronoun, a name, a description of a person, organisation, group or
document, or an anonymous source.

In: the words of a source span. Out: a :class:`Phrase` — its class (``pronoun``, ``relative``,
``first``, ``name``, ``person``, ``org``, ``document``, ``group``, ``anonymous``), its head noun and
modifiers, and the sex a role noun implies ("the actress").

How:
    The head of an English noun phrase is its last word before a post-modifier ("the governor
    *of* Indiana", "a spokesman *for* the campaign"). A definite head that is a role noun describes a
    person; a kind of organisation ("the network", "the campaign") an organisation; a document noun
    ("the poll", "the emails") a document; "both", "the two" or a plural role a group. An indefinite
    or counted phrase ("a source", "some Republicans", "one New Hampshire Democrat") names nobody,
    unless it is an organisation's unnamed spokesperson ("a spokesman for the Clinton campaign"),
    who is that organisation.

The labels the tables give an unnamed source or a document (``anonymous_label``, ``document_label``) live in
:mod:`quotelens.speakers.labels`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotelens.speakers.apposition import role_word
from quotelens.speakers.lexicon import (
    AGE_ROLE,
    ANONYMOUS,
    DEFINITE,
    DOCUMENT_NOUNS,
    GROUP_WORDS,
    INDEFINITE,
    NATIONAL_NOUNS,
    NATIONALITIES,
    ORG_KIND_NOUNS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_SEX,
    SPELLED_TITLES,
    TITLES,
    common_words,
    is_first_name,
)
from quotelens.speakers.names import bare

_POST_MODIFIERS = frozenset("of for at from with in on who whom that which to by like including".split())
# Adjectives that open a post-modifier with their preposition ("a person *familiar with* the talks", "people
# *close to* the prince", "officials *briefed on* the plan"): the head is the noun before them.
_ADJECTIVE_POST = {"familiar": "with", "close": "to", "knowledgeable": "about", "briefed": "on", "privy": "to"}
# Participles that open a post-modifier after a noun ("a poll *released* Sunday", "an ad *paid* for by")
PARTICIPLES = frozenset(
    """released conducted published provided commissioned sponsored paid produced issued posted
    sent obtained reviewed taken written filed aired run""".split()
)
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_NUMBER = re.compile(r"^(?:\d[\d,.]*%?|half|two-thirds|one-third|three-quarters|one-quarter|most|majority)$")
_MARKS = frozenset([",", "(", "—", "–"])
# Who heads a body, after its kind: "the agency head", "the party boss" (a person, not the agency)
HEADS_OF = frozenset(["head", "boss"])
# A person's noun by its ending, when no list holds it: "a former Acme scheduler", "an Acme welder"
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant")
KNOWN_NOUNS = DOCUMENT_NOUNS | ROLE_NOUNS | frozenset(ORG_KIND_NOUNS) | ANONYMOUS | HEADS_OF
PRONOUN_CLASS = {
    **dict.fromkeys(["he", "him", "his", "himself"], "he"),
    **dict.fromkeys(["she", "her", "hers", "herself"], "she"),
    **dict.fromkeys(["they", "them", "their", "themselves", "they all"], "they"),
    **dict.fromkeys(["both", "each", "they both", "they each", "both of them", "each of them"], "they"),  # a group
    **dict.fromkeys(["it", "its", "itself"], "it"),
    **dict.fromkeys(["who", "which", "that", "whom", "whose"], "who"),
    **dict.fromkeys(["i", "me", "my", "myself"], "i"),
    **dict.fromkeys(["we", "us", "our", "ourselves"], "we"),
    **dict.fromkeys(["you", "your"], "you"),
}
_QUANTITIES = frozenset(
    "slew number lot lots handful dozen dozens hundreds scores host couple series average aggregate".split()
)
_GROUP_DETS = frozenset(["the", "these", "those"])
_COUNTS = frozenset(["two", "three", "four", "five"])
_ELECTORATE = frozenset(["voter", "resident", "worker", "taxpayer", "consumer", "citizen"])
_LEADING = frozenset("including and but so then also even".split())
_TRAILING = frozenset(
    """has have had hasn’t hasn't haven’t haven't hadn’t is was are were isn’t wasn’t will would could should
    can may might must does did do doesn’t didn’t only also yet recently long still already just even now
    then again too himself herself themselves itself""".split()
)
_NOT_ADVERBS = frozenset(["family", "ally", "rally", "italy", "assembly", "july", "supply", "daily", "weekly"])
_VAGUE = frozenset("one another each both all some others other someone everyone anyone nobody".split())
_PLAIN_WORDS = INDEFINITE | DEFINITE | ANONYMOUS | _VAGUE
DETERMINING = INDEFINITE | DEFINITE | _VAGUE
_MAN_WOMAN = (("man", "m"), ("woman", "f"))
# One person named by a nation ("the Dutchman said", "the 34-year-old Brazilian"): a description, no name
# (not "the Chinese", "the Dutch": those are peoples).
_NATIONAL_SEX = {
    f"{n}{word}": sex for n in "dutch french english irish welsh scots".split() for word, sex in _MAN_WOMAN
}
NATIONALS = (
    frozenset(n for n in NATIONALITIES if n.endswith(("an", "i")) and "." not in n)
    | frozenset(_NATIONAL_SEX)
    | NATIONAL_NOUNS
)
# Words that make a body noun after "the" a person who held a post there ("the former regulator")
_PAST_HOLDER = frozenset(["former", "retired", "ex", "onetime", "one-time"])
SPOKESPEOPLE = frozenset(
    "spokesman spokeswoman spokesperson spokespeople representative representatives official officials "
    "aide aides adviser advisers advisor advisors staff staffer staffers".split()
)


class Phrase(NamedTuple):
    cls: str
    words: tuple[str, ...]
    head: str = ""
    modifiers: tuple[str, ...] = ()
    sex: str | None = None
    pronoun: str = ""  # he, she, they, it, who, i, we, you for pronouns
    post: str = ""  # what follows the head ("for the Clinton campaign")


def words_of(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _head(words: list[str]) -> tuple[int, int]:
    """(index of the head word, index where the post-modifier starts).

    The head is the last word before a post-modifier, or an earlier known noun when participles
    or adverbs follow it ("a newly uncovered email previously kept secret")."""

    def cuts(i: int) -> bool:
        if words[i] in _MARKS:
            return True
        inner = i + 1 < len(words) and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
        participle = words[i].lower() in PARTICIPLES or (words[i].endswith("ing") and _object_after(words, i))
        if participle and bare(words[i - 1]) in KNOWN_NOUNS:  # "a judge *handling* a lawsuit"
            return True
        if i + 1 < len(words) and _ADJECTIVE_POST.get(words[i].lower()) == words[i + 1].lower():
            return True
        return words[i].lower() in _POST_MODIFIERS and not inner  # "Secretary of State Rex Tillerson" is whole

    end = next((i for i in range(1, len(words)) if cuts(i)), len(words))
    h = end - 1
    last = bare(words[h])
    if (
        last not in KNOWN_NOUNS
        and singular(last) not in ROLE_NOUNS
        and not plural_kind(last)
        and not words[h][:1].isupper()
    ):
        known = [i for i in range(h) if bare(words[i]) in KNOWN_NOUNS and not words[i][:1].isupper()]
        known = [i for i in known if i or words[i].lower() not in _VAGUE]  # "one resident": head "resident"
        if known:
            return known[-1], end
    return h, end


def _object_after(words: list[str], i: int) -> bool:
    """An -ing word with an object after it: "handling *a* lawsuit", "backing *Sanders*" (not "planning director")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return len(words[i]) > 5 and (after[:1].isupper() or after.lower() in DEFINITE or after.lower() in ("a", "an"))


def _opening_word(word: str) -> str:
    """A capitalised first word that is no name ("Billionaires", "Yet", "Two-thirds") is read in lower case."""
    low = word.lower()
    plain = low in common_words() or low in _PLAIN_WORDS or _NUMBER.match(low)
    if word[:1].isupper() and not is_first_name(word) and bare(word) not in TITLES and plain:
        return low
    return word


def trimmed(words: list[str]) -> list[str]:
    """The phrase without a verb, adverb or conjunction the source span ran into ("Congress only",
    "Rand Paul have all", "including handwritten ledgers")."""
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    for i in range(1, len(words)):
        w = words[i].lower()
        adverb = w.endswith("ly") and w not in _NOT_ADVERBS and words[i - 1][:1].isupper()
        modifier = words[i - 1].lower() in DEFINITE  # "the recently released memo": no verb after "the"
        if (w in _TRAILING and not modifier and not _surname(words, i)) or adverb:
            return words[:i]
    return words


# What ends a pronoun's phrase: a preposition or an infinitive's "to" ("led her to declare", "who in two
# earlier opinions", "reminds me of"); never a noun, so "her advisers" stays a description
_AFTER_A_PRONOUN = frozenset("to of in on at for with from about as into by over".split())


def _pronoun_led(low: list[str]) -> str | None:
    """The pronoun a source span opens with when the span ran on past it into a preposition, an infinitive
    or a clause ("her to", "who in two earlier opinions"), or the "me" of "Let me"; else None."""
    if len(low) >= 2 and low[0] == "let" and low[1] == "me":
        return "me"
    if len(low) >= 2 and low[0] in PRONOUN_CLASS and low[0] not in ("that", "which", "both", "each"):
        return low[0] if low[1] in _AFTER_A_PRONOUN else None
    return None


def _surname(words: list[str], i: int) -> bool:
    """A capitalised "May" or "Will" closing a name ("Theresa May", "George Will"): the source span
    keeps it only when no verb form follows (:func:`quotelens.attribution.nounphrases` reads that)."""
    return i == len(words) - 1 and words[i][:1].isupper() and words[i - 1][:1].isupper() and words[i] in ("May", "Will")


def _quotes_stripped(phrase: str) -> list[str]:
    return trimmed([w for w in words_of(phrase) if w not in {"“", "”", '"', "''", "‘", "’"}])


def _as_pronoun(phrase: str, words: list[str] | None) -> Phrase | None:
    """A pronoun source ("He", "her to", "Let me"), else None; ``words``: the phrase's (None for one word). A
    word in capitals is an abbreviation, never a pronoun ("US demands", "WHO said", "IT staff"), except "I"."""
    if len(phrase) > 1 and phrase.isupper():
        return None
    words = [phrase] if words is None else words  # "He" (most sources)
    low = [w.lower() for w in words]
    text = _pronoun_led(low) or " ".join(low)
    if (pronoun := PRONOUN_CLASS.get(text)) is None:
        return None
    return Phrase(
        "relative" if pronoun == "who" else "first" if pronoun == "i" else "pronoun", tuple(words), pronoun=pronoun
    )


def classify(phrase: str, opens_sentence: bool = True) -> Phrase:
    """The class of a source phrase (see the module docstring)."""
    words = None if phrase.isalpha() else _quotes_stripped(phrase)  # (split once: read by both)
    if (pronoun := _as_pronoun(phrase, words)) is not None:
        return pronoun
    words = _quotes_stripped(phrase) if words is None else words
    low = [w.lower() for w in words]
    if not words:
        return Phrase("anonymous", ())
    if opens_sentence:
        words[0] = _opening_word(words[0])
    h, post_at = _head(words)
    head = bare(words[h])
    det = "a" if _NUMBER.match(low[0]) else low[0]
    post = " ".join(words[post_at:])
    if head in _QUANTITIES and post.lower().startswith("of ") and len(post.split()) > 1:
        inner = classify(post[3:], opens_sentence=False)  # "a slew of RNC leaders": some of the RNC's leaders
        cls = inner.cls if inner.cls in ("anonymous", "org", "document", "spokesperson") else "anonymous"
        return Phrase(cls, tuple(words), head=inner.head, modifiers=inner.modifiers, post=inner.post)
    if head == "pair" and post.lower().startswith("of ") and bare(words[-1]) in DOCUMENT_NOUNS:
        inner = classify(post[3:], opens_sentence=False)  # "The pair of editorials": documents, no pair of people
        return Phrase("document", tuple(words), head=inner.head, modifiers=inner.modifiers, post=inner.post)
    generic_org = head in ORG_WORDS and det in INDEFINITE and head not in ANONYMOUS  # "an anti-Trump super PAC"
    if det in DEFINITE and head in NATIONALS and h == len(words) - 1:
        return _national(words, head)
    if words[h][:1].isupper() and (head not in ROLE_NOUNS or _kind_of_name(words, h)) and not generic_org:
        return Phrase("name", tuple(words), head=head, post=post)
    if len(words) == 1 and (head in ROLE_NOUNS or head in TITLES) and words[0][:1].isupper():
        return Phrase("person", tuple(words), head=role_word(head), sex=ROLE_SEX.get(head))  # "Justice said"
    start = 1 if det in DETERMINING else 0
    mods = tuple(role_word(w) if w[:1].isupper() else w.lower() for w in words[start:h])
    make = lambda cls, sex=None: Phrase(cls, tuple(words), head=head, modifiers=mods, sex=sex, post=post)  # noqa: E731
    if len(words) == 1 and low[0] in _VAGUE:
        return make("anonymous")
    counted = det == "all" and len(low) > 2 and low[1] in _COUNTS  # "All three candidates": a group
    if det in INDEFINITE or (det in _VAGUE and det != "both" and not counted):
        if generic_org:
            return make("org")
        if head in SPOKESPEOPLE and post:
            return make("spokesperson")
        return make("document" if head in DOCUMENT_NOUNS else "anonymous")
    newspaper = head == "paper" and det in DEFINITE and not any(m.isdigit() for m in mods)  # not "the 2009 paper"
    if head in DOCUMENT_NOUNS and not newspaper:  # "the paper": a newspaper
        return make("document")
    if head in ("media", "press") and det not in DEFINITE:
        return make("media")  # "Russian media", "the Western press" are a collective source
    if _names_a_group(det, head, low):
        return make("group")  # "the two voters", "The friends", "the groups"
    if head in ORG_KIND_NOUNS:  # "the former regulator": a person who held a post at a body
        return make("person") if _PAST_HOLDER & set(mods) and det in DEFINITE else make("org")
    if head in SPOKESPEOPLE and post:
        return make("spokesperson")
    if (head in ROLE_NOUNS or head in HEADS_OF or AGE_ROLE.match(head)) and det in DEFINITE:  # ("the 29-year-old")
        return make("person", ROLE_SEX.get(head))._replace(head=SPELLED_TITLES.get(head, head))  # ("the CS")
    return make("anonymous")


def _kind_of_name(words: list[str], h: int) -> bool:
    """ "the Department of Justice", "the Court of Appeal": a capitalised role word after "of" and a capitalised
    kind of body is the end of the body's name, no person's role (not "the Secretary of State")."""
    return h >= 2 and words[h - 1] == "of" and words[h - 2][:1].isupper() and words[h - 2].lower() in ORG_KIND_NOUNS


def _national(words: list[str], head: str) -> Phrase:
    """ "the Dutchman", "the 34-year-old Brazilian": one person described by a nation."""
    mods = tuple(w.lower() for w in words[1:-1])
    return Phrase("person", tuple(words), head=head, modifiers=mods, sex=_NATIONAL_SEX.get(head))


def _names_a_group(det: str, head: str, low: list[str]) -> bool:
    """ "the two voters", "The friends", "the groups", "all three candidates": people named before, together.
    Not "these voters"/"those voters" (a demonstrative, a kind of people and no count: the voters just
    described, nobody named)."""
    people = (
        head in GROUP_WORDS
        or (singular(head) != head and (singular(head) in ROLE_NOUNS or singular(head) in PEOPLE_NOUNS))
        or bool({"two", "pair", "three"} & set(low[1:]))  # "the two", "the two voters"
    )
    if det in ("these", "those") and singular(head) in _ELECTORATE and not _COUNTS & set(low[1:]):
        return False
    return (det in ("both", "all") and people) or (det in _GROUP_DETS and (people or plural_kind(head)))


def singular(noun: str) -> str:
    """ "senators" -> "senator", "chairmen" -> "chairman", "congresswomen" -> "congresswoman"; else the word."""
    if noun.endswith("men") and len(noun) > 4:
        return noun[:-3] + "man"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def plural_kind(head: str) -> bool:
    """ "groups", "organizations", "companies": organisations of a kind, in the plural."""
    if not head.endswith("s"):
        return False
    return head[:-1] in ORG_KIND_NOUNS or (head.endswith("ies") and head[:-3] + "y" in ORG_KIND_NOUNS)


@lru_cache(maxsize=2048)
def head_word(phrase: str) -> str:
    """The last word before a source phrase's post-modifier, lower-cased: "engineer" of "One engineer on the
    team", "person" of "a person familiar with the talks" (read again for each report: kept)."""
    p = classify(phrase)
    pre = p.words[: len(p.words) - len(p.post.split())] if p.post else p.words
    return pre[-1].lower() if pre else ""


def repeated_unnamed(phrase: str, s: int, spoken: dict[int, list[int]], names: dict[int, str]) -> int | None:
    """The unnamed source (of ``names``, by entity; it spoke before ``s``, by ``spoken``) a long definite
    description repeats word for word after its indefinite first mention: "the source close to the couple"
    after "a source close to the couple" (or "another source ..."; the last of them that spoke)."""
    words = phrase.lower().split()
    if len(words) < 4 or words[0] != "the":
        return None
    labels = {f"{det} {' '.join(words[1:])}" for det in ("a", "an", "one", "another")}
    last = [(spoken[ent][-1], ent) for ent, name in names.items() if spoken[ent][0] < s and name.lower() in labels]
    return max(last)[1] if last else None
