"""BRAT standoff export, in PolNeAR's form, so the shared scorer reads it as gold.

In: articles. Out: per article ``<stem>.txt`` (the text, UTF-8, line ends as they are: offsets
stay exact) and ``<stem>.ann``; plus ``annotation.conf`` so BRAT itself can open the folder.

Per attribution written for the scorer (``Article.scorer_records``)::

    T1	Content 246 323	the meeting ...
    T2	Source 215 245	Secretary of State Rex Tillerson
    T3	Cue 204 216	according to
    T4	Attribution 204 216	according to
    E1	Attribution:T4 Cue:T3 Content:T1 Source:T2
    A1	Kind E1 indirect
    #1	AnnotatorNotes E1	speaker: Rex Tillerson

A content in pieces is one ``T`` with ``;``-separated fragments. Without a source the event is
``Attribution-no-source``. The trigger (``Attribution``) repeats the cue, as in PolNeAR, or the
source or the content's first piece when there is no cue. ``A`` and ``#`` lines (the kind and the
speaker's name) are ignored by the scorer.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quotelens.article import Article
from quotelens.formats.stems import Stems

ANNOTATION_CONF = """[entities]
Source
Cue
Content

[relations]
<OVERLAP>	Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]
Attribution	Source?:Source, Cue?:Cue, Content+:Content
Attribution-no-source	Cue?:Cue, Content+:Content

[attributes]
Kind	Arg:<EVENT>, Value:direct|mixed|indirect
"""

Spans = list[tuple[int, int]]


def record_spans(value: Any) -> Spans:
    """A record's span ([s, e] or [[s, e], ...]) as a list of fragments."""
    if not value:
        return []
    return [(int(value[0]), int(value[1]))] if isinstance(value[0], int) else [(int(s), int(e)) for s, e in value]


class _Ann:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.t = self.e = 0

    def span(self, label: str, frags: Spans) -> str:
        self.t += 1
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        words = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"T{self.t}\t{label} {offsets}\t{words}")
        return f"T{self.t}"

    def attribution(self, record: dict[str, Any]) -> None:
        content = [f for f in record_spans(record["content"]) if f[0] < f[1]]
        if not content:
            return
        source, cue = record_spans(record.get("source")), record_spans(record.get("cue"))
        event = "Attribution" if source else "Attribution-no-source"
        args = {"Content": self.span("Content", content)}
        if source:
            args["Source"] = self.span("Source", source)
        if cue:
            args["Cue"] = self.span("Cue", cue)
        trigger = self.span(event, cue or source or content[:1])
        self.e += 1
        roles = " ".join(f"{role}:{args[role]}" for role in sorted(args))
        self.lines.append(f"E{self.e}\t{event}:{trigger} {roles}")
        if record.get("kind"):
            self.lines.append(f"A{self.e}\tKind E{self.e} {record['kind']}")
        if record.get("speaker"):
            speaker = " ".join(str(record["speaker"]).split())
            self.lines.append(f"#{self.e}\tAnnotatorNotes E{self.e}\tspeaker: {speaker}")


def brat_ann(article: Article, doc: str | None = None) -> str:
    """The ``.ann`` text of one article's attributions (as written for the scorer)."""
    ann = _Ann(article.text)
    for record in article.scorer_records(doc=doc):
        ann.attribution(record)
    return "".join(line + "\n" for line in ann.lines)


def write_brat(articles: Iterable[Article], out_dir: str | Path) -> list[Path]:
    """Write ``<stem>.txt`` and ``<stem>.ann`` per article into ``out_dir`` (created if needed).

    Returns the ``.ann`` paths in article order. Stems come from the article names
    (:mod:`quotelens.formats.stems`), the same as :func:`~quotelens.formats.write_jsonl` gives.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
    stems = Stems()
    written = []
    for article in articles:
        stem = stems(article.name)
        (out / f"{stem}.txt").write_text(article.text, encoding="utf-8", newline="")
        ann = out / f"{stem}.ann"
        ann.write_text(brat_ann(article, stem), encoding="utf-8", newline="")
        written.append(ann)
    return written
