"""One definition of the headline and the story (quotelens.story): Home, the Reader's counts and the Corpus
page's articles table count an article alike."""

from __future__ import annotations

import pandas as pd

from quotelens import readable, story, views
from quotelens.article import load_article
from quotelens.corpus.extract import extract_batch
from quotelens.corpus.inputs import ArticleInput

HEADLINE_REPORT = (
    "Mayor Osei Says Bus Lane Will Save Time\n\n"
    "By Ann Lee\n\n"
    "“This is the biggest improvement in a generation,” said Mayor Linda Osei on Tuesday.\n\n"
    "“We will lose trade,” said Tom Hale, who owns a bakery on Harbour Street."
)


def test_the_headline_is_decided_once():
    art = load_article(HEADLINE_REPORT)
    assert story.headline_ids(art.paragraphs) == {0}
    assert list(story.is_headline(art.paragraphs)) == [True, False, False, False]
    assert 0 not in set(views.story_paragraphs(art)["id"])
    assert set(views.body_quotes(art)["paragraph_id"]) == set(
        art.quotes.loc[story.in_story(art.quotes, art.paragraphs), "paragraph_id"]
    )


def test_home_and_the_corpus_count_the_same(default_article):
    for art in (default_article, load_article(HEADLINE_REPORT)):
        batch = extract_batch([ArticleInput("a", art.text, name="a")])
        row = batch.tables["articles"].iloc[0]
        facts = views.overview(art)
        assert (int(row["paragraphs"]), int(row["words"])) == (facts["paragraphs"], facts["words"])
        assert int(row["quotations"]) == facts["quotations"]
        assert int(row["speakers_quoted"]) == facts["speakers quoted"]


def test_a_headline_report_counts_in_neither():
    art = load_article(HEADLINE_REPORT)
    in_title = int(art.quotes.loc[story.in_headline(art.quotes, art.paragraphs), "group"].nunique())
    facts = views.overview(art)
    assert facts["quotations"] == art.quotes["group"].nunique() - in_title
    if in_title:  # (the engine reads "Mayor Osei Says ..." as a report)
        assert f"{in_title} in the headline" in readable.shown_count(art, art.quotes)


def test_counts_keep_two_articles_apart():
    paras = pd.DataFrame(
        {"_n": [0, 0, 1, 1], "id": [0, 1, 0, 1], "role": ["title", "body"] * 2, "words": [3, 10, 4, 20]}
    )
    quotes = pd.DataFrame({"_n": [0, 1, 1], "paragraph_id": [0, 0, 1], "group": [0, 0, 1], "speaker": ["A", "B", None]})
    out = story.counts(paras, quotes, "_n").reindex(range(3), fill_value=0)
    assert out["paragraphs"].tolist() == [1, 1, 0]
    assert out["words"].tolist() == [10, 20, 0]
    assert out["quotations"].tolist() == [0, 1, 0]
    assert out["speakers_quoted"].tolist() == [0, 0, 0]
