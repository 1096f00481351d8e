"""Home: the headline against its sources, the counts, whose words fill the article."""

import streamlit as st

from quotelens import (
    bars,
    current,
    doubt,
    exports,
    headline_panel,
    homecounts,
    linknotes,
    markup,
    readable,
    sureswitch,
    views,
)

shown = current.page(
    "quotelens",
    "Read a news article by its voices: who is quoted, what each said, and how much of the story rests on whom. "
    "Choose another article, upload your own or paste text in the sidebar (on a phone: the » at the top left).",
)
article = shown.article
if article.title:
    st.html(markup.headline_html(article.title))
if source := headline_panel.source_line_html(article.meta):  # outlet, byline, date, address: to cite it by
    st.html(source)
for note in [*article.notes, shown.memo("unpaired marks", readable.unpaired_note), readable.headline_doubt(article)]:
    if note:
        st.html(markup.note_html(note))
if not article.text.strip():
    st.info("This article is empty. Choose another one in the sidebar, upload a file or paste text.")
    st.stop()

if (unsure := doubt.unsure_count(article)) and sureswitch.is_on():  # (&sure=1: counted as Who said what counts)
    shown = shown.only_sure()
    st.caption(homecounts.sure_only_note(unsure))
facts = shown.get("overview")
parts = homecounts.paragraph_parts(article.paragraphs)
with st.container(horizontal=True, gap="medium", key="ql_counters"):  # wraps on a phone, five in a row on a desk
    st.metric("Paragraphs", facts["paragraphs"], delta=parts or None, delta_color="off", delta_arrow="off")
    st.metric("Quotations", facts["quotations"])
    st.metric("Speakers quoted", facts["speakers quoted"])
    st.metric("Author's own voice", f"{facts['author share']:.0%}")
    st.metric("Reading time", f"{facts['reading minutes']} min")
with st.expander("What these numbers count"):  # (a ? on each label wrapped the counters to three rows on a phone)
    explained = readable.OVERVIEW_HELP | {"Paragraphs": homecounts.paragraphs_help(article.paragraphs)}
    st.markdown("\n".join(f"- **{label}**: {text.format(**facts)}" for label, text in explained.items()))

if article.title:
    with st.container(border=True):
        st.markdown("#### The headline against its sources")
        st.html(shown.memo("headline panel", headline_panel.headline_panel_for))

if facts["quotations"] == 0:
    st.info(readable.NO_QUOTATION)
else:
    st.markdown("#### Whose words fill the article")
    st.html(shown.memo("voice bar", bars.voice_for) + shown.memo("voice legend", bars.voice_legend_for))

st.markdown("#### Go deeper")
GO_DEEPER = [
    (
        "app_pages/reader.py",
        "Reader",
        ":material/menu_book:",
        "The article with every quotation highlighted in its speaker's colour.",
    ),
    ("app_pages/timeline.py", "Speaker timeline", ":material/timeline:", "Who speaks where, paragraph by paragraph."),
    (
        "app_pages/who_said_what.py",
        "Who said what",
        ":material/bar_chart:",
        "Words per speaker, mentioned vs quoted, the verbs chosen, every quotation to download.",
    ),
    (
        "app_pages/corpus.py",
        "Corpus",
        ":material/folder_open:",
        "Every article in corpus/: who is quoted most, and a search over every quotation.",
    ),
]
for row in (GO_DEEPER[:2], GO_DEEPER[2:]):  # row by row: a phone stacks them in the sidebar's order
    for cell, (page, label, icon, what) in zip(st.columns(2), row, strict=True):
        cell.page_link(page, label=label, icon=icon)
        cell.caption(what)
if link_note := linknotes.upload_link_note():
    st.caption(link_note)

st.markdown("#### Speakers")
shown.table("speakers", readable.speakers_for_reading)

with st.expander("Export every table"):
    exports.export_tables(article.tables(), views.file_stem(article.name))
