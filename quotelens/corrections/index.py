"""Corrections for a whole corpus, loaded once: apply them to each article as it is extracted.

In: a :class:`~quotelens.corrections.db.CorrectionStore` (or a list of corrections, e.g. from a
file). Out: :class:`CorrectionIndex`, a small picklable look-up by text digest (so that Dask
workers can get it with the articles), whose :meth:`~CorrectionIndex.apply` corrects one article.
People make corrections by hand, so a database holds thousands at most: loading them all is
cheaper than one query per article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from quotelens.article import Article
from quotelens.corrections.apply import apply_corrections
from quotelens.corrections.db import CorrectionStore
from quotelens.corrections.model import Correction, article_digest
from quotelens.corrections.report import Corrected


@dataclass
class CorrectionIndex:
    by_digest: dict[str, list[Correction]] = field(default_factory=dict)
    digests_of_name: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, corrections: Iterable[Correction]) -> CorrectionIndex:
        index = cls()
        for c in corrections:
            index.by_digest.setdefault(c.article, []).append(c)
            if c.article_name:
                index.digests_of_name.setdefault(c.article_name, set()).add(c.article)
        return index

    @classmethod
    def load(cls, store: CorrectionStore) -> CorrectionIndex:
        return cls.of(store.all())

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_digest.values())

    def apply(self, article: Article) -> Corrected:
        """``article`` with its text's corrections applied; those made on another text of an
        article of the same name are counted in the report."""
        digest = article_digest(article.text)
        others = self.digests_of_name.get(article.name, set()) - {digest}
        stale = sum(len(self.by_digest[d]) for d in others)
        return apply_corrections(article, self.by_digest.get(digest, []), stale)
