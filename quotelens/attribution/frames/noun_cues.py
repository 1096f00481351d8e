"""Frame ``noun cue``: a speech or stance noun owned by its speaker, anywhere in a sentence.

Pattern: ``<owner>'s | his | her | their | its  <cue noun>  (that C | to V… | of/for/about/against/on/with NP)``:

- "his criticism of a Muslim-American Gold Star family" — source "his", cue "criticism of", content "a
  Muslim-American Gold Star family";
- "Her refusal to release the transcripts hurt her." — source "Her", cue "refusal", content "to release
  the transcripts";
- "Donald Trump's accusation that Clinton is playing the woman's card" — source "Donald Trump", content
  "that Clinton is playing the woman's card";
- "renewed its calls for Silicon Valley to roll back the encryption" — source "its", cue "calls for".

The nominal frame (:mod:`.nominal`) reads such nouns only inside another report, for the reader; this
pass proposes them everywhere, under their own rule, and the confidence model decides what stays (most
possessed nouns report nothing: "his campaign", "her plan to travel").
"""

from __future__ import annotations

from operator import attrgetter

from quotelens.attribution.model import Model
from quotelens.attribution.nounphrases import np_after
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.words import FINITE, IRREGULAR_PAST, MODALS, NOMINAL_CUES
from quotelens.segment import Token

_LOWER = attrgetter("lower")

# Nouns PolNeAR train marks as cues after an owner (counted with the owner before them), and the
# nominal frame's nouns.
NOUN_CUES = NOMINAL_CUES | frozenset(
    "question questions suggestions views critique critiques assessment call calls push attack attacks criticism "
    "criticisms opposition refusal response endorsement endorsements proposal proposals announcement plea "
    "demand demands vow vows threat threats praise defense defence embrace rejection condemnation "
    "insistences complaint complaints concern concerns doubts argument prediction predictions".split()
)
OWNERS = frozenset(["his", "her", "their", "its"])
COMPLEMENT_PREPOSITIONS = frozenset(["of", "for", "about", "against", "on", "with"])


def owner_span(toks: list[Token], o: int) -> tuple[int, int] | None:
    """The owner ending at token ``o``: a possessive pronoun, or a capitalised name with "'s" (the
    source is the name without the "'s")."""
    tok = toks[o]
    if tok.lower in OWNERS:
        return (tok.start, tok.end)
    if tok.is_capitalised and tok.text.endswith(("’s", "'s")) and len(tok.text) > 2:
        a = o
        while a - 1 >= 0 and toks[a - 1].is_capitalised and toks[a - 1].is_word:
            a -= 1
        return (toks[a].start, tok.end - 2)
    return None


def is_verb(tok: Token) -> bool:
    """A finite or past form ("is", "hurt" is not caught, "drew", "angered")."""
    low = tok.lower
    return not tok.is_capitalised and (low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4))


class NounCues(Model):
    def complement(self, toks: list[Token], i: int, subject: bool) -> tuple[int, int, int] | None:
        """(cue end, content start, content end) token indices of the noun's complement, if it has one;
        ``subject`` when no verb comes before the noun (its phrase is the sentence's subject)."""
        k = i + 1
        if k + 1 >= len(toks) or self.inside_quote(toks[k].start):
            return None
        low = toks[k].lower
        if low == "that" or (low == "to" and toks[k + 1].is_word and not toks[k + 1].is_capitalised):
            stop = self._clause_end(toks, k + 1, speech=False)
            for m in range(
                k + (3 if low == "that" else 2), stop
            ):  # "his insistence that Russia did not interfere | would leave"
                if toks[m].lower in MODALS and not self.inside_quote(toks[m].start):
                    stop = m
                    break
            if subject:  # "Her refusal to release the transcripts | hurt her": the main verb ends it
                verbs = 0
                for m in range(k + 2, stop):
                    if is_verb(toks[m]) and not self.inside_quote(toks[m].start):
                        verbs += 1
                        if verbs > (1 if low == "that" else 0):
                            stop = m
                            break
            return (k, k, stop) if stop > k + 1 else None
        if low in COMPLEMENT_PREPOSITIONS:
            np = np_after(toks, k + 1)
            return (k + 1, k + 1, np[1]) if np is not None and np[1] - np[0] >= 1 else None
        return None

    def _noun_cues(self) -> None:
        """A cue noun after its owner ("his criticism of X", "Trump's claim that C"), in every sentence."""
        taken = {a.cue[0] for a in self.attributions if a.cue is not None}
        for sent in self.sentences:
            toks = sent.tokens
            if NOUN_CUES.isdisjoint(map(_LOWER, toks)):
                continue  # (most sentences hold no cue noun: told in C, before the loop over their tokens)
            for i in range(1, len(toks) - 1):
                tok = toks[i]
                if tok.lower not in NOUN_CUES or tok.start in taken or self.inside_quote(tok.start):
                    continue
                src = owner_span(toks, i - 1)
                subject = not any(is_verb(t) for t in toks[: i - 1])
                found = self.complement(toks, i, subject) if src is not None else None
                if src is None or found is None:
                    continue
                cue_end, k, stop = found
                content = [(toks[k].start, toks[stop - 1].end)]
                cue = (tok.start, toks[cue_end - 1].end)
                att = Attribution(content, cue, src, sent.paragraph, Rule.NOMINAL_OWNED_NOUN, 0.5)
                self._add(att)
