"""Wide tables fit a desk's main column (about 940 px at 1,400 px) with their long texts wrapped; the rarely used
columns are hidden at first behind the table's own column picker, and a caption names them."""

from __future__ import annotations

import pytest

from quotelens import tablelayout
from tests.test_pages import app

MAIN_COLUMN = 920  # px: inside the table's frame, in the main column beside the sidebar at 1,400 px
SELECTION_BOX = 35  # px: the Reader's evidence rows have one


@pytest.mark.parametrize("name", sorted(tablelayout.LAYOUTS))
def test_each_table_shows_at_most_a_desks_width(name):
    extra = SELECTION_BOX if name == "evidence" else 0
    assert sum(tablelayout.LAYOUTS[name].values()) + extra <= MAIN_COLUMN


def test_the_layout_hides_the_others_and_wraps_long_text():
    columns = ["speaker", "cue", "words", "kind", "stance", "paragraph"]
    out = tablelayout.layout("quotes to read", columns)
    config = out["column_config"]
    assert config["words"] == {"width": 250} and config["stance"] == {"hidden": True}
    assert out["row_height"] == tablelayout.WRAPPED_ROW > 64  # (Streamlit wraps only rows taller than 4 rem)
    assert tablelayout.hidden_columns("quotes to read", columns) == ["stance", "paragraph"]
    assert "stance, paragraph" in tablelayout.picker_tip("quotes to read", columns)
    assert tablelayout.layout("a table of its own", columns) == {}
    evidence = tablelayout.layout("evidence", ["speaker", "words", "evidence"])  # (rows ticked: ten in sight)
    assert evidence["row_height"] == tablelayout.WRAPPED_ROW and evidence["height"] == 35 + 10 * tablelayout.WRAPPED_ROW
    assert evidence["column_config"]["evidence"]["width"] >= 250  # (not cut after 30 characters)
    assert tablelayout.picker_tip("speakers", ["speaker", "kind"]) == ""


def test_a_pages_own_column_config_is_kept():
    link = {"label": "open", "type_config": {"type": "link", "display_text": "Open"}}
    config = tablelayout.layout("corpus hits", ["open", "words"], {"open": link})["column_config"]
    assert config["open"]["type_config"] == link["type_config"] and config["open"]["width"] == 140


@pytest.mark.parametrize(
    ("page", "hidden"), [("wsw", "stance"), ("timeline", "paragraph"), ("reader", "source as written")]
)
def test_the_pages_say_which_columns_the_picker_holds(page, hidden):
    at = app(page)
    assert not at.exception
    tips = [c.value for c in at.caption if c.value.startswith("More columns (")]
    assert len(tips) == 1 and hidden in tips[0]
    assert hidden in at.dataframe[0].value.columns  # (hidden at first, still in the table)
