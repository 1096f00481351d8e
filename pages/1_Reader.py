"""Reader: the article with every quotation highlighted in its speaker's colour."""

import streamlit as st

from quotelens import ui, views

article = ui.page("Reader", "📖")
if article is None:
    st.stop()
colours = views.colours_for(article)
speakers = views.speaker_order(article)

f1, f2, f3 = st.columns([2, 2, 3])
pick = ui.speaker_picker(speakers, f1)
kinds = f2.multiselect("Kind", views.KIND_ORDER, default=views.KIND_ORDER, help="\n".join(views.KIND_LABEL.values()))
search = f3.text_input("Search in quotations", placeholder="e.g. interference")

shown = views.filter_quotes(article.quotes, [pick] if pick else None, kinds, search)
st.markdown(views.legend_html(colours, speakers), unsafe_allow_html=True)
st.caption(
    f"{shown['group'].nunique()} of {article.quotes['group'].nunique()} quotations shown. Hover a highlight for its evidence."
)

if article.title:
    st.markdown(views.reader_html(article, shown, colours, roles=("title",)), unsafe_allow_html=True)
st.markdown(views.reader_html(article, shown, colours, roles=("body",)), unsafe_allow_html=True)
if (article.paragraphs["role"] == "boilerplate").any():
    with st.expander("Page debris (not part of the story, never mined for quotes)"):
        st.markdown(views.reader_html(article, shown, colours, roles=("boilerplate",)), unsafe_allow_html=True)

st.markdown("#### Evidence for each attribution")
evidence = shown.sort_values("start")[
    ["group", "speaker", "kind", "text", "cue_text", "mention_text", "resolution", "evidence", "confidence"]
]
if evidence.empty:
    st.info("No quotation matches these filters.")
else:
    st.dataframe(evidence, hide_index=True, width="stretch")
