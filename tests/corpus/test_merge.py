"""The cross-article speaker merge rule."""

from __future__ import annotations

import pandas as pd

from quotelens.corpus import merge_speakers
from quotelens.corpus.merge import SpeakerMerge, with_corpus_speaker


def test_speaker_merge_rule():
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "c", "d"],
            "name": ["Rex Tillerson", "Tillerson", "Obama", "Barack Obama", "a senior official"],
            "type": ["person", "person", "person", "person", "anonymous"],
        }
    )
    merged = merge_speakers(speakers).set_index(["article_id", "name"])["corpus_speaker"]
    assert merged[("b", "Tillerson")] == "Rex Tillerson"
    assert merged[("c", "Obama")] == "Barack Obama"
    assert merged[("d", "a senior official")] == "d: a senior official"  # never merged across articles


def test_ambiguous_surname_is_not_merged():
    speakers = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "name": ["Bill Clinton", "Hillary Clinton", "Clinton"], "type": ["person"] * 3}
    )
    merged = merge_speakers(speakers).set_index("article_id")["corpus_speaker"]
    assert merged["c"] == "Clinton"


def test_case_is_ignored_and_the_most_frequent_spelling_shown():
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "name": ["barack obama", "Barack Obama", "Barack Obama"],
            "type": ["person"] * 3,
        }
    )
    assert set(merge_speakers(speakers)["corpus_speaker"]) == {"Barack Obama"}


def test_merging_batch_by_batch_equals_merging_at_once():
    first = pd.DataFrame({"article_id": ["a"], "name": ["Rex Tillerson"], "type": ["person"]})
    second = pd.DataFrame({"article_id": ["b", "b"], "name": ["Tillerson", "an aide"], "type": ["person", "anonymous"]})
    merge = SpeakerMerge().add(first).add(second)
    quotes = pd.DataFrame({"article_id": ["b", "b", "b"], "speaker": ["Tillerson", None, "an aide"]})
    quotes["speaker_type"] = ["person", None, "anonymous"]
    assert list(with_corpus_speaker(quotes, merge)["corpus_speaker"]) == ["Rex Tillerson", pd.NA, "b: an aide"]
    assert merge.named() == 1
