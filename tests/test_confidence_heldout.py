"""tools/heldout_oof.py: each outlet's confidence model is fitted without it (synthetic proposals, no corpus)."""

import importlib
import pickle
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def ho(scorer):
    sys.path.insert(0, str(ROOT / "tools"))
    return importlib.import_module("heldout_oof")


def test_each_outlets_confidence_model_never_saw_its_proposals(ho, tmp_path):
    rng = np.random.default_rng(2)
    n_docs, per_doc = 12, 20
    doc_of = np.repeat(np.arange(n_docs), per_doc)
    signal = rng.normal(size=len(doc_of))
    labels = (signal + rng.normal(scale=0.5, size=len(doc_of)) > 0).astype(int)
    stems = [f"{'abc'[d % 3]}_{d:02d}" for d in range(n_docs)]
    data = {
        "feats": [{"bias": 1.0, "signal": float(s)} for s in signal],
        "labels": labels.tolist(),
        "doc_of": doc_of.tolist(),
        "gold_per_doc": [per_doc] * n_docs,
        "sources": [(1, 1)] * len(labels),
        "stems": stems,
    }
    cache = tmp_path / "props.pkl"
    cache.write_bytes(pickle.dumps(data))
    models = ho.confidence_folds(cache, 3.0)
    assert sorted(models) == ["a", "b", "c"]
    for outlet, (weights, threshold) in models.items():
        rows = np.array([stems[d][0] != outlet for d in doc_of])
        x = np.column_stack([np.ones(len(signal)), signal])
        w = ho.outlet_cv.tc.fit(x[rows], labels[rows].astype(float), 3.0)
        assert weights["signal"] == pytest.approx(w[1]) and weights["bias"] == pytest.approx(w[0])
        assert weights["signal"] > 0 and 0.0 <= threshold < 0.8
    assert len({m[0]["signal"] for m in models.values()}) == 3  # three different training sets
