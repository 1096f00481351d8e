"""Dashboard speed side by side with minimal Streamlit apps, in one run (issue 22 items 9 and 10).

    python benchmarks/dashboard.py [first-view|switch|cpu|load|browsers|all] [--repeat 5] [--sessions 20]

Every figure is measured on apps started by this script on free ports, alternating quotelens with
its baseline so that both see the same machine:

* first-view: a fresh `streamlit run`, then Chromium navigates to the home page; seconds from
  navigation to the headline shown and to the page drawn (no element still loading, the charts
  drawn). Baselines: a one-line app (`st.write`) and a minimal Streamlit + pandas + Altair app
  (a title and a bar chart of a small DataFrame). Median of ``--repeat`` fresh servers each.
* switch: in one browser session, clicking a page in the sidebar until the new page is drawn
  (quotelens: Reader -> Who said what, its chart drawn; -> Reader, its highlights drawn; -> home).
  Baseline: a one-line app with three pages. With ``--compare OTHER/dashboard.py`` a second copy
  of quotelens (an earlier commit, say) is measured in turns with this one. Median of ``--repeat``.
* cpu: the server's CPU seconds per session visit (home -> Reader -> Who said what -> a speaker
  pick, driven without a browser over the app's websocket), after one warm-up visit. Baseline: the
  one-line three-page app visited the same way (three pages and a rerun).
* load: ``--sessions`` sessions at once without a browser, each opening the home page; p50/p95 of
  the time until the server finished drawing it, and the server's memory after.
* browsers: the same with that many Chromium pages at once; p50/p95 of navigation to the
  headline (quotelens) or the text (one-line app).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.server import StreamlitServer  # noqa: E402
from tests.e2e.wsclient import Session  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
IDLE = (
    "() => !document.querySelector('[data-testid=\"stSkeleton\"]')"
    " && !(document.querySelector('[data-testid=\"stStatusWidget\"]')?.innerText || '').includes('Running')"
)
HEADLINE = "h2.ql-headline"

ONE_LINE = 'import streamlit as st\nst.write("hello from a one-line app")\n'
MINIMAL = """import altair as alt
import pandas as pd
import streamlit as st

st.title("A minimal app")
df = pd.DataFrame({"speaker": ["a", "b", "c"], "words": [3, 5, 2]})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="words", y="speaker"), width="stretch")
"""
THREE_PAGES = """import streamlit as st

def one():
    st.title("Page one")

def two():
    st.title("Page two")

def three():
    st.title("Page three")

st.navigation([st.Page(one, title="One"), st.Page(two, title="Two"), st.Page(three, title="Three")]).run()
"""


def apps(tmp: Path) -> dict[str, Path]:
    """The baselines, each run with quotelens' own .streamlit/config.toml (the same server settings)."""
    out = {}
    for name, code in (("one-line", ONE_LINE), ("minimal", MINIMAL), ("three-pages", THREE_PAGES)):
        (tmp / name / ".streamlit").mkdir(parents=True)
        (tmp / name / "app.py").write_text(code, encoding="utf-8")
        shutil.copy(ROOT / ".streamlit" / "config.toml", tmp / name / ".streamlit" / "config.toml")
        out[name] = tmp / name / "app.py"
    out["quotelens"] = ROOT / "dashboard.py"
    return out


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its reaped children (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------------- first view
def first_view(browser: Any, script: Path, first: str, drawn: str) -> tuple[float, float]:
    server = StreamlitServer(script)
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(server.url + "/")
        page.wait_for_selector(first, timeout=120_000)
        t_first = time.perf_counter() - t0
        page.wait_for_selector(drawn, state="attached", timeout=120_000)  # (a 0-px bar of old versions counts)
        page.wait_for_function(IDLE, timeout=120_000)
        t_drawn = time.perf_counter() - t0
        context.close()
        return t_first, t_drawn
    finally:
        server.stop()


def run_first_view(browser: Any, paths: dict[str, Path], repeat: int) -> None:
    targets = {
        "one-line": ("text=hello from a one-line app", "text=hello from a one-line app"),
        "minimal": ("text=A minimal app", '[data-testid="stVegaLiteChart"] path[aria-label]'),
        # the voice bar: HTML now, a Vega chart in earlier versions (--app)
        "quotelens": (HEADLINE, '.ql-voice .ql-seg, [data-testid="stVegaLiteChart"] path[aria-label*="voice"]'),
    }
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in targets}
    for _ in range(repeat):
        for name, (first, drawn) in targets.items():
            times[name].append(first_view(browser, paths[name], first, drawn))
    print(f"\nfirst view on a fresh server, headless Chromium, median of {repeat}")
    print(f"{'app':12} {'to headline/text (s)':>21} {'to drawn (s)':>13} {'drawn / minimal':>16}")
    base = med([d for _, d in times["minimal"]])
    for name, values in times.items():
        f, d = med([v[0] for v in values]), med([v[1] for v in values])
        print(f"{name:12} {f:21.2f} {d:13.2f} {d / base:16.2f}")


# ---------------------------------------------------------------------- page switch
def timed_click(page: Any, link: str | int, ready: Callable[[], None]) -> float:
    """Seconds from clicking a sidebar link (its text, or its position) until ``ready`` returns."""
    links = page.locator('[data-testid="stSidebarNav"] a')
    target = links.nth(link) if isinstance(link, int) else links.filter(has_text=link)
    t0 = time.perf_counter()
    target.click()
    ready()
    return time.perf_counter() - t0


def heading_is(page: Any, text: str, then: str | None = None) -> Callable[[], None]:
    def wait() -> None:
        page.wait_for_function(
            "t => document.querySelector('[data-testid=\"stMainBlockContainer\"] h1')?.innerText.trim() === t", arg=text
        )
        if then:
            page.wait_for_selector(then)
        page.wait_for_function(IDLE)

    return wait


def _open(browser: Any, url: str, ready: str) -> Any:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    page.wait_for_selector(ready)
    page.wait_for_function(IDLE)
    return page


def _quotelens_round(page: Any) -> tuple[float, float, float]:
    chart = '[data-testid="stVegaLiteChart"] path[aria-label*="speaker"]'
    a = timed_click(page, "Who said what", heading_is(page, "Who said what", chart))
    b = timed_click(page, "Reader", heading_is(page, "Reader", ".ql-quote"))
    c = timed_click(page, 0, heading_is(page, "quotelens", HEADLINE))  # the home page is the first link
    page.locator('[data-testid="stSidebarNav"] a', has_text="Reader").click()
    heading_is(page, "Reader", ".ql-quote")()
    return a, b, c


def run_switch(browser: Any, paths: dict[str, Path], repeat: int, compare: Path | None) -> None:
    """Page switches of quotelens (and of ``compare``, another copy) and of the three-page app, in turns."""
    copies = {"quotelens": paths["quotelens"], **({"compared": compare} if compare else {})}
    servers = {name: StreamlitServer(script) for name, script in copies.items()}
    three = StreamlitServer(paths["three-pages"])
    rounds: dict[str, dict[str, list[float]]] = {
        n: {"-> Who said what": [], "-> Reader": [], "-> Home": []} for n in copies
    }
    one_line: list[float] = []
    try:
        pages = {name: _open(browser, server.url + "/Reader", ".ql-quote") for name, server in servers.items()}
        other = _open(browser, three.url + "/", "text=Page one")
        for i in range(repeat + 1):  # the first round loads each page's code: not counted
            for name, page in pages.items():
                times = _quotelens_round(page)
                if i:
                    for key, value in zip(rounds[name], times, strict=True):
                        rounds[name][key].append(value)
            title = "Two" if i % 2 == 0 else "Three"
            d = timed_click(other, title, heading_is(other, f"Page {title.lower()}"))
            if i:
                one_line.append(d)
    finally:
        for server in (*servers.values(), three):
            server.stop()
    print(f"\npage switch to drawn content, headless Chromium, median of {repeat} (apps in turns)")
    print(f"{'switch':20} " + " ".join(f"{name:>10}" for name in copies))
    for key in rounds["quotelens"]:
        print(f"{key:20} " + " ".join(f"{med(rounds[name][key]):10.3f}" for name in copies))
    print(f"{'three-page app':20} {med(one_line):10.3f}  (one title to the next)")


# ---------------------------------------------------------------------- browser-less sessions
def visit(url: str) -> list[float]:
    with Session(url) as s:
        times = [s.run(page="").seconds, s.run(page="Reader").seconds]
        run = s.run(page="Who_said_what")
        times.append(run.seconds)
        times.append(s.set(run.widget("selectbox", "Speaker"), "Vladimir Putin").seconds)
        return times


def visit_three_pages(url: str) -> list[float]:
    with Session(url) as s:
        return [s.run(page="").seconds, s.run(page="two").seconds, s.run(page="three").seconds, s.run().seconds]


def run_cpu(paths: dict[str, Path], repeat: int) -> None:
    print(f"\nserver CPU per session visit (browser-less), mean of {repeat} visits after one warm-up")
    for name, script, walk in (
        ("three-pages", paths["three-pages"], visit_three_pages),
        ("quotelens", paths["quotelens"], visit),
    ):
        server = StreamlitServer(script)
        try:
            walk(server.url)
            c0 = cpu_seconds(server.proc.pid)
            for _ in range(repeat):
                walk(server.url)
            per_visit = (cpu_seconds(server.proc.pid) - c0) / repeat
        finally:
            server.stop()
        print(f"{name:12} {per_visit:6.3f} CPU-s per visit (4 script runs)")


def concurrent_homes(url: str, sessions: int) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(sessions)

    def one() -> None:
        with Session(url) as s:
            start.wait()
            t = s.run(page="").seconds
        with lock:
            times.append(t)

    threads = [threading.Thread(target=one) for _ in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times


def run_load(paths: dict[str, Path], sessions: int) -> None:
    print(f"\n{sessions} sessions at once without a browser: time until the server finished the home page")
    print(f"{'app':12} {'1 session p50':>14} {'p50':>7} {'p95':>7} {'memory MB':>10}")
    for name in ("one-line", "quotelens"):
        server = StreamlitServer(paths[name])
        try:
            visit(server.url) if name == "quotelens" else concurrent_homes(server.url, 1)  # warm up
            single = [concurrent_homes(server.url, 1)[0] for _ in range(5)]
            many = concurrent_homes(server.url, sessions)
            print(f"{name:12} {med(single):14.2f} {med(many):7.2f} {p95(many):7.2f} {server.rss_mb():10.0f}")
        finally:
            server.stop()


def run_browsers(browser: Any, paths: dict[str, Path], sessions: int) -> None:
    print(f"\n{sessions} Chromium pages at once (one browser): navigation to the headline / text")
    print(f"{'app':12} {'p50':>7} {'p95':>7}")
    for name, target in (("one-line", "text=hello from a one-line app"), ("quotelens", HEADLINE)):
        server = StreamlitServer(paths[name])
        try:
            warm = browser.new_page()
            warm.goto(server.url + "/")
            warm.wait_for_selector(target, timeout=120_000)
            warm.close()
            pages = [browser.new_context(viewport={"width": 1400, "height": 1000}).new_page() for _ in range(sessions)]
            t0 = time.perf_counter()
            for page in pages:
                page.goto(server.url + "/", wait_until="commit")
            times = []
            for page in pages:
                page.wait_for_selector(target, timeout=300_000)
                times.append(time.perf_counter() - t0)
            for page in pages:
                page.context.close()
            print(f"{name:12} {med(times):7.2f} {p95(times):7.2f}")
        finally:
            server.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "what", nargs="*", default=["all"], choices=["all", "first-view", "switch", "cpu", "load", "browsers"]
    )
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--app", type=Path, default=ROOT / "dashboard.py", help="another copy of quotelens (before/after)")
    ap.add_argument("--compare", type=Path, help="switch: a second copy of quotelens, measured in turns with --app")
    args = ap.parse_args()
    what = {"first-view", "switch", "cpu", "load", "browsers"} if "all" in args.what else set(args.what)
    with tempfile.TemporaryDirectory() as tmp:
        paths = apps(Path(tmp))
        paths["quotelens"] = args.app.resolve()
        if "cpu" in what:
            run_cpu(paths, args.repeat)
        if "load" in what:
            run_load(paths, args.sessions)
        if what & {"first-view", "switch", "browsers"}:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                if "first-view" in what:
                    run_first_view(browser, paths, args.repeat)
                if "switch" in what:
                    run_switch(browser, paths, args.repeat, args.compare)
                if "browsers" in what:
                    run_browsers(browser, paths, args.sessions)
                browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
