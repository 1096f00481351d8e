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
    with pytest.raises(ArticleInputError, match=r"over the 5 MiB limit") as exc:
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
