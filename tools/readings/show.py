"""Print a train article for reading: the text with every gold Source span marked, then its events.

Source spans are marked inline as [[E5|he]]; the listing gives, per event in text order, the source
span, the cue and the content (fragments joined by ' ... '). With --todo FILE, only events the
readings file does not cover yet are listed.

    python tools/readings/show.py STEM [--no-text] [--width 160]
"""

from __future__ import annotations

import argparse

from ann import TRAIN, event_key, read_ann, read_text, source_events


def marked_text(text: str, marks: list[tuple[int, int, str]]) -> str:
    """The text with [[Eid|span]] around each (start, end, eid) Source fragment."""
    out, pos = [], 0
    for s, e, eid in sorted(marks):
        if s < pos:  # overlapping source spans: mark the start only
            out.append(f"[[{eid}^]]")
            continue
        out.append(text[pos:s])
        out.append(f"[[{eid}|{text[s:e]}]]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stem")
    ap.add_argument("--no-text", action="store_true")
    ap.add_argument("--width", type=int, default=200)
    args = ap.parse_args()
    text = read_text(args.stem)
    spans, _ = read_ann(f"{TRAIN}/{args.stem}.ann")
    evs = source_events(args.stem)
    if not args.no_text:
        marks = [(s, e, ev.eid) for ev, src, _ in evs for s, e in src.frags]
        print(marked_text(text, marks))
        print("=" * 80)
    order = sorted(evs, key=lambda t: (t[1].frags[0][0], event_key(t[0].eid)))
    for ev, src, content in order:
        cue = spans[ev.roles["Cue"]].text if "Cue" in ev.roles else "-"
        body = " ... ".join(text[s:e] for s, e in content.frags) if content else "(no content)"
        body = " ".join(body.split())
        if len(body) > args.width:
            body = body[: args.width // 2] + " ... " + body[-args.width // 2 :]
        print(f"{ev.eid:5} @{src.frags[0][0]:<6} src={src.text!r} cue={cue!r}\n      {body}")


if __name__ == "__main__":
    main()
