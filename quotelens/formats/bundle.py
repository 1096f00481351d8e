"""One article's exports as bytes, for download buttons (the files the writers put on disk).

In: an article (the corrected one, to export what the readers corrected). Out: the scorer's
JSONL, BRAT as a zip (``<stem>.txt``, ``<stem>.ann``, ``annotation.conf``: unpack it and
``score_attributions.py --gold`` reads it), and Label Studio tasks as JSON. Each is the same
text the matching ``write_*`` function writes.
"""

from __future__ import annotations

import io
import json
import zipfile

from quotelens.article import Article
from quotelens.formats.brat import ANNOTATION_CONF, brat_ann
from quotelens.formats.jsonl import jsonl_lines
from quotelens.formats.labelstudio import labelstudio_task
from quotelens.formats.stems import safe_stem


def jsonl_bytes(article: Article) -> bytes:
    return "".join(line + "\n" for line in jsonl_lines([article])).encode("utf-8")


def brat_zip(article: Article) -> bytes:
    """A zip of the article's BRAT folder (see :func:`~quotelens.formats.write_brat`)."""
    stem = safe_stem(article.name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{stem}/{stem}.txt", article.text.encode("utf-8"))
        z.writestr(f"{stem}/{stem}.ann", brat_ann(article, stem).encode("utf-8"))
        z.writestr(f"{stem}/annotation.conf", ANNOTATION_CONF.encode("utf-8"))
    return buffer.getvalue()


def labelstudio_bytes(article: Article, as_annotations: bool = True) -> bytes:
    """One Label Studio task, as a list (Label Studio imports a list of tasks); a corrected
    article's attributions are annotations (checked by a reader), else predictions."""
    task = labelstudio_task(article, safe_stem(article.name), as_annotations)
    return json.dumps([task], ensure_ascii=False, indent=1).encode("utf-8")
