"""The upload box says one limit, honestly: Streamlit writes its own "20MB per file" in the box (the server's
limit, set above the article limit on purpose), so quotelens says beside it what it reads and what happens
to a larger file, with the figures of the configuration and of quotelens.textio, never a third one."""

from __future__ import annotations

import tomllib

from quotelens.current import upload_limits_note
from quotelens.textio import MAX_BYTES
from tests.conftest import ROOT
from tests.test_pages import app

ARTICLE_MB = MAX_BYTES // (1024 * 1024)
BOX_MB = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]


def test_the_note_names_both_limits_and_what_happens():
    note = upload_limits_note(ARTICLE_MB, BOX_MB)
    assert f"{ARTICLE_MB} MB" in note and f"{BOX_MB} MB" in note and "refused with the reason" in note
    assert upload_limits_note(5, 5) == "One article, up to 5 MB."


def test_home_shows_it_under_the_box():
    at = app()
    assert not at.exception
    box = at.get("file_uploader")[0]  # (the sidebar's: the Reader's import of corrections is on another page)
    assert "MB" not in box.proto.label  # the figures are said once, in the note below
    captions = [c.value for c in at.sidebar.caption]
    assert upload_limits_note(ARTICLE_MB, BOX_MB) in captions
