"""Exports: the scorer's JSONL, BRAT standoff read back as gold by the shared scorer, Label Studio tasks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotelens.corrections import apply_corrections, correct
from quotelens.formats import (
    LABEL_CONFIG,
    Stems,
    brat_ann,
    read_labelstudio,
    safe_stem,
    write_brat,
    write_jsonl,
    write_labelstudio,
)
from tests.conftest import SHARED

PERFECT = ("token", "exact", "any_overlap", "jaccard", "who_said_what")


def _f1s(result: dict) -> dict[str, float]:
    return {m: result["all"][m]["f1"] for m in PERFECT} | {"source": result["all"]["source_accuracy"]["accuracy"]}


def test_the_brat_export_of_the_default_article_is_gold_for_its_own_jsonl(tmp_path, article, scorer):
    anns = write_brat([article], tmp_path / "brat")
    assert [p.name for p in anns] == ["trump-putin-meeting.ann"]
    assert (tmp_path / "brat" / "trump-putin-meeting.txt").read_text(encoding="utf-8") == article.text
    gold = scorer.load_gold(str(tmp_path / "brat"))  # the shared scorer's own BRAT reader
    assert len(gold["trump-putin-meeting"].gold) == len(article.scorer_records())
    pred = write_jsonl([article], tmp_path / "pred.jsonl")
    result = scorer.score(str(tmp_path / "brat"), str(pred))
    assert _f1s(result) == dict.fromkeys([*PERFECT, "source"], 1.0)


def test_the_shared_scorers_command_line_reads_the_export(tmp_path, article):
    view = apply_corrections(article, [])
    fixed = apply_corrections(article, [correct(view, 0, speaker_type="anonymous", source_words=())]).article
    write_brat([fixed], tmp_path / "gold")
    write_jsonl([fixed], tmp_path / "pred.jsonl")
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score_attributions.py"),
            "--gold",
            str(tmp_path / "gold"),
            "--pred",
            str(tmp_path / "pred.jsonl"),
            "--json",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["counts"]["gold_without_source"] == 1  # the corrected one: Attribution-no-source
    assert _f1s(result)["who_said_what"] == 1.0


def test_brat_lines_follow_polnear(article, scorer):
    ann = brat_ann(article)
    entities, events = scorer.parse_ann(ann)
    assert len(events) == len(article.scorer_records())
    assert {e.type for e in events} <= {"Attribution", "Attribution-no-source"}
    for tid, ent in entities.items():  # span text as PolNeAR writes it: fragments joined by a space
        assert ent.text == " ".join(article.text[s:e] for s, e in ent.frags), tid
    assert any(len(e.frags) > 1 for e in entities.values())  # a quotation in two pieces: one discontinuous span
    lines = ann.splitlines()
    assert any(line.startswith("A") and "\tKind E" in line for line in lines)
    assert any(line.startswith("#") and "speaker: Rex Tillerson" in line for line in lines)


def test_many_articles_get_unique_safe_stems(tmp_path, article):
    stems = Stems()
    assert [stems(n) for n in ("a b", "a_b", "../etc/passwd", "", "A_B")] == [
        "a_b",
        "a_b-2",
        "etc_passwd",
        "article",
        "A_B-3",
    ]
    assert safe_stem("x" * 500) == "x" * 120
    copy = apply_corrections(article, []).article
    anns = write_brat([article, copy], tmp_path)
    assert [p.stem for p in anns] == ["trump-putin-meeting", "trump-putin-meeting-2"]
    lines = tmp_path / "p.jsonl"
    write_jsonl([article, copy], lines)
    docs = {json.loads(line)["doc"] for line in lines.read_text().splitlines()}
    assert docs == {"trump-putin-meeting", "trump-putin-meeting-2"}


def test_label_studio_tasks_carry_every_attribution_and_read_back(tmp_path, article):
    path = write_labelstudio([article], tmp_path / "ls")
    assert path.name == "tasks.json" and (tmp_path / "ls" / "labelstudio-config.xml").read_text() == LABEL_CONFIG
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert len(tasks) == 1 and tasks[0]["data"]["text"] == article.text
    result = tasks[0]["predictions"][0]["result"]
    regions = [r for r in result if r["type"] == "labels"]
    assert all(article.text[r["value"]["start"] : r["value"]["end"]] == r["value"]["text"] for r in regions)
    assert {r["value"]["labels"][0] for r in regions} == {"Content", "Source", "Cue"}
    relations = [r for r in result if r["type"] == "relation"]
    assert {r["labels"][0] for r in relations} == {"source", "cue", "continues"}
    ids = {r["id"] for r in regions}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in relations)
    assert read_labelstudio(path) == article.scorer_records(doc="trump-putin-meeting")


def test_label_studio_annotations_for_checked_articles(tmp_path, article):
    path = write_labelstudio([article], tmp_path / "checked.json", as_annotations=True)
    task = json.loads(path.read_text(encoding="utf-8"))[0]
    assert "annotations" in task and "predictions" not in task
    assert read_labelstudio([task]) == article.scorer_records()


@pytest.mark.parametrize("writer", [write_brat, write_labelstudio])
def test_an_article_without_quotations_exports_empty(tmp_path, writer):
    from quotelens import load_article

    empty = load_article("Nothing is said here. The weather was fine.", name="quiet")
    writer([empty], tmp_path / "out")
    assert (tmp_path / "out").is_dir()
