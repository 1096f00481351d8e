"""Text from data is text: a cell (or a file's content) that names an existing file is that string."""

from __future__ import annotations

import pytest

from quotelens import load_article

SECRET = "s3cr3t-token-7Q"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(f"Secret Memo\n\nThe {SECRET} must never leave this file.\n", encoding="utf-8")
    return path


def test_load_article_reads_only_path_objects(secret_file):
    assert load_article(str(secret_file)).text == str(secret_file)
    assert load_article("/etc/passwd").text == "/etc/passwd"
    assert SECRET in load_article(secret_file).text  # a Path says "read this file"
