"""SQL over a run's tables: DuckDB with each table registered as a view.

The tables ``manifest.json`` lists are the views, under their table names
(``articles``, ``roles`` …), read from ``NAME.parquet`` (a file or a folder of
part files) where the run wrote it, else ``NAME.jsonl``, else ``NAME.csv``. Views over JSONL and CSV have the types of
:data:`pipeline.tables.COLUMN_TYPES`, as Parquet has, so a query gives the same
answer whichever format the run wrote (a CSV cell neutralised for spreadsheets
keeps its leading apostrophe).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from .export import neutralise_cell, parquet_parts
from .publish import read_manifest, settle
from .tables import COLUMN_TYPES, COLUMNS

__all__ = ["connect", "run_query", "write_result"]

_PREFERENCE = ("parquet", "jsonl", "csv")
_SQL_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


def _table_files(outdir: Path) -> dict[str, tuple[Path, str]]:
    """``{table: (file, format)}`` for each table of the run in ``outdir``."""
    settle(outdir)
    manifest = read_manifest(outdir)
    found: dict[str, tuple[Path, str]] = {}
    if manifest is not None:
        for entry in manifest["files"]:
            table, fmt = entry.get("table"), entry.get("format")
            if table in COLUMNS and fmt in _PREFERENCE:
                chosen = found.get(table)
                if chosen is None or _PREFERENCE.index(fmt) < _PREFERENCE.index(chosen[1]):
                    found[table] = (outdir / entry["file"], fmt)
        return found
    for table in COLUMNS:  # a folder written before manifests existed
        for fmt in _PREFERENCE:
            if (outdir / f"{table}.{fmt}").exists():
                found[table] = (outdir / f"{table}.{fmt}", fmt)
                break
    return found


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _view_sql(table: str, path: Path, fmt: str) -> str:
    if fmt == "parquet":  # a file, or a folder of part files
        files = ", ".join(_quote(str(part)) for part in parquet_parts(path))
        return f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{files}])"
    types = COLUMN_TYPES[table]
    text_columns = "{" + ", ".join(f"{_quote(c)}: 'VARCHAR'" for c in types) + "}"
    if fmt == "jsonl":
        source = f"read_json({_quote(str(path))}, format='newline_delimited', columns={text_columns})"
    else:
        source = f"read_csv({_quote(str(path))}, header=true, columns={text_columns}, encoding='utf-8')"
    # Every cell is read as text, then typed: an empty number cell becomes NULL as
    # in Parquet, and an empty text cell stays ''.
    projection = ", ".join(
        f"COALESCE({_ident(c)}, '') AS {_ident(c)}" if kind == "string" else f"TRY_CAST({_ident(c)} AS {_SQL_TYPES[kind]}) AS {_ident(c)}"
        for c, kind in types.items()
    )
    return f"CREATE VIEW {table} AS SELECT {projection} FROM {source}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def connect(outdir: str | Path) -> Any:
    """Return an in-memory DuckDB connection with the run's tables as views.

    Takes an output folder of ``zhextract extract``. Raises FileNotFoundError when
    it holds no table, ValueError when duckdb is not installed or the manifest is
    unreadable.
    """
    try:
        import duckdb
    except ImportError:
        raise ValueError("zhextract query needs duckdb: python -m pip install 'zhextract[query]'") from None
    outdir = Path(outdir)
    files = _table_files(outdir)
    if not files:
        raise FileNotFoundError(f"{outdir}: no tables of a zhextract run here")
    connection = duckdb.connect()
    for table, (path, fmt) in files.items():
        connection.execute(_view_sql(table, path, fmt))
    return connection


def run_query(outdir: str | Path, sql: str) -> Any:
    """Run ``sql`` over the tables of ``outdir``; return the result as a pyarrow Table.

    Raises ValueError (one line) for SQL that DuckDB refuses, and what
    :func:`connect` raises.
    """
    import duckdb

    connection = connect(outdir)
    try:
        relation = connection.sql(sql)
        if relation is None:  # a statement with no result (CREATE …)
            import pyarrow

            return pyarrow.table({})
        # duckdb 2 names it to_arrow_table; 1.x arrow.
        fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
        return fetch()
    except duckdb.Error as error:
        raise ValueError(" ".join(str(error).split())) from None
    finally:
        connection.close()


def write_result(result: Any, path: str | Path) -> None:
    """Write a query result (a pyarrow Table) to ``path`` atomically.

    ``.parquet`` writes Parquet; ``.csv`` writes the project's CSV (UTF-8 with
    BOM, formula-like cells neutralised). Raises ValueError for another suffix.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: --to writes .csv or .parquet files")
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        if suffix == ".parquet":
            import pyarrow.parquet

            pyarrow.parquet.write_table(result, str(temporary), compression="zstd")
        else:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(result.column_names)
                for batch in result.to_batches():
                    for row in zip(*(column.to_pylist() for column in batch.columns)):
                        writer.writerow(["" if v is None else neutralise_cell(v) for v in row])
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
