"""Read PolNeAR BRAT standoff (.ann) files: T spans and E attribution events."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
TRAIN = os.path.join(SHARED, "polnear", "train")
DEV = os.path.join(SHARED, "polnear", "dev")

_RECORD = re.compile(r"^[TE#]\d+\t")


@dataclass
class Span:
    label: str
    frags: list[tuple[int, int]]
    text: str


@dataclass
class Event:
    eid: str
    trigger: str
    roles: dict[str, str] = field(default_factory=dict)


def _records(raw: str) -> list[str]:
    recs: list[str] = []
    for line in raw.split("\n"):
        if _RECORD.match(line) or not recs:
            recs.append(line)
        else:
            recs[-1] += "\n" + line
    return recs


def read_ann(path: str) -> tuple[dict[str, Span], dict[str, Event]]:
    """({T id: Span}, {E id: Event}) of one .ann file."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    spans: dict[str, Span] = {}
    events: dict[str, Event] = {}
    for rec in _records(raw):
        if rec.startswith("T"):
            tid, mid, txt = rec.split("\t", 2)
            label, offs = mid.split(" ", 1)
            frags = [(int(a), int(b)) for a, b in (f.split() for f in offs.split(";"))]
            spans[tid] = Span(label, frags, txt)
        elif rec.startswith("E"):
            eid, rest = rec.split("\t", 1)
            parts = [p.split(":", 1) for p in rest.split()]
            trigger = parts[0][0]
            events[eid] = Event(eid, trigger, {k: v for k, v in parts[1:]})
    return spans, events


def read_text(stem: str, folder: str = TRAIN) -> str:
    with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as fh:
        return fh.read()


def source_events(stem: str, folder: str = TRAIN) -> list[tuple[Event, Span, Span | None]]:
    """Events with a Source role, in .ann order: (event, source span, content span or None)."""
    spans, events = read_ann(os.path.join(folder, stem + ".ann"))
    out = []
    for ev in events.values():
        if "Source" in ev.roles:
            content = spans.get(ev.roles["Content"]) if "Content" in ev.roles else None
            out.append((ev, spans[ev.roles["Source"]], content))
    return out


def event_key(eid: str) -> int:
    return int(eid[1:])
