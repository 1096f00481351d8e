"""Back after a switch of page: the switch is one history entry that carries the URL's parameters, so the first
Back returns to the page before with its selection (it landed on a bare ``/Reader``, the selection dropped, in one
run of two: the browser drew the new page's address before the app's query string came, and pushed both)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, picked, rerun, url_param, wait_until_idle

pytestmark = pytest.mark.e2e

TWO_VOICES = (
    "Harbour Plan Delayed\n\n“We need the land now,” said lawmaker Ann Lee.\n\n"
    "“The plan is on schedule,” Secretary Omar Diaz said.\n"
).encode()

# The app's messages from the server, each handed on a little later than it came (in order), once the test
# asks for it: the browser then always draws the new page's address before the next message, the case that
# made two history entries when the app's query string came after the switch.
SLOW_MESSAGES = """
(() => {
  let chain = Promise.resolve();
  const slow = (handler) => function (event) {
    if (!window.__qlSlowMs) return handler.call(this, event);
    chain = chain.then(() => new Promise((done) => setTimeout(() => { handler.call(this, event); done(); },
                                                               window.__qlSlowMs)));
  };
  const add = WebSocket.prototype.addEventListener;
  WebSocket.prototype.addEventListener = function (type, handler, ...rest) {
    return add.call(this, type, type === 'message' ? slow(handler) : handler, ...rest);
  };
  const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    set(handler) { onmessage.set.call(this, handler && slow(handler)); },
    get() { return onmessage.get.call(this); },
  });
})();
"""


def _is(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def test_one_back_after_switching_page_returns_with_the_selection(server, make_page):
    # (the same with an upload, whose URL has only ?speaker=: Streamlit drops every parameter on a switch)
    page = make_page()
    page.add_init_script(SLOW_MESSAGES)
    open_page(page, f"{server.url}/Who_said_what?article=trump-putin-meeting.txt&speaker=Vladimir+Putin")
    entries = page.evaluate("history.length")
    page.evaluate("window.__qlSlowMs = 20")
    with rerun(page):
        page.get_by_role("link", name="Reader").first.click()
    eventually(lambda: _is(url_param(page, "speaker"), "Vladimir Putin"))
    page.wait_for_timeout(300)  # (a second entry, if any, is pushed by now)
    page.evaluate("window.__qlSlowMs = 0")
    assert page.url.split("?")[0] == server.url + "/Reader"
    assert page.evaluate("history.length") == entries + 1, "the switch of page made more than one history entry"
    page.go_back()
    wait_until_idle(page)
    eventually(lambda: _is(page.url.split("?")[0], server.url + "/Who_said_what"))
    eventually(lambda: _is(picked(page), "Vladimir Putin"))
    assert url_param(page, "article") == "trump-putin-meeting.txt" and url_param(page, "speaker") == "Vladimir Putin"
