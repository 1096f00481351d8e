"""quotelens home: choose an article, see its voices at a glance."""

import streamlit as st

from quotelens import charts, headline, ui, views

st.set_page_config(page_title="quotelens", page_icon="🗣️", layout="wide")

article = ui.choose_article(allow_upload=True)
st.markdown("# quotelens")
st.caption("Read a news article by its voices: who is quoted, what each said, and how much of the story rests on whom.")
if article is None:
    st.stop()

colours = views.colours_for(article)
if article.title:
    st.markdown(f'<h2 class="ql-headline">{views.safe_text(article.title)}</h2>', unsafe_allow_html=True)
ui.show_notes(article)
if not article.text.strip():
    st.info("This article is empty. Choose another one in the sidebar, upload a file or paste text.")
    st.stop()

facts = views.overview(article)
cols = st.columns(5)
cols[0].metric("Paragraphs", facts["paragraphs"])
cols[1].metric("Quotations", facts["quotations"])
cols[2].metric("Speakers quoted", facts["speakers quoted"])
cols[3].metric("Author's own voice", f"{facts['author share']:.0%}")
cols[4].metric("Reading time", f"{facts['reading minutes']} min")

if article.title:
    with st.container(border=True):
        st.markdown("#### The headline against its sources")
        panel = views.headline_panel_html(
            headline.named_in_headline(article), headline.closest_attributions(article), colours
        )
        st.markdown(panel, unsafe_allow_html=True)

if facts["quotations"] == 0:
    st.info("No quotation or attribution was found in this article: everything in it is in the writer's own voice.")
else:
    st.markdown("#### Whose words fill the article")
    st.altair_chart(charts.voice_chart(views.voice_share(article), colours), width="stretch")
    st.markdown(views.legend_html(colours, views.speaker_order(article)), unsafe_allow_html=True)

st.markdown("#### Go deeper")
links = st.columns(4)
links[0].page_link("pages/1_Reader.py", label="Reader: the article, quotes highlighted")
links[1].page_link("pages/2_Speaker_timeline.py", label="Speaker timeline: who speaks where")
links[2].page_link("pages/3_Who_said_what.py", label="Who said what: words, mentions, exports")
links[3].page_link("pages/4_Corpus.py", label="Corpus: every article in corpus/")

st.markdown("#### Speakers")
st.dataframe(article.speakers.drop(columns=["id"]), hide_index=True, width="stretch")

with st.expander("Export every table"):
    for name, table in article.tables().items():
        c1, c2 = st.columns(2)
        c1.download_button(
            f"{name}.csv", views.to_csv_bytes(table), f"{article.name}-{name}.csv", "text/csv", key=f"csv-{name}"
        )
        c2.download_button(
            f"{name}.json",
            views.to_json_bytes(table),
            f"{article.name}-{name}.json",
            "application/json",
            key=f"json-{name}",
        )
