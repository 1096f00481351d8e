"""A real `streamlit run` on a free port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_ARTICLE, ROOT
from tests.e2e.server import StreamlitServer

CHROMIUM = os.environ.get("QUOTELENS_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
XSS_ARTICLE = (
    "Mayor <script>alert(1)</script> Quits\n\n"
    "“I will not stay <img src=x onerror=alert(1)> <b onmouseover=alert(2)>here</b>,” Mayor Jo Park said.\n\n"
    "The council met on [Monday](http://example.invalid/track.png) and ![x](http://example.invalid/x.png) voted.\n"
)


class Server(StreamlitServer):
    """The dashboard on a free port, reading articles from ``corpus``."""

    def __init__(self, corpus: Path):
        super().__init__(ROOT / "dashboard.py", env={"QUOTELENS_CORPUS": str(corpus)})


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    shutil.copy(DEFAULT_ARTICLE, d / DEFAULT_ARTICLE.name)
    (d / "xss.txt").write_text(XSS_ARTICLE, encoding="utf-8")
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
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"]
        )
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()


def wait_until_idle(pg) -> None:
    """The app has rendered and no script run is in progress."""
    pg.wait_for_selector('[data-testid="stApp"]')
    pg.wait_for_selector('[data-testid="stMainBlockContainer"] h1')
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')"
    )
    pg.wait_for_timeout(800)


def screenshot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
