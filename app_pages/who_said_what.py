"""Who said what: words per speaker, mentioned vs quoted, the author's share, every quotation."""

import streamlit as st

from quotelens import charts, current, markup, ui, views

shown = current.page("Who said what")
article = shown.article
if not shown.order:
    st.info("No quotation was found in this article.")
else:
    st.markdown("#### Quoted words per speaker")
    st.caption("Colour: the speaker. Fill and outline: the kind. Click a bar to select that speaker on every page.")
    st.markdown(markup.kind_swatches_html(views.kinds_of(article.quotes)), unsafe_allow_html=True)
    ui.speaker_chart(shown, "wsw", charts.who_said_what, "words")

mvq = shown.get("mentioned")
if not mvq.empty:
    st.markdown("#### Mentioned vs quoted")
    silent = mvq.loc[mvq["never quoted"], "speaker"].tolist()
    if silent:
        st.markdown(markup.never_heard_html(silent, shown.colours), unsafe_allow_html=True)
    swatches = [("times mentioned", 0.15, "solid"), ("quotations credited", 1.0, "solid")]
    st.markdown(markup.swatches_html(swatches), unsafe_allow_html=True)
    ui.chart(shown, "mentioned", charts.mentioned_vs_quoted, "mentioned")

st.markdown("#### The author's voice and each source's share")
ui.chart(shown, "voice", charts.voice, "voice")
st.caption("Paragraph by paragraph: the share of each paragraph in each voice (grey: the writer's own).")
ui.chart(shown, "paragraph voice", charts.paragraph_voice, "paragraph voice")
entries = [(views.AUTHOR, charts.AUTHOR_COLOUR), *views.legend_entries(shown.order, shown.colours)]
st.markdown(markup.legend_html(entries, kinds=False), unsafe_allow_html=True)

st.markdown("#### First-hand or second-hand")
st.caption("A quotation is second-hand when it reaches us through another source (“Putin denied it, Tillerson said”).")
c1, c2 = st.columns(2)
c1.dataframe(shown.get("hearing"), hide_index=True, width="stretch")
if shown.get("via").empty:
    c2.info("Nobody in this article is heard through someone else.")
else:
    with c2:
        ui.chart(shown, "via", charts.via, "via")

st.markdown("#### The verbs chosen for each speaker")
st.caption("“Said” is neutral; “claimed”, “insisted”, “admitted”, “denied” are not. See the README for the lexicon.")
st.dataframe(shown.get("stance"), hide_index=True, width="stretch")

pick = ui.speaker_picker(shown.order)
table = views.quotes_for_reading(views.filter_quotes(article.quotes, [pick] if pick else None))
st.markdown(f"#### Quotations ({table['group'].nunique()})")
st.dataframe(table, hide_index=True, width="stretch")
stem = views.file_stem(article.name)
c1, c2 = st.columns(2)
c1.download_button(
    "Download CSV", lambda: views.to_csv_bytes(table), f"{stem}-quotes.csv", "text/csv", on_click="ignore"
)
c2.download_button(
    "Download JSON", lambda: views.to_json_bytes(table), f"{stem}-quotes.json", "application/json", on_click="ignore"
)
