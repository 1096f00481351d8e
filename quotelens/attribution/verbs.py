"""Verb tests on tokens: past and finite forms, passives, participles, verbs outside the lexicon."""

from __future__ import annotations

from quotelens.attribution.tokens import contracted_be, in_relative_clause, is_cue_word, is_quote
from quotelens.attribution.words import (
    BE_BEFORE_PROGRESSIVE,
    BE_FORMS,
    BOUNDARY_WORDS,
    DAYS,
    DETERMINERS,
    FILLERS_NOT_BE,
    FINITE,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    IRREGULAR_UNLISTED,
    MANNER_ADVERBS,
    NEGATED_AUX,
    NOT_LISTENER_NOUNS,
    OBJECT_PRONOUNS,
    PERIODS,
    QUOTE_TOKENS,
)
from quotelens.endings import ENDS_ED, ENDS_ING, ENDS_LY, ENDS_S, ENDS_SINGULAR_S, ENDS_SS
from quotelens.lexicon import (
    AMBIGUOUS_FORMS,
    CUE_FORMS,
    CUE_LEMMAS,
    DERIVED_CUE_RATES,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBJECT_VERB_FILLERS,
)
from quotelens.linear import Memo
from quotelens.segment import Token


def looks_past(word: str) -> bool:
    """A past form: "said", "argued" ("claims" may be a noun after "many")."""
    return ENDS_ED[word] or word in IRREGULAR_PAST


# Past forms of speech verbs: never the first word of a subject ("state law" and "reports" may be).
SPEECH_VERB_FORMS = frozenset(
    f for f, lemma in CUE_FORMS.items() if lemma in SPEECH_LEMMAS and f.islower() and looks_past(f)
)


def predicate_after_aside(tok: Token) -> bool:
    """A lower-case finite verb after an aside's closing comma: the predicate its subject waited for
    ("the bill, which passed last month, *would* ...", "the plan, announced last week, *was* ...")."""
    return not tok.is_capitalised and (tok.lower in FINITE or tok.lower in NEGATED_AUX or looks_past(tok.lower))


def object_relative_cue(toks: list[Token], i: int, k: int) -> bool:
    """Is the cue at ``i`` the verb of a relative clause whose pronoun is its object, closed by the comma
    before ``k`` where the main clause's verb stands ("The letter, which Reuters has seen, *says* C", "the
    memo, which she wrote, *shows*")? The cue has no content of its own: its object is the noun before."""
    if k < 1 or k >= len(toks) or toks[k - 1].text != "," or not in_relative_clause(toks, i):
        return False
    nxt = toks[k]
    return predicate_after_aside(nxt) or (not nxt.is_capitalised and ENDS_S[nxt.lower] and nxt.lower in CUE_FORMS)


def looks_finite(word: str) -> bool:
    """A lower-case word that reads as a finite verb: "rejected", "says", "told"."""
    return ENDS_ED[word] or ENDS_S[word] or word in IRREGULAR_PAST


def weak_cue_without_complement(toks: list[Token], v: int) -> bool:
    """A cue form that is seldom a cue (outside the lexicon's verbs, a cue in under half its uses in
    train) with no speech complement (a "that", a colon, a quotation) in the next three words: "followed
    Boyd outside and fired at least five shots" is the subject's next act, not a second report ("fired
    back: “...”", "suspected immediately that" and "calls her “...”" are). A verb only of evidence ("find",
    "show") speaks only with a "that" or a colon: "had visited it and found it “empty”" is the visit's end."""
    low = toks[v].lower
    lemma = CUE_FORMS.get(low)
    evidence = lemma in CUE_LEMMAS and lemma not in SPEECH_LEMMAS
    if (lemma in CUE_LEMMAS and not evidence) or DERIVED_CUE_RATES.get(low, 1.0) >= 0.5:
        return False
    for t in toks[v + 1 : v + 4]:  # (past a particle, an adverb or an object: "calls her “...”")
        if t.lower == "that" or t.text == ":" or (is_quote(t) and not evidence):
            return False
        if not t.is_word:
            break
    return True


def plural_noun_before_verb(toks: list[Token], i: int) -> bool:
    """ "Goldman economists led by", "Citi analysts wrote", "German two-year notes, among ..., slid": an
    -s form with a past form or an auxiliary right after it (or an aside between commas) is a plural
    noun, not a verb, after a lower-case hyphened modifier ("two-year"), or, when it is no listed cue
    form ("which Carson says led him" is one), after a capitalised word."""
    low = toks[i].lower
    if i == 0 or not ENDS_S[low] or ENDS_SINGULAR_S[low] or not toks[i - 1].is_word:
        return False
    prev = toks[i - 1]
    if prev.is_capitalised:
        if low in CUE_FORMS:
            return False
    elif "-" not in prev.text or prev.text[:1].isdigit():
        return False
    j = i + 1
    if j < len(toks) and toks[j].text == ",":  # "notes, among the most sensitive to rates, slid"
        return True
    if j >= len(toks) or not toks[j].is_word or toks[j].is_capitalised:
        return False
    return toks[j].lower in FINITE or looks_past(toks[j].lower)


# (the base cue forms that also name a person by occupation: "patient advocate Jo Reed said"; "say", "claim",
# "allege" after a noun are that noun's verb: "Police allege Al Dunn threatened", "hospital staff say ...")
_OCCUPATION_FORMS = frozenset({"advocate"})


def occupation_before_name(toks: list[Token], i: int) -> bool:
    """ "patient advocate Mia Crane argued": an occupation noun spelt like a base cue form, after a lower-case
    modifier, with a name of two or three capitalised words and an inflected cue form right after it, is the
    person's occupation, not a verb. Any other base form keeps its verb reading, whatever precedes it ("Staff
    say Ned Park warned", "critics say Tom Reed lied")."""
    low = toks[i].lower
    if i == 0 or low not in _OCCUPATION_FORMS or toks[i].is_capitalised:
        return False
    prev = toks[i - 1]
    if not prev.is_word or (prev.is_capitalised and i > 1) or prev.lower in DETERMINERS:
        return False
    k = i + 1
    while k < len(toks) and k - i <= 3 and toks[k].is_word and toks[k].is_capitalised:
        k += 1
    if not 3 <= k - i <= 4 or k >= len(toks) or toks[k].is_capitalised:
        return False
    return CUE_FORMS.get(toks[k].lower, toks[k].lower) != toks[k].lower


def could_be_unlisted_verb(tok: Token) -> bool:
    """Shape test for a verb outside the lexicon: a lower-case past or present form, no auxiliary."""
    low = tok.lower
    return (VERB_SHAPED[low] and not tok.is_capitalised) or low in IRREGULAR_UNLISTED


def _verb_shaped(low: str) -> bool:
    """Could the lower-cased word be a past or present form outside the lexicon by its letters alone (-ed or -s,
    four letters or more, no auxiliary)?"""
    return low.endswith(("ed", "s")) and len(low) >= 4 and low.isalpha() and low not in FINITE


# (by word form, read once: the shape test runs on most tokens of every sentence, and a str.endswith call,
# its arguments parsed anew each time, costs several times a dict look-up)
VERB_SHAPED: Memo[str, bool] = Memo(_verb_shaped)


def is_passive(tokens: list[Token], i: int) -> bool:
    """ "was asked", "is considered", "are said to": a form of "be" before a past participle cue."""
    low = tokens[i].lower
    if not (ENDS_ED[low] or low in IRREGULAR_PARTICIPLES) or low == "quoted":
        return False
    j = i - 1
    while j >= 0 and tokens[j].lower in SUBJECT_VERB_FILLERS and tokens[j].lower not in BE_FORMS:
        j -= 1
    return j >= 0 and tokens[j].lower in BE_FORMS


def passive_after_first(tokens: list[Token], i: int) -> bool:
    """ "was first reported", "had been previously reported": be, an adverb of time, a participle."""
    return (
        i >= 2
        and tokens[i - 1].lower in {"first", "initially", "previously", "widely", "originally", "also"}
        and tokens[i - 2].lower in BE_FORMS
        and (ENDS_ED[tokens[i].lower] or tokens[i].lower in IRREGULAR_PARTICIPLES)
    )


def skip_forward_fillers(tokens: list[Token], j: int, limit: int) -> int:
    """The first token from ``j`` that is no adverb, auxiliary or comma ("is now labeling" -> "labeling")."""
    while j < limit:
        if tokens[j].text == ",":  # ", for his part,": an aside
            k = j + 1
            while k < limit and tokens[k].text != ",":
                k += 1
            j = k + 1
        elif tokens[j].lower in SUBJECT_VERB_FILLERS or tokens[j].lower in FINITE:
            j += 1
        else:
            break
    return j


def after_progressive_aux(toks: list[Token], i: int) -> bool:
    """ "is saying", "are gently urging", "is already claiming": a form of "be" before the -ing cue."""
    j = i - 1
    while j > 0 and (toks[j].lower in FILLERS_NOT_BE or is_adverb(toks[j])):
        j -= 1
    return j >= 0 and (toks[j].lower in BE_BEFORE_PROGRESSIVE or contracted_be(toks[j]))


def is_listener_noun(tok: Token) -> bool:
    """A lower-case noun closing a listener ("a Planned Parenthood *gathering*"), no verb or pronoun."""
    low = tok.lower
    return (
        tok.is_word
        and not tok.is_capitalised
        and low.isalpha()
        and low not in NOT_LISTENER_NOUNS
        and not looks_verbal(tok)
        and low not in CUE_FORMS
    )


# (word sets united once here, not on every call)
_PERIODS_OR_DAYS = frozenset(PERIODS | DAYS)
_DAYS_OR_YESTERDAY_TODAY_ETC = frozenset(DAYS | {"yesterday", "today", "recently", "earlier", "later"})


def skip_listener_modifiers(toks: list[Token], k: int) -> int:
    """Past "of Newark", "in Washington", "last week", "on Monday" after a listener."""
    while k < len(toks):
        low = toks[k].lower
        if low in {"of", "in", "at"} and k + 1 < len(toks) and toks[k + 1].is_capitalised:
            k += 2
            while k < len(toks) and toks[k].is_capitalised:
                k += 1
        elif low in {"last", "this", "on", "earlier"} and k + 1 < len(toks) and toks[k + 1].lower in _PERIODS_OR_DAYS:
            k += 2
        elif low in _DAYS_OR_YESTERDAY_TODAY_ETC:
            k += 1
        else:
            return k
    return k


def starts_clause(tok: Token) -> bool:
    """A token that can open a reported clause: a subject pronoun ("he’s" too), a determiner or a name."""
    low = tok.lower.replace("’", "'").split("'")[0]
    return low in SUBJECT_PRONOUNS - {"that", "which", "who"} or low in DETERMINERS or tok.is_capitalised


def looks_like_verb_after_to(tok: Token) -> bool:
    """After "to": a lower-case word that is no determiner or pronoun ("to comment", not "to the press")."""
    return (
        tok.is_word
        and not tok.is_capitalised
        and tok.lower not in DETERMINERS
        and tok.lower not in OBJECT_PRONOUNS
        and tok.lower not in {"reporters", "journalists", "supporters", "voters", "it", "you"}
    )


def verb_after_to(toks: list[Token], m: int) -> bool:
    """A verb follows the "to" at ``m``, maybe after an opening quotation mark ("to comment", 'urged residents
    to “stay home”': the infinitive quoted, no preposition's object)."""
    v = m + 2 if m + 2 < len(toks) and is_quote(toks[m + 1]) else m + 1
    return v < len(toks) and looks_like_verb_after_to(toks[v])


def is_adverb(tok: Token) -> bool:
    """A manner or time adverb right after a cue: "wondered aloud", "said quietly"."""
    low = tok.lower
    return not tok.is_capitalised and (
        low in MANNER_ADVERBS or (ENDS_LY[low] and len(low) > 4 and low not in {"only", "early", "family"})
    )


def is_participle(tok: Token) -> bool:
    """A lower-case participle opening a phrase: "asked", "facing", "speaking" (not "thing", "bed")."""
    low = tok.lower
    return (
        not tok.is_capitalised
        and low.isalpha()
        and ((ENDS_ED[low] and len(low) > 4) or (ENDS_ING[low] and len(low) > 5) or low in IRREGULAR_PARTICIPLES)
    )


def verb_like(tok: Token) -> bool:
    """An auxiliary, a cue form or a past form: a phrase holding one is no bare noun phrase."""
    return tok.lower in FINITE or is_cue_word(tok) or looks_verbal(tok)


def looks_verbal(tok: Token) -> bool:
    """A lower-case past form ("accepted") ends a subject phrase; names never look like this."""
    return not tok.is_capitalised and ENDS_ED[tok.lower] and len(tok.lower) > 4


# Base forms of cue verbs that read as nouns after "many"/"some" ("some support", "many calls for").
_NOUN_LIKE_BASES = frozenset("call claim view support praise attack vow push plea concern".split())


def verb_after_pronoun(low: str) -> bool:
    """Whether a cue form right after "many", "some", "several", "most" ... is their verb: a past form
    ("many said"), or a base form no noun shares ("many believe", "some argue"; not "some support")."""
    if looks_past(low):
        return True
    return low in CUE_FORMS and low == CUE_FORMS[low] and low not in AMBIGUOUS_FORMS and low not in _NOUN_LIKE_BASES


def relative_verb(tokens: list[Token], i: int) -> bool:
    """ "a group that endorsed Ruiz", "a foundation that promotes his ideals": after a noun and the
    relative "that", a past or -s form is the relative clause's verb, not a noun ("that claim")."""
    if i < 2 or tokens[i - 1].lower != "that":
        return False
    before = tokens[i - 2]
    low = tokens[i].lower
    if not before.is_word or before.is_capitalised or before.lower in BOUNDARY_WORDS or is_adverb(before):
        return False
    if before.lower in CUE_FORMS or looks_verbal(before) or before.lower in FINITE:
        return False  # ("said that claims ...", "noted that reports ...": the complementiser)
    verb_form = looks_past(low) or (ENDS_S[low] and not ENDS_SS[low])
    if low in AMBIGUOUS_FORMS or not verb_form:
        # ("polls that show him leading", "ads that slam the governor": an object follows the verb)
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        return (verb_form or CUE_FORMS.get(low) == low) and nxt in _OBJECT_OPENERS
    return True


# Words that open the object of a verb, not the predicate of a noun ("that show him", "that shows the").
_OBJECT_OPENERS = OBJECT_PRONOUNS | frozenset(["the", "a", "an", "his", "their", "its", "more", "most"])


def reads_as_verb(tokens: list[Token], i: int) -> bool:
    """Whether the cue form at ``i``, which its neighbours could make a noun, is a verb: a relative
    clause's verb ("a group that endorsed Ruiz"), an infinitive ("is correct to note that C", "leaving
    some to question whether C") or a participle after "those" ("those supporting deportation")."""
    prev = tokens[i - 1].lower if i else ""
    low = tokens[i].lower
    if prev == "to":
        return CUE_FORMS.get(low) == low and not tokens[i].is_capitalised
    if prev == "those":
        return ENDS_ING[low]
    return relative_verb(tokens, i)


_ONE = frozenset(["a", "an", "one", "each", "every", "another"])


def noun_after_one(toks: list[Token], i: int) -> bool:
    """A base form after "a" and one word is a noun, not a verb: "on a conference *call* that", "an official
    *report*" (a singular subject takes "calls"; "a few call it" stays a report)."""
    low = toks[i].lower
    return (
        i >= 2
        and CUE_FORMS.get(low) == low
        and not low.endswith(("ed", "ing", "s"))
        and toks[i - 2].lower in _ONE
        and toks[i - 1].is_word
        and not toks[i - 1].is_capitalised
        and toks[i - 1].lower not in FINITE  # ("one would think")
        and toks[i - 1].lower not in _COLLECTIVES  # ("A couple say", "A majority say": plural subjects)
    )


_COLLECTIVES = frozenset(
    "few lot couple majority minority plurality handful dozen third quarter half number group fraction share "
    "bunch host slew team panel jury crowd family coalition committee council board government company firm "
    "party union staff".split()
)


def predicate_after_comma(toks: list[Token], k: int) -> bool:
    """Does the predicate of the sentence's subject follow the attribution set off by commas at ``k``
    ("Russia, he said, *is* more isolated", "Such meetings, he said, *had* become “a parade ...”"), maybe
    inside quotation marks? The words before the source are then its subject, not an adverbial."""
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    nxt = toks[k + 2] if toks[k + 1].text in QUOTE_TOKENS and k + 2 < len(toks) else toks[k + 1]
    return not nxt.is_capitalised and nxt.lower in FINITE


COMPARED_WORDS = frozenset("below above beat beats missed misses topped tops exceeded exceeds".split())


def compared_with(toks: list[Token], i: int) -> bool:
    """The cue form at ``i`` ends a name that something is compared with ("below Wall Street estimates",
    "beat analysts' forecasts", "missed LSEG estimates"): up to three capitalised or possessive words
    after a comparing word."""
    a = i - 1
    while a >= 0 and i - a <= 3 and (toks[a].is_capitalised or toks[a].text.endswith(("'", "’", "'s", "’s"))):
        a -= 1
    return a >= 0 and a < i - 1 and toks[a].lower in COMPARED_WORDS
