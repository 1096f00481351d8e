"""Bad input gets a clear message; odd encodings are decoded and said so."""

from __future__ import annotations

import pytest

from quotelens import ArticleInputError, load_article
from quotelens.textio import decode_bytes, html_to_text

ARTICLE = "Headline Of The Day\n\n“It’s done,” Mayor Ann Lee said.\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"PK\x03\x04\x14\x00", "zip archive"),
        (b"abc\x00def", "binary"),
    ],
)
def test_binary_is_refused_naming_the_file(data, message):
    with pytest.raises(ArticleInputError, match=message) as exc:
        decode_bytes(data, "upload.bin")
    assert "upload.bin" in str(exc.value)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_article(data, encoding):
    art = load_article(data, name="a")
    assert art.encoding == encoding
    assert art.text.strip() == ARTICLE.strip()
    assert art.quotes.iloc[0]["speaker"] == "Ann Lee"
    if encoding == "cp1252":
        assert any("cp1252" in n for n in art.notes)


def test_crlf_and_cr_line_ends_keep_offsets_consistent():
    for nl in ("\r\n", "\r"):
        art = load_article(ARTICLE.replace("\n", nl).encode("utf-8"), name="a")
        assert "\r" not in art.text
        row = art.quotes.iloc[0]
        assert art.text[row.start : row.end] == row.text


def test_html_keeps_title_and_text_and_drops_scripts():
    page = (
        "<!doctype html><html><head><title>Site | Story</title><script>var x=1;</script></head>"
        "<body><nav>Home | News</nav><article><h1>Council Backs the Plan</h1>"
        "<p>&ldquo;We will build it,&rdquo; Mayor Ann Lee said.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    art = load_article(page.encode("utf-8"), name="page")
    assert art.title == "Council Backs the Plan"
    assert "var x" not in art.text and "Home | News" not in art.text
    # (the headline is a report too since session 7: "Council Backs the Plan", the council's stance)
    (quote,) = art.quotes[art.quotes["text"].str.contains("We will build it")].itertuples()
    assert quote.speaker == "Ann Lee"
    assert any("HTML" in n for n in art.notes)


def test_html_to_text_separates_blocks():
    assert html_to_text("<p>One.</p><p>Two.</p>") == "One.\n\nTwo."


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Just a headline\n\nNo one speaks in this article at all."])
def test_empty_and_quote_free_texts_are_empty_states(text):
    art = load_article(text)
    assert art.quotes.empty
    assert art.notes


def test_unbalanced_quote_marks_do_not_break_the_engine():
    art = load_article("Headline\n\n“This quote never closes, Jo Park said.\n\nNext paragraph ” stray closer.")
    assert all(art.text[r.start : r.end] == r.text for r in art.quotes.itertuples())


def test_missing_file_is_a_clear_error(tmp_path):
    from quotelens.textio import read_path

    with pytest.raises(ArticleInputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_lone_surrogates_are_replaced_one_for_one():
    text = "Headline\n\n“Fine \ud800 words,” Mayor Ann Lee said."
    art = load_article(text)
    assert len(art.text) == len(text) and "\ud800" not in art.text
    assert art.quotes.iloc[0]["speaker"] == "Ann Lee"


def test_markdown_is_reduced_to_its_text():
    md = "# Council **Votes** Yes\n\n> “We did it,” said [Mayor Ann Lee](http://example.invalid/a).\n\n![pic](x.png)\n"
    art = load_article(md.encode("utf-8"), name="story.md")
    assert art.title == "Council Votes Yes"
    assert "http" not in art.text and "**" not in art.text
    (quote,) = art.quotes[art.quotes["text"].str.contains("We did it")].itertuples()
    assert quote.speaker == "Ann Lee"
    assert any("Markdown" in n for n in art.notes)


def test_input_over_the_limit_is_refused_with_the_limit_stated():
    from quotelens.textio import MAX_BYTES

    data = b"word " * (MAX_BYTES // 5 + 10)
    with pytest.raises(ArticleInputError, match=r"over the 5 MB limit") as exc:
        load_article(data, name="dump.txt")
    assert "dump.txt" in str(exc.value)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("«We are ready for the storm,» Captain Ada Moss said.", "direct"),
        ("„We are ready for the storm,“ Captain Ada Moss said.", "direct"),
        ("``We are ready for the storm,'' Captain Ada Moss said.", "direct"),
        ("Captain Ada Moss, who is 5′10″ tall, said she didn't expect the storm to reach the coast.", "indirect"),
        ("“We are ready for the storm, Captain Ada Moss said, and the mark never closes.", None),
        ("‘We are ready,’ Captain Ada Moss said of the storm that was coming.", None),
    ],
)
def test_odd_quotation_marks(body, kind):
    art = load_article("Headline Here\n\n" + body)
    for r in art.quotes.itertuples():
        assert art.text[r.start : r.end] == r.text
    if kind is not None:
        assert kind in set(art.quotes["kind"])


def test_one_giant_paragraph_completes():
    sentence = "“The plan will work,” Mayor Ann Lee said, adding that the council agreed. "
    art = load_article("Headline\n\n" + sentence * 3000)  # ~230 kB with no line break
    assert art.quotes["group"].nunique() >= 3000
    assert all(art.text[r.start : r.end] == r.text for r in art.quotes.head(50).itertuples())


def test_very_long_quote():
    art = load_article("Headline\n\n“" + "We will keep working on this. " * 2000 + "” Mayor Ann Lee said.")
    assert art.quotes.iloc[0]["speaker"] == "Ann Lee"
    assert art.quotes.iloc[0]["kind"] == "direct"


# ---------------------------------------------------------------------- encodings (issue 21, item 2)
NEWS_IN_TEN_ENCODINGS = {
    "cp1252": "“We won’t back down,” Mayor Zoë Ferrand said on Tuesday — the café’s owners paid €4,500 in fines, and the council’s “naïve” plan was rejected.",
    "latin-1": "Le maire a déclaré mardi que la rénovation du théâtre coûterait près de 4 millions d'euros. « C'est un projet ambitieux », a-t-il ajouté devant les élus réunis à l'hôtel de ville.",
    "utf-16": "Die Bürgermeisterin sagte am Dienstag, die Straßenbahn werde 2026 fertig. „Wir halten den Zeitplan“, sagte sie.",
    "utf-8-sig": "Премьер-министр заявил, что переговоры продолжатся. “We will see,” he said.",
    "mac_roman": "The café’s owner, Zoë Müller, said the façade would be restored. “It’s a matter of pride,” she said — adding that the work would cost about 40,000 francs.",
    "shift_jis": "東京都の知事は火曜日、新しい防災計画を発表した。「市民の安全が最優先だ」と述べた。計画には避難所の増設が含まれる。",
    "gb2312": "市长周二表示，新的地铁线路将于明年年底通车。“我们会按时完成，”他说。该项目总投资约为一百亿元人民币。",
    "cp1251": "Мэр города заявил во вторник, что ремонт моста завершится к осени. «Мы выполним все обещания», — сказал он журналистам после заседания совета.",
    "cp1250": "Burmistrz powiedział we wtorek, że budowa nowego mostu zakończy się jesienią. „Dotrzymamy wszystkich obietnic” — dodał po posiedzeniu rady miejskiej w Łodzi.",
    "iso8859_7": "Ο δήμαρχος δήλωσε την Τρίτη ότι η ανακαίνιση της γέφυρας θα ολοκληρωθεί το φθινόπωρο. «Θα τηρήσουμε όλες τις υποσχέσεις μας», είπε στους δημοσιογράφους.",
}


@pytest.mark.parametrize("codec", sorted(NEWS_IN_TEN_ENCODINGS))
def test_ten_encodings_decode_exactly(codec):
    text = NEWS_IN_TEN_ENCODINGS[codec]
    decoded = decode_bytes(text.encode(codec), "story.txt")
    assert decoded.text == text
    if codec not in ("utf-16", "utf-8-sig"):
        assert any(n.startswith("read as ") for n in decoded.notes), decoded.notes  # the decision is said


def test_a_declared_charset_is_honoured_and_said():
    body = NEWS_IN_TEN_ENCODINGS["cp1251"]
    page = f'<html><head><meta charset="windows-1251"><title>Мост</title></head><body><p>{body}</p></body></html>'
    decoded = decode_bytes(page.encode("cp1251"), "page.html")
    assert body in decoded.text
    assert any("windows-1251" in n and "declares" in n for n in decoded.notes)
    http_equiv = page.replace(
        '<meta charset="windows-1251">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    )
    assert body in decode_bytes(http_equiv.encode("cp1251"), "page.html").text


def test_a_page_declaring_latin1_is_read_as_windows_1252_like_a_browser():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>“It’s done,” she said. Café.</p></body></html>'
    decoded = decode_bytes(page.encode("cp1252"), "page.html")
    assert "“It’s done,” she said. Café." in decoded.text
    assert any("windows-1252" in n for n in decoded.notes)


def test_bytes_that_do_not_decode_are_counted_not_dropped():
    decoded = decode_bytes(b"\xff\xfe" + "Fine words".encode("utf-16-le") + b"\x00\xd8", "odd.txt")
    assert decoded.text.startswith("Fine words") and "\ufffd" in decoded.text
    assert any("could not be read" in n for n in decoded.notes)


# ---------------------------------------------------------------------- HTML (issue 21, item 1)
STORY_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Council backs the bridge | Harbor Gazette</title>
<meta property="og:title" content="Council backs the bridge plan after a long night | Harbor Gazette">
<meta property="og:site_name" content="Harbor Gazette">
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<header><a href="/"><svg><title>Harbor Gazette logo</title></svg></a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<main><article>
<h1>Council backs the bridge plan after a long night</h1>
<p class="byline">By Ann Writer</p>
<p>The city council voted 7-2 on Tuesday to build a new bridge over the harbor, ending a debate that ran past midnight and drew hundreds of residents to city hall.</p>
<p>“We will build it, and we will build it on time,” Mayor Ann Lee said after the vote, adding that construction would begin in the spring.</p>
<figure><img src="bridge.jpg"><figcaption>The old bridge at dusk. Photo: City archive</figcaption></figure>
<h2>Opponents warn of costs</h2>
<p>Council member Raj Patel, who voted against the plan, said the city could not afford it. “This bridge will cost every family in this town for thirty years,” he said.</p>
<p>The project is expected to cost $240 million, most of it paid by state and federal grants, according to the city's finance office.</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Mayor says harbor tunnel is “dead”</a></li><li><a href="/b">Five things to know about the vote</a></li></ul></aside>
</main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_a_news_page_gives_its_story_headline_and_metadata():
    art = load_article(STORY_PAGE.encode("utf-8"), name="page.html")
    assert art.title == "Council backs the bridge plan after a long night"
    assert art.meta["headline"] == art.title and art.meta["headline_from"] == "og:title"
    assert art.meta["outlet"] == "Harbor Gazette"
    assert "Ann Writer" in art.meta["byline"] and art.meta["date"] == "2024-03-05"
    story = " ".join(art.paragraphs.loc[art.paragraphs["role"].isin(["title", "body"]), "text"])
    for kept in ("voted 7-2 on Tuesday", "We will build it, and we will build it on time", "$240 million"):
        assert kept in story
    for clutter in ("Sport", "We use cookies", "Photo: City archive", "harbor tunnel", "Privacy Policy", "logo"):
        assert clutter not in art.text
    heading = art.paragraphs[art.paragraphs["text"] == "Opponents warn of costs"]
    assert heading["role"].tolist() == ["heading"]
    assert set(art.quotes["speaker"].dropna()) >= {"Ann Lee", "Raj Patel"}
    assert any("trafilatura" in n for n in art.notes)


def test_paragraph_offsets_point_into_the_text_the_reader_shows():
    art = load_article(STORY_PAGE.encode("utf-8"), name="page.html")
    for p in art.paragraphs.itertuples():
        assert art.text[p.start : p.end] == p.text
    for q in art.quotes.itertuples():
        assert art.text[q.start : q.end] == q.text


def test_headline_in_header_and_svg_titles_are_read_right():
    page = (
        "<html><head><title>Site</title></head><body><header><svg><title>Search Icon</title></svg>"
        "<h1>Storm Closes Schools <svg><title>Twitter Icon</title></svg></h1></header>"
        "<p>Schools across the county closed on Monday as the storm arrived, officials said.</p></body></html>"
    )
    art = load_article(page.encode("utf-8"), name="page.html")
    assert art.title == "Storm Closes Schools"
    assert "Icon" not in art.text


def test_the_plain_fallback_is_used_and_said_when_the_extractor_finds_nothing():
    page = (
        "<html><body><nav>Menu</nav><table><tr><td>Mayor Ann Lee said the bridge would open in May.</td></tr>"
        "<tr><td>Row two of the table.</td></tr></table></body></html>"
    )
    art = load_article(page.encode("utf-8"), name="page.html")
    assert "Mayor Ann Lee said the bridge would open in May." in art.text and "Menu" not in art.text
    assert any("extractor found no main text" in n for n in art.notes)
    assert art.meta["extractor"].startswith("plain")


def test_text_from_a_page_is_never_live_html():
    from quotelens import markup, views

    page = STORY_PAGE.replace(
        "adding that construction",
        "adding &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; that construction",
    )
    art = load_article(page.encode("utf-8"), name="page.html")
    assert "<img src=x" in art.text  # the page's text, as text
    shown = markup.reader_html(art, art.quotes, views.colours_for(art), roles=("title", "body"))
    assert "<img" not in shown and "<script" not in shown


# ---------------------------------------------------------------------- Markdown (issue 21 item 4, issue 19 item 8)
def test_markdown_headings_and_byline_are_not_body():
    md = (
        "# Council Votes Yes\n\n*By Ann Writer*\n\nThe council voted on Tuesday.\n\n"
        "## What “they” said\n\n“We did it,” said Mayor Ann Lee.\n\nSecond Heading\n--------------\n\nMore text here."
    )
    art = load_article(md.encode("utf-8"), name="story.md")
    roles = dict(zip(art.paragraphs["text"], art.paragraphs["role"], strict=True))
    assert roles["Council Votes Yes"] == "title"
    assert roles["By Ann Writer"] == "byline"
    assert roles["What “they” said"] == "heading"
    assert roles["Second Heading"] == "heading"
    assert roles["The council voted on Tuesday."] == "body"
    assert art.meta == {"headline": "Council Votes Yes", "byline": "By Ann Writer"}
    assert not art.quotes["text"].str.contains("they").any()  # a heading is never searched for quotations
    assert "-----" not in art.text


@pytest.mark.parametrize(
    ("md", "shown"),
    [
        ("Hi [click](javascript:alert('list')), then go.", "Hi click, then go."),
        ("See [the report](https://example.invalid/a_(b)) now.", "See the report now."),
        ("![pic](x_(1).png)Text [a][ref].\n\n[ref]: https://example.invalid", "Text a."),
    ],
)
def test_markdown_links_keep_only_their_text(md, shown):
    from quotelens.textio import markdown_to_text

    assert markdown_to_text(md).strip() == shown


def test_a_page_the_extractor_mostly_drops_is_kept_whole_and_said():
    # trafilatura drops repeated paragraphs; a page where it keeps under a tenth of the text is read whole
    para = "<p>“We will keep working on this,” Mayor Ann Lee said on Tuesday, adding that the council agreed.</p>\n"
    page = (
        "<html><head><title>Big</title></head><body><article><h1>Big page</h1>"
        + para * 300
        + "</article></body></html>"
    )
    art = load_article(page.encode("utf-8"), name="page.html")
    assert art.text.count("We will keep working on this") == 300
    assert any("kept only" in n and "every block of text" in n for n in art.notes)
