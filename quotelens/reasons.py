"""The confidence model's reasons in plain words, for the Reader's evidence card.

In: the engine's evidence string, whose ``model: …`` part lists the features that moved the
confidence most, as ``name (+1.3)`` (:func:`quotelens.confidence.top_reasons`). Out: the same
string with that part said for a reader: "Why this is kept: it is in quotation marks (+1.3);
against it: another quotation over the same words names someone else (-0.8)". A name this module
does not know is shown as it is. The evidence table and the exports keep the engine's string.
"""

from __future__ import annotations

import re

from quotelens.stance import lemma_of
from quotelens.views import KIND_NAME

_RULES = {  # the frame that proposed the quotation (``rule=``), as a clause about the sentence
    "according-to": "it is reported “according to” someone",
    "asked": "it is a question someone asked",
    "content-first": "the words come before who said them",
    "continued": "it goes on from the quotation before",
    "cue, source, quotation": "a verb and the speaker come before the quotation",
    "dash signature": "it is signed after a dash",
    "nominal": "a noun such as “claim” or “warning” carries it",
    "orphan quote": "it is a quotation with no verb of its own",
    "participle": "a verb form such as “saying” carries it",
    "passive": "it is reported in the passive (“was told by”)",
    "seems": "it is an impersonal “it seems”",
    "source-first": "who spoke comes before the words",
    "speaker label": "a speaker's name labels it (“Putin:”)",
}
_SOURCES = {  # what kind of words name the speaker (``source_…``, ``…|source=``)
    "named": "the speaker is named",
    "pronoun": "the speaker is a pronoun (he, she, they)",
    "description": "the speaker is a description (“an official”)",
    "relative": "the speaker is “who” or “which”",
    "it": "the speaker is “it”",
    "none": "no speaker is written",
}
_INSIDE = {  # the frame of the proposal whose words hold this one's cue (``cue_inside=``), as that proposal
    "according-to": "an “according to” report",
    "asked": "a question someone asked",
    "content-first": "words given before who said them",
    "continued": "words going on from a quotation before",
    "nominal": "words a noun such as “claim” reports",
    "participle": "words a verb form such as “saying” reports",
    "passive": "words a passive verb reports",
    "seems": "an impersonal “it seems”",
    "source-first": "words given after who said them",
    "speaker label": "words a speaker's name labels",
}
_AFTER_CUE = {
    "colon": "a colon follows its verb",
    "comma": "a comma follows its verb",
    "stop": "its verb ends the sentence",
    "quote": "a quotation mark follows its verb",
    "name": "a name follows its verb",
    "word": "another word follows its verb",
    "end": "its verb ends the text",
}
# features without a value in their name; a pair is (said when it adds, said when it takes away)
_PLAIN: dict[str, str | tuple[str, str]] = {
    "quoted_share": ("it is in quotation marks", "little of it is in quotation marks"),
    "content_has_quote": "it holds quotation marks",
    "content_log_words": ("it is long", "it is short"),
    "content_short": "it is three words or fewer",
    "content_pieces": "it comes in pieces around its verb",
    "content_starts_capital": "it starts with a capital",
    "content_starts_that": "it starts with “that”",
    "content_starts_to": "it starts with “to”",
    "cue_rate": ("its verb usually introduces speech", "its verb seldom introduces speech"),
    "cue_speech_verb": "its verb is a verb of speaking",
    "cue_unseen_in_train": "its verb was never seen introducing speech in the training articles",
    "cue_ing": "its verb ends in -ing",
    "cue_multiword": "its verb is several words",
    "cue_none": "it has no verb of speaking",
    "cue_base_after_aux": "its verb follows “would”, “will” or the like",
    "cue_tagged": "the verb reads as introducing speech here",
    "cue_tagger_margin": ("the verb reads as introducing speech here", "the verb reads little like speech here"),
    # cue_inside…: what introduces it lies inside the words another proposal reports (a report within a report)
    "cue_inside_x_speech_verb": "its verb of speaking lies inside another possible quotation",
    "cue_inside_x_has_source_name": "it names its speaker inside another possible quotation",
    "end_share": ("where it ends is clear", "where it ends is unclear"),
    "end_unsure": "where it ends is unclear",
    "rival_overlap": "another quotation covers some of the same words",
    "rival_other_source": "another quotation over the same words names someone else",
    "rival_holds_it": "it lies inside a longer quotation",
    "rival_cue_inside": "another verb of speaking lies inside it",
    "source_after_cue": "the speaker comes after the verb",
    "source_far": "the speaker is far from the verb",
    **{f"source_{kind}": words for kind, words in _SOURCES.items()},
}
# The speaker resolver's reasons that the engine leaves as feature names (quotelens.speakers.ranker.explain
# says the others in words), said in the card's "(86%: …)" after a resolved pronoun or description.
_RESOLVER = {
    "article_quoted_log": "quoted often in the article",
    "subject_mentions_log": "often the subject of a sentence",
    "speaker_paragraphs_back=0": "speaking in this paragraph",
    "speaker_paragraphs_back=1": "speaking in the paragraph before",
    "speaker_paragraphs_back=2": "speaking a few paragraphs before",
    "speaker_rank=2": "a speaker shortly before",
    "speaker_rank=none": "not quoted yet",
    "both_subjects": "both subjects of their sentences",
    "in_headline": "named in the headline",
    "last_in_content": "last mentioned inside a report",
    "last_in_quote": "last mentioned inside a quotation",
    "not_mentioned": "not mentioned before",
    "person_evidence": "clearly a person",
    "role_other": "introduced with another role",
    "paragraphs_back=1": "in the paragraph before",
    "paragraphs_back=2": "a few paragraphs before",
    "recency_rank=1": "the second nearest named",
    "recency_rank=2": "the third nearest named",
    "recency_rank=3": "named further back",
    "sentences_back=2": "two sentences before",
    "sentences_back=3": "three or more sentences before",
    "sentences_back_log": "named shortly before",
    "sex=unknown": "sex not known",
    "nobody": "nobody in particular",
    "plural_noun_before": "a plural noun just before it",
    **{f"type={t}": f"a {w}" for t, w in [("person", "person"), ("group", "group"), ("media", "news outlet")]},
    "type=organisation": "an organisation",
    "type=document": "a document",
    **{
        f"last_how={how}": f"last mentioned {words}"
        for how, words in [
            ("alias", "by another of its names"),
            ("document", "as a document"),
            ("explicit", "by name"),
            ("group", "as a group"),
            ("name", "by name"),
            ("pronoun", "as he, she or they"),
            ("relative pronoun", "as “who”"),
            ("short name", "by a short name"),
        ]
    },
}
_RESOLVER_NAME = re.compile(
    r"(?<![\w=])(" + "|".join(re.escape(k) for k in sorted(_RESOLVER, key=len, reverse=True)) + r")(?![\w=])"
)
_RESOLVER_PART = re.compile(r"\(\d+%: [^)]*\)")
_REASON = re.compile(r"(?:^|, )(.+?) \(([+-]\d+(?:\.\d+)?)\)(?=, |$)")
_MODEL_PART = re.compile(r"model: ([^;]*)")


def _words(bucket: str) -> str:
    """A count's bucket (``<=8``, ``>40``) as words: "at most 8 words", "more than 40 words"."""
    return f"at most {bucket[2:]} words" if bucket.startswith("<=") else f"more than {bucket[1:]} words"


def _valued(name: str, value: str) -> str | None:
    """The phrase of a feature named with a value (``after_cue=colon``), or None when not known."""
    if name == "rule":
        family, _, rest = value.partition("|")
        kind = _RULES.get(family)
        if kind is None:
            return None
        if not rest:
            return kind
        if rest == "quoted_share":
            return f"it is in quotation marks and {kind}"
        source = _SOURCES.get(rest.removeprefix("source="))
        return f"{source} and {kind}" if source else None
    if name == "rule_detail":
        return plain_rule(value) if plain_rule(value) != value else _RULES.get(value.split(" (")[0])
    if name == "cue_inside":  # (confidence.features: the frame of another proposal whose words hold this cue)
        return _inside(value)
    if name == "after_cue":
        return _AFTER_CUE.get(value, f"“{value}” follows its verb")
    if name == "cue_lemma":
        return f"its verb is “{value}”"
    if name == "cue":
        return f"the cue is “{value}”"
    if name in {"content_words", "source_words"} and value[:1] in "<>":
        return ("it has " if name == "content_words" else "the speaker's name has ") + _words(value)
    return None


def _inside(family: str) -> str:
    """``cue_inside=<frame>``: this proposal's verb (or "according to") lies inside the words another proposal
    reports, one found by that frame: a report within a report ("Putin denied X, Tillerson said")."""
    found = _INSIDE.get(family)
    return "what introduces it lies inside another possible quotation" + (f" ({found})" if found else "")


def reason(name: str, weight: float) -> str:
    """One feature of the confidence model in words; an unknown name stays as it is."""
    plain = _PLAIN.get(name)
    if isinstance(plain, tuple):
        return plain[0] if weight >= 0 else plain[1]
    if plain is not None:
        return plain
    key, eq, value = name.partition("=")
    return (_valued(key, value) if eq else None) or name


def model_reasons(listed: str) -> str:
    """``a (+1.3), b (-0.8)`` said as "Why this is kept: … (+1.3); against it: … (-0.8)"."""
    found = [(m.group(1), m.group(2)) for m in _REASON.finditer(listed)]
    if not found:
        return f"model: {listed}"
    kept = [f"{reason(n, float(w))} ({w})" for n, w in found if not w.startswith("-")]
    against = [f"{reason(n, float(w))} ({w})" for n, w in found if w.startswith("-")]
    parts = ["Why this is kept: " + ", ".join(kept)] if kept else []
    if against:
        parts.append(("against it: " if kept else "Against it: ") + ", ".join(against))
    return "; ".join(parts)


def _resolver_words(part: re.Match[str]) -> str:
    return _RESOLVER_NAME.sub(lambda m: _RESOLVER[m.group(1)], part.group(0))


def plain_evidence(evidence: str) -> str:
    """The engine's evidence with its ``model: …`` part in plain words, and the feature names the speaker
    resolver leaves in its "(86%: …)" too (the rest as it is)."""
    said = _MODEL_PART.sub(lambda m: model_reasons(m.group(1)), evidence)
    return _RESOLVER_PART.sub(_resolver_words, said)


# The rule that found a quotation (the evidence line's first part), said for a reader; "(…)" gives the shape.
_CONTENT_FIRST = "the quotation comes first, then who said it"
_SOURCE_FIRST = "who said it comes first, then the words"
_PARTICIPLE = "a verb form such as “saying”"
_RULE_WORDS = {
    "according-to": "“according to” names who said it",
    "according-to (after content)": "the words come first, then “according to” and who said them",
    "according-to (before content)": "“according to” and who said it come first, then the words",
    "according-to (by one's account)": "“by …'s account” names whose account it is",
    "asked": "it is a question someone was asked",
    "asked (question)": "it is a question someone was asked",
    "content-first": _CONTENT_FIRST,
    "content-first (around an inline source)": "the quotation comes first and goes on after who said it",
    "content-first (cue, source)": f"{_CONTENT_FIRST} (“…,” said the minister)",
    "content-first (described source, cue)": f"{_CONTENT_FIRST}, described (“…,” an official who … said)",
    "content-first (object gap)": "the words come first, then who said them (“a plan the campaign criticized”)",
    "content-first (previous sentence)": "the quotation is the sentence before who said it",
    "content-first (source, cue)": f"{_CONTENT_FIRST} (“…,” the minister said)",
    "content-first (unlisted verb)": f"{_CONTENT_FIRST}, with a verb not listed as speech",
    "continued": "it goes on from the quotation before",
    "continued (next sentence)": "it goes on from the quotation in the sentence before",
    "cue, source, quotation": "the verb and who said it come first, then the quotation (said Putin: “…”)",
    "dash signature": "it is signed after a dash",
    "nominal": "a noun such as “claim” or “warning” reports it",
    "nominal (inside a report)": "a noun such as “claim” or “warning” reports it, inside another report",
    "nominal (owned noun)": "a noun such as “claim” or “warning” with its owner (“Putin's warning that …”)",
    "orphan quote": "a quotation with no verb of speaking of its own",
    "orphan quote (speaker in focus)": "a quoted paragraph with no verb of its own, after one about its speaker",
    "participle": f"{_PARTICIPLE} reports it",
    "participle (opening, subject after)": f"{_PARTICIPLE} opens the sentence; who said it comes after",
    "participle (reduced relative)": f"{_PARTICIPLE} follows who said it (“officials saying …”)",
    "participle (speaker of the clause before)": f"{_PARTICIPLE} (“…, adding”): the speaker of the clause before",
    "participle (subject of the clause before)": f"{_PARTICIPLE} (“…, adding”): the subject of the clause before",
    "participle (subject of the sentence)": f"{_PARTICIPLE} (“…, adding”): the subject of the sentence",
    "participle (the object's issuer)": f"{_PARTICIPLE} on what someone issued (“a statement saying …”)",
    "participle (with its subject)": f"{_PARTICIPLE} right after who said it (“Putin saying …”)",
    "passive": "the passive reports it (“was told by”)",
    "passive (by agent)": "the passive names who said it (“was told by …”)",
    "passive (reduced, by agent)": "a short passive names who said it (“… announced by …”)",
    "seems": "an impersonal “it seems” reports it",
    "seems (no source)": "an impersonal “it seems”, with nobody named",
    "source-first": _SOURCE_FIRST,
    "source-first (as X put it)": "“as … put it” names who said it",
    "source-first (in X's words)": "“in …'s words” names who said it",
    "source-first (controlled infinitive)": f"{_SOURCE_FIRST}, after “to” (“she vowed to …”)",
    "source-first (colon, next paragraph)": f"{_SOURCE_FIRST}, after a colon, in the next paragraph",
    "source-first (clause + colon)": f"{_SOURCE_FIRST}, after a colon",
    "source-first (feeling)": f"{_SOURCE_FIRST}: a feeling (“is worried that …”)",
    "source-first (impersonal)": "an impersonal verb (“it was reported that …”), with nobody named",
    "source-first (infinitive)": f"{_SOURCE_FIRST}, after “to” (“he wants to say …”)",
    "source-first (infinitive of a stance verb)": f"{_SOURCE_FIRST}, after “to” (“took to Twitter to denounce …”)",
    "source-first (noun clause)": f"{_SOURCE_FIRST}: a noun and “that” (“made the point that …”)",
    "source-first (passive)": f"{_SOURCE_FIRST}, in the passive (“she was quoted as saying …”)",
    "source-first (shared subject)": f"{_SOURCE_FIRST}, a verb sharing its subject (“… arrived and said …”)",
    "source-first (tagged cue)": f"{_SOURCE_FIRST}, with a verb read as speech here",
    "source-first (unlisted verb + colon)": f"{_SOURCE_FIRST}, with a verb not listed as speech and a colon",
    "source-first (unlisted verb + that)": f"{_SOURCE_FIRST}, with a verb not listed as speech and “that”",
    "source-first (verb group)": f"{_SOURCE_FIRST}, with several verbs (“said and added …”)",
    "speaker label": "a speaker's name labels it (“Putin: …”)",
    "speaker label (headline)": "a speaker's name labels it in the headline (“Putin: …”)",
    "speaker label (inline)": "a speaker's name labels it inside the paragraph (“Putin: …”)",
}
_IN_HEADLINE = " (headline)"  # as quotelens.attribution.rules.HEADLINE marks a headline's proposal


def plain_rule(rule: str) -> str:
    """The rule that found a quotation (``content-first (source, cue)``) in words; an unknown one as written."""
    bare = rule.removesuffix(_IN_HEADLINE)
    words = _RULE_WORDS.get(bare)
    if words is None:
        return rule
    return words + (" (in the headline)" if bare != rule else "")


def plain_found(how: str, speaker: str) -> str:
    """How the speaker was found (the engine's ``resolution``), for the card's "found by: …"."""
    said = {
        "explicit": "the name written here",
        "short name": f"the short name used earlier for {speaker}",
        "pronoun": f"he, she or they, pointing back to {speaker}",
        "relative pronoun": f"“who” or “which”, pointing back to {speaker}",
        "first person": f"“I” or “we”, standing for {speaker}",
        "alias": f"a description standing for {speaker}",  # (the card names the words: "named here as …")
        "group": "several speakers named together",
        "document": "a document named as the source",
        "anonymous": "an unnamed source",
        "unresolved": "no speaker could be found",
    }
    return said.get(how, how)


def card_evidence(evidence: str) -> str:
    """The engine's evidence for the card: its rule (the first part) and its model's reasons in words."""
    rule, sep, rest = evidence.partition("; ")
    return plain_evidence(plain_rule(rule) + sep + rest)


# what the verb a writer chose says of the words (:mod:`quotelens.stance`), for the card and Home's panel
STANCE_WORDS = {
    "neutral": "a neutral verb",
    "assertive": "a verb that presses the point",
    "concessive": "a verb of conceding",
    "denial": "a verb of denial",
    "hedged": "a verb that keeps its distance",
    "emotive": "a loaded verb",
    "other": "not a verb of speech",
}


def plain_stance(stance: str) -> str:
    """The engine's stance class in words ("hedged" → "a verb that keeps its distance"); unknown as written."""
    return STANCE_WORDS.get(stance, stance)


# Verbs that deny what they report ("disputed the figures"); "reject" and "dismiss" deny only a claim ("rejected the
# claim that …", not "rejected calls to resign"); "refuse", "decline" and "oppose" refuse an act, never words.
_DENYING_LEMMAS = frozenset({"deny", "dispute", "refute", "rebut", "contest", "contradict", "disavow"})
_DENYING_A_CLAIM = frozenset({"reject", "dismiss"})
_CLAIM_NOUNS = frozenset(
    "claim claims report reports allegation allegations accusation accusations suggestion suggestions charge charges "
    "notion idea assertion assertions rumor rumors rumour rumours speculation assessment characterization "
    "criticism story stories account accounts".split()
)


def reported_denial(kind: str, cue: str, stance: str, words: str = "") -> bool:
    """A report of a denial ("Putin denied Russian involvement"): its words are what was denied, not a claim.
    Told by the verb's meaning (:mod:`quotelens.stance` lemma): a verb of denying, or "rejected"/"dismissed" with a
    claim as its object (``words``, the highlighted words); a quotation the speaker denied with is their own words."""
    if stance != "denial" or kind == "direct" or not cue:
        return False
    lemma = lemma_of(cue)
    if lemma in _DENYING_LEMMAS:
        return True
    opening = [w.strip(".,;:“”\"'’").lower() for w in words.split()[:3]]
    head = next((w for w in opening if w not in ("the", "a", "an", "those", "these", "that", "this", "any")), "")
    return lemma in _DENYING_A_CLAIM and head in _CLAIM_NOUNS


def card_head(kind: str, cue: str, stance: str, mention: str, via: str, confidence: float, words: str = "") -> str:
    """The card's line after the speaker, in words: "partial quote · verb “said” (a neutral verb) · named
    here as “Tillerson” · confidence 0.85" (the evidence table keeps the engine's kind, cue and stance). A reported
    denial says that it is one: its words ("Russian involvement") are what the speaker denied, never their claim;
    a quotation the speaker denied with ('"I never took a penny," she denied') is their own words, and "rejected"
    or "refused" keep their stance's words unless what they reject is a claim (``words``, the highlighted words)."""
    verb = f"verb “{cue}” ({plain_stance(stance)})" if cue else "no verb introduces it"
    if reported_denial(kind, cue, stance, words):
        verb = f"verb “{cue}”: a report of a denial, the highlighted words are what was denied, not a claim"
    named = f" · named here as “{mention}”" if mention else ""
    relayed = f" · relayed by {via}" if via else ""
    return f"{KIND_NAME.get(kind, kind)} · {verb}{named}{relayed} · confidence {confidence:.2f}"
