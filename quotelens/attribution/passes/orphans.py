"""Post-pass ``orphan quote``: a quotation no frame claimed goes to the subject of its sentence."""

from __future__ import annotations

import bisect

from quotelens.attribution.passes.colon_clauses import POSSESSIVES
from quotelens.attribution.passes.focus import FocusQuotes
from quotelens.attribution.passes.words_of import words_before, words_of
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import first_token_from, token_span
from quotelens.attribution.verbs import skip_forward_fillers
from quotelens.attribution.words import LISTENER_DETERMINERS, ORPHAN_MIN_WORDS
from quotelens.boundary import end_char
from quotelens.segment import QuoteRegion, Sentence


class Orphans(FocusQuotes):
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
            k = bisect.bisect_right(starts, reg.end) - 1
            taken = any(s < reg.end and e > reg.start for s, e in covered[k - 3 if k > 3 else 0 : k + 1])
            if taken or self._appended(self._colon_paragraph_before(reg)):
                continue  # (claimed; or a quotation paragraph after a clause and a colon)
            if reg.start < sent.start:
                continue  # spans sentences: a continuation, handled elsewhere
            toks = sent.tokens
            q = first_token_from(toks, reg.start)
            if q == len(toks):
                continue
            said = self._clause_colon_quotation(sent, q, reg.end) or self._words_of_quotation(sent, q, reg.end)
            if self._appended(said) or reg.end > sent.end + 1:
                continue  # (a quotation of several sentences only after a clause and a colon)
            words = [t for t in toks[q : first_token_from(toks, reg.end)] if t.is_word]
            if len(words) < ORPHAN_MIN_WORDS:
                continue  # titles and scare quotes ("“Latino Enough.”", "“nagging”") are no one's words
            if sum(t.is_capitalised for t in words) >= len(words) - 1:
                continue  # "''The Late Show With Stephen Colbert''": a title in title case
            if self._first_unquoted_word(toks, q + 1) > q:
                continue  # the sentence opens with the quotation: no subject to credit
            subject = self._orphan_subject(toks, q)
            if subject is None:
                continue
            c = q
            while c - 1 > subject[1] and toks[c - 1].lower in LISTENER_DETERMINERS:
                c -= 1
            cue = None
            if c - 1 > subject[1] and toks[c - 1].text == ":" and toks[c - 2].is_word:
                cue = token_span(toks, c - 2, c - 1)  # "boomed: “...”"
            else:
                v = skip_forward_fillers(toks, subject[1], c)
                if v < c and toks[v].is_word and not toks[v].is_capitalised:
                    cue = token_span(toks, v, v + 1)  # the verb after the subject: "is labeling"
            att = Attribution(
                [(toks[c].start, reg.end)], cue, token_span(toks, *subject), sent.paragraph, Rule.ORPHAN_QUOTE, 0.5
            )
            att.notes.append("no cue frame matched; credited to the subject of the sentence")
            self.attributions.append(att)

    def _colon_paragraph_before(self, reg: QuoteRegion) -> Attribution | None:
        """'She took to X on Monday night:' closing the paragraph before a quotation that fills its own:
        a clause with no verb of saying and a colon introduces the words of its subject (a name or a
        person's pronoun), as a cue and a colon do ("She wrote:")."""
        para = self.paragraphs[reg.paragraph]
        if reg.start != para.start or reg.paragraph == 0:
            return None
        sent = self._colon_sentence_before(para)
        if sent is None or not self._quote_fills(para):
            return None
        toks = sent.tokens
        found = self._colon_clause(toks, len(toks) - 1)
        if found is None:
            return None
        subject, v = found
        if v >= len(toks) - 1 or not toks[v].is_word or toks[v].is_capitalised:
            return None
        att = Attribution(
            [(reg.start, para.end)],
            token_span(toks, len(toks) - 1, len(toks)),
            token_span(toks, *subject),
            para.id,
            Rule.SOURCE_FIRST_CLAUSE_COLON,
            0.85,
        )
        att.end_share = 1.0  # (the paragraph's end: the only end there is)
        att.notes.append("a clause and a colon closing the paragraph before a quotation paragraph")
        return att

    def _appended(self, att: Attribution | None) -> bool:
        if att is not None:
            self.attributions.append(att)
        return att is not None

    def _clause_colon_quotation(self, sent: Sentence, q: int, end: int) -> Attribution | None:
        """'Ms. Whitfield was blunt: “C”', 'Her answer was short: “C”', 'Kell had a message for her
        colleagues: “C”': a clause with no verb of saying, a colon, and a quotation that closes the
        sentence are the words of the clause's subject (of its possessor: "her", "Kell's")."""
        toks = sent.tokens
        if q < 3 or toks[q - 1].text != ":" or not toks[q - 2].is_word:
            return None
        if any(ch.isalnum() for ch in self.text[end : self._sentence_span(end - 1)[1]]):
            return None  # the quotation must close its (last) sentence
        found = self._colon_clause(toks, q - 1)
        if found is None:
            return None  # a name or a person's pronoun ("The result was clear: “C”" is no one's)
        a, b = found[0]
        if b - a == 2 and toks[a].lower in POSSESSIVES:
            b = a + 1  # "Her answer was short": she answered
        elif b - a >= 2 and toks[b - 2].text.endswith(("’s", "'s")):
            b -= 1  # "Kell's answer was short"
        att = Attribution(
            [(toks[q].start, end)],
            token_span(toks, q - 2, q - 1),
            token_span(toks, a, b),
            sent.paragraph,
            Rule.SOURCE_FIRST_CLAUSE_COLON,
            0.85,
        )
        att.notes.append("a clause and a colon before a quotation that closes the sentence")
        return att

    def _words_of_quotation(self, sent: Sentence, q: int, end: int) -> Attribution | None:
        """'in Raman's words, “C”', 'in the words of an adviser, “C”', '“C,” in her words': the
        quotation is the words of the one the phrase names (as in "as X put it, C")."""
        toks = sent.tokens
        found = words_before(toks, q)
        a = first_token_from(toks, end)
        if found is None and a < len(toks) and (toks[a].text == "," or self.text[end - 2 : end - 1] == ","):
            a += toks[a].text == ","
            got = words_of(toks, a)
            if got is not None and (got[2] == len(toks) or toks[got[2]].text in {",", ".", ";"}):
                found = got
        if found is None:
            return None
        source, w, after = found
        if after < q:  # the phrase first: the words run on to the clause's end ("“the torchbearer” of his legacy")
            end = max(end, end_char(toks, self._clause_end(toks, q)))
        att = Attribution(
            [(toks[q].start, end)],
            token_span(toks, w, w + 1),
            source,
            sent.paragraph,
            Rule.SOURCE_FIRST_WORDS_OF,
            0.85,
        )
        att.notes.append("'in X's words' or 'in the words of X' beside the quotation names its speaker")
        return att
