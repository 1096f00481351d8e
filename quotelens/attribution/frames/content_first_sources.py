"""What the ``content-first`` frame asks of a sentence: the source after the cue (", said X"), the
quotation before a sentence that opens with its speaker, and where quotations close and resume."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.according_to import AccordingTo
from quotelens.attribution.nounphrases import np_after
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import described_subject, opening_name, subject_before
from quotelens.attribution.tokens import is_cue_word, is_quote, token_span
from quotelens.attribution.verbs import is_adverb, predicate_after_aside, starts_clause
from quotelens.attribution.words import (
    CONTENT_PREPOSITIONS,
    FINITE,
    INTRO_ADVERBS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PERIODS_AND_DAYS,
    RELATIVES,
    SUBORDINATORS,
    TIME_WORDS,
)
from quotelens.endings import ENDS_ING
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS, SUBJECT_VERB_FILLERS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_INTRO_ADVERBS_OR_TIME_WORDS = frozenset(INTRO_ADVERBS | TIME_WORDS)
_INTRO_ADVERBS_OR_BUT_AND_ETC = frozenset(INTRO_ADVERBS | {"but", "and", "yet", "so"})
_CONTENT_PREPOSITIONS_OR_ABOUT_OF_ETC = frozenset(CONTENT_PREPOSITIONS | {"about", "of", "into", "over", "after"})
# The lemmas of cues whose object is their target, never an inverted speaker: "..., accused the
# government of ...", "..., blamed the storm for ...", "..., criticised the council for ..."
_TARGET_LEMMAS = frozenset(
    ["tell", "inform", "assure", "advise", "remind", "accuse", "criticize", "blame", "blamed", "blaming"]
)


class ContentFirstSources(AccordingTo):
    def _inverted_source(self, toks: list[Token], i: int) -> tuple[tuple[int, int] | None, bool]:
        """The source after the cue at ``i`` (", said X"), unless what follows is an object, the
        listener, an adverb, or the cue's own subject comes before it; and whether the predicate of
        the sentence's subject follows the inverted speaker ('And Trump, said Sunshine, is ...')."""
        after = None if ENDS_ING[toks[i].lower] else np_after(toks, i + 1)
        if after is not None and after[1] - after[0] == 1 and toks[after[0]].lower in OBJECT_PRONOUNS:
            after = None  # ", called her “third-rate”": an object, not an inverted subject
        if (
            after is not None
            and after[1] - after[0] == 1
            and toks[after[0]].lower == "it"
            and after[1] < len(toks)
            and (toks[after[1]].is_word or is_quote(toks[after[1]]))
        ):
            after = None  # ", called it “a disgrace”": "it" is what is called, not who says
        if after is not None and CUE_FORMS.get(toks[i].lower) in _TARGET_LEMMAS:
            after = None  # '"C," Ramos told AFP': the listener ("asked Bennett" inverts); "accused X of": the target
        if after is not None and _adverb_after(toks, after):
            after = None  # ", said just after midnight": an adverb, not an inverted subject
        if after is not None and any(t.lower in FINITE and not t.is_capitalised for t in toks[after[0] + 1 : after[1]]):
            after = None  # "..., and their manager, Jo Hale, said his side had been poor": a clause, no speaker
        # ('And Trump, said Sunshine, is a good boss': the inverted speaker is set off by commas
        # before the predicate of the sentence's subject)
        predicate_follows = (
            after is not None
            and after[1] + 1 < len(toks)
            and toks[after[1]].text == ","
            and toks[after[1] + 1].lower in FINITE
        )
        if (
            after is not None
            and i > 0
            and toks[i - 1].text in {",", "—"}
            and not predicate_follows
            and not (toks[i].lower in _INVERTING and _name_ends_the_sentence(toks, after))
            and self._subject_opens_the_sentence(toks, i)
        ):
            # "Craig Minassian, a spokesman for the foundation, said the decision ...": a
            # described subject, not a content before an inverted "said the decision"
            after = None
        if (
            after is not None
            and i > 1
            and is_quote(toks[i - 1])
            and toks[i - 2].is_word
            and self._closes_quotation(toks, i - 1)
            and CUE_FORMS.get(toks[i].lower) not in SPEECH_LEMMAS
        ):
            # '“I am committed to manufacturing” sounds great': the quotation is the subject (but
            # '"C" said Nick Merrill' has only lost its comma)
            after = None
        if after is not None and not is_quote(toks[i - 1]) and CUE_FORMS.get(toks[i].lower, "") not in SPEECH_LEMMAS:
            after = None  # '..., Virginia, endorsed Cruz last week, saying': only speech verbs invert
        return (_with_post_modifier(toks, after) if after is not None else None), predicate_follows

    def _subject_opens_the_sentence(self, toks: list[Token], i: int) -> bool:
        """Whether the cue at ``i`` has its subject at the start of the sentence (past "But,"), as a
        name before descriptions or a described subject."""
        subject = subject_before(toks, i)
        return bool(
            (
                subject is not None
                and all(t.text == "," or t.lower in _INTRO_ADVERBS_OR_BUT_AND_ETC for t in toks[: subject[0]])
            )
            or opening_name(toks, i, self.inside_quote)
            or described_subject(toks, i, self.inside_quote)
        )

    def _quotation_before_the_sentence(self, sent: SentenceView, i: int, np: tuple[int, int]) -> Attribution | None:
        """'"Quote." He said.': a sentence opening with its speaker credits the quotation before it,
        unless words after the cue are its own content."""
        toks = sent.tokens
        # '"Quote." He said.' only: when words follow the cue, they are its content.
        rest_words = [t for t in toks[i + 1 :] if t.is_word]
        circumstance = bool(rest_words) and (
            rest_words[0].lower in SUBORDINATORS
            or ENDS_ING[rest_words[0].lower]
            # '"Why not?" Trump said to a crowd of 500.' / 'said 30 minutes into the debate'
            or rest_words[0].lower in _CONTENT_PREPOSITIONS_OR_ABOUT_OF_ETC
            or rest_words[0].text[0].isdigit()
        )
        k = i + 1
        while k < len(toks) and is_adverb(toks[k]):
            k += 1
        # ('He said, twice, that C': a that-clause after an aside is this cue's own content)
        that_follows = any(
            toks[m].lower == "that" and m + 1 < len(toks) and starts_clause(toks[m + 1])
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
            and is_quote(toks[k + 1])
            and self._quoted_until(toks[k + 1].start) is not None
        ):
            return None  # '"A." He added, "B."': the quotation after the cue is its content
        return self._content_in_previous_sentence(sent, i, np, Rule.CONTENT_FIRST_PREVIOUS_SENTENCE, toks)

    def _relative_clause_closes(self, toks: list[Token], i: int) -> bool:
        """Whether the relative clause holding the cue at ``i`` closes with a comma before another cue, or
        before its noun's own verb ("the bill, which passed last month, would hurt C")."""
        for m in range(i + 1, min(len(toks) - 1, i + 15)):
            if toks[m].text == "," and not self.inside_quote(toks[m].start):
                return any(is_cue_word(t) for t in toks[m + 1 : m + 4]) or predicate_after_aside(toks[m + 1])
            if toks[m].text in {".", ";", ":"} or is_quote(toks[m]):
                return False
        return False

    def _resumed_quotation(self, toks: list[Token], k: int, lead_end: int, place_only: bool = False) -> int | None:
        """After a closed quotation and its cue, the token where the quotation resumes after a comma
        ('..., Trump said during a rally in Kenansville, N.C., "but C2."'), when only the cue's
        circumstances (or, with ``place_only``, a place name like "Ohio" or "N.C.") stand between."""
        if not (is_quote(toks[lead_end]) and self._closes_quotation(toks, lead_end)):
            return None
        for m in range(k, min(len(toks), k + (6 if place_only else 16))):
            t = toks[m]
            if is_quote(t) and m > k and toks[m - 1].text == "," and not self.inside_quote(t.start):
                q = self._quoted_until(t.start)
                words = sum(1 for x in self.tokens_in(t.start, q) if x.is_word) if q is not None else 0
                return m if words >= 3 else None
            if t.text in {".", ";", "!", "?", ":"} and not (m > 0 and len(toks[m - 1].text) <= 2):
                return None  # (but "N.C." and "Pa." go on)
            if place_only and t.is_word and not t.is_capitalised:
                return None
        return None

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
            if is_quote(toks[m]) and self.inside_quote(toks[m].start):
                q = m
                break
            if is_cue_word(toks[m]) or toks[m].text in {".", ";", ":"} or is_quote(toks[m]):
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

    def _quote_just_before(self, sent: SentenceView, marks: str = "") -> bool:
        """A quoted region of this paragraph closes right before the sentence (with one of
        ``marks`` as its last character inside the quotation marks, when given)."""
        # (only the last region ending before the sentence can: an earlier one has its marks in between)
        reg = self._last_region_before(sent.start)
        if reg is None or reg.paragraph != sent.paragraph.id or self.text[reg.end : sent.start].strip():
            return False
        inner = self.text[reg.start : reg.end].rstrip("\"”»'’")
        return not marks or inner[-1:] in set(marks)

    def _content_in_previous_sentence(
        self, sent: SentenceView, i: int, np: tuple[int, int], rule: str, toks: list[Token]
    ) -> Attribution | None:
        """'"Quote." he said.' — the cue sentence holds no content; the quote before it is."""
        prev = self._by_paragraph.get(sent.paragraph.id, [])
        r = self._last_region_before(sent.start)  # (regions of earlier paragraphs end before this one's)
        if r is not None and r.paragraph != sent.paragraph.id:
            r = None
        if r is None or (prev and prev[-1].end >= r.end):
            return None
        if any(ch.isalnum() for ch in self.text[r.end : sent.start]):
            return None  # 'Chloe "Coco" Carter has split ... Coco said': the quotation ends no sentence before
        return Attribution(
            [(r.start, r.end)], token_span(toks, i, i + 1), token_span(toks, *np), sent.paragraph.id, rule, 0.8
        )


def _adverb_after(toks: list[Token], after: tuple[int, int]) -> bool:
    """Whether the phrase after an inverted cue opens with an adverb or an auxiliary (", said just after
    midnight"), not a name: 'said Will Doyle' (a capitalised modal before a capitalised word is a first
    name) or '"C?" asked May.' (a capitalised modal that alone ends the sentence is a surname)."""
    head = toks[after[0]]
    named = head.is_capitalised and (after[1] - after[0] > 1 or all(t.text in {".", "!"} for t in toks[after[1] :]))
    return (
        (head.lower in SUBJECT_VERB_FILLERS and not named)
        or head.lower in _INTRO_ADVERBS_OR_TIME_WORDS
        or is_adverb(head)
    )


_INVERTING = frozenset("said says added adds wrote writes noted notes explained explains".split())


def _name_ends_the_sentence(toks: list[Token], after: tuple[int, int]) -> bool:
    """ "..., said Fire Chief Ann Lee.": a capitalised name (and its title) after the cue ends the sentence, so
    it is the inverted speaker, even when the sentence opens with a subject ("The fire, which ..., spread")."""
    named = all(t.is_capitalised for t in toks[after[0] : after[1]] if t.is_word)
    return named and after[1] - after[0] >= 2 and all(t.text in {".", "!"} for t in toks[after[1] :])


_SOMEONE = frozenset(NUMBER_WORDS | {"a", "an", "another"})
_WHERE_FROM = frozenset(["in", "at", "from", "with", "on"])


def _with_post_modifier(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """An inverted unnamed source with the phrase that places it, up to the comma or the end of the
    sentence ('"C," says *one diplomat in Santiago*.', 'said *an analyst at a hedge fund*, who'), as a
    source before its cue keeps it; a name or a longer or verbal tail is left as found."""
    a, b = np
    if toks[a].lower not in _SOMEONE or b >= len(toks) or toks[b].lower not in _WHERE_FROM:
        return np
    end = b + 1
    while end < len(toks) and end - b <= 7 and (toks[end].is_word or toks[end].text in {"-", "’s", "'s"}):
        if toks[end].lower in FINITE or toks[end].lower in RELATIVES or is_cue_word(toks[end]):
            return np
        if toks[end].lower in PERIODS_AND_DAYS:
            return np  # ('said an official in Washington on Tuesday': when, not who)
        end += 1
    closed = end == len(toks) or toks[end].text in {",", ".", ";"}
    return (a, end) if closed and end > b + 1 else np
