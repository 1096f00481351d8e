"""Reader: the article with every quotation highlighted in its speaker's colour."""

import streamlit as st

from quotelens import current, markup, ui, views

shown = current.page("Reader")
article = shown.article

f1, f2, f3 = st.columns([2, 2, 3])
pick = ui.speaker_picker(shown.order, f1)
kinds_known = views.kinds_of(article.quotes)
kinds = f2.multiselect(
    "Kind", kinds_known, default=kinds_known, key="ql_kinds", help="\n".join(views.KIND_LABEL.values())
)
search = f3.text_input("Search in quotations", placeholder="e.g. interference", key="ql_search")

shown_quotes = views.filter_quotes(article.quotes, [pick] if pick else None, kinds, search)
st.markdown(markup.legend_html(views.legend_entries(shown.order, shown.colours)), unsafe_allow_html=True)
total = article.quotes["group"].nunique()
if not kinds:
    st.warning("No kind of quotation is selected, so none is highlighted: choose at least one kind above.")
else:
    st.caption(
        f"{shown_quotes['group'].nunique()} of {total} quotations shown. Tap or click a highlight for its evidence."
    )

if article.title:
    st.markdown(markup.reader_html(article, shown_quotes, shown.colours, roles=("title",)), unsafe_allow_html=True)
st.markdown(markup.reader_html(article, shown_quotes, shown.colours, roles=("body",)), unsafe_allow_html=True)
if (article.paragraphs["role"] == "boilerplate").any():
    with st.expander("Page debris (not part of the story, never mined for quotes)"):
        st.markdown(
            markup.reader_html(article, shown_quotes, shown.colours, roles=("boilerplate",)), unsafe_allow_html=True
        )

st.markdown("#### Evidence for each attribution")
if shown_quotes.empty:
    st.info("No quotation matches these filters.")
else:
    st.dataframe(views.evidence_table(shown_quotes), hide_index=True, width="stretch")
