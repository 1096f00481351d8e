"""Who said what: words per speaker, mentioned vs quoted, the author's share, every quotation."""

import streamlit as st

from quotelens import (
    bars,
    chartpanel,
    charts,
    current,
    doubt,
    exports,
    kindfilter,
    linknotes,
    markup,
    readable,
    silenced,
    sureswitch,
    ui,
    views,
)

shown = current.page("Who said what")
article = shown.article
unsure = doubt.unsure_count(article)  # the Reader's "(?)" marks, counted (quotelens.doubt decides, once)
heard = shown  # who was heard at all, sure or not ("never heard" is said only of them)
if unsure and sureswitch.switch():  # (kept in the session and the URL, &sure=1)
    shown = shown.only_sure()  # every count, chart and table below, in the same colours: unsure rows left out
    st.caption(doubt.unsure_caption(unsure, left_out=True))
elif unsure:
    st.caption(doubt.unsure_caption(unsure, left_out=False))
known = views.kinds_of(article.quotes)
ui.reader_filters(known)  # the Kind of the Reader (or of ?kind=): it narrows the chart, the table and its downloads
kinds = kindfilter.chosen(known)
heard_in_story = shown.get("overview")["quotations"] > 0  # (a report in the headline alone counts nowhere here)
if not heard_in_story:
    st.info(readable.NO_QUOTATION)
else:
    st.markdown("#### Quoted words per speaker")
    st.caption(
        f"{kindfilter.chart_note(kinds, known)} Colour: the speaker. Fill and outline: the kind. "
        "Click a bar to select that speaker on every page."
    )
    if kindfilter.of_kinds(shown.get("words"), kinds).empty:
        st.info(kindfilter.empty_note(kinds))
    else:
        st.html(markup.kind_swatches_html([k for k in known if k in kinds]))
        chartpanel.speaker_chart(shown, "wsw", charts.who_said_what, "words", kinds=kinds)
    if rest := kindfilter.rest_note(kinds, known):  # (Putin's 3 quotations below, under a chart of direct quotes)
        st.caption(rest)
    chosen = ui.selected_speaker()
    if chosen in shown.order:  # a click on a bar: where to read that speaker's words
        if only_headline := readable.headline_only_note(shown.article, chosen):
            st.caption(f"Selected: {markup.safe_text(only_headline)}.")
        else:
            note = markup.safe_text(readable.selection_note(shown.article, chosen, kinds))
            st.caption(f"Selected: {note}. Their quotations are listed at the bottom of this page.")
        # (the link carries the query string the Reader will say, so arriving writes no second history entry)
        reader_url = ui.url_state()
        st.page_link(
            "app_pages/reader.py",
            label="Read them in the article (Reader)",
            icon=":material/menu_book:",
            query_params=reader_url,
        )
        if link_note := linknotes.upload_link_note():
            st.caption(link_note)
        st.button("Show every speaker", key="ql_wsw_everyone", on_click=ui.select_speaker, args=(None,))

mvq = shown.get("mentioned")
if not mvq.empty:
    st.markdown("#### Mentioned vs quoted")
    only_headline = heard.memo("headline only", readable.headline_only_speakers)  # (its report: no quotation of theirs)
    silent = [s for s in heard.get("mentioned").query("`never quoted`")["speaker"] if s not in only_headline]
    silent = silenced.may_be_called_silent(silent, article)  # (a town typed person is no silenced person)
    if silent:
        st.html(markup.never_heard_html(silent, shown.colours))
    if only_headline:
        st.html(markup.never_heard_html(only_headline, shown.colours, readable.HEADLINE_ONLY.capitalize()))
    swatches = [("times mentioned", 0.15, "solid"), ("quotations credited", 1.0, "solid")]
    st.html(markup.swatches_html(swatches) + shown.memo("mentioned", bars.mentioned_for, ui.selected_speaker()))

st.markdown("#### The author's voice and each source's share")
st.html(shown.memo("voice bar", bars.voice_for) + shown.memo("voice legend", bars.voice_legend_for))
st.caption("Paragraph by paragraph: the share of each paragraph in each voice (grey: the writer's own).")
st.html(shown.memo("paragraph voice", bars.paragraph_voice_for))
if not heard_in_story:  # nobody to count as first-hand, no verb, no quotation to list or download
    st.stop()

st.markdown("#### First-hand or second-hand")
st.caption("A quotation is second-hand when it is relayed by another source (“Putin denied it, Tillerson said”).")
c1, c2 = st.columns(2)
c1.html(shown.memo("hearing", bars.hearing_for))
if shown.get("via").empty:
    c2.info("No quotation in this article is relayed by someone else.")
else:
    c2.caption("Relayed by (colour: the source who relayed the words)")
    c2.html(shown.memo("via", bars.via_for))

st.markdown("#### The verbs chosen for each speaker")
st.caption(
    "“Said” is neutral; “claimed” keeps its distance from the words, “insisted” presses the point, “admitted” "
    "concedes, “denied” denies, “slammed” is loaded; a verb such as “voted” is not a verb of speech."
)
st.html(shown.memo("stance", bars.stance_for))

heading = st.empty()  # the table's heading, above the pickers that filter it
f1, f2 = st.columns([2, 3])
pick, kinds = ui.speaker_picker(shown.order, f1), kindfilter.kind_control(known, f2)
table = shown.memo("quotes", views.quotes_for, pick, kinds)
heading.markdown(f"#### {readable.quotations_heading(article, table)}")
if narrowed := kindfilter.list_note(kinds, known, str(st.session_state.get(ui.SEARCH) or "")):
    st.caption(narrowed)
if pieces := readable.pieces_note(table):  # 19 rows under "Quotations (16)": say why
    st.caption(pieces)
if table.empty:  # (a sentence, not an empty grid and downloads of nothing)
    st.info(markup.safe_text(kindfilter.nothing_listed(kinds, known, pick)))
    st.stop()
shown.table("quotes to read", readable.quotes_to_read, pick, kinds)
named = "-".join(part for part in (article.name, pick or "", kindfilter.stem_part(kinds, known)) if part)
stem = views.file_stem(named)  # one speaker's, one kind's: named so
sure_only = sureswitch.file_part() if unsure else ""  # the sure rows only: named so too
c1, c2 = st.columns(2)
c1.download_button(
    "Download CSV",
    lambda: exports.csv_bytes(table),
    f"{stem}-quotes{sure_only}.csv",
    "text/csv",
    on_click="ignore",
    help=readable.CSV_HELP,
)
c2.download_button(
    "Download JSON",
    lambda: exports.json_bytes(table),
    f"{stem}-quotes{sure_only}.json",
    "application/json",
    on_click="ignore",
)
