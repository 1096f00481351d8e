"""Readers' corrections of attributions: made by words, kept in a database, applied everywhere.

* :mod:`.model` — :class:`Correction` (speaker, kind, not a quotation, content by words), keyed
  by the article's text digest and the quotation's offsets; how a history folds into one.
* :mod:`.words` — the article's words, and word numbers <-> character offsets.
* :mod:`.apply` — :func:`apply_corrections`: a new, consistent :class:`~quotelens.article.Article`.
* :mod:`.edit` — corrections from a reader's choices (:func:`correct`, :func:`add_quotation`,
  :func:`revert`) and :func:`history_table`.
* :mod:`.db` — :class:`CorrectionStore` on any SQLAlchemy engine (SQLite by default).
* :mod:`.choices` — the Reader's correction form without Streamlit: its starting values and the
  correction a reader's picks make.
* :mod:`.files` — corrections as JSON and CSV, and importing them.
* :mod:`.index` — :class:`CorrectionIndex`: every correction loaded once, for a corpus run.
* :mod:`.streamlit_db` — the dashboard's store through ``st.connection("corrections", type="sql")``
  (imported on its own: the package itself does not import Streamlit).
"""

from quotelens.article import Article
from quotelens.corrections.apply import apply_corrections
from quotelens.corrections.db import CorrectionStore, database_url, engine_for
from quotelens.corrections.edit import add_quotation, correct, history_table, piece_words, revert
from quotelens.corrections.index import CorrectionIndex
from quotelens.corrections.model import Correction, Op, article_digest, effective, quotation_keys
from quotelens.corrections.report import Corrected, CorrectionReport
from quotelens.corrections.words import Word, Words


def corrected(article: Article, store: CorrectionStore) -> Corrected:
    """``article`` with the corrections of its text in ``store`` applied (those for an earlier
    text of the same article name are counted in the report)."""
    digest = article_digest(article.text)
    return apply_corrections(article, store.for_article(digest), store.other_text(article.name, digest))


__all__ = [
    "Corrected",
    "Correction",
    "CorrectionIndex",
    "CorrectionReport",
    "CorrectionStore",
    "Op",
    "Word",
    "Words",
    "add_quotation",
    "apply_corrections",
    "article_digest",
    "correct",
    "corrected",
    "database_url",
    "effective",
    "engine_for",
    "history_table",
    "piece_words",
    "quotation_keys",
    "revert",
]
