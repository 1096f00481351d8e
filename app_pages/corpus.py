"""Corpus: many articles at once — who is quoted most, when, and every quotation searchable."""

import streamlit as st

from quotelens import charts, corpus, corpusview, exports, markup, readable, tablelayout, ui, views

st.markdown("# Corpus")
ui.show_notices()
source = st.selectbox(
    "Corpus",
    corpusview.corpus_sources(),
    help="The corpus/ folder, or a folder of `quotelens extract --format parquet` output inside it.",
)
try:
    tables = corpusview.load_corpus_tables(source)
except ValueError as exc:
    st.error(f"This corpus could not be read: {markup.safe_text(str(exc))}.")
    st.stop()
if tables.articles.empty:
    st.info("This corpus has no article yet: put .txt, .md or .html files in corpus/.")
    st.stop()

a = tables.articles
with st.container(horizontal=True, gap="medium"):  # wraps on a phone, as Home's counters
    st.metric("Articles", len(a))
    st.metric("Quotations", int(a["quotations"].sum()))
    st.metric(
        "Named speakers quoted",
        corpus.quoted_speakers(tables) if len(tables.speakers) else 0,
        help="People and organisations quoted at least once, merged across articles (the mentioned-only are left out).",
    )
    st.metric("Refused files", len(tables.errors))
    st.metric("Rows corrected by readers", corpusview.corrected_rows(tables))

st.markdown("#### Most quoted across the corpus")
st.vega_lite_chart(charts.top_speakers(corpus.top_speakers(tables, 25)), width="stretch")

over_time = corpus.quotes_over_time(tables)
if not over_time.empty:
    st.markdown("#### Quotations over time")
    if len(over_time) > 1:
        st.vega_lite_chart(charts.quotes_over_time(over_time), width="stretch")
        if few := charts.few_periods_note(over_time):
            st.caption(few)
    else:  # one dot on an empty plane says less than this sentence
        st.caption(charts.one_period_note(over_time))

st.markdown("#### Articles")
listed = readable.corpus_articles_to_read(a)
st.dataframe(listed, hide_index=True, width="stretch", **tablelayout.layout("corpus articles", listed.columns))
if tip := tablelayout.picker_tip("corpus articles", listed.columns):
    st.caption(tip)
files = a["file"].dropna().tolist() if "file" in a else []
if files:
    o1, o2 = st.columns([3, 1], vertical_alignment="bottom")  # the button beside the box, not above it
    chosen = o1.selectbox("Open an article in the reader", files, key="ql_corpus_open")
    if o2.button("Open in the reader", key="ql_corpus_go"):
        corpusview.open_in_reader(chosen)

st.markdown("#### Search every quotation")
needle = corpusview.search_box()  # (in the URL as ?find=, read back when a link opens the page)
hits = corpus.search_quotes(tables, needle) if needle.strip() else None
if hits is not None and hits.empty:  # (an empty grid under "0 matches" said no more, and looked broken on a phone)
    st.info(
        f"No quotation in this corpus holds {markup.plain(needle, 80)}: the search reads every piece of every "
        "quotation as typed (case, spacing and curly or straight marks do not matter); try fewer words."
    )
elif hits is not None:
    n = len(hits)
    st.caption(
        f"{n} match{'es' if n != 1 else ''} in the quotations (each piece of a quotation apart; at most 200 shown)."
    )
    found = corpusview.hits_to_read(tables, hits, source)
    link = st.column_config.LinkColumn(
        "open", display_text="Open in the Reader", help="The article in the Reader, this quotation selected."
    )
    st.dataframe(
        found, hide_index=True, width="stretch", **tablelayout.layout("corpus hits", found.columns, {"open": link})
    )

with st.expander("Export every table"):
    st.caption("One row per article, paragraph, quotation, speaker and mention, every column as the engine names it.")
    exports.export_tables(tables.tables(), views.file_stem(source))
