"""What corrections cost when an article is opened: with 50 corrections against without any.

Both variants run alternated in one process, on the same article, after a warm-up:

* ``open``: ``load_article(path)`` (what a page does on a cache miss);
* ``open + 50 corrections``: the same, then the corrections of its text read from a SQLite file
  (``CorrectionStore.for_article``) and applied (``apply_corrections``), as the pages will do.

The 50 corrections mix every kind a reader makes, several per quotation (so their histories
fold): speakers (existing, new, anonymous), kinds, content by words, "not a quotation", reverts
and added quotations. The target (issue 24): the difference stays under 50 ms.

    python benchmarks/corrections.py [--article corpus/trump-putin-meeting.txt] [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotelens import load_article  # noqa: E402
from quotelens.article import Article  # noqa: E402
from quotelens.corrections import (  # noqa: E402
    Correction,
    CorrectionStore,
    Words,
    add_quotation,
    apply_corrections,
    article_digest,
    correct,
    engine_for,
    revert,
)


def fifty_corrections(article: Article, n: int = 50) -> list[Correction]:
    """``n`` corrections of every sort, spread over the article's quotations and paragraphs."""
    view = apply_corrections(article, [])
    words = Words(article.text)
    groups = len(view.keys)
    names = [str(x) for x in article.speakers["name"]]
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    out: list[Correction] = []
    k = 0
    while len(out) < n:
        g = k % groups
        sort = k % 7
        if sort == 0:
            out.append(correct(view, g, speaker=names[k % len(names)], author="bench"))
        elif sort == 1:
            out.append(correct(view, g, speaker=f"New Person {k}", speaker_type="person"))
        elif sort == 2:
            out.append(correct(view, g, kind=("direct", "mixed", "indirect")[k % 3]))
        elif sort == 3:
            first, last = words.range_of(*_span(view, g))  # type: ignore[misc]
            out.append(correct(view, g, content_words=((first, max(first, last - 1)),)))
        elif sort == 4:
            out.append(correct(view, g, speaker_type="anonymous"))
        elif sort == 5:
            para = body.iloc[k % len(body)]
            first, last = words.range_of(int(para["start"]), int(para["end"]))  # type: ignore[misc]
            out.append(add_quotation(view, ((first, min(last, first + 8)),), speaker="Added Speaker"))
        else:
            out.append(revert(view, g) if k % 2 else correct(view, g, not_quote=True))
        k += 1
    return out


def _span(view, group: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = view.article.quotes[view.article.quotes["group"] == group]
    return int(rows["start"].min()), int(rows["end"].max())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--article", default=str(ROOT / "corpus" / "trump-putin-meeting.txt"))
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--corrections", type=int, default=50)
    args = ap.parse_args(argv)

    path = Path(args.article)
    article = load_article(path)
    corrections = fifty_corrections(article, args.corrections)
    with tempfile.TemporaryDirectory() as tmp:
        store = CorrectionStore(engine_for(str(Path(tmp) / "bench.sqlite3")))
        store.save(*corrections)
        digest = article_digest(article.text)

        def plain() -> None:
            load_article(path)

        def corrected() -> None:
            art = load_article(path)
            fixed = apply_corrections(art, store.for_article(digest))
            assert fixed.report.applied > 0

        for f in (plain, corrected):  # warm-up
            f()
        times: dict[str, list[float]] = {"open": [], "open + corrections": []}
        for _ in range(args.rounds):
            for label, f in (("open", plain), ("open + corrections", corrected)):
                t = time.perf_counter()
                f()
                times[label].append((time.perf_counter() - t) * 1000)
        report = apply_corrections(article, store.for_article(digest)).report
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"article: {path.name} ({len(article.text):,} characters, {len(article.attributions)} quotations)")
    print(
        f"corrections: {len(corrections)} stored; in force: {report.applied} applied ({report.corrected} changed, "
        f"{report.added} added, {report.removed} not a quotation), {report.reverted} reverted"
    )
    for k, v in med.items():
        print(f"{k:22} median {v:7.1f} ms  (min {min(times[k]):.1f}, max {max(times[k]):.1f}, {args.rounds} rounds)")
    extra = med["open + corrections"] - med["open"]
    print(f"cost of the corrections: {extra:+.1f} ms (target: at most +50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
