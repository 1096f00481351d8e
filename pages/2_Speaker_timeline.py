"""Speaker timeline: who speaks where, through the article."""

import streamlit as st

from quotelens import charts, ui, views

article = ui.page("Speaker timeline", "🕒")
if article is None:
    st.stop()
colours = views.colours_for(article)
order = views.speaker_order(article)
data = views.timeline_data(article)
if data.empty:
    st.info("No quotation was found in this article, so there is no one to place on the timeline.")
    st.stop()

st.caption(
    "One mark per quotation, sized by its words; ● direct, ◆ mixed, ▲ reported. Click a speaker's mark to see their words."
)
event = st.altair_chart(charts.timeline_chart(data, order, colours), on_select="rerun", key="timeline", width="stretch")
picked = views.selected_speakers(event)
if picked and picked != st.session_state.get("ql_timeline_seen"):
    ui.select_speaker(picked[0])
st.session_state["ql_timeline_seen"] = picked

pick = ui.speaker_picker(order)
rows = views.quotation_list(views.filter_quotes(article.quotes, [pick] if pick else None))
st.markdown(f"#### {len(rows)} quotation{'s' if len(rows) != 1 else ''}")
st.dataframe(rows, hide_index=True, width="stretch")
