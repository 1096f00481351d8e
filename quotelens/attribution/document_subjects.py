"""A document with its post-modifier as the subject of a verb of evidence: the whole phrase is the source.

In: the tokens of a sentence and the index of a verb of evidence ("show", "find", "suggest", "reveal",
"indicate") or of saying that a document takes ("say", "conclude", "state": "a statement released on Monday
said", "an inquiry published last year concluded"). Out: the token range of the document phrase that is its
subject, head and post-modifier together, or None when the subject is no such phrase (the ordinary subject
rules then decide).

- "A CNN poll of Ohio released on Tuesday showed X" — "A CNN poll of Ohio released on Tuesday", not "Tuesday";
- "Early results of exit polls conducted by Edison Research for the networks show X" — the results, not
  "the networks" (the pollster and its client only say whose the poll is: the speaker resolver reads them);
- "A Times poll this month found X", "Surveys of voters taken as they entered the sites showed X".

The phrase opens its clause (the sentence, or after "and", "but", a comma or "as", "when" ...), its head is a
document noun, and what follows the head up to the verb is a participle's, a preposition's or a time's phrase
(never a relative clause: "the number that caught the eyes of analysts shows" is left to the other rules).
"""

from __future__ import annotations

from quotelens.attribution.verbs import is_participle
from quotelens.attribution.words import (
    DAYS,
    DETERMINERS,
    FINITE,
    LEAD_PREPOSITIONS,
    MONTHS,
    RELATIVES,
    SENTENCE_OPENERS,
    SUBORDINATORS,
)
from quotelens.lexicon import CUE_FORMS, EVIDENCE_VERBS
from quotelens.segment import Token

# Document nouns whose findings are reported ("polls show", "the audit found"; PolNeAR train's evidence sources)
DOCUMENT_HEADS = frozenset(
    """poll polls polling survey surveys report reports study studies analysis analyses data records filings
    disclosures documents emails e-mails memo memos results estimates tallies review audit audits findings
    research figures numbers paper papers ledgers transcripts""".split()
)
_EVIDENCE = frozenset(EVIDENCE_VERBS)
# Verbs of saying a document takes as well ("a statement released on Monday said", "an inquiry published last
# year concluded"): a statement, a letter or an inquiry says, besides what reports and polls show
_SAYING = frozenset("say conclude state note add warn claim allege recommend estimate acknowledge confirm".split())
_SAYING_HEADS = DOCUMENT_HEADS | frozenset(
    """statement statements letter letters investigation investigations inquiry probe affidavit petition
    complaint lawsuit ruling judgment verdict release""".split()
)
_POST_OPENERS = frozenset("of by from for in on at among with conducted".split())
_TIME_OPENERS = frozenset(["this", "last", "earlier", "late", "early"]) | DAYS | MONTHS
# Between the phrase and its verb: an auxiliary or an adverb ("has found", "are showing", "seems to show")
_BEFORE_VERB = frozenset(
    "has have had is are was were also actually now still consistently clearly seems seem seemed appears appear "
    "to".split()
)
_NOT_IN_PHRASE = FINITE | RELATIVES | {"that", "said", "says"}
# A preposition before the phrase makes it an adjunct ("In a statement on Monday the company said"); "after",
# "before" and "since" may open a clause whose subject the document is ("after the audit found")
_PREPOSITIONS = (LEAD_PREPOSITIONS | {"into"}) - {"after", "before", "since"}
# A determiner or a possessive after a time, a name or a document in the post-modifier opens the verb's own subject
# ("In its ruling last week the court said": "the court")
_NEW_PHRASE = (DETERMINERS - {"this", "that", "these", "those", "some", "many", "several"}) | {"my", "your"}
_PHRASE_ENDS = (
    DAYS
    | MONTHS
    | _SAYING_HEADS
    | frozenset("week month year night morning afternoon evening weekend spring summer autumn winter today".split())
)
_MAX_PHRASE = 22  # tokens from the phrase's first word to the verb
_MAX_MODIFIERS = 8  # words before the head ("A new Des Moines Register/Bloomberg Politics poll")


def document_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The document phrase with its post-modifier that is the subject of the verb of evidence at ``i``."""
    lemma = CUE_FORMS.get(tokens[i].lower)
    heads = DOCUMENT_HEADS if lemma in _EVIDENCE else _SAYING_HEADS if lemma in _SAYING else None
    if heads is None:
        return None
    end = i
    while end > 0 and tokens[end - 1].lower in _BEFORE_VERB:
        end -= 1
    if end == 0 or tokens[end - 1].lower in _NOT_IN_PHRASE:
        return None  # ("a report on her emails that suggested": a relative clause's verb, its antecedent's)
    head = _head(tokens, end, heads)
    if head is None:
        return None
    start = _phrase_start(tokens, head)
    if start is None or end - start > _MAX_PHRASE or _new_phrase_within(tokens, head, end):
        return None
    return (start, end)


def _new_phrase_within(tokens: list[Token], head: int, end: int) -> bool:
    """Whether a noun phrase of its own opens between the document noun at ``head`` and the verb at ``end``."""
    return any(tokens[k].lower in _NEW_PHRASE and _ends_phrase(tokens[k - 1]) for k in range(head + 1, end))


def _ends_phrase(tok: Token) -> bool:
    """Whether a noun phrase may end at ``tok``: a time, a name or a document ("on Monday", "in Ohio", "of the
    report"), not a verb that takes the next phrase as its object ("as they left the market")."""
    return tok.lower in _PHRASE_ENDS or (tok.is_capitalised and tok.lower not in _PREPOSITIONS)


def _head(tokens: list[Token], end: int, heads: frozenset[str]) -> int | None:
    """The document noun before ``end`` whose post-modifier runs up to ``end`` (the farthest back of an
    "of" chain: "results of exit polls conducted by": "results")."""
    found = None
    for k in range(end - 2, max(-1, end - _MAX_PHRASE), -1):
        tok = tokens[k]
        if not tok.is_word and tok.text not in {"/", "-", "’s", "'s"}:
            break  # (a comma, a dash or a quotation mark: the clause begins after it)
        if tok.lower in _NOT_IN_PHRASE:
            break
        nxt = tokens[k + 1]
        if tok.lower in heads and (k == 0 or not tok.is_capitalised):
            if nxt.lower in _POST_OPENERS or nxt.lower in _TIME_OPENERS or is_participle(nxt):
                found = k
            elif found is not None and nxt.lower != "of":
                break
    return found


def _phrase_start(tokens: list[Token], head: int) -> int | None:
    """Where the phrase ending in the document noun at ``head`` begins, when it opens its clause; else None."""
    a = head
    while a > 0 and head - a < _MAX_MODIFIERS:
        prev = tokens[a - 1]
        if prev.lower in _PREPOSITIONS:
            return None  # ("In a statement on Monday the company said": the phrase is no subject)
        if prev.lower in SENTENCE_OPENERS or prev.lower in SUBORDINATORS or not (prev.is_word or prev.text == "/"):
            break
        modifier = a >= 2 and tokens[a - 2].lower in DETERMINERS  # ("a state inquiry": a noun, not "to state")
        if prev.lower in _NOT_IN_PHRASE or (CUE_FORMS.get(prev.lower) and not prev.is_capitalised and not modifier):
            return None  # ("the survey data showing that Rubio": a verb's object, no subject of its own)
        a -= 1
    opens = a == 0 or tokens[a - 1].lower in SENTENCE_OPENERS or tokens[a - 1].lower in SUBORDINATORS
    return a if opens or tokens[a - 1].text in {",", "—", "–", ";"} else None
