from quotelens import load_article
from quotelens.segment import (
    ParagraphRole,
    find_quote_regions,
    is_boilerplate,
    segment_paragraphs,
    split_paragraphs,
    split_sentences,
    tokenize,
)


def test_headline_body_and_debris_roles():
    text = "A Short Headline\n\nFirst paragraph of the story.\n\nSecond one.\n\nPlease enter your comment!\nPlease enter your name here"
    paras = segment_paragraphs(text)
    assert [p.role for p in paras] == [
        ParagraphRole.TITLE,
        ParagraphRole.BODY,
        ParagraphRole.BODY,
        ParagraphRole.BOILERPLATE,
        ParagraphRole.BOILERPLATE,
    ]
    assert text[paras[0].start : paras[0].end] == "A Short Headline"


def test_single_line_break_inside_a_sentence_is_soft():
    text = "Title\n\n“We agreed to exchange further work \nregarding commitments of noninterference.”\n\nNext."
    spans = split_paragraphs(text)
    assert len(spans) == 3
    assert text[spans[1][0] : spans[1][1]].endswith("noninterference.”")


def test_lines_without_blank_lines_are_paragraphs():
    text = "Headline here\nFirst sentence ends.\nSecond paragraph ends."
    assert len(split_paragraphs(text)) == 3


def test_boilerplate_patterns():
    assert is_boilerplate("Listen to Tillerson discuss the exchange here:")
    assert is_boilerplate("Read more")
    assert not is_boilerplate("Tillerson said the talks would go on.")


def test_sentences_respect_titles_and_initials():
    text = "Mr. Trump met Donald J. Trump Jr. today. He left. Then it rained."
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["Mr. Trump met Donald J. Trump Jr. today.", "He left.", "Then it rained."]


def test_tokens_keep_abbreviations_and_offsets():
    text = "The U.S. diplomat, Mr. Smith's aide, said ''no.''"
    toks = tokenize(text)
    assert "U.S." in [t.text for t in toks]
    assert "Mr." in [t.text for t in toks]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_quote_regions_pair_marks_and_continue_across_paragraphs():
    text = "Title\n\n“First part,” he said. “Open quote runs on\n\n“and closes here.”"
    paras = segment_paragraphs(text)
    regions = find_quote_regions(text, paras)
    assert [text[r.start : r.end] for r in regions] == ["“First part,”", "“Open quote runs on", "“and closes here.”"]
    assert not regions[1].closed
    assert regions[2].continued


def test_two_apostrophe_marks_are_quotes():
    text = "Title\n\n''This isn't reform,'' said Douglas Holtz-Eakin."
    regions = find_quote_regions(text, segment_paragraphs(text))
    assert text[regions[0].start : regions[0].end] == "''This isn't reform,''"


def test_numbers_with_thousands_separators_are_one_token():
    from quotelens.segment import tokenize

    assert [t.text for t in tokenize("to his 20,000 followers, 1,769.5 votes")] == [
        "to",
        "his",
        "20,000",
        "followers",
        ",",
        "1,769.5",
        "votes",
    ]


def test_a_lost_space_after_a_full_stop_still_ends_the_sentence():
    text = "“It works,” Trump said.Trump claimed he knew. So do voters!”After that, Breitbart.com wrote in St.Louis."
    sents = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert sents == [
        "“It works,” Trump said.",
        "Trump claimed he knew.",
        "So do voters!”",
        "After that, Breitbart.com wrote in St.Louis.",
    ]
    words = [t.text for t in tokenize(text)]
    assert "said" in words and "Trump" in words and "Breitbart.com" in words


def test_a_lost_space_between_two_quotations_ends_the_sentence():
    text = "He cited a study proving “crime is down.”“Your facts are wrong,” Ramos wrote."
    sents = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert sents == ["He cited a study proving “crime is down.”", "“Your facts are wrong,” Ramos wrote."]


def test_a_lost_space_keeps_the_report_after_it():
    text = "Head\n\n“The wall works,” Ana Ruiz said.Ruiz claimed that the plan would pass.\n"
    art = load_article(text)
    said = art.quotes[art.quotes["cue_text"] == "said"]
    assert said["text"].tolist() == ["“The wall works,”"]
    claimed = art.quotes[art.quotes["cue_text"] == "claimed"]
    assert claimed["mention_text"].tolist() == ["Ruiz"]
