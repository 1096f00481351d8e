"""Label Studio export: one task per article, its attributions as labelled spans with relations.

In: articles. Out: a JSON list of tasks to import into a Label Studio project created with
:data:`LABEL_CONFIG` (written beside the tasks as ``labelstudio-config.xml``). Each task::

    {"data": {"text": ..., "doc": stem, "title": ...},
     "predictions": [{"model_version": "quotelens 0.1.0", "result": [...]}]}

(``"annotations"`` instead with ``as_annotations=True``, for articles a reader has checked.)
Per attribution: a ``Content`` region per piece, with the kind as a per-region choice and the
speaker's name as a per-region text; a ``Source`` and a ``Cue`` region; relations from the first
piece to the source ("source") and the cue ("cue"), and from each piece to the next ("continues").
:func:`read_labelstudio` reads such tasks (or Label Studio's own export of them) back into the
scorer's records.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import quotelens
from quotelens.article import Article
from quotelens.formats.brat import record_spans
from quotelens.formats.stems import Stems

LABEL_CONFIG = """<View>
  <Relations>
    <Relation value="source"/>
    <Relation value="cue"/>
    <Relation value="continues"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Content" background="#0072B2"/>
    <Label value="Source" background="#E69F00"/>
    <Label value="Cue" background="#009E73"/>
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected" whenLabelValue="Content">
    <Choices name="kind" toName="text" perRegion="true" choice="single">
      <Choice value="direct"/>
      <Choice value="mixed"/>
      <Choice value="indirect"/>
    </Choices>
    <TextArea name="speaker" toName="text" perRegion="true" maxSubmissions="1" placeholder="speaker"/>
  </View>
</View>
"""


def _region(rid: str, text: str, span: tuple[int, int], label: str) -> dict[str, Any]:
    s, e = span
    value = {"start": s, "end": e, "text": text[s:e], "labels": [label]}
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def _per_region(rid: str, span: tuple[int, int], name: str, kind: str, values: list[str]) -> dict[str, Any]:
    value = {"start": span[0], "end": span[1], kind: values}
    return {"id": rid, "from_name": name, "to_name": "text", "type": kind, "value": value}


def _relation(a: str, b: str, label: str) -> dict[str, Any]:
    return {"from_id": a, "to_id": b, "type": "relation", "direction": "right", "labels": [label]}


def _results(text: str, k: int, record: dict[str, Any]) -> list[dict[str, Any]]:
    pieces = [f for f in record_spans(record["content"]) if f[0] < f[1]]
    out: list[dict[str, Any]] = []
    ids = [f"q{k}c{i}" for i in range(len(pieces))]
    for rid, piece in zip(ids, pieces, strict=True):
        out.append(_region(rid, text, piece, "Content"))
        if record.get("kind"):
            out.append(_per_region(rid, piece, "kind", "choices", [record["kind"]]))
        if record.get("speaker"):
            out.append(_per_region(rid, piece, "speaker", "textarea", [record["speaker"]]))
    out += [_relation(a, b, "continues") for a, b in itertools.pairwise(ids)]
    for label, key, rid in (("Source", "source", f"q{k}s"), ("Cue", "cue", f"q{k}k")):
        frags = record_spans(record.get(key))
        if frags and ids:
            out.append(_region(rid, text, (frags[0][0], frags[-1][1]), label))
            out.append(_relation(ids[0], rid, key))
    return out


def labelstudio_task(article: Article, doc: str | None = None, as_annotations: bool = False) -> dict[str, Any]:
    """One Label Studio task for ``article`` (see the module docstring)."""
    result = []
    for k, record in enumerate(article.scorer_records(doc=doc)):
        result += _results(article.text, k, record)
    key = "annotations" if as_annotations else "predictions"
    return {
        "data": {"text": article.text, "doc": doc or article.name, "title": article.title},
        key: [{"model_version": f"quotelens {quotelens.__version__}", "result": result}],
    }


def write_labelstudio(articles: Iterable[Article], out: str | Path, as_annotations: bool = False) -> Path:
    """Write the tasks of ``articles`` as one JSON file and the labelling config beside it.

    ``out`` is a ``.json`` file or a folder (then ``tasks.json`` in it). Returns the tasks' path.
    """
    path = Path(out)
    if path.suffix.lower() != ".json":
        path = path / "tasks.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    stems = Stems()
    tasks = [labelstudio_task(a, stems(a.name), as_annotations) for a in articles]
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    (path.parent / "labelstudio-config.xml").write_text(LABEL_CONFIG, encoding="utf-8")
    return path


def read_labelstudio(tasks: str | Path | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Scorer records from Label Studio tasks (a file or the parsed list); completed annotations
    win over predictions. Regions not reached from a Content's first piece are left out."""
    data: list[dict[str, Any]] = (
        tasks if isinstance(tasks, list) else json.loads(Path(tasks).read_text(encoding="utf-8"))
    )
    records = []
    for task in data:
        runs = task.get("annotations") or task.get("predictions") or []
        if runs:
            records += _records(str(task["data"].get("doc", "")), runs[0]["result"])
    return records


def _records(doc: str, result: list[dict[str, Any]]) -> list[dict[str, Any]]:
    spans: dict[str, tuple[int, int]] = {}
    labels: dict[str, str] = {}
    extra: dict[str, dict[str, Any]] = {}
    links: dict[str, dict[str, str]] = {}
    for item in result:
        if item.get("type") == "relation":
            links.setdefault(item["from_id"], {})[(item.get("labels") or ["continues"])[0]] = item["to_id"]
            continue
        rid, value = item["id"], item["value"]
        spans[rid] = (int(value["start"]), int(value["end"]))
        if item["type"] == "labels":
            labels[rid] = value["labels"][0]
        else:
            extra.setdefault(rid, {})[item["from_name"]] = value[item["type"]][0]
    following = {t for link in links.values() for label, t in link.items() if label == "continues"}
    out = []
    for rid, label in labels.items():
        if label != "Content" or rid in following:
            continue
        pieces, cur = [spans[rid]], rid
        while "continues" in links.get(cur, {}):
            cur = links[cur]["continues"]
            pieces.append(spans[cur])
        link = links.get(rid, {})
        source, cue = link.get("source"), link.get("cue")
        out.append(
            {
                "doc": doc,
                "content": [list(p) for p in pieces] if len(pieces) > 1 else list(pieces[0]),
                "source": list(spans[source]) if source else None,
                "cue": list(spans[cue]) if cue else None,
                "speaker": extra.get(rid, {}).get("speaker"),
                "kind": extra.get(rid, {}).get("kind"),
            }
        )
    return out
