"""Empty corpus tables keep their full schema: a corpus with no speakers is no KeyError anywhere."""

from __future__ import annotations

import pandas as pd
import pytest

from quotelens.cli import main
from quotelens.corpus import TABLES, extract_corpus, named_speakers, read_corpus, read_tables, top_speakers
from quotelens.corpus.tables import empty
from tests.corpus.conftest import write_corpus

NO_SPEAKERS = [
    "Weather report\n\nthe rain stopped at noon and the river rose.",
    "Tides\n\nthe tide turned twice today.",
]


@pytest.mark.parametrize("kind", ["csv", "folder"])
def test_a_corpus_with_no_speakers(tmp_path, capsys, kind):
    source = write_corpus(tmp_path / "in", kind, NO_SPEAKERS)
    assert main(["extract", str(source), "--format", "parquet", "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert "2 articles, 0 quotations, 0 named speakers" in err and "Error" not in err
    for tables in (read_tables(tmp_path / "o"), extract_corpus(read_corpus(source))):
        assert tables.speakers.empty and tables.quotes.empty and tables.mentions.empty
        for name in TABLES:
            pd.testing.assert_series_equal(tables.tables()[name].dtypes, empty(name).dtypes, obj=name)
        assert named_speakers(tables) == 0 and top_speakers(tables).empty


def test_empty_tables_have_every_column_typed():
    for name in TABLES:
        df = empty(name)
        assert len(df) == 0 and df.columns[0] == "article_id"
    assert list(empty("speakers").columns)[-1] == "corpus_speaker"
    assert str(empty("quotes")["cue_start"].dtype) == "Int64"


def test_quoted_speakers_leave_out_the_mentioned_only(tmp_path):
    from quotelens.corpus import quoted_speakers

    (tmp_path / "a.txt").write_text("Bridge Vote\n\nMayor Ann Lee met Bob Diaz.\n\n“We won,” Ann Lee said.\n")
    tables = extract_corpus(read_corpus(tmp_path))
    assert named_speakers(tables) == 2 and quoted_speakers(tables) == 1
