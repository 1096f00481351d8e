"""The labels the tables give a speaker named by no name: an unnamed source ("a senior official"; a bare
pronoun, "“they” (unnamed)"; "Halvorsen family" for "the Halvorsen family") and a document without the
participle phrase after its noun ("an internal memo circulated to staff" -> "an internal memo").

In: the words of a source phrase (and a document's head noun). Out: its label, one per wording. Moved here from
``descriptions.py``, which classifies the phrases.
"""

from __future__ import annotations

from quotelens.speakers.descriptions import DETERMINING, PRONOUN_CLASS
from quotelens.speakers.lexicon import ANONYMOUS, DOCUMENT_NOUNS, NATIONALITIES, ORG_KIND_NOUNS, PLACES, common_words


def anonymous_label(phrase: str) -> str:
    """'A senior official' -> 'a senior official' (one label per wording); a bare pronoun says it names
    nobody ('they' -> '“they” (unnamed)'), so that no speaker of the tables is called 'they'; a body named for
    a name loses its 'the', as named organisations do ('the Halvorsen family' -> 'Halvorsen family')."""
    if phrase.lower() in PRONOUN_CLASS:
        return f"“{phrase.lower()}” (unnamed)"
    words = phrase.split()
    if len(words) >= 3 and words[0].lower() == "the" and _named_body(words):
        return " ".join(words[1:])  # a body named for its name: "the Halvorsen family" is "Halvorsen family"
    plain = words and words[0].lower() in ANONYMOUS and words[0].lower() not in _POLITICAL  # "Sources close to X"
    if words and (words[0].lower() in DETERMINING or plain or _plain_document(words)):
        words[0] = words[0].lower()
    return " ".join(words)


_NAMED_BODIES = frozenset(ORG_KIND_NOUNS) | {"family"}


def _named_body(words: list[str]) -> bool:
    """ "the Halvorsen family", "the Carver High School athletic department": a name, then a body's kind noun
    (not a nation's or a place's: "the Israeli military", "the U.S. military" keep their "the")."""
    name = words[1].lower()
    return words[1][:1].isupper() and words[-1] in _NAMED_BODIES and name not in NATIONALITIES and name not in PLACES


def _plain_document(words: list[str]) -> bool:
    """Documents named by a common word and their noun, capitalised only to open the sentence: "Internal
    emails", "Court records" (not "Pentagon documents", "Israeli records"; a bare "Polls" keeps it)."""
    first = words[0]
    low = first.lower()
    if len(words) < 2 or words[1] not in DOCUMENT_NOUNS or first == low or first.isupper() or low in NATIONALITIES:
        return False
    return low not in _POLITICAL and (low in common_words() or low in ORG_KIND_NOUNS)


_POLITICAL = frozenset("americans republicans democrats conservatives liberals progressives independents".split()) | (
    DOCUMENT_NOUNS  # ("Polls", a document's label, keeps it)
)


_IRREGULAR_PARTICIPLES = frozenset(
    "seen sent written set made given shown drawn taken held put known done read".split()
)


_READ_BY = frozenset("reviewed obtained seen viewed read".split())  # (who read it: not whose it is)


def document_label(phrase: str, head: str) -> str:
    """A document's label without the participle phrase after its noun: "an internal memo circulated to
    staff" -> "an internal memo", "a facilities study commissioned by the district" -> "a facilities study"
    (one that names someone stays: "records compiled by the Center for Responsive Politics")."""
    words = phrase.split()
    for k, word in enumerate(words[:-1]):
        if word.lower() == head:
            after, rest = words[k + 1].lower(), words[k + 2 :]
            named = any(w[:1].isupper() for w in rest) and after not in _READ_BY  # (compiled by X: whose)
            participle = after.endswith("ed") or after in _IRREGULAR_PARTICIPLES
            return " ".join(words[: k + 1]) if participle and not named else phrase
    return phrase
