"""Token step ``capitalised opening participle``: a cue participle that opens a sentence, "Noting that C,
Trump said ...", is the main clause's subject's report.

The participle frame reads "After saying C, she ..." (:meth:`Participles._opening_participle`); a
capitalised cue outside a headline is otherwise read as part of a name ("the Islamic State"), so
"Noting that C, Trump reminded ...", "Acknowledging that C, Allen did suggest ...", "Citing C, the
spokeswoman ..." reached no frame. This step runs before that reading: a capitalised "-ing" cue form
that opens the sentence (or follows "But,"/"And") goes to the opening-participle frame, which wants the
phrase's comma and a subject after it; when it finds none the capitalised reading still decides.
"""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.participles import Participles
from quotelens.attribution.words import SENTENCE_OPENERS
from quotelens.endings import ENDS_ING
from quotelens.lexicon import CUE_FORMS


class OpeningParticiples(Participles):
    def _capitalised_opening_participle(self, sent: SentenceView, i: int) -> bool:
        """ "Noting that C, Trump said ...": a capitalised cue participle opening the sentence."""
        toks = sent.tokens
        tok = toks[i]
        if sent.headline or not ENDS_ING[tok.lower] or tok.lower not in CUE_FORMS:
            return False
        if not ((i == 0 and tok.is_capitalised) or (i == 1 and toks[0].lower in SENTENCE_OPENERS)):
            return False
        return self._added(self._opening_participle(sent, i))
