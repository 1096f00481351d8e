"""The subject of a sentence whose verb follows one apposition set off by commas ("Levine, who ..., said",
"the rival coach, Sam Ortiz, said", "A voter from Worcester, Mass., said"): the noun phrase before it, or
the apposition itself when it is the name.

In: the tokens of a sentence and the commas ``k`` and ``j`` around the apposition. Out: the subject's token
span ``[start, end)``, or None. Moved here from ``subjects.py``, which calls :func:`subject_of_apposition`.
"""

from __future__ import annotations

from quotelens.attribution.nounphrases import np_before, np_before_plain
from quotelens.attribution.openings import TITLES_AND_ROLES, describes, holds_no_name, is_name
from quotelens.attribution.tokens import is_cue_word, is_quote
from quotelens.attribution.verbs import is_participle
from quotelens.attribution.words import BEFORE_NOUNS, DETERMINERS, INTRO_ADVERBS, RELATIVES
from quotelens.lexicon import PLACE_NAMES, WORLD_PLACES
from quotelens.segment import Token

# (word sets united once here, not on every call)
ARTICLES_OR_ONE = frozenset(["a", "an", "the", "one"])
RELATIVES_OR_ARTICLES = frozenset(RELATIVES | {"a", "an", "the"})


def subject_of_apposition(tokens: list[Token], k: int, j: int) -> tuple[int, int] | None:
    """The subject of a sentence whose verb follows one apposition ``tokens[k + 1 : j]`` between
    commas: the noun phrase before it, or the apposition itself when it is the name."""
    # "A White House official, who requested anonymity, said": a relative clause may hold a verb.
    relative = tokens[k + 1].lower in RELATIVES_OR_ARTICLES  # "who ...", "a rabbi helping ..."
    # "The Obama administration, in an effort to ..., has said", "economists, like their rivals, say"
    relative = relative or tokens[k + 1].lower in {"in", "like", "unlike", "with", "along", "including"}
    # "Mr. Trump, asked about the deaths, had said", "Clinton, facing a tough race, said": a participle
    relative = relative or is_participle(tokens[k + 1])
    # ('Pham, who has criticized what she calls "A," said': a whole quotation inside a "who" clause)
    quoted = tokens[k + 1].lower in RELATIVES and sum(is_quote(t) for t in tokens[k + 1 : j + 2]) % 2 == 0
    for m in range(k + 1, j):
        # ("director of state campaigns": a cue form after a preposition or a determiner is a noun)
        nominal = tokens[m - 1].lower in BEFORE_NOUNS
        if (is_cue_word(tokens[m]) and not relative and not nominal) or (is_quote(tokens[m]) and not quoted):
            return None
        if tokens[m].text in {".", ";", ":"}:
            return None
    subject = np_before(tokens, k)
    if subject == (0, 1) and tokens[0].lower in INTRO_ADVERBS and tokens[k + 1].lower in ARTICLES_OR_ONE:
        return (k + 1, j)  # "Meanwhile, a spokesperson for the agency, said": no subject before the phrase
    before = tokens[subject[0] - 1] if subject is not None and subject[0] > 0 else None
    if before is not None and before.lower.endswith("ing") and is_participle(before):
        # "A pastor backing Ms. Ruiz, Dan White of Ames, said": Ruiz is backed; the apposition speaks
        inner = tokens[k + 1 : j]
        if len(inner) >= 2 and inner[0].is_capitalised and inner[1].is_capitalised:
            return (k + 1, j)
        return None
    subject = _city_and_state(tokens, subject)
    if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].lower in {"in", "at", "from", "near"}:
        # "Clinton, during a town hall in Columbus, Ohio, said": a place; the subject is before the phrase
        k2 = subject[0] - 1
        while k2 >= 0 and k - k2 <= 20 and tokens[k2].text != ",":
            k2 -= 1
        if tokens[k + 1].lower in RELATIVES and tokens[k2 + 1].lower in ARTICLES_OR_ONE and k2 + 1 < subject[0] - 1:
            return (k2 + 1, subject[1])  # "Meanwhile, a nurse at a hospital in Leeds, who ..., said": the phrase
        outer = np_before(tokens, k2) if k2 > 0 and tokens[k2].text == "," else None
        if outer == (0, 1) and tokens[0].lower in INTRO_ADVERBS:
            # "Meanwhile, the coach at Brentwood, Sam Ortiz, said": an opening adverb is no subject
            return (k + 1, j) if is_name(tokens, k + 1, j) else (k2 + 1, subject[1])
        if outer is None:
            # "A voter from Worcester, Mass., said": the phrase before the place names the speaker
            outer = np_before_plain(tokens, subject[0] - 1)
        if outer is not None and tokens[subject[0]].lower in DETERMINERS and _role_then_name(tokens, outer, k, j):
            return (k + 1, j)  # "Its leader in the Senate, Bruno Retailleau, said": the name is the subject
        return outer or subject
    named = is_name(tokens, k + 1, j)
    if subject is not None and (tokens[subject[1] - 1].is_capitalised or relative):
        if named and not relative and (holds_no_name(tokens, subject) or _seat_of_office(tokens, subject[0])):
            # "the two leading Republicans, Donald J. Trump and Senator Ted Cruz, have"; "a professor at the
            # University of Lagos, Akoka, Dr. Ade Bello, said"
            return (k + 1, j)
        return subject  # "Levine, who ..., said" / "A White House official, who ..., said"
    # "the rival coach, Sam Ortiz, said": the name is the apposition.
    # ("the candidates, Hillary Clinton and Senator Bernie Sanders, have promised")
    return (k + 1, j) if named else None


def _seat_of_office(tokens: list[Token], a: int) -> bool:
    """ "The Member of Parliament for *Wenlock Vale*, Jo Reed,": the phrase found is the seat of an office
    named as a role "of" a body ("Member of Parliament", "Member of the Assembly"), so the name after it holds
    the office. (A role right before "for" is :func:`field_of_title`'s.)"""
    if a < 4 or tokens[a - 1].lower != "for":
        return False
    m = a - 2
    while m > 0 and a - m <= 4 and (tokens[m].is_capitalised or tokens[m].lower == "the"):
        m -= 1
    return m < a - 2 and tokens[m].lower == "of" and m > 0 and tokens[m - 1].lower in TITLES_AND_ROLES


def _role_then_name(tokens: list[Token], outer: tuple[int, int], k: int, j: int) -> bool:
    """ "Its leader in the Senate, *Bruno Retailleau*,": a described role (its head a role noun or a title)
    before a place phrase (its object opened by a determiner: "a nurse in Leeds, West Yorkshire," names a
    region), then a name of two words or more, no place, set off by commas: the name is the one described."""
    if j - k < 3 or not is_name(tokens, k + 1, j) or not describes(tokens, *outer):
        return False
    if tokens[outer[1] - 1].lower not in TITLES_AND_ROLES:
        return False
    words = [t.lower for t in tokens[k + 1 : j]]
    return " ".join(words) not in WORLD_PLACES and not any(w in WORLD_PLACES for w in words)


def _city_and_state(tokens: list[Token], subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "in Chappaqua, *N.Y.*": the whole place when the phrase found is a state (an abbreviation or a place
    name) after a named place; else as found."""
    if subject is None or subject[1] - subject[0] != 1 or subject[0] < 3 or tokens[subject[0] - 1].text != ",":
        return subject
    state = tokens[subject[0]]
    abbreviated = state.text[0].isupper() and state.text.endswith(".") and len(state.text) <= 6
    if not abbreviated and state.lower not in PLACE_NAMES:
        return subject
    city = np_before_plain(tokens, subject[0] - 1)
    if city is None or city[0] < 1 or tokens[city[0] - 1].lower not in {"in", "at", "from", "near"}:
        return subject
    if not all(t.is_capitalised for t in tokens[city[0] : city[1]]):
        return subject
    return (city[0], subject[1])
