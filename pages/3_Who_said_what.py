"""Who said what: words per speaker, mentioned vs quoted, the author's share, every quotation."""

import streamlit as st

from quotelens import charts, ui, views

article = ui.page("Who said what", "📊")
if article is None:
    st.stop()
colours = views.colours_for(article)
order = views.speaker_order(article)
if not order:
    st.info("No quotation was found in this article.")
else:
    st.markdown("#### Quoted words per speaker")
    st.caption(
        "Opacity shows the kind: solid = direct quote, lighter = mixed, lightest = reported speech. Click a bar to select that speaker on every page."
    )
    event = st.altair_chart(
        charts.who_said_what_chart(views.words_by_speaker(article), order, colours),
        on_select="rerun",
        key="wsw",
        width="stretch",
    )
    picked = views.selected_speakers(event)
    if picked and picked != st.session_state.get("ql_wsw_seen"):
        ui.select_speaker(picked[0])
    st.session_state["ql_wsw_seen"] = picked

mvq = views.mentioned_vs_quoted(article)
if not mvq.empty:
    st.markdown("#### Mentioned vs quoted")
    silent = mvq.loc[mvq["never quoted"], "speaker"].tolist()
    if silent:
        st.warning("Named but never heard: " + ", ".join(silent))
    st.altair_chart(charts.mentioned_vs_quoted_chart(mvq, colours), width="stretch")

st.markdown("#### The author's voice and each source's share")
st.altair_chart(charts.voice_chart(views.voice_share(article), colours), width="stretch")
st.caption("Paragraph by paragraph: the share of each paragraph credited to sources.")
st.altair_chart(charts.paragraph_voice_chart(views.voice_by_paragraph(article)), width="stretch")

st.markdown("#### First-hand or second-hand")
st.caption("A quotation is second-hand when it reaches us through another source (“Putin denied it, Tillerson said”).")
c1, c2 = st.columns(2)
c1.dataframe(views.hearing_table(article), hide_index=True, width="stretch")
relays = views.via_table(article)
if relays.empty:
    c2.info("Nobody in this article is heard through someone else.")
else:
    c2.altair_chart(charts.via_chart(relays, colours), width="stretch")

st.markdown("#### The verbs chosen for each speaker")
st.caption("“Said” is neutral; “claimed”, “insisted”, “admitted”, “denied” are not. See the README for the lexicon.")
st.dataframe(views.stance_table(article), hide_index=True, width="stretch")

pick = ui.speaker_picker(order)
table = views.filter_quotes(article.quotes, [pick] if pick else None)
st.markdown(f"#### Quotations ({table['group'].nunique()})")
st.dataframe(table.drop(columns=["id"]), hide_index=True, width="stretch")
c1, c2 = st.columns(2)
c1.download_button("Download CSV", views.to_csv_bytes(table), f"{article.name}-quotes.csv", "text/csv")
c2.download_button("Download JSON", views.to_json_bytes(table), f"{article.name}-quotes.json", "application/json")
