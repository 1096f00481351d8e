"""Every page under streamlit.testing.v1.AppTest, through the router, on the default article."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from quotelens import current
from quotelens.analysis import Analyser
from tests.conftest import ROOT
from tests.test_analysis import burn_forever

PAGES = {
    "home": "app_pages/home.py",
    "reader": "app_pages/reader.py",
    "timeline": "app_pages/timeline.py",
    "wsw": "app_pages/who_said_what.py",
    "corpus": "app_pages/corpus.py",
}
ARTICLE_PAGES = ["reader", "timeline", "wsw"]
CRAFTED = "[Log in here](http://evil.invalid/login)![x](http://evil.invalid/pixel.png)"


def app(page: str = "home", **query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    if page != "home":
        at.switch_page(PAGES[page]).run()
    return at


def html_of(at: AppTest) -> str:
    return " ".join(h.value for h in at.get("html"))


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [h.value for h in at.get("html")]
    parts += [e.value for e in at.error] + [w.value for w in at.warning]
    return "\n".join(parts + [i.value for i in at.info] + [c.value for c in at.caption])


def speaker_state(at: AppTest) -> tuple[object, object, object]:
    """The picker, the session's selection and ``?speaker=``: one state, three places."""
    url = at.query_params.get("speaker")
    url = url[0] if isinstance(url, list) and url else (url or None)
    return at.selectbox(key="ql_speaker_pick").value, at.session_state["ql_speaker"], url


@pytest.mark.parametrize("page", list(PAGES))
def test_page_renders_without_exception(page):
    at = app(page)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_home_is_called_home_and_shows_headline_and_counts():
    at = app()
    assert "Donald Trump Sides With Vladimir Putin" in text_of(at)
    assert int(at.metric[1].value) >= 10


@pytest.mark.parametrize("page", ARTICLE_PAGES)
def test_picks_in_sequence_are_all_kept(page):
    at = app(page)
    for name in ["Rex Tillerson", "Vladimir Putin", "Sergey Lavrov", "All speakers", "Russian media", "Vladimir Putin"]:
        at.selectbox(key="ql_speaker_pick").select(name).run()
        assert not at.exception
        expected = None if name == "All speakers" else name
        assert speaker_state(at) == (name, expected, expected)


def test_the_selection_follows_to_every_page():
    at = app("reader")
    at.selectbox(key="ql_speaker_pick").select("Sergey Lavrov").run()
    for page in ("timeline", "wsw", "reader"):
        at.switch_page(PAGES[page]).run()
        assert speaker_state(at) == ("Sergey Lavrov", "Sergey Lavrov", "Sergey Lavrov")


def test_speaker_in_the_url_selects_it_on_every_page():
    for page in ARTICLE_PAGES:
        at = app(page, speaker="Rex Tillerson")
        assert speaker_state(at) == ("Rex Tillerson", "Rex Tillerson", "Rex Tillerson")


def test_an_unknown_speaker_in_the_url_is_said_not_dropped_silently():
    at = app("home", speaker="Nobody Atall")  # the first page drawn says it (a browser test opens /Reader)
    assert "Nobody called `Nobody Atall` is quoted" in " ".join(i.value for i in at.info)
    at.switch_page(PAGES["reader"]).run()
    assert speaker_state(at) == ("All speakers", None, None)


def test_reader_speaker_filter_filters_the_evidence_table():
    at = app("reader")
    before = len(at.dataframe[0].value)
    at.selectbox(key="ql_speaker_pick").select("Sergey Lavrov").run()
    table = at.dataframe[0].value
    assert set(table["speaker"]) == {"Sergey Lavrov"} and len(table) < before
    assert list(table.columns[:3]) == ["speaker", "cue", "words"]


def test_clearing_every_kind_shows_no_quotation_and_says_so():
    at = app("reader")
    at.multiselect(key="ql_kinds").set_value([]).run()
    assert not at.exception
    assert 'class="ql-quote' not in html_of(at)
    assert any("No kind" in w.value for w in at.warning)
    assert not at.dataframe  # no evidence rows either


def test_timeline_list_follows_the_speaker_choice():
    at = app("timeline")
    at.selectbox(key="ql_speaker_pick").select("Russian media").run()
    assert set(at.dataframe[0].value["speaker"]) == {"Russian media"}


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="ql_file").set_value((name, data, "text/plain"))
    return at.run()


def test_an_upload_replaces_the_article_and_several_are_kept():
    at = upload(app(), "council.txt", "Council Votes\n\n“We did it,” Mayor Ann Lee said.".encode())
    assert not at.exception
    assert "Council Votes" in text_of(at) and "Donald Trump Sides" not in text_of(at)
    at = upload(at, "harbour.txt", "Harbour Opens\n\n“At last,” Chief Omar Diaz said.".encode())
    assert "Harbour Opens" in text_of(at)
    labels = at.selectbox(key="ql_article_pick").options  # as the visitor reads them
    assert "⬆ council.txt (yours)" in labels and "⬆ harbour.txt (yours)" in labels
    at.selectbox(key="ql_article_pick").select("⬆ council.txt (yours)").run()
    assert "Council Votes" in text_of(at)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("empty.txt", b"", "is empty"), ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG")],
)
def test_a_bad_upload_gives_a_plain_error_and_the_app_keeps_working(name, data, message):
    at = upload(app(), name, data)
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert message.lower() in errors.lower() and f"`{name}`" in errors
    assert "Donald Trump Sides" in text_of(at)


def test_an_empty_paste_is_said_plainly():
    at = app()
    at.button(key="ql_paste_go").click().run()
    # (in the sidebar, beside the box: on a phone the open sidebar hides the page)
    assert "The pasted text is empty: paste an article first." in " ".join(e.value for e in at.sidebar.error)
    assert "Donald Trump Sides" in text_of(at)


def test_pasted_text_is_read():
    at = app()
    at.text_area(key="ql_paste").input("Pasted Story\n\n“Hello there,” Chief Omar Diaz said.")
    at.button(key="ql_paste_go").click().run()
    assert not at.exception and "Pasted Story" in text_of(at)
    # a link to it would open another article: the sidebar says so while it is shown
    assert any("cannot show it to anyone else" in c.value for c in at.sidebar.caption)
    # and that a reload loses it (a new-user review lost a pasted article to a reload without a word)
    assert any("reloading the page" in c.value for c in at.sidebar.caption)


def test_a_corpus_article_is_not_said_to_be_private():
    at = app()
    assert not any("cannot show it to anyone else" in c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("wanted", ["../../etc/passwd", "../README.md", "x" * 300, "é" * 200, CRAFTED])
def test_a_refused_article_link_says_so_plainly_and_shows_the_default(wanted):
    at = app(article=wanted)
    assert not at.exception and not at.error
    warning = " ".join(w.value for w in at.warning)
    assert "not in the collection" in warning and "corpus/" not in warning
    assert warning.count("`") == 2  # the visitor's text is one code span: no link, image or colour inside
    assert "Donald Trump Sides" in text_of(at)


@pytest.mark.parametrize("page", list(PAGES))
def test_a_long_article_link_breaks_no_page(page):
    at = app(page, article="a" * 400 + ".txt")
    assert not at.exception and not at.error


def test_a_crafted_upload_name_stays_text():
    at = upload(app(), CRAFTED + ".txt", b"\x89PNG\r\n\x1a\n\x00")
    errors = " ".join(e.value for e in at.error)
    assert f"`{CRAFTED}.txt`" in errors and errors.count("`") == 2


def test_article_link_without_its_extension_opens_the_article():
    at = app(article="trump-putin-meeting")
    assert not at.error and not at.warning
    assert "Donald Trump Sides" in text_of(at)


def test_the_corpus_page_keeps_the_article_in_the_url_and_reads_metadata():
    at = app("corpus", article="trump-putin-meeting.txt")
    assert at.query_params["article"] in ("trump-putin-meeting.txt", ["trump-putin-meeting.txt"])
    articles = at.dataframe[0].value
    row = articles.iloc[0]
    assert row["date"] == "2017-07-07" and row["source"].startswith("unknown")


def test_a_page_error_is_one_plain_sentence(monkeypatch):
    from quotelens import views

    def broken(article):
        raise RuntimeError("/secret/server/path/boom.py exploded")

    monkeypatch.setattr(views, "kinds_of", broken)
    at = app("reader")
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "Something went wrong" in errors and "/secret" not in errors and "RuntimeError" not in errors


def test_work_that_runs_too_long_is_stopped_with_a_clear_message(monkeypatch):
    slow = Analyser(burn_forever, timeout=1.0, workers=1)
    monkeypatch.setattr(current, "analyser", lambda: slow)
    at = upload(app(), "endless.txt", b"Endless\n\nwords words words")
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "longer than 1 s" in errors and "stopped" in errors
    assert "Donald Trump Sides" in text_of(at)  # back to the article shown before


def test_an_upload_never_reaches_another_session():
    secret = "Secret Harbour Deal\n\n“Nobody may know,” Mayor Ann Lee said.".encode()
    a = upload(app(), "secret-plan.txt", secret)
    assert "Secret Harbour Deal" in text_of(a)
    b = app()
    assert not any("⬆" in label for label in b.selectbox(key="ql_article_pick").options)
    for page in PAGES:
        if page != "home":
            b.switch_page(PAGES[page]).run()
        assert "Secret Harbour Deal" not in text_of(b)
    b.switch_page(PAGES["home"]).run()  # uploads are on the home page
    b = upload(b, "mine.txt", secret)  # the same bytes: analysed once, but shown under this session's name
    labels = b.selectbox(key="ql_article_pick").options
    assert "⬆ mine.txt (yours)" in labels and not any("secret-plan" in label for label in labels)


def test_the_server_config_hides_errors_follows_the_browser_theme_and_watches_no_files():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"  # no traceback or server path for a visitor
    assert config["client"]["toolbarMode"] == "viewer"  # the menu (with the theme chooser) without developer tools
    assert "base" not in config["theme"] and config["theme"]["light"] and config["theme"]["dark"]
    from quotelens.palette import OKABE_ITO

    accents = {config["theme"]["light"]["primaryColor"], config["theme"]["dark"]["primaryColor"]}
    assert accents.isdisjoint(OKABE_ITO)  # the accent is no speaker's colour
    assert config["server"]["fileWatcherType"] == "none" and config["runner"]["magicEnabled"] is False


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_white_text_on_the_accent_reads_and_the_accent_stands_out_from_the_page(theme):
    """Streamlit writes white on the accent (the Save button, the Kind filter's chips) whatever the theme."""
    import tomllib

    from quotelens.palette import DARK_PAGE, LIGHT_PAGE, contrast_ratio

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    accent = config["theme"][theme]["primaryColor"]
    assert contrast_ratio(accent, "#FFFFFF") >= 4.5
    assert contrast_ratio(accent, DARK_PAGE if theme == "dark" else LIGHT_PAGE) >= 3


def _chart_specs(at: AppTest) -> list[dict]:
    import json

    return [json.loads(c.proto.spec) for c in at.main.children.values() if getattr(c, "type", "") == "vega_lite_chart"]


def test_who_said_what_can_count_only_sure_speakers_in_the_same_colours():
    from tests.test_views import SHARED_SURNAME  # two Clintons: "Clinton said" is a close call

    at = app()
    at.text_area(key="ql_paste").input(SHARED_SURNAME)
    at.button(key="ql_paste_go").click().run()
    at.switch_page(PAGES["wsw"]).run()
    colour = _chart_specs(at)[0]["encoding"]["color"]["scale"]
    assert colour["domain"] == ["Hillary Clinton", "Ann Lee"]
    for _ in range(2):  # on, off, on again: each time the chart follows
        at.toggle(key="ql_sure_only").set_value(True).run()
        assert not at.exception
        assert "1 unsure quotation" in " ".join(c.value for c in at.caption)
        sure = _chart_specs(at)[0]["encoding"]["color"]["scale"]
        assert sure["domain"] == ["Ann Lee"]  # (her rival's quotation left out, not credited to "(unresolved)")
        assert sure["range"][0] == colour["range"][1]  # Ann Lee keeps her colour
        at.toggle(key="ql_sure_only").set_value(False).run()
        assert _chart_specs(at)[0]["encoding"]["color"]["scale"] == colour


def test_no_sure_only_switch_when_every_attribution_is_sure():
    at = app()
    at.text_area(key="ql_paste").input("Council Votes\n\n“We did it,” Mayor Ann Lee said.")
    at.button(key="ql_paste_go").click().run()
    at.switch_page(PAGES["wsw"]).run()
    assert not at.exception and not [t for t in at.toggle if t.key == "ql_sure_only"]


# ---------------------------------------------------------------------- the correction form follows the selection
def _form_on(at: AppTest) -> str:
    box = next(s for s in at.selectbox if s.label == "Quotation to correct")
    return str(box.value)


def _quotation_option(at: AppTest, speaker: str, nth: int = 0) -> str:
    box = next(s for s in at.selectbox if s.label == "Quotation to correct")
    return [label for label in box.options if f"· {speaker}: " in label][nth]


@pytest.fixture()
def own_database(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "corrections.sqlite3"))


def test_the_correction_form_opens_on_the_selected_speakers_first_quotation(own_database):
    at = app("reader")
    first_putin = _quotation_option(at, "Vladimir Putin")
    assert _form_on(at) != first_putin
    at.selectbox(key="ql_speaker_pick").select("Vladimir Putin").run()
    assert _form_on(at) == first_putin
    at.switch_page(PAGES["reader"]).run()  # and after a rerun
    assert _form_on(at) == first_putin


def test_the_correction_form_keeps_the_quotation_chosen_and_the_link_names_it(own_database):
    at = app("reader")
    chosen = _quotation_option(at, "Sergey Lavrov")
    next(s for s in at.selectbox if s.label == "Quotation to correct").select(chosen).run()
    quote = at.query_params["quote"]
    quote = quote[0] if isinstance(quote, list) else quote
    assert quote and at.session_state["ql_quote"] == quote
    for page in ("timeline", "reader"):
        at.switch_page(PAGES[page]).run()
    assert _form_on(at) == chosen
    shared = app("reader", quote=quote)  # the link opens the form on that quotation in a new session
    assert _form_on(shared) == chosen
    shared.selectbox(key="ql_speaker_pick").select("Rex Tillerson").run()  # another speaker: their first
    assert _form_on(shared) == _quotation_option(shared, "Rex Tillerson") and "quote" not in shared.query_params


def test_the_corpus_page_says_one_week_in_words_instead_of_a_one_dot_chart():
    import re

    at = app("corpus")  # corpus/ holds one dated article
    assert not at.exception and len(_chart_specs(at)) == 1  # the most quoted only
    notes = [c.value for c in at.caption if c.value.startswith("Every dated article falls in the week")]
    assert len(notes) == 1 and re.fullmatch(
        r"Every dated article falls in the week beginning 2017-07-03 \(\d+ quotations\): "
        r"a timeline needs articles from two weeks or more\.",
        notes[0],
    )


def _back_to(at: AppTest, **query: str) -> AppTest:
    """What the browser's Back does: the URL returns to an earlier entry and the page reruns with it."""
    at.query_params.clear()
    for k, v in query.items():
        at.query_params[k] = v
    return at.run()


def test_back_to_an_earlier_url_shows_what_it_says():
    at = app("reader")
    at.selectbox(key="ql_speaker_pick").select("Sergey Lavrov").run()
    at.selectbox(key="ql_speaker_pick").select("Rex Tillerson").run()
    _back_to(at, article="trump-putin-meeting.txt", speaker="Sergey Lavrov")
    assert speaker_state(at) == ("Sergey Lavrov", "Sergey Lavrov", "Sergey Lavrov")
    _back_to(at, article="trump-putin-meeting.txt")
    assert speaker_state(at) == ("All speakers", None, None)


def test_back_undoes_a_pick_on_an_uploaded_article_whose_url_is_empty():
    at = upload(app(), "council.txt", "Council Votes\n\n“We did it,” Mayor Ann Lee said.".encode())
    at.switch_page(PAGES["reader"]).run()
    assert speaker_state(at) == ("All speakers", None, None)
    at.selectbox(key="ql_speaker_pick").select("Ann Lee").run()
    assert speaker_state(at) == ("Ann Lee", "Ann Lee", "Ann Lee")
    _back_to(at)  # the upload is not in the URL: the entry before the pick has no parameter at all
    assert speaker_state(at) == ("All speakers", None, None) and "Council Votes" in text_of(at)
    at.selectbox(key="ql_speaker_pick").select("Ann Lee").run()
    at.query_params.clear()
    at.switch_page(PAGES["timeline"]).run()  # a page switch drops the parameters: not a Back
    assert speaker_state(at) == ("Ann Lee", "Ann Lee", "Ann Lee")


def test_each_highlight_links_to_its_quotation_and_the_link_selects_it():
    import html
    import re
    from urllib.parse import parse_qsl

    at = app("reader", article="trump-putin-meeting.txt")
    links = re.findall(r'class="ql-quote[^>]*>([^<]*)</span><a class="ql-card" href="([^"]+)"', html_of(at))
    assert len(links) >= 16  # every highlight's card
    putin = next(html.unescape(href) for words, href in links if words == "Russian involvement")
    shared = app("reader", **dict(parse_qsl(putin.lstrip("?"))))  # the link, opened
    assert "Vladimir Putin: Russian involvement" in _form_on(shared)
    assert "▸ Selected&#58; Vladimir Putin" in text_of(shared) and "ql-selected" in html_of(shared)


def test_an_uploads_highlights_are_no_links():
    at = upload(app(), "council.txt", "Council Votes\n\n“We did it,” Mayor Ann Lee said.".encode())
    at.switch_page(PAGES["reader"]).run()
    assert 'class="ql-card"' in html_of(at) and "<a " not in html_of(at)  # a link would start a new session
    assert "select a row of the evidence" in text_of(at)


# ---------------------------------------------------------------------- links keep the Reader's filters; bad links
def _card_links(at: AppTest) -> dict[str, str]:
    import html
    import re

    found = re.findall(r'class="ql-quote[^>]*>([^<]*)</span><a class="ql-card" href="([^"]+)"', html_of(at))
    return {words: html.unescape(href) for words, href in found}


def test_a_highlights_link_keeps_the_readers_kind_and_search(own_database):
    from urllib.parse import parse_qsl

    at = app("reader", article="trump-putin-meeting.txt")
    at.multiselect(key="ql_kinds").set_value(["direct", "mixed"]).run()
    at.text_input(key="ql_search").input("Russia").run()
    links = _card_links(at)
    assert links and all("kind=direct%2Cmixed" in href and "q=Russia" in href for href in links.values())
    opened = app("reader", **dict(parse_qsl(next(iter(links.values())).lstrip("?"))))  # the link: a new session
    assert not opened.exception
    assert opened.multiselect(key="ql_kinds").value == ["direct", "mixed"]
    assert opened.text_input(key="ql_search").value == "Russia"
    # 16 in the body; the headline's report ("Trump Sides With Vladimir Putin Over ...") now ends before
    # its ", This Is REVOLTING!" and the confidence model drops it
    assert "ql-selected" in html_of(opened) and "of 16 quotations shown" in text_of(opened)
    assert 'class="ql-quote ql-indirect' not in html_of(opened)  # the kind left out stays out


def test_a_link_asking_for_kinds_the_article_lacks_shows_every_kind():
    at = app("reader", kind="nonsense,<b>", q="x" * 5000)
    assert not at.exception
    assert at.multiselect(key="ql_kinds").value == ["direct", "mixed", "indirect"]
    assert len(at.text_input(key="ql_search").value) == 200


def test_a_link_to_a_quotation_not_in_the_article_says_so_and_selects_none(own_database):
    at = app("home", article="trump-putin-meeting.txt", quote="1-2")  # the first page drawn says it
    assert not at.exception
    assert "is not in this article, so no quotation is selected" in " ".join(w.value for w in at.warning)
    at.switch_page(PAGES["reader"]).run()
    assert at.session_state["ql_quote"] is None and "quote" not in at.query_params
    assert 'aria-current="true"' not in html_of(at) and "▸ Selected" not in text_of(at)
    assert _form_on(at) == "None"  # the correction form opens on no quotation
    assert not [b for b in at.button if "Save the correction" in str(b.label)]
    chosen = _quotation_option(at, "Sergey Lavrov")
    next(s for s in at.selectbox if s.label == "Quotation to correct").select(chosen).run()
    assert _form_on(at) == chosen and at.session_state["ql_quote"]  # choosing one works as before


def test_a_link_wrong_in_every_parameter_says_each_plainly(own_database):
    at = app("home", article="gone.txt", speaker="Nobody Atall", quote="5-9")
    assert not at.exception and not at.error
    said = " ".join(m.value for m in [*at.warning, *at.info])
    assert "not in the collection" in said and "Nobody called `Nobody Atall`" in said
    assert "not in this article, so no quotation is selected" in said
    at.switch_page(PAGES["reader"]).run()
    assert speaker_state(at) == ("All speakers", None, None) and at.session_state["ql_quote"] is None


def test_counting_only_sure_speakers_changes_every_count_of_who_said_what():
    from tests.test_views import SHARED_SURNAME

    at = app()
    at.text_area(key="ql_paste").input(SHARED_SURNAME)
    at.button(key="ql_paste_go").click().run()
    at.switch_page(PAGES["wsw"]).run()
    assert "Hillary Clinton" in set(at.dataframe[-1].value["speaker"])  # the quotations table
    assert "Hillary Clinton" in html_of(at)  # the voice bars, the verbs chosen
    at.toggle(key="ql_sure_only").set_value(True).run()
    assert not at.exception
    assert set(at.dataframe[-1].value["speaker"]) == {"Ann Lee"}  # (the close call's row dropped)
    stance = at.get("html")
    assert not any("Hillary Clinton" in h.value and "say" in h.value for h in stance)  # no verb credited to her
    assert "Hillary Clinton" not in at.selectbox(key="ql_speaker_pick").options


def test_a_close_call_speaker_left_out_of_the_counts_is_not_called_never_heard():
    from tests.test_views import SHARED_SURNAME

    at = app()
    at.text_area(key="ql_paste").input(SHARED_SURNAME)
    at.button(key="ql_paste_go").click().run()
    at.switch_page(PAGES["wsw"]).run()
    at.toggle(key="ql_sure_only").set_value(True).run()
    never = [h.value for h in at.get("html") if "Named but never heard" in h.value]
    assert len(never) == 1 and "Bill Clinton" in never[0] and "Hillary Clinton" not in never[0]


def test_a_refused_upload_says_that_nothing_is_lost_and_the_last_upload_stays():
    at = upload(app(), "council.txt", "Council Votes\n\n“We did it,” Mayor Ann Lee said.".encode())
    for name, data in [("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), ("zeros.md", b"\x00" * 64)]:
        at = upload(at, name, data)
        assert not at.exception
        error = " ".join(e.value for e in at.error)
        assert (
            f"`{name}` was not loaded" in error
            and "Nothing is lost: the article you were reading is still shown." in error
        )
        assert "Council Votes" in text_of(at) and "⬆ council.txt (yours)" in at.selectbox(key="ql_article_pick").options


def test_a_speaker_selected_on_who_said_what_says_where_their_words_are():
    at = app("wsw", speaker="Vladimir Putin")
    assert not at.exception
    said = " ".join(c.value for c in at.caption)  # (and how many are unsure: tests/test_pages_unsure_marks.py)
    assert "Selected: Vladimir Putin&#58; 3 quotations, 17 words " in said and "3 of them unsure" in said
    links = [p for p in at.get("page_link") if "Reader" in p.proto.label]
    assert links and links[0].proto.page.endswith("Reader")
    at.selectbox(key="ql_speaker_pick").select("All speakers").run()
    assert not [c for c in at.caption if c.value.startswith("Selected")]


def test_an_upload_with_unpaired_quotation_marks_says_so_on_home_and_in_the_reader():
    import html

    from tests.test_views import UNPAIRED

    at = upload(app(), "unpaired.txt", UNPAIRED.encode())
    assert not at.exception
    said = "Quotation marks without a partner in paragraphs 1 (We will win this, said …), 3"
    assert said in html.unescape(html_of(at))
    at.switch_page(PAGES["reader"]).run()
    assert said in html.unescape(html_of(at))
    assert "without a partner" not in html_of(app("reader"))  # the default article's marks all pair


def test_home_tells_a_new_visitor_where_to_upload_even_on_a_phone():
    at = app()
    assert any(
        "upload your own or paste text in the sidebar (on a phone: the » at the top left)" in c.value
        for c in at.caption
    )


def test_a_collection_without_the_default_article_opens_on_its_first_quietly(monkeypatch, tmp_path):
    (tmp_path / "b-second.txt").write_text("Second Story\n\n“Hello,” Chief Omar Diaz said.", encoding="utf-8")
    (tmp_path / "a-first.txt").write_text("First Story\n\n“Goodbye,” Mayor Ana Ruiz said.", encoding="utf-8")
    monkeypatch.setenv("QUOTELENS_CORPUS", str(tmp_path))
    at = app("reader")
    assert not at.exception and not at.error and not at.warning, [w.value for w in at.warning]
    assert at.session_state["ql_article"] == "corpus:a-first.txt"
    assert "First Story" in text_of(at)
    at = app(article="missing.txt")
    warning = " ".join(w.value for w in at.warning)
    assert "not in the collection" in warning and "collection's first article" in warning
    assert "First Story" in text_of(at)


def test_who_said_what_says_why_its_table_has_more_rows_than_quotations():
    # (the default article's table lists 19 rows under "Quotations (16)": a fact-checker counting the rows, or
    # the downloaded CSV's, found three more quotations than the page said, with nothing to explain them)
    at = app("wsw")
    captions = [c.value for c in at.caption]
    assert any(c.startswith("19 rows: a quotation broken by its cue") for c in captions), captions
    at.selectbox(key="ql_speaker_pick").set_value("Sergey Lavrov").run()  # one quotation in one row: no note
    assert not [c.value for c in at.caption if " rows: " in c.value]


def test_every_counter_on_home_says_what_it_counts():
    # (a first-time reader met "Author's own voice 23%" and "Quotations 16" with no word on what they count:
    # is the headline in, is a quotation broken by "he said" one or two, what is the rest of the 100%?)
    at = app()
    labels = [m.label for m in at.metric]
    assert labels == ["Paragraphs", "Quotations", "Speakers quoted", "Author's own voice", "Reading time"]
    box = next(e for e in at.expander if e.label == "What these numbers count")
    said = "\n".join(m.value for m in box.markdown)
    assert all(f"- **{label}**: " in said for label in labels), said
    assert "headline and page debris are not counted" in said and "counted once" in said
    assert "writer's own words" in said
    assert re.search(r"The story's [\d,]+ words at 230 words a minute\.", said), said
