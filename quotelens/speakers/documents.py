"""Groups and documents: speakers that are not one named person.

In: the cast and the text around a source. Out: the entity a joint source ("Trump and Putin
agreed", "both women") or a document ("the poll", "a CNN/WMUR poll") stands for (the writer's "I":
:mod:`quotelens.speakers.writer`).

How:
    * Names joined by "and" in a source speak as one group that keeps its members; "both", "the
      two" and "they" take the group (or the two people) named last (:mod:`quotelens.speakers.joint`).
    * A document is credited to the organisation named beside it — in the phrase itself ("a
      Quinnipiac poll", "a study by the Council of ..."), or where a document of that kind was last
      introduced ("a new Morning Consult poll ... The poll found").
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotelens.speakers.authors import INDIRECT_OBJECT
from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.joint import group_for as group_for  # (named.py and resolve.py read them here)
from quotelens.speakers.joint import group_size as group_size
from quotelens.speakers.lexicon import PLACES, STOPWORDS, common_words
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, SpeakerType
from quotelens.speakers.names import NOT_ACRONYMS
from quotelens.speakers.pollsters import conductor_of

_DOC_ATTACH = re.compile(  # "a Gallup poll", "a 2009 report by the progressive Center for ...", ", issued by"
    r"^\s*(?:’s|'s)?\s*$|^\s*(?:by|from|of|for|,?\s*(?:(?:recently|jointly|also)\s+)?(?:released|conducted|issued|compiled|"
    r"published|commissioned|sponsored|produced|written|authored|prepared|funded|paid\s+for|put\s+out|submitted|tabled|"
    r"presented|filed)\s+by)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$"
)
# A piece of a newspaper is the paper's: "an editorial in The Des Moines Register"
_CAMPAIGN = re.compile(r"(?:’s|'s)?\s+(?:campaign|camp)\b")
_OWNED_AFTER = re.compile(r"\s+(administration|campaign)\b")
_PIECES = frozenset("editorial editorials column op-ed article story".split())
_IN_PAPER = re.compile(r"^\s*(?:in|on|at)\s+(?:the\s+)?$", re.I)  # (a mention may hold its "The")
# An organisation that put a document out: "The GAO released a report", "Gallup, which conducted the poll"
_RELEASED = re.compile(
    r"^(?:’s|'s)?(?:\s*,\s*which)?\s+(?:has\s+|had\s+|also\s+|on\s+\w+\s+)?(?:released|published|issued|put\s+out|"
    r"unveiled|conducted|commissioned|produced|sent|filed|posted|aired|ran|launched|wrote|obtained)\s+"
    r"(?:a|an|its|their|the|this|that)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# The one whose words a statement carries: "the ministry said in an emailed statement", "In a statement, the
# ministry said" (the document, then "the statement reads", is that speaker's)
_SAID_IN = re.compile(
    r"^(?:’s|'s)?\s+(?:(?:also|later|earlier)\s+)?(?:said|says|stated|added|wrote|responded|replied)"
    r"(?:\s+(?:on|late|early)\s+\w+)?\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_LETTERS = frozenset("email e-mail emails letter letters note message text".split())
_MEMOS = frozenset("memo memorandum".split())
_FROM_OR_BY = r"(?:from|(?:signed|sent|written)\s+by|by)"
_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}$")  # ("a letter from Defense Minister Yoav Ben-Ami")
_FROM_PERSON = re.compile(  # (a title may come between: "drawn up by the party's general secretary, Jo Hale")
    r".*\b(?:email|e-mail|letter|note|message|text|memo|memorandum|paper|document|report|study|analysis)s?,?\s+"
    r"(?:from|(?:signed|sent|written|authored|prepared|drafted|drawn\s+up|compiled)\s+by)\s+"
    r"(?:the\s+(?:(?!(?:to|for)\s)[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,\s+)?$",  # (not "the union to its chief,")
    re.I,
)
_AUTHORED = frozenset("paper papers document documents report reports study analysis".split())  # (and letters)
# A person who wrote or sent the letter or statement: "Andres Lopez sent a letter to supporters" (not "obtained")
_SENT = re.compile(  # (an apposition and whom it went to may come between: "X, a lawyer, sent the paper a letter")
    r"^(?:’s|'s)?(?:,[^.;:“”\"]*,)?\s+(?:has\s+|had\s+|also\s+)?(?:(?:sent|wrote)\s+" + INDIRECT_OBJECT + r"|"
    r"(?:penned|signed|issued|released|posted)\s+)(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)
_FROM_AFTER = re.compile(r"\s+from\b")
# A person's own office or spokesperson, who puts out the person's statements ("Reinholt's office released")
_OWN_OFFICE = re.compile(r"^[’']s?\s+(?:press\s+)?(?:office|spokes(?:man|woman|person))(?=\s)")
_COMMA_IN = re.compile(r"^\s*,\s*in\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
_THEN_SAID = re.compile(r"[^,.;“”\"]{0,40},\s+(?:also\s+)?(?:said|says|stated|added|wrote)\b")
_IN_A = re.compile(r"(?:^|[.!?”\"]\s+|\n)In\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}$")
_APPOSED = re.compile(
    r"^(?:\s+(?:issued|released|sent|signed|posted|published|circulated|shared)\s[^,.;:“”\"]{1,60}?"
    r"(?:,\s+[A-Z][^,.;:“”\"]{1,40})?)?\s*,\s*(?:the\s+)?$"
)  # ("In a statement, the ministry said", "In a statement issued on Monday / signed by its chairman, Dr X, the ...")
_STATEMENTS = frozenset("statement statements release letter email e-mail note post".split())
_ITS_DOC = re.compile(r"^\s+(?:[a-z]+\s+){0,4}(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
_SYNONYMS = {
    "poll": ("poll", "survey", "polling"),
    "survey": ("poll", "survey"),
    "polls": ("poll", "polls", "survey"),
    **dict.fromkeys(["results", "findings"], ("poll", "survey", "study", "report", "research", "results", "findings")),
    "paper": ("paper", "study", "report"),
    **dict.fromkeys(["editorial", "editorials"], ("editorial", "editorials", "editorial board")),
    **dict.fromkeys(  # a spot, or the voice in it, is the ad its sponsor released
        ["ad", "ads", "spot", "commercial", "advertisement", "voiceover", "voice-over"],
        ("ad", "spot", "commercial", "advertisement", "video"),
    ),
}
# An agency's inspector general, an office of its own: "the State Department's inspector general",
# "the FDIC inspector general", "the inspector general of the Treasury", "the Justice Department's IG"
_BODY = r"([A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){0,4})"
_INSPECTOR = re.compile(
    _BODY + r"(?:’s|'s)?\s+(?:Office\s+of\s+(?:the\s+)?)?(?:[Ii]nspector\s+[Gg]eneral\b|IG\b)"
    r"|[Ii]nspector\s+[Gg]eneral\s+(?:of|for|at)\s+(?:the\s+)?" + _BODY
)
# What a person found or worked out, which speaks for them: "Greenberg's research" (not a document's own entity)
_FINDINGS = frozenset("research findings analysis calculations estimates reporting work".split())
_POSSESSOR = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+")
INQUIRIES = frozenset("report reports review audit inquiry probe investigation findings memo".split())
# A document's addressee or subject is not its author: "a letter to Facebook", "a survey of Republican insiders",
# nor the court it was filed in
_ADDRESSED = re.compile(r"\b(?:to|about|against|on|among|filed\s+(?:in|with|at))\s+(?:the\s+|[a-z]+\s+){0,2}$")
# One who read a document is no author of it: "internal emails reviewed by TechCrunch", "a memo seen by Reuters"
_HOLDER = re.compile(r"\b(?:reviewed|seen|obtained|viewed|examined|read)\s+by\s+(?:the\s+)?$")
_SURVEYED = re.compile(  # "a poll of Republican voters": those it asked
    r"\b(?:polls?|surveys?|polling)\s+(?:[a-z]+\s+){0,3}?(?:of|among|to|about|on)\s+(?:the\s+|[a-z]+\s+){0,2}$", re.I
)
_PAGE_OWNER = re.compile(  # ("Tallow's tracking page", "the firm's Facebook page", "its own site")
    r"(?:’s|'s)\s+(?:[\w.-]+\s+){0,2}(?:page|account|feed|channel|website|site|blog|profile)\b"
)
_ON = re.compile(r"\s+on\s+(?:the\s+)?")
_POLLS = frozenset("poll polls survey surveys polling".split())
_MANY_POLLS = frozenset("polls surveys".split())
# Kept or found, not written, by the body they name: "FEC records", "court filings", "a Google search"
UNAUTHORED = frozenset("records filings documents page pages search searches".split())
_ADS = frozenset("ad ads spot commercial advertisement voiceover voice-over".split())
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[“\"]?[A-Z]")
_LOOK_BACK = 3000  # characters before a document description in which its introduction is looked for
_LOOK_AHEAD = 400  # characters after one (none named before it) in which its maker may be named
_ORGS = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_NO_MAKERS = STOPWORDS | PLACES | NOT_ACRONYMS
# Plain words kept out of the common words because names open with them ("New York", "National Review")
_NAMES_OPEN_WITH = frozenset(["new", "national", "state"])
_LEADING_ARTICLE = re.compile(r"^(?:A|An|The)\s+")
_TIMES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)$"
)
_CAPITALISED_AUTHOR = re.compile(
    r"(?<![\w’'])([A-Z][\w&.-]*(?:[/ -][A-Z][\w&.-]*)*)(?=(?:’s|'s)?(?:\s+[a-z][\w-]*){0,2}\s+[a-z])"
)


def author_of_document(
    cast: Cast, text: str, p: Phrase, start: int, end: int, headline: bool = False
) -> tuple[int | None, str]:
    """(the organisation or person credited with a document, why), or (None, "") when none is named.
    A document in the ``headline`` is the first of its kind the article credits after it."""
    conductor = _conductor_or_owner(cast, text, p, start, end)
    if conductor[0] is not None or unauthored(p):  # "FEC records", "a White House pool report": kept, not
        return conductor  # written, by whom they name (but "the firm's status page" is the firm's)
    orgs = [m for m in cast.inside(start, end) if cast.entities[m.entity].type in _ORGS]
    addressed = _SURVEYED if p.head in _POLLS else _ADDRESSED
    orgs = [m for m in orgs if not addressed.search(text, start, m.start) and not _HOLDER.search(text, start, m.start)]
    if orgs:  # a named organisation's poll, study or ad is that organisation's
        return orgs[0].entity, "named in the phrase"
    writer = _correspondent(cast, text, p, start, end)
    if writer is not None:  # "The email, from Marcus Bell, read": a letter's writer speaks through it
        return writer, f"who wrote the {p.head}"
    people = [m for m in cast.inside(start, end) if cast.entities[m.entity].type is SpeakerType.PERSON]
    own = _findings_of(text, p, people, start, end)
    if own is not None:  # "Greenberg's research": what the person found speaks for the person
        return own, f"whose {p.head} it is"
    if any(text[m.start - 7 : m.start].lower() != "in the " for m in people):  # (not "in The Des Moines Register")
        return None, ""  # a person's document ("Clinton's op-ed") is its own entity, named with its author
    for named in _CAPITALISED_AUTHOR.finditer(text, start, end):  # "a new Gallup poll", "a CNN/ORC poll"
        maker = _LEADING_ARTICLE.sub("", named.group(1))
        if (
            not maker
            or _TIMES.match(maker)
            or (addressed.search(text, start, named.start()) or _HOLDER.search(text, start, named.start()))
        ):
            continue  # "A Monday editorial": a day is no maker
        plain = maker.lower() in common_words() or maker.lower() in _NAMES_OPEN_WITH  # "Messages of", "New polls"
        opening = named.start() == start and plain
        if not opening and maker.lower() not in _NO_MAKERS:  # not "a campaign TV ad"
            owned = _OWNED_AFTER.match(text, named.end())  # "issued by the Obama administration": its own
            maker = f"the {maker.split()[-1]} {owned.group(1)}" if owned is not None else maker
            return cast.named(maker, SpeakerType.ORGANISATION).id, "named in the phrase"
    if not p.head or p.head in _MANY_POLLS:
        return None, ""  # "polls", "exit polls", "the latest polls": many, no one pollster's
    heads = _SYNONYMS.get(p.head, (p.head,))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")s?\b", re.I)
    lo = max(0, start - _LOOK_BACK)
    for hit in reversed(list(pattern.finditer(text, lo, end))):  # its own words first, then nearest before
        found = _maker_at(cast, text, hit, p.head)
        if found[0] is not None:
            return found
    first = bool(p.words) and p.words[0].lower() in ("a", "an")  # "a poll shows": introduced here, named next
    ahead = len(text) if headline else min(len(text), end + _LOOK_AHEAD) if first else end
    for hit in pattern.finditer(text, end, ahead):  # "a poll shows ... A Fox News poll": named just after
        found = _maker_at(cast, text, hit, p.head)
        if found[0] is not None:
            return found[0], found[1] + ", introduced after it"
    return None, ""


def _conductor_or_owner(cast: Cast, text: str, p: Phrase, start: int, end: int) -> tuple[int | None, str]:
    """The owner of the page a document is ("the firm's status page") or is on ("a post on the police department's
    Facebook page": not Facebook's), a poll's conductor ("a CNN/WMUR poll" ... "the UNH Survey Center, which
    conducted the CNN/WMUR poll"), or an inquiry's body."""
    owner = next((m.entity for m in cast.inside(start, end) if _PAGE_OWNER.match(text, m.end)), None)
    if owner is not None:  # whoever runs a page speaks through it
        return owner, "on whose page it appeared"
    if p.head in _POLLS:
        return conductor_of(cast, text, start, end), "which conducted the poll"
    if p.head in _INVESTIGATIONS:  # "A Wen Barlow probe of the port": a body's, whatever its name
        return _investigating_body(cast, text, p, start, end), "the body whose inquiry it is"
    return None, ""


_INVESTIGATIONS = frozenset("investigation inquiry probe audit".split())
_AN_OPENING = re.compile(r"(?:an?|the)\s+", re.I)


def _investigating_body(cast: Cast, text: str, p: Phrase, start: int, end: int) -> int | None:
    """The body a name right after "a" or "the" before "investigation", "inquiry" or "audit" names, though the
    name reads as a person's ("A Wen Barlow probe", "the Ida Penrose audit"): an inquiry open on a
    person is "into" them, so a name that opens the phrase is the investigator, an organisation."""
    inside = cast.inside(start, end)
    if len(inside) != 1 or cast.entities[inside[0].entity].type is not SpeakerType.PERSON:
        return None
    m = inside[0]
    opening = _AN_OPENING.fullmatch(text, start, m.start)
    if opening is None or not text.startswith(f" {p.head}", m.end):
        return None
    if cast.entities[m.entity].name != text[m.start : m.end]:
        return m.entity  # ("Special counsel Robert Mueller ... The Mueller investigation": the person who leads it)
    return cast.named(text[m.start : m.end], SpeakerType.ORGANISATION).id


def _findings_of(text: str, p: Phrase, people: list[Mention], start: int, end: int) -> int | None:
    """The person whose findings a phrase names, written as the possessor of its last words ("Greenberg's
    research", "Dr. Ann Lee's analysis") or after "by" ("analysis by Ann Lee of the data"), not a document of
    theirs ("Clinton's op-ed" is its own entity)."""
    if p.head not in _FINDINGS or not people:
        return None
    if re.search(rf"\b{p.head}\s+by\s+$", text[start : people[0].start], re.I):  # "Analysis by Ann Lee of X"
        return people[0].entity
    last = people[-1]
    owner = _POSSESSOR.match(text, last.end, end)
    return last.entity if owner is not None and owner.end() == end else None


def _correspondent(cast: Cast, text: str, p: Phrase, start: int, end: int) -> int | None:
    """The person a letter, an email or a note is from, named right after its noun ("The email, from Marcus
    Bell of Orchard Avenue,", "a letter signed by Jo Hale"), or None (not "a letter to Jo Hale")."""
    if p.head not in _LETTERS and p.head not in _MEMOS and p.head not in _AUTHORED:
        return None
    for m in cast.near(start, end + 40, longest=80):
        if m.start >= start and cast.entities[m.entity].type is SpeakerType.PERSON:
            lead = _FROM_PERSON.match(text, max(start, m.start - 90), m.start)
            return m.entity if lead is not None else _introduced_from(cast, text, p, start)
    return _introduced_from(cast, text, p, start)


def _introduced_from(cast: Cast, text: str, p: Phrase, start: int) -> int | None:
    """ "the letter" after "A letter from Yoav Ben-Ami was leaked": the person the last letter (memo, email)
    introduced before it was from, named right after "from" or "by" (a title may come between)."""
    if not p.words or p.words[0].lower() != "the":
        return None
    introduced = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}{p.head}s?,?\s+{_FROM_OR_BY}\s+", re.I)
    hits = list(introduced.finditer(text, max(0, start - _LOOK_BACK), start))
    if not hits:
        return None
    after = hits[-1].end()
    for m in cast.near(after, after + 60, longest=80):
        if m.start >= after and cast.entities[m.entity].type is SpeakerType.PERSON:
            return m.entity if _TITLES_ONLY.match(text, after, m.start) else None
    return None


def unauthored(p: Phrase) -> bool:
    """Is the document kept or shared, not written, by the body it names ("FEC records", "a White House pool
    report": the press pool's)?"""
    return p.head in UNAUTHORED or (p.head in ("report", "reports") and "pool" in p.modifiers)


def _maker_at(cast: Cast, text: str, hit: re.Match[str], head: str) -> tuple[int | None, str]:
    """The organisation attached to one mention of a document ("a Gallup poll", "a statement issued by the
    Sanders campaign", "an editorial in The Des Moines Register", "the GAO released a report"), and why;
    (None, "") when none is."""
    near = cast.near(hit.start() - 80, hit.end() + 110, longest=80)
    for m in sorted(near, key=lambda m: abs(m.start - hit.start())):
        if m.start >= hit.end() and _ON.fullmatch(text, hit.end(), m.start) and _PAGE_OWNER.match(text, m.end):
            return m.entity, f"on whose page the {head} appeared"  # "A post on the department's Facebook page"
        org, end = _organisation_at(cast, text, m)
        if org is None and head in _STATEMENTS and _person_said_in(cast, text, hit, m):
            return m.entity, f"who spoke in the {head}"  # "Jo Hale said in a statement ... The statement read"
        in_paper = head in _PIECES and m.start >= hit.end() and _IN_PAPER.match(text[hit.end() : m.start])
        if in_paper and (org is not None or text[m.start - 4 : m.start].lower() == "the "):  # "in The Register"
            return m.entity if org is None else org, f"the paper the {head} appeared in"
        if org is None:
            continue
        between = text[end : hit.start()] if end <= hit.start() else text[hit.end() : m.start]
        if end <= hit.start() and len(between) <= 3 and _DOC_ATTACH.match(between):
            return org, f"whose {head} it is"
        if end <= hit.start() and _RELEASED.match(between):  # "the GAO released a report"
            return org, f"which put out the {head}"
        if end <= hit.start() and _ITS_DOC.match(between):  # "Exxon Mobil contended in its letter"
            return org, f"whose {head} it is"
        if head in _STATEMENTS and _said_in(text, hit, m, end, between):
            return org, f"whose {head} it is"
        surveyed = head in _POLLS and between.split()[:1] in (["of"], ["among"])  # "a poll of RNC members"
        if m.start >= hit.end() and _DOC_ATTACH.match(between) and not surveyed:
            return org, f"whose {head} it is"
    return _sponsor(cast, text, hit, head, near)


def _said_in(text: str, hit: re.Match[str], m: Mention, end: int, between: str) -> bool:
    """Does the organisation speak in the statement: "the ministry said in a statement", "In an emailed
    statement, the ministry said"?"""
    if end <= hit.start():
        return _SAID_IN.match(between) is not None
    lead = text[max(0, hit.start() - 40) : hit.start()]
    return _IN_A.search(lead) is not None and _APPOSED.match(between) is not None and m.subject


def _person_said_in(cast: Cast, text: str, hit: re.Match[str], m: Mention) -> bool:
    """Does a person speak in the statement: "Jo Hale said in a statement", "Jo Hale, in a statement on Sunday,
    said", "Jo Hale sent a letter"?"""
    if cast.entities[m.entity].type is not SpeakerType.PERSON or m.end > hit.start():
        return False
    between = _OWN_OFFICE.sub("", text[m.end : hit.start()])
    if _SAID_IN.match(between) or (_SENT.match(between) and not _FROM_AFTER.match(text, hit.end())):
        return True  # (not "Ann Lee posted a statement from the hospital": the hospital's)
    return _COMMA_IN.match(between) is not None and _THEN_SAID.match(text, hit.end()) is not None


def _sponsor(cast: Cast, text: str, hit: re.Match[str], head: str, near: list[Mention]) -> tuple[int | None, str]:
    """An ad's sponsor: the organisation that is the subject of the sentence introducing it ("The Future45
    group, funded by GOP donors, is planning to plaster screens with a Web ad"); else (None, "")."""
    if head not in _ADS:
        return None, ""
    for m in sorted(near, key=lambda m: -m.start):
        if m.end > hit.start() or not m.subject or _SENTENCE_END.search(text, m.end, hit.start()):
            continue
        org, _ = _organisation_at(cast, text, m)
        if org is not None:
            return org, f"the subject of the sentence that introduces the {head}"
    return None, ""


def _organisation_at(cast: Cast, text: str, m: Mention) -> tuple[int | None, int]:
    """(the organisation a mention names, where its name ends): an organisation, or a person's campaign
    ("the Sanders campaign", "Trump's campaign")."""
    ent = cast.entities[m.entity]
    if ent.type in _ORGS:
        return ent.id, m.end
    campaign = _CAMPAIGN.match(text, m.end) if ent.type is SpeakerType.PERSON else None
    if campaign is None:
        return None, m.end
    return cast.named(f"the {ent.name.split()[-1]} campaign", SpeakerType.ORGANISATION).id, campaign.end()


def inspector_general(cast: Cast, text: str, author: int | None) -> Entity | None:
    """The inspector general of the agency ``author`` (any agency when None) when the article names one:
    its report, review or inquiry is that office's, not the agency's (the readings' decision)."""
    bodies = list(_offices(text))
    if author is not None:
        name = cast.entities[author].name.removeprefix("the ").lower()
        bodies = [b for b in bodies if b.lower() == name or b.lower().endswith(" " + name)]
    if len(set(bodies)) != 1:
        return None
    return cast.named(f"the {bodies[0]} inspector general", SpeakerType.ORGANISATION)


@lru_cache(maxsize=8)
def _offices(text: str) -> tuple[str, ...]:
    """The agencies whose inspector general the article names (read once per text)."""
    bodies = [next(g for g in m.groups() if g) for m in _INSPECTOR.finditer(text)]
    return tuple(b.removeprefix("The ").removeprefix("the ") for b in bodies if b.split()[0].lower() != "inspector")
