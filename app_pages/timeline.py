"""Speaker timeline: who speaks where, through the article; a mark leads to its quotation in the Reader."""

import streamlit as st

from quotelens import (
    chartpanel,
    charts,
    current,
    doubtmarks,
    kindfilter,
    linknotes,
    markup,
    readable,
    timelinedata,
    ui,
    views,
)

shown = current.page("Speaker timeline")
if shown.get("timeline").empty:
    st.info("No quotation was found in this article, so there is no one to place on the timeline.")
    st.stop()

known = views.kinds_of(shown.article.quotes)
ui.reader_filters(known)  # the Kind of the Reader (or of ?kind=): it narrows the chart and the list
kinds = kindfilter.chosen(known)
drawn = kindfilter.of_kinds(shown.get("timeline"), kinds)
shapes = f"; {key}" if (key := kindfilter.shape_key(kinds)) else ""  # the kinds drawn only
unsure = " " + doubtmarks.KEY_NOTE if drawn["unsure"].any() else ""  # (as the Reader draws them)
st.caption(
    f"{kindfilter.chart_note(kinds, known)} "
    f"One row per speaker, one mark per quotation sized by its words{shapes}.{unsure} "
    "Click a mark to select its speaker on every page and that quotation, then open it in the Reader below the chart; "
    "choose “All speakers” below to see everyone again."
)
if drawn.empty:
    st.info(kindfilter.empty_note(kinds))
else:
    chartpanel.speaker_chart(shown, "timeline", charts.timeline, "timeline", quotations=True, kinds=kinds)
if only_headline := shown.memo("headline only", readable.headline_only_speakers):  # on no row: not the story's
    st.html(markup.never_heard_html(only_headline, shown.colours, readable.HEADLINE_ONLY.capitalize()))
    st.caption(readable.HEADLINE_ONLY_TIMELINE)
if timelinedata.on_timeline(drawn, group := ui.selected_group(shown)) and group is not None:
    st.markdown(markup.selected_heading(shown.article, group))  # (inert: article text)
    st.page_link("app_pages/reader.py", label="Read it in the Reader", icon=":material/menu_book:")
    if link_note := linknotes.upload_link_note():
        st.caption(link_note)
heading = st.empty()  # the list's heading, above the pickers that filter it
f1, f2 = st.columns([2, 3])
pick, kinds = ui.speaker_picker(shown.order, f1), kindfilter.kind_control(known, f2)
rows = len(shown.memo("list", readable.quotation_list_for, pick, kinds))
heading.markdown(f"#### {rows} quotation{'s' if rows != 1 else ''}")
if narrowed := kindfilter.list_note(kinds, known, str(st.session_state.get(ui.SEARCH) or ""), downloads=False):
    st.caption(narrowed)
if only_headline := readable.headline_only_note(shown.article, pick):  # picked, but on no row of the chart
    st.caption(f"{markup.safe_text(only_headline)}.")
if rows:
    shown.table("list", readable.quotation_list_for, pick, kinds)
else:  # (a sentence, not an empty grid)
    st.info(markup.safe_text(kindfilter.nothing_listed(kinds, known, pick)))
