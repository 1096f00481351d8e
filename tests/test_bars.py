"""The static charts drawn as HTML: boxes with area, whole numbers, escaped labels, one block each."""

from __future__ import annotations

import re

from quotelens import bars, views
from quotelens.palette import AUTHOR, OTHERS, UNRESOLVED
from tests.test_views import many_speakers_article


def widths(html: str) -> dict[str, float]:
    return {
        v: float(w) for v, w in re.findall(r'data-voice="([^"]+)"[^>]*style="background:[^;]+;width:([0-9.]+)%', html)
    }


def test_the_voice_bar_has_area_and_adds_up(default_article):
    html = bars.voice_for(default_article)
    assert 'style="display:flex;height:40px' in html  # the bar is 40 px tall, whatever the page
    parts = widths(html)
    assert abs(sum(parts.values()) - 100) < 0.01
    assert next(iter(parts)) == views.AUTHOR and parts["Rex Tillerson"] > 30


def test_the_voice_bar_groups_others_and_greys_the_unresolved():
    many = many_speakers_article()
    html = bars.voice_for(many)
    assert f'data-voice="{views.OTHERS}"' in html and f"background:{OTHERS}" in html
    assert 'data-voice="&#40;unresolved&#41;"' in html and f"background:{UNRESOLVED}" in html
    assert f"background:{AUTHOR}" in html


def test_paragraph_columns_add_up(default_article):
    html = bars.paragraph_voice_for(default_article)
    columns = re.findall(r'<div class="ql-pcol" data-paragraph="(\d+)"[^>]*>(.*?)</div></div>', html)
    assert len(columns) == len(views.story_paragraphs(default_article))
    for _, inner in columns:
        heights = [float(h) for h in re.findall(r"height:([0-9.]+)%", inner)]
        assert abs(sum(heights) - 100) < 0.01


def test_counts_are_whole_numbers_next_to_their_bars(default_article):
    html = bars.mentioned_for(default_article) + bars.via_for(default_article)
    counts = re.findall(r'<span class="ql-count"[^>]*>([^<]*)</span>', html)
    assert counts and all(re.fullmatch(r"\d+", c) for c in counts)
    mvq = views.mentioned_vs_quoted(default_article)
    assert counts[:2] == [str(mvq.loc[0, "mentions"]), str(mvq.loc[0, "quotes"])]


def test_labels_are_escaped_and_each_chart_is_one_block(default_article):
    import pandas as pd

    evil = "<img src=x onerror=alert(1)> http://evil.invalid"
    html = bars.table_html(pd.DataFrame({"speaker": [evil], "times": [2]}), numeric=("times",))
    html += bars.via_html(pd.DataFrame({"speaker": [evil], "channel": [evil], "quotations": [1]}), {})
    assert "<img" not in html and "http://" not in html
    for chart in (bars.voice_for, bars.paragraph_voice_for, bars.mentioned_for, bars.hearing_for, bars.stance_for):
        out = chart(default_article)
        assert out.startswith("<div") and "\n\n" not in out


def test_mentioned_vs_quoted_dims_everyone_but_the_selected_speaker(default_article):
    rows = re.findall(
        r'<div class="ql-row" style="([^"]*)"><div[^>]*>([^<]*)</div>', bars.mentioned_for(default_article)
    )
    assert rows and not any("opacity" in style for style, _ in rows)
    picked = re.findall(
        r'<div class="ql-row" style="([^"]*)"><div[^>]*>([^<]*)</div>',
        bars.mentioned_for(default_article, "Rex Tillerson"),
    )
    assert {name for style, name in picked if "opacity" not in style} == {"Rex Tillerson"}
    assert len(picked) == len(rows)


def test_who_relays_them_has_a_colour_key_for_every_channel(default_article):
    import html

    import pandas as pd

    from tests.test_views import many_speakers_article

    for article in (default_article,):
        out = bars.via_for(article)
        drawn = set(re.findall(r'class="ql-seg" data-voice="[^"]*"[^>]*background:(#[0-9A-Fa-f]{6})', out))
        key = out[out.index('class="ql-via-key"') :]
        keyed = dict(re.findall(r"background:(#[0-9A-Fa-f]{6});[^>]*>([^<]+)</span>", key))
        assert drawn and drawn <= set(keyed), (drawn, keyed)  # every colour in a bar is in the key
        channels = set(views.via_table(article)["channel"])
        assert channels <= set(keyed.values())
    colours = views.colours_for(many_speakers_article())
    grey = next(n for n, c in colours.items() if c == bars.OTHERS)  # a speaker past the seventh
    table = pd.DataFrame({"speaker": ["A", "B"], "channel": [grey, "Nobody Coloured"], "quotations": [1, 2]})
    key = bars.via_key_html(table, colours)
    assert "others (2)" in html.unescape(key) and bars.OTHERS in key  # greys are one entry, as in every other legend
    alone = html.unescape(bars.via_key_html(table.iloc[:1], colours))
    assert grey in alone and "others" not in alone  # ... but a grey channel alone is named
