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
    python tools/readings/build.py --set fourth   # articles-fourth/ -> tools/data/train-canonical-fourth.json
"""

from __future__ import annotations

import argparse
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


SELECTION_FOURTH = (
    "{n} PolNeAR train articles (never dev), none in train-canonical.json, tools/data/train-canonical-extra.json, "
    "tools/data/train-canonical-more.json or tools/data/train-canonical-third.json, chosen by "
    "tools/readings/choose_articles.py --rule kinds --read tools/data/train-canonical-more.json --read "
    "tools/data/train-canonical-third.json --top {top} --max-sources 30 --first-round 3 --per-publisher {pp}: every "
    "not-yet-read train article with at most 30 gold Source spans (E lines' Source role) is scored by its "
    "Source spans, 1 for a bare pronoun or a description (the/this/that/these/those/his/her/its/their/both "
    "followed by a lower-case word), 2 for a document form (a head word such as report, study, poll, survey, "
    "email, ad, memo, letter, filing, editorial, records, lawsuit, book, statement, video, data) or a group form "
    "(bare they/them/their/both, or a determiner with two, pair, senators, candidates, lawmakers, leaders, "
    "...); the 3 best of each of the 7 publishers (stem prefix), then the next best of any publisher, up to {pp} "
    "per publisher: the {pp} best of each publisher, {top} in all. They were read in rounds, each the same "
    "script with a larger choice (each choice contains the one before): --top 26 --per-publisher 5 (26 "
    "articles), --top 35 --per-publisher 5 (the 5 best of each publisher), --top 49 --per-publisher 7 (the 7 "
    "best), then --top 63, 77, 91, ... with --per-publisher 9, 11, 13, ... (14 articles more each round){skipped}. "
    "Every event with a Source in "
    "these articles is read "
    "({items} items)."
)
NOTE_FOURTH = (
    "A canonical-speaker reading of more PolNeAR train articles, made by the quotelens helper 'readings4' "
    "(branch readings4) for issue 18 by reading each article: for every gold attribution with a Source (names "
    "and organisations too), the real-world entity its Source span refers to, decided by hand from the article "
    "text with the guidelines of train-canonical.json and the decisions written down in tools/readings/README.md "
    "(no quotelens output or automatic resolver was consulted). The reading files are "
    "tools/readings/articles-fourth/<stem>.txt; tools/readings/build.py --set fourth joins them with the .ann "
    "offsets and tools/readings/validate.py checks the result. For fitting speaker resolution only (train); "
    "measure on dev-canonical.json."
)
SETS = {
    "more": (ARTICLES, OUT, SELECTION, NOTE),
    "fourth": (
        os.path.join(os.path.dirname(ARTICLES), "articles-fourth"),
        os.path.join(ROOT, "tools", "data", "train-canonical-fourth.json"),
        SELECTION_FOURTH,
        NOTE_FOURTH,
    ),
}


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
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="more", help="which reading files and output")
    ap.add_argument("--skipped", default="", help="(fourth) the chosen articles not read, for 'selection'")
    args = ap.parse_args()
    folder, out_path, selection, note = SETS[args.set]
    with open(BASE, encoding="utf-8") as fh:
        guidelines = json.load(fh)["guidelines"]
    articles, items = [], []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        doc, entities, events = parse_reading(os.path.join(folder, name))
        stem = name[:-4]
        if doc != stem:
            sys.exit(f"{name}: doc line {doc!r} does not match the file name")
        articles.append(stem)
        items += items_for(stem, entities, events)
    if args.set != "more":
        skipped = f" (not read: {args.skipped})" if args.skipped else ""
        pp = len(articles) // 7  # every round takes the same number of articles from each of the 7 publishers
        selection = selection.format(n=len(articles), skipped=skipped, items=len(items), top=len(articles), pp=pp)
    data = {"articles": articles, "selection": selection, "note": note, "guidelines": guidelines, "items": items}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(articles)} articles, {len(items)} items -> {os.path.relpath(out_path, ROOT)}")


if __name__ == "__main__":
    main()
