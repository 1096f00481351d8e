"""Issue 22 item 10 and issue 19 item 1 in real browsers: sessions stay apart, and one slow analysis
is bounded and never blocks another session."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import Server, open_page, wait_until_idle

pytestmark = pytest.mark.e2e

SECRET = "Secret Harbour Deal\n\n“Nobody may know,” Mayor Ann Lee said.\n".encode()


def upload(page, name: str, data: bytes) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": name, "mimeType": "text/plain", "buffer": data}
    )


def article_options(page) -> list[str]:
    combo = page.get_by_role("combobox", name="Article")
    combo.click()
    combo.fill("")
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return [o.strip() for o in options]


def test_an_upload_never_reaches_another_session_and_several_are_kept(server, make_page):
    alice, bob = make_page(), make_page()
    open_page(alice, server.url + "/")
    upload(alice, "secret-plan.txt", SECRET)
    alice.get_by_text("Secret Harbour Deal").first.wait_for()
    upload(alice, "harbour.txt", "Harbour Opens\n\n“At last,” Chief Omar Diaz said.\n".encode())
    alice.get_by_text("Harbour Opens").first.wait_for()
    wait_until_idle(alice)
    assert {"⬆ secret-plan.txt (yours)", "⬆ harbour.txt (yours)"} <= set(article_options(alice))
    for path in ("/", "/Reader", "/Who_said_what", "/Reader?article=upload"):
        open_page(bob, server.url + path)
        assert "Secret Harbour Deal" not in bob.locator('[data-testid="stApp"]').inner_text()
        assert not [o for o in article_options(bob) if "⬆" in o]
    open_page(bob, server.url + "/")  # uploads are on the home page
    upload(bob, "mine.txt", SECRET)  # the same bytes: read once by the server, shown under Bob's name
    bob.get_by_text("Secret Harbour Deal").first.wait_for()
    wait_until_idle(bob)
    options = article_options(bob)
    assert "⬆ mine.txt (yours)" in options and not [o for o in options if "secret-plan" in o]


# The analysis limit of the slow server: long enough that, on a loaded machine, the progress bar is
# drawn and another visitor's page is served while the analysis still runs (8 s was not, in one run
# on 2 cores with four test workers).
LIMIT = 20


@pytest.fixture()
def slow_server(corpus):
    """The dashboard with a stand-in engine that never finishes (it burns a CPU) and a LIMIT s limit."""
    server = Server(corpus, QUOTELENS_ANALYSE="tests.test_analysis:burn_forever", QUOTELENS_ANALYSIS_TIMEOUT=str(LIMIT))
    yield server
    server.stop()


def test_a_slow_analysis_shows_progress_is_stopped_and_never_blocks_another_session(slow_server, make_page):
    alice, bob = make_page(), make_page()
    open_page(alice, slow_server.url + "/")
    alice.get_by_text("…or paste text").click()
    alice.get_by_label("Article text", exact=True).fill("Endless Story\n\nwords words words")
    alice.get_by_role("button", name="Read pasted text").click()  # the form sends the text with the click
    progress = alice.locator('[data-testid="stProgress"]')
    progress.wait_for()
    assert re.search(
        rf"Reading .*Endless Story.*stopped after {LIMIT} s", alice.locator('[data-testid="stApp"]').inner_text(), re.S
    )
    # another visitor is served while the analysis burns its CPU in a worker
    open_page(bob, slow_server.url + "/Reader")
    assert bob.locator(".ql-quote").count() >= 10
    assert progress.count() == 1  # ... and Alice's analysis was still running when Bob's page was drawn
    alice.get_by_text(f"took longer than {LIMIT} s").first.wait_for(timeout=60_000)
    wait_until_idle(alice)
    assert "Donald Trump Sides With Vladimir Putin" in alice.locator('[data-testid="stApp"]').inner_text()
    assert alice.locator('[data-testid="stException"]').count() == 0


def test_while_a_new_article_is_read_the_one_before_is_hidden(slow_server, page):
    open_page(page, slow_server.url + "/")
    page.locator('[data-testid="stMetric"]').first.wait_for()
    assert page.get_by_text("Vladimir Putin is heard only through others", exact=False).count() == 1
    page.get_by_text("…or paste text").click()
    page.get_by_label("Article text", exact=True).fill("Endless Story\n\nwords words words")
    page.get_by_role("button", name="Read pasted text").click()
    page.locator('[data-testid="stProgress"]').wait_for()
    # the counters and the headline panel of the article before are not on the screen under the progress bar
    page.get_by_text("Vladimir Putin is heard only through others", exact=False).wait_for(state="hidden")
    page.get_by_text("The article shown before is hidden while this one is read").wait_for()
    assert page.locator('[data-testid="stProgress"]').count() == 1  # (still reading)
    assert not [m for m in page.locator('[data-testid="stMetric"]').all() if m.is_visible()]
    assert page.get_by_text("What these numbers count").is_hidden()  # (an expander: a block, greyed but shown)
