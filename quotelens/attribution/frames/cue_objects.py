"""What stands between a source-first cue and its words: a time, a particle, the person asked, the
listener told ("reported on Wednesday the ...", "called for further action", "told POLITICO he had")."""

from __future__ import annotations

from quotelens.attribution.between import relative_time_at
from quotelens.attribution.nounphrases import (
    infinitive_after_object,
)
from quotelens.attribution.verbs import (
    is_listener_noun,
    looks_like_verb_after_to,
    looks_past,
    skip_listener_modifiers,
    starts_clause,
)
from quotelens.attribution.words import (
    CONTENT_PREPOSITIONS,
    DAY_AND_MONTH_NAMES,
    FINITE,
    LISTENER_DETERMINERS,
    LISTENER_HEADS,
    LISTENER_WORDS,
    NUMBER_WORDS,
    PARTICLE_IDIOMS,
    PARTICLES,
    PERIODS,
    PERIODS_AND_DAYS,
    POSSESSIVES,
    QUESTION_WORDS,
)
from quotelens.lexicon import ADDRESSEE_VERBS, ROLE_NOUNS
from quotelens.segment import Token

_WHEN_EXTRA = frozenset(
    "day days hour hours minute minutes moment moments later earlier night morning afternoon evening".split()
)
_NO_WORDS_AFTER = frozenset(["before", "about", "for", "of", "by", "so", "beyond"])


_SOON = frozenset(["soon", "early", "late"])
_WHEN_AFTER_AS = DAY_AND_MONTH_NAMES | PERIODS | frozenset(["next", "this", "today", "tomorrow", "tonight"])


def _time_comparison(toks: list[Token], k: int) -> bool:
    """ "as soon as Monday", "as early as next week", "as late as 2030" at ``k``: a time (not "as soon as the
    water was safe": a clause, which may open the words)."""
    if k + 3 >= len(toks) or toks[k].lower != "as" or toks[k + 1].lower not in _SOON or toks[k + 2].lower != "as":
        return False
    nxt = toks[k + 3]
    return nxt.lower in _WHEN_AFTER_AS or (nxt.text.isdigit() and len(nxt.text) == 4)


def past_time_or_particle(toks: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """Past a time ("reported on Wednesday the Secret Service had ...") or a particle ("called for further
    action") between the cue at ``i`` and its words at ``k``: where they start and the cue ends; None after a
    preposition ("testified before the panel"). A particle that opens an idiom ("at least") opens the words."""
    cue_end = i + 1
    if _time_comparison(toks, k):
        return None  # "could be announced as soon as Monday, the people said": when, not what
    if relative_time_at(toks, k) and (k + 3 >= len(toks) or toks[k + 3].text in {".", "!", "?"}):
        return None  # "replied 11 minutes later.": when, and no words (', "C"' or ", that C" may follow)
    if toks[i].lower in _ADD and toks[k].lower == "to" and k + 1 < len(toks) and not _listener(toks, k + 1):
        return None  # "The case has added to strains": what is added to is a thing, not words
    if toks[i].lower in _KNOW and toks[k].lower == "about":
        return None  # "The leadership knew about the objections": knowledge of a topic (PolNeAR train: 0 of 7)
    infinitive = toks[k].lower == "to" and k + 1 < len(toks) and looks_like_verb_after_to(toks[k + 1])
    idiom = k + 1 < len(toks) and (toks[k].lower, toks[k + 1].lower) in PARTICLE_IDIOMS
    # ("said about 12,000 customers were without power": "about" and a number is how many, no particle)
    idiom = idiom or (toks[i].lower in _SAY and toks[k].lower == "about" and toks[k + 1].text[:1].isdigit())
    if toks[k].lower in PARTICLES and k + 1 < len(toks) and toks[k + 1].lower in PERIODS_AND_DAYS:
        # "reported on Wednesday the Secret Service had ...", "spoke on Monday.": a time
        k += 2
        if k < len(toks) and toks[k].lower == "that":
            k += 1
        if k >= len(toks) or not toks[k].is_word:
            return None
    elif toks[k].lower in PARTICLES and k + 1 < len(toks) and not infinitive and not idiom:
        k += 1  # "called for further action", "pointed to earlier cases", "balked at the plan"
        cue_end = k
    elif infinitive or idiom:
        pass  # "declined to comment", "pledged to shut down the centres", "reported at least six"
    elif toks[k].lower in CONTENT_PREPOSITIONS or toks[k].lower in _NO_WORDS_AFTER:
        return None  # "testified before the panel", "said in an interview at ...", "comment beyond the statement"
    return k, cue_end


def past_the_person(toks: list[Token], k: int, lemma: str) -> int | None:
    """Past the person asked, to the question ("asked Trump about whether ..."), or the listener
    told, to the words ("he told POLITICO he had kept ..."); None when nothing follows the listener."""
    question_at = None
    if lemma == "ask" and toks[k].lower not in QUESTION_WORDS:
        # "asked the U.S. attorney in D.C. whether ...", "asked Trump about ...": the person, then the question
        for m in range(k + 1, min(len(toks), k + 10)):
            if toks[m].lower in QUESTION_WORDS:
                question_at = m
                break
            if not toks[m].is_word and toks[m].text not in {".", "’s", "'s"}:
                break
    if question_at is not None:
        k = question_at
    elif lemma == "ask" and toks[k].lower in QUESTION_WORDS:
        pass  # "He asked whether C": the question follows the cue
    elif lemma in ADDRESSEE_VERBS and toks[k].lower != "to":
        # "he told POLITICO he had kept ...": the listener, then the words
        return words_after_listener(toks, k, lemma)
    return k


def words_after_listener(toks: list[Token], k: int, lemma: str) -> int | None:
    """Where the words start after the listener at ``k`` of an addressee verb ("told POLITICO he had
    ...", "told a Planned Parenthood gathering of Newark last week she would"): ``k`` itself before an
    infinitive ("urged voters to stay home"); None when the listener is all there is ("told the crowd.")."""
    if k + 1 < len(toks) and toks[k + 1].lower in FINITE and toks[k].lower not in LISTENER_WORDS:
        return k  # "Howard Dean Tells Guns Are 'The Ultimate Crisis'": the words' subject, no listener
    obj_end = k + 1
    while obj_end < len(toks) and toks[obj_end].is_capitalised and obj_end - k < 4:
        obj_end += 1
    if toks[k].lower in {"the", "a"} and k + 1 < len(toks) and toks[k + 1].is_capitalised:
        obj_end = k + 2  # "told the National Post he had ..."
        while obj_end < len(toks) and toks[obj_end].is_capitalised and obj_end - k < 5:
            obj_end += 1
        if obj_end < len(toks) and is_listener_noun(toks[obj_end]):
            obj_end += 1  # "told a Planned Parenthood gathering ..."
    people = _people_listener_end(toks, k)  # "told the crowd he would", "told his aides they"
    if people is not None:
        obj_end = people
    obj_end = skip_listener_modifiers(toks, obj_end)  # "... of Newark last week she would"
    obj_end = _past_occasion(toks, obj_end)  # "told analysts on a conference call that ..."
    listener = (
        toks[k].is_capitalised
        or toks[k].lower in LISTENER_WORDS
        or (toks[k].lower in {"the", "a"} and k + 1 < len(toks) and toks[k + 1].is_capitalised)
        or people is not None
    )
    if infinitive_after_object(toks, k) and (lemma != "tell" or _told_whom_to(toks, k)):
        # "urged the rest of the party to coalesce", "warned voters to stay home"; "told residents not to
        # sign" only with the infinitive right after the listener ("told reporters the plan needs to …" and
        # "told investors stories to keep …" are no directives)
        return k
    if not listener and lemma != "tell" and _finite_clause_at(toks, k):
        return k  # "Experts warn the disease could spread": no listener, the words at once
    if not (
        listener
        and obj_end < len(toks)
        and (starts_clause(toks[obj_end]) or toks[obj_end].lower == "that" or _partitive_subject(toks, obj_end))
    ):
        return None  # "told the cheering crowd." names the listener, not the words
    return obj_end


_PARTITIVES = NUMBER_WORDS | {"some", "many", "most", "all", "none", "each", "both", "several", "few", "half"}


def _partitive_subject(toks: list[Token], m: int) -> bool:
    """ "told Metro Radio three of them ...", "told reporters some of the staff were ...": a number or quantifier and
    "of" open the clause told, as a determiner does."""
    return m + 1 < len(toks) and toks[m].lower in _PARTITIVES and toks[m + 1].lower == "of"


def _told_whom_to(toks: list[Token], k: int) -> bool:
    """Told-whom: "told residents not to", "told his players to", "told Smith to": a person or people (one short noun
    phrase, its determiner first) and at once the infinitive's "to"; not "told reporters the plan needs to",
    "told jokes to break the ice", "told the committee in March to"."""
    m = k + 1 if toks[k].lower in LISTENER_DETERMINERS else k
    for head in range(m, min(len(toks) - 1, m + 3)):
        t = toks[head]
        if not t.is_word or t.lower in LISTENER_DETERMINERS or t.lower in CONTENT_PREPOSITIONS:
            return False
        nxt = head + 2 if toks[head + 1].lower in {"not", "never"} else head + 1
        if nxt < len(toks) and toks[nxt].lower == "to":
            owned = m > k and toks[k].lower in POSSESSIVES  # "told his players to", "their members"
            return (
                t.is_capitalised
                or t.lower in LISTENER_WORDS
                or t.lower in LISTENER_HEADS
                or (t.lower.removesuffix("s") in ROLE_NOUNS or owned)
            )
    return False


_LISTENER_DETERMINERS = LISTENER_DETERMINERS | {"that", "those", "some"}  # ("told those aides")


def _people_listener_end(toks: list[Token], k: int) -> int | None:
    """The end of a lower-case listener made of a determiner, up to two modifiers and a head that names
    people ("the crowd", "his closest aides", "a group of donors" is not read), or None."""
    m = k + 1 if toks[k].lower in _LISTENER_DETERMINERS else k
    for end in range(m, min(len(toks), m + 3)):
        if not is_listener_noun(toks[end]):
            return None
        if toks[end].lower in LISTENER_HEADS or _agents_before_subject(toks, end):
            return end + 1
    return None


# Endings of plural nouns that name people by what they do ("jurors", "auditors", "senators", "pharmacists")
_AGENT_PLURALS = ("ors", "ers", "ists", "ians")
_PRONOUN_SUBJECTS = frozenset(["he", "she", "they", "we", "i"])


def _agents_before_subject(toks: list[Token], end: int) -> bool:
    """ "told jurors they were not to ...": a plural agent noun followed by a personal subject pronoun is
    who was told (a thing told takes a relative clause there: "told the stories she had heard")."""
    low = toks[end].lower
    return (
        low.endswith(_AGENT_PLURALS)
        and len(low) > 5
        and end + 1 < len(toks)
        and toks[end + 1].lower in _PRONOUN_SUBJECTS
        and not _relative_clause_then_verb(toks, end + 2)
    )


def _relative_clause_then_verb(toks: list[Token], k: int) -> bool:
    """'told the numbers she *had* been given *were* wrong': a second finite verb after the pronoun's clause,
    with only plain words between, makes that clause a relative one on a thing told, not the words."""
    seen = 0
    for m in range(k, min(len(toks), k + 8)):
        if not toks[m].is_word or toks[m].lower in {"that", "and", "but", "or", "if", "when", "because"}:
            return False
        if toks[m].lower in FINITE:
            seen += 1
            if seen == 2:
                return True
    return False


def _finite_clause_at(toks: list[Token], k: int) -> bool:
    """A clause opens at ``k``: a determiner or a subject pronoun, a few plain words, then a finite verb
    ("the disease could spread", "the plan is dead"), no listener."""
    if k >= len(toks) or not starts_clause(toks[k]) or toks[k].is_capitalised:
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        if toks[m].lower in FINITE:
            return True
        if not toks[m].is_word:
            return False
    return False


_OCCASION_PREPOSITIONS = frozenset(["on", "in", "at", "during", "over", "via", "after", "before"])


def _past_occasion(toks: list[Token], k: int) -> int:
    """Past a short phrase of where or how the listener was told, when "that" follows it ("on a call
    that", "in an interview on Tuesday that"): the "that"; else ``k``."""
    if k >= len(toks) or toks[k].lower not in _OCCASION_PREPOSITIONS:
        return k
    for m in range(k + 1, min(len(toks), k + 7)):
        if toks[m].lower == "that":
            return m if m > k + 1 else k
        if not toks[m].is_word or toks[m].lower in FINITE:
            return k
    return k


_ADD = frozenset(["add", "adds", "added", "adding"])
_KNOW = frozenset(["know", "knows", "knew", "known", "knowing"])


def _listener(toks: list[Token], m: int) -> bool:
    """A listener after "added to": "reporters", "People", "the Times" (not "the pressure", "strains")."""
    t = toks[m]
    named = t.lower in {"the", "a"} and m + 1 < len(toks) and toks[m + 1].is_capitalised
    return t.is_capitalised or t.lower in LISTENER_WORDS or named


def adds_a_thing(toks: list[Token], k: int) -> bool:
    """'added 160 security personnel', 'add a new title to his resume': "add" with a number or a thing
    added to something as its object reports no words ("adding the U.S. must be global" does)."""
    if toks[k].text[:1].isdigit():
        return True
    for m in range(k + 1, min(len(toks) - 1, k + 8)):
        if not toks[m].is_word or toks[m].lower in FINITE or toks[m].lower == "that":
            return False
        if toks[m].lower == "to" and not looks_like_verb_after_to(toks[m + 1]):
            return True
    return False


_SAY = frozenset(["say", "says", "said"])


_WHEN_WORDS = frozenset(PERIODS_AND_DAYS | _WHEN_EXTRA)


def past_time_to_colon(toks: list[Token], k: int) -> int | None:
    """Past a short time phrase with no verb that ends on a colon before the words ("replied the same day:
    \"C\"", "wrote back within an hour:", "added moments later:"): where the words start, or None."""
    end = k
    while end < len(toks) and end - k < 5 and toks[end].is_word and not toks[end].is_capitalised:
        if toks[end].lower in FINITE:
            return None
        end += 1
    if end == k or end + 1 >= len(toks) or toks[end].text != ":":
        return None  # (the common case: no colon ends the phrase, its words not read again)
    return end + 1 if any(t.lower in _WHEN_WORDS for t in toks[k:end]) else None


def that_inside_the_words(toks: list[Token], k: int, that_at: int, lemma: str) -> bool:
    """Whether the "that" at ``that_at``, after the listener at ``k`` of an addressee verb, comes inside
    the words told rather than opening them: a second conjunct ("tells us the dates are not affected and
    that a record is on track") or a clause within a clause that has already begun with its own verb
    ("told the Gazette a neighbour climbed up to be sure that ..."): the words start after the listener."""
    if lemma not in ADDRESSEE_VERBS or that_at < k + 3:
        return False
    words = words_after_listener(toks, k, lemma)
    if words is None or not k < words < that_at - 1:
        return False
    if toks[that_at - 1].lower in {"and", "but"}:
        return words < that_at - 2
    return any(not t.is_capitalised and (t.lower in FINITE or looks_past(t.lower)) for t in toks[words + 1 : that_at])
