"""What applying corrections gives: the corrected article, and a report of what was done.

:class:`Corrected` is what the pages hold: the corrected article (every table), the engine's
article, each quotation's key (to correct it again), the corrections in force and the history.
:class:`CorrectionReport` counts what was applied and lists what could not be (never dropped
silently): keys the engine no longer finds, and corrections made on another text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotelens.article import Article
from quotelens.corrections.model import Correction


@dataclass
class CorrectionReport:
    """What the corrections did, and what they could not do (never dropped silently)."""

    corrected: int = 0  # quotations a reader changed
    added: int = 0
    removed: int = 0  # "not a quotation"
    reverted: int = 0
    rows: int = 0  # rows of the quotes table marked corrected
    reanchored: list[str] = field(default_factory=list)
    not_found: list[Correction] = field(default_factory=list)
    invalid: list[tuple[Correction, str]] = field(default_factory=list)  # and why
    other_text: int = 0  # corrections of an article of the same name whose text has changed

    @property
    def applied(self) -> int:
        return self.corrected + self.added + self.removed

    def messages(self) -> list[str]:
        out = []
        if self.applied:
            out.append(
                f"{self.applied} correction(s) by readers applied: {self.corrected} changed, "
                f"{self.added} added, {self.removed} not a quotation"
            )
        out += self.reanchored
        for c in self.not_found:
            text = f" (“{c.original_text[:60]}”)" if c.original_text else ""
            out.append(f"a correction of the quotation at {c.quote}{text} was not applied: it is no longer found")
        for c, why in self.invalid:
            out.append(f"a correction of the quotation at {c.quote} was not applied: {why}")
        if self.other_text:
            out.append(
                f"{self.other_text} correction(s) were made on another text of this article "
                "(the text has changed since): not applied"
            )
        return out


@dataclass
class Corrected:
    """An article with its corrections applied, the engine's article, and what was done."""

    article: Article
    original: Article
    keys: list[str]  # the key of each quotation (group) of ``article``
    report: CorrectionReport
    in_force: dict[str, Correction]  # the correction in force for each corrected key
    history: list[Correction]  # every correction given for this text, oldest first

    def key_of(self, group: int) -> str:
        return self.keys[group]

    def correction_of(self, group: int) -> Correction | None:
        return self.in_force.get(self.keys[group])
