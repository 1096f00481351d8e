"""The dashboard's logic without Streamlit: speakers, colours, filters and tables."""

from __future__ import annotations

import pandas as pd
import pytest

from quotelens import charts, derived, headline_panel, load_article, readable, views
from quotelens.corpusview import with_metadata
from quotelens.palette import (
    AUTHOR,
    DARK_PAGE,
    INK,
    LIGHT_PAGE,
    OKABE_ITO,
    OTHERS,
    UNRESOLVED,
    contrast_ratio,
    speaker_colours,
    text_colour_on,
)

NAMES = [
    "Ann Lee",
    "Bob Diaz",
    "Cara Moss",
    "Dev Patel",
    "Eve Stone",
    "Finn Hale",
    "Gia Rossi",
    "Hugo Brand",
    "Ida Novak",
]


def many_speakers_article():
    """Nine named speakers, each quoted once with fewer words than the one before, and one unresolved quotation."""
    paras = ["Council Hears Nine Voices"]
    for i, name in enumerate(NAMES):
        words = " ".join(["now"] * (20 - 2 * i))
        paras.append(f"“We need this {words},” said {name}, a resident.")
    paras.insert(1, "“Nobody told us,” she said.")  # (nobody named before her: unresolved)
    return load_article("\n\n".join(paras))


@pytest.fixture(scope="module")
def many():
    return many_speakers_article()


def test_filter_by_speaker_kind_and_search(default_article):
    q = default_article.quotes
    assert set(views.filter_quotes(q, ["Sergey Lavrov"])["speaker"]) == {"Sergey Lavrov"}
    assert set(views.filter_quotes(q, kinds=["direct"])["kind"]) == {"direct"}
    assert views.filter_quotes(q, search="CHEMISTRY")["group"].nunique() == 1


def test_no_kind_selected_shows_no_quotation(default_article):
    assert views.filter_quotes(default_article.quotes, kinds=[]).empty
    assert len(views.filter_quotes(default_article.quotes, kinds=None)) == len(default_article.quotes)


def test_kinds_the_engine_adds_are_listed_after_the_known_ones(default_article):
    q = default_article.quotes.copy()
    q.loc[q.index[0], "kind"] = "transcript"
    assert views.kinds_of(q) == [*views.KIND_ORDER, "transcript"]


def test_unresolved_quotations_have_a_row_and_a_neutral_colour(many):
    order = views.speaker_order(many)
    assert order[-1] == views.UNKNOWN
    colours = views.colours_for(many)
    assert colours[views.UNKNOWN] == UNRESOLVED
    assert views.UNKNOWN in set(views.timeline_data(many)["speaker"])
    assert views.UNKNOWN in set(views.words_by_speaker(many)["speaker"])


def test_seven_speakers_heard_most_get_distinct_colours_the_rest_are_others(many):
    colours = views.colours_for(many)
    ranked = views.speaker_ranking(many)
    coloured = [colours[s] for s in ranked[:7]]
    assert sorted(coloured) == sorted(OKABE_ITO)
    assert {colours[s] for s in ranked[7:]} == {OTHERS}
    entries = views.legend_entries(views.speaker_order(many), colours)
    labels = [label for label, _ in entries]
    assert f"{views.OTHERS} ({len(ranked) - 7})" in labels and views.UNKNOWN in labels
    assert len({c for _, c in entries}) == len(entries)  # every legend entry its own colour


def test_colours_are_stable_and_follow_first_appearance(default_article):
    c1, c2 = views.colours_for(default_article), views.colours_for(default_article)
    assert c1 == c2
    assert c1[views.speaker_order(default_article)[0]] == OKABE_ITO[0]


def test_no_speaker_colour_is_used_for_anything_else():
    neutral = {OTHERS, UNRESOLVED, AUTHOR, INK}
    assert neutral.isdisjoint(OKABE_ITO) and len(neutral) == 4
    assert "#000000" not in OKABE_ITO  # Okabe–Ito's black would vanish on the dark page


def test_greys_that_carry_meaning_read_on_both_pages():
    for colour in (OTHERS, UNRESOLVED, INK):
        assert contrast_ratio(colour, LIGHT_PAGE) >= 2.5 and contrast_ratio(colour, DARK_PAGE) >= 2.5


def test_chip_text_contrast():
    for colour in (*OKABE_ITO, OTHERS, UNRESOLVED, AUTHOR):
        assert contrast_ratio(colour, text_colour_on(colour)) >= 4.5


def test_speaker_colours_rank_first_then_order():
    colours = speaker_colours(["b", "a", *[f"s{i}" for i in range(8)]], order=["a", "b"])
    assert colours["a"] == OKABE_ITO[0] and colours["b"] == OKABE_ITO[1]
    assert sum(1 for c in colours.values() if c == OTHERS) == 3


def test_voice_share_adds_up_and_groups_others(many):
    share = views.voice_share(many)
    assert abs(share["share"].sum() - 1) < 1e-9 and views.AUTHOR in set(share["voice"])
    grouped = views.voice_share(many, group_others=views.colours_for(many))
    assert abs(grouped["share"].sum() - 1) < 1e-9
    assert views.OTHERS in set(grouped["voice"]) and "Ida Novak" in set(share["voice"])
    assert len(grouped) == len(share) - 2 + 1  # the two speakers past the seventh are one voice


def test_voice_by_paragraph_adds_up_per_paragraph(default_article):
    data = views.voice_by_paragraph(default_article)
    assert (data.groupby("paragraph")["share"].sum().sub(1).abs() < 1e-9).all()
    assert {views.AUTHOR, "Rex Tillerson"} <= set(data["voice"])


def test_a_paragraph_role_the_engine_adds_counts_as_story(default_article):
    from dataclasses import replace

    paras = default_article.paragraphs.copy()
    paras.loc[paras["role"] == "body", "role"] = "subhead"
    art = replace(default_article, paragraphs=paras)
    assert views.overview(art)["quotations"] == views.overview(default_article)["quotations"]
    assert len(views.timeline_data(art)) == len(views.timeline_data(default_article))


def test_tables_start_with_speaker_cue_and_words(default_article):
    """The tables a reader reads go speaker, cue, words (a sentence); the download keeps its raw names."""
    assert list(views.evidence_table(default_article.quotes).columns[:3]) == ["speaker", "cue", "words"]
    assert list(views.quotes_for_reading(default_article.quotes).columns[:2]) == ["speaker", "text"]
    assert list(views.quotation_list(default_article.quotes).columns[:3]) == ["speaker", "cue", "quotation"]
    assert set(views.quotes_for_reading(default_article.quotes).columns) == set(default_article.quotes.columns)


def test_never_quoted_stands_out(default_article):
    mvq = views.mentioned_vs_quoted(default_article)
    assert (mvq["never quoted"] == (mvq["quotes"] + mvq["quotes with others"] == 0)).all()
    trump = mvq.set_index("speaker").loc["Donald Trump"]
    assert trump["mentions"] > trump["quotes"]
    assert trump["quotes"] == 0 and trump["quotes with others"] >= 1 and not trump["never quoted"]
    speaker_only = load_article("Headline\n\nMayor Ann Lee spoke at length. Ann Lee left early.")
    assert views.mentioned_vs_quoted(speaker_only).set_index("speaker").loc["Ann Lee", "never quoted"]


def test_selected_speakers_reads_point_selections():
    assert charts.selected_speakers({"selection": {"pick": [{"speaker": "A"}]}}) == ["A"]
    assert charts.selected_speakers({"selection": {"pick": {"speaker": ["B"]}}}) == ["B"]
    assert charts.selected_speakers({"selection": {}}) == []
    assert charts.selected_speakers(None) == []


def test_exports_round_trip(default_article):
    import io
    import json

    csv = pd.read_csv(io.BytesIO(views.to_csv_bytes(default_article.quotes)))
    assert len(csv) == len(default_article.quotes)
    js = json.loads(views.to_json_bytes(default_article.quotes))
    assert js[0]["speaker"] == default_article.quotes.iloc[0]["speaker"]


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("council", "council"),
        ("pasted: Mayor [x](http://e) Quits", "pasted-Mayor-x-http-e-Quits"),
        ("../../x", "x"),
        ("", "article"),
    ],
)
def test_download_names_are_plain(name, stem):
    assert views.file_stem(name) == stem


def test_counts_of_who_said_what_leave_the_headlines_claim_out():
    art = load_article(
        'Mayor Jo Hale Says the Pier Will Reopen in May\n\nMayor Jo Hale spoke on Monday.\n\n"We will reopen," Hale said.'
    )
    assert len(views.body_quotes(art)) == 1
    assert views.words_by_speaker(art)["words"].sum() == 3
    assert views.timeline_data(art)["paragraph"].tolist() == [2]
    assert views.overview(art)["quotations"] == 1
    # the quotations table lists the headline's report, and its heading says it stands apart
    listed = views.filtered(art, None)
    assert listed["group"].nunique() == 2
    assert readable.quotations_heading(art, listed) == "Quotations (1, and 1 report in the headline)"
    assert readable.quotations_heading(art, views.body_quotes(art)) == "Quotations (1)"


def test_corpus_metadata_fills_date_and_source(tmp_path):
    (tmp_path / "a.meta.toml").write_text('event_date = 2017-07-07\npublisher = "Daily Planet"\n', encoding="utf-8")
    (tmp_path / "b.meta.toml").write_text("this is = not toml [", encoding="utf-8")
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "file": ["a.txt", "b.txt", None],
            "date": [None, "2020-01-01", None],
            "source": None,
        }
    )
    out = with_metadata(articles, tmp_path)
    assert out.loc[0, "date"] == "2017-07-07" and out.loc[0, "source"] == "Daily Planet"
    assert out.loc[1, "date"] == "2020-01-01" and pd.isna(out.loc[1, "source"])
    assert pd.isna(out.loc[2, "date"])


def test_speaker_types_and_kinds_the_engine_adds_break_nothing(default_article):
    """Other helpers add speaker types (group, document) and may add kinds: every view still draws."""
    from dataclasses import replace

    from quotelens import bars, charts, markup

    speakers = default_article.speakers.copy()
    speakers.loc[speakers.index[0], "type"] = "group"
    speakers.loc[speakers.index[1], "type"] = "document"
    quotes = default_article.quotes.copy()
    quotes.loc[quotes.index[0], "speaker_type"] = "document"
    quotes.loc[quotes.index[1], "kind"] = "transcript"
    art = replace(default_article, speakers=speakers, quotes=quotes)
    order, colours = views.speaker_order(art), views.colours_for(art)
    for build in (bars.voice_for, bars.paragraph_voice_for, bars.mentioned_for, bars.via_for, bars.hearing_for):
        assert build(art).startswith("<div")
    assert (
        "transcript" in charts.who_said_what(views.words_by_speaker(art), order, colours)["transform"][0]["calculate"]
    )
    assert 'class="ql-quote ql-transcript' in markup.reader_html(art, art.quotes, colours)
    assert "transcript" in markup.kind_swatches_html(views.kinds_of(art.quotes))


SHARED_SURNAME = (
    "Race Tightens\n\nHillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Hillary Clinton spoke again on "
    "Friday.\n\n“We will win,” Clinton said.\n\n“We need more time,” said Ann Lee, a voter."
)


def test_only_sure_leaves_close_calls_out_of_every_count():
    article = load_article(SHARED_SURNAME)
    q = article.quotes
    assert not q.loc[q["speaker"] == "Hillary Clinton", "speaker_sure"].any()  # two Clintons: a close call
    sure = derived.only_sure(article)  # the close call's rows dropped, not credited to "(unresolved)"
    assert list(sure.quotes["speaker"]) == ["Ann Lee"]
    kept = sure.quotes.iloc[0]  # the row kept is the article's own: its group and confidence unchanged
    was = article.quotes[article.quotes["speaker"] == "Ann Lee"].iloc[0]
    assert (kept["group"], kept["confidence"], kept["speaker_sure"]) == (was["group"], was["confidence"], True)
    counts = dict(zip(sure.speakers["name"], sure.speakers["quotes"], strict=True))
    assert counts["Hillary Clinton"] == 0 and counts["Ann Lee"] == 1
    assert set(views.words_by_speaker(sure)["speaker"]) == {"Ann Lee"}
    assert article.quotes["speaker"].notna().all()  # the article itself is left as it was
    assert derived.only_sure(sure) is sure


def test_only_sure_leaves_out_exactly_what_the_reader_marks_unsure(default_article):
    from quotelens import doubt

    assert default_article.quotes["speaker_sure"].all()  # (no close call: its unsure ones are of low confidence)
    unsure = doubt.unsure_groups(default_article.quotes)
    sure = derived.only_sure(default_article)
    assert unsure and set(sure.quotes["group"]) == set(default_article.quotes["group"]) - unsure
    assert sure.quotes["speaker"].notna().all()  # (left out, not credited to "(unresolved)")
    assert derived.only_sure(sure) is sure
    plain = load_article("Council Votes\n\n“We did it,” Mayor Ann Lee said.")
    assert not doubt.any_unsure(plain) and derived.only_sure(plain) is plain


def test_a_derived_article_keeps_its_sources_colours_and_new_speakers_take_free_ones(many):
    from dataclasses import replace

    from quotelens.palette import OTHERS as OTHERS_GREY
    from quotelens.palette import PALETTE

    colours = views.colours_for(many)
    q = many.quotes.copy()
    q.loc[q["speaker"] == "Ann Lee", "speaker"] = "Zoe New"  # as a reader's correction would
    changed = derived.keeping_colours(replace(many, quotes=q), many)
    kept = views.colours_for(changed)
    assert all(kept[s] == c for s, c in colours.items())
    assert kept["Zoe New"] == OTHERS_GREY  # all seven palette colours are taken in this article
    few = views.colours_for(replace(many, quotes=q, palette={"Bob Diaz": PALETTE[3]}))
    assert few["Bob Diaz"] == PALETTE[3]  # kept; the others take the free colours in order of appearance
    assert (few["Zoe New"], few["Cara Moss"]) == (PALETTE[0], PALETTE[1])


def test_a_label_or_colon_cue_is_not_listed_as_a_verb():
    art = load_article(
        "Senator Talks\n\nSenator Jane Ruiz met the press.\n\nA: I will not.\n\nRuiz said: “We will see.”"
    )
    verbs = set(views.stance_table(art)["verb"])
    assert ":" not in verbs and "say" in verbs and any(v.startswith("(no verb") for v in verbs)


def test_the_correction_form_opens_on_the_chosen_quotation_else_the_speakers_first():
    keys, speakers = ["1-5", "9-12", "20-30", "40-44"], ["Ann Lee", None, "Omar Diaz", "Ann Lee"]
    assert views.quotation_to_open(keys, speakers, "20-30", "Ann Lee") == 2  # a chosen quotation wins
    assert views.quotation_to_open(keys, speakers, None, "Omar Diaz") == 2
    assert views.quotation_to_open(keys, speakers, "gone-1", views.UNKNOWN) == 1
    assert views.quotation_to_open(keys, speakers, None, "Nobody") == 0
    assert views.quotation_to_open(keys, speakers, None, None) == 0


def test_evidence_rows_name_their_quotations(default_article):
    table = views.evidence_for(default_article, None, None, "")
    groups = views.evidence_groups(default_article, None, None, "")
    quotes = default_article.quotes.set_index("group")
    assert len(groups) == len(table)
    for (_, row), group in zip(table.iterrows(), groups, strict=True):
        assert row["words"] in set(quotes.loc[[group], "text"])


def _relayed_by_themselves(article):
    """``article`` as the engine reads "Paul Ryan said he had said …": Putin's "Russian involvement" reaches us
    through Putin himself, and his "that Russian officials didn't interfere" through Russian media → Putin."""
    from dataclasses import replace

    quotes = article.quotes.copy()
    first = quotes.index[quotes["text"].eq("Russian involvement")][0]
    chain = quotes.index[quotes["via"].eq("Russian media → Sergey Lavrov")][0]
    quotes.loc[first, "via"] = "Vladimir Putin"
    quotes.loc[chain, "via"] = "Russian media → Vladimir Putin"
    return replace(article, quotes=quotes)


def test_a_relay_is_always_someone_else(default_article):
    from quotelens import bars, headline, markup

    art = _relayed_by_themselves(default_article)
    via = views.via_table(art)
    assert not (via["speaker"] == via["channel"]).any(), via
    assert set(via.loc[via["speaker"] == "Vladimir Putin", "channel"]) == {"Rex Tillerson", "Russian media"}
    hearing = views.hearing_table(art).set_index("speaker")
    assert hearing.loc["Vladimir Putin", "first-hand"] == 1  # his own words, heard from him
    named = headline.named_in_headline(art).set_index("name")
    assert "Vladimir Putin" not in str(named.loc["Vladimir Putin", "channels"])
    assert "relayed by Vladimir Putin" not in headline_panel.headline_panel_for(art)
    assert "reported via Vladimir Putin" not in markup.reader_html(art, art.quotes, views.colours_for(art))
    assert ">Vladimir Putin<" not in bars.via_key_html(via, views.colours_for(art))


@pytest.mark.parametrize(
    ("quotation", "shown"),
    [
        ("by “raising the concerns of the American people.”", "“by ‘raising the concerns of the American people.’”"),
        ("Trump “pressed” him “on more than one occasion.”", "“Trump ‘pressed’ him ‘on more than one occasion.’”"),
        ("“The two leaders agreed.”", "“The two leaders agreed.”"),
        ('he called it "a hoax" twice', "“he called it ‘a hoax’ twice”"),
        ("no marks at all", "“no marks at all”"),
    ],
)
def test_quotations_nest_their_marks(quotation, shown):
    from quotelens import markup

    assert markup.in_quotation_marks(quotation) == shown


def test_home_shows_no_double_quotation_marks(default_article):

    panel = headline_panel.headline_panel_for(default_article)
    assert "by “raising the concerns" in panel  # a paraphrase (mixed) keeps the article's own marks, as written
    assert "““" not in panel and "””" not in panel


def test_a_highlights_link_is_our_markup_and_its_text_stays_text():
    from quotelens import markup

    art = load_article("Park Talks\n\n“I <b>will</b> stay,” Mayor Jo Park said.")
    crafted = {0: '?article=x.txt&quote=0-1" onmouseover="alert(1)'}
    page = markup.reader_html(art, art.quotes, views.colours_for(art), links=crafted, selected=0)
    assert 'href="?article=x.txt&amp;quote=0-1&quot; onmouseover=&quot;alert(1)"' in page
    assert "<b>will" not in page and "&#60;b&#62;will" in page and 'onmouseover="' not in page
    assert page.count('<a class="ql-card"') == page.count("</a>") == 1 and "ql-selected" in page
    top, rest = markup.split_at_selected(page)
    assert 'ql-selected"' not in top and 'ql-selected"' in rest and top.endswith("</div>")
    assert rest.startswith('<div class="ql-reader"') and markup.READER_CSS in rest
    assert markup.split_at_selected(markup.reader_html(art, art.quotes, {})) == (
        markup.reader_html(art, art.quotes, {}),
        "",
    )
    assert "\\*\\*" not in markup.selected_note(art, 0, "form") and "[correct it](#form)" in markup.selected_note(
        art, 0, "form"
    )


def test_according_to_is_listed_as_written_among_the_verbs(default_article):
    verbs = views.stance_table(default_article)
    assert "according to" in set(verbs["verb"]) and "according" not in set(verbs["verb"])
    assert verbs.loc[verbs["verb"] == "according to", "speaker"].tolist() == [
        "Rex Tillerson",
        "Russian media",
        "Sergey Lavrov",
    ]


def test_the_speakers_table_reads_in_words_and_the_export_keeps_every_column(default_article):
    shown = readable.speakers_for_reading(default_article)
    assert list(shown.columns[:5]) == ["speaker", "kind", "quotations", "words quoted", "times mentioned"]
    assert not {"id", "headline_reports", "first_paragraph", "quoted_words", "name", "type"} & set(shown.columns)
    assert shown["quotations"].is_monotonic_decreasing  # most quoted first
    assert sorted(shown["speaker"]) == sorted(default_article.speakers["name"])
    exported = pd.read_csv(__import__("io").BytesIO(views.to_csv_bytes(default_article.speakers)))
    assert {"headline_reports", "first_paragraph", "quoted_words"} <= set(exported.columns)


def test_the_readers_filters_travel_in_a_link_and_come_back_as_they_were():
    known = ["direct", "mixed", "indirect"]
    assert readable.filter_params(known, "  ", known) == {}  # every kind, no search: nothing to carry
    params = readable.filter_params(("indirect", "direct"), " Russia ", known)
    assert params == {"kind": "direct,indirect", "q": "Russia"}
    assert readable.filters_from_params(params["kind"], params["q"], known) == (["direct", "indirect"], "Russia")
    assert readable.filters_from_params("bogus,<i>", None, known) == (known, "")  # nothing known: every kind
    assert readable.filters_from_params(None, "x" * 999, known)[1] == "x" * readable.SEARCH_MAX


def test_a_close_call_speaker_is_marked_unsure_in_the_readers_evidence():
    from quotelens import markup

    article = load_article(SHARED_SURNAME)
    table = views.evidence_table(article.quotes).set_index("speaker")["how the speaker was found"]
    assert table["Hillary Clinton"].startswith("speaker unsure: a close call · ") and "unsure" not in table["Ann Lee"]
    html = markup.reader_html(article, article.quotes, views.colours_for(article))
    assert html.count("ql-chip ql-unsure") == 1 and "Hillary Clinton (?)</span>" in html
    assert "Hillary Clinton &#40;speaker unsure&#58; a close call&#41; · " in html  # first in its card
    sure = derived.only_sure(article)  # left out: an unresolved quotation is no unsure speaker
    assert "ql-unsure" not in markup.reader_html(sure, sure.quotes, views.colours_for(sure))


def test_who_said_whats_quotations_read_in_words_and_downloads_keep_every_column(default_article):
    table = readable.quotes_to_read(default_article, None)
    assert list(table.columns[:4]) == ["speaker", "cue", "words", "kind"]
    assert not {"cue_text", "mention_text", "speaker_sure", "cue_start", "id"} & set(table.columns)
    assert table["words"].nunique() > 10 and table["speaker"].notna().all()
    assert {"cue_text", "mention_text", "cue_start"} <= set(views.quotes_for(default_article, None).columns)


UNPAIRED = (
    "Quotes Gone Wrong\n\n"
    '"We will win this, said Ann Lee, and she left.\n\n'
    "Bob Diaz said “nothing at all. Then he laughed.\n\n"
    "“It is over,”” said Cara Moss.\n\n"
    "“A quotation that runs on,\n\n“over two paragraphs,” Ann Lee said."
)


def test_quotation_marks_without_a_partner_are_found_and_a_quotation_over_paragraphs_is_no_fault(default_article):
    article = load_article(UNPAIRED)
    assert readable.unpaired_quote_marks(article) == [1, 3]  # paragraph 2 runs on into 3, which opens with a mark
    assert readable.unpaired_note(article).startswith(
        "Quotation marks without a partner in paragraphs 1 (We will win this, said …), 3 (It is over, said Cara …): "
    )
    assert readable.unpaired_quote_marks(default_article) == [] and readable.unpaired_note(default_article) == ""


def test_corpus_tables_read_in_words_in_a_fixed_order():
    hits = pd.DataFrame(
        {"text": ["We will"], "start": [3], "article_id": ["a"], "corpus_speaker": ["Ann Lee"], "kind": ["direct"]}
    )
    shown = readable.with_headers(hits, readable.CORPUS_HIT_COLUMNS)
    assert list(shown.columns) == ["article", "speaker", "kind", "words"]
    assert shown.iloc[0].tolist() == ["a", "Ann Lee", "direct", "We will"]


def test_the_filters_note_names_each_filter_that_narrows():
    known = ["direct", "mixed", "indirect"]
    assert readable.filters_note(None, known, known, "") == ""
    note = readable.filters_note("Rex Tillerson", ["direct"], known, "*meddling*")
    assert note.startswith("Filtered by speaker **Rex Tillerson**, kind direct quote, words containing ")
    # the kinds in the words of the Kind chips and the cards, not the engine's
    assert (
        readable.filters_note(None, ["mixed", "indirect"], known, "")
        == "Filtered by kind partial quote or reported speech."
    )
    assert "`*meddling*`" in note  # the visitor's words inert, in a code span
    assert "kind — none chosen" in readable.filters_note(None, [], known, "")
