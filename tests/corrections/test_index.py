"""A corpus run: every correction loaded once, each article corrected from the index."""

from __future__ import annotations

import pickle

from quotelens import load_article
from quotelens.corrections import CorrectionIndex, CorrectionStore, apply_corrections, correct, engine_for


def test_the_index_corrects_each_article_of_a_corpus_from_one_load(tmp_path, article):
    other = load_article("“We will win,” Ana Ruiz said. Bo Li disagreed, he said.", name="tiny")
    store = CorrectionStore(engine_for(str(tmp_path / "c.sqlite3")))
    for art in (article, other):
        view = apply_corrections(art, [])
        store.save(correct(view, 0, speaker="Jo Hale"))
    edited = load_article(article.text.replace("Tillerson", "Tillerson ", 1), name=article.name)
    index = pickle.loads(pickle.dumps(CorrectionIndex.load(store)))  # as shipped to Dask workers
    assert len(index) == 2
    fixed = [index.apply(a) for a in (article, other, edited)]
    assert [int(f.article.quotes["corrected"].any()) for f in fixed] == [1, 1, 0]
    assert [f.report.rows for f in fixed[:2]] == [int(f.article.quotes["corrected"].sum()) for f in fixed[:2]]
    assert fixed[2].report.other_text == 1  # the same article name, another text: reported
    assert any("another text" in note for note in fixed[2].article.notes)
