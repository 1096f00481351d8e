"""Saved news pages read by quotelens and by other extractors, side by side.

(Not named html.py: run as a script, a benchmarks/html.py would shadow the standard library's html
package for every script in this folder.)

python benchmarks/html_extraction.py            # the table (BENCHMARKS.md, "Web pages")
python benchmarks/html_extraction.py --pages    # and one line per page

For each page of ``benchmarks/html_pages/manifest.json``: article snippets kept, page-clutter snippets
let in, and whether the headline is the page's own. For quotelens, "let in" means inside a paragraph
that is searched for quotations (title or body: not the boilerplate, heading or byline rows); the
text it shows is counted too ("in text"). The others are trafilatura (the reference, with its own
fallbacks; by default and in the precision mode quotelens uses), readability-lxml and jusText (trafilatura's two fallbacks, run alone), and the plain
``html.parser`` reducer that quotelens falls back to (and used alone before).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "benchmarks" / "html_pages"

from quotelens import load_article  # noqa: E402
from quotelens.textio.decode import decode_cascade  # noqa: E402
from quotelens.textio.html import html_to_text  # noqa: E402

Reading = tuple[str, str | None, str]  # (story text, headline or None, all text shown)


def squash(text: str) -> str:
    return " ".join(text.split())


def read_quotelens(data: bytes) -> Reading:
    art = load_article(data, name="page.html")
    story = art.paragraphs[art.paragraphs["role"].isin(["title", "body"])]
    return "\n".join(story["text"]), art.meta.get("headline", art.title), art.text


def read_trafilatura(markup: str, precision: bool = False) -> Reading:
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=precision
    )
    text = (doc.text or "") if doc else ""
    return text, (doc.title if doc else None), text


def read_readability(markup: str) -> Reading:
    import lxml.html
    from readability import Document

    doc = Document(markup)
    text = lxml.html.fromstring(doc.summary()).text_content()
    return text, doc.short_title(), text


def read_justext(markup: str) -> Reading:
    import justext

    lang = "English"
    paras = justext.justext(markup.encode("utf-8"), justext.get_stoplist(lang))
    text = "\n".join(p.text for p in paras if not p.is_boilerplate)
    return text, None, text


def read_plain(markup: str) -> Reading:
    text = html_to_text(markup)
    return text, None, text


READERS: dict[str, Callable[[str], Reading]] = {
    "trafilatura": read_trafilatura,
    "trafilatura, precision": lambda markup: read_trafilatura(markup, precision=True),
    "readability-lxml": read_readability,
    "jusText": read_justext,
    "plain html.parser": read_plain,
}


def score(page: dict, reading: Reading) -> dict[str, int]:
    story, headline, shown = (squash(x) if x is not None else None for x in reading)
    assert story is not None and shown is not None
    return {
        "kept": sum(squash(s) in story for s in page["keep"]),
        "clutter": sum(squash(s) in story for s in page["clutter"]),
        "clutter_shown": sum(squash(s) in shown for s in page["clutter"]),
        "headline": int(headline is not None and squash(headline) in {squash(h) for h in page["headline"]}),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", action="store_true", help="one line per page as well")
    args = ap.parse_args()
    manifest = json.loads((PAGES / "manifest.json").read_text(encoding="utf-8"))
    pages = manifest["pages"]
    totals: dict[str, dict[str, float]] = {}
    quote_rows = 0
    for page in pages:
        data = (PAGES / page["file"]).read_bytes()
        markup = decode_cascade(data)[0]
        results = {}
        t0 = time.perf_counter()
        results["quotelens"] = score(page, read_quotelens(data))
        elapsed = {"quotelens": time.perf_counter() - t0}
        quote_rows += len(load_article(data, name="page.html").quotes)
        for name, reader in READERS.items():
            t0 = time.perf_counter()
            results[name] = score(page, reader(markup))
            elapsed[name] = time.perf_counter() - t0
        for name, res in results.items():
            tot = totals.setdefault(name, {"kept": 0, "clutter": 0, "clutter_shown": 0, "headline": 0, "seconds": 0.0})
            for k, v in res.items():
                tot[k] += v
            tot["seconds"] += elapsed[name]
        if args.pages:
            cells = "  ".join(f"{n}: {r['kept']}/{r['clutter']}/{r['headline']}" for n, r in results.items())
            print(f"{page['file']:<26} {cells}")
    n_keep = sum(len(p["keep"]) for p in pages)
    n_clutter = sum(len(p["clutter"]) for p in pages)
    outlets = len({p["outlet"] for p in pages})
    print(f"\n{len(pages)} pages from {outlets} outlets; {n_keep} article snippets, {n_clutter} clutter snippets\n")
    print("| | article snippets kept | clutter let in (story) | clutter in text shown | headline right | s/page |")
    print("|---|---|---|---|---|---|")
    for name, tot in totals.items():
        head = (
            f"{int(tot['headline'])} / {len(pages)}"
            if name.startswith(("quotelens", "trafilatura", "readability"))
            else "–"
        )
        shown = f"{int(tot['clutter_shown'])} / {n_clutter}" if name == "quotelens" else "(same)"
        print(
            f"| {name} | {int(tot['kept'])} / {n_keep} ({tot['kept'] / n_keep:.0%}) | {int(tot['clutter'])} / {n_clutter} "
            f"| {shown} | {head} | {tot['seconds'] / len(pages):.3f} |"
        )
    print(f"\nquotelens quotation rows over all pages: {quote_rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
