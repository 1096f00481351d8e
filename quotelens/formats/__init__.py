"""Attributions out of quotelens, for scorers and annotation tools.

* :func:`write_jsonl` — the prediction format of ``score_attributions.py`` (one line per
  attribution, ``Article.scorer_records()``), for one article or a corpus;
* :func:`write_brat` — BRAT standoff, one ``<stem>.txt`` + ``<stem>.ann`` per article, as
  PolNeAR is distributed, so that ``score_attributions.py --gold DIR`` reads the export as gold;
* :func:`write_labelstudio` — Label Studio tasks (JSON) with Content, Source and Cue regions and
  their relations, plus the labelling config to create the project with.

:mod:`.bundle` gives one article's exports as bytes, for the dashboard's download buttons.
Every writer takes articles as they are: pass corrected articles
(:func:`quotelens.corrections.apply_corrections`) to export what the readers corrected.
"""

from quotelens.formats.brat import brat_ann, write_brat
from quotelens.formats.jsonl import jsonl_lines, write_jsonl
from quotelens.formats.labelstudio import LABEL_CONFIG, labelstudio_task, read_labelstudio, write_labelstudio
from quotelens.formats.stems import Stems, safe_stem

__all__ = [
    "LABEL_CONFIG",
    "Stems",
    "brat_ann",
    "jsonl_lines",
    "labelstudio_task",
    "read_labelstudio",
    "safe_stem",
    "write_brat",
    "write_jsonl",
    "write_labelstudio",
]
