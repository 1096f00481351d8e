"""Write one corpus table into one file, a batch at a time: Parquet row groups, or CSV / JSONL appended.

In: the part files of one table (one per batch), and the speaker merge for the tables that carry
``corpus_speaker``. Out: the file, whose schema is the table's declared one even with no rows (a
Parquet file with every column; a CSV with its header). Each part is written as it is read (one
Parquet row group per batch: ~700 paragraph rows for 32 news articles), so memory never holds more
than one batch of a table. Parquet goes from part to file in Arrow, without pandas in between.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pandas as pd

from quotelens.corpus.merge import SpeakerMerge, speaker_columns, with_corpus_speaker
from quotelens.corpus.tables import empty, typed
from quotelens.spreadsheets import inert_frame


def write_part(df: pd.DataFrame, path: str | Path) -> None:
    """One batch of one table, as an Arrow IPC file: a part is written once and read once, so it is
    not worth Parquet's encoding (reading 160 small Parquet parts took 0.6 s of a 1.8 s finish)."""
    import pyarrow as pa
    import pyarrow.feather as feather

    feather.write_feather(pa.Table.from_pandas(df, preserve_index=False), str(path), compression="uncompressed")


def read_part(path: str | Path, columns: list[str] | None = None) -> Any:
    """A part file as an Arrow table."""
    import pyarrow.feather as feather

    return feather.read_table(str(path), columns=columns, memory_map=False)


def write_table(parts: list[str], path: str, name: str, fmt: str, merge: SpeakerMerge | None) -> int:
    """Stream the part files of table ``name`` into the file ``path``; returns its rows."""
    if fmt == "parquet":
        return _parquet_table(parts, path, name, merge)
    with TableWriter(path, name, fmt) as writer:
        for part in parts:
            df = read_part(part).to_pandas()
            writer.write(typed(with_corpus_speaker(df, merge) if merge else df, name))
    return writer.rows


def _parquet_table(parts: list[str], path: str, name: str, merge: SpeakerMerge | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.Schema.from_pandas(empty(name), preserve_index=False)
    rows = 0
    with pq.ParquetWriter(path, schema) as writer:
        for part in parts:
            table = read_part(part)
            if merge is not None:
                who, kind = speaker_columns(table.column_names)
                found = [table[c].to_pylist() for c in ("article_id", who, kind)]
                table = table.append_column("corpus_speaker", pa.array(merge.values(*found), pa.string()))
            if table.num_rows:
                writer.write_table(table.select(schema.names).cast(schema))
                rows += table.num_rows
    return rows


class TableWriter:
    def __init__(self, path: str | Path, name: str, fmt: str) -> None:
        self.path, self.name, self.fmt = Path(path), name, fmt
        self.rows = 0
        self._parquet: Any = None
        self._text: IO[str] | None = None
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            self._schema = pa.Schema.from_pandas(empty(name), preserve_index=False)
            self._parquet = pq.ParquetWriter(self.path, self._schema)
        else:
            self._text = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed in close())
            if fmt == "csv":
                empty(name).to_csv(self._text, index=False)  # the header, also for a table with no rows

    def write(self, df: pd.DataFrame) -> None:
        if df.empty:
            return
        self.rows += len(df)
        if self._text is not None:
            if self.fmt == "csv":
                inert_frame(df).to_csv(self._text, index=False, header=False)  # opened as text by a spreadsheet
            else:
                df.to_json(self._text, orient="records", lines=True, force_ascii=False)  # ends with "\n"
            return
        import pyarrow as pa

        self._parquet.write_table(pa.Table.from_pandas(df, schema=self._schema, preserve_index=False))

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._text is not None:
            self._text.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
