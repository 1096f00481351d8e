"""Dashboard speed in headless Chromium, side by side with a one-line Streamlit app, in one run.

Measures, each repeated and reported as the median:
  * start-up: from launching `streamlit run` to the page showing its content
    (the one-line app: its text; quotelens: the Reader page's highlighted quotations),
  * page switch: clicking "Who said what" in the sidebar until its chart is drawn, and back
    to "Reader" until the highlights are drawn,
  * the server's resident memory after rendering.

    python benchmarks/dashboard.py [--repeat 3]
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

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.e2e.server import StreamlitServer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def startup(browser, script: Path, path: str, selector: str) -> tuple[float, float, StreamlitServer]:
    t0 = time.perf_counter()
    server = StreamlitServer(script)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server.url + path)
    page.wait_for_selector(selector, timeout=60_000)
    elapsed = time.perf_counter() - t0
    page.close()
    return elapsed, server.rss_mb(), server


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text('import streamlit as st\nst.write("hello from a one-line app")\n', encoding="utf-8")
        base_t, app_t, switch_t, back_t, base_mem, app_mem = [], [], [], [], [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
            )
            for _ in range(args.repeat):
                t, mem, server = startup(browser, hello, "/", "text=hello from a one-line app")
                server.stop()
                base_t.append(t)
                base_mem.append(mem)
                t, mem, server = startup(browser, ROOT / "dashboard.py", "/Reader", ".ql-quote")
                app_t.append(t)
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(server.url + "/Reader")
                page.wait_for_selector(".ql-quote")
                t0 = time.perf_counter()
                page.locator('[data-testid="stSidebarNav"] a', has_text="Who said what").click()
                page.wait_for_selector('[data-testid="stVegaLiteChart"] svg path[aria-label]')
                switch_t.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                page.locator('[data-testid="stSidebarNav"] a', has_text="Reader").click()
                page.wait_for_selector(".ql-quote")
                back_t.append(time.perf_counter() - t0)
                app_mem.append(server.rss_mb())
                page.close()
                server.stop()
            browser.close()
    med = statistics.median
    print(f"headless Chromium, median of {args.repeat} runs")
    print(f"{'measure':44} {'one-line app':>13} {'quotelens':>10} {'ratio':>6}")
    print(
        f"{'start-up to content shown (s)':44} {med(base_t):13.2f} {med(app_t):10.2f} {med(app_t) / med(base_t):6.2f}"
    )
    print(
        f"{'server memory after render (MB RSS)':44} {med(base_mem):13.0f} {med(app_mem):10.0f} {med(app_mem) / med(base_mem):6.2f}"
    )
    print(f"{'switch Reader -> Who said what (s)':44} {'':13} {med(switch_t):10.2f}")
    print(f"{'switch Who said what -> Reader (s)':44} {'':13} {med(back_t):10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
