"""Rank PolNeAR train articles by pronoun and definite-description Source spans.

A Source span counts when it is a bare pronoun, or starts with the/this/that/these/his/her/its/their
followed by a lower-case word. Articles already read (train-canonical.json and
tools/data/train-canonical-extra.json) are skipped, and so are articles with more than --max-sources
gold Source spans (live blogs and transcripts of 80-205 items that would crowd out the rest). Dev is
never read. Selection: the --first-round richest articles of each publisher (the stem's first part),
then the next richest of any publisher with at most --per-publisher from one, up to --top.

    python tools/readings/choose_articles.py [--top 30] [--max-sources 40] [--first-round 4] [--per-publisher 5]

With --rule kinds (used for tools/data/train-canonical-fourth.json) a span counts once when it is a
pronoun, a description, a document or a group form (is_kinds_target), and once more when it is a
document or a group form; --read adds further files of articles already read (default: the two
above).

    python tools/readings/choose_articles.py --rule kinds --read tools/data/train-canonical-more.json \
        --read tools/data/train-canonical-third.json --top 175 --max-sources 30 --first-round 3 --per-publisher 25
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re

from ann import ROOT, SHARED, TRAIN, source_events

PRONOUNS = frozenset(
    """i me my we us our you he him his she her they them their it its who whom whose which that
    this these those one another both""".split()
)
DETS = frozenset("the this that these his her its their".split())
KIND_DETS = DETS | {"those", "both"}
DOCUMENT_HEADS = frozenset(
    """report reports study studies poll polls survey surveys email emails e-mail e-mails ad ads
    advertisement memo memos letter letters filing filings analysis editorial records record lawsuit
    suit complaint book paper article piece statement release video documents document data tweet
    tweets post transcript footage commercial spot indictment ruling order report's poll's study's""".split()
)
GROUP_FORMS = frozenset("they them their both".split())
GROUP_HEADS = frozenset(
    """two three pair both senators candidates lawmakers campaigns couple men women brothers
    leaders rivals governors justices judges members""".split()
)


def is_target(span_text: str) -> bool:
    words = span_text.split()
    if not words:
        return False
    first = words[0].lower()
    if len(words) == 1 and first in PRONOUNS:
        return True
    return first in DETS and len(words) > 1 and bool(re.match(r"[a-z]", words[1]))


def kinds_weight(span_text: str) -> int:
    """0 for a name or anonymous form; 1 for a pronoun or description; 2 for a document or group form."""
    words = [w.strip(".,;:'\"()").lower() for w in span_text.split()]
    words = [w for w in words if w]
    if not words:
        return 0
    if len(words) == 1 and words[0] in GROUP_FORMS:
        return 2
    if words[0] in KIND_DETS and any(w in GROUP_HEADS for w in words[1:]):
        return 2
    if any(w in DOCUMENT_HEADS for w in words):
        return 2
    if len(words) == 1 and words[0] in PRONOUNS:
        return 1
    raw = span_text.split()
    return int(words[0] in KIND_DETS and len(raw) > 1 and bool(re.match(r"[a-z]", raw[1])))


def already_read(extra_files: tuple[str, ...] = ()) -> set[str]:
    done: set[str] = set()
    for path in (
        os.path.join(SHARED, "polnear", "train-canonical.json"),
        os.path.join(ROOT, "tools", "data", "train-canonical-extra.json"),
        *extra_files,
    ):
        with open(path, encoding="utf-8") as fh:
            done.update(json.load(fh)["articles"])
    return done


def rank(rule: str = "pronoun-description", extra_files: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """[(stem, target sources, all sources)] best first (ties: more sources, then stem)."""
    done = already_read(extra_files)
    rows = []
    for name in sorted(os.listdir(TRAIN)):
        if not name.endswith(".ann") or name[:-4] in done:
            continue
        evs = source_events(name[:-4])
        if rule == "kinds":
            n = sum(kinds_weight(src.text) for _, src, _ in evs)
        else:
            n = sum(is_target(src.text) for _, src, _ in evs)
        rows.append((name[:-4], n, len(evs)))
    rows.sort(key=lambda r: (-r[1], -r[2], r[0]))
    return rows


def _take(rows: list, out: list, taken: collections.Counter, limit: int, top: int) -> None:
    for row in rows:
        if len(out) >= top:
            return
        pub = row[0].split("_", 1)[0]
        if row in out or taken[pub] >= limit:
            continue
        taken[pub] += 1
        out.append(row)


def choose(rows: list, top: int, first_round: int, per_publisher: int) -> list[tuple[str, int, int]]:
    """first_round richest per publisher, then the richest of any publisher up to per_publisher each."""
    taken: collections.Counter = collections.Counter()
    out: list = []
    _take(rows, out, taken, first_round, top)
    _take(rows, out, taken, per_publisher, top)
    return sorted(out, key=lambda r: (-r[1], -r[2], r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--max-sources", type=int, default=40)
    ap.add_argument("--first-round", type=int, default=4)
    ap.add_argument("--per-publisher", type=int, default=5)
    ap.add_argument("--rule", choices=("pronoun-description", "kinds"), default="pronoun-description")
    ap.add_argument("--read", action="append", default=[], help="a further canonical file of articles already read")
    ap.add_argument("--show-ranking", type=int, default=0, help="also print the first N of the ranking")
    args = ap.parse_args()
    rows = rank(args.rule, tuple(args.read))
    for stem, n, tot in rows[: args.show_ranking]:
        print(f"# {n:3d} {tot:4d} {stem}")
    rows = [r for r in rows if r[2] <= args.max_sources]
    chosen = choose(rows, args.top, args.first_round, args.per_publisher)
    for stem, n, tot in chosen:
        print(f"{n:3d} {tot:4d} {stem}")
    print(f"# {len(chosen)} articles, {sum(r[1] for r in chosen)} target sources of {sum(r[2] for r in chosen)}")


if __name__ == "__main__":
    main()
