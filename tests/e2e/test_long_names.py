"""A long speaker name on Who said what: whole on a desk, and on a phone broken onto two lines within a part of
the chart (quotelens/charts.py NAME_AXIS: only a second line still too long would end in "…")."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Server, chart, open_page

# one pytest-xdist worker runs both widths: one server of the article, not one per worker
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("long-names-server")]

LONG = "Maria Fernanda Gonzalez Villanueva"
ARTICLE = (
    "Council Votes on the Bridge\n\n"
    f"“We will build it this year, whatever it costs,” said {LONG}, the council's chair.\n\n"
    "“It is a waste of money,” said Tom Lee, a resident.\n"
)


@pytest.fixture(scope="module")
def long_names_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long-names")
    (folder / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    server = Server(folder)
    yield server
    server.stop()


def name_labels(page) -> tuple[float, list[tuple[str, float]]]:
    """The chart's width and its speaker labels (text, drawn width); a label broken onto lines (Vega's
    tspans) is read with a space between its lines."""
    bars = chart(page, 0)
    width = bars.locator("svg").first.bounding_box()["width"]
    labels = bars.evaluate(
        """c => Array.from(c.querySelectorAll('.role-axis-label text')).map(t => {
            const lines = Array.from(t.querySelectorAll('tspan')).map(s => s.textContent);
            return [lines.length ? lines.join(' ') : t.textContent, t.getBoundingClientRect().width];
        })"""
    )
    return width, [(text, w) for text, w in labels if not text.replace(",", "").isdigit()]


@pytest.mark.parametrize("width", [1400, 390])
def test_a_long_name_leaves_the_bars_most_of_a_phones_width(long_names_server, make_page, width):
    page = make_page(width=width)
    open_page(page, f"{long_names_server.url}/Who_said_what?article=bridge.txt")
    chart_width, labels = name_labels(page)
    texts = [text for text, _ in labels]
    assert "Tom Lee" in texts, texts
    widest = max(w for _, w in labels)
    assert LONG in texts, texts  # the whole name: on one line or two, never cut while two lines hold it
    if width == 390:
        assert widest <= 0.42 * chart_width, (widest, chart_width)  # and the bars keep most of a phone's width
