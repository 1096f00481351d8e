"""Headlines speak too: "Sanders Says He Will Stay In The Race", "Trump Rebuffs Critics".

A headline's sentences are read first, by the same frames as the body, with two differences the
engine's steps read from ``SentenceView.headline``: a capitalised cue counts ("Says"), and so does
the present tense of a lexicon verb (:func:`headline_verb`); their rules get " (headline)" appended.
A body line in title case (a subhead) reads like a headline too.

A headline may open with a topic label ("Brexit: Theresa May says deal is best", "Coronavirus:
Schools to reopen, says minister", "The Latest: Clinton tells voters ..."): when what follows the
colon is a report with its own source, the label is no speaker and no part of the content, and the
headline is read from after it (:func:`topic_label_end`). "Clinton: Time for ..." keeps its label as
the speaker (the ``speaker label (headline)`` frame).
"""

from __future__ import annotations

import re

from quotelens.attribution.words import FINITE, HEADLINE_LABEL_RE
from quotelens.lexicon import CAPITALISED_STOPWORDS, CUE_FORMS, CUE_LEMMAS, SPEECH_VERBS
from quotelens.segment import Paragraph, ParagraphRole, Sentence, Token, split_sentences, tokenize


def headline_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """The sentences of the title paragraphs, tokenised (the body's come from segmentation), each
    headline read from after its topic label when it has one."""
    out = []
    for p in paragraphs:
        if p.role is not ParagraphRole.TITLE:
            continue
        start = topic_label_end(text, p) or p.start
        out += [Sentence(p.id, s, e, tokenize(text, s, e)) for s, e in split_sentences(text, start, p.end)]
    return out


# Finite forms of the verbs of saying ("says", "said", "tells", "warns"), lower-cased: the verb of a
# report with its own subject. Cognition verbs ("thinks", "wants") are left out: "Bill Clinton: Hillary
# thinks ..." is Bill Clinton's report of her view.
_SPEECH = frozenset(SPEECH_VERBS)
_SAYING_FINITE = frozenset(
    f for f, lemma in CUE_FORMS.items() if lemma in _SPEECH and f != lemma and not f.endswith("ing")
)
# Labels that are sources whatever follows ("Report: Republican Colin Powell Advised Clinton ...")
_REPORTING_LABELS = frozenset(
    "report reports poll polls survey study sources officials insiders experts analysts historians aides".split()
)
_WORD_RE = re.compile(r"[\w.'’-]+")


def topic_label_end(text: str, para: Paragraph) -> int | None:
    """Where the headline ``para`` goes on after a topic label ("Brexit: "), or None when it has none.

    A label is a topic when the rest is a report with a source of its own: it opens with a subject —
    a name, a subject pronoun, or "the"/"a" and a few words — and a finite verb of saying ("Theresa
    May says", "Al Sharpton Just Said", "The prime minister tells"), or it closes with ", says
    minister" / ", Tillerson said"."""
    if text.find(":", para.start, para.end) < 0:
        return None  # (most headlines: settled in C)
    m = HEADLINE_LABEL_RE.match(text, para.start, para.end)
    if m is None or len(m.group("label").split()) > 3 or m.group("label").lower() in _REPORTING_LABELS:
        return None
    rest = m.start("rest")
    words = _WORD_RE.findall(text, rest, min(para.end, rest + 80))[:6]
    for k in range(1, len(words)):
        if words[k].lower() in _SAYING_FINITE:
            subject = [w for w in words[:k] if w.lower() != "just"]
            if subject and _is_subject(subject):
                return rest
            break
    last = text[rest : para.end].rstrip(" .").rsplit(",", 1)
    tail = last[1].split() if len(last) == 2 else []
    if 2 <= len(tail) <= 4 and (tail[0].lower() in _SAYING_FINITE or tail[-1].lower() in _SAYING_FINITE):
        return rest
    return None


def _is_subject(words: list[str]) -> bool:
    """Whether ``words`` can be a report's whole subject: a subject pronoun, "the"/"a" and up to three
    more words, or capitalised words that are no stop words but for a name's last ("Theresa May")."""
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in {"he", "she", "they", "we", "i", "it"}:
        return True
    if low[0] in {"the", "a", "an"}:
        return 2 <= len(words) <= 4 and not any(w in FINITE for w in low)
    if not all(w[:1].isupper() for w in words):
        return False
    return all(w not in CAPITALISED_STOPWORDS for w in low[:-1]) and (
        low[-1] not in CAPITALISED_STOPWORDS or len(words) >= 2
    )


def headline_verb(low: str) -> bool:
    """ "Endorses", "rebuffs", "Reassures": headlines report in the present tense, whose -s forms
    are too rare in train for the lexicon; the verb's other forms are in it."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    stem = low[:-1]
    return any(f in CUE_FORMS for f in (stem, stem + "d", stem + "ed", low[:-2], low[:-2] + "ed"))


# Verbs that take a person as their object: in a headline, such a participle with a preposition right
# after it is passive ("Lumio Accused of Hiding Losses", "Mayor Criticized Over Remarks"): the subject is
# the one accused, and who accuses is not said. ("Trump Warned of ..." stays active: warn needs no object.)
_OBJECT_VERB_PARTICIPLES = frozenset(
    "accused charged criticized criticised slammed blasted condemned praised mocked attacked rebuked "
    "lambasted urged pressed told branded labeled labelled dubbed faulted blamed".split()
)
_AFTER_PASSIVE = frozenset("of for over as by to with".split())


# Verbs that take a noun as their object and no bare verb after them: a cue form right after one is
# that object ("Rich and poor nations trade blame as ...", "Minister draws praise", "Mayor faces claims")
_OBJECT_TAKERS = frozenset(
    "trade trades traded swap swaps swapped exchange exchanges exchanged shift shifts shifted deflect deflects "
    "deflected pin pins pinned lay lays laid accept accepts accepted take takes took face faces faced draw draws "
    "drew win wins won earn earns earned attract attracts attracted".split()
)
_OPENERS = frozenset("“‘«„")
_CLOSERS = frozenset("”’»")
_STRAIGHT = frozenset(['"', "'", "''"])


def headline_passive(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i`` of a headline is none of the headline's own: a passive participle
    ("X Accused of Y"), the noun object of a verb ("nations trade blame", "Kremlin Rejects Reports"), or a
    word inside the headline's quotation marks ("'It's where I learned to breathe again': the allotment growers ...",
    "Singer opens up: 'I thought I'd never sing again'"): the quotation's "I" is whoever is quoted,
    never the headline's writer."""
    low = toks[i].lower
    if low in _OBJECT_VERB_PARTICIPLES and i + 1 < len(toks) and toks[i + 1].lower in _AFTER_PASSIVE:
        return True
    if i > 1 and _present_verb(low) and _present_verb(toks[i - 1].lower):
        return True  # "Kremlin Rejects Reports of ...": an -s form after an -s verb is its object
    return (i > 0 and toks[i - 1].lower in _OBJECT_TAKERS) or _inside_marks(toks, i) or _noun_before_verb(toks, i)


def _present_verb(low: str) -> bool:
    """A headline's present-tense -s verb of the lexicon ("Rejects", "Says", "Endorses")."""
    return low.endswith("s") and not low.endswith("ss") and (low in CUE_FORMS or headline_verb(low))


def _noun_before_verb(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i`` is a noun, the last of the subject of the headline's verb: a base form after
    a singular noun, before a present-tense verb ("Grain elevator *blast* kills 3"; "Residents blast plans"
    and "Trump blasts Cruz" are verbs)."""
    if not (0 < i < len(toks) - 1) or toks[i].lower not in CUE_LEMMAS:
        return False
    before, after = toks[i - 1].lower, toks[i + 1].lower
    singular = toks[i - 1].is_word and not before.endswith(("s", "ly")) and before not in _NO_SINGULAR_NOUN
    return singular and toks[i + 1].is_word and after.endswith("s") and not after.endswith("ss")


# Words before a base form that make it a verb ("we blast", "will blast", "to blast", "didn't blast").
_NO_SINGULAR_NOUN = FINITE | frozenset("i you we they to not never also n't".split())


def _inside_marks(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is inside quotation marks opened before it in ``toks``. A straight mark opens
    before a word it touches, after a space or the start ('It's ...), and closes after a word it touches
    (... again'), so the apostrophe of "growers' plots" opens nothing."""
    inside = False
    for j in range(i):
        t = toks[j].text
        if t not in _OPENERS and t not in _CLOSERS and t not in _STRAIGHT:
            continue
        touches_next = toks[j + 1].start == toks[j].end
        touches_prev = j > 0 and toks[j - 1].end == toks[j].start
        if not inside:
            inside = t in _OPENERS or (t in _STRAIGHT and touches_next and not touches_prev)
        else:
            inside = not (t in _CLOSERS or (t in _STRAIGHT and touches_prev))
    return inside
