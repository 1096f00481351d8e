"""Bounded fuzzing of the loader: arbitrary bytes never crash it; they load or get a clear refusal."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotelens import ArticleInputError, load_article
from quotelens.schema import validate

_MARKUP = st.sampled_from(
    [
        b"<p>",
        b"</p>",
        b"<script>",
        b"<!doctype html>",
        b"# ",
        b"**",
        b"[a](b)",
        b"\xe2\x80\x9c",
        b"\xe2\x80\x9d",
        b'"',
        b" said ",
        b"\r\n",
        b"\n\n",
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b"\x00",
        b"%PDF",
        b"Mr. Lee",
    ]
)
_BYTES = st.lists(st.one_of(st.binary(max_size=40), _MARKUP), max_size=60).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_BYTES, st.sampled_from(["a.txt", "a.md", "a.html", "upload"]))
def test_loader_never_crashes_on_arbitrary_bytes(data, name):
    try:
        art = load_article(data, name=name)
    except ArticleInputError as exc:
        assert str(exc).startswith(name)
        return
    for table, df in art.tables().items():
        validate(df, table)
    for r in art.quotes.itertuples():
        assert art.text[r.start : r.end] == r.text
