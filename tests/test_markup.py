"""The dashboard's HTML and messages: everything from the article or the visitor stays text."""

from __future__ import annotations

import re

from quotelens import headline_panel, load_article, markup, views

EVIL = "<img src=x onerror=alert(1)>[x](javascript:alert(2))![i](http://evil.invalid/i.png) www.evil.invalid :red[x]"


def test_reader_html_escapes_untrusted_text():
    art = load_article(
        "Head <script>alert(1)</script>\n\n“<img src=x onerror=alert(1)> [x](http://e.x)” Mayor Ann Lee said."
    )
    page = markup.reader_html(art, art.quotes, views.colours_for(art), roles=("title", "body"))
    assert "<script" not in page.replace("<style>", "") and "<img" not in page and "](http" not in page
    assert "&#60;script&#62;" in page
    assert 'class="ql-quote ql-direct"' in page


def test_every_highlight_can_be_tapped_for_its_evidence(default_article):
    page = markup.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    spans = re.findall(r'<span class="ql-quote[^"]*"[^>]*>', page)
    assert spans and all('tabindex="0"' in s and 'title="' in s for s in spans)
    assert ".ql-quote:focus+.ql-card" in page  # tap or click opens it; hover is not needed
    cards = re.findall(r'</span><span class="ql-card"[^>]*>([^<]*)</span>', page)
    assert len(cards) == len(spans) and all(c for c in cards)  # each highlight's card, its evidence as text
    assert "found by&#58;" in page  # the evidence text, not only the speaker


def test_reader_marks_kinds_without_colour(default_article):
    page = markup.reader_html(default_article, default_article.quotes, views.colours_for(default_article))
    for kind, style in views.KIND_UNDERLINE.items():
        assert f"ql-{kind}" in page and f"underline {style}" in page


def test_speaker_names_are_escaped_everywhere():
    art = load_article("Head\n\n“We are leaving,” Mayor Ann Lee said.")
    quotes = art.quotes.assign(speaker=EVIL)
    colours = {EVIL: "#E69F00"}
    page = (
        markup.reader_html(art, quotes, colours)
        + markup.legend_html([(EVIL, "#E69F00")])
        + markup.speaker_chip(EVIL, colours)
        + markup.swatches_html([(EVIL, 1.0, "solid")])
    )
    assert "<img" not in page and "](javascript" not in page and "](http" not in page and "www." not in page
    assert "&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;" in page


def test_plain_puts_visitor_text_in_a_code_span_on_one_line():
    text = markup.plain(EVIL + "\n\n# heading\n" + "x" * 500, limit=300)
    assert text.startswith("`") and text.endswith("…`") and "\n" not in text and len(text) <= 302
    assert text.count("`") == 2  # nothing inside can close the span early
    tricky = markup.plain("a `b` c``d")
    assert tricky == "```a `b` c``d```"


def test_every_html_string_is_one_block_markdown_leaves_alone(default_article):
    """An HTML string that opens with a block tag and has no blank line is passed through untouched
    (CommonMark HTML block); otherwise GFM would turn "http://…" inside it into links."""
    colours = views.colours_for(default_article)
    for html in (
        markup.reader_html(default_article, default_article.quotes, colours),
        markup.legend_html(views.legend_entries(views.speaker_order(default_article), colours)),
        markup.kind_swatches_html(views.KIND_ORDER),
        markup.note_html("http://x.invalid"),
        markup.never_heard_html(["Donald Trump"], colours),
        markup.headline_html("www.x.invalid"),
    ):
        assert re.match(r"<(div|h2)[ >]", html) and "\n\n" not in html


def test_headline_panel_quotes_reported_speech_without_its_that(default_article):
    from quotelens.headline import closest_attributions, named_in_headline

    closest = closest_attributions(default_article)
    assert closest["quotation"].str.startswith("that ").any()
    html = headline_panel.headline_panel_html(
        named_in_headline(default_article), closest, views.colours_for(default_article)
    )
    assert "“that " not in html
    assert "“Trump opened the conversation" in html or "Trump accepted" in html


def test_a_report_in_the_headline_says_it_is_the_headlines_claim():
    art = load_article(
        'Mayor Jo Hale Says the Pier Will Reopen in May\n\nMayor Jo Hale spoke on Monday.\n\n"We will reopen," Hale said.'
    )
    html = markup.reader_html(art, art.quotes, {}, roles=("title", "body"))
    cards = re.findall(r'<span class="ql-card"[^>]*>([^<]*)</span>', html)
    assert sum("own claim about them, not their words" in c for c in cards) == 1  # (and in its title: hover)


def test_paragraphs_with_a_role_the_engine_adds_are_shown_in_the_story(default_article):
    from dataclasses import replace

    paras = default_article.paragraphs.copy()
    paras.loc[paras.index[2], "role"] = "byline"
    art = replace(default_article, paragraphs=paras)
    body = markup.reader_html(art, art.quotes, views.colours_for(art), roles=("body",))
    assert 'data-role="byline"' in body
    assert body.count('class="ql-para"') == int((~paras["role"].isin(["title", "boilerplate"])).sum())


def test_kind_swatches_differ_from_one_another():
    html = markup.kind_swatches_html(views.KIND_ORDER)
    boxes = re.findall(r"border:2px (\w+) currentColor;background:rgba\(128,128,128,([0-9.]+)\)", html)
    assert len(boxes) == 3 and len(set(boxes)) == 3
    assert len({fill for _, fill in boxes}) == 3 and len({border for border, _ in boxes}) == 3


def test_markdown_headings_read_as_headings_and_the_byline_as_small_print():
    md = "# Council Votes Yes\n\n*By Ann Writer*\n\nThe council voted.\n\n## What was said\n\n“We did it,” said Mayor Ann Lee."
    art = load_article(md.encode("utf-8"), name="story.md")
    html = markup.reader_html(art, art.quotes, views.colours_for(art), roles=("title", "body"))
    assert re.search(r'<h3 class="ql-para"[^>]*data-role="heading"[^>]*>What was said</h3>', html)
    assert re.search(r'<p class="ql-para"[^>]*data-role="byline" style="[^"]*font-style:italic"', html)
    assert html.index("Council Votes") < html.index("By Ann Writer") < html.index("What was said")


def _named_lines(panel: str) -> list[str]:
    import html as html_lib

    return [html_lib.unescape(re.sub("<[^>]+>", "", li)) for li in re.findall(r'<li class="ql-named".*?</li>', panel)]


def test_the_headline_panel_says_who_is_heard_how_and_through_whom(default_article):
    lines = _named_lines(headline_panel.headline_panel_for(default_article))
    putin = next(line for line in lines if line.startswith("Vladimir Putin "))
    assert re.fullmatch(
        r"Vladimir Putin is heard only through others: \d+ statements relayed by Rex Tillerson and Russian media"
        r", 1 of them jointly with Donald Trump\.",
        putin,
    )
    assert not any("quoted directly" in line or "— through" in line for line in lines)


def test_how_someone_is_heard_in_plain_words():
    said = headline_panel.heard_sentence
    assert said({"direct": 1, "mixed": 0, "indirect": 2}, 0, "") == (
        "speaks first&#45;hand&#58; 1 direct quote and 2 reported statements"
    )
    assert said({"direct": 0, "mixed": 3, "indirect": 0}, 1, "Jo Park") == (
        "speaks first&#45;hand&#58; 3 partial quotes; 1 more statement is relayed by Jo Park"
    )
    assert said({"direct": 0, "mixed": 0, "indirect": 0}, 2, "A, B, C").endswith("relayed by A, B and C")
    assert said({"direct": 0, "mixed": 0, "indirect": 0}, 0, "") == "is named, but never quoted or paraphrased"
    assert "&lt;" not in said({"direct": 1}, 1, "<b>x</b>") and "<b>" not in said({"direct": 1}, 1, "<b>x</b>")
