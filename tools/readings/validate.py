"""Check tools/data/train-canonical-more.json against the PolNeAR .ann files and the schema.

Checks: top-level keys as train-canonical.json; articles are train, not dev, not already read;
every event with a Source is covered exactly once; source/content offsets and source_text equal the
.ann spans; fields and enum values valid; one entity type and alias list per canonical name in an
article; anonymous/unknown canonical names go with the same entity type. Warnings (not errors) for
surface forms that look unlike their source_kind.

    python tools/readings/validate.py [PATH]
"""

from __future__ import annotations

import collections
import json
import os
import sys

from ann import DEV, ROOT, SHARED, TRAIN, read_text, source_events

DEFAULT = os.path.join(ROOT, "tools", "data", "train-canonical-more.json")
KEYS = {"doc", "event", "source", "content", "source_text", "canonical", "aliases", "entity_type", "source_kind"}
KINDS = ("name", "pronoun", "description", "organisation", "anonymous")
TYPES = ("person", "organisation", "group", "document", "anonymous", "unknown")
# further readings: a file's articles must not be in any of the others (the file itself excepted)
OTHERS = ("train-canonical-more.json", "train-canonical-third.json", "train-canonical-fourth.json")
PRONOUNS = frozenset(
    """i me my we us our you your he him his she her they them their it its who whom
whose which that this these those one another both each all some others either neither""".split()
)


def _load(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def check_top(data: dict, errors: list, path: str = DEFAULT) -> None:
    base = _load(os.path.join(SHARED, "polnear", "train-canonical.json"))
    if list(data) != list(base):
        errors.append(f"top-level keys {list(data)} != {list(base)}")
    if data.get("guidelines") != base["guidelines"]:
        errors.append("guidelines differ from train-canonical.json")
    extra = _load(os.path.join(ROOT, "tools", "data", "train-canonical-extra.json"))
    done = set(base["articles"]) | set(extra["articles"])
    for name in OTHERS:
        other = os.path.join(ROOT, "tools", "data", name)
        if os.path.exists(other) and os.path.abspath(other) != os.path.abspath(path):
            done |= set(_load(other)["articles"])
    for stem in data["articles"]:
        if not os.path.exists(os.path.join(TRAIN, stem + ".ann")):
            errors.append(f"{stem}: not a train article")
        if os.path.exists(os.path.join(DEV, stem + ".ann")):
            errors.append(f"{stem}: a dev article")
        if stem in done:
            errors.append(f"{stem}: already in another canonical reading")
    if len(set(data["articles"])) != len(data["articles"]):
        errors.append("duplicate articles")


def check_item(it: dict, gold: dict, text: str, errors: list, warnings: list) -> None:
    where = f"{it.get('doc')} {it.get('event')}"
    if set(it) != KEYS:
        errors.append(f"{where}: fields {sorted(it)}")
        return
    g = gold.get(it["event"])
    if g is None:
        errors.append(f"{where}: no such event with a Source")
        return
    src, content = g
    if it["source"] != [list(f) for f in src.frags]:
        errors.append(f"{where}: source {it['source']} != {src.frags}")
    if content is None or it["content"] != [list(f) for f in content.frags]:
        errors.append(f"{where}: content differs from the .ann")
    if it["source_text"] != " ".join(text[s:e] for s, e in src.frags) or it["source_text"] != src.text:
        errors.append(f"{where}: source_text {it['source_text']!r} != {src.text!r}")
    if it["source_kind"] not in KINDS:
        errors.append(f"{where}: source_kind {it['source_kind']!r}")
    if it["entity_type"] not in TYPES:
        errors.append(f"{where}: entity_type {it['entity_type']!r}")
    if not isinstance(it["canonical"], str) or not it["canonical"].strip():
        errors.append(f"{where}: empty canonical")
    if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in it["aliases"]):
        errors.append(f"{where}: aliases must be non-empty strings")
    no_entity = it["canonical"] in ("anonymous", "unknown")
    if no_entity != (it["entity_type"] in ("anonymous", "unknown")) or (
        no_entity and it["canonical"] != it["entity_type"]
    ):
        errors.append(f"{where}: canonical {it['canonical']!r} with entity_type {it['entity_type']!r}")
    bare = it["source_text"].strip().lower() in PRONOUNS
    if bare != (it["source_kind"] == "pronoun"):
        warnings.append(f"{where}: {it['source_text']!r} read as {it['source_kind']}")


def check_consistency(items: list, errors: list) -> None:
    seen: dict = {}
    for it in items:
        if it["canonical"] in ("anonymous", "unknown"):
            continue
        key = (it["doc"], it["canonical"])
        sig = (it["entity_type"], tuple(a for a in it["aliases"]))
        if key in seen and seen[key][0] != sig[0]:
            errors.append(f"{key}: entity types {seen[key][0]} and {sig[0]}")
        seen.setdefault(key, sig)


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    data = _load(path)
    errors: list = []
    warnings: list = []
    check_top(data, errors, path)
    by_doc: dict = {}
    for it in data["items"]:
        by_doc.setdefault(it.get("doc"), []).append(it)
    for stem in data["articles"]:
        text = read_text(stem)
        gold = {ev.eid: (src, content) for ev, src, content in source_events(stem)}
        items = by_doc.pop(stem, [])
        events = [it.get("event") for it in items]
        if len(set(events)) != len(events):
            errors.append(f"{stem}: an event read twice")
        missing = sorted(set(gold) - set(events), key=lambda e: int(e[1:]))
        if missing:
            errors.append(f"{stem}: events with a source not read: {missing}")
        for it in items:
            check_item(it, gold, text, errors, warnings)
    for stem in by_doc:
        errors.append(f"items for {stem!r}, which is not in 'articles'")
    check_consistency(data["items"], errors)
    for w in warnings:
        print("warning:", w)
    for field in ("source_kind", "entity_type"):
        counts = collections.Counter(it.get(field) for it in data["items"])
        print(f"{field}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    for e in errors:
        print("ERROR:", e)
    n_art, n_items = len(data["articles"]), len(data["items"])
    print(f"{n_art} articles, {n_items} items, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
