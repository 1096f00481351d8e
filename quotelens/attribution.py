"""Find attributions (who is credited with which words) in an article's body.

In: the article text, its paragraphs and quoted regions (:mod:`quotelens.segment`).
Out: a list of :class:`Attribution` records, each with its content fragments, cue,
source mention and the rule ("frame") that found it. Speakers are resolved later,
by :mod:`quotelens.speakers`; this module only says *where* the source is.

How:
    Each sentence of a body paragraph is scanned for cues: a speech or cognition
    verb from :mod:`quotelens.lexicon`, or "according to". Each cue is tried
    against a short list of frames, in order:

    ``according-to``   "According to X, C." / "C, according to X."
    ``content-first``  "C, X said." / "C," said X. / "C," X said, "C2."
    ``source-first``   "X said (that) C." / "X told reporters that C." / "X said: C"
    ``participle``     "..., adding that C" (the subject of the sentence speaks)

    A verb outside the lexicon is tried too when a quotation and a speaker stand
    beside it ('"C," reacted Trump.') or a that-clause follows it. The headline is
    scanned the same way, with title-case cues ("Sanders Says ...").

    Then quoted sentences with no cue are joined to the attribution before them
    in the paragraph ("...," he said. "More."), a paragraph that opens a quote
    right after an attributed one continues that quotation as one more piece of it,
    and a quotation no frame claimed goes to the subject of its sentence ("orphan
    quote": '"He called her “third-rate”"'). Contents start at their complementiser
    ("that the bill would fail"), as PolNeAR marks them; where a reported clause
    ends is chosen among its break points by :mod:`quotelens.boundary` (the rules'
    end is one candidate and one feature), and a second report coordinated after a
    content (", and three in ten said ...") ends it.

    Finally :mod:`quotelens.confidence` scores every proposal and drops the unlikely.

Notes:
    Every decision is kept on the record (``rule``, ``confidence``) so the reader
    view can show why a passage was credited to someone.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from quotelens import boundary, confidence
from quotelens.lexicon import (
    ABBREVIATIONS,
    ADDRESSEE_VERBS,
    AMBIGUOUS_FORMS,
    CUE_FORMS,
    PERSON_PRONOUNS,
    PLACE_NAMES,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBJECT_VERB_FILLERS,
)
from quotelens.segment import (
    CLOSING_MARKS,
    OPENING_MARKS,
    Paragraph,
    ParagraphRole,
    QuoteRegion,
    RegionIndex,
    Sentence,
    Token,
    segment_sentences,
    split_sentences,
    tokenize,
)
from quotelens.stance import lemma_of, stance_of

Span = tuple[int, int]
_T = TypeVar("_T")


class QuoteKind(StrEnum):
    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


@dataclass(slots=True)
class Attribution:
    """One attribution: ``content`` fragments credited to ``source`` through ``cue``."""

    content: list[Span]
    cue: Span | None
    source: Span | None
    paragraph: int
    rule: str
    confidence: float
    kind: QuoteKind = QuoteKind.INDIRECT
    group: int = -1
    # The confidence model's inputs (see quotelens.confidence), kept as evidence.
    features: dict[str, float] = field(default_factory=dict)
    # The attribution this one is reported inside ("Putin denied X, Tillerson said"), if any.
    parent: Attribution | None = None
    notes: list[str] = field(default_factory=list)
    # Shown to the reader inside another report, but not written for the scorer (nominal cues,
    # and reports inside reports that the confidence model alone would drop).
    reader_only: bool = False
    # Where the content could have ended, with the features the boundary chooser weighed.
    end_options: list[tuple[int, dict[str, float]]] = field(default_factory=list, repr=False)
    # How sure the chooser was of that end (its softmax share), when it chose.
    end_share: float | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„"})
_QUOTE_CHARS = frozenset('"“”«»„')  # (and the two-apostrophe mark '' of the NYT texts)
# How far into a content another report's cue may open it and still be the content's own frame.
_WRAP_WINDOW = 60
_BY_BEFORE_PARTICIPLE_RE = re.compile(r"[\s,]*\bby(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_WRAP_CLAUSE_RE = re.compile(r"\b(?:that|to|who|which|whether|if|what|how|why)\b", re.IGNORECASE)
_BOUNDARY_WORDS = frozenset(
    "that and but or which because when while if as so after before than since though although where "
    "whether what how why nor for to in on at of by with about from into over against not".split()
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some", "many", "several"]
)
_APPOSITION_STARTERS = frozenset(["who", "which", "whose", "an", "a", "the", "whom", "where"])
_CONTENT_PREPOSITIONS = frozenset(
    ["in", "on", "to", "at", "during", "after", "before", "with", "via", "through", "from"]
)
# Prepositions opening a verbless phrase before a subject ("Regarding the emails, the campaign said")
# Prepositions of place and topic that open an introductory phrase ("Outside the arena,", "Regarding X,")
_PLACE_TOPIC_PREPOSITIONS = frozenset(
    "outside inside across beyond near behind around throughout regarding concerning within without".split()
)
_LEAD_PREPOSITIONS = (
    _CONTENT_PREPOSITIONS
    | _PLACE_TOPIC_PREPOSITIONS
    | frozenset(["about", "amid", "despite", "for", "under", "over", "by", "among"])
)
# Plural nouns that name who was told ("told voters she ...", "he told donors ...")
_LISTENERS = frozenset(
    "reporters supporters voters journalists donors students lawmakers delegates audiences followers fans "
    "workers colleagues residents viewers listeners parishioners members crowds".split()
)
_OPENING_PREPOSITIONS = frozenset(["after", "before", "while", "by", "upon", "since", "when", "in", "without"])
_OPENING_CUES = frozenset(["said", "says", "added", "adds", "wrote", "writes", "explained", "recalled", "noted"])
_NOMINATIVE = frozenset(["he", "she", "they", "we", "i"])  # pronouns that can only be subjects
_MAX_NP = 7
_ORPHAN_MIN_WORDS = 6  # on train, shorter unclaimed quotations are mostly titles and scare quotes
_MAX_NP_AFTER = 10  # "said Monmouth University political scientist Patrick Murray of ..."
_RELATIVES = frozenset(["who", "whom", "whose", "which"])
_QUESTION_WORDS = frozenset(["whether", "if", "how", "what", "why", "when", "where", "who", "which", "about"])
_LISTENER_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these"])
# '" ― Ana Ruiz', '— Paul Ryan (@SpeakerRyan) July 5, 2016', '- Ana Ruiz.': a dash, a name of one to
# five capitalised words, maybe a handle and a date, and nothing else to the end of the paragraph.
_DASH_SIGNATURE_RE = re.compile(
    # (a negative lookbehind first, not "^|(?<=\s)|...": the same matches, and the engine can skip
    # straight to dash characters, which makes the search twice as fast)
    r"(?<![^\s”\"'])(?P<dash>―|—|–|--|-)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*){0,4})[ \t\u00a0]*"
    r"(?P<handle>\(@\w+\))?[ \t\u00a0]*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?[ \t\u00a0.]*$",
    re.MULTILINE,
)
_LABEL_RE = re.compile(
    r"[\"“]?(?P<label>Q|A|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\s*(?P<colon>:)\s+(?P<rest>\S)"
)
# Headlines: "Clinton to Planned Parenthood: C", "Former AG Mukasey at RNC: C", "EXCLUSIVE – Roger Stone: C".
_HEADLINE_LABEL_RE = re.compile(
    r"(?:[A-Z]{3,}\s*[–—-]\s*)?(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
    r"(?: (?:to|at|on|in|about|after|for|To|At|On|In|About|After|For) [^:]{1,60}?)?\s*(?P<colon>:)\s+(?P<rest>\S)"
)
# Inside a paragraph: "Pollsters agree - Carl Bialik: “C”", "More from the report: “C”",
# "Here's Clinton in December 1992: “C”", and a label with a party tag, "Rep. Ana Ruiz (R-S.C.):"C"".
_INLINE_LABEL_RE = re.compile(
    r"(?:^|(?<=[-–—] )|(?<= [-–—])|(?<=[”\"] )|(?<='' ))(?:More from |From |Here’s |Here's )?"
    r"(?P<label>(?<=from )the [a-z]+|[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|and|of|de|van))*(?: \([^)]{1,20}\))?)"
    r"(?: in [A-Z][a-z]+ \d{4})?(?P<colon>:)[ \t]*(?=[“\"]|'')",
    re.MULTILINE,
)
_NOT_LABELS = frozenset(
    [
        "update",
        "note",
        "related",
        "watch",
        "photo",
        "video",
        "source",
        "sources",
        "correction",
        "clarification",
        "disclosure",
        "warning",
        "transcript",
        "editor's note",
        "editor’s note",
        "read more",
        "full text",
        "partial transcript",
        # headline kickers: a rubric, not a speaker
        "the latest",
        "latest",
        "breaking",
        "breaking news",
        "wow",
        "look",
        "revealed",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "live",
        "photos",
        "explainer",
        "factbox",
    ]
)
_FIRST_PERSON = frozenset(["i", "we", "you"])
_TIME_WORDS = frozenset(
    "today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday last "
    "this earlier later afterward afterwards again also recently previously repeatedly privately "
    "publicly once late early in on".split()
)
_MODALS = frozenset(["would", "will", "could", "should", "might", "may", "can", "must"])
# Words that open a verb phrase, never a subject ('the “cartel” *is growing* nervous').
_AUXILIARY_HEADS = _MODALS | frozenset("is are was were am has have had do does did".split())
# Verbs after which a quoted paragraph goes on with the speaker's words ("spoke about X." "“C.”").
_SPEAKING_LEMMAS = SPEECH_LEMMAS | frozenset(["speak", "talk", "discuss", "address"])
_SUBJECT_HEAD_RE = re.compile(r"(\S+)\s*")
# ... and words that open a subordinate clause ('“C” *until Haley* said': the subject is inside it).
_SUBORDINATE_HEADS = frozenset("until when after before because while if since although though unless whereas".split())
NOMINAL_CUES = frozenset(
    "claim claims insistence denial denials assertion assertions statement statements remarks remark "
    "argument arguments promise promises pledge warning warnings suggestion accusation accusations "
    "allegation allegations view belief contention admission".split()
)
# Frames whose form is evidence enough ("TAPPER: ..."); the model, trained on few of them, only scores them.
_KEPT_WITHOUT_MODEL = frozenset({"speaker label"})
_IMPERSONAL = frozenset("seem seems seemed appear appears appeared".split())
_FINITE = frozenset("is are was were has have had will would could should can may might must do does did".split())
_PARTICLES = frozenset(["for", "to", "at", "on", "against", "with", "about", "of", "into", "over"])
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us"])
_CLAUSE_BREAKERS = frozenset("which who whom whose while although though whereas according even unlike despite".split())
_SUBORDINATORS = frozenset(["as", "when", "while", "after", "before", "because", "since", "during"])
_PROGRESSIVE_AUX = frozenset(["is", "are", "was", "were", "been", "be", "am", "'s", "’s"])
# "isn’t", "didn’t", "won’t": a negated auxiliary between a subject and its verb (either apostrophe)
_NEGATED_AUX = frozenset(
    f"{aux}n{mark}t"
    for aux in "is are was were do does did has have had would could should ca wo must".split()
    for mark in "'’"
)
_NEGATED_BE = frozenset(f"{aux}n{mark}t" for aux in ["is", "are", "was", "were"] for mark in "'’")


_CONTRACTED_BE_RE = re.compile(r"(\w+)['’](?:s|re|m)", re.IGNORECASE)


def _contracted_be(tok: Token) -> bool:
    """ "He’s", "they're", "I’m": a subject pronoun with a contracted "be" (or "has")."""
    low = tok.lower.replace("’", "'")
    stem, _, clitic = low.rpartition("'")
    return clitic in {"s", "re", "m"} and stem in SUBJECT_PRONOUNS


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    tokens: list[Token]
    paragraph: Paragraph


@dataclass(slots=True)
class _Unquoted:
    """Where a sentence's words and commas outside quotation marks are (found once per sentence)."""

    first_word: int  # index of its first word outside quotation marks (len(tokens) when none)
    commas: list[int]  # indices of its commas outside quotation marks


_CLAUSE_MARKS = frozenset([";", ",", "—", "–"])
# Within this many tokens a direct scan is cheaper than facts found once for a whole sentence;
# past it, those facts (a binary search) bound the work on long sentences.
_SCAN = 48


def _is_ing_cue(low: str) -> bool:
    return low in CUE_FORMS and low.endswith("ing")


def _start_of_last_runs(text: str, end: int, runs: int) -> int:
    """Where the last ``runs`` runs of spaces and of non-spaces before ``end`` begin."""
    p = end
    for _ in range(runs):
        if p == 0:
            break
        space = text[p - 1].isspace()
        while p > 0 and text[p - 1].isspace() == space:
            p -= 1
    return p


def _first_token_from(toks: list[Token], pos: int) -> int:
    """Index of the first of ``toks`` that starts at or after ``pos`` (a binary search)."""
    return bisect.bisect_left(toks, pos, key=_token_start)


def _token_start(tok: Token) -> int:
    return tok.start


def _span_end(span: Span) -> int:
    return span[1]


def _region_start(region: QuoteRegion) -> int:
    return region.start


def _is_quote_at(text: str, pos: int) -> bool:
    """Whether a quotation mark opens at ``pos``."""
    return text.startswith(("“", '"', "''", "«", "„"), pos)


def _title_case(tokens: list[Token]) -> bool:
    """A line in title case: six words or more, each capitalised but for short function words
    (checked for every sentence: most fail at their second word)."""
    n = 0
    for t in tokens:
        if t.is_word and not t.text[0].isdigit():
            if not (t.is_capitalised or t.lower in _TITLE_SMALL_WORDS):
                return False
            n += 1
    return n >= 6


def _pieces_before(content: list[Span], cut: int) -> list[Span]:
    """The pieces of a content up to offset ``cut`` (the last one shortened to end there)."""
    return [(s, min(e, cut)) for s, e in content if s < cut]


_CLOSING_QUOTE_ENDS = ("”", '"', "''")


def _has_report_comma(quotation: str) -> bool:
    """Whether a quotation closes with a comma inside its marks ('"Nusra is Al Qaeda,"')."""
    return quotation.rstrip().rstrip("”\"'").rstrip().endswith(",")


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a double quotation mark (or the NYT's two apostrophes)."""
    return "''" in text or any(ch in _QUOTE_CHARS for ch in text)


def _is_quote(tok: Token) -> bool:
    return tok.text in _QUOTE_TOKENS


def _is_name_token(tok: Token) -> bool:
    return tok.is_capitalised or tok.text in {"’s", "'s"}


def _is_cue_word(tok: Token) -> bool:
    """A cue form written in lower case: "State" in "the Islamic State" is part of a name."""
    return tok.lower in CUE_FORMS and not tok.is_capitalised


def _np_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the subject noun phrase ending just before token ``i``.

    Adverbs and auxiliaries between the subject and the verb are skipped.
    """
    j = _skip_between_subject_and_verb(tokens, i - 1)
    if j >= 1 and tokens[j].text == "%" and tokens[j - 1].text[0].isdigit():
        return (j - 1, j + 1)  # "42% say they are liberal": a share of those polled
    if j < 0 or not tokens[j].is_word:
        return None
    head = tokens[j]
    if j >= 2 and tokens[j - 1].lower == "in" and _is_number(tokens[j]) and _is_number(tokens[j - 2]):
        a = j - 2  # "three in ten said", "more than 4 in 10 say": a share of those polled
        while a >= 1 and tokens[a - 1].lower in {"more", "less", "fewer", "than", "nearly", "about", "almost", "over"}:
            a -= 1
        return (a, j + 1)
    if head.lower in SUBJECT_PRONOUNS or _contracted_be(head):
        return (j, j + 1)  # ("He’s not saying": the pronoun with its contracted verb)
    place = head.lower in {"there", "here"} and j > 0 and tokens[j - 1].is_word
    if place and tokens[j - 1].lower not in _BOUNDARY_WORDS:
        j -= 1  # "Polls there show": a place after the subject
        head = tokens[j]
    elif head.lower == "there" or (j > 0 and tokens[j - 1].lower == "there"):
        return None  # "there was no mention": no one is named
    if _looks_verbal(head) and j > 0 and tokens[j - 1].lower in _POLLED:
        return (j - 1, j + 1)  # "those surveyed said", "voters polled say"
    if head.lower in _POLLED_PARTICIPLES and j > 0:
        inner = _np_before(tokens, j)  # "Some 56 percent of Cuban-Americans polled said"
        return (inner[0], j + 1) if inner is not None else None
    noun_cue = _is_cue_word(head) and j > 0 and tokens[j - 1].lower in {"the", "a", "an", "this", "that"}
    if (head.lower in _BOUNDARY_WORDS or _is_cue_word(head) or _looks_verbal(head)) and not noun_cue:
        if head.lower in _OBJECT_PRONOUNS:
            return _np_before_relation(tokens, j, j)  # "a source close to him said"
        return None  # (but "the note says", "a statement said": a cue form used as a noun)
    if head.lower.endswith("ly") and not head.is_capitalised and head.lower not in _LY_NOT_ADVERBS:
        return None  # an adverb, not a subject ("the family" is one)
    if head.text[0].isdigit():
        year = len(head.text) == 4 and head.text.isdigit()
        if not year and j >= 1 and tokens[j - 1].lower in _QUANTIFIERS:
            a = j - 1  # "at least 21,000 said they would", "nearly 300 say"
            while a >= 1 and tokens[a - 1].lower in _QUANTIFIERS | {"at"}:
                a -= 1
            return (a, j + 1)
        return None
    a = j
    while a - 1 >= 0 and j - a + 1 < _MAX_NP:
        prev = tokens[a - 1]
        if not prev.is_word or _is_cue_word(prev) or _looks_verbal(prev):
            break
        if prev.lower in _BOUNDARY_WORDS and not (prev.lower == "of" and a - 2 >= 0 and tokens[a - 2].is_capitalised):
            break
        a -= 1
        if prev.lower in _DETERMINERS:
            break
    if a > 0 and tokens[a - 1].lower == "to" and not tokens[a].is_capitalised:
        return _np_before_relation(tokens, a, j)  # "to better understand": an infinitive has no subject
    if a > 1 and tokens[a - 1].lower == "to" and tokens[a - 2].lower in {"aides", "advisers", "adviser", "aide"}:
        return (a - 2, j + 1)  # "Aides to Clinton say
    return _np_before_relation(tokens, a, j) or (a, j + 1)


def _ends_in_an_attribution(tokens: list[Token], k: int, m: int) -> bool:
    """tokens[k:m] is only, or ends with, a parenthetical attribution: "Hebert said" /
    "any involvement, Tillerson said" (a noun phrase and a cue after a comma)."""
    j = m - 1
    while j > k and not tokens[j].is_word:
        j -= 1
    if j <= k or not _is_cue_word(tokens[j]):
        return False
    np = _np_before(tokens, j)
    if np is None or np[0] < k:
        return False
    if np[0] == k:  # only "Hebert said": parenthetical when a comma follows ("the president had spoken." is a content)
        return m < len(tokens) and tokens[m].text == ","
    return tokens[np[0] - 1].text == ","


def _infinitive_after_object(tokens: list[Token], k: int) -> bool:
    """A short object phrase from ``k``, then "to" + verb ("the rest of the party to coalesce")."""
    for m in range(k, min(len(tokens) - 1, k + 8)):
        t = tokens[m]
        if t.lower == "to":
            return m > k and _looks_like_verb_after_to(tokens[m + 1])
        if not t.is_word and t.text not in {"’s", "'s", "-"}:
            return False
        if _is_cue_word(t) or t.lower in _FINITE:
            return False
    return False


def _is_description(tokens: list[Token], a: int, b: int) -> bool:
    """tokens[a:b] read as a noun phrase describing someone: "The author of the book", "A former
    spokesman for the mayor" (a determiner first; no verb, cue, quotation or comma in it)."""
    if b - a < 2 or b - a > 12 or tokens[a].lower not in _LISTENER_DETERMINERS:
        return False
    for m in range(a, b):
        t = tokens[m]
        if not t.is_word and t.text not in {"’s", "'s", "-"}:
            return False
        if t.lower in _FINITE or _is_cue_word(t) or _looks_verbal(t) or t.lower in _IRREGULAR_PAST:
            return False
        nxt = tokens[m + 1] if m + 1 < b else None
        if nxt is not None and m > a and not t.is_capitalised and tokens[m - 1].lower not in _LISTENER_DETERMINERS:
            if t.lower.endswith("s") and not t.lower.endswith("ss") and nxt.lower in {"a", "an", "the"}:
                return False  # "The fund includes a force, Carter said": a clause, not a description
            if t.lower == "to" and _looks_like_verb_after_to(nxt):
                return False  # "The aim to assist them, ...": an infinitive
    return True


_QUANTIFIERS = frozenset(
    ["least", "about", "nearly", "some", "only", "just", "almost", "over", "roughly", "more", "than"]
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _is_number(tok: Token) -> bool:
    return tok.text.isdigit() or tok.lower in _NUMBER_WORDS


_LEADING_CONJUNCTION = re.compile(r"[.!?”\"']\s+(But|And|Still|Yet|So)\s*,?$")
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is be vs".split())
_DASH_RE = re.compile(r"\s(?:—|–|--)\s|—")
_COORDINATED_TAIL = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;|:)\s*$")
_SHARED_SUBJECT_TAIL = re.compile(r",?\s+(?:and|but)(?:\s+\w+ly)?\s*$")  # 'said C but (then) added D'
_CLAUSE_END_TAIL = re.compile(r"(?:(,)|,(?:”|\"|'')(\s*))\s*$")
_POLLED = frozenset(["those", "people", "voters", "respondents", "americans", "others", "many", "most"])
_POLLED_PARTICIPLES = frozenset(["polled", "surveyed", "interviewed", "questioned", "sampled"])
_RELATION_ADJECTIVES = frozenset(["close", "familiar", "loyal", "near", "sympathetic", "opposed", "allied", "friendly"])


def _np_before_relation(tokens: list[Token], a: int, j: int) -> tuple[int, int] | None:
    """'a source close to him', 'people familiar with the matter': the phrase [a, j] is the object
    of "close to" / "familiar with"; the subject is the noun phrase before the adjective."""
    if a < 3:
        return None
    prep, head = tokens[a - 1].lower, tokens[a - 2]
    relation = prep in {"to", "with"} and head.lower in _RELATION_ADJECTIVES
    # "Another source speaking to Fox News said", "A witness interviewed by congressional staff said"
    relation = relation or (
        prep in {"to", "with", "by", "for"} and _is_participle(head) and head.lower not in CUE_FORMS
    )
    if not relation:
        return None
    outer = _np_before_plain(tokens, a - 2)
    return (outer[0], j + 1) if outer is not None else None


def _np_before_plain(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A short noun phrase right before ``i``: words up to a determiner or a boundary."""
    a = i
    while a - 1 >= 0 and i - a < 4:
        prev = tokens[a - 1]
        if not prev.is_word or prev.lower in _BOUNDARY_WORDS or _is_cue_word(prev) or _looks_verbal(prev):
            break
        a -= 1
        if prev.lower in _DETERMINERS:
            break
    return (a, i) if a < i else None


_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


_PERIODS = frozenset(
    [
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "spring",
        "summer",
        "fall",
        "winter",
    ]
)


def _skip_between_subject_and_verb(tokens: list[Token], j: int) -> int:
    """Index of the last token of the subject, skipping fillers, "on Tuesday" and "(R-Texas)" before a verb."""
    start = j
    while j >= 0:
        low = tokens[j].lower
        if low in _MODALS and tokens[j].is_capitalised and j + 1 < len(tokens) and _looks_past(tokens[j + 1].lower):
            return j  # "Will wrote", "May said": a modal takes no past form, so a name
        if low in SUBJECT_VERB_FILLERS or low in _NEGATED_AUX or _is_adverb_after_subject(tokens, j):
            j -= 1
        elif low == "only" and j >= 1 and tokens[j - 1].lower in SUBJECT_PRONOUNS:
            j -= 1  # "he only hinted at"
        elif low in _DAYS and j >= 1 and tokens[j - 1].lower in {"on", "last", "this"}:
            j -= 2  # "Obama on Thursday nominated"
        elif (
            low in _DAY_PARTS
            and j >= 2
            and tokens[j - 1].lower in _DAYS
            and tokens[j - 2].lower in {"on", "last", "this"}
        ):
            j -= 3  # "Sanders on Wednesday morning also called"
        elif low == "time" and j >= 3 and [t.lower for t in tokens[j - 3 : j]] == ["for", "the", "first"]:
            j -= 4  # "the report on Wednesday for the first time cited"
        elif (
            (low in _MONTHS or _is_year(tokens[j])) and j >= 2 and tokens[j - 1].lower == "in" and tokens[j - 2].is_word
        ):
            j -= 2  # "A Bloomberg poll in June showed", "A study in 2015 found"
        elif low in _PERIODS and j >= 1 and tokens[j - 1].lower in {"last", "this", "next", "that", "each"}:
            j -= 2  # "The committee this week announced"
        elif low in _PERIODS | _DAYS | {"past", "time"} and j >= 2 and tokens[j - 1].lower in {"the", "a"}:
            if tokens[j - 2].lower not in {"in", "at", "during", "over", "on"}:
                return j
            j -= 3  # "Beck, who has in the past described", "Sanders during a Sunday thanked"
        elif (
            tokens[j].text == ","
            and j >= 2
            and tokens[j - 2].text == ","
            and (tokens[j - 1].lower in _INTRO_ADVERBS | {"too", "meanwhile", "however"} or _is_adverb(tokens[j - 1]))
        ):
            j -= 3  # "NATO's secretary general, meanwhile, called on ..."
        elif tokens[j].text == "," and j >= 1 and tokens[j - 1].text == ")" and j == start:
            j -= 1  # "Gov. John Kasich (R-OH), said": the comma closes the parenthesis, not a clause
        elif tokens[j].text == ")":
            k = j
            while k >= 0 and tokens[k].text != "(" and j - k < 25:
                k -= 1
            if k < 0 or tokens[k].text != "(":
                return j
            j = k - 1  # "Gov. Pat McCrory (R) blamed", "Chris Murphy (a Democrat so boyish he ...) says"
        else:
            return j
    return j


def _is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in {"19", "20"}


# Lower-case words in -ly that are nouns or adjectives, not manner adverbs ("the family said").
_LY_NOT_ADVERBS = frozenset(
    "family ally rally assembly supply monopoly homily anomaly bully belly jelly lily fly july italy "
    "only early daily weekly monthly yearly likely unlikely friendly elderly holy ugly silly".split()
)


def _is_adverb_after_subject(tokens: list[Token], j: int) -> bool:
    """ "Trump jokingly said", "she quickly added": a manner adverb right after a name or a pronoun."""
    tok = tokens[j]
    if tok.is_capitalised or len(tok.lower) < 5 or not tok.lower.endswith("ly") or tok.lower in _LY_NOT_ADVERBS:
        return False
    prev = tokens[j - 1] if j > 0 else None  # (or after an auxiliary: "has vocally called")
    # ("The board ultimately appointed" too: any word that can end a noun phrase)
    return prev is not None and prev.is_word and prev.lower not in _BOUNDARY_OR_DETERMINER


def _coordinated_subject(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """For "and/but" at ``j`` joining two verbs, the subject of the nearest finite verb before it
    with a name, a pronoun or a determiner phrase right before it ("he laughed and said")."""
    quoted = False
    for v in range(j - 1, max(0, j - 25), -1):
        t = tokens[v]
        if _is_quote(t):
            quoted = not quoted  # 'thanked its members “for their support” and called': past the quotation
            continue
        if t.text in {".", ";", ":"} or (quoted and v == j - 1):
            return None
        if quoted or t.is_capitalised or not t.is_word or not (_looks_finite(t.lower) or t.lower in CUE_FORMS):
            continue
        if t.lower in _NO_VERBS or t.lower.endswith(("’s", "'s", "ss", "us")):
            continue  # "his", "this", "us", "across", "status": no verbs
        np = _np_before(tokens, v)
        if np is None or tokens[np[0]].lower in _RELATIVES | {"that"}:
            continue
        first = tokens[np[0]]
        opens_clause = (
            np[0] == 0
            or tokens[np[0] - 1].text == ","
            or tokens[np[0] - 1].lower in _SUBORDINATORS
            or (np[0] >= 2 and tokens[np[0] - 1].lower in {"and", "but"} and tokens[np[0] - 2].text == ",")
        )
        if opens_clause and (first.is_capitalised or first.lower in SUBJECT_PRONOUNS):
            return np
    return None


def _subject_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the verb at ``i``: the noun phrase before it, or the one before an apposition.

    "Brian Sandoval, a Republican, said" and "Levine, who has given money to Rubio, said" and
    "Sarandon, 69, told" all give the name before the first comma.
    """
    found = _subject_before_one_apposition(tokens, i)
    if found is None and i > 0 and tokens[i - 1].text == ",":
        found = _opening_name(tokens, i)
    if found is not None and found[0] >= 2 and tokens[found[0] - 1].lower == "and" and tokens[found[0]].is_capitalised:
        # "Trump and Putin agreed": both names, when the first opens the sentence (not a list's last two)
        a = found[0] - 2
        while a > 0 and found[0] - a < 5 and (tokens[a - 1].is_capitalised or tokens[a - 1].text == "."):
            a -= 1
        opens = tokens[a].is_capitalised and (a == 0 or tokens[a - 1].lower in _SENTENCE_OPENERS)
        if opens and all(t.is_capitalised or t.text == "." for t in tokens[a : found[0] - 1]):
            found = (a, found[1])
    return found


def _opening_name(tokens: list[Token], i: int, quoted: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """ "Cecelia Purner, 67, a retired clerk in Allentown, Pa., said": the name that opens the
    sentence, when only comma-separated descriptions without a verb stand between it and the cue.
    With ``quoted`` (is a position inside a quotation?), quoted titles in the descriptions are
    passed over ('Hemsley, the co-author of "Going Viral," said')."""
    b = 0
    while b < i and (tokens[b].is_capitalised or tokens[b].text in {".", "’s", "'s"}) and b < 6:
        b += 1
    if b == 0 or b >= i or tokens[b].text != "," or not tokens[0].is_capitalised:
        return None
    if tokens[0].lower in _DETERMINERS | SUBJECT_PRONOUNS or _opens_adverbial(tokens[0], tokens[1]):
        return None
    for m in range(b, i):
        t = tokens[m]
        if quoted is not None and (quoted(t.start) or _is_quote(t)):
            continue
        adjective = tokens[m - 1].lower in _DETERMINERS  # "a retired clerk"
        if (_is_cue_word(t) or _looks_verbal(t)) and not adjective:
            return None
        if t.lower in _FINITE or _is_quote(t) or t.text in {";", ":"}:
            return None
    return (0, b)


_SEGMENT_BREAKS = frozenset([",", "—", "–", "--", "―", "-"])
# ("Tom Miller, at a consulting firm called Gavekal, argues": a prepositional description may name things)
_DESCRIPTION_STARTERS = _RELATIVES | frozenset(
    ["including", "like", "both", "all", "each", "one", "whose", "at", "of", "from"]
)
_SENTENCE_OPENERS = frozenset(["and", "but", "yet", "so", "still"])


def _described_subject(
    tokens: list[Token], i: int, quoted: Callable[[int], bool], start: int | None = None
) -> tuple[int, int] | None:
    """ "Paul Ng, a driver from Ava, Mo., who is a member of the union, said": a noun phrase opening
    the sentence (or starting at ``start``, right after a quotation), then any number of
    descriptions set off by commas or dashes — relative clauses and participle phrases may hold
    verbs, plain appositions may not. Returns the opening noun phrase."""
    end = _skip_between_subject_and_verb(tokens, i - 1)
    if end < 2 or tokens[end].text not in _SEGMENT_BREAKS:
        return None
    if start is None:
        start = 1 if tokens[0].lower in _SENTENCE_OPENERS else 0
        if _opens_adverbial(tokens[start], tokens[start + 1]):
            # "In an interview at her hotel, Jo Hale - his co-host - told", "Reached by phone, Ng, who ...,
            # told": past an opening phrase without a finite verb
            comma = next((m for m in range(start + 1, min(end, start + 13)) if tokens[m].text == ","), None)
            if comma is None or any(t.lower in _FINITE or _is_quote(t) for t in tokens[start:comma]):
                return None
            start = comma + 1
        if not (tokens[start].is_capitalised or tokens[start].lower in _DETERMINERS):
            return None
    first = tokens[start]
    if (
        not first.is_word
        or _opens_adverbial(first, tokens[start + 1])
        or first.lower in SUBJECT_PRONOUNS | _SUBORDINATORS
        or (first.lower == "even" and tokens[start + 1].lower == "so")
    ):
        return None
    # split at commas and dashes outside quotations
    segments: list[tuple[int, int]] = []
    a = start
    for m in range(start, end + 1):
        if tokens[m].text in _SEGMENT_BREAKS and not quoted(tokens[m].start):
            if m > a:
                segments.append((a, m))
            a = m + 1
    if len(segments) > 2 and (
        _intro_phrase(tokens[segments[0][0] : segments[0][1]])
        or all(t.text.isupper() and len(t.text) > 1 for t in tokens[segments[0][0] : segments[0][1]])
    ):
        # "Last month, the Independent, a British newspaper, revealed"; a dateline "WASHINGTON -- Obama, ..."
        segments = segments[1:]
    if len(segments) < 2:
        return None  # one apposition or none: the other subject rules decide
    relative_open = False  # "whose latest start-up, Paradata, uses ...": the clause's verb comes later
    head_end = segments[0][1]
    for n, (a, b) in enumerate(segments):
        seg = tokens[a:b]
        if any(t.text in {";", ":", "(", ")"} and not quoted(t.start) for t in seg[1:]):
            return None  # (a period may end an abbreviation: "Mo.", "Gov.")
        if relative_open:
            relative_open = seg[0].is_capitalised and not any(_verb_like(t) for t in seg)
            continue
        described = n > 0 and (seg[0].lower in _DESCRIPTION_STARTERS or _is_participle(seg[0]))
        if described:
            relative_open = seg[0].lower in _RELATIVES and not any(_verb_like(t) for t in seg[1:])
            continue
        for m in range(a, b):
            t = tokens[m]
            if quoted(t.start) or _is_quote(t):
                if n == 0:
                    return None
                continue
            if n > 0 and t.lower in _RELATIVES:
                break  # "a Navy veteran who now is an employee": the relative clause may hold verbs
            if n == 0 and m > a + 1 and t.lower == "who" and not tokens[m - 1].is_capitalised:
                head_end = m  # "The judges who ruled that ..., for instance, said": the subject is "The judges"
                break
            adjective = m > a and tokens[m - 1].lower in _DETERMINERS
            if ((_is_cue_word(t) or _looks_verbal(t)) and not adjective) or t.lower in _FINITE:
                return None
    a, b = segments[0][0], head_end
    if b - a > _MAX_NP + 3:
        return None
    a2, b2 = segments[1]
    if tokens[a].lower in _DETERMINERS and all(
        t.is_capitalised or t.text in {"’s", "'s", "."} or t.lower == "and" for t in tokens[a2:b2]
    ):
        return (a2, b2)  # "the rival coach, Sam Ortiz, ...": the name in apposition
    return (a, b)


def _intro_phrase(seg: list[Token]) -> bool:
    """ "Just last week", "By contrast", "Not far away", "In March": an opening phrase, not a subject."""
    return 0 < len(seg) <= 4 and seg[0].lower in _INTRO_WORDS and not any(t.is_capitalised for t in seg[1:])


def _subject_before_one_apposition(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase before ``i``, or the one before a single apposition."""
    np = _np_before(tokens, i)
    age = np is not None and np[1] - np[0] == 1 and tokens[np[0]].text.isdigit()
    if np is None and i > 1 and tokens[i - 1].is_word:
        # "Hawkins and others who want to ban abortion said": no noun phrase ends right before
        # the verb (an infinitive does), but a relative clause does
        for m in range(i - 2, max(-1, i - 10), -1):
            if not tokens[m].is_word:
                break
            if tokens[m].lower == "who" and m > 0:
                return _np_before(tokens, m)
    if np is not None and not age:
        # "officials who spoke with The Huffington Post said": the subject is before "who"
        for m in range(np[0] - 1, max(-1, np[0] - 9), -1):
            if not tokens[m].is_word:
                break
            if tokens[m].lower == "who" and m > 0:
                outer = _np_before(tokens, m)
                if outer is not None:
                    return outer
                break
        return np  # ("About 9 percent said" is a subject; "Sarandon, 69, told" has an age)
    j = _skip_between_subject_and_verb(tokens, i - 1)
    if np is not None:  # "Sarandon, 69, told": skip the age
        j = np[0] - 1
    if j < 1 or tokens[j].text != ",":
        return None
    k = j - 1
    while k >= 0 and j - k <= 20 and tokens[k].text != ",":
        k -= 1
    if k < 1 or tokens[k].text != ",":
        return None
    # "A White House official, who requested anonymity, said": a relative clause may hold a verb.
    relative = tokens[k + 1].lower in _RELATIVES | {"a", "an", "the"}  # "who ...", "a rabbi helping ..."
    # "The Obama administration, in an effort to ..., has said", "economists, like their rivals, say"
    relative = relative or tokens[k + 1].lower in {"in", "like", "unlike", "with", "along", "including"}
    # "Mr. Trump, asked about the deaths, had said", "Clinton, facing a tough race, said": a participle
    relative = relative or _is_participle(tokens[k + 1])
    for m in range(k + 1, j):
        # ("director of state campaigns": a cue form after a preposition or a determiner is a noun)
        nominal = tokens[m - 1].lower in _BEFORE_NOUNS
        if (_is_cue_word(tokens[m]) and not relative and not nominal) or _is_quote(tokens[m]):
            return None
        if tokens[m].text in {".", ";", ":"}:
            return None
    subject = _np_before(tokens, k)
    before = tokens[subject[0] - 1] if subject is not None and subject[0] > 0 else None
    if before is not None and before.lower.endswith("ing") and _is_participle(before):
        # "A pastor backing Ms. Ruiz, Dan White of Ames, said": Ruiz is backed; the apposition speaks
        inner = tokens[k + 1 : j]
        if len(inner) >= 2 and inner[0].is_capitalised and inner[1].is_capitalised:
            return (k + 1, j)
        return None
    if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].lower in {"in", "at", "from", "near"}:
        # "Clinton, during a town hall in Columbus, Ohio, said": a place; the subject is before the phrase
        k2 = subject[0] - 1
        while k2 >= 0 and k - k2 <= 20 and tokens[k2].text != ",":
            k2 -= 1
        outer = _np_before(tokens, k2) if k2 > 0 and tokens[k2].text == "," else None
        if outer is None:
            # "A voter from Worcester, Mass., said": the phrase before the place names the speaker
            outer = _np_before_plain(tokens, subject[0] - 1)
        return outer or subject
    if subject is not None and (tokens[subject[1] - 1].is_capitalised or relative):
        return subject  # "Levine, who ..., said" / "A White House official, who ..., said"
    # "the rival coach, Sam Ortiz, said": the name is the apposition.
    inner = tokens[k + 1 : j]  # ("the candidates, Hillary Clinton and Senator Bernie Sanders, have promised")
    if (
        inner
        and all(t.is_capitalised or t.text in {"’s", "'s", "."} or t.lower == "and" for t in inner)
        and len(inner) <= 8
    ):
        return (k + 1, j)
    return None


_INTRO_ADVERBS = frozenset(
    "now however meanwhile instead still today yesterday later earlier also indeed moreover why here there".split()
)


_OTHER_OPENERS = frozenset(
    ["in", "for", "over", "under", "amid", "despite", "like", "unlike", "if", "although", "though", "once"]
)


def _opens_adverbial(tok: Token, nxt: Token | None = None) -> bool:
    """A sentence opener that starts an introductory phrase, not a subject: "On", "After", "Recalling".
    With the token after it: "Carly Fiorina", "Kelly Ayotte" are names, not adverbs in -ly."""
    low = tok.lower
    if nxt is not None and tok.is_capitalised and nxt.is_capitalised and nxt.is_word:
        if low.endswith("ly"):
            return False
        if (
            low.endswith(("ed", "ing"))
            and low not in CUE_FORMS
            and nxt.lower not in _DAY_AND_MONTH_NAMES
            and not nxt.text.endswith(("’s", "'s"))
        ):
            return False  # "Murshed Zaheed", "Sterling Brown": a name, not "Asked Monday" or "Recalling Trump's"
    return (
        low in _CONTENT_PREPOSITIONS
        or low in _SUBORDINATORS
        or low in _INTRO_ADVERBS
        or low in _OTHER_OPENERS
        or low in _PLACE_TOPIC_PREPOSITIONS
        or low in {"toward", "towards", "upon"}
        or (low.endswith("ing") and len(low) > 5 and low != "according")
        or (low.endswith("ly") and len(low) > 4)
        or (tok.is_capitalised and low.endswith("ed") and len(low) > 4)  # "Asked on Monday whether ..., she said"
    )


def _name_then_verb(toks: list[Token], k: int) -> bool:
    """ "Boreing said", "Manning wrote": a capitalised -ing word right before a cue is a name, not "Recalling"."""
    return toks[k].is_capitalised and k + 1 < len(toks) and _is_cue_word(toks[k + 1])


_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
# Words opening a phrase before the subject ("Just last week, Jo Hale, an editor, wrote")
_INTRO_WORDS = _TIME_WORDS | _INTRO_ADVERBS | _CONTENT_PREPOSITIONS | _MONTHS | {"by", "just", "not", "next", "at"}
# Unions the rules test tokens against, built once
_DAY_AND_MONTH_NAMES = _DAYS | _MONTHS
_PERIODS_AND_DAYS = _PERIODS | _DAYS
_DEGREE_ADVERBS = frozenset("soon shortly just right even long only".split())
# Passive forms that report a state of mind of their subject ("is worried that", "are convinced that")
_FEELING_PARTICIPLES = frozenset(
    "worried convinced shocked thrilled surprised angered outraged upset persuaded encouraged".split()
)
_SCENE_SUBORDINATORS = frozenset(["as", "where", "while", "when"])  # "as a guard walks in, saying C"
_OBJECT_PREPOSITIONS = frozenset(
    "in on at from of for into under during through".split()
)  # (not "after", "with": clauses)
_DAY_PARTS = _PERIODS & {"morning", "afternoon", "evening", "night"}  # the times of day among the periods
_POSSESSIVES = frozenset("his her its their my our your".split())
# Base forms that issue a thing as well as past ones do ("put out a statement", "did a video")
_ISSUING_BASE_FORMS = frozenset("do put set cut".split())
# Things issued, carried or shown that "say" what their issuer says ("issued a statement saying")
_ISSUED_THINGS = frozenset(
    "statement statements release releases ad ads advertisement advertisements commercial spot cover sign signs "
    "banner banners placard placards poster posters letter letters memo memos email emails tweet tweets post posts "
    "message messages video videos report reports study studies poll polls survey surveys data research paper "
    "papers document documents filing filings referendum referenda flyer flyers mailer mailers billboard "
    "billboards editorial editorials op-ed column note notes petition petitions resolution proposal proposals "
    "motion bill bills brief briefs lawsuit complaint ruling order".split()
)
_BE_BEFORE_PROGRESSIVE = _PROGRESSIVE_AUX | _NEGATED_BE  # "is saying", "isn’t saying"
_FINITE_OR_BOUNDARY = _FINITE | _BOUNDARY_WORDS
_LISTENER_WORDS = _OBJECT_PRONOUNS | _LISTENERS
_NOT_PASSIVE_OBJECT = _BOUNDARY_WORDS | SUBJECT_PRONOUNS | _OBJECT_PRONOUNS
_CIRCUMSTANCE_OPENERS = _SUBORDINATORS | {"at", "until", "before"}  # after a quotation: '"C" as they had'


_BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "’s", "'s"])
_IRREGULAR_PAST = frozenset(
    "said told wrote spoke thought gave made took saw knew brought began came went got found kept left met "
    "sent stood felt led paid won lost heard meant sought taught fought became".split()
)
_IRREGULAR_PARTICIPLES = frozenset(["said", "told", "seen", "known", "thought", "held", "shown", "written", "taken"])


# (no "'s": "he's asked" may be "he has asked")
_PASSIVE_AUX = (_PROGRESSIVE_AUX - {"'s", "’s"}) | {"being"}
_CONTINUING_OPENERS = frozenset(
    ["it", "it's", "it’s", "that", "that's", "that’s", "this", "there", "unless", "if", "but", "and", "so"]
)
_CLAUSE_AUX = _PASSIVE_AUX | _MODALS | {"had", "has", "have", "did", "does"}
# Unions the rules test token by token, built once here rather than on every test.
_BOUNDARY_OR_DETERMINER = _BOUNDARY_WORDS | _DETERMINERS
_NO_VERBS = _DETERMINERS | _OBJECT_PRONOUNS | _BOUNDARY_WORDS  # "his", "this", "us": "-s" but no verb
_BEFORE_NOUNS = _DETERMINERS | {"of", "for", "in", "on", "at", "with"}  # "of state campaigns"
_FILLERS_NOT_BE = SUBJECT_VERB_FILLERS - _PROGRESSIVE_AUX
# "... is calling", "upon saying" are no reduced relatives
_NO_REDUCED_RELATIVE_AFTER = _BOUNDARY_WORDS | _FINITE | _PROGRESSIVE_AUX | {"upon", "without"}
_NOT_LISTENER_NOUNS = _BOUNDARY_WORDS | SUBJECT_PRONOUNS | _DETERMINERS | _FINITE
_BEFORE_ASKED = frozenset(["when", "after", "once", "while", "if", "before", "as", ","]) | _PASSIVE_AUX
_QUESTION_STARTS = _QUESTION_WORDS | {"for", "to", "whom"}
_QUANTITY_PRONOUNS = frozenset(["many", "several", "some", "most", "few", "both", "all", "others"])
# Words opening a subordinate clause before the sentence's main clause ("After X said C, Y said D");
# not "as": 'As the Post reported, C' reports the main clause.
_OPENING_SUBORDINATORS = (_SUBORDINATORS - {"as"}) | {"if", "once", "although", "though"}
_GERUND_PREPOSITIONS = frozenset(["by", "before", "after", "while", "when", "without"])
_NUMBER_DETERMINERS = frozenset(["one", "any", "every", "each", "no", "another"])


def _looks_past(word: str) -> bool:
    """A past form: "said", "argued" ("claims" may be a noun after "many")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


# Past forms of speech verbs: never the first word of a subject ("state law" and "reports" may be).
_SPEECH_VERB_FORMS = frozenset(
    f for f, lemma in CUE_FORMS.items() if lemma in SPEECH_LEMMAS and f.islower() and _looks_past(f)
)


def _looks_finite(word: str) -> bool:
    """A lower-case word that reads as a finite verb: "rejected", "says", "told"."""
    return word.endswith(("ed", "s")) or word in _IRREGULAR_PAST


def _could_be_unlisted_verb(tok: Token) -> bool:
    """Shape test for a verb outside the lexicon: a lower-case past or present form, no auxiliary."""
    low = tok.lower
    return (
        low.endswith(("ed", "s"))  # (cheapest test first: this runs on every token)
        and len(low) >= 4
        and not tok.is_capitalised
        and low.isalpha()
        and low not in _FINITE
    ) or low in _IRREGULAR_UNLISTED


# Irregular pasts that introduce words with a particle ("shot back:", "spoke up:", "went on:")
_IRREGULAR_UNLISTED = frozenset(["shot", "spoke", "went", "struck", "broke", "began"])


def _is_passive(tokens: list[Token], i: int) -> bool:
    """ "was asked", "is considered", "are said to": a form of "be" before a past participle cue."""
    low = tokens[i].lower
    if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) or low == "quoted":
        return False
    j = i - 1
    while j >= 0 and tokens[j].lower in SUBJECT_VERB_FILLERS and tokens[j].lower not in _BE_FORMS:
        j -= 1
    return j >= 0 and tokens[j].lower in _BE_FORMS


def _passive_after_first(tokens: list[Token], i: int) -> bool:
    """ "was first reported", "had been previously reported": be, an adverb of time, a participle."""
    return (
        i >= 2
        and tokens[i - 1].lower in {"first", "initially", "previously", "widely", "originally", "also"}
        and tokens[i - 2].lower in _BE_FORMS
        and (tokens[i].lower.endswith("ed") or tokens[i].lower in _IRREGULAR_PARTICIPLES)
    )


def _skip_forward_fillers(tokens: list[Token], j: int, limit: int) -> int:
    """The first token from ``j`` that is no adverb, auxiliary or comma ("is now labeling" -> "labeling")."""
    while j < limit:
        if tokens[j].text == ",":  # ", for his part,": an aside
            k = j + 1
            while k < limit and tokens[k].text != ",":
                k += 1
            j = k + 1
        elif tokens[j].lower in SUBJECT_VERB_FILLERS or tokens[j].lower in _FINITE:
            j += 1
        else:
            break
    return j


def _after_progressive_aux(toks: list[Token], i: int) -> bool:
    """ "is saying", "are gently urging", "is already claiming": a form of "be" before the -ing cue."""
    j = i - 1
    while j > 0 and (toks[j].lower in _FILLERS_NOT_BE or _is_adverb(toks[j])):
        j -= 1
    return j >= 0 and (toks[j].lower in _BE_BEFORE_PROGRESSIVE or _contracted_be(toks[j]))


def _is_listener_noun(tok: Token) -> bool:
    """A lower-case noun closing a listener ("a Planned Parenthood *gathering*"), no verb or pronoun."""
    low = tok.lower
    return (
        tok.is_word
        and not tok.is_capitalised
        and low.isalpha()
        and low not in _NOT_LISTENER_NOUNS
        and not _looks_verbal(tok)
        and low not in CUE_FORMS
    )


def _skip_listener_modifiers(toks: list[Token], k: int) -> int:
    """Past "of Newark", "in Washington", "last week", "on Monday" after a listener."""
    while k < len(toks):
        low = toks[k].lower
        if low in {"of", "in", "at"} and k + 1 < len(toks) and toks[k + 1].is_capitalised:
            k += 2
            while k < len(toks) and toks[k].is_capitalised:
                k += 1
        elif low in {"last", "this", "on", "earlier"} and k + 1 < len(toks) and toks[k + 1].lower in _PERIODS | _DAYS:
            k += 2
        elif low in _DAYS | {"yesterday", "today", "recently", "earlier", "later"}:
            k += 1
        else:
            return k
    return k


# Participles of judging that take "as": "is seen as", "was described as", "are regarded as"
_AS_PARTICIPLES = frozenset(
    "seen viewed regarded considered known described deemed perceived labeled labelled branded dubbed billed "
    "characterized portrayed touted hailed".split()
)
_CAUSATIVES = frozenset(["led", "leads", "lead", "leading", "prompted", "prompting", "caused", "forced", "drove"])


def _infinitive_subject(toks: list[Token], to_at: int) -> tuple[int, int] | None:
    """Who speaks in "X is more likely to say", "X took to Twitter to say" (the subject of the
    nearest finite verb before "to"), or in "led Republicans to say" (the object of a causative)."""
    for m in range(to_at - 1, max(-1, to_at - 6), -1):
        if toks[m].lower in _CAUSATIVES and m < to_at - 1:
            if all(t.is_word for t in toks[m + 1 : to_at]) and toks[m + 1].lower not in _BOUNDARY_WORDS:
                return (m + 1, to_at)
            return None
    for m in range(to_at - 1, max(-1, to_at - 8), -1):
        tok = toks[m]
        if not tok.is_word:
            return None
        if tok.lower in _FINITE or tok.lower in _IRREGULAR_PAST or _looks_verbal(tok) or tok.lower in _BE_FORMS:
            return _subject_before(toks, m)
    return None


def _headline_verb(low: str) -> bool:
    """ "Endorses", "rebuffs", "Reassures": headlines report in the present tense, whose -s forms
    are too rare in train for the lexicon; the verb's other forms are in it."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    stem = low[:-1]
    return any(f in CUE_FORMS for f in (stem, stem + "d", stem + "ed", low[:-2], low[:-2] + "ed"))


def _starts_clause(tok: Token) -> bool:
    """A token that can open a reported clause: a subject pronoun ("he’s" too), a determiner or a name."""
    low = tok.lower.replace("’", "'").split("'")[0]
    return low in SUBJECT_PRONOUNS - {"that", "which", "who"} or low in _DETERMINERS or tok.is_capitalised


def _looks_like_verb_after_to(tok: Token) -> bool:
    """After "to": a lower-case word that is no determiner or pronoun ("to comment", not "to the press")."""
    return (
        tok.is_word
        and not tok.is_capitalised
        and tok.lower not in _DETERMINERS
        and tok.lower not in _OBJECT_PRONOUNS
        and tok.lower not in {"reporters", "journalists", "supporters", "voters", "it", "you"}
    )


_MANNER_ADVERBS = frozenset("aloud again later too also then afterward afterwards just".split())


def _is_adverb(tok: Token) -> bool:
    """A manner or time adverb right after a cue: "wondered aloud", "said quietly"."""
    low = tok.lower
    return not tok.is_capitalised and (
        low in _MANNER_ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in {"only", "early", "family"})
    )


def _is_participle(tok: Token) -> bool:
    """A lower-case participle opening a phrase: "asked", "facing", "speaking" (not "thing", "bed")."""
    low = tok.lower
    return (
        not tok.is_capitalised
        and low.isalpha()
        and (
            (low.endswith("ed") and len(low) > 4)
            or (low.endswith("ing") and len(low) > 5)
            or low in _IRREGULAR_PARTICIPLES
        )
    )


def _verb_like(tok: Token) -> bool:
    """An auxiliary, a cue form or a past form: a phrase holding one is no bare noun phrase."""
    return tok.lower in _FINITE or _is_cue_word(tok) or _looks_verbal(tok)


def _looks_verbal(tok: Token) -> bool:
    """A lower-case past form ("accepted") ends a subject phrase; names never look like this."""
    return not tok.is_capitalised and tok.lower.endswith("ed") and len(tok.lower) > 4


def _np_after(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i`` ("said *the U.S. diplomat*")."""
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].lower in _BOUNDARY_WORDS:
        return None
    if tokens[i].lower in SUBJECT_PRONOUNS - {"that", "which", "who"}:
        return (i, i + 1)
    b = i
    while b < len(tokens) and b - i < _MAX_NP_AFTER:
        tok = tokens[b]
        if not tok.is_word and tok.text not in {"-", "’s", "'s"}:
            break
        if b > i and (tok.lower in _BOUNDARY_WORDS - {"of"} or _is_cue_word(tok) or tok.lower in _RELATIVES):
            break
        b += 1
    return (i, b) if b > i else None


def _span(tokens: list[Token], a: int, b: int) -> Span:
    return (tokens[a].start, tokens[b - 1].end)


_FEW = 16  # up to this many items, looking through them all is cheaper than building an index


class _SpanCover:
    """Whether any of a fixed set of spans holds a position: the spans sorted by start, with the
    running maximum of their ends (a binary search instead of a scan of every span)."""

    def __init__(self, spans: Iterable[Span]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def holds(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos


class _GrowingReach:
    """Whether any of some attributions holds a position, while their contents grow at the end:
    the attributions sorted by start, with prefix maxima of their ends in a Fenwick tree (a few
    are simply looked through)."""

    def __init__(self, atts: list[Attribution]):
        self._few = atts if len(atts) <= _FEW else None  # (a few are looked through, as they are)
        order = [] if self._few is not None else sorted(range(len(atts)), key=lambda n: atts[n].start)
        self._starts = [atts[n].start for n in order]
        self._slot = {id(atts[n]): k + 1 for k, n in enumerate(order)}  # (1-based tree slots)
        self._tree = [0] * (len(order) + 1)
        for n in order:
            self.grow(atts[n])

    def grow(self, att: Attribution) -> None:
        """Take ``att``'s end as it is now (ends only grow)."""
        if self._few is not None:
            return
        k, end = self._slot[id(att)], att.end
        while k < len(self._tree):
            self._tree[k] = max(self._tree[k], end)
            k += k & -k

    def holds(self, pos: int) -> bool:
        if self._few is not None:
            return any(a.start <= pos < a.end for a in self._few)
        k, reach = bisect.bisect_right(self._starts, pos), pos  # (no attribution starts by pos: none holds it)
        while k > 0:
            reach = max(reach, self._tree[k])
            k -= k & -k
        return reach > pos


_Item = TypeVar("_Item")


class _ByParagraph(Generic[_Item]):
    """Items kept under the paragraph that holds their span's start, so that what may overlap a span
    of one paragraph is found without looking at every item (spans that run past the end of their
    paragraph, or lie outside any, are kept apart and always looked at)."""

    def __init__(self, paragraphs: list[Paragraph]):
        self._starts = [p.start for p in paragraphs]
        self._ends = [p.end for p in paragraphs]
        self._items: dict[int, list[_Item]] = {}
        self._crossing: list[_Item] = []

    def _paragraph(self, start: int, end: int) -> int:
        """The paragraph that holds ``start``-``end`` whole, or -1."""
        k = bisect.bisect_right(self._starts, start) - 1
        return k if k >= 0 and end <= self._ends[k] else -1

    def add(self, item: _Item, spans: list[Span]) -> None:
        """Keep ``item`` under the paragraph of each of its ``spans`` (once per paragraph)."""
        for k in dict.fromkeys(self._paragraph(s, e) for s, e in spans):
            (self._crossing if k < 0 else self._items.setdefault(k, [])).append(item)

    def add_each(self: _ByParagraph[Span], spans: list[Span]) -> None:
        """Keep every span of ``spans`` as an item of its own."""
        for sp in spans:
            self.add(sp, [sp])

    def near(self, start: int, end: int) -> list[_Item]:
        """Every item whose spans may overlap ``start``-``end`` (more, never fewer)."""
        k = self._paragraph(start, end)
        if k < 0:
            return [*(x for v in self._items.values() for x in v), *self._crossing]
        return [*self._items.get(k, []), *self._crossing]


def _in_range(keyed: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """The numbers of the (key, number) pairs of sorted ``keyed`` with lo < key < hi, in order of number."""
    a = bisect.bisect_right(keyed, (lo, sys.maxsize))
    b = bisect.bisect_left(keyed, (hi, -1))
    return sorted(n for _, n in keyed[a:b])


class _Engine:
    def __init__(
        self,
        text: str,
        paragraphs: list[Paragraph],
        regions: list[QuoteRegion],
        sentences: list[Sentence],
        use_model: bool = True,
        use_boundary: bool = True,
    ):
        self.use_model = use_model
        self.use_boundary = use_boundary
        self.text = text
        self.paragraphs = paragraphs
        self.regions = regions
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._region_index = RegionIndex(regions)
        self._token_starts = [t.start for sent in sentences for t in sent.tokens]
        self._tokens = [t for sent in sentences for t in sent.tokens]
        # Running counts of words and of quoted words, for the quoted share of any token range.
        words = [0]
        quoted = [0]
        bounds = [(r.start, r.end) for r in regions]
        k, n_regions = 0, len(bounds)
        for t in self._tokens:
            while k < n_regions and bounds[k][1] <= t.start:
                k += 1
            inside = k < n_regions and bounds[k][0] <= t.start
            words.append(words[-1] + t.is_word)
            quoted.append(quoted[-1] + (t.is_word and inside))
        self._words_before = words
        self._quoted_before = quoted
        self.attributions: list[Attribution] = []
        self._used_cues: set[int] = set()
        # While the frames run (the list only grows): (cue start, list index) sorted, and the
        # attributions of each paragraph in the order they were found.
        self._by_cue: list[tuple[int, int]] = []
        self._by_paragraph: dict[int, list[Attribution]] = {}
        # Quoted regions are disjoint and in text order, so their ends are sorted too.
        self._region_ends = [r.end for r in regions]
        self._sentence_dashes: dict[int, list[Span]] = {}  # (see _dashes_between)
        # Facts of a token list, by kind and list id (the list kept alive beside them: ids are never reused).
        self._token_facts: dict[tuple[str, int], tuple[list[Token], object]] = {}

    # ------------------------------------------------------------------ helpers
    def region_at(self, pos: int) -> QuoteRegion | None:
        return self._region_index.at(pos)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Body tokens that start inside [start, end)."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self._tokens[lo:hi]

    def inside_quote(self, pos: int) -> bool:
        r = self.region_at(pos)
        return r is not None and r.start < pos

    def _facts(self, kind: str, toks: list[Token], compute: Callable[[list[Token]], _T]) -> _T:
        """``compute(toks)``, computed once per token list (a sentence's tokens, a content's)."""
        hit = self._token_facts.get((kind, id(toks)))
        if hit is not None and hit[0] is toks:
            return hit[1]  # type: ignore[return-value]
        value = compute(toks)
        self._token_facts[(kind, id(toks))] = (toks, value)
        return value

    def _unquoted(self, toks: list[Token]) -> _Unquoted:
        """The first word and the commas of ``toks`` outside quotation marks."""
        return self._facts("unquoted", toks, self._find_unquoted)

    def _first_unquoted_word(self, toks: list[Token], limit: int) -> int:
        """Index of the first word of ``toks[:limit]`` outside quotation marks, else ``limit``."""
        for m in range(min(limit, _SCAN)):
            if toks[m].is_word and not self.inside_quote(toks[m].start):
                return m
        return limit if limit <= _SCAN else min(self._unquoted(toks).first_word, limit)

    def _next_unquoted_comma(self, toks: list[Token], k: int, limit: int) -> int:
        """Index of the first comma of ``toks[k + 1 : limit]`` outside quotation marks, else ``limit``."""
        stop = min(limit, k + 1 + _SCAN)
        for m in range(k + 1, stop):
            if toks[m].text == "," and not self.inside_quote(toks[m].start):
                return m
        if stop >= limit:
            return limit
        commas = self._unquoted(toks).commas
        n = bisect.bisect_left(commas, stop)
        return commas[n] if n < len(commas) and commas[n] < limit else limit

    def _words_from(self, toks: list[Token], k: int) -> int:
        """The number of words in ``toks[k:]``."""
        if len(toks) - k <= _SCAN:
            return sum(1 for t in toks[k:] if t.is_word)
        running = self._facts("running counts", toks, self._running_counts)[0]
        return running[len(toks)] - running[k]

    def _find_unquoted(self, toks: list[Token]) -> _Unquoted:
        first = next((n for n, t in enumerate(toks) if t.is_word and not self.inside_quote(t.start)), len(toks))
        return _Unquoted(first, [n for n, t in enumerate(toks) if t.text == "," and not self.inside_quote(t.start)])

    def _content_start(self, sent: _Sentence, first: int) -> int:
        """Start of a content that runs from sentence start: extended back to its quote's opening mark."""
        start = sent.tokens[first].start
        r = self.region_at(start)
        if r is not None and r.start < start:
            start = r.start
        return start

    def _quoted_until(self, start: int) -> int | None:
        """When ``start`` opens a quote, the offset where that quote ends."""
        r = self.region_at(start)
        if r is not None and r.start == start:
            return r.end
        return None

    def _add(self, att: Attribution) -> None:
        if att.source is not None:
            m = _CONTRACTED_BE_RE.fullmatch(self.text, att.source[0], att.source[1])
            if m is not None and m.group(1).lower() in SUBJECT_PRONOUNS:
                att.source = (att.source[0], m.end(1))  # "He’s claiming": the speaker is "He"
            words = _SUBJECT_HEAD_RE.match(self.text, att.source[0], att.source[1])
            assert words is not None
            head, rest = words.group(1), words.end()
            if head in _AUXILIARY_HEADS or head in _SPEECH_VERB_FORMS:
                # 'the “cartel” *is growing* nervous', '“C,” *said Spicer* in a tweet': a verb phrase is nobody
                return
            if rest >= att.source[1] and head.islower() and _looks_past(head):
                return  # '“Call the roll,” *came* shouts from the crowd': a lone verb is nobody
            if head.lower() in _SUBORDINATE_HEADS:
                if rest >= att.source[1]:
                    return
                att.source = (rest, att.source[1])  # '... until Haley said C': the speaker is "Haley"
        content = [(s, e) for s, e in att.content if e > s and self.text[s:e].strip()]
        if not content:
            return
        toks = self._first_tokens(content, 2)
        named = len(toks) == 1 and toks[0].is_capitalised and att.rule.startswith("source-first")
        if len(toks) < 2 and not named:
            return  # (one name is enough for what is backed or attacked: "He endorsed Clinton in March")
        if (
            len(content) == 1
            and self._is_quoted_title(*content[0])
            # ('"Nusra Is Al Qaeda," he said': a comma inside the marks makes it someone's words)
            and (att.rule.startswith("source-first") or not _has_report_comma(self.text[content[0][0] : content[0][1]]))
        ):
            return  # 'the reality TV show "The Apprentice."', 'named “Madam Secretary” as her favourite'
        att.content = content
        if att.cue:
            self._used_cues.add(att.cue[0])
            bisect.insort(self._by_cue, (att.cue[0], len(self.attributions)))
        self._by_paragraph.setdefault(att.paragraph, []).append(att)
        self.attributions.append(att)

    def _first_tokens(self, content: list[Span], n: int) -> list[Token]:
        """The first ``n`` body tokens that start inside the pieces of ``content``."""
        out: list[Token] = []
        for s, e in content:
            lo = bisect.bisect_left(self._token_starts, s)
            out.extend(self._tokens[lo : min(lo + n - len(out), bisect.bisect_left(self._token_starts, e))])
            if len(out) >= n:
                break
        return out

    def _with_cue_in(self, lo: int, hi: int) -> list[Attribution]:
        """The attributions found so far whose cue starts in [lo, hi), in the order they were found."""
        a = bisect.bisect_left(self._by_cue, (lo, -1))
        b = bisect.bisect_left(self._by_cue, (hi, -1))
        return [self.attributions[n] for n in sorted(n for _, n in self._by_cue[a:b])]

    def _last_region_before(self, pos: int) -> QuoteRegion | None:
        """The last quoted region that ends at or before ``pos``."""
        k = bisect.bisect_right(self._region_ends, pos) - 1
        return self.regions[k] if k >= 0 else None

    def _is_quoted_title(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` is one quotation of two to seven title-case words, without a
        question or exclamation mark: the name of a show, a book or a group, not someone's words."""
        region = self.region_at(start)
        if region is None or region.start != start or region.end < end - 1:
            return False
        words = [t for t in self.tokens_in(start, end) if t.is_word]
        if not 2 <= len(words) <= 7 or not words[0].is_capitalised:
            return False
        if any(ch in "?!" for ch in self.text[start:end]):
            return False
        return all(t.is_capitalised or t.lower in _TITLE_SMALL_WORDS for t in words)

    # ------------------------------------------------------------------ frames
    def according_to(self, sent: _Sentence, i: int) -> Attribution | None:
        toks = sent.tokens
        if i + 1 >= len(toks) or toks[i + 1].lower != "to":
            return None
        np_start = i + 2
        # The source runs to the next comma or the end of the sentence.
        b = np_start
        while b < len(toks) and toks[b].text not in {",", ";", ":", "."} and not _is_quote(toks[b]):
            b += 1
        if b == np_start:
            return None
        source = self._best_mention(toks, np_start, b)
        cue = _span(toks, i, i + 2)
        before = i - 1
        while before >= 0 and toks[before].text in {",", "—", "–", "("}:
            before -= 1
        lead = before >= 0 and toks[before].lower not in {"and", "but", "so"}
        # '"C," according to X.': the comma sits inside the closing quotation mark
        closing_quote = i > 1 and _is_quote(toks[i - 1]) and toks[i - 2].text == ","
        if lead and i > 0 and (toks[i - 1].text in {",", "—", "–", "("} or closing_quote):
            # "C, according to X."
            first = self._after_intro(toks, 0, before)
            content = (self._content_start(sent, first), toks[before].end)
            pieces = [content]
            # "Since November, according to Human Rights Watch, forces have killed 400": the
            # statement goes on after the source (past an apposition: ", a group in New York,").
            t = b
            if t < len(toks) - 1 and toks[t].text == "," and toks[t + 1].lower in _APPOSITION_STARTERS:
                t += 1
                while t < len(toks) and toks[t].text not in {",", ";", "."} and not _is_quote(toks[t]):
                    t += 1
            if t < len(toks) - 1 and toks[t].text == "," and toks[t + 1].lower != "according":
                stop = self._clause_end(toks, t + 1)
                rest = toks[t + 1 : stop]
                # ("according to Uzi Arad, Mr. Netanyahu's former adviser": a description, no statement)
                verbless = not any(_verb_like(x) for x in rest)
                description = verbless and stop >= len(toks) - 1 and rest[0].is_capitalised
                if sum(1 for x in rest if x.is_word) >= 3 and not _is_quote(toks[t + 1]) and not description:
                    pieces.append((toks[t + 1].start, toks[stop - 1].end))
            return Attribution(pieces, cue, source, sent.paragraph.id, "according-to (after content)", 0.8)
        # "According to X, C." (also "... and according to X, C.", "According to the memo: C")
        if b >= len(toks) or toks[b].text not in {",", ":"}:
            return None
        c0 = b + 1
        c1 = len(toks)
        for k in range(c0, len(toks) - 1):  # stop before a second "according to"
            if toks[k].text == "," and toks[k + 1].lower == "according":
                c1 = k
                break
        if c0 >= c1:
            return None
        end = toks[c1 - 1].end
        return Attribution(
            [(toks[c0].start, end)], cue, source, sent.paragraph.id, "according-to (before content)", 0.85
        )

    def _after_intro(self, toks: list[Token], a: int, b: int) -> int:
        """Skip a leading "According to X," when a content sits between two attributions."""
        if toks[a].lower == "according":
            for k in range(a, b):
                if toks[k].text == ",":
                    return k + 1
        return a

    def _best_mention(self, toks: list[Token], a: int, b: int) -> Span:
        """In a long source phrase ("remarks Foreign Minister Lavrov made"), the name in it."""
        if b - a <= 3:
            return _span(toks, a, b)
        best: tuple[int, int] | None = None
        k = a
        while k < b:
            if toks[k].is_capitalised:
                s = k
                while k < b and (
                    toks[k].is_capitalised or (toks[k].lower == "of" and k + 1 < b and toks[k + 1].is_capitalised)
                ):
                    k += 1
                if best is None or (k - s) >= (best[1] - best[0]):
                    best = (s, k)
            else:
                k += 1
        if best is None:
            best = (a, min(b, a + _MAX_NP))
        return _span(toks, *best)

    def content_first(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "C, X said." / "C," said X."""
        toks = sent.tokens
        tail_options: list[boundary.Option] = []
        tail_share: float | None = None
        k = 0
        cue = _span(toks, i, i + 1)
        # Inverted: ", said X"
        after = None if toks[i].lower.endswith("ing") else _np_after(toks, i + 1)
        if after is not None and after[1] - after[0] == 1 and toks[after[0]].lower in _OBJECT_PRONOUNS:
            after = None  # ", called her “third-rate”": an object, not an inverted subject
        if (
            after is not None
            and after[1] - after[0] == 1
            and toks[after[0]].lower == "it"
            and after[1] < len(toks)
            and (toks[after[1]].is_word or _is_quote(toks[after[1]]))
        ):
            after = None  # ", called it “a disgrace”": "it" is what is called, not who says
        if after is not None and CUE_FORMS.get(toks[i].lower) in {"tell", "inform", "assure", "advise", "remind"}:
            after = None  # '"C," Ramos, 58, told AFP': after "told" comes the listener ("asked Bennett" inverts)
        # ('said Will Doyle': a capitalised modal before a capitalised word is a first name)
        first_name = after is not None and toks[after[0]].is_capitalised and after[1] - after[0] > 1
        if after is not None and (
            (toks[after[0]].lower in SUBJECT_VERB_FILLERS and not first_name)
            or toks[after[0]].lower in _INTRO_ADVERBS | _TIME_WORDS
            or _is_adverb(toks[after[0]])
        ):
            after = None  # ", said just after midnight": an adverb, not an inverted subject
        # ('And Trump, said Sunshine, is a good boss': the inverted speaker is set off by commas
        # before the predicate of the sentence's subject)
        predicate_follows = (
            after is not None
            and after[1] + 1 < len(toks)
            and toks[after[1]].text == ","
            and toks[after[1] + 1].lower in _FINITE
        )
        if after is not None and i > 0 and toks[i - 1].text in {",", "—"} and not predicate_follows:
            subject = _subject_before(toks, i)
            if (
                (
                    subject is not None
                    and all(
                        t.text == "," or t.lower in _INTRO_ADVERBS | {"but", "and", "yet", "so"}
                        for t in toks[: subject[0]]
                    )
                )
                or _opening_name(toks, i, self.inside_quote)
                or _described_subject(toks, i, self.inside_quote)
            ):
                # "Craig Minassian, a spokesman for the foundation, said the decision ...": a
                # described subject, not a content before an inverted "said the decision"
                after = None
        if (
            after is not None
            and i > 1
            and _is_quote(toks[i - 1])
            and toks[i - 2].is_word
            and self._closes_quotation(toks, i - 1)
            and CUE_FORMS.get(toks[i].lower) not in SPEECH_LEMMAS
        ):
            # '“I am committed to manufacturing” sounds great': the quotation is the subject (but
            # '"C" said Nick Merrill' has only lost its comma)
            after = None
        if after is not None and not _is_quote(toks[i - 1]) and CUE_FORMS.get(toks[i].lower, "") not in SPEECH_LEMMAS:
            after = None  # '..., Virginia, endorsed Cruz last week, saying': only speech verbs invert
        if i > 0 and (toks[i - 1].text in {",", "—"} or _is_quote(toks[i - 1])) and after is not None:
            np = after
            lead_end = i - 1
            rest = np[1]
            if rest < len(toks) and (toks[rest].lower in {"who", "whose", "which"} or toks[rest].text == "("):
                rest = len(toks)  # "said an official who ...": a clause about the speaker
            rule = "content-first (cue, source)"
        else:
            if toks[i].lower.endswith("ing"):
                aux = _skip_between_subject_and_verb(toks, i - 1)
                if not (aux >= 0 and toks[aux].lower in _PROGRESSIVE_AUX) and not (
                    i > 0 and toks[i - 1].lower in _PROGRESSIVE_AUX
                ):
                    return None  # '"C," Devine said, instead seeking ...': a participle, not a finite cue
            after_quote = self._after_closing_quote(toks, i)
            subject = None
            if after_quote is not None:
                # '"C," Ana Ruiz, 49, a nurse from Dayton, Ohio, who voted for him, said'
                subject = _described_subject(toks, i, self.inside_quote, after_quote)
            subject = subject or _subject_before(toks, i) or self._name_after_quote(toks, i)
            if subject is None:
                return None
            head = toks[subject[0]]
            if (head.lower in _AUXILIARY_HEADS and not head.is_capitalised) or head.lower in _SUBORDINATE_HEADS:
                return None  # '"cartel" is growing nervous', '"C" until Haley said': not this cue's subject
            if head.lower in _RELATIVES and self._relative_clause_closes(toks, i):
                return None  # '"C," Warren, who has not endorsed anyone, told reporters': the main cue's
            np = subject
            a = np[0]
            if a == 0:
                # '"Quote." He said.' only: when words follow the cue, they are its content.
                rest_words = [t for t in toks[i + 1 :] if t.is_word]
                circumstance = bool(rest_words) and (
                    rest_words[0].lower in _SUBORDINATORS
                    or rest_words[0].lower.endswith("ing")
                    # '"Why not?" Trump said to a crowd of 500.' / 'said 30 minutes into the debate'
                    or rest_words[0].lower in _CONTENT_PREPOSITIONS | {"about", "of", "into", "over", "after"}
                    or rest_words[0].text[0].isdigit()
                )
                k = i + 1
                while k < len(toks) and _is_adverb(toks[k]):
                    k += 1
                # ('He said, twice, that C': a that-clause after an aside is this cue's own content)
                that_follows = any(
                    toks[m].lower == "that" and m + 1 < len(toks) and _starts_clause(toks[m + 1])
                    for m in range(k + 1, min(len(toks) - 1, k + 5))
                )
                appended = self._quote_just_before(sent) and (
                    (k < len(toks) and toks[k].text == "," and not that_follows)
                    # '"What can we do to help?" Renteria told reporters during the call.': the
                    # question mark ended the sentence, not the quotation's report
                    or (self._quote_just_before(sent, marks="?!") and (k >= len(toks) or toks[k].lower != "that"))
                )
                if len(rest_words) > 3 and not circumstance and not appended:
                    return None  # '"Great!" Dawson shouted, shorthand for ...' is appended
                if (
                    k + 1 < len(toks)
                    and toks[k].text in {",", ":"}
                    and _is_quote(toks[k + 1])
                    and self._quoted_until(toks[k + 1].start) is not None
                ):
                    return None  # '"A." He added, "B."': the quotation after the cue is its content
                return self._content_in_previous_sentence(sent, i, np, "content-first (previous sentence)", toks)
            if toks[a - 1].text == "," and a >= 2:
                # "C," the rival coach, Sam Ortiz, said: the description belongs to the source, not to C.
                desc = _np_before(toks, a - 1)
                # ('“C” filing papers, John said': a quotation closed without its comma is no lead)
                quote_led = (
                    desc is not None
                    and desc[0] > 1
                    and _is_quote(toks[desc[0] - 1])
                    and toks[desc[0] - 2].text in {",", "?", "!", "—"}
                )
                if desc is not None and desc[0] > 0 and (quote_led or toks[desc[0] - 1].text == ","):
                    a = desc[0]
                elif np[1] - np[0] <= 5 and toks[np[0]].is_capitalised and _is_description(toks, 0, a - 1):
                    # "The author of the book, Mitchell Zuckoff, said ...": a description, then the name
                    # in apposition: the whole is the subject of "said", not a content before it
                    return None
            if toks[a - 1].lower == "and" and a >= 3:
                # "C, teachers and union officials told POLITICO.": coordinated subjects
                first_np = _np_before(toks, a - 1)
                if (
                    first_np is not None
                    and first_np[0] > 0
                    and toks[first_np[0] - 1].text == ","
                    and any(_verb_like(t) for t in toks[: first_np[0]])  # (not a list of names)
                ):
                    a = first_np[0]
                    np = (a, np[1])
            if (
                _is_quote(toks[a - 1])
                and a >= 2
                and toks[a - 2].is_word
                and self._closes_quotation(toks, a - 1)
                and self._quoted_words(toks[a - 1].start) <= 4
            ):
                return None  # 'The “Fight for $15” movement plans to ...': a quoted name, not words
            if toks[a - 1].text not in {",", "—", "–"} and not _is_quote(toks[a - 1]):
                # '"C," former State policy planning director Ana Ruiz wrote': the words between the
                # quotation and the noun phrase found are all the subject's
                b = a - 1
                while b > 0 and a - b < 8 and toks[b].is_word and toks[b].lower not in _FINITE_OR_BOUNDARY:
                    b -= 1
                if not (_is_quote(toks[b]) and self._closes_quotation(toks, b) and toks[b - 1].text in {",", "?", "!"}):
                    return None  # ('said “it gets me mad” every time he thinks': the sentence goes on)
                a = b + 1
                np = (a, np[1])
            lead_end = a - 1
            rest = i + 1
            rule = "content-first (source, cue)"
        while rest < len(toks) and _is_adverb(toks[rest]):
            rest += 1  # "he wondered aloud", "she said quietly"
        # What follows the attribution must end it: end of sentence, a comma, or "of ..."
        if CUE_FORMS.get(toks[i].lower) in ADDRESSEE_VERBS and rest < len(toks):
            # "he told Chris Cuomo of CNN": a name (with "of ..."), a pronoun or "reporters"
            her_audience = (
                toks[rest].lower == "her"
                and rest + 1 < len(toks)
                and toks[rest + 1].is_word
                and toks[rest + 1].lower not in _BOUNDARY_WORDS | SUBJECT_PRONOUNS
            )
            if toks[rest].lower in _LISTENER_WORDS and not her_audience:
                rest += 1
            elif toks[rest].lower in _LISTENER_DETERMINERS and rest + 1 < len(toks) and toks[rest + 1].is_word:
                # "this source told the Post", "told a local newspaper", "told her audience"
                k = rest + 1
                while (
                    k < len(toks)
                    and k - rest <= 5
                    and toks[k].is_word
                    and toks[k].lower not in (_BOUNDARY_WORDS - {"of"}) | _RELATIVES
                    and not (toks[k].lower == "of" and k + 1 < len(toks) and not toks[k + 1].is_capitalised)
                ):
                    k += 1
                if k < len(toks) and toks[k].lower in _RELATIVES:
                    # "told the mayors who gathered in Indianapolis, ...": a clause about the listeners
                    while k < len(toks) and toks[k].text != "," and not _is_quote(toks[k]):
                        k += 1
                rest = k
            else:
                while rest < len(toks) and (
                    toks[rest].is_capitalised
                    or (toks[rest].lower == "of" and rest + 1 < len(toks) and toks[rest + 1].is_capitalised)
                ):
                    rest += 1
        resumes: int | None = None
        if rest < len(toks) and (toks[rest].lower in _SUBORDINATORS or toks[rest].lower.endswith("ing")):
            resumes = self._resumed_quotation(toks, rest, lead_end)
            rest = len(toks)  # "Cruz said as the heckler yelled", "he said, introducing Clinton": circumstances
        if rest < len(toks) and toks[rest].text == ":":
            return None  # "On Friday, he remarked: ..." introduces what follows
        ends = rest >= len(toks) or toks[rest].text in {",", ".", "!", "?", ";", "—"} or _is_quote(toks[rest])
        if not ends and toks[rest].lower in {"and", "but"} and rule.endswith("(source, cue)") and lead_end > 0:
            ends = _is_quote(toks[lead_end]) or _is_quote(toks[lead_end - 1])  # '"Go," Trump barked and left'
            if ends:
                rest = len(toks)
        if not ends and rule.endswith("(cue, source)") and any(t.lower in _FINITE for t in toks[np[0] : np[1]]):
            return None  # ', said the increased office space was needed': no inverted subject
        if not ends:
            # "..., Trump said in a statement." / "said of Mrs. Clinton's plan."
            k = rest
            # ("told reporters this was the only chance": "this" opens the content, not "this week")
            this_clause = toks[k].lower == "this" and (k + 1 >= len(toks) or toks[k + 1].lower not in _PERIODS_AND_DAYS)
            if (
                toks[k].lower in _CONTENT_PREPOSITIONS | _TIME_WORDS | {"of", "about", "afterwards", "over"}
                and not this_clause
            ):
                while (
                    k < len(toks)
                    and toks[k].text not in {",", "."}
                    and (not _is_quote(toks[k]) or k == rest + 1 or self.inside_quote(toks[k].start))
                ):  # 'said on ''The Late Show'' last month': the quotation names the show
                    if (
                        toks[k].lower == "that"
                        and k + 1 < len(toks)
                        and (_starts_clause(toks[k + 1]) or _is_quote(toks[k + 1]))
                    ):
                        break  # "many said Monday that C": the content follows the cue
                    k += 1
                ends = k >= len(toks) or toks[k].lower != "that"
                rest = k
        if not ends and toks[rest].lower not in {"that", ":"} and self._closes_quotation(toks, lead_end):
            # '"C," he said outside the building.' / '"C," Bloomberg told New York magazine in 2013':
            # after a closed quotation, whatever follows the cue is circumstance, not content.
            k = rest
            while k < len(toks) and toks[k].text not in {",", ".", "!", "?", ";"} and not _is_quote(toks[k]):
                k += 1
            ends = True
            rest = k
        if not ends:
            return None
        # The content: sentence start (or its quote's opening) up to the comma.
        c_end_tok = lead_end - 1
        while c_end_tok >= 0 and (toks[c_end_tok].text in {",", "—", "–"} or _is_quote(toks[c_end_tok])):
            c_end_tok -= 1
        if c_end_tok < 0:
            return self._content_in_previous_sentence(sent, i, np, rule, toks)
        first = self._after_intro(toks, 0, c_end_tok)
        if first > c_end_tok or toks[first].lower == "according":
            return None  # nothing between an opening "According to X," and this frame
        for m in range(c_end_tok - 1, first, -1):
            if toks[m].text in {":", "-", "—", "–"} and _is_quote(toks[m + 1]) and not self.inside_quote(toks[m].start):
                first = m + 1  # 'he had silenced his wife: "She signed ...," he told the Times' (or "wife - ")
                break
        if first < c_end_tok and toks[first].lower in {"but", "and", "so"} and not self.inside_quote(toks[first].start):
            first += 1  # "But California has seen ..., he said": the conjunction links to the sentence before
            while first < c_end_tok and toks[first].text == ",":
                first += 1
        start = self._content_start(sent, first)
        end = toks[lead_end].end if _is_quote(toks[lead_end]) else toks[c_end_tok].end
        lead = [t for t in self.tokens_in(start, end) if t.is_word]
        unquoted_lead = self.region_at(start) is None
        lead_adverbial = (
            unquoted_lead
            and not predicate_follows
            and (
                not lead
                or len(lead) < 3
                or (
                    len(lead) <= 5
                    and lead[0].lower in _CONTENT_PREPOSITIONS | _TIME_WORDS
                    and not (lead[0].lower == "this" and _verb_like(lead[1]))  # "This is not about me, he said"
                )
                # "In a September letter to the board, Ruiz asked ...": a longer phrase, but with no verb
                or (
                    len(lead) <= 9
                    and lead[0].lower in _LEAD_PREPOSITIONS | _DAY_AND_MONTH_NAMES
                    and not any(_verb_like(t) for t in lead)
                )  # ('Wednesday on Fox News Channel’s “Hannity,” Gingrich said ...': when and where)
            )
        )
        lead_intro = (
            unquoted_lead
            and bool(lead)
            and (
                lead[0].lower in _CONTENT_PREPOSITIONS | _SUBORDINATORS | {"but", "and"}
                # "Soon after X was booed, Canova wrote, “C,”": an adverb and a subordinator
                or (len(lead) > 1 and lead[0].lower in _DEGREE_ADVERBS and lead[1].lower in _SUBORDINATORS)
                # 'Asked about the pier, Hale said, "C."': a participle phrase without a finite verb
                or (_opens_adverbial(lead[0]) and not any(t.lower in _FINITE for t in lead))
                # 'Asked whether he would fire him, Priebus said, "Probably."': someone else's question
                or lead[0].text == "Asked"
            )
        )
        fragments: list[Span] = [(start, end)]
        if resumes is not None:
            # '"C1," Trump said during a rally in Kenansville, N.C., "but C2."'
            fragments.append((toks[resumes].start, self._quoted_until(toks[resumes].start) or toks[-1].end))
        # "C1," X said, "C2." / C1, X said, because C2.
        if rest < len(toks) and toks[rest].text == ",":
            k = rest + 1
            place = self._resumed_quotation(toks, k, lead_end, place_only=True)
            if place is not None:
                k = place  # '"C1," he said in Dayton, Ohio, "but C2."': the place is no content
            inverted = rule.endswith("(cue, source)")
            # ('told reporters in Fort Mill, S.C. "B."': the state's abbreviation ended the sentence)
            abbreviation_ends = (
                k + 1 < len(toks) and toks[k].is_capitalised and toks[k].text.endswith(".") and _is_quote(toks[k + 1])
            )
            if (
                k < len(toks)
                and not abbreviation_ends
                and toks[k].lower not in _APPOSITION_STARTERS
                and toks[k].lower not in CUE_FORMS
                # (inverted, only a quotation or the predicate of the lead's subject goes on:
                # '"C1," said X, "C2."', 'The contrast, said Doyle, would be clear')
                and (not inverted or _is_quote(toks[k]) or toks[k].lower in _FINITE)
            ):
                stop = self._clause_end(toks, k)
                tail_options = self._end_options(toks, k, stop, i, "content-first")
                stop, tail_share = self._pick_end(tail_options, stop)
                tail_end = boundary.end_char(toks, stop)
                q = self._quoted_until(toks[k].start)
                if q is not None and q > tail_end:
                    tail_end = q
                elif q is not None and self._followed_by_circumstance(q):
                    tail_end = q  # ', the crowd chanted, "Lock her up!" as they had before'
                h = k
                while h < len(toks) - 1 and (_is_adverb(toks[h]) or toks[h].lower in _INTRO_ADVERBS | {"not", "even"}):
                    h += 1  # ", instead seeking ...", ", then adding ..."
                quoted_lead = self.region_at(start) is not None
                circumstance = (
                    toks[h].lower in _SUBORDINATORS
                    or (toks[h].lower.endswith("ing") and not toks[h].is_capitalised)
                    # '"Follow us," Ms. Gil said, and the boys trailed behind': after a quotation the
                    # writer goes on ("Putin denied it, Tillerson said, but Trump pressed" reports on)
                    or (quoted_lead and toks[h].lower in {"and", "but", "or", "so"})
                    # '"C," he said, just prior to the announcement': a closed quotation's report
                    # goes on only with more quotation
                    or (
                        quoted_lead
                        and self._closes_quotation(toks, lead_end)
                        and not _is_quote(toks[k])
                        and toks[h].lower not in _FINITE | {"that", "to"}
                        and not _looks_finite(toks[h].lower)
                    )
                    # '"C," she told a cheering crowd, then referred to Trump': her next act
                    or (h > k and not toks[h].is_capitalised and _looks_past(toks[h].lower))
                )
                if not circumstance or _is_quote(toks[k]):
                    fragments.append((toks[k].start, tail_end))  # not "..., he said, as he left"
            elif k < len(toks) and (_is_quote(toks[lead_end]) or self.region_at(toks[lead_end].start)):
                # '"C1," said X, director of Y, "but C2."': the quotation resumes after a description
                m = k
                while (
                    m < len(toks)
                    and m - k < 25
                    and not _is_quote(toks[m])
                    and (toks[m].lower not in CUE_FORMS or toks[m].is_capitalised)  # ("UCLA Anderson Forecast")
                ):
                    m += 1
                if m < len(toks) and _is_quote(toks[m]) and toks[m - 1].text == "," and m > k:
                    q = self._quoted_until(toks[m].start)
                    if q is not None:
                        fragments.append((toks[m].start, q))
        elif rest < len(toks) and _is_quote(toks[rest]) and toks[rest].text in OPENING_MARKS + '"':
            q = self._quoted_until(toks[rest].start)
            if q is not None:
                fragments.append((toks[rest].start, q))
                if unquoted_lead and rest == i + 1:
                    # 'After the speech, a man yelled “Stay there!”': the quotation is what was
                    # yelled; the writer's clause before the comma is not
                    lead_intro = True
        quoted_tail = [f for f in fragments[1:] if self.region_at(f[0]) is not None]
        if lead_adverbial or (lead_intro and quoted_tail):
            # "On Friday, he said", "As boos erupt, the executive says, 'Quiet.'": an adverbial, not
            # something said; only a quotation after the cue is. ("After X, Hebert said, Y" with
            # no quotation marks is one statement around its attribution.)
            fragments = quoted_tail
            if not fragments:
                return None
            between = [t for t in self.tokens_in(toks[i].end, fragments[0][0]) if t.is_word]
            if any(t.lower in SUBJECT_PRONOUNS or _verb_like(t) for t in between):
                return None  # '..., Sanders said he had not "heard her say it."': a clause, not a quotation
            k_after = bisect.bisect_left(self._token_starts, fragments[0][1])
            if k_after < len(self._tokens) and self._tokens[k_after].start < sent.end:
                nxt = self._tokens[k_after]
                if nxt.is_word and not nxt.is_capitalised and nxt.lower not in _CIRCUMSTANCE_OPENERS | _SUBORDINATORS:
                    return None  # 'On MSNBC, Bush said "local forces" must lead the way': the quotation opens a clause
        source = _span(toks, *np)
        att = Attribution(fragments, cue, source, sent.paragraph.id, rule, 0.9)
        if len(fragments) > 1 and tail_options and fragments[-1][0] == toks[k].start:
            self._record_end(att, toks, tail_options, tail_share)
        return att

    def _relative_clause_closes(self, toks: list[Token], i: int) -> bool:
        """Whether the relative clause holding the cue at ``i`` closes with a comma before another cue."""
        for m in range(i + 1, min(len(toks) - 1, i + 15)):
            if toks[m].text == "," and not self.inside_quote(toks[m].start):
                return any(_is_cue_word(t) for t in toks[m + 1 : m + 4])
            if toks[m].text in {".", ";", ":"} or _is_quote(toks[m]):
                return False
        return False

    def _resumed_quotation(self, toks: list[Token], k: int, lead_end: int, place_only: bool = False) -> int | None:
        """After a closed quotation and its cue, the token where the quotation resumes after a comma
        ('..., Trump said during a rally in Kenansville, N.C., "but C2."'), when only the cue's
        circumstances (or, with ``place_only``, a place name like "Ohio" or "N.C.") stand between."""
        if not (_is_quote(toks[lead_end]) and self._closes_quotation(toks, lead_end)):
            return None
        for m in range(k, min(len(toks), k + (6 if place_only else 16))):
            t = toks[m]
            if _is_quote(t) and m > k and toks[m - 1].text == "," and not self.inside_quote(t.start):
                q = self._quoted_until(t.start)
                words = sum(1 for x in self.tokens_in(t.start, q) if x.is_word) if q is not None else 0
                return m if words >= 3 else None
            if t.text in {".", ";", "!", "?", ":"} and not (m > 0 and len(toks[m - 1].text) <= 2):
                return None  # (but "N.C." and "Pa." go on)
            if place_only and t.is_word and not t.is_capitalised:
                return None
        return None

    def quote_source_cue(self, sent: _Sentence, i: int) -> Attribution | None:
        """'"C," a spokesman for committee Democrats said.' / '"C," Cecelia Purner, 67, a retired
        teacher in Allentown, Pa., said by telephone.': a closed quotation, then everything up to the
        cue is its speaker (however described), then circumstances. The fallback when
        :meth:`content_first` finds no plain subject."""
        toks = sent.tokens
        if toks[i].lower.endswith("ing") or not _is_cue_word(toks[i]):
            return None
        q = None
        for m in range(i - 1, max(-1, i - 30), -1):
            if _is_quote(toks[m]):
                q = m
                break
            if _is_cue_word(toks[m]) or toks[m].lower in _FINITE or toks[m].text in {";", ":", "(", ")"}:
                return None
            if toks[m].lower in _RELATIVES:
                return None  # '"C," Ana Ruiz, a nurse who voted for him, said': "voted" describes her
        if q is None or not self._closes_quotation(toks, q):
            return None
        region = self.region_at(toks[q].start)
        if region is None or region.start > toks[0].start:
            return None  # the quotation must open the sentence (or began before it)
        a = q + 1
        if a < i and toks[a].text in {",", "—", "–"}:
            a += 1
        elif self.text[region.start : toks[q].start].rstrip("’'")[-1:] not in {",", "?", "!", "—", "–"}:
            return None  # '"C" was the slogan': only a quotation closed by its own comma, "?" or "!"
        if a >= i or not (toks[a].is_capitalised or toks[a].lower in _LISTENER_DETERMINERS | {"one", "two", "some"}):
            return None
        b = a
        while b < i and toks[b].text != ",":
            b += 1
        if b - a > 12 or not any(t.is_word for t in toks[a:b]):
            return None
        rest = i + 1
        if rest < len(toks) and toks[rest].lower in {"that", ":"}:
            return None
        return Attribution(
            [(region.start, region.end)],
            _span(toks, i, i + 1),
            _span(toks, a, b),
            sent.paragraph.id,
            "content-first (described source, cue)",
            0.85,
        )

    def _quoted_words(self, pos: int) -> int:
        """How many words the quotation holding ``pos`` has."""
        reg = self.region_at(pos)
        return 0 if reg is None else sum(1 for t in self.tokens_in(reg.start, reg.end) if t.is_word)

    def _closes_quotation(self, toks: list[Token], j: int) -> bool:
        """``toks[j]`` is a closing quotation mark, or a comma or dash right after one."""
        if j > 0 and toks[j].text in {",", "—", "–"}:
            j -= 1
        if j < 0 or not _is_quote(toks[j]):
            return False
        reg = self.region_at(toks[j].start)
        return reg is not None and reg.closed and reg.end == toks[j].end

    def _after_closing_quote(self, toks: list[Token], i: int) -> int | None:
        """'"C," X ... said': the token after the quotation that opens the sentence (and its comma)."""
        r = self.region_at(toks[0].start)
        if r is None:
            return None
        after = next((m for m in range(i) if toks[m].start >= r.end), i)
        while after < i and toks[after].text in {",", "—", "–"}:
            after += 1
        return after if after < i else None

    def _name_after_quote(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """'"C," Anne Richards, assistant secretary for refugees, and migration, said': the name
        right after the quotation speaks, however long the description before the cue."""
        q = None
        for m in range(i - 1, max(-1, i - 40), -1):
            if _is_quote(toks[m]) and self.inside_quote(toks[m].start):
                q = m
                break
            if _is_cue_word(toks[m]) or toks[m].text in {".", ";", ":"} or _is_quote(toks[m]):
                return None
        if q is None or q + 1 >= i:
            return None
        a = q + 1
        b = a
        while b < i and (toks[b].is_capitalised or toks[b].text in {"’s", "'s", "."}) and b - a < 5:
            b += 1
        if b == a or b >= i or toks[b].text != ",":
            return None
        return (a, b)

    def _quote_just_before(self, sent: _Sentence, marks: str = "") -> bool:
        """A quoted region of this paragraph closes right before the sentence (with one of
        ``marks`` as its last character inside the quotation marks, when given)."""
        # (only the last region ending before the sentence can: an earlier one has its marks in between)
        reg = self._last_region_before(sent.start)
        if reg is None or reg.paragraph != sent.paragraph.id or self.text[reg.end : sent.start].strip():
            return False
        inner = self.text[reg.start : reg.end].rstrip("\"”»'’")
        return not marks or inner[-1:] in set(marks)

    def _content_in_previous_sentence(
        self, sent: _Sentence, i: int, np: tuple[int, int], rule: str, toks: list[Token]
    ) -> Attribution | None:
        """'"Quote." he said.' — the cue sentence holds no content; the quote before it is."""
        prev = self._by_paragraph.get(sent.paragraph.id, [])
        r = self._last_region_before(sent.start)  # (regions of earlier paragraphs end before this one's)
        if r is not None and r.paragraph != sent.paragraph.id:
            r = None
        if r is None or (prev and prev[-1].end >= r.end):
            return None
        return Attribution([(r.start, r.end)], _span(toks, i, i + 1), _span(toks, *np), sent.paragraph.id, rule, 0.8)

    def passive_by(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "The ban was first reported by BuzzFeed." / "the email, which was first reported by the AP":
        the agent after "by" is the source, the subject is the content."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 1].lower != "by":
            return None
        if not (_is_passive(toks, i) or _passive_after_first(toks, i)):
            return self._reduced_passive(sent, i)
        src = _np_after(toks, i + 2)
        if src is None or not (toks[src[0]].is_capitalised or toks[src[0]].lower in _LISTENER_DETERMINERS):
            return None
        j = i - 1
        while j >= 0 and toks[j].lower not in _BE_FORMS:
            j -= 1
        j0 = j
        while j0 > 0 and (toks[j0 - 1].lower in SUBJECT_VERB_FILLERS or toks[j0 - 1].lower in _FINITE):
            j0 -= 1  # "had been", "has been"
        if j0 <= 0:
            return None
        if toks[j0 - 1].lower in _RELATIVES | {"that"}:
            subj = (j0 - 1, j0)  # "the email, which was first reported by ..."
        else:
            a = j0 - 1  # the whole subject: back to the clause's start ("Tinder's ban of Ms. Gedrich")
            while (
                a > 0
                and toks[a - 1].text not in {",", ";", ":", "—", "–"}
                and toks[a - 1].lower not in {"that", "and", "but"}
            ):
                a -= 1
            subj = (a, j0)
        if not any(t.is_word for t in toks[subj[0] : subj[1]]):
            return None
        att = Attribution(
            [_span(toks, *subj)], _span(toks, i, i + 2), _span(toks, *src), sent.paragraph.id, "passive (by agent)", 0.7
        )
        return att

    def _reduced_passive(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "The bill, opposed by House Republicans, died", "a measure strongly opposed by unions":
        a participle with its agent after a noun phrase, which is what the agent opposed."""
        toks = sent.tokens
        low = toks[i].lower
        if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) or toks[i].is_capitalised:
            return None
        j = i - 1
        while j >= 0 and _is_adverb(toks[j]):
            j -= 1  # "strongly opposed by"
        if j >= 0 and toks[j].text == ",":
            j -= 1  # "The bill, opposed by ..."
        if j < 0 or not toks[j].is_word or toks[j].lower in _NOT_PASSIVE_OBJECT:
            return None
        obj = _np_before_plain(toks, j + 1)
        src = _np_after(toks, i + 2)
        if obj is None or src is None or self.inside_quote(toks[i].start):
            return None
        if toks[src[0]].lower.endswith("ing") and not toks[src[0]].is_capitalised:
            return None  # "A Chinese official responded by saying ...": a gerund, no agent
        if toks[obj[0]].lower not in _LISTENER_DETERMINERS and not toks[obj[0]].is_capitalised:
            return None  # a noun phrase with its determiner ("a measure", "The bill")
        return Attribution(
            [_span(toks, *obj)],
            _span(toks, i, i + 2),
            _span(toks, *src),
            sent.paragraph.id,
            "passive (reduced, by agent)",
            0.6,
        )

    def asked_question(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "Asked about her vote, she said ...", "he said when asked whether C": the question is
        reported, nobody is credited with it (the asker is not named), unless "asked by X" names him."""
        toks = sent.tokens
        opens = all(not t.is_word or t.lower in {"but", "and", "so", "then", "yet"} for t in toks[:i])
        j = i - 1  # "she was asked about ...", "after being asked yet again to ...": passive, no asker named
        while j > 0 and (
            toks[j].lower in {"also", "again", "yet", "repeatedly", "later", "never", "not", "first", "even"}
            or _is_adverb(toks[j])
        ):
            j -= 1
        before = toks[j].lower if j >= 0 else ""
        if not (opens or before in _BEFORE_ASKED):
            return None
        k = i + 1  # the question word, past "on Fox News", "specifically", "last month"
        while k < len(toks) and k - i <= 10 and toks[k].is_word and toks[k].lower not in _QUESTION_STARTS:
            k += 1  # ("asked during a lunch held by The Journal if ...")
        if k >= len(toks) or k - i > 10 or toks[k].lower not in _QUESTION_STARTS:
            return None
        if toks[k].lower == "to" and not (k + 1 < len(toks) and _looks_like_verb_after_to(toks[k + 1])):
            return None  # "asked to confirm ..." is a request; "asked to the podium" is not
        cue_end = k + 1 if toks[k].lower == "for" else i + 1
        start = cue_end if toks[k].lower == "for" else k
        m = start
        while m < len(toks) and (toks[m].text not in {",", ";", ":", "?"} or self.inside_quote(toks[m].start)):
            if m > start and _is_quote(toks[m]) and toks[m - 1].text == "," and self._closes_quotation(toks, m):
                m += 1  # 'Asked why ... on "Meet the Press," Hale said': the comma inside the marks
                break
            m += 1
        if m < len(toks) and toks[m].text == "?":
            m += 1  # the question mark belongs to the question
        while m > start and toks[m - 1].text in {".", "!"}:
            m -= 1
        if m - start < 2:
            return None
        asker: Span | None = None
        if before == "," and k > i + 1 and (toks[i + 1].is_capitalised or toks[i + 1].lower in _DETERMINERS):
            # "Neera Tanden, a Clinton supporter, asked Eric Holder whether C": the person asked
            # follows, so the described subject before the comma asks
            described = _opening_name(toks, i, self.inside_quote) or _described_subject(toks, i, self.inside_quote)
            if described is not None:
                asker = _span(toks, *described)
        if i + 2 < k and toks[i + 1].lower == "by":
            by = _np_after(toks, i + 2)  # "when asked by a reporter whether C": the reporter asks
            if by is not None and by[1] <= k:
                asker = _span(toks, *by)
        return Attribution(
            [_span(toks, start, m)], _span(toks, i, cue_end), asker, sent.paragraph.id, "asked (question)", 0.6
        )

    def source_first(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "X said (that) C." """
        toks = sent.tokens
        np = _subject_before(toks, i)
        rule = "source-first"
        if np is None and i > 1 and toks[i - 1].text == ",":
            np = _opening_name(toks, i, self.inside_quote)  # 'Hemsley, the co-author of "Going Viral," said ...'
        if i > 2 and (np is None or np[0] > 0):
            # "Ng, a driver from Ava, Mo., who ..., said": the name opening the descriptions, not the
            # last noun phrase of one ("Jo Hale, director of Acme Inc., which ..., said": not "Acme Inc.")
            described = _described_subject(toks, i, self.inside_quote)
            if described is not None and (np is None or described[1] <= np[0]):
                np = described
        if np is None and i >= 2 and toks[i - 1].lower == "to" and CUE_FORMS.get(toks[i].lower) in SPEECH_LEMMAS:
            # "voters are more likely to say C", "Clinton took to Twitter to say C", "led Republicans to say C"
            np = _infinitive_subject(toks, i - 1)
            if np is not None:
                rule = "source-first (infinitive)"
        if np is None:
            j = _skip_between_subject_and_verb(toks, i - 1)
            series = (
                j >= 2
                and toks[j].text == ","
                and _looks_past(toks[i].lower)
                and not self.inside_quote(toks[j].start)
                and any(_looks_past(t.lower) and not t.is_capitalised for t in toks[: j - 1])
                and any(t.lower == "and" for t in toks[i + 1 :])
            )
            if j < 1 or (toks[j].lower not in {"and", "but"} and not series):
                return None  # (a series: "He suggested A, called her “B” and boycotted C")
            # "The spokesman refused ... but said C"; "When X was asked ..., he laughed and said C"
            np = _coordinated_subject(toks, j) or self._sentence_subject(toks, j)
            if np is None:
                return None
            rule = "source-first (shared subject)"
        if (
            toks[i].lower.endswith("ed")
            and np[0] > 0
            and toks[np[0]].lower in _DETERMINERS
            and toks[np[0] - 1].lower in _OBJECT_PREPOSITIONS
            and (np[0] == 1 or toks[np[0] - 2].text == ",")  # the phrase opens the sentence or a clause
            and np[1] == i
        ):
            return None  # "In a statement released Thursday, ...": a participle after a preposition's object
        lemma = CUE_FORMS.get(toks[i].lower, toks[i].lower)
        k = i + 1
        # Particles and addressees: "pointed out that", "told reporters afterward that".
        if k < len(toks) and toks[k].lower in {"out", "up", "back"}:
            k += 1
        that_at = None
        for m in range(k, min(len(toks), k + 15)):
            if toks[m].lower == "that" and m + 1 < len(toks) and (toks[m + 1].is_word or _is_quote(toks[m + 1])):
                that_at = m
                break
            if not toks[m].is_word and toks[m].text not in {"-", ".", ","}:
                break
            if toks[m].lower in CUE_FORMS:
                break
        # "that" opens the content when only an addressee, a time or a prepositional phrase stands
        # before it ("told reporters afterward that", "said Tuesday that", "said on CNN, where ..., that");
        # after a noun it belongs to the noun ("bemoaned the demise ..., the belief that").
        skippable = that_at is not None and (
            that_at == k
            or lemma in ADDRESSEE_VERBS
            or toks[k].lower in _CONTENT_PREPOSITIONS | _TIME_WORDS
            or toks[k].text == ","
        )
        if that_at is not None and skippable:
            k = that_at + 1
        elif k < len(toks) and toks[k].text in {":", ","}:
            k += 1
        elif lemma in ADDRESSEE_VERBS and k < len(toks):
            obj = _np_after(toks, k)
            if obj is not None and obj[1] < len(toks) and (toks[obj[1]].text in {":", ","} or _is_quote(toks[obj[1]])):
                k = obj[1] + (1 if toks[obj[1]].text in {":", ","} else 0)
        elif (
            k < len(toks)
            and toks[k].lower in _CONTENT_PREPOSITIONS
            and not (toks[k].lower == "to" and k + 1 < len(toks) and _looks_like_verb_after_to(toks[k + 1]))
        ):
            # "said in a statement that/,": skip a short prepositional phrase (not "expected to do X,")
            m = k
            while m < len(toks) and m - k < 8 and toks[m].lower != "that":
                if _is_quote(toks[m]) and m > k:
                    q = self._quoted_until(toks[m].start)
                    if q is None or not self._is_quoted_title(toks[m].start, q):
                        break
                    while m < len(toks) and toks[m].start < q:
                        m += 1  # 'said on MSNBC's "Morning Joe" that C': the show's name is part of the phrase
                    continue
                if not toks[m].is_word:
                    break
                if toks[m].lower == "to" and m + 1 < len(toks) and _looks_like_verb_after_to(toks[m + 1]):
                    break  # "called on the council to block the deal, but ...": an infinitive, no phrase to skip
                if m > k + 1 and toks[m].lower in _NOMINATIVE and not toks[m - 1].text.endswith(("’s", "'s")):
                    break  # "said in a statement Thursday night they pulled ...": a subject opens the clause
                m += 1
            if m < len(toks) and (toks[m].lower == "that" or toks[m].text in {",", ":"}):
                k = m + 1
            elif m < len(toks) and toks[m].lower in _NOMINATIVE:
                k = m
            elif (
                k + 1 < m < len(toks)
                and _is_quote(toks[m])
                # ('reported on Wednesday the council had “more than one meeting”': a clause first)
                and not any(t.lower in _FINITE or _looks_past(t.lower) for t in toks[k + 1 : m] if not t.is_capitalised)
                and (q_end := self._quoted_until(toks[m].start)) is not None
                and toks[m - 1].lower not in _BOUNDARY_WORDS | _DETERMINERS
                and not toks[m - 1].text.endswith(("’s", "'s"))  # ('on MSNBC's "Morning Joe" that')
                and not self._is_quoted_title(toks[m].start, q_end)
            ):
                k = m  # 'said in an MSNBC forum Monday night "it will be very hard"': the quotation
        elif k + 1 < len(toks) and toks[k].lower in _DAYS and (_is_quote(toks[k + 1]) or toks[k + 1].lower in _PERIODS):
            # 'acknowledged Monday night "C"': the day is when, the quotation what
            k += 1 if _is_quote(toks[k + 1]) else 2
        if k >= len(toks):
            return self._colon_to_next_paragraph(sent, i, np, toks)
        if toks[k].lower == "according":
            return None  # "agreed on X, according to Y": the cue has no content of its own
        if toks[i].lower.endswith("ing") and not _after_progressive_aux(toks, i):
            return None  # "saying" as a noun or a participle: not a finite cue
        clause_marked = k > i + 1 and toks[k - 1].lower in {"that", ":", ","}
        cue_end = i + 1
        if not clause_marked and not _is_quote(toks[k]):
            infinitive = toks[k].lower == "to" and k + 1 < len(toks) and _looks_like_verb_after_to(toks[k + 1])
            if toks[k].lower in _PARTICLES and k + 1 < len(toks) and toks[k + 1].lower in _PERIODS_AND_DAYS:
                # "reported on Wednesday the Secret Service had ...", "spoke on Monday.": a time
                k += 2
                if k < len(toks) and toks[k].lower == "that":
                    k += 1
                if k >= len(toks) or not toks[k].is_word:
                    return None
            elif toks[k].lower in _PARTICLES and k + 1 < len(toks) and not infinitive:
                k += 1  # "called for further action", "pointed to earlier cases", "balked at the plan"
                cue_end = k
            elif infinitive:
                pass  # "declined to comment", "pledged to shut down the centres"
            elif toks[k].lower in _CONTENT_PREPOSITIONS or toks[k].lower in {
                "before",
                "about",
                "for",
                "of",
                "by",
                "so",
            }:
                return None  # "testified before the panel", "said in an interview at ..."
            question_at = None
            if lemma == "ask" and toks[k].lower not in _QUESTION_WORDS:
                # "asked the U.S. attorney in D.C. whether ...", "asked Trump about ...": the person
                # asked, then the question
                for m in range(k + 1, min(len(toks), k + 10)):
                    if toks[m].lower in _QUESTION_WORDS:
                        question_at = m
                        break
                    if not toks[m].is_word and toks[m].text not in {".", "’s", "'s"}:
                        break
            if question_at is not None:
                k = question_at
            elif lemma == "ask" and toks[k].lower in _QUESTION_WORDS:
                pass  # "He asked whether C": the question follows the cue
            elif lemma in ADDRESSEE_VERBS and toks[k].lower != "to":
                # "he told POLITICO he had kept ...": the listener, then the words
                obj_end = k + 1
                while obj_end < len(toks) and toks[obj_end].is_capitalised and obj_end - k < 4:
                    obj_end += 1
                if toks[k].lower in {"the", "a"} and k + 1 < len(toks) and toks[k + 1].is_capitalised:
                    obj_end = k + 2  # "told the National Post he had ..."
                    while obj_end < len(toks) and toks[obj_end].is_capitalised and obj_end - k < 5:
                        obj_end += 1
                    if obj_end < len(toks) and _is_listener_noun(toks[obj_end]):
                        obj_end += 1  # "told a Planned Parenthood gathering ..."
                obj_end = _skip_listener_modifiers(toks, obj_end)  # "... of Newark last week she would"
                listener = (
                    toks[k].is_capitalised
                    or toks[k].lower in _LISTENER_WORDS
                    or (toks[k].lower in {"the", "a"} and k + 1 < len(toks) and toks[k + 1].is_capitalised)
                )
                if lemma != "tell" and _infinitive_after_object(toks, k):
                    pass  # "urged the rest of the party to coalesce", "warned voters to stay home"
                elif not (listener and obj_end < len(toks) and _starts_clause(toks[obj_end])):
                    return None  # "told the cheering crowd." names the listener, not the words
                else:
                    k = obj_end
            if (
                toks[k].lower in _OBJECT_PRONOUNS
                and k + 1 < len(toks)
                and toks[k + 1].lower in {"on", "about", "over", "for", "in", "at", "with", "into"}
            ):
                return None  # "pressed him on it": a person acted on, not words reported
            words = self._words_from(toks, k)
            named_object = (toks[k].is_capitalised or toks[k].lower in _OBJECT_PRONOUNS) and lemma not in SPEECH_LEMMAS
            if words < 2 and not named_object:
                return None  # (but "Gov. Brown endorsed her", "He endorsed Clinton" name what is backed)
        c1 = self._clause_end(toks, k, speech=lemma in SPEECH_LEMMAS)
        if toks[0].lower in _SUBORDINATORS | {"if", "although", "though", "once", "until", "whether"}:
            # "When Trump suggested that C, Rubio fired back": the subordinate clause ends at its comma
            comma = self._next_unquoted_comma(toks, k, c1)
            if comma < c1 and comma + 1 < len(toks) and _starts_clause(toks[comma + 1]):
                c1 = comma
        if k >= c1:
            return None
        # The rules' end is one candidate; the learned chooser may prefer another break point.
        options = self._end_options(toks, k, c1, i, "source-first")
        # No content ends in another attribution's "Tillerson said" ("denied any involvement, Tillerson
        # said, but ..."), and none is only that ("the court ruled in May, Hebert said, ...").
        options = [o for o in options if not _ends_in_an_attribution(toks, k, o[0])]
        if not options:
            return None
        if all(m != c1 for m, _ in options):
            c1 = options[0][0]
        c1, end_share = self._pick_end(options, c1)
        start = toks[k].start
        if k - 1 > i and toks[k - 1].lower == "that":
            start = toks[k - 1].start  # the complementiser belongs to the content (as PolNeAR marks it)
        end = boundary.end_char(toks, c1)
        q = self._quoted_until(start)
        if q is not None and (q > end or self._followed_by_circumstance(q)):
            end = q  # ('chanted "What curfew?" as police moved in': the quotation, not the scene)
        conf = 0.85
        if toks[i].lower in AMBIGUOUS_FORMS:
            conf = 0.6
        source: Span | None = _span(toks, *np)
        if (
            np[1] - np[0] == 1
            and toks[np[0]].lower in {"it", "there"}
            and (
                lemma in _IMPERSONAL
                or (i > 0 and toks[i - 1].lower in _PROGRESSIVE_AUX and toks[i].lower.endswith("ed"))
            )
        ):
            source = None  # "it seems that", "it was reported that": nobody is credited
            rule = "source-first (impersonal)"
        pieces = [(start, end)]
        if _is_passive(toks, i) and source is not None and toks[i].lower in _FEELING_PARTICIPLES:
            rule = "source-first (feeling)"  # "The Mexican government is worried that C": it holds C
        elif _is_passive(toks, i) and source is not None:
            if toks[i].lower in _AS_PARTICIPLES and toks[k].lower == "as" and toks[np[0]].lower not in SUBJECT_PRONOUNS:
                # "the drafting process is seen | as one way ...": what is seen is content too
                pieces.insert(0, source)
            source = None  # "Sanders was asked to name ...", "advisers are said to be urging": no speaker named
            rule = "source-first (passive)"
        att = Attribution(pieces, _span(toks, i, cue_end), source, sent.paragraph.id, rule, conf)
        self._record_end(att, toks, options, end_share)
        return att

    def _end_options(self, toks: list[Token], k: int, rule_end: int, cue: int, frame: str) -> list[boundary.Option]:
        """Candidate ends of a content starting at token ``k`` (the rules' end ``rule_end`` among them)."""
        lemma = CUE_FORMS.get(toks[cue].lower, toks[cue].lower)
        # (counted to the sentence's end for each proposal, unless the sentence is long)
        running = self._facts("running counts", toks, self._running_counts) if len(toks) - k > _SCAN else None
        return boundary.candidates(
            toks, k, rule_end, self.inside_quote, lemma, lemma in SPEECH_LEMMAS, _is_cue_word, frame, running
        )

    def _running_counts(self, toks: list[Token]) -> tuple[list[int], list[int]]:
        """The number of words and of commas outside quotation marks before each token (and after all)."""
        words = [0, *itertools.accumulate(t.is_word for t in toks)]
        commas = [0, *itertools.accumulate(t.text == "," and not self.inside_quote(t.start) for t in toks)]
        return words, commas

    def _pick_end(self, options: list[boundary.Option], rule_end: int) -> tuple[int, float | None]:
        """The learned chooser's end and its share; the rules' end (no share) when it is switched off."""
        return boundary.choose(options, rule_end) if self.use_boundary else (rule_end, None)

    @staticmethod
    def _record_end(att: Attribution, toks: list[Token], options: list[boundary.Option], share: float | None) -> None:
        """Keep the candidate ends (as character offsets) and the chooser's share on the attribution."""
        att.end_options = [(boundary.end_char(toks, m), f) for m, f in options]
        att.end_share = share

    def _clause_end(self, toks: list[Token], k: int, speech: bool = True) -> int:
        """Where a reported clause starting at token ``k`` ends (exclusive token index).

        Outside quotation marks it stops at a semicolon, before a non-restrictive clause
        (", which", ", who", ", while", ", although", ", saying"), and before a second
        attribution (", according to"). For verbs that are not verbs of speech ("opposed",
        "endorsed") it also stops at a bare "because"/"after"/"when": their object is the content.
        """
        # Near k the tests are made here; past _SCAN tokens (at least the first two, where the tests
        # depend on k), the breaks found once for the whole token list are looked up.
        stop = min(len(toks), k + _SCAN)
        for m in range(k + 1, stop):
            t = toks[m]
            may_break = t.text in _CLAUSE_MARKS or t.lower in _CLAUSE_BREAKERS or t.lower == "and"
            if (may_break or _is_ing_cue(t.lower) or (not speech and t.lower in _SUBORDINATORS)) and (
                self._breaks_clause(toks, k, m, speech)
            ):
                return m
        if stop == len(toks):
            return stop
        ends = self._facts("clause breaks", toks, self._clause_breaks)[speech]
        n = bisect.bisect_left(ends, stop)
        return ends[n] if n < len(ends) else len(toks)

    def _clause_breaks(self, toks: list[Token]) -> dict[bool, list[int]]:
        """For speech verbs and others, every token a reported clause ends before, wherever it started
        (the tests of :meth:`_breaks_clause` that depend on the start hold from its third token on)."""
        # (only these tokens can end a clause: the first test of each rule in _breaks_clause)
        maybe = [
            m
            for m, t in enumerate(toks)
            if t.text in _CLAUSE_MARKS or t.lower in _CLAUSE_BREAKERS or t.lower == "and" or _is_ing_cue(t.lower)
        ]
        speech = [m for m in maybe if self._breaks_clause(toks, -3, m, True)]
        subordinators = [m for m, t in enumerate(toks) if t.lower in _SUBORDINATORS and not self.inside_quote(t.start)]
        return {True: speech, False: sorted({*speech, *subordinators})}

    def _breaks_clause(self, toks: list[Token], k: int, m: int, speech: bool) -> bool:
        """Whether a reported clause starting at token ``k`` ends before token ``m`` (see :meth:`_clause_end`)."""
        if self.inside_quote(toks[m].start):
            return False
        low = toks[m].lower
        if toks[m].text == ";":
            return True
        comma_in_quote = m >= 2 and _is_quote(toks[m - 1]) and toks[m - 2].text == "," and m - 1 > k
        if comma_in_quote and (low in _CLAUSE_BREAKERS or (low in CUE_FORMS and low.endswith("ing"))):
            return True  # 'was "a terrible mistake," although he ...': the comma inside the quotation
        if toks[m].text in {",", "—", "–"} and m + 1 < len(toks):
            nxt = toks[m + 1].lower
            if toks[m].text == "," and (nxt in _CLAUSE_BREAKERS or (nxt in CUE_FORMS and nxt.endswith("ing"))):
                return True
            if toks[m].text in {"—", "–"} and nxt in {"which", "who"}:
                return True  # "— which represent ...": the writer's aside
            if toks[m].text == "," and nxt in CUE_FORMS and nxt in _IRREGULAR_PAST | {"says", "added", "noted"}:
                return True  # "who requested anonymity, said the president ...": the main verb follows
            if nxt in {"a", "an", "something"} and m > k + 2:
                return True  # "rose to $5 million, an increase of 40 percent": a description, not said
            if (
                nxt == "but"
                and m + 2 < len(toks)
                and not toks[m + 2].is_capitalised
                and toks[m + 2].lower not in SUBJECT_PRONOUNS | _DETERMINERS
            ):
                return True  # "praised X, but did not buy her argument": the subject's next verb
        if low == "and" and m + 1 < len(toks) and m > k + 1:
            nxt = toks[m + 1].lower
            if nxt in CUE_FORMS and _looks_finite(nxt) and not toks[m + 1].is_capitalised:
                return True  # "said A and called B": the second verb has a content of its own
        if not speech and low in _SUBORDINATORS and m > k + 1:
            return True
        # "called her a witness, and then tweeted ...": the subject's next act
        return low == "and" and m + 1 < len(toks) and toks[m + 1].lower == "then" and m > k + 1

    def _colon_to_next_paragraph(
        self, sent: _Sentence, i: int, np: tuple[int, int], toks: list[Token]
    ) -> Attribution | None:
        """ "Tillerson said:" closing a paragraph: the quote is the next paragraph."""
        if toks[-1].text != ":" and toks[-1].lower != toks[i].lower:
            return None
        nxt = self._next_body(sent.paragraph.id)
        if nxt is None or (
            self.text[nxt.start] not in OPENING_MARKS + '"' and not self.text.startswith("''", nxt.start)
        ):
            return None
        return Attribution(
            [(nxt.start, nxt.end)],
            _span(toks, i, i + 1),
            _span(toks, *np),
            nxt.id,
            "source-first (colon, next paragraph)",
            0.85,
        )

    def _next_body(self, pid: int) -> Paragraph | None:
        for p in self.paragraphs[pid + 1 :]:
            if p.role is ParagraphRole.BODY:
                return p
            if p.role is ParagraphRole.BOILERPLATE:
                return None
        return None

    def participle(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "..., adding that C": the speaker of the clause before, or the sentence's subject."""
        toks = sent.tokens
        if not toks[i].lower.endswith("ing"):
            return None
        if i <= 1 and (i == 0 or toks[0].lower in _OPENING_PREPOSITIONS):
            return self._opening_participle(sent, i)
        j = i - 1
        while j > 0 and toks[j].lower in {"while", "also", "and", "then", "by", "before", "after"}:
            j -= 1  # ", while also saying that"
        # "picked up from his daughter by saying he ...", "drew boos upon saying": the sentence's speaker
        by_saying = toks[i - 1].lower in {"by", "upon", "without", "before", "after"} and i >= 3
        if j > 0 and _is_quote(toks[j]) and self._closes_quotation(toks, j) and toks[j - 1].text == ",":
            j -= 1  # 'claimed Obama “founded ISIS,” saying they ...': the comma inside the quotation
        with_np = _np_before(toks, i)
        if with_np is not None and with_np[0] > 1 and toks[with_np[0] - 1].lower == "of":
            head = _np_before(toks, with_np[0] - 1)  # "with 47 percent of Cuban Americans saying"
            if head is not None:
                with_np = (head[0], with_np[1])
        reduced = None
        issuer = False
        if with_np is not None and (with_np[0] == 0 or toks[with_np[0] - 1].lower != "with"):
            # "detractors calling for him to quit", "Pope Francis calling Christmas a sham": a noun
            # phrase right before the participle is its subject (a reduced relative clause)
            if (
                toks[i - 1].is_word
                and toks[i - 1].lower not in _NO_REDUCED_RELATIVE_AFTER
                and not _after_progressive_aux(toks, i)
            ):
                reduced = with_np
            with_np = None  # only "..., with Sen. McCain calling it a 'Chinese menu'"
        # ", pointing to his record and saying that C": a participle coordinated with one after a comma
        coordinated = toks[i - 1].lower == "and" and any(
            toks[m].lower.endswith("ing") and toks[m - 1].text == "," for m in range(max(1, i - 20), i - 1)
        )
        after_break = j > 0 and toks[j].text in {",", "—", "–"}
        # "Clinton responded to the question on Facebook writing, C": a preposition's object is no
        # subject; the responder writes (the speaker of the clause before, as after "by saying")
        prep_object = (
            reduced is not None
            and reduced[0] > 0
            and toks[reduced[0] - 1].lower in _OBJECT_PREPOSITIONS
            and bool(self._with_cue_in(sent.start, toks[reduced[0]].start))
        )
        if prep_object:
            reduced = None
        leans_back = by_saying or prep_object or coordinated  # the participle shares an earlier speaker
        if reduced is not None and not after_break and not leans_back:
            with_np = reduced
            governor = self._object_of_verb(toks, reduced)
            if governor is not None:
                # "Trump issued a statement saying C", "protesters carrying signs saying C": the
                # statement's issuer speaks (the subject of the verb whose object the noun is)
                with_np = reduced = governor
                issuer = True
        if with_np is None and not after_break and not leans_back:
            return None
        k = i + 1
        cue_end = i + 1
        while k < len(toks) - 1 and toks[k].text in {",", ":"}:
            k += 1  # ', saying, “Thank you”': the punctuation is not content
        if k + 1 < len(toks) and _is_adverb(toks[k]) and toks[k + 1].lower == "that":
            k += 1  # "warning darkly that C"
        if k < len(toks) and toks[k].lower in _CONTENT_PREPOSITIONS:
            # ', writing in an email: “C”': the place of the words is no part of them
            m = next((m for m in range(k + 1, min(len(toks) - 1, k + 8)) if not toks[m].is_word), None)
            if m is not None and toks[m].text in {":", ","} and _is_quote(toks[m + 1]):
                k = m + 1
        if k < len(toks) and toks[k].lower == "that":
            k += 1
        elif (
            k + 1 < len(toks)
            and toks[k].lower in _PARTICLES
            and not (toks[k].lower == "to" and _looks_like_verb_after_to(toks[k + 1]))
        ):
            k += 1  # ", pointing to Clinton's record": the particle goes with the cue
            cue_end = k
        if len(toks) - k < 2:
            return None
        cue = _span(toks, i, cue_end)
        earlier = [
            a
            for a in self._with_cue_in(sent.start, toks[i].start)
            if a.source is not None and not self._possessive_noun_cue(a)
        ]
        source: Span | None
        lo = max((a.cue[1] for a in earlier if a.cue), default=sent.start)
        clause = self._subordinate_subject(toks, lo, j) if after_break and not leans_back else None
        if with_np is not None:
            source = _span(toks, *with_np)
            rule = "participle (with its subject)" if with_np is not reduced else "participle (reduced relative)"
            if issuer:
                rule = "participle (the object's issuer)"
        elif clause is not None:
            # "Clinton asks as a maintenance guy walks in, saying C": the nearest clause's subject
            source = _span(toks, *clause)
            rule = "participle (subject of the clause before)"
        elif earlier:
            # the main clause's speaker, not one reported inside its words ('Starr said the situation
            # reminds him of the book titled "T," explaining ...': Starr explains, not the book)
            outer = [
                a
                for a in earlier
                if not any(o is not a and s <= a.cue[0] < e for o in earlier for s, e in o.content)  # type: ignore[index]
            ]
            source = (outer or earlier)[-1].source
            rule = "participle (speaker of the clause before)"
        else:
            subj = self._sentence_subject(toks, i)
            if subj is None:
                return None
            source = _span(toks, *subj)
            rule = "participle (subject of the sentence)"
        first = k - 1 if toks[k - 1].lower == "that" else k  # ", adding that C": "that C"
        options = self._end_options(toks, k, len(toks), i, "participle")
        end, end_share = self._pick_end(options, len(toks))
        att = Attribution(
            [(toks[first].start, boundary.end_char(toks, end))], cue, source, sent.paragraph.id, rule, 0.6
        )
        self._record_end(att, toks, options, end_share)
        return att

    def _possessive_noun_cue(self, att: Attribution) -> bool:
        """ "his now-familiar campaign promise": a "source" opening with a possessive before a cue in
        its base form is a noun phrase, no speaker for a participle to share."""
        assert att.cue is not None and att.source is not None
        first = self.text[att.source[0] : att.source[1]].split(maxsplit=1)[0].lower()
        cue = self.text[att.cue[0] : att.cue[1]].split(maxsplit=1)[0].lower()
        return first in _POSSESSIVES and CUE_FORMS.get(cue) == cue

    def _object_of_verb(self, toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
        """When the noun phrase ``np`` is the object of a verb ("issued *a statement*", "poring over
        *polling data*"), that verb's subject; else None."""
        v = np[0] - 1
        if np[1] - np[0] >= 2 and toks[np[0]].lower.endswith("ing") and not toks[np[0]].is_capitalised:
            v = np[0]  # "carrying signs saying C": the phrase holds its own verb
        elif v >= 1 and toks[v].lower in {"over", "out", "up", "off"} and not toks[v - 1].is_capitalised:
            v -= 1  # "poring over polling data" (but "asked about Pope Francis calling ...": his words)
        head = np[1] - 1
        if head > np[0] and toks[head].lower in _DAY_AND_MONTH_NAMES:
            head -= 1  # "a statement Wednesday saying"
        if toks[head].lower not in _ISSUED_THINGS:
            return None  # "ignored the chorus of critics calling for ...": people speak for themselves
        if v < 1 or toks[v].is_capitalised or not toks[v].is_word:
            return None
        low = toks[v].lower
        if not (_looks_finite(low) or low.endswith("ing") or low in _ISSUING_BASE_FORMS):
            return None  # ("put out a statement", "issues a statement", "did a video")
        if low.endswith("ing") and not low.endswith("ed"):
            # "an angry army of HP workers had amassed, calling for X and carrying signs saying C"
            return self._subject_before_participle(toks, v)
        subject = _subject_before(toks, v)
        if subject is None and (toks[v - 1].lower == "and" or toks[v - 1].text == ","):
            # "had hired lawyers and placed ads calling C", "Mr. Trump, who said ..., issued a statement"
            subject = self._sentence_subject(toks, v)
        return subject

    def _subject_before_participle(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The subject a participle at ``v`` shares: the noun phrase before its verb, or the sentence's."""
        if _after_progressive_aux(toks, v):
            return _subject_before(toks, _skip_between_subject_and_verb(toks, v - 1) + 1)
        return self._sentence_subject(toks, v)

    def _subordinate_subject(self, toks: list[Token], lo: int, j: int) -> tuple[int, int] | None:
        """The subject of a subordinate clause ("where 50 protesters had gathered", "as a guard walks
        in") that ends at token ``j`` (the participle's comma) and starts after offset ``lo``."""
        for s in range(j - 1, 0, -1):
            if toks[s].start < lo or toks[s].text in {",", ";", ":", "—", "–"} or self.inside_quote(toks[s].start):
                return None
            if toks[s].lower not in _SCENE_SUBORDINATORS:
                continue  # ("after the vote", "during his trip": prepositions as often as clauses)
            if toks[s - 1].lower in {"about", "of", "on", "over"}:
                return None  # "cagey about where she stands": a question, not the scene
            window = range(s + 2, min(j, s + 7))
            verbs = [m for m in window if toks[m].lower in _CLAUSE_AUX or _looks_past(toks[m].lower)]
            verbs += [m for m in window if toks[m].lower.endswith("s") and toks[m].is_word]  # "as a guard walks in"
            for m in verbs:
                if toks[m].is_capitalised:
                    continue
                np = _np_before(toks, m)
                if np is not None and np[0] == s + 2 and toks[s + 1].lower in _QUANTIFIERS:
                    np = (s + 1, np[1])  # "where about 50 protesters had gathered"
                return np if np is not None and np[0] == s + 1 and np[1] == m else None
            return None
        return None

    def _opening_participle(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "After saying her foot was swollen, she was rushed to hospital": a participle opening the
        sentence; its subject is the main clause's, after the phrase's comma."""
        toks = sent.tokens
        k = i + 1
        if k < len(toks) and toks[k].lower == "that":
            k += 1
        for m in range(k + 1, len(toks) - 1):
            comma = toks[m].text == "," and not self.inside_quote(toks[m].start)
            if comma or (_is_quote(toks[m]) and toks[m - 1].text == "," and self._closes_quotation(toks, m)):
                subject = _np_after(toks, m + 1)
                if subject is None or not (
                    toks[subject[0]].lower in SUBJECT_PRONOUNS - {"it", "that", "which", "who"}
                    or toks[subject[0]].is_capitalised
                    or toks[subject[0]].lower in _DETERMINERS
                ):
                    return None
                first = k - 1 if toks[k - 1].lower == "that" else k
                end = toks[m].end if _is_quote(toks[m]) else toks[m - 1].end
                return Attribution(
                    [(toks[first].start, end)],
                    _span(toks, i, i + 1),
                    _span(toks, *subject),
                    sent.paragraph.id,
                    "participle (opening, subject after)",
                    0.6,
                )
        return None

    def _sentence_subject(self, toks: list[Token], limit: int) -> tuple[int, int] | None:
        """The noun phrase a sentence opens with, outside quotation marks ("Other candidates, ..., have ...")."""
        k = self._first_unquoted_word(toks, limit)
        if k < limit and toks[k].lower in {"but", "and", "still", "yet", "so", "then"}:
            k += 1
            while k < limit and toks[k].text == ",":
                k += 1
        dateline_agency = k + 1 < limit and toks[k].is_capitalised and toks[k + 1].text == "("  # "Washington (AFP) –"
        if not dateline_agency and k + 2 < limit and toks[k].is_capitalised and toks[k + 1].is_capitalised:
            dateline_agency = toks[k + 2].text == "("  # "New York (AFP) –"
        if k + 1 < limit and ((toks[k].text.isupper() and len(toks[k].text) > 2) or dateline_agency):
            # A dateline, "WASHINGTON (AP) — Sen. Grassley said ...": the sentence starts after the dash.
            m = k + 1
            while m < limit and m - k < 8 and toks[m].text not in {"—", "–", "-"}:
                m += 1
            if m < limit - 1 and toks[m].text in {"—", "–", "-"}:
                k = m + 1
        comma = next((m for m in range(k + 1, min(limit, k + 5)) if toks[m].text == ","), None)
        if comma is not None and (
            toks[k].lower in _DAYS | _MONTHS | {"last", "this", "next", "earlier", "later", "early", "ahead"}
            or any(t.lower in {"ago", "later", "earlier", "recently", "before"} for t in toks[k:comma])
            or (toks[k].lower == "even" and toks[k + 1].lower == "so")
            or (toks[k].lower == "that" and toks[k + 1].lower in _PERIODS_AND_DAYS)  # "That morning, ..."
        ):
            k = comma + 1  # "Last week, the campaign said", "Hours later, he said", "Ahead of the vote, she"
        if k + 1 < limit and _opens_adverbial(toks[k], toks[k + 1]) and not _name_then_verb(toks, k):
            # "On Tuesday, Gov. Brown endorsed ...", "Recalling X, the statement urged ...": the
            # subject comes after the introductory phrase ("In a wide-ranging, in-prison interview
            # last year, Lazar said": past commas inside it too).
            for _ in range(3):
                m = self._next_unquoted_comma(toks, k, limit)
                if m >= limit:
                    return None
                k = m + 1
                if k + 2 < limit and toks[k].is_capitalised and toks[k + 1].text == "." and toks[k + 2].text == ",":
                    k += 3  # "In U.S. District Court in Alexandria, Va., Lazar said": the state goes with the place
                elif (
                    k + 2 < limit
                    and toks[k].is_capitalised
                    and toks[k + 1].text == ","
                    and toks[k - 2].is_capitalised
                    and toks[k].lower in PLACE_NAMES
                ):
                    k += 2  # "at a rally in Dayton, Ohio, Mr. Hale"
                lower_word = k < limit and toks[k].is_word and toks[k].text[0].islower()
                if k >= limit or not lower_word or toks[k].lower in SUBJECT_PRONOUNS | _DETERMINERS:
                    break
        if k >= limit:
            return None
        if toks[k].lower in SUBJECT_PRONOUNS - {"that", "which", "who", "it"}:
            return (k, k + 1)  # "he held his fire ..., calling him": the pronoun is the whole subject
        b = k
        while b < limit and b - k < _MAX_NP and toks[b].is_word and not _looks_verbal(toks[b]):
            if b > k and (toks[b].lower in _BOUNDARY_WORDS or _is_cue_word(toks[b])):
                break
            if b > k and (toks[b].lower in SUBJECT_VERB_FILLERS or toks[b].lower in _IRREGULAR_PAST):
                break  # ("Mr. Obama made peace a priority")
            b += 1
        if b == k or not (toks[k].is_capitalised or toks[k].lower in SUBJECT_PRONOUNS | _DETERMINERS):
            return None
        for n in range(k + 1, b - 1):
            if not toks[n].is_capitalised and toks[n + 1].lower in _DETERMINERS:
                return (k, n)  # "Ms. Bell shook her head": a verb before its object ends the subject
        return (k, b)

    # ------------------------------------------------------------------ driver
    def speaker_labels(self) -> set[int]:
        """Interview lines, "TAPPER: ..." or "Q: ..." or "Chris Matthews: ...": the label speaks the rest.

        Returns the ids of the paragraphs so attributed; first-person cues inside them are the
        speaker's own words ("I think ...") and are not attributions of their own.
        """
        labelled: set[int] = set()
        for para in self.paragraphs:
            headline = para.role is ParagraphRole.TITLE
            if para.role is not ParagraphRole.BODY and not headline:
                continue
            m = _LABEL_RE.match(self.text, para.start, para.end)
            if m is None and headline:
                m = _HEADLINE_LABEL_RE.match(self.text, para.start, para.end)
            if m is None or m.group("label").lower() in _NOT_LABELS:
                continue
            label = m.group("label")
            if not (label.isupper() or len(label.split()) >= 2 or headline):
                continue  # "Update:" is a heading; "PENCE:", "Q:", "Chris Matthews:" are speakers
            start, end = m.start("rest"), para.end
            if len(self.text[start:end].split()) < 3:
                continue  # "Hillary Clinton: 1,769." is a table row, not speech
            att = Attribution(
                [(start, end)],
                (m.start("colon"), m.end("colon")),
                (m.start("label"), m.end("label")),
                para.id,
                "speaker label (headline)" if headline else "speaker label",
                0.8,
            )
            self._add(att)  # in a headline ("Clinton: Time for ...", "Update: ..."), the model decides
            if not headline:
                labelled.add(para.id)
        return labelled

    def inline_labels(self) -> None:
        """A name and a colon before a quotation inside a paragraph: "Pollsters agree - Carl Bialik:
        “C”", "More from the report: “C”", "Rep. Ana Ruiz (R-S.C.):"C"". The quotation is the label's."""
        text = self.text
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY or ":" not in text[para.start : para.end]:
                continue
            for m in _INLINE_LABEL_RE.finditer(text, para.start, para.end):
                if m.group("label").lower() in _NOT_LABELS:
                    continue
                quote_start = m.end()
                quote_end = self._quoted_until(quote_start)
                if quote_end is None or len(text[quote_start:quote_end].split()) < 3:
                    continue
                att = Attribution(
                    [(quote_start, quote_end)],
                    (m.start("colon"), m.end("colon")),
                    (m.start("label"), m.end("label")),
                    para.id,
                    "speaker label (inline)",
                    0.8,
                )
                self._add(att)

    def run(self) -> list[Attribution]:
        labelled = self.speaker_labels()
        self.inline_labels()
        for sentence in self.sentences:
            para = self.paragraphs[sentence.paragraph]
            self._sentence(
                _Sentence(sentence.start, sentence.end, sentence.tokens, para),
                sentence.paragraph in labelled,
                # (a subhead in the body, 'Hillary Clinton Says EgyptAir Crash Seems Like An Act Of
                # Terrorism', reads like a headline)
                headline=para.role is ParagraphRole.TITLE or _title_case(sentence.tokens),
            )
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._trim_at_inner_frames()
        self._trim_at_coordinated_reports()
        self._trim_at_following_participles()
        self._trim_at_closing_dash()
        self._finish_open_quotations()
        self._join_quoted_followers()
        self._continue_across_paragraphs()
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._dedupe()
        self._dash_signatures()
        self._orphan_quotes()
        self._score()
        self._nest_reported()
        self._nominal_cues()
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._nest()
        for n, att in enumerate(self.attributions):
            att.group = n
        return self.attributions

    def _nominal_cues(self) -> None:
        """Inside a reported clause, "Putin's claim that C" / "his denial that C" is speech reported in turn.

        Only looked for inside another attribution's content, where such a noun carries a
        report; these nested attributions are for the reader and are not written for the scorer.
        """
        found: list[Attribution] = []
        for parent in self.attributions:
            for s, e in parent.content:
                toks = self.tokens_in(s, e)
                for i, tok in enumerate(toks[1:], 1):
                    if tok.lower not in NOMINAL_CUES:
                        continue
                    owner = toks[i - 1]
                    if owner.lower in {"his", "her", "their", "its"}:
                        src = (owner.start, owner.end)
                    elif owner.text.endswith(("’s", "'s")) and owner.is_capitalised:
                        a = i - 1
                        while a - 1 >= 0 and toks[a - 1].is_capitalised and toks[a - 1].is_word:
                            a -= 1
                        src = (toks[a].start, owner.end - 2)
                    else:
                        continue
                    k = i + 1
                    if k < len(toks) and toks[k].lower == "that":
                        k += 1
                    if k >= len(toks) or not toks[k].is_word:
                        continue
                    stop = self._clause_end(toks, k)
                    for m in range(k + 2, stop):  # "Putin's insistence that Russia did not interfere | would leave"
                        if toks[m].lower in _MODALS and not self.inside_quote(toks[m].start):
                            stop = m
                            break
                    first = k - 1 if toks[k - 1].lower == "that" else k
                    content = [(toks[first].start, toks[stop - 1].end)]
                    if any(f.content == content and f.cue == (tok.start, tok.end) for f in found):
                        continue  # the same noun inside two attributions of the same words
                    att = Attribution(
                        content, (tok.start, tok.end), src, parent.paragraph, "nominal (inside a report)", 0.6
                    )
                    att.reader_only = True
                    att.notes.append(f"a report inside the words credited to the source of “{self.text[s:e][:40]}…”")
                    found.append(att)
        for att in found:
            att.kind = QuoteKind.DIRECT if self._quoted_share(att) >= 0.9 else QuoteKind.INDIRECT
        self.attributions.extend(found)

    def _nest(self) -> None:
        """Give each attribution the innermost attribution it is reported inside.

        B is inside A when B's cue lies in A's content, or when both credit the same words and
        A's cue comes first ("According to Russian media, C, according to remarks Lavrov made":
        Lavrov's account reaches us through Russian media).
        """
        atts = self.attributions
        for b, near in zip(atts, self._nesting_candidates(), strict=True):
            best: Attribution | None = None
            best_len: tuple[int, int] = (0, 0)
            anchor = b.cue[0] if b.cue else b.start
            for a in near:
                same = a.content == b.content
                if same:
                    inside = a.cue is not None and b.cue is not None and a.cue[0] < b.cue[0]
                else:
                    inside = any(s <= anchor < e for s, e in a.content) and not any(
                        s <= a.start < e for s, e in b.content
                    )
                if not inside:
                    continue
                # Innermost first; among equal spans, the channel whose cue comes later is nearer.
                length = (sum(e - s for s, e in a.content) - (1 if same else 0), -(a.cue[0] if a.cue else 0))
                if best is None or length < best_len:
                    best, best_len = a, length
            b.parent = best

    def _nesting_candidates(self) -> list[list[Attribution]]:
        """For each attribution B, in list order, the others that could hold it: those that start
        where B starts or whose span holds B's anchor (its cue, else its start), in list order.

        A sweep over anchors in text order with the spans open at each (not every pair)."""
        atts = self.attributions
        by_start = sorted(range(len(atts)), key=lambda n: atts[n].start)
        same_start: dict[int, list[int]] = {}
        for n in by_start:
            same_start.setdefault(atts[n].start, []).append(n)
        anchors = sorted(range(len(atts)), key=lambda n: atts[n].cue[0] if atts[n].cue else atts[n].start)  # type: ignore[index]
        open_spans: dict[int, None] = {}  # (an ordered set of list indices)
        ends: list[tuple[int, int]] = []  # heap of (end, list index) of the open spans
        out: list[list[Attribution]] = [[] for _ in atts]
        k = 0
        for b in anchors:
            cue = atts[b].cue
            anchor = cue[0] if cue else atts[b].start
            while k < len(by_start) and atts[by_start[k]].start <= anchor:
                heapq.heappush(ends, (atts[by_start[k]].end, by_start[k]))
                open_spans[by_start[k]] = None
                k += 1
            while ends and ends[0][0] <= anchor:
                del open_spans[heapq.heappop(ends)[1]]
            near = set(open_spans).union(same_start.get(atts[b].start, ()))
            near.discard(b)
            out[b] = [atts[n] for n in sorted(near)]
        return out

    def _score(self) -> None:
        """Kind, features and model confidence of every proposal; drop the unlikely ones."""
        kept = []
        inner: list[Attribution] = []
        # Keyed by position in the list, never by id(): the order must not depend on memory addresses.
        spans = sorted((s, e, n, a.rule) for n, a in enumerate(self.attributions) for s, e in a.content)
        starts = [sp[0] for sp in spans]
        for n_att, att in enumerate(self.attributions):
            share = self._quoted_share(att)
            att.kind = QuoteKind.DIRECT if share >= 0.9 else QuoteKind.MIXED if share > 0 else QuoteKind.INDIRECT
            nested = ""
            if att.cue is not None:  # "Putin denied X, Tillerson said": a report inside another's words
                k = bisect.bisect_right(starts, att.cue[0])
                outer = [r for s, e, i, r in spans[max(0, k - 8) : k] if s <= att.cue[0] < e and i != n_att]
                nested = outer[-1].split(" (")[0] if outer else ""
            att.features = confidence.features(
                self.text, att.content, att.cue, att.source, att.rule, share, nested=nested, end_share=att.end_share
            )
            if self.use_model:
                p = confidence.probability(att.features)
                att.confidence = round(p, 2)
                if p < confidence.threshold() and att.rule not in _KEPT_WITHOUT_MODEL:
                    if nested and self._reportable_inside(att):
                        inner.append(att)
                    continue
            kept.append(att)
        # "Putin denied X, Tillerson said": a speech verb inside a report that stays is shown
        # as a report within it, even when the model would not write it out on its own.
        if self.use_model:  # the features that moved the probability most, for the reader
            for att in kept + inner:
                att.notes.append("model: " + ", ".join(confidence.top_reasons(att.features)))
        kept_spans = _SpanCover((s, e) for a in kept for s, e in a.content)
        for att in inner:
            assert att.cue is not None
            if kept_spans.holds(att.cue[0]):
                att.reader_only = True
                att.notes.append("shown as a report inside another; the model alone would drop it")
                kept.append(att)
        self.attributions = self._without_wrappers(kept)

    def _without_wrappers(self, atts: list[Attribution]) -> list[Attribution]:
        """Drop a source-first report whose content only opens with the same speaker's participle
        report ("He responded, *saying* C", "The town released *a statement saying* C"): the
        participle is the frame and its content the words; the verb before it is what the speaker
        did, not what they said. "He went on *to say* C" is the same with an infinitive. A clause
        in between ("said *that* by refusing ...") keeps both. The frame that stays is reported
        even if the model had kept it only for the reader, inside the wrapper."""
        cues = sorted(
            (a.cue[0], n)
            for n, a in enumerate(atts)
            if a.cue is not None and (a.rule.startswith("participle") or a.rule == "source-first (infinitive)")
        )
        if not cues:
            return atts
        cue_starts = [c for c, _ in cues]
        dropped = set()
        for n_att, att in enumerate(atts):
            if not att.rule.startswith("source-first") or att.source is None:
                continue
            c0, end = att.content[0][0], att.content[-1][1]
            k = bisect.bisect_left(cue_starts, c0)
            while k < len(cues) and cues[k][0] < c0 + _WRAP_WINDOW:
                pos, n = cues[k]
                k += 1
                inner = atts[n]
                if n == n_att or inner.source is None or inner.content[0][0] < pos or inner.content[-1][1] > end:
                    continue
                lead = self.text[c0:pos]
                if inner.rule == "source-first (infinitive)":
                    if lead.strip().lower() != "to":
                        continue  # "went on *to say* C" only: "hoped that, to say ..." is not its frame
                elif _has_quote_mark(lead) or _WRAP_CLAUSE_RE.search(lead):
                    continue  # the participle is inside the reported words
                if not self._same_mention(att.source, inner.source):
                    continue
                by = _BY_BEFORE_PARTICIPLE_RE.search(lead)
                if by is not None and by.start() > 0:
                    # 'hinted at the pier *by mentioning* its age': what was hinted at ends before "by"
                    att.content = [(c0, c0 + by.start())]
                    att.notes.append("ends where the same speaker's participle report begins")
                else:
                    dropped.add(n_att)
                    inner.reader_only = False
                break
        return [a for n, a in enumerate(atts) if n not in dropped]

    def _same_mention(self, a: Span, b: Span) -> bool:
        """Whether two source spans overlap or read the same."""
        if a[0] < b[1] and b[0] < a[1]:
            return True
        return self.text[a[0] : a[1]].lower() == self.text[b[0] : b[1]].lower()

    def _reportable_inside(self, att: Attribution) -> bool:
        """A report worth showing inside another one: a verb of speech or of stance ("denied",
        "rejected", "believes") whose source names someone ("Putin", "he", "the board")."""
        if att.cue is None or att.source is None:
            return False
        lemma = lemma_of(self.text[att.cue[0] : att.cue[1]].lower())
        if lemma not in SPEECH_LEMMAS and stance_of(lemma) in {"neutral", "other"}:
            return False
        if att.features.get("source_named") or att.features.get("source_pronoun"):
            return True
        # "the board rejected": a description, with a cue that is plainly a finite verb
        # ("the public view of" is a noun phrase, not a report)
        cue = self.text[att.cue[0] : att.cue[1]].split()[0].lower()
        first = self.text[att.source[0] : att.source[1]].split()[0].lower()
        return first in {"the", "a", "an"} and _looks_finite(cue)

    def _sentence(self, sent: _Sentence, first_person_is_speaker: bool = False, headline: bool = False) -> None:
        toks = sent.tokens
        has_quote = any(t.text in _QUOTE_TOKENS for t in toks)
        n = len(toks)
        for i, tok in enumerate(toks):
            low = tok.lower
            if low in {"put", "puts"}:
                att = self.as_put_it(sent, i)
                if att is not None:
                    self._add(att)
                if att is not None or low == "put":
                    continue  # ("Pershing Square puts restrictions on ...": a cue form of its own)
            is_cue = low in CUE_FORMS or (headline and _headline_verb(low))
            if i == 2 and low in _OPENING_CUES and toks[0].lower in _SENTENCE_OPENERS and toks[1].text == ",":
                att = self.cue_opens_sentence(sent, i)  # 'But, said Solovey, "C."'
                if att is not None:
                    self._add(att)
                    continue
            if low != "according" and not is_cue:
                if not _could_be_unlisted_verb(tok) or self.inside_quote(tok.start):
                    continue  # only lower-case past or present forms outside quotation marks
                that_next = i + 1 < n and toks[i + 1].lower == "that"
                if that_next and self._unlisted_verb_before_that(toks, i) and tok.start not in self._used_cues:
                    att = self.source_first(sent, i)
                    if att is not None:
                        att.rule = "source-first (unlisted verb + that)"
                        self._add(att)
                    continue
                if has_quote and self._unlisted_cue_before_colon_quote(toks, i) and tok.start not in self._used_cues:
                    att = self.source_first(sent, i)
                    if att is not None and self.region_at(att.content[0][0]) is not None:
                        att.rule = "source-first (unlisted verb + colon)"
                        self._add(att)
                    continue
                if has_quote and self._unlisted_cue_after_quote(toks, i):
                    att = self.content_first(sent, i)
                    if att is not None and att.content and self.region_at(att.content[0][0]) is not None:
                        att.rule = "content-first (unlisted verb)"
                        self._add(att)
                continue
            if tok.start in self._used_cues or self.inside_quote(tok.start):
                continue
            if low == "asked" and not headline:
                question = self.asked_question(sent, i)
                if question is not None:
                    self._add(question)
                    continue
            if first_person_is_speaker and i > 0 and toks[i - 1].lower in _FIRST_PERSON:
                continue
            if low == "according":
                att = self.according_to(sent, i)
            elif is_cue:
                if tok.is_capitalised and not headline:
                    if low in _OPENING_CUES and (i == 0 or toks[i - 1].lower in _SENTENCE_OPENERS):
                        att = self.cue_opens_sentence(sent, i)
                        if att is not None:
                            self._add(att)
                    continue  # "United States", "Hillary Clinton Says" in a headline-style line
                pronoun = i > 0 and toks[i - 1].lower in _QUANTITY_PRONOUNS and _looks_past(low)
                if (
                    i > 0
                    and not pronoun
                    and (
                        toks[i - 1].lower in _DETERMINERS
                        or (toks[i - 1].lower.endswith(("’s", "'s")) and not _contracted_be(toks[i - 1]))
                    )
                ):
                    continue  # a noun ("Putin's claim that"), not a verb ("many said" is one)
                # ('Gerry Smith, a consultant, notes that C': "that" makes it the verb)
                verb_reading = toks[i - 1].text == "," and i + 1 < n and toks[i + 1].lower == "that"
                # ('rallied supporters by warning that C', 'before saying, “C”': a gerund after a preposition)
                verb_reading = verb_reading or (low.endswith("ing") and toks[i - 1].lower in _GERUND_PREPOSITIONS)
                if low in AMBIGUOUS_FORMS and _np_before(toks, i) is None and not verb_reading:
                    continue
                if i > 1 and toks[i - 1].lower in _NUMBER_DETERMINERS and toks[i - 2].lower in _LEAD_PREPOSITIONS:
                    continue  # "at one point", "on every count": a noun in a prepositional phrase
                if i > 1 and _is_number(toks[i - 1]) and low.endswith("s") and toks[i - 2].lower in _DETERMINERS:
                    continue  # "in each of the five states": a counted noun ("the two agree" is a verb)
                att = (
                    self.content_first(sent, i)
                    or self.quote_source_cue(sent, i)
                    or self.passive_by(sent, i)
                    or self.source_first(sent, i)
                    or self.participle(sent, i)
                )
            else:
                continue
            if att is not None:
                if headline:
                    att.rule += " (headline)"
                self._add(att)

    def cue_opens_sentence(self, sent: _Sentence, i: int) -> Attribution | None:
        """'Said Comey, "C."', 'Said Jo Hale, who grew up nearby, "C."': the cue first, then the
        speaker, then the quotation."""
        toks = sent.tokens
        np = _np_after(toks, i + 1)
        if np is None or not toks[np[0]].is_capitalised:
            return None
        for m in range(np[1], min(len(toks), np[1] + 30)):
            if _is_quote(toks[m]) and toks[m - 1].text in {",", ":"} and not self.inside_quote(toks[m].start):
                end = self._quoted_until(toks[m].start)
                if end is None:
                    return None
                return Attribution(
                    [(toks[m].start, end)],
                    _span(toks, i, i + 1),
                    _span(toks, *np),
                    sent.paragraph.id,
                    "cue, source, quotation",
                    0.85,
                )
            if toks[m].text in {".", ";", "!", "?"}:
                return None
        return None

    def as_put_it(self, sent: _Sentence, i: int) -> Attribution | None:
        """ "As Ana Ruiz put it, C", "as a diplomat put it in a memo: C": what follows is the subject's."""
        toks = sent.tokens
        n = len(toks)
        if i + 2 >= n or toks[i + 1].lower != "it" or self.inside_quote(toks[i].start):
            return None
        # "as" opens the clause, before the subject and any apposition around it ("As the chief
        # executive, Jeff Weiner, put it", "As John Cornyn, the No. 2 in the GOP, put it")
        as_at = i - 1
        while as_at >= 0 and i - as_at < 30 and toks[as_at].lower != "as":
            if not (
                toks[as_at].is_word
                or toks[as_at].text in {",", "’s", "'s"}
                or _is_quote(toks[as_at])
                or (toks[as_at].text == "." and as_at > 0 and toks[as_at - 1].lower in ABBREVIATIONS)
            ):
                return None
            as_at -= 1
        if as_at < 0 or toks[as_at].lower != "as" or as_at + 1 >= i:
            return None
        np = _subject_before(toks, i)
        if np is None or np[0] <= as_at:
            # the name right after "as", before its description
            b = next((m for m in range(as_at + 1, i) if toks[m].text == ","), i)
            np = (as_at + 1, b)
        k = i + 2
        while k < n and k - i < 14 and (toks[k].is_word or toks[k].text in {"’s", "'s"}):
            k += 1  # "put it in his memo to employees,"
        if k + 1 >= n or toks[k].text not in {",", ":"}:
            return None
        k += 1
        c1 = self._clause_end(toks, k)
        if as_at > 0 and toks[as_at - 1].text == ",":
            # "owed it to, as one engineer put it, a small miracle, and ...": the words resume the
            # writer's sentence and end at its next comma
            c1 = next((m for m in range(k + 1, c1) if toks[m].text == "," and not self.inside_quote(toks[m].start)), c1)
        if k >= c1:
            return None
        start = toks[k].start
        end = boundary.end_char(toks, c1)
        q = self._quoted_until(start)
        if q is not None and q > end:
            end = q
        return Attribution(
            [(start, end)],
            _span(toks, i, i + 2),
            _span(toks, *np),
            sent.paragraph.id,
            "source-first (as X put it)",
            0.85,
        )

    def _unlisted_verb_before_that(self, toks: list[Token], i: int) -> bool:
        """ "Gorka insisted that ...", "the poll found that ...": a verb outside the lexicon with a
        subject before it and a that-clause after it (``toks[i]`` passed :func:`_could_be_unlisted_verb`)."""
        if i + 2 >= len(toks) or toks[i + 1].lower != "that" or not _starts_clause(toks[i + 2]):
            return False
        np = _subject_before(toks, i)
        # "on social issues that they ...": a noun phrase after a preposition is no subject
        return np is not None and not (np[0] > 0 and toks[np[0] - 1].lower in _BOUNDARY_WORDS - {"and", "but"})

    def _unlisted_cue_before_colon_quote(self, toks: list[Token], i: int) -> bool:
        """'he demurred: "C"', 'Trump leaned in and boomed: "C"': a verb outside the lexicon, a
        subject before it, then a colon and an opening quotation mark (``toks[i]`` passed
        :func:`_could_be_unlisted_verb`)."""
        k = i + 1
        if k < len(toks) and toks[k].lower in {"back", "out", "up", "in"}:
            k += 1
        if k + 1 >= len(toks) or toks[k].text != ":" or not _is_quote(toks[k + 1]):
            return False
        if self._quoted_until(toks[k + 1].start) is None:
            return False  # the mark must open a quotation
        np = _subject_before(toks, i)
        if np is None:
            j = _skip_between_subject_and_verb(toks, i - 1)
            return j >= 1 and toks[j].lower in {"and", "but"} and self._sentence_subject(toks, j) is not None
        return toks[np[0]].is_capitalised or toks[np[0]].lower in SUBJECT_PRONOUNS - {"it", "that", "which"}

    def _unlisted_cue_after_quote(self, toks: list[Token], i: int) -> bool:
        """A verb outside the lexicon right beside a quotation and a speaker: '"C," reacted Trump.',
        '"C," Dawson shouted.' The quotation marks and the speaker make it a cue (``toks[i]`` passed
        :func:`_could_be_unlisted_verb`)."""

        def after_quote(j: int) -> bool:  # a closing mark, maybe after a comma, right before j
            while j >= 0 and toks[j].text in {",", "—"}:
                j -= 1
            return j >= 0 and _is_quote(toks[j]) and self.inside_quote(toks[j].start)

        if i > 0 and after_quote(i - 1):  # inverted: '"C," reacted Trump.'
            np = _np_after(toks, i + 1)
            return np is not None and toks[np[0]].is_capitalised and (np[1] >= len(toks) or not toks[np[1]].is_word)
        np = _np_before(toks, i)  # '"C," Dawson shouted.' / '"C," he tweeted.' / '"C," an angry Hollande retaliated.'
        if np is None:
            return False
        head = toks[np[0]]
        described = head.lower in {"the", "a", "an"} and np[1] - np[0] <= 4
        if not (head.is_capitalised or head.lower in PERSON_PRONOUNS | {"they", "we", "i"} or described):
            return False
        return after_quote(np[0] - 1)

    def _trim_at_coordinated_reports(self) -> None:
        """'Most said they were worried, and three in ten said Trump would be best': a second
        report coordinated after the first ends the first one's content."""
        # (a verb that shares its subject, 'said C but added D', starts at the verb: "but added")
        starts = sorted(
            [
                (b.cue[0] if b.rule == "source-first (shared subject)" else b.source[0], b)
                for b in self.attributions
                if b.source and b.cue and b.source[0] < b.cue[0] and not self.inside_quote(b.source[0])
            ],
            key=lambda sb: sb[0],
        )
        # Each report's tail patterns end where it starts, so they are looked for once (when a content
        # first holds it), in the last few runs of text before it: no match there, none from any start.
        keys = [k for k, _ in starts]
        tails: list[tuple[int, bool, bool] | None] = [None] * len(starts)
        for att in self.attributions:
            s0, e0 = att.content[0][0], att.content[-1][1]
            subordinate = att.source is not None and att.source[0] < s0 and self._opens_with_subordinator(att.source[0])
            lo = bisect.bisect_right(keys, s0)
            for n in range(lo, bisect.bisect_left(keys, e0, lo=lo)):
                tail = tails[n] = tails[n] or self._report_tail(*starts[n])
                if not (tail[1] or (subordinate and tail[2])):
                    continue  # (neither tail can match before this report, from any start)
                b_source, b = starts[n]
                if b is att:
                    continue
                shared = b.rule == "source-first (shared subject)"
                if shared and not self._speaks_on_in_turn(att, b):
                    continue  # (a verb inside the reported clause, 'that he forgot it and hasn't visited')
                pos = max(s0, tail[0])
                m = (_SHARED_SUBJECT_TAIL if shared else _COORDINATED_TAIL).search(self.text, pos, b_source)
                if m is not None:
                    cut = m.start()
                elif subordinate and (m := _CLAUSE_END_TAIL.search(self.text, pos, b_source)) is not None:
                    # 'After Scalia said that C, Trump said: D': the main clause's report ends the
                    # subordinate clause's content (a comma inside closing marks stays with it)
                    cut = m.start(1) if m.group(1) else m.start(2)
                else:
                    continue
                self._end_content_at(att, cut, "ends where a second report is coordinated")
                break

    def _report_tail(self, b_source: int, b: Attribution) -> tuple[int, bool, bool]:
        """Where the text before a second report (starting at ``b_source``) can hold its tail
        pattern, and whether its coordinating (or shared-subject) tail and its clause-ending comma
        are there. Every tail pattern spans at most six runs of spaces and non-spaces."""
        lo = _start_of_last_runs(self.text, b_source, 6)
        shared = b.rule == "source-first (shared subject)"
        if shared and not self._speaks_in_turn(b):
            return lo, False, False  # (never the same speaker going on: it cuts nothing)
        tail = (_SHARED_SUBJECT_TAIL if shared else _COORDINATED_TAIL).search(self.text, lo, b_source)
        return lo, tail is not None, _CLAUSE_END_TAIL.search(self.text, lo, b_source) is not None

    @staticmethod
    def _end_content_at(att: Attribution, cut: int, note: str) -> None:
        """End ``att``'s content at ``cut`` (and say why), unless nothing of it would be left."""
        frags = _pieces_before(att.content, cut)
        if frags and frags[-1][1] > frags[-1][0]:
            att.content = frags
            att.notes.append(note)

    def _speaks_on_in_turn(self, att: Attribution, b: Attribution) -> bool:
        """Whether ``b``, a verb sharing its subject, is ``att``'s speaker going on in a finite speech
        verb ('said C but *added* D'), not a verb of the reported clause ('says he’d sit Putin down
        and *tell* him C': a bare verb goes with the modal inside)."""
        if att.source is None or b.source is None or b.cue is None or not self._same_mention(att.source, b.source):
            return False
        return self._speaks_in_turn(b)

    def _speaks_in_turn(self, b: Attribution) -> bool:
        """Whether ``b``'s cue is a finite verb of speech (with a source)."""
        if b.source is None or b.cue is None:
            return False
        cue = self.text[b.cue[0] : b.cue[1]].lower()
        return CUE_FORMS.get(cue, "") in SPEECH_LEMMAS and _looks_finite(cue)

    def _opens_with_subordinator(self, pos: int) -> bool:
        """Whether the token at ``pos`` is the second of its sentence, after "After", "When", "If" ...
        (not "As": 'As the Post reported, C' reports the main clause)."""
        k = bisect.bisect_left(self._token_starts, pos)
        if k < 1 or self._tokens[k - 1].lower not in _OPENING_SUBORDINATORS:
            return False
        n = bisect.bisect_right(self._sentence_starts, pos) - 1
        return n >= 0 and self._tokens[k - 1].start <= self._sentence_starts[n] + 1

    def _trim_at_closing_dash(self) -> None:
        """'The plan — which the mayor said would cost millions — was dropped': a report inside a
        pair of dashes ends at the closing one (and one that would open with it reports nothing)."""
        kept = []
        for att in self.attributions:
            if att.rule.startswith("source-first") and att.cue is not None and att.source is not None:
                s_start, s_end = self._sentence_span(att.cue[0])
                lead_end = min(att.source[0], att.cue[0])
                as_aside = self._lead_ends_with_as(s_start, lead_end)  # ('X -- as the campaign noted -- did C')
                dashes = self._dashes_between(s_start, s_end, lead_end)
                if not as_aside and dashes % 2 == 1 and not self.inside_quote(att.cue[0]):
                    m = _DASH_RE.search(self.text, att.cue[1], att.end)
                    if m is not None:
                        cut = m.start()
                        while cut > att.start and self.text[cut - 1].isspace():
                            cut -= 1
                        frags = _pieces_before(att.content, cut)
                        if not frags or not self.text[frags[0][0] : frags[-1][1]].strip():
                            continue  # 'but Moscow denies — “C?” asked Dunn': nothing of its own
                        att.content = frags
                        att.notes.append("ends at the dash that closes the aside it stands in")
            kept.append(att)
        self.attributions = kept

    def _lead_ends_with_as(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with " as" (and spaces)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return self.text[max(start, p - 3) : p].lower().endswith(" as")

    def _dashes_between(self, s_start: int, s_end: int, pos: int) -> int:
        """How many dashes (matches of _DASH_RE) ``text[s_start:pos]`` holds, for ``pos`` in the
        sentence ``s_start``-``s_end``: the sentence is searched once. Its matches that end by
        ``pos`` are the shorter text's too; one that runs past ``pos`` is looked for again there."""
        if pos > s_end:
            return len(_DASH_RE.findall(self.text, s_start, pos))  # (not in the sentence: never met)
        found = self._sentence_dashes.get(s_start)
        if found is None:
            found = [m.span() for m in _DASH_RE.finditer(self.text, s_start, s_end)]
            self._sentence_dashes[s_start] = found
        n = bisect.bisect_right(found, pos, key=_span_end)
        if n < len(found) and found[n][0] < pos:
            n += len(_DASH_RE.findall(self.text, found[n][0], pos))
        return n

    def _trim_at_following_participles(self) -> None:
        """'Trump told Newsmax that C, adding, “D”': the same speaker's participle report after a
        comma ends the content of the report before it."""
        parts = [b for b in self.attributions if b.rule.startswith("participle") and b.cue is not None and b.source]
        if not parts:
            return
        by_cue = sorted((b.cue[0], n) for n, b in enumerate(parts))  # type: ignore[index]
        for att in self.attributions:
            if not att.rule.startswith("source-first") or att.source is None:
                continue
            s0, e0 = att.content[0][0], att.content[-1][1]
            for n in _in_range(by_cue, s0, e0):  # (the participles whose cue is inside the content)
                b = parts[n]
                assert b.cue is not None and b.source is not None
                if b is att or not self._same_mention(att.source, b.source):
                    continue
                lead = self.text[s0 : b.cue[0]].rstrip()
                if lead.endswith(","):
                    cut = s0 + len(lead[:-1].rstrip())
                elif lead.endswith(_CLOSING_QUOTE_ENDS) and _has_report_comma(lead):
                    cut = s0 + len(lead)  # '“... maniacal,” adding': the comma is inside the marks
                else:
                    continue
                self._end_content_at(att, cut, "ends where the same speaker's participle report begins")
                break

    def _finish_open_quotations(self) -> None:
        """'He said Cruz "has courage. He is not afraid."': a quotation opened inside a content
        runs to its closing mark, across the sentence end where the frame stopped."""
        for att in self.attributions:
            s, e = att.content[-1]
            reg = self.region_at(e - 1)
            if reg is not None and reg.closed and s <= reg.start and reg.end > e:
                att.content[-1] = (s, reg.end)
                att.notes.append("runs on to the end of the quotation it opened")

    def _trim_at_inner_frames(self) -> None:
        """'Putin denied X, Tillerson said, but ...': the denial's content stops at ', Tillerson said'."""
        framed: dict[int, list[Attribution]] = {}
        for b in self.attributions:
            if b.rule.startswith("content-first") and b.cue and b.source:
                framed.setdefault(b.paragraph, []).append(b)
        # A frame acts on a content only when its cue, or the start of its frame, lies inside it.
        keyed = {
            pid: sorted({(k, n) for n, b in enumerate(bs) for k in (b.cue[0], min(b.cue[0], b.source[0]))})  # type: ignore[index]
            for pid, bs in framed.items()
            if len(bs) > _FEW
        }
        for att in self.attributions:
            frames = framed.get(att.paragraph, [])
            if len(frames) > _FEW:
                frames = [frames[n] for n in sorted(set(_in_range(keyed[att.paragraph], att.start, att.end)))]
            for b in frames:
                if b is att or self._reported_by(att, b):
                    continue
                assert b.cue is not None and b.source is not None
                if b.start > att.start:
                    # 'surprised over what he did: “C,” she wrote.': the quotation and its report are
                    # hers; the content before them ends where her quotation starts
                    words = self.text[b.content[0][0] : b.content[0][1]].rstrip("”\"' ")
                    if not (
                        b.end <= att.end
                        and att.start < b.cue[0] < att.end
                        and _is_quote_at(self.text, b.start)
                        and words.endswith((",", "?", "!"))
                    ):
                        continue
                    cut = b.start
                else:
                    cut = min(b.cue[0], b.source[0])
                    after = self._start_after_frame(att, b)
                    if after is not None:
                        # '"A," she said, but despite the tone, "B," said Kunin': her frame ends A;
                        # Kunin's words are what follows it, not what precedes it
                        att.content = [(after, att.content[0][1]), *att.content[1:]]
                        att.notes.append("starts after another attribution's frame")
                        continue
                if att.start < cut < att.end:
                    frags = _pieces_before(att.content, cut)
                    s0, e0 = frags[-1]
                    while e0 > s0 and (self.text[e0 - 1].isspace() or self.text[e0 - 1] in ",;:—–"):
                        e0 -= 1
                    frags[-1] = (s0, e0)
                    att.content = [f for f in frags if f[1] > f[0]] or att.content
                    att.notes.append("cut where another attribution's frame begins")

    def _start_after_frame(self, att: Attribution, b: Attribution) -> int | None:
        """Where a content-first report's first piece starts again when another quotation's frame
        ('"A," she said,') sits inside it before its own cue: at the quotation after that frame
        which runs up to the piece's end (a quotation, not a clause: "X has led to uncertainty in
        Murray's home state, she said" holds no frame that ends X's content)."""
        assert b.cue is not None and b.source is not None
        if att.cue is None or not att.rule.startswith("content-first"):
            return None
        s0, e0 = att.content[0]
        frame_end = max(b.cue[1], b.source[1])
        if not (s0 < min(b.cue[0], b.source[0]) and frame_end < e0 <= att.cue[0]):
            return None
        if not self._ends_with_any(*b.content[-1], _CLOSING_QUOTE_ENDS):
            return None
        # The first quotation opening at a token in [frame_end, e0) that runs to e0 - 1 or on: regions
        # are disjoint, so only the last two that open before e0 can reach that far.
        lo = bisect.bisect_left(self.regions, frame_end, key=_region_start)
        hi = bisect.bisect_left(self.regions, e0, key=_region_start)
        for r in self.regions[max(lo, hi - 2) : hi]:
            k = bisect.bisect_left(self._token_starts, r.start)
            if r.end >= e0 - 1 and k < len(self._token_starts) and self._token_starts[k] == r.start:
                return r.start
        return None

    def _ends_with_any(self, start: int, end: int, endings: tuple[str, ...]) -> bool:
        """Whether ``text[start:end]``, trailing spaces off, ends with one of ``endings`` (of two
        characters at most)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return self.text[max(start, p - 2) : p].endswith(endings)

    @staticmethod
    def _reported_by(outer: Attribution, inner: Attribution) -> bool:
        """'"C," Welch said, according to Vermont Edition': the outlet reports the whole sentence,
        Welch's words and his "said" (as PolNeAR marks it), so its content is not cut at "Welch said"."""
        return (
            outer.rule == "according-to (after content)"
            and outer.cue is not None
            and inner.cue is not None
            and inner.source is not None
            and outer.start <= inner.start
            and max(inner.cue[1], inner.source[1]) <= outer.cue[0]
            and outer.content[0][1] >= max(inner.cue[1], inner.source[1])
        )

    def _nest_reported(self) -> None:
        """When both stay, '"C," Welch said' is shown inside the outlet's report and not written twice."""
        outers = [a for a in self.attributions if a.rule == "according-to (after content)"]
        if not outers:
            return
        inner = [a for a in self.attributions if a.rule.startswith("content-first") and a.cue and a.source]
        # A reported one starts at or after its outer's start and ends its frame before the outer's
        # cue; it starts before its own frame ends, but for the odd one that does not, all are tried.
        frame_end = [max(a.cue[1], a.source[1]) for a in inner]  # type: ignore[index]
        by_start = sorted((a.start, n) for n, a in enumerate(inner) if a.start < frame_end[n])
        odd = [n for n, a in enumerate(inner) if a.start >= frame_end[n]]
        for outer in outers:
            assert outer.cue is not None
            near = _in_range(by_start, outer.start - 1, outer.cue[0]) + odd
            for n in sorted(near):
                att = inner[n]
                if att is not outer and self._reported_by(outer, att):
                    att.reader_only = True
                    att.notes.append("reported in turn: the report around it is the one written out")

    def _followed_by_circumstance(self, pos: int) -> bool:
        """Whether the words right after ``pos`` (a quotation's end) open a circumstance ("as they had")."""
        k = bisect.bisect_left(self._token_starts, pos)
        return k < len(self._tokens) and self._tokens[k].lower in _CIRCUMSTANCE_OPENERS

    def _continuing_sentence(self, reg: QuoteRegion, tail: int) -> int | None:
        """When the quotation ``reg`` ends a cue-less sentence after ``tail`` that opens with a word
        pointing back ("It's", "That makes her", "Unless ..."), so goes on with the speaker's words,
        that sentence's start; else None."""
        ss, se = self._sentence_span(reg.start)
        if ss < tail or reg.end > se + 1:
            return None
        toks = self.tokens_in(ss, se)
        words = [t for t in toks if t.is_word]
        if len(words) < 4 or words[0].lower not in _CONTINUING_OPENERS:
            return None
        if sum(1 for t in self.tokens_in(reg.start, reg.end) if t.is_word) < 3:
            return None  # 'It is joining the ''Today'' show': a title, not a quotation
        return None if any(_is_cue_word(t) for t in toks if not self.inside_quote(t.start)) else ss

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding ``pos``."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        return (self.sentences[k].start, self.sentences[k].end) if k >= 0 else (pos, pos)

    def _join_quoted_followers(self) -> None:
        """'"A," he said. "B."' — B joins A's attribution as a second fragment."""
        by_para: dict[int, list[Attribution]] = {}
        for att in self.attributions:
            by_para.setdefault(att.paragraph, []).append(att)
        regions_by_para: dict[int, list[QuoteRegion]] = {}
        for r in self.regions:
            regions_by_para.setdefault(r.paragraph, []).append(r)
        for pid, atts in by_para.items():
            para_regions = regions_by_para.get(pid, [])
            starts = [r.start for r in para_regions]  # (regions come sorted by position)
            outers = [o for o in atts if o.rule == "according-to (after content)"]  # (the only ones _reported_by)
            quoting = [
                a
                for a in atts
                if any(bisect.bisect_left(starts, s) < bisect.bisect_left(starts, e) for s, e in a.content)
                and not any(self._reported_by(o, a) for o in outers)  # ('"C," X said, according to Y': Y's)
            ]
            if not quoting:
                continue  # no quotation to go on with
            att_starts = sorted(a.start for a in atts)
            reach = _GrowingReach(atts)  # (whether an attribution of the paragraph holds a position)
            for last in quoting:  # each quotation goes on until the next attribution
                self._join_followers_of(last, para_regions[bisect.bisect_left(starts, last.end) :], att_starts, reach)

    def _join_followers_of(
        self, last: Attribution, regions: list[QuoteRegion], att_starts: list[int], reach: _GrowingReach
    ) -> None:
        """Join to ``last`` the cue-less quotations among ``regions`` (its paragraph's, after it) that
        go on with its words, up to the next attribution."""
        cue_sentence_end = self._sentence_span(last.cue[0])[1] if last.cue else None
        for reg in regions:
            if reg.start < last.end:
                continue  # (the content grows as followers join)
            tail = max([last.end] + [sp[1] for sp in (last.cue, last.source) if sp and sp[0] >= last.end])
            after_cue = cue_sentence_end if cue_sentence_end is not None else tail
            n = bisect.bisect_left(att_starts, max(tail, after_cue))
            if n < len(att_starts) and att_starts[n] < reg.start:
                break  # another attribution starts in between: nothing after it can join
            if reach.holds(reg.start):
                continue
            if (
                last.cue
                and cue_sentence_end is not None
                and last.cue[1] <= reg.start < cue_sentence_end
                # ('"A," Cruz told reporters in Fort Mill, S.C. "B."': an abbreviation ended
                # the sentence where the splitter could not tell)
                and not self._ends_with(last.cue[1], reg.start, ".")
            ):
                continue  # a title in the cue's own sentence: '"A," he said on "Meet the Press." "B."'
            # Only cue-less quoted sentences: nothing but the quote and punctuation between.
            if reg.start < tail:
                continue
            before = self.text[tail : reg.start].rstrip()
            frag_start = reg.start
            conj = _LEADING_CONJUNCTION.search(before)
            if conj is not None:  # '"A," he said. But "B."': the conjunction links B to A
                frag_start = tail + conj.start(1)
                before = before[: conj.start(1)].rstrip()
            if before.endswith(":") and len(self.text[tail : reg.start].split()) >= 4:
                break  # 'Jeb Bush broke down what was wrong: “C”': a new speaker's introduction
            if before and not before.endswith((".", "!", "?", ":", "”", '"', "''")):
                going_on = self._continuing_sentence(reg, tail)
                if going_on is None:
                    break  # the quote sits inside a sentence of the writer's own
                # '"A," she says. It's "B."': a sentence of hers, partly quoted, with no cue
                last.content.append((going_on, reg.end))
                last.notes.append("a sentence going on with the speaker's words joins the quote before it")
            else:
                last.content.append((frag_start, reg.end))
                last.notes.append("a quoted sentence with no cue of its own joins the quote before it")
            reach.grow(last)

    def _ends_with(self, start: int, end: int, mark: str) -> bool:
        """Whether ``text[start:end]``, trailing spaces off, ends with ``mark`` (one character)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return p > start and self.text[p - 1] == mark

    def _continue_across_paragraphs(self) -> None:
        """A paragraph of nothing but quotation, right after a quoted paragraph, is more of that quotation.

        News style runs a long quote over several paragraphs; PolNeAR annotates it as one
        attribution with several pieces, and so does this (one ``group``).
        """
        attributed = {a.paragraph for a in self.attributions}
        covered = _SpanCover((s, e) for a in self.attributions for s, e in a.content)
        last_by_para = {a.paragraph: a for a in self.attributions}
        new: list[Attribution] = []
        prev_body: Paragraph | None = None
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY:
                prev_body = None
                continue
            if (
                para.id not in attributed
                and prev_body is not None
                and prev_body.id in last_by_para
                and self._quote_fills(para)
                and not covered.holds(para.start)
            ):
                parent = last_by_para[prev_body.id]
                if len(parent.content) == 1 and self.text[parent.content[0][1] : prev_body.end].strip() == ":":
                    # 'Cruz called them on it:' / 'released the following statement:' and the quotation
                    # as the next paragraph: the words before the colon only point to it
                    parent.content = [(para.start, para.end)]
                    parent.notes.append("the words before the colon point to the quotation of the next paragraph")
                elif self._speaks_on(parent, prev_body):
                    parent.content.append((para.start, para.end))
                    parent.notes.append("the quote runs on into the next paragraph, which has no cue of its own")
                else:
                    prev_body = para
                    continue  # 'Sanders named five people.' then a quoted paragraph: not more of his words
                last_by_para[para.id] = parent
            prev_body = para
        self.attributions.extend(new)

    def _speaks_on(self, att: Attribution, para: Paragraph) -> bool:
        """Whether a quoted paragraph after ``para`` (which ends with ``att``) goes on with ``att``'s
        words: ``att`` quotes, its cue is a verb of speech ("She said C." then "“D.”"; not "Sanders
        named five people."), or ``para`` ends in a colon, which always introduces what follows."""
        if self.text[para.start : para.end].rstrip().endswith(":"):
            return True
        if any(self.region_at(s) is not None or self.region_at(e - 1) is not None for s, e in att.content):
            return True
        if att.cue is None:
            return True
        return lemma_of(self.text[att.cue[0] : att.cue[1]].split()[0].lower()) in _SPEAKING_LEMMAS

    def _orphan_quotes(self) -> None:
        """Quotations no frame claimed: "He called her “third-rate”", "Trump made a vow: “Let's go.”".

        A quotation inside a sentence is credited to the sentence's subject, its content being
        the quotation with its determiner ("her “third-rate”"); the word before it, when it is a
        lower-case word, is shown as the cue. The confidence model decides which of these stay
        (rule "orphan quote"), from the same plain features as every other proposal.
        """
        covered = sorted((s, e) for a in self.attributions for s, e in a.content)
        starts = [s for s, _ in covered]
        sentences = iter(self.sentences)
        sent = next(sentences, None)
        for reg in self.regions:
            while sent is not None and sent.end <= reg.start:
                sent = next(sentences, None)
            if sent is None:
                break
            if reg.start < sent.start or reg.end > sent.end + 1:
                continue  # spans sentences: a continuation, handled elsewhere
            k = bisect.bisect_right(starts, reg.end) - 1
            if any(s < reg.end and e > reg.start for s, e in covered[max(0, k - 3) : k + 1]):
                continue
            toks = sent.tokens
            q = _first_token_from(toks, reg.start)
            if q == len(toks):
                continue
            words = [t for t in toks[q : _first_token_from(toks, reg.end)] if t.is_word]
            if len(words) < _ORPHAN_MIN_WORDS:
                continue  # titles and scare quotes ("“Latino Enough.”", "“nagging”") are no one's words
            if sum(t.is_capitalised for t in words) >= len(words) - 1:
                continue  # "''The Late Show With Stephen Colbert''": a title in title case
            if self._first_unquoted_word(toks, q + 1) > q:
                continue  # the sentence opens with the quotation: no subject to credit
            subject = self._orphan_subject(toks, q)
            if subject is None:
                continue
            c = q
            while c - 1 > subject[1] and toks[c - 1].lower in _LISTENER_DETERMINERS:
                c -= 1
            cue = None
            if c - 1 > subject[1] and toks[c - 1].text == ":" and toks[c - 2].is_word:
                cue = _span(toks, c - 2, c - 1)  # "boomed: “...”"
            else:
                v = _skip_forward_fillers(toks, subject[1], c)
                if v < c and toks[v].is_word and not toks[v].is_capitalised:
                    cue = _span(toks, v, v + 1)  # the verb after the subject: "is labeling"
            att = Attribution(
                [(toks[c].start, reg.end)], cue, _span(toks, *subject), sent.paragraph, "orphan quote", 0.5
            )
            att.notes.append("no cue frame matched; credited to the subject of the sentence")
            self.attributions.append(att)

    def _orphan_subject(self, toks: list[Token], limit: int) -> tuple[int, int] | None:
        """The subject of a sentence, after an introductory phrase ("On Friday, Gingrich ...")."""
        np = self._sentence_subject(toks, limit)
        if np is None:
            return None
        a, b = np
        if toks[a].lower in {"it", "there", "this", "that", "what"} or b > limit:
            return None
        return (a, b)

    def _dash_signatures(self) -> None:
        """A quotation signed with a dash and a name at the end of its line: '"C." ― Ana Ruiz', a
        tweet 'C — Ana Ruiz (@aruiz) May 3, 2016', or a line '- Ana Ruiz.' after a quotation that
        fills the paragraph before (pull quotes, quote lists, embedded tweets)."""
        # (a quotation joined to an earlier one as its follower is given back to its signer)
        taken = _ByParagraph[Span](self.paragraphs)
        pieces = _ByParagraph[Attribution](self.paragraphs)  # (whose pieces may overlap a span)
        indexed = False
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY:
                continue
            m = _DASH_SIGNATURE_RE.search(self.text, para.start, para.end)
            if m is None:
                continue
            if not indexed:  # (at the first signature: most articles have none)
                for a in self.attributions:
                    taken.add_each(a.content[:1])
                    pieces.add(a, a.content)
                indexed = True
            dash, name = m.span("dash"), m.span("name")
            name = (name[0], name[0] + len(self.text[name[0] : name[1]].rstrip(".")))  # "Carla Sanchez."
            content = self._signed_content(para, m)
            if not content or any(s < ce and e > cs for cs, ce in content for s, e in taken.near(cs, ce)):
                continue
            for other in {id(o): o for cs, ce in content for o in pieces.near(cs, ce)}.values():
                kept = [(s, e) for s, e in other.content if not any(s < ce and e > cs for cs, ce in content)]
                if len(kept) < len(other.content):
                    other.content = kept
            att = Attribution(content, dash, name, para.id, "dash signature", 0.8)
            self.attributions.append(att)
            pieces.add(att, content)
            taken.add_each(content)
        self.attributions.sort(key=lambda a: (a.start, a.end))

    def _signed_content(self, para: Paragraph, m: re.Match[str]) -> list[Span]:
        """What the dash signature ``m`` at the end of ``para`` signs: the quotation right before the
        dash, the tweet before its handle, or the quotation filling the paragraph before."""
        before = self.text[para.start : m.start("dash")].rstrip()
        if before and before[-1] in CLOSING_MARKS + "\"'":
            closing = para.start + len(before)  # the quotation just before the dash
            region = self._last_region_before(closing)  # (regions are disjoint: one can end there)
            if region is not None and region.end == closing and region.closed:
                return [(region.start, region.end)]
        elif before and m.group("handle"):
            return [(para.start, para.start + len(before))]  # an embedded tweet
        elif not before and para.id > 0:
            prev = self.paragraphs[para.id - 1]
            if prev.role is ParagraphRole.BODY and self._quote_fills(prev):
                return [(r.start, r.end) for r in self._regions_of(prev)]
        return []

    def _regions_of(self, para: Paragraph) -> list[QuoteRegion]:
        """The quoted regions of ``para`` (those that open in it), by binary search."""
        lo = bisect.bisect_left(self.regions, para.start, key=_region_start)
        hi = bisect.bisect_left(self.regions, para.end, key=_region_start)
        return [r for r in self.regions[lo:hi] if r.paragraph == para.id]

    def _quote_fills(self, para: Paragraph) -> bool:
        """The paragraph is nothing but quotation: it opens with a mark and no words follow its quotes."""
        if self._quoted_until(para.start) is None:
            return False
        pos = para.start
        for r in self._regions_of(para):
            if any(ch.isalnum() for ch in self.text[pos : r.start]):
                return False
            pos = max(pos, r.end)
        return not any(ch.isalnum() for ch in self.text[pos : para.end])

    def _dedupe(self) -> None:
        seen: dict[tuple[object, ...], Attribution] = {}
        out = []
        for att in self.attributions:
            key = (tuple(att.content), att.source)
            if key in seen:
                continue
            seen[key] = att
            out.append(att)
        self.attributions = out

    def _quoted_share(self, att: Attribution) -> float:
        """Share of the content's words inside quotation marks."""
        total = quoted = 0
        for s, e in att.content:
            lo = bisect.bisect_left(self._token_starts, s)
            hi = bisect.bisect_left(self._token_starts, e)
            total += self._words_before[hi] - self._words_before[lo]
            quoted += self._quoted_before[hi] - self._quoted_before[lo]
        return quoted / total if total else 0.0


def find_attributions(
    text: str,
    paragraphs: list[Paragraph],
    regions: list[QuoteRegion],
    sentences: list[Sentence] | None = None,
    use_model: bool = True,
    use_boundary: bool = True,
) -> list[Attribution]:
    """All attributions in the body paragraphs, sorted by position (see the module docstring).

    ``sentences`` (from :func:`~quotelens.segment.segment_sentences`) is computed when not given.
    ``use_model=False`` keeps every proposal of the frames (for training the confidence model);
    ``use_boundary=False`` ends contents where the rules do (for training :mod:`quotelens.boundary`).
    """
    if sentences is None:
        sentences = segment_sentences(text, paragraphs)
    # Headlines speak too ("Sanders Says He Will Stay In The Race"): their sentences go first.
    headline = [
        Sentence(p.id, s, e, tokenize(text, s, e))
        for p in paragraphs
        if p.role is ParagraphRole.TITLE
        for s, e in split_sentences(text, p.start, p.end)
    ]
    return _Engine(text, paragraphs, regions, headline + sentences, use_model, use_boundary).run()
