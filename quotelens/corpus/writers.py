"""Write one corpus table into one file, a batch at a time: Parquet row groups, or CSV / JSONL appended.

In: typed batches of one table (:func:`quotelens.corpus.tables.typed`). Out: the file, whose schema
is the table's declared one even with no rows (a Parquet file with every column; a CSV with its
header). Each batch is written as it comes (one Parquet row group per batch: ~700 paragraph rows for
32 news articles), so memory never holds more than one batch of a table.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pandas as pd

from quotelens.corpus.tables import empty


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
                df.to_csv(self._text, index=False, header=False)
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
