"""Unnamed subjects as antecedents: "The woman, whose name is being withheld, testified. She said ...";
"The researchers point to Casco Bay. They estimate ...".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article, a pronoun's start and its class (he, she,
they). Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the unnamed person or people that open the
sentence just before, or None.

Also (for the ranker) the named candidates a "he" or "she" opening its sentence may be: the one person who is
the subject of the sentence just before (:func:`subject_just_before`).

How:
    The sentence before the pronoun's opens with a description ("The woman", "A man", "The researchers") whose
    head agrees with the pronoun (a woman's or a man's noun for "she" or "he", unnamed people in the plural for
    "they"), and names nobody: its subject is who the pronoun takes up, quoted yet or not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.lexicon import ANONYMOUS_HEADS, CUE_FORMS
from quotelens.speakers.apposition import role_head
from quotelens.speakers.candidates import PEOPLE_NOUNS
from quotelens.speakers.lexicon import ANONYMOUS, DOCUMENT_NOUNS, ROLE_NOUNS, ROLE_SEX, TITLES
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.raising import raising_subject as raising_subject  # (re-exported: its old home)
from quotelens.speakers.replies import addressee

if TYPE_CHECKING:
    from quotelens.attribution import Attribution
    from quotelens.speakers.candidates import Anaphor, Candidate
    from quotelens.speakers.mentions import Cast
    from quotelens.speakers.resolve import Resolver

_OPENING = re.compile(r"[“\"]?(The|A|An)\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)(?=,|\s+[a-z])")
_PEOPLES = frozenset("americans republicans democrats conservatives liberals progressives independents".split())


def unnamed_subject_before(r: Resolver, s: int, cls: str) -> SpeakerChoice | None:
    """The unnamed person or people opening the sentence before the pronoun at ``s`` (see the module)."""
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    if k == 0 or not r.cast.sentences:
        return None
    k = quotation_opening(r.cast, k)  # ("A passenger was angrier. 'A. B,' they said": before "A.")
    if k == 0:
        return None
    before = r.cast.sentences[k - 1]
    m = _OPENING.match(r.text, before.start, before.end)
    after = before.start  # (names from here on may be the one the pronoun takes up)
    if m is None or not _agrees(m.group(3), cls):
        m = _INDEFINITE.match(r.text, before.start, before.end)
        if m is None or not _someone_new(m.group(3), cls) or _OTHER_SEX[cls].search(m.group(4) or ""):
            return None
        after = m.end()  # ("Another aide, who worked for Ann Lee, was blunter": Ann Lee is no subject)
    named = (x for x in r.cast.mentions if after <= x.start < before.end and x.how in ("name", "short name"))
    if any(r.cast.entities[x.entity].type is SpeakerType.PERSON for x in named):
        return None  # ("The woman told Ann Lee ...", "... a resident named Caroline": a name the pronoun takes up)
    phrase = r.text[m.start(1) : m.end(3)]
    spoke = next((h for h in reversed(r.history[-4:]) if h.start == m.start(1)), None)
    if spoke is not None:  # ("A spokeswoman for the district said ...": the one her report was credited to)
        why = f"“{phrase}”, who opens the sentence before it, as credited there"
        return SpeakerChoice(spoke.entity, Resolution.PRONOUN, why, 0.6, sure=False)
    choice = r.anonymous(phrase, m.start(1), f"“{r.text[s : s + len(cls)]}” → “{phrase}”, the sentence's subject")
    why = f"“{phrase}”, who opens the sentence before it"
    return SpeakerChoice(choice.entity, Resolution.PRONOUN, why, 0.6, sure=False)


# An indefinite role set off by a comma ("Another former manager, who asked not to be named, ..."): someone new
_INDEFINITE = re.compile(r"[“\"]?(An?|Another)\s+((?:[a-z][\w-]*\s+){0,3})([a-z][\w-]*),(\s+who(?:se)?\s[^,]*,)?")


# A pronoun of the other sex in its who-clause ("An official, who did not give her name, ...": no "he"); a "they"
# is no one whose who-clause says "he" or "she"
_OTHER_SEX = {
    "he": re.compile(r"\b(?:she|her|hers|herself)\b"),
    "she": re.compile(r"\b(?:he|him|his|himself)\b"),
    "they": re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b"),
}


def _someone_new(head: str, cls: str) -> bool:
    """Is it a role of one person with no sex of its own ("executive", "official", "customer"; not a spokesperson,
    whose organisation speaks: :func:`spokesperson_before`), which a "he", a "she" or a singular "they" may take
    up?"""
    return (
        cls in ("he", "she", "they")
        and (head in ROLE_NOUNS or head in PEOPLE_NOUNS or (head in ANONYMOUS_HEADS and not head.endswith("s")))
        and ROLE_SEX.get(head) is None
        and head not in _SPOKES
    )


def _agrees(head: str, cls: str) -> bool:
    if cls in ("he", "she"):
        return ROLE_SEX.get(head) == {"he": "m", "she": "f"}[cls]
    return cls == "they" and head.endswith("s") and head in ANONYMOUS and head not in _PEOPLES | DOCUMENT_NOUNS


def subject_just_before(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """ "Graham Harrow declined to comment. Rui Costa said the club had messages. '...,' he added": a he or she
    opening its sentence (or right after the quotation opening it, or after a short fronted phrase: "On Tuesday,
    he said") is the one person who is the subject of the
    sentence just before in the paragraph (or, opening a paragraph, the last one of the paragraph before), over
    the paragraph's topic or an earlier speaker."""
    sentences = cast.sentences
    if not sentences or anaphor.sentence == 0 or anaphor.sentence >= len(sentences):
        return []
    first = quotation_opening(cast, anaphor.sentence)  # ("'A. B,' he said": the sentence before "A.")
    if first == 0:
        return []
    raw = cast.text[sentences[first].start : anaphor.start].strip()
    if _coordinated(raw) or _quoted_after_colon(raw):
        return _own_subject(cast, anaphor, cands)
    before = raw.strip(" ,")
    quoted = before[:1] in _OPEN_QUOTES and before[-1:] in _CLOSE_QUOTES
    if before and not quoted and not _fronted(raw, anaphor, cands):
        return []
    previous = first - 1
    # (a pronoun of a paragraph's first sentence takes up the last sentence of the paragraph before: "Sen. A, who
    # clashed with B, was blunter. // '...,' he said")
    paragraph = sentences[previous].paragraph
    if paragraph != anaphor.paragraph and (
        paragraph != anaphor.paragraph - 1
        or not _announces(cast.text, sentences[previous].start, sentences[previous].end)
    ):
        return []  # (only a sentence that announces words: "Fry was sacked in 2019." // "'…,' he said" is not Fry)
    named = [
        c
        for c in cands
        if c.last is not None and c.last.sentence == previous and not c.last.in_quote and c.last.paragraph == paragraph
    ]
    # ("Acme Builders' chief executive, Ann Lee, rejected it": whose executive is no subject)
    subjects = [c for c in named if c.last is not None and c.last.subject and not _owner(cast.text, c.last.end)]
    if subjects and all(c.last is not None and cast.in_content(c.last.start) for c in subjects):
        # "Noor Haddad ... said she would call a hearing. '...,' she said": the last speaker's own pronoun in her report
        own = [c for c in subjects if c.speaker_rank == 0 and c.speaker_paragraph == paragraph]
        if len(own) == 1 and paragraph == anaphor.paragraph:
            return own
        # "Kevin Ochieng said Mr Odhiambo would ... He urged": the one who reported it, not the subject of its content
        reporters = [
            c
            for c in named
            if c.last is not None and not cast.in_content(c.last.start) and not _owner(cast.text, c.last.end)
        ]
        # (only within a paragraph: a paragraph before may end on a report whose subject the parser misread)
        return reporters if len(reporters) == 1 and paragraph == anaphor.paragraph else []
    main = [c for c in subjects if c.last is not None and not _subordinate(cast.text, c.last.start)]
    if len(subjects) > 1 and len(main) == 1:
        subjects = main  # "She had hammered Ms Ray, when Ms Ray accused her ...": the main clause's subject
    if len(subjects) == 1:
        asked = addressee(cast, anaphor, subjects[0], named)
        return [asked if asked is not None else _affiliate(cast, subjects[0], named)]
    return []


def quotation_opening(cast: Cast, n: int) -> int:
    """The sentence whose opening quotation mark sentence ``n`` begins inside ("'Dredging is cheap. | Losing a ship
    is not,' he said"), in its paragraph; ``n`` itself when it begins outside any quotation. The sentence before a
    quotation of several sentences is the one before its first, not its own first sentence."""
    sentences, text = cast.sentences, cast.text
    first = n
    while first > 0 and sentences[first - 1].paragraph == sentences[n].paragraph:
        start = sentences[first].start
        if text[start : start + 1] in _OPEN_QUOTES or not cast.in_quote(start):
            break
        first -= 1
    return first if first == n or text[sentences[first].start : sentences[first].start + 1] in _OPEN_QUOTES else n


def _subordinate(text: str, start: int) -> bool:
    """Does a subordinating word come right before the name at ``start`` ("when (Ms) Ray accused")? Its clause is
    inside the sentence, whose own subject is someone else."""
    return _SUBORDINATE.search(text, max(0, start - 24), start) is not None


_SUBORDINATE = re.compile(
    r"\b(?:when|while|after|before|because|since|although|though|until|unless|whereas)\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$"
)


# a clause joined to the one before it in the sentence: "Birch has not commented since, but he told ..."
_COORDINATED_END = re.compile(r"(?:,\s*(?:but|and|yet|so)|;)\Z")
_WORD = re.compile(r"\w")
_QUOTE_CHARS = '“”"'


def _coordinated(raw: str) -> bool:
    """Words, then ", but" (", and", ", yet", ", so") or ";" closing ``raw``: no pattern that backtracks over a
    long sentence (every pronoun asks)."""
    end = _COORDINATED_END.search(raw, max(0, len(raw) - 16))
    return end is not None and _WORD.search(raw, 0, end.start()) is not None


def _quoted_after_colon(raw: str) -> bool:
    """A quotation its subject's clause announces with a colon, closing ``raw``: "Mosman saw it differently:
    '...,'" (words with no quotation mark, a colon, then one quotation)."""
    if len(raw) < 4 or raw[-1] not in '”"':
        return False
    opening = max(raw.rfind(q, 0, len(raw) - 1) for q in _QUOTE_CHARS)
    if opening < 0 or raw[opening] == "”" or opening == len(raw) - 2:
        return False
    head = raw[:opening].rstrip()
    if not head.endswith(":"):
        return False
    after_quote = max(head.rfind(q) for q in _QUOTE_CHARS) + 1
    return _WORD.search(head, after_quote, len(head) - 1) is not None


# a sentence that announces someone's words: a verb of speech, or a manner of speaking ("was blunter", "struck a
# different tone", "was less diplomatic")
_MANNER = re.compile(
    r"\b(?:blunt|frank|candid|direct|scathing|critical|sceptical|skeptical|cautious|defiant|adamant|emphatic|"
    r"dismissive|diplomatic|forthright|outspoken|upbeat|gloomy|sanguine|guarded|circumspect|unapologetic|"
    r"optimistic|pessimistic|succinct|measured)(?:er|est)?\b|\b(?:tone|view|line|verdict|take)\b",
    re.IGNORECASE,
)
_WORDS_OF = re.compile(r"[a-z]+")


def _announces(text: str, start: int, end: int) -> bool:
    """Does the sentence announce words outside its who-clauses ("Lee, who gave the closing speech, stood by" does
    not: what the clause says is past)?"""
    for clause in _WHO_CLAUSE.finditer(text, start, end):
        if _announces_in(text, start, clause.start()):
            return True
        start = clause.end()
    return _announces_in(text, start, end)


def _announces_in(text: str, start: int, end: int) -> bool:
    if _MANNER.search(text, start, end) is not None:
        return True
    return any(w in CUE_FORMS for w in _WORDS_OF.findall(text, start, end))


_WHO_CLAUSE = re.compile(r", who(?:se)? [^,.]*,")


def _own_subject(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """ "Birch has not commented since the defeat, but he told supporters": a he or she opening a clause joined
    by "but", "and", "yet", "so" or a semicolon is the one person who is the subject of its sentence before it
    (not one named in what someone says in it)."""
    subjects = [
        c
        for c in cands
        if c.last is not None
        and c.last.sentence == anaphor.sentence
        and c.last.subject
        and not c.last.in_quote
        and not cast.in_content(c.last.start)
    ]
    return subjects if len(subjects) == 1 else []


def _owner(text: str, end: int) -> bool:
    """Is the mention ending at ``end`` a possessive ("Trump's attorney, Alan Garten, said"): whose, not who?"""
    return text.startswith(("'s", "’s"), end) or (text[end - 1 : end] == "s" and text.startswith(("'", "’"), end))


def _affiliate(cast: Cast, subject: Candidate, named: list[Candidate]) -> Candidate:
    """The person a subject's name is the affiliation of ("Ferrari team principal Frederic Vasseur defended
    ...": Vasseur, not Ferrari), else the subject: a role right after the name, then the person's name. A
    one-word name never given in full, right before a one-word role, is one even when it may be a person's
    ("Royal biographer Ann Pike"; not "Trump mocks reporter Serge Kovaleski", a person's verb)."""
    last = subject.last
    if last is None:
        return subject
    ent = cast.entities[subject.entity]
    person = ent.person_evidence >= 1.0
    if person and (" " in ent.name or " " in cast.text[last.start : last.end]):
        return subject  # (a person named in full: "Trump adviser ..." may still be Donald Trump's sentence)
    for c in named:
        m = c.last
        if m is None or m.start <= last.end or cast.entities[c.entity].type is not SpeakerType.PERSON:
            continue
        between = cast.text[last.end : m.start].split()
        role = 1 <= len(between) <= (1 if person else 3) and (between[-1].lower() in _ROLE_WORDS or _role_noun(between))
        if role and all(w.isalpha() and w.lower() not in _NOT_A_ROLE and not w.endswith("ed") for w in between):
            return c
    return subject


_ROLE_WORDS = ROLE_NOUNS | TITLES
# -er and -or words that are no one ("went after Jeb Bush", "a lead over Ann Lee")
_NOT_PEOPLE = frozenset("after over under ever never either neither whether rather other for nor per".split())


def _role_noun(between: list[str]) -> bool:
    """One word a role by its ending alone ("Royal biographer Ann Pike"), not a preposition."""
    word = between[0]
    return len(between) == 1 and word.islower() and word not in _NOT_PEOPLE and role_head([word])


_NOT_A_ROLE = frozenset("and or with to of for by from told met asked thanked called named hired fired beat".split())


def _fronted(before: str, anaphor: Anaphor, cands: list[Candidate]) -> bool:
    """Is it a short fronted phrase set off by a comma that names no candidate ("On Tuesday,", "Asked about it,";
    not "When Bowen spoke,"), no quotation?"""
    if not before.endswith(",") or _QUOTES.intersection(before):
        return False
    words = before.split()
    if len(words) <= _PARTICIPLE_WORDS and _PARTICIPLE.match(before) is not None:
        return True  # "Speaking beside Mr Okafor, he said": whom the phrase names is its object, not "he"
    if len(words) > _FRONTED_WORDS:
        return False
    return not any(c.last is not None and c.last.sentence == anaphor.sentence for c in cands)


_FRONTED_WORDS = 8
_PARTICIPLE_WORDS = 20
# An opening participle whose understood subject is the clause's ("Speaking alongside ...", "Asked whether ...",
# "Responding to ..."): a capitalised -ing word or a verb of questioning, then a lower-case word
_PARTICIPLE = re.compile(
    r"(?:[A-Z][a-z]{2,}ing|Asked|Pressed|Questioned|Quizzed|Challenged|Reached|Contacted|Interviewed)\s+[a-z]"
)
_QUOTES = frozenset('“”"')
_OPEN_QUOTES = frozenset('“"')
_CLOSE_QUOTES = frozenset('”"')


def first_verbs_subject(r: Resolver, att: Attribution, done: list[tuple[Attribution, SpeakerChoice]]) -> int | None:
    """ "The treasurer of the growers' federation in the province, Ann Lee, said A and accused B": the subject
    the second verb shares ("The chairman", cut before its apposed name) is who the first verb's report was
    credited to by name, when that report's source lies inside the shared phrase (after its start, before any
    other verb or sentence break): the person named, not someone ranked for the role."""
    if att.source is None or att.cue is None:
        return None
    s, e = att.source
    sent = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    for prev, choice in done[-_EARLIER_REPORTS:]:
        if prev.source is None or prev.cue is None or prev.parent is not None or choice.entity is None:
            continue
        ps, pc = prev.source[0], prev.cue[0]
        if not (s <= ps < pc < att.cue[0]) or r.ctx.sentence_at(ps) != sent:  # type: ignore[attr-defined]
            continue
        other_cue = any(a.cue is not None and s <= a.cue[0] < ps for a, _ in done[-_EARLIER_REPORTS:])
        person = r.cast.entities[choice.entity].type is SpeakerType.PERSON  # (a role's holder set off by name)
        if person and choice.how in _BY_NAME and not other_cue and not _BREAKS.intersection(r.text[e:ps]):
            return choice.entity
        if ps == s and choice.how is Resolution.ALIAS and not person and not other_cue:
            return choice.entity  # "Analysts at X said A but called B": the body their unnamed people speak for
    return None


_EARLIER_REPORTS = 3
_BY_NAME = (Resolution.EXPLICIT, Resolution.SHORT_NAME)
_BREAKS = frozenset('.;:“”"()')


_SPOKES = {"spokeswoman": "f", "spokesman": "m", "spokesperson": None}


def spokesperson_before(r: Resolver, s: int, cls: str) -> SpeakerChoice | None:
    """ "A council spokeswoman said: '...' // She said ...": a "he" or "she" opening its sentence after the last
    report, made by an unnamed spokesperson of the pronoun's sex credited to an organisation in this paragraph or
    the one before, with no person who may be "he"/"she" named between them (in its quotation too, one of the
    pronoun's sex: the person it speaks about may be the "she"), is that spokesperson: the organisation."""
    if not r.history or not r.sources or cls not in ("he", "she"):
        return None
    spoke, (entity, phrase) = r.history[-1], r.sources[-1]
    words = phrase.lower().split()
    sex = _SPOKES.get(words[-1]) if len(words) >= 2 and words[0] in ("a", "an") else "x"
    para = r.ctx.paragraph_at(s)  # type: ignore[attr-defined]
    want = {"he": "m", "she": "f"}[cls]
    if sex not in (None, want) or spoke.paragraph < para - 1 or spoke.nested:
        return None
    if r.cast.entities[entity].type is not SpeakerType.ORGANISATION:
        return None
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    if not r.cast.sentences or r.text[r.cast.sentences[k].start : s].strip(" “\"'") != "":
        return None  # (only a pronoun opening its sentence)
    between = ((m.in_quote, r.cast.entities[m.entity]) for m in r.cast.inside(spoke.start + len(phrase), s))
    if any(e.type is SpeakerType.PERSON and e.sex in ((want,) if quoted else (None, want)) for quoted, e in between):
        return None  # ('… spokeswoman said: "The mayor is recovering …" She said': the mayor may be "she")
    why = f"“{r.text[s : s + len(cls)]}” → “{phrase}”, who spoke just before: {r.name(entity)}"
    return SpeakerChoice(entity, Resolution.PRONOUN, why, 0.6)
