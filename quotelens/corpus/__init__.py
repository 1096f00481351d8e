"""Many articles at once: read a corpus, extract every table, merge speakers across articles.

In: folders of .txt/.md/.html files, article files, or CSV / JSONL / Parquet files with one article
per row (columns such as ``title``, ``text``, ``date``, ``source``/``subject``; names configurable).
Out: the corpus tables — ``articles``, ``paragraphs``, ``quotes``, ``speakers``, ``mentions``, each
keyed by ``article_id``, with speakers merged across articles into ``corpus_speaker``.

The package is laid out by stage:

* :mod:`.inputs` — a row or a file as an article, or as a one-line problem (text from data is text);
* :mod:`.plan` — the inputs cut into slices that are read independently (file names, byte ranges);
* :mod:`.extract` — a batch of articles into typed tables (and a whole corpus in memory);
* :mod:`.merge` — the cross-article speaker merge;
* :mod:`.output`, :mod:`.writers` — batches written beside the target, streamed into one file per
  table, the manifest last, then moved into place; :mod:`.tables` reads a finished folder back;
* :mod:`.run`, :mod:`.dask_engine`, :mod:`.progress` — running it here or on Dask, with progress;
* :mod:`.query` — the Corpus page's questions; :mod:`.cache` — the tables it showed, kept on disk
  for the next start.

``run_corpus(paths, out, RunOptions(engine="dask"))`` gives the same tables, row for row, as the
single process (``engine="local"``); ``extract_corpus(read_corpus(path))`` builds them in memory.
"""

from quotelens.corpus.extract import Batch, assemble, extract_batch, extract_corpus
from quotelens.corpus.inputs import ARTICLE_SUFFIXES, ArticleInput, Columns, Problem
from quotelens.corpus.merge import merge_speakers
from quotelens.corpus.output import OutputError
from quotelens.corpus.plan import plan_inputs, read_corpus
from quotelens.corpus.query import named_speakers, quoted_speakers, quotes_over_time, search_quotes, top_speakers
from quotelens.corpus.run import Interrupted, RunOptions, RunReport, run_corpus
from quotelens.corpus.tables import TABLES, CorpusTables, IncompleteOutputError, read_tables

__all__ = [
    "ARTICLE_SUFFIXES",
    "TABLES",
    "ArticleInput",
    "Batch",
    "Columns",
    "CorpusTables",
    "IncompleteOutputError",
    "Interrupted",
    "OutputError",
    "Problem",
    "RunOptions",
    "RunReport",
    "assemble",
    "extract_batch",
    "extract_corpus",
    "merge_speakers",
    "named_speakers",
    "plan_inputs",
    "quoted_speakers",
    "quotes_over_time",
    "read_corpus",
    "read_tables",
    "run_corpus",
    "search_quotes",
    "top_speakers",
]
