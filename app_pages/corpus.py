"""Corpus: many articles at once — who is quoted most, when, and every quotation searchable."""

from functools import partial

import streamlit as st

from quotelens import charts, corpus, corpusfollow, corpusview, exports, markup, readable, tablelayout, ui, views

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
following = ui.selected_speaker()
st.vega_lite_chart(
    charts.top_speakers(corpus.top_speakers(tables, 25), following),
    width="stretch",
    on_select=partial(corpusfollow.bar_picked, corpusfollow.chart_key(following)),
    selection_mode=views.SELECT_PARAM,
    key=corpusfollow.chart_key(following),
)
st.caption("Click a bar to follow that speaker across the articles.")
theirs = corpusfollow.speaker_quotations(tables, following) if following else None
if following and theirs is not None and len(theirs):
    st.markdown(f"#### Quotations of {markup.safe_text(following)}")
    st.caption(corpusfollow.quotations_note(following, theirs))
    said = corpusview.hits_to_read(tables, theirs, source)
    st.dataframe(
        said,
        hide_index=True,
        width="stretch",
        **tablelayout.fitted("corpus hits", said.columns, len(said), {"open": corpusview.open_link()}),
    )

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
files = a["file"].tolist() if "file" in a and source == "corpus/" else []
picked = st.dataframe(
    listed,
    hide_index=True,
    width="stretch",
    on_select="rerun" if files else "ignore",
    selection_mode="single-row",
    key="ql_corpus_rows",
    **tablelayout.fitted("corpus articles", listed.columns, len(listed)),
)
if tip := ("Select a row (the box at its left) to open that article in the Reader. " if files else "") + (
    tablelayout.picker_tip("corpus articles", listed.columns)
):
    st.caption(tip)
if (chosen_row := corpusview.picked_article(files, picked)) is not None:
    corpusview.open_in_reader(chosen_row)
files = [f for f in files if isinstance(f, str)]
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
        f"{n} match{'es' if n != 1 else ''} in the quotations and the speakers' names (each piece of a quotation "
        "apart; at most 200 shown)."
    )
    found = corpusview.hits_to_read(tables, hits, source)
    st.dataframe(
        found,
        hide_index=True,
        width="stretch",
        **tablelayout.fitted("corpus hits", found.columns, len(found), {"open": corpusview.open_link()}),
    )

with st.expander("Export every table"):
    st.caption("One row per article, paragraph, quotation, speaker and mention, every column as the engine names it.")
    exports.export_tables(tables.tables(), views.file_stem(source))
