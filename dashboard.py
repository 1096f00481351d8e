"""quotelens: the entry point routes to the pages and draws the sidebar they share."""

import streamlit as st

from quotelens import arrival, cardlinks, current, linknotes, pageurls, sureswitch, ui

st.set_page_config(page_title="quotelens", page_icon="🗣️", layout="wide")
pages = [
    st.Page("app_pages/home.py", title="Home", icon=":material/home:", default=True),
    st.Page("app_pages/reader.py", title="Reader", icon=":material/menu_book:", url_path="Reader"),
    st.Page("app_pages/timeline.py", title="Speaker timeline", icon=":material/timeline:", url_path="Speaker_timeline"),
    st.Page("app_pages/who_said_what.py", title="Who said what", icon=":material/bar_chart:", url_path="Who_said_what"),
    st.Page("app_pages/corpus.py", title="Corpus", icon=":material/folder_open:", url_path="Corpus"),
]
pageurls.follow_typed_path(pages)  # /reader, /who_said_what, /timeline: their page, in this session (no second page)
current.carry_url_over(pages)  # before the navigation message: a switch of page keeps the URL in one history entry
page = st.navigation(pages)
first_run = current.ARTICLE not in st.session_state
sureswitch.from_link(first_run=first_run)  # ?sure=1, before the link is remembered
current.sidebar(uploads=page.url_path == "", page=page.url_path)  # uploading and pasting: on the home page
linknotes.say_which_article(first_run, page.url_path)  # a link naming no article: which one it shows
cardlinks.close_sidebar_on_phone(str(st.session_state.get(current.ARTICLE)))  # the new article, not the sidebar
arrival.note_page(page.url_path)  # the Reader opens at a selected quotation when arrived at, not on each rerun
ui.run_page(page)
