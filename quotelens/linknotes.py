"""What a link can carry of the article shown, said where it matters.

A file of the collection is in every link (``?article=…``); a pasted or uploaded article is not: its text lives
in the visitor's session only, never stored on the server, so a link opened in a new tab (or shared) starts a
session that shows the default article. :func:`upload_link_note` says so where a page offers a link;
:func:`say_which_article` says which article a link that names none shows.

In: the session's article (``ui.ARTICLE``: "corpus:<file>" or "upload:<digest>") and the opening URL. Out:
a caption's words, and a caption on the session's first page.
"""

from __future__ import annotations

import streamlit as st

from quotelens import ui
from quotelens.markup import plain

UPLOAD_LINK_NOTE = (
    "This link opens the default article when opened in a new tab or shared: the pasted or uploaded text is "
    "not stored on the server, so no link can carry it."
)
# the parameters a link to one of our pages may carry besides the article (what makes it a link, not a visit)
OTHER_PARAMS = ("speaker", "quote", "kind", "q", "sure", "find")


def upload_link_note() -> str:
    """:data:`UPLOAD_LINK_NOTE` while a pasted or uploaded article is shown ("" for a file of the collection)."""
    return UPLOAD_LINK_NOTE if str(st.session_state.get(ui.ARTICLE, "")).startswith("upload:") else ""


def say_which_article(first_run: bool, page: str) -> None:
    """On a session's first run opened by a link that names no article (a page other than Home, or with a
    speaker, a quotation or a filter in it: a link, perhaps made while a pasted article was shown), a caption
    names the article shown."""
    if not first_run or st.query_params.get("article"):
        return
    if page == "Corpus" or (not page and not any(st.query_params.get(k) for k in OTHER_PARAMS)):
        return  # the dashboard's own address (its default article, as Home says), or the page of every article
    article = str(st.session_state.get(ui.ARTICLE, ""))
    if not article.startswith("corpus:"):
        return
    st.caption(  # a caption, not a notice box: the page's own notices (an unknown speaker …) come first
        f"This link names no article, so it shows {plain(article[7:], 120)} (the collection's default). A link "
        "made while a pasted or uploaded article was shown cannot carry it: that text is not stored.",
    )
