"""Build tools/data/train-canonical-more.json from the hand readings in tools/readings/articles/.

Each reading file (one per article, named <stem>.txt) holds the decisions; this script only joins
them with the gold spans of the .ann (offsets, source text, content) and writes the items.

    # comment
    entity KEY = Canonical name | entity_type | alias; alias; ...
    E5 KEY kind [+ alias; alias]

kind is name, organisation, pronoun, description or anonymous (or org, pron, desc, anon). The keys
``anon`` (canonical "anonymous") and ``unknown`` are predefined; their items' aliases are the
source text (unless a bare pronoun) plus the ``+`` aliases (e.g. the antecedent of a "who").
Aliases after ``+`` on a named entity's item are added to that item only.

    python tools/readings/build.py            # writes tools/data/train-canonical-more.json
"""

from __future__ import annotations

import json
import os
import re
import sys

from ann import ROOT, SHARED, event_key, read_text, source_events

ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles")
OUT = os.path.join(ROOT, "tools", "data", "train-canonical-more.json")
BASE = os.path.join(SHARED, "polnear", "train-canonical.json")
KINDS = {
    "name": "name",
    "organisation": "organisation",
    "org": "organisation",
    "pronoun": "pronoun",
    "pron": "pronoun",
    "description": "description",
    "desc": "description",
    "anonymous": "anonymous",
    "anon": "anonymous",
}
TYPES = ("person", "organisation", "group", "document", "anonymous", "unknown")
BARE_PRONOUNS = frozenset(
    """i me my we us our you your he him his she her they them their it its who
whom whose which that this these those one another both some others""".split()
)

SELECTION = (
    "30 PolNeAR train articles (never dev), none in train-canonical.json or "
    "tools/data/train-canonical-extra.json, chosen by tools/readings/choose_articles.py: train articles ranked by "
    "how many gold Source spans (E lines' Source role) are a bare pronoun or start with "
    "the/this/that/these/his/her/its/their followed by a lower-case word; articles with more than 40 "
    "Source spans left out (live blogs and interview transcripts of 80-205 items, mostly one repeated "
    "pronoun or unrelated short items, that would crowd out the rest); the 4 richest of each of the 7 "
    "publishers (stem prefix), then the next richest of any publisher up to 5 per publisher, 30 in all "
    "(473 of their 869 Source spans are such pronouns or descriptions)."
)
NOTE = (
    "A canonical-speaker reading of 30 more PolNeAR train articles, made by the quotelens helper "
    "'readings' (branch readings) by reading each article: for every gold attribution with a Source, "
    "the real-world entity its Source span refers to, decided by hand with the guidelines and "
    "conventions of train-canonical.json (no quotelens output or automatic resolver was consulted). "
    "The reading files are tools/readings/articles/<stem>.txt; tools/readings/build.py joins them with "
    "the .ann offsets and tools/readings/validate.py checks the result. For fitting speaker "
    "resolution only (train); measure on dev-canonical.json."
)


def parse_reading(path: str) -> tuple[str | None, dict, dict]:
    """(doc stem or None, {key: (canonical, type, aliases)}, {eid: (key, kind, extra aliases)})."""
    entities = {"anon": ("anonymous", "anonymous", []), "unknown": ("unknown", "unknown", [])}
    events: dict = {}
    doc = None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
            if not line:
                continue
            where = f"{path}:{n}"
            if line.startswith("doc "):
                doc = line[4:].strip()
            elif line.startswith("entity "):
                m = re.fullmatch(r"entity (\S+) = ([^|]+)\|([^|]+)(?:\|(.*))?", line)
                if not m:
                    sys.exit(f"{where}: bad entity line")
                etype = m.group(3).strip()
                if etype not in TYPES:
                    sys.exit(f"{where}: bad entity type {etype!r}")
                aliases = [a.strip() for a in (m.group(4) or "").split(";") if a.strip()]
                entities[m.group(1)] = (m.group(2).strip(), etype, aliases)
            else:
                m = re.fullmatch(r"(E\d+) (\S+) (\S+)(?: \+ (.*))?", line)
                if not m:
                    sys.exit(f"{where}: bad event line {line!r}")
                eid, key, kind = m.group(1), m.group(2), m.group(3)
                if key not in entities:
                    sys.exit(f"{where}: unknown entity {key!r}")
                if kind not in KINDS:
                    sys.exit(f"{where}: bad kind {kind!r}")
                if eid in events:
                    sys.exit(f"{where}: {eid} read twice")
                extra = [a.strip() for a in (m.group(4) or "").split(";") if a.strip()]
                events[eid] = (key, KINDS[kind], extra)
    return doc, entities, events


def _dedup(names: list[str]) -> list[str]:
    out, seen = [], set()
    for a in names:
        k = a.lower()
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def items_for(stem: str, entities: dict, events: dict) -> list[dict]:
    text = read_text(stem)
    out = []
    for ev, src, content in sorted(source_events(stem), key=lambda t: event_key(t[0].eid)):
        if ev.eid not in events:
            sys.exit(f"{stem}: {ev.eid} not read")
        if content is None:
            sys.exit(f"{stem}: {ev.eid} has no content")
        key, kind, extra = events[ev.eid]
        canonical, etype, aliases = entities[key]
        src_text = " ".join(text[s:e] for s, e in src.frags)
        if etype in ("anonymous", "unknown"):
            own = [] if src_text.lower() in BARE_PRONOUNS else [src_text]
            item_aliases = _dedup(own + extra)
        else:
            item_aliases = _dedup([a for a in aliases + extra if a != canonical])
        out.append(
            {
                "doc": stem,
                "event": ev.eid,
                "source": [list(f) for f in src.frags],
                "content": [list(f) for f in content.frags],
                "source_text": src_text,
                "canonical": canonical,
                "aliases": item_aliases,
                "entity_type": etype,
                "source_kind": kind,
            }
        )
    unused = set(events) - {ev.eid for ev, _, _ in source_events(stem)}
    if unused:
        sys.exit(f"{stem}: readings for events without a source: {sorted(unused)}")
    return out


def main() -> None:
    with open(BASE, encoding="utf-8") as fh:
        guidelines = json.load(fh)["guidelines"]
    articles, items = [], []
    for name in sorted(os.listdir(ARTICLES)):
        if not name.endswith(".txt"):
            continue
        doc, entities, events = parse_reading(os.path.join(ARTICLES, name))
        stem = name[:-4]
        if doc != stem:
            sys.exit(f"{name}: doc line {doc!r} does not match the file name")
        articles.append(stem)
        items += items_for(stem, entities, events)
    data = {"articles": articles, "selection": SELECTION, "note": NOTE, "guidelines": guidelines, "items": items}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(articles)} articles, {len(items)} items -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
