"""tools/outlet_cv.py: the confidence model held out by outlet (synthetic proposals, no corpus read)."""

import importlib
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def oc(scorer):
    sys.path.insert(0, str(ROOT / "tools"))
    return importlib.import_module("outlet_cv")


def test_outlet_is_the_file_name_prefix(oc):
    assert oc.outlet_of("nyt_2015-11-09_jobs-report-gives-democrats-a-li") == "nyt"
    assert oc.outlet_of("huff-post_2016-01-02_x") == "huff-post"


def test_random_groups_are_equal_sized_and_fixed(oc):
    groups = oc.random_groups(21, 7)
    assert sorted(np.bincount(groups).tolist()) == [3] * 7
    assert (groups == oc.random_groups(21, 7)).all()
    assert not (groups == np.arange(21) % 7).all()  # dealt at random, not in file order


def test_matrix_keeps_only_the_features_asked_for_with_the_bias_first(oc):
    feats = [{"bias": 1.0, "cue_lemma=say": 1.0, "quoted_share": 0.5}, {"bias": 1.0, "rule=x": 1.0}]
    x, names = oc.matrix(feats, lambda k: not k.startswith("cue_lemma="))
    assert names == ["bias", "quoted_share", "rule=x"]
    assert x.tolist() == [[1.0, 0.5, 0.0], [1.0, 0.0, 1.0]]


def test_scores_pool_by_counts_not_by_averaging_f1(oc):
    a, b = oc.Score(8.0, 10, 20), oc.Score(1.0, 1, 10)
    total = oc.pooled({"a": (a, 0.3), "b": (b, 0.4)})
    assert (total.tp, total.pred, total.gold) == (9.0, 11, 30)
    assert total.f1 == pytest.approx(2 * (9 / 11) * (9 / 30) / (9 / 11 + 9 / 30))
    assert oc.Score(0.0, 0, 5).f1 == 0.0


def test_a_held_out_group_is_scored_with_a_model_that_never_saw_it(oc):
    """Each group's proposals are scored by a model fitted on the other groups only; every gold of the
    group counts, found or not."""
    rng = np.random.default_rng(1)
    n_docs, per_doc = 12, 20
    doc_of = np.repeat(np.arange(n_docs), per_doc)
    signal = rng.normal(size=len(doc_of))
    y = (signal + rng.normal(scale=0.5, size=len(doc_of)) > 0).astype(float)
    feats = [{"bias": 1.0, "signal": float(s)} for s in signal]
    gold = np.full(n_docs, per_doc)  # more gold than right proposals: recall under 1
    props = oc.Proposals(feats, y, doc_of, gold, np.ones((len(y), 2)), ["a", "b", "c"] * 4)
    x, _ = oc.matrix(props.feats)
    seen: list[int] = []

    def fitter(xt, yt):
        seen.append(len(yt))
        return oc.logistic(1.0)(xt, yt)

    group_of_doc = np.arange(n_docs) % 3
    results = oc.held_out(props, x, group_of_doc, fitter)
    assert sorted(results) == ["0", "1", "2"]
    assert all(n < len(y) for n in seen)  # never fitted on every proposal
    for g, (score, threshold) in results.items():
        rows = group_of_doc[doc_of] == int(g)
        assert score.gold == per_doc * 4
        assert score.tp <= y[rows].sum() and score.pred <= rows.sum()
        assert 0 <= threshold < 1
    assert oc.pooled(results).p > y.mean()  # the model keeps the likelier proposals


def test_the_sparse_newton_fit_takes_the_dense_newton_steps(oc):
    """train_confidence.fit sums the Hessian over the nonzeros of each row: the optimum is the dense
    Newton method's (the bias, column 0, unpenalised; columns of different sparsity and scale)."""
    tc = oc.tc
    rng = np.random.default_rng(0)
    x = np.zeros((400, 12))
    x[:, 0] = 1.0
    for j in range(1, 12):
        x[rng.random(400) < 0.1 * j, j] = rng.random() * 2
    x[:, 5] = rng.normal(size=400)
    y = (x[:, 5] + rng.normal(size=400) > 0).astype(float)
    w = np.zeros(12)
    reg = np.full(12, 3.0)
    reg[0] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9), x.T @ (p - y) + reg * w)
    assert np.allclose(tc.fit(x, y, 3.0), w, atol=1e-9)
    assert abs(w[5]) > 0.5  # (the informative column carries weight: the comparison is not of zeros)


def test_the_report_scores_each_outlet_held_out_and_as_the_random_folds_read_it(oc, capsys):
    rng = np.random.default_rng(2)
    n_docs, per_doc = 14, 15
    doc_of = np.repeat(np.arange(n_docs), per_doc)
    signal = rng.normal(size=len(doc_of))
    y = (signal + rng.normal(scale=0.7, size=len(doc_of)) > 0).astype(float)
    props = oc.Proposals(
        [{"bias": 1.0, "signal": float(s)} for s in signal],
        y,
        doc_of,
        np.full(n_docs, per_doc),
        np.ones((len(y), 2)),
        ["nyt", "politico"] * 7,
    )
    x, _ = oc.matrix(props.feats)
    kept = np.zeros(len(y), dtype=bool)
    results = oc.held_out(props, x, oc.random_groups(n_docs, 7), oc.logistic(1.0), kept)
    assert oc.pooled(results).pred == kept.sum() and oc.pooled(results).tp == y[kept].sum()
    by_outlet, at_random = oc.report(props, x, oc.logistic(1.0))
    assert by_outlet.gold == at_random.gold == n_docs * per_doc
    table = capsys.readouterr().out
    assert "| nyt |" in table and "| politico |" in table and "pooled, by outlet" in table
