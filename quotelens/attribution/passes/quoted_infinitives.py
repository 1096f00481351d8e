"""A cue that ends in "to" before a quotation ('vowed to “keep the pier open”', 'is pledging to "fight"'):
the infinitive's "to" opens the content and the cue is the verb before it.

In: the attributions after the trims. Out: the same, with such a content starting at "to" and its cue
ending before it. Why: PolNeAR marks a quoted infinitive whole ('to “keep the pier open”', 14 of 16 such
contents on train), as it marks an unquoted one ('vowed to keep the pier open') when the frames leave
"to" out of the cue; the frames take "to" into the cue only before a quotation.
"""

from __future__ import annotations

from quotelens.attribution.passes.trims import Trims
from quotelens.attribution.tokens import is_quote_at


class QuotedInfinitives(Trims):
    def _start_at_quoted_infinitive(self) -> None:
        """Move "to" from the end of a cue to the start of the quotation that follows it as its content."""
        text = self.text
        for att in self.attributions:
            cue = att.cue
            if cue is None or cue[1] - cue[0] < 4 or text[cue[1] - 3 : cue[1]].lower() != " to":
                continue  # (cheap first: a cue of more than one word whose last is "to")
            s0, e0 = att.content[0]
            if not (cue[1] < s0 <= cue[1] + 2) or text[cue[1] : s0].strip() or not is_quote_at(text, s0):
                continue
            to = cue[1] - 2
            att.cue = (cue[0], cue[1] - 3)
            att.content[0] = (to, e0)
            att.notes.append("starts at the 'to' of its quoted infinitive")
