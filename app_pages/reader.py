"""Reader: the article with every quotation highlighted in its speaker's colour."""

import streamlit as st

from quotelens import arrival, cardlinks, correcting, current, doubt, kindfilter, markup, readable, ui, views

FORM = "correct-an-attribution"  # the anchor Streamlit gives the form's heading
shown = current.page("Reader")
article = shown.article

f1, f3 = st.columns([3, 2])
pick = ui.speaker_picker(shown.order, f1)
known = views.kinds_of(article.quotes)
ui.reader_filters(known)  # every kind, or what the link of a highlight carried
search = f3.text_input("Search in quotations", placeholder="e.g. interference", key=ui.SEARCH).strip()
kinds = kindfilter.kind_control(known)  # a row of its own, whole at 700 px; the same on every page

st.html(markup.legend_html(views.legend_entries(shown.order, shown.colours)))
if shown.memo("unsure", doubt.any_unsure):  # lighter, with "(?)": say so
    st.html(markup.unsure_legend_html())
if only_headline := shown.memo("headline only", readable.headline_only_speakers):  # in the legend, not the story
    st.html(markup.never_heard_html(only_headline, shown.colours, readable.HEADLINE_ONLY.capitalize()))
quotes = shown.memo("filtered", views.filtered, pick, kinds, search)
total = article.quotes["group"].nunique()
if not total:  # no filter can show more: say what the article is, not what the filters do
    st.info(readable.NO_QUOTATION)
elif not kinds:
    st.warning("No kind of quotation is selected, so none is highlighted: choose at least one kind above.")
else:
    shown_n = quotes["group"].nunique()
    narrowed = readable.filters_note(pick, kinds, known, search)
    tip = ui.highlight_tip(shown) if shown_n else "Change a filter above to see more."
    st.caption(" ".join(part for part in (readable.shown_count(article, quotes), narrowed, tip) if part))

unpaired = shown.memo("unpaired marks", readable.unpaired_note)
if unpaired:
    st.html(markup.note_html(unpaired))

roles = ("title", "body") if article.title else ("body",)
links, chosen = ui.quotation_links(shown, pick, kinds, search), ui.selected_group(shown)
if links and shown.view is not None:
    cardlinks.listen(shown.view.keys)  # a click on a card's link selects here, without a new session
top, rest = markup.split_at_selected(shown.memo("reader", markup.reader_for, pick, kinds, search, roles, links, chosen))
if rest:  # a quotation is selected (by a click on it, a link, a row of the evidence): where is it
    st.markdown(markup.selected_note(article, chosen, FORM))
st.html(top)
if rest:
    st.subheader(markup.selected_heading(article, chosen), anchor=markup.SELECTED_ANCHOR)
    st.html(rest)
    arrival.scroll_to_selected(chosen)  # arrived with a quotation selected: open there, not at the top
if (article.paragraphs["role"] == "boilerplate").any():
    with st.expander("Page debris (not part of the story, never mined for quotes)"):
        debris = shown.memo("reader", markup.reader_for, pick, kinds, search, ("boilerplate",), links, chosen)
        st.html(debris)

if total:
    st.markdown("#### Evidence for each attribution")
    if quotes.empty:
        st.info(f"No quotation matches these filters. {readable.filters_note(pick, kinds, known, search)}")
    else:
        st.caption("Select a row to correct its quotation below.")
        correcting.evidence_table(shown, pick, kinds, search)

st.markdown("#### Correct an attribution")
st.caption(
    "Fix the speaker, the kind or where a quotation starts and ends, or say it is not a quotation. "
    "A correction is saved for everyone who opens this article and shows at once on every page."
    if total
    else "There is no quotation to correct in this article."
)
correcting.correction_form(shown)  # (also where a quotation marked "not a quotation" is restored)
with st.expander("Download the corrections and the corrected article, or import corrections"):
    correcting.downloads(shown)
