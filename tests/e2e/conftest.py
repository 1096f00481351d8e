"""A real `streamlit run` on a free port, and Debian's Chromium driven by Playwright.

One server is shared by the browser tests (``server``); tests that need a fresh server or a
stand-in engine start their own. ``QUOTELENS_E2E_APP`` points the tests at another copy of the
dashboard (to show that a test fails on an older version of the code).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEFAULT_ARTICLE, ROOT
from tests.e2e.server import StreamlitServer
from tests.test_views import NAMES

CHROMIUM = os.environ.get("QUOTELENS_CHROMIUM", "/usr/bin/chromium")
APP = Path(os.environ.get("QUOTELENS_E2E_APP", ROOT / "dashboard.py"))
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
TIMEOUT_MS = int(os.environ.get("QUOTELENS_E2E_TIMEOUT_MS", "45000"))  # per browser action
XSS_ARTICLE = (
    "Mayor <script>alert(1)</script> Quits\n\n"
    "“I will not stay <img src=x onerror=alert(1)> <b onmouseover=alert(2)>here</b>,” Mayor Jo Park said.\n\n"
    "The council met on [Monday](http://example.invalid/track.png) and ![x](http://example.invalid/x.png) voted.\n"
)
UNRESOLVED_ARTICLE = (
    "Town Votes\n\n“We won,” she said after the vote.\n\nThe mayor, Jo Park, said the council “did the right thing.”\n"
)
MANY = NAMES  # nine speakers: more than the palette colours


def many_voices() -> str:
    paras = ["Council Hears Nine Voices"]
    for i, name in enumerate(MANY):
        paras.append(f"“We need this {' '.join(['now'] * (20 - 2 * i))},” said {name}, a resident.")
    return "\n\n".join(paras) + "\n"


class Server(StreamlitServer):
    """The dashboard on a free port, reading articles from ``corpus``."""

    def __init__(self, corpus: Path, **env: str):
        super().__init__(APP, env={"QUOTELENS_CORPUS": str(corpus), **env})


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    shutil.copy(DEFAULT_ARTICLE, d / DEFAULT_ARTICLE.name)
    meta = DEFAULT_ARTICLE.with_name(DEFAULT_ARTICLE.stem + ".meta.toml")
    shutil.copy(meta, d / meta.name)
    (d / "xss.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    (d / "unresolved.txt").write_text(UNRESOLVED_ARTICLE, encoding="utf-8")
    (d / "many.txt").write_text(many_voices(), encoding="utf-8")
    return d


@pytest.fixture()
def fresh_server(corpus) -> Iterator[Server]:
    """A server that nobody has opened yet (deep links must work on it)."""
    server = Server(corpus)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def server(corpus) -> Iterator[Server]:
    s = Server(corpus)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make test does)")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture()
def make_page(browser) -> Iterator[Callable[..., Any]]:
    """``make_page(width=1400, scheme="light")``: a page in a new browser context (a new session)."""
    contexts = []

    def make(width: int = 1400, scheme: str = "light", height: int = 1000) -> Any:
        phone = width < 600
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=scheme, is_mobile=phone, has_touch=phone
        )
        contexts.append(context)
        pg = context.new_page()
        pg.set_default_timeout(TIMEOUT_MS)
        pg.add_init_script(COUNT_RUNS)
        return pg

    yield make
    for context in contexts:
        context.close()


@pytest.fixture()
def page(make_page):
    return make_page()


def wait_until_idle(pg) -> None:
    """The app has rendered, no script run is in progress and no element is still loading.

    The app's own run state (``data-test-script-state`` on ``stApp``, set by Streamlit's frontend as a
    run is requested, starts and ends) says when a run is over; the status widget's "Running" shows
    only after a delay, so on a loaded machine it alone let a test act while a run was still going."""
    pg.wait_for_selector('[data-testid="stMainBlockContainer"] h1')
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stSkeleton\"]')"
        " && document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'"
        " && !(document.querySelector('[data-testid=\"stStatusWidget\"]')?.innerText || '').includes('Running')"
    )
    pg.wait_for_timeout(250)


# Counts the app's script runs in the page: each time ``stApp``'s run state turns to "running" or leaves it.
# (A record's attribute is read when the observer is called: a quick run can have turned "running" and back to
# "notRunning" by then, so the record of its end, whose old value is "running", counts too.)
COUNT_RUNS = """
new MutationObserver((records) => {
  for (const r of records)
    if (r.target.getAttribute(r.attributeName) === 'running' || r.oldValue === 'running')
      window.__qlRuns = (window.__qlRuns || 0) + 1;
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ['data-test-script-state']});
"""


@contextmanager
def rerun(pg, start_ms: int = 5000, settled: Callable[[], bool] | None = None) -> Iterator[None]:
    """The action in the ``with`` block has had its script run, and the page is idle after it.

    ``wait_until_idle`` alone can look before the frontend has even asked for the run (a click is
    handled late on a loaded machine): the page is still idle from before, with the old content. So
    this first waits (``start_ms`` at most) for a run to start. An action made while a run is still
    going joins that run without a new start, so no start in time is not an error: the checks that
    follow use ``eventually``.

    ``settled()`` says that the page already shows what the action asks for (the URL names the speaker
    picked, say): an action that changes nothing starts no run (Streamlit reruns only for a new value),
    and one that did start a run has shown its result, so the wait for a start ends there too."""
    import time

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    before = pg.evaluate("() => window.__qlRuns || 0")
    yield
    if settled is None:
        with suppress(PlaywrightTimeout):
            pg.wait_for_function(f"() => (window.__qlRuns || 0) > {before}", timeout=start_ms)
    else:
        deadline = time.monotonic() + start_ms / 1000
        while pg.evaluate("() => window.__qlRuns || 0") <= before and not settled() and time.monotonic() < deadline:
            pg.wait_for_timeout(50)
    wait_until_idle(pg)


def open_page(pg, url: str) -> None:
    pg.goto(url)
    wait_until_idle(pg)


def eventually(check: Callable[[], None], timeout: float = 15.0) -> None:
    """``check()`` (which asserts) passes within ``timeout`` seconds: the page settles after a rerun."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            check()
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.15)


URL_OF_PICKER = {"Speaker": "speaker", "Article": "article"}  # the URL parameter each picker writes


def pick(pg, name: str, label: str = "Speaker") -> None:
    """Choose ``name`` in the select box ``label`` as a visitor does (type to find it, click it); the run it
    starts is over (a pick that the URL already shows starts none: its wait ends at once)."""
    combo = pg.get_by_role("combobox", name=label)
    combo.click()
    combo.fill(name)
    param = URL_OF_PICKER.get(label)
    wanted = None if name == "All speakers" else name

    def settled() -> bool:
        return param is not None and url_param(pg, param) == wanted

    with rerun(pg, settled=settled):
        pg.get_by_role("option", name=name, exact=True).click()


def pick_in_form(pg, name: str, label: str) -> None:
    """Choose ``name`` in the select box ``label`` of a form: no run starts before the form is submitted,
    so this waits until the box shows it."""
    combo = pg.get_by_role("combobox", name=label)
    combo.click()
    combo.fill(name)
    pg.get_by_role("option", name=name, exact=True).click()
    eventually(lambda: _shows(picked(pg, label), name))


def _shows(value: str, expected: str) -> None:
    assert value == expected, (value, expected)


def picked(pg, label: str = "Speaker") -> str:
    return str(pg.get_by_role("combobox", name=label).input_value())


def url_param(pg, name: str) -> str | None:
    from urllib.parse import parse_qs, urlparse

    values = parse_qs(urlparse(pg.url).query).get(name)
    return values[0] if values else None


def chart(pg, index: int = 0):
    c = pg.locator('[data-testid="stVegaLiteChart"]').nth(index)
    c.locator("svg").first.wait_for()
    return c


def mark_opacities(chart_locator) -> dict[str, set[float]]:
    """Per speaker named in a mark's aria-label: the opacities its marks are drawn with."""
    rows = chart_locator.evaluate(
        """c => Array.from(c.querySelectorAll('path[aria-label]')).map(p => [
            p.getAttribute('aria-label'),
            parseFloat(p.getAttribute('opacity') ?? getComputedStyle(p).opacity)])"""
    )
    out: dict[str, set[float]] = {}
    for label, opacity in rows:
        m = re.search(r"speaker: ([^;]+)", label or "")
        if m:
            out.setdefault(m.group(1).strip(), set()).add(round(float(opacity), 2))
    return out


def screenshot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
