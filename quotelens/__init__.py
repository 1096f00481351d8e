"""quotelens: read a news article by its voices.

``load_article(source)`` turns a path, bytes or text into an :class:`Article` with
pandas tables ``paragraphs``, ``quotes``, ``speakers`` and ``mentions``.
"""

from quotelens.article import Article, load_article
from quotelens.attribution import QuoteKind
from quotelens.textio import ArticleInputError

__all__ = ["Article", "ArticleInputError", "QuoteKind", "load_article"]
__version__ = "0.1.0"
