"""The confidence model's reasons in plain words, for the Reader's evidence card.

In: the engine's evidence string, whose ``model: …`` part lists the features that moved the
confidence most, as ``name (+1.3)`` (:func:`quotelens.confidence.top_reasons`). Out: the same
string with that part said for a reader: "Why this is kept: it is in quotation marks (+1.3);
against it: another quotation over the same words names someone else (-0.8)". A name this module
does not know is shown as it is. The evidence table and the exports keep the engine's string.
"""

from __future__ import annotations

import re

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
    "cue_inside_x_speech_verb": "it lies inside another report, with a verb of speaking",
    "cue_inside_x_has_source_name": "it lies inside another report, with a named speaker",
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
        return _RULES.get(value.split(" (")[0])
    if name == "cue_inside":
        return "it lies inside another report"
    if name == "after_cue":
        return _AFTER_CUE.get(value, f"“{value}” follows its verb")
    if name == "cue_lemma":
        return f"its verb is “{value}”"
    if name == "cue":
        return f"the cue is “{value}”"
    if name in {"content_words", "source_words"} and value[:1] in "<>":
        return ("it has " if name == "content_words" else "the speaker's name has ") + _words(value)
    return None


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
