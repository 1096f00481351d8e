"""Corpus: many articles at once — who is quoted most, when, and every quotation searchable."""

import streamlit as st

from quotelens import charts, corpus, ui

st.set_page_config(page_title="Corpus · quotelens", page_icon="🗂️", layout="wide")
st.markdown("# Corpus")
sources = ui.corpus_sources()
source = st.selectbox(
    "Corpus", sources, help="The corpus/ folder, or a folder of `quotelens extract --format parquet` output inside it."
)
try:
    tables = ui.load_corpus_tables(source)
except ValueError as exc:
    st.error(str(exc))
    st.stop()
if tables.articles.empty:
    st.info("This corpus has no article yet: put .txt, .md or .html files in corpus/.")
    st.stop()

a = tables.articles
c = st.columns(4)
c[0].metric("Articles", len(a))
c[1].metric("Quotations", int(a["quotations"].sum()))
c[2].metric(
    "Named speakers", int(tables.speakers.loc[tables.speakers["type"] != "anonymous", "corpus_speaker"].nunique())
)
c[3].metric("Refused files", len(tables.errors))

st.markdown("#### Most quoted across the corpus")
top = corpus.top_speakers(tables, 25)
st.altair_chart(charts.top_speakers_chart(top), width="stretch")

over_time = corpus.quotes_over_time(tables)
if not over_time.empty:
    st.markdown("#### Quotations over time")
    st.altair_chart(charts.quotes_over_time_chart(over_time), width="stretch")

st.markdown("#### Articles")
shown = a[["article_id", "title", "date", "source", "quotations", "speakers_quoted", "words"]]
st.dataframe(shown, hide_index=True, width="stretch")
files = a["file"].dropna().tolist() if "file" in a else []
if files:
    o1, o2 = st.columns([3, 1])
    chosen = o1.selectbox("Open an article in the reader", files, key="ql_corpus_open")
    if o2.button("Open in the reader", key="ql_corpus_go"):
        ui.open_in_reader(chosen)

st.markdown("#### Search every quotation")
needle = st.text_input("Words to find in quotations", placeholder="e.g. emails", key="ql_corpus_search")
if needle.strip():
    hits = corpus.search_quotes(tables, needle)
    st.caption(f"{len(hits)} pieces of quotations found (at most 200 shown).")
    st.dataframe(hits[["article_id", "corpus_speaker", "kind", "stance", "text"]], hide_index=True, width="stretch")
