from __future__ import annotations

from quotelens import charts, load_article, views
from quotelens.palette import OKABE_ITO, contrast_ratio, speaker_colours, text_colour_on


def test_filter_by_speaker_kind_and_search(default_article):
    q = default_article.quotes
    only = views.filter_quotes(q, ["Sergey Lavrov"])
    assert set(only["speaker"]) == {"Sergey Lavrov"}
    direct = views.filter_quotes(q, kinds=["direct"])
    assert set(direct["kind"]) == {"direct"}
    hit = views.filter_quotes(q, search="CHEMISTRY")
    assert hit["group"].nunique() == 1


def test_reader_html_escapes_untrusted_text():
    art = load_article(
        "Head <script>alert(1)</script>\n\n“<img src=x onerror=alert(1)> [x](http://e.x)” Mayor Ann Lee said."
    )
    page = views.reader_html(art, art.quotes, views.colours_for(art), roles=("title", "body"))
    assert "<script" not in page and "<img" not in page and "](http" not in page
    assert "&#60;script&#62;" in page
    assert 'class="ql-quote ql-direct"' in page


def test_reader_marks_kinds_without_colour(default_article):
    page = views.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    for kind, style in views.KIND_UNDERLINE.items():
        assert f"ql-{kind}" in page
        assert f"underline {style}" in page


def test_colours_are_stable_and_colour_blind_safe(default_article):
    c1 = views.colours_for(default_article)
    c2 = views.colours_for(default_article)
    assert c1 == c2
    first = views.speaker_order(default_article)[0]
    assert c1[first] == OKABE_ITO[0]


def test_chip_text_contrast():
    for colour in OKABE_ITO:
        assert contrast_ratio(colour, text_colour_on(colour)) >= 4.5


def test_overflow_and_anonymous_share_grey():
    names = [f"s{i}" for i in range(15)]
    colours = speaker_colours(names, anonymous=["s0"])
    assert colours["s0"] == colours["s14"] == "#999999"


def test_voice_share_adds_up(default_article):
    share = views.voice_share(default_article)
    assert abs(share["share"].sum() - 1) < 1e-9
    assert "Author" in set(share["voice"])


def test_charts_are_valid_vega_lite(default_article):
    order = views.speaker_order(default_article)
    colours = views.colours_for(default_article)
    specs = [
        charts.timeline_chart(views.timeline_data(default_article), order, colours),
        charts.who_said_what_chart(views.words_by_speaker(default_article), order, colours),
        charts.mentioned_vs_quoted_chart(views.mentioned_vs_quoted(default_article), colours),
        charts.voice_chart(views.voice_share(default_article), colours),
    ]
    for chart in specs:
        spec = chart.to_dict()
        assert "$schema" in spec


def test_selected_speakers_reads_point_selections():
    assert views.selected_speakers({"selection": {"pick": [{"speaker": "A"}]}}) == ["A"]
    assert views.selected_speakers({"selection": {"pick": {"speaker": ["B"]}}}) == ["B"]
    assert views.selected_speakers({"selection": {}}) == []
    assert views.selected_speakers(None) == []


def test_never_quoted_stands_out(default_article):
    mvq = views.mentioned_vs_quoted(default_article)
    assert (mvq["never quoted"] == (mvq["quotes"] + mvq["quotes with others"] == 0)).all()
    trump = mvq.set_index("speaker").loc["Donald Trump"]
    assert trump["mentions"] > trump["quotes"]
    # Trump speaks only with Putin ("Trump and Putin agreed ...", through Tillerson): heard, not silent
    assert trump["quotes"] == 0 and trump["quotes with others"] >= 1 and not trump["never quoted"]
    speaker_only = load_article("Headline\n\nMayor Ann Lee spoke at length. Ann Lee left early.")
    assert views.mentioned_vs_quoted(speaker_only).set_index("speaker").loc["Ann Lee", "never quoted"]


def test_exports_round_trip(default_article):
    import io
    import json

    import pandas as pd

    csv = pd.read_csv(io.BytesIO(views.to_csv_bytes(default_article.quotes)))
    assert len(csv) == len(default_article.quotes)
    js = json.loads(views.to_json_bytes(default_article.quotes))
    assert js[0]["speaker"] == default_article.quotes.iloc[0]["speaker"]


def test_speaker_names_are_escaped_everywhere():
    art = load_article("Head\n\n“We are leaving,” Mayor Ann Lee said.")
    evil = "<img src=x onerror=alert(1)>[x](javascript:alert(2))"
    quotes = art.quotes.assign(speaker=evil)
    colours = {evil: "#E69F00"}
    page = (
        views.reader_html(art, quotes, colours) + views.legend_html(colours, [evil]) + views.speaker_chip(evil, colours)
    )
    assert "<img" not in page and "](javascript" not in page
    assert "&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;" in page


def test_headline_panel_quotes_reported_speech_without_its_that(default_article):
    from quotelens.headline import closest_attributions, named_in_headline

    closest = closest_attributions(default_article)
    assert closest["quotation"].str.startswith("that ").any()  # the data keep the span as marked
    colours = {s: "#000000" for s in default_article.speakers["name"]}
    html = views.headline_panel_html(named_in_headline(default_article), closest, colours)
    assert "“that " not in html
    assert "“Trump opened the conversation" in html or "Trump accepted" in html


def test_a_report_in_the_headline_says_it_is_the_headlines_claim():
    art = load_article(
        'Mayor Jo Hale Says the Pier Will Reopen in May\n\nMayor Jo Hale spoke on Monday.\n\n"We will reopen," Hale said.'
    )
    in_title = art.quotes[art.quotes["paragraph_id"] == 0]
    assert len(in_title) == 1 and len(art.quotes) == 2
    html = views.reader_html(art, art.quotes, {}, roles=("title", "body"))
    assert html.count("own claim about them, not their words") == 1


def test_counts_of_who_said_what_leave_the_headlines_claim_out():
    art = load_article(
        'Mayor Jo Hale Says the Pier Will Reopen in May\n\nMayor Jo Hale spoke on Monday.\n\n"We will reopen," Hale said.'
    )
    assert len(views.body_quotes(art)) == 1
    assert views.words_by_speaker(art)["words"].sum() == 3  # "We will reopen," only
    assert views.timeline_data(art)["paragraph"].tolist() == [2]
    assert views.overview(art)["quotations"] == 1
    assert art.speakers.set_index("name").loc["Jo Hale", ["quotes", "headline_reports"]].tolist() == [1, 1]
