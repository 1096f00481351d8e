"""One word count everywhere: the Corpus chart's tooltip says what the corpus speakers export says, and the
default article's speaker has as many words there as on its own pages (ux48 item 1)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from quotelens import charts, views
from quotelens.corpus import extract_corpus, read_corpus, top_speakers
from tests.conftest import ROOT

ARTICLES = ("blind-ap_scotus_trucks.txt", "blind-reuters_lancet_heart.txt", "blind-local_hs_football.txt")


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    d = tmp_path_factory.mktemp("words")
    shutil.copy(ROOT / "corpus" / "trump-putin-meeting.txt", d)
    for name in ARTICLES:
        if (ROOT / "tests" / "blind_outlets" / name).is_file():
            shutil.copy(ROOT / "tests" / "blind_outlets" / name, d)
    return extract_corpus(read_corpus(str(d)))


def test_chart_data_equal_the_speakers_export(tables):
    chart = pd.DataFrame(charts.top_speakers(top_speakers(tables, 25))["data"]["values"]).set_index("speaker")
    sp = tables.speakers[tables.speakers["type"] != "anonymous"]
    export = sp.groupby("corpus_speaker")[["quotes", "quoted_words"]].sum()
    joined = chart.join(export, how="left")
    assert len(joined) > 3
    assert (joined["words"] == joined["quoted_words"]).all(), joined
    assert (joined["quotations"] == joined["quotes"]).all(), joined


def test_the_default_speaker_has_the_same_words_on_every_page(tables, default_article):
    top = top_speakers(tables, 25).set_index("speaker")
    home = views.words_by_speaker(default_article).groupby("speaker")["words"].sum()
    first = views.speaker_ranking(default_article)[0]
    assert int(top.loc[first, "words"]) == int(home[first])
    sp = default_article.speakers
    assert int(home[first]) == int(sp.loc[sp["name"] == first, "quoted_words"].sum())
