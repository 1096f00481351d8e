"""What the verb a writer chose for a source says: a lemma and a stance class for every cue.

In: a cue as written ("claimed", "is insisting", "according to", ":"). Out: its lemma
("claim") and one of :data:`STANCES`.

The lexicon (documented in the README):

=================  ==========================================================================
neutral            say, tell, add, note, report, write, state, explain, describe, announce,
                   according to, respond, reply, continue, speak, post, tweet, recall, ask
assertive          insist, argue, assert, declare, maintain, stress, emphasize, vow, promise,
                   pledge, warn, vow, demand, urge, contend, reiterate, affirm, predict
concessive         admit, concede, acknowledge, confess, grant, allow, agree
denial             deny, reject, dismiss, refute, dispute, rebut, decline, refuse, oppose
hedged/uncertain   claim, allege, suggest, believe, think, feel, hope, expect, seem, appear,
                   speculate, estimate, guess, wonder, suspect, imply, indicate, reportedly
emotive            boast, brag, complain, lament, slam, blast, attack, mock, rail, decry,
                   denounce, joke, quip, shout, yell, scream, praise, criticize, accuse, tout
=================  ==========================================================================

Anything else is ``neutral`` when it is a verb of speech and ``other`` (an event or stance
verb such as "voted", "endorsed") otherwise. "Claimed" and "alleged" are hedged because they
distance the writer from the words; "insisted" is assertive because it presents them as
pressed against doubt.
"""

from __future__ import annotations

from quotelens.lexicon import CUE_FORMS, IRREGULAR_FORMS, SPEECH_LEMMAS, SUBJECT_VERB_FILLERS

STANCES = ("neutral", "assertive", "concessive", "denial", "hedged", "emotive", "other")

STANCE_LEXICON: dict[str, str] = {}
for _stance, _words in {
    "neutral": "say tell add note report write state explain describe announce according respond reply continue "
    "speak post tweet recall ask comment mention quote answer testify tell",
    "assertive": "insist argue assert declare maintain stress emphasize vow promise pledge warn demand urge contend "
    "reiterate affirm predict proclaim repeat",
    "concessive": "admit concede acknowledge confess grant allow agree",
    "denial": "deny reject dismiss refute dispute rebut decline refuse oppose",
    "hedged": "claim allege suggest believe think feel hope expect seem appear speculate estimate guess wonder "
    "suspect imply indicate",
    "emotive": "boast brag complain lament slam blast attack mock rail decry denounce joke quip shout yell scream "
    "praise criticize accuse tout bemoan assail lambaste chide scold",
}.items():
    for _w in _words.split():
        STANCE_LEXICON[_w] = _stance

_BACK_TO_LEMMA = {form: lemma for lemma, forms in IRREGULAR_FORMS.items() for form in forms}
# Nominal cues ("Putin's insistence that ...") take the lemma of their verb.
_BACK_TO_LEMMA.update(
    {
        "insistence": "insist",
        "denial": "deny",
        "denials": "deny",
        "assertion": "assert",
        "assertions": "assert",
        "statement": "state",
        "statements": "state",
        "remarks": "say",
        "remark": "say",
        "argument": "argue",
        "arguments": "argue",
        "promises": "promise",
        "warning": "warn",
        "warnings": "warn",
        "suggestion": "suggest",
        "accusation": "accuse",
        "accusations": "accuse",
        "allegation": "allege",
        "allegations": "allege",
        "belief": "believe",
        "contention": "contend",
        "admission": "admit",
        "claims": "claim",
        "view": "believe",
    }
)
_KNOWN = set(STANCE_LEXICON) | set(SPEECH_LEMMAS) | set(IRREGULAR_FORMS)


def lemma_of(cue: str) -> str:
    """The lemma of a cue's head verb: "is insisting" -> "insist", "according to" -> "according"."""
    words = [w for w in cue.lower().replace("’", "'").split() if w not in SUBJECT_VERB_FILLERS and w.isalpha()]
    if not words:
        return cue.strip().lower()
    word = words[0]
    if word in _BACK_TO_LEMMA:
        return _BACK_TO_LEMMA[word]
    lemma = CUE_FORMS.get(word)
    if lemma and lemma != word:
        return lemma
    for cand in _candidates(word):
        if cand in _KNOWN:
            return cand
    return _guess_lemma(word)


def _guess_lemma(word: str) -> str:
    """Regular English inflection undone by spelling rules, for verbs outside the lexicon."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem[-1] == stem[-2] and stem[-1] not in "ls":
                return stem[:-1]  # "slammed" -> "slam"
            vowels = "aeiou"
            cvc = stem[-1] not in vowels + "wxy" and stem[-2] in vowels and stem[-3] not in vowels
            if stem[-1] in "cgsvz" or (cvc and stem[-2] != stem[-3]):
                return stem + "e"  # "endorsed" -> "endorse", "voted" -> "vote"
            return stem
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _candidates(word: str) -> list[str]:
    out = [word]
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ing"):
        stem = word[:-3]
        out += [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]
    if word.endswith("ed"):
        stem = word[:-2]
        out += [stem, word[:-1], stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def stance_of(cue: str | None) -> str:
    """The stance class of a cue (see the module table); ``neutral`` for "according to" and colons."""
    if not cue or not any(ch.isalpha() for ch in cue):
        return "neutral"
    lemma = lemma_of(cue)
    if lemma in STANCE_LEXICON:
        return STANCE_LEXICON[lemma]
    return "neutral" if lemma in SPEECH_LEMMAS else "other"
