"""Writing the tables: CSV (UTF-8 with BOM), JSONL, Parquet and XLSX, atomically.

Rows stream into files inside a hidden staging folder of the output folder; only
:meth:`TableWriter.commit` publishes the finished tables, with a ``manifest.json``
written last (:mod:`pipeline.publish`), so an interrupted run leaves the previous
complete output as it was. CSV and XLSX cells that a spreadsheet would read as a
formula are neutralised with a leading apostrophe (the OWASP CSV-injection rule);
JSONL keeps values unchanged. What XLSX cannot hold (control characters, cells
over 32,767 characters) is changed in the workbook only, visibly, and counted in
:attr:`TableWriter.notes`; a workbook that cannot be built never keeps CSV and
JSONL from being published.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import publish as publishing
from .publish import BACKUP_PREFIX, STAGING_PREFIX, XLSX_FILE, OutputWriteError, manifest_entry, new_run_id
from .tables import COLUMN_TYPES, COLUMNS

__all__ = [
    "TableWriter", "ParquetTable", "PARQUET_PART_ROWS", "parquet_parts", "read_parquet", "neutralise_cell", "xlsx_cell", "FORMATS", "EXCEL_MAX_ROWS",
    "EXCEL_MAX_CELL_CHARS", "STAGING_PREFIX",
]

FORMATS = ("csv", "jsonl", "parquet", "xlsx")
#: Formats with one file per table, ``NAME.FORMAT``, in manifest order.
TABLE_FORMATS = ("csv", "jsonl", "parquet")
#: Rows a Parquet row group holds (rows are buffered up to this many per table).
PARQUET_ROW_GROUP = 50_000
#: Rows one Parquet file holds: a table with more rows is written as a folder
#: ``NAME.parquet/`` of part files ``part-00000.parquet``, ``part-00001.parquet`` …
#: of this many rows each (the last one fewer), in row order. A million rows of
#: the widest table, ``mentions``, make a file of roughly 30 MB.
PARQUET_PART_ROWS = 1_000_000
PARQUET_PART_PATTERN = "part-*.parquet"
EXCEL_MAX_ROWS = 1_048_576
#: The most characters an XLSX cell holds; Excel cuts longer ones silently.
EXCEL_MAX_CELL_CHARS = 32_767
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_STARTS)
# json.dumps(row, ensure_ascii=False) builds an encoder for every call; one made once
# writes the same text (a quarter of the time of a row).
_JSONL_ENCODER = json.JSONEncoder(ensure_ascii=False)


def neutralise_cell(value: Any) -> Any:
    """Return ``value`` safe for a spreadsheet cell.

    Strings starting with ``= + - @``, a tab or a carriage return get a leading
    ``'`` so they are shown as text; numbers and other strings are unchanged.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(values: list[Any]) -> list[Any]:
    """Return ``values`` with each cell as :func:`neutralise_cell` gives it (in one
    pass: a CSV row is written for every row of every table)."""
    return ["'" + v if isinstance(v, str) and v[:1] in _FORMULA_FIRST else v for v in values]


def xlsx_cell(value: Any, changes: dict[str, int] | None = None) -> Any:
    """Return ``value`` as an XLSX cell can hold it.

    Neutralises formulas (:func:`neutralise_cell`), replaces the control characters
    XLSX cannot store (NUL and the like) with U+FFFD, and cuts a string longer than
    :data:`EXCEL_MAX_CELL_CHARS` so that it ends in ``…(+N more)``, N being the
    characters left out. Counts ``replaced`` characters and ``cut`` cells in
    ``changes`` when given.
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = neutralise_cell(value)
    if not isinstance(value, str):
        return value
    value, replaced = ILLEGAL_CHARACTERS_RE.subn("\ufffd", value)
    if len(value) > EXCEL_MAX_CELL_CHARS:
        value = _cut(value)
        if changes is not None:
            changes["cut"] = changes.get("cut", 0) + 1
    if replaced and changes is not None:
        changes["replaced"] = changes.get("replaced", 0) + replaced
    return value


def _cut(value: str) -> str:
    """``value`` cut to exactly EXCEL_MAX_CELL_CHARS, ending in ``…(+N more)``."""
    marker = len("…(+ more)")
    for digits in range(1, 20):  # the marker's length depends on N itself
        keep = EXCEL_MAX_CELL_CHARS - marker - digits
        if len(str(len(value) - keep)) == digits:
            break
    else:  # no exact fit: one character short
        keep = EXCEL_MAX_CELL_CHARS - marker - len(str(len(value)))
    return f"{value[:keep]}…(+{len(value) - keep} more)"


def _write_failure(exc: OSError, target: Path) -> OutputWriteError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return OutputWriteError(f"{reason[:1].lower()}{reason[1:]} while writing {target}", exc.errno)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _remove_stale_staging(outdir: Path) -> None:
    """Delete staging folders left by runs that were killed outright (SIGKILL, power loss).

    A staging folder is named ``STAGING_PREFIX<pid>-<random>``; one whose process no
    longer exists is garbage. Folders of live processes (a concurrent run) are kept.
    """
    for path in outdir.glob(f"{STAGING_PREFIX}*"):
        pid = path.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
    # With no publish journal (recover ran first), a backup folder is a leftover.
    if not (outdir / publishing.JOURNAL).exists():
        for path in outdir.glob(f"{BACKUP_PREFIX}*"):
            shutil.rmtree(path, ignore_errors=True)


def parquet_schema(table: str) -> Any:
    """Return the ``pyarrow.Schema`` of ``table``: its columns in order, typed by ``COLUMN_TYPES``."""
    import pyarrow

    types = {"string": pyarrow.string(), "int64": pyarrow.int64(), "float64": pyarrow.float64(), "bool": pyarrow.bool_()}
    return pyarrow.schema([(column, types[kind]) for column, kind in COLUMN_TYPES[table].items()])


def require_pyarrow(what: str) -> None:
    """Raise ValueError naming ``what`` and the extra to install when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ValueError(f"{what} needs pyarrow: python -m pip install 'zhextract[parquet]'") from None


def parquet_parts(path: str | Path) -> list[Path]:
    """Return the files of a Parquet table, in row order: ``[path]`` for a file,
    the part files (``part-NNNNN.parquet``) in name order for a folder."""
    path = Path(path)
    return sorted(path.glob(PARQUET_PART_PATTERN)) if path.is_dir() else [path]


def read_parquet(path: str | Path) -> Any:
    """Return a Parquet table, a file or a folder of part files, as one
    ``pyarrow.Table`` with its rows in order."""
    import pyarrow
    import pyarrow.parquet

    tables = [pyarrow.parquet.read_table(part) for part in parquet_parts(path)]
    return pyarrow.concat_tables(tables) if len(tables) != 1 else tables[0]


class ParquetTable:
    """One table streamed to Parquet, a row group per PARQUET_ROW_GROUP rows.

    Takes the path to write (``NAME.parquet``), the table name and the rows per
    file (default PARQUET_PART_ROWS): up to that many rows make one file at
    ``path``, more a folder ``path`` of part files. :meth:`add` takes the row's
    values in ``COLUMNS`` order. Strings stay strings (an empty one stays empty);
    an empty cell of a number or bool column is null. The same rows in the same
    order give the same bytes. After :meth:`close`, ``part_rows`` holds the rows
    of each file written.
    """

    def __init__(self, path: Path, table: str, part_rows: int | None = None):
        self.path = Path(path)
        self.schema = parquet_schema(table)
        self.part_rows: list[int] = []
        self._limit = part_rows or PARQUET_PART_ROWS
        self._parts = self.path.with_name(self.path.name + ".parts")
        self._parts.mkdir()
        self._numeric = [kind != "string" for kind in COLUMN_TYPES[table].values()]
        self._columns: list[list[Any]] = [[] for _ in self.schema]
        self._writer: Any = None

    def add(self, values: Sequence[Any]) -> None:
        """Buffer one row (values in column order); a full buffer becomes a row
        group, a full part file is closed."""
        for column, numeric, value in zip(self._columns, self._numeric, values):
            column.append(None if numeric and value == "" else value)
        if not self.part_rows or self.part_rows[-1] >= self._limit:
            self.part_rows.append(0)  # the row opens a new part
        self.part_rows[-1] += 1
        if len(self._columns[0]) >= PARQUET_ROW_GROUP or self.part_rows[-1] >= self._limit:
            self._flush()
        if self.part_rows[-1] >= self._limit:
            self._writer.close()
            self._writer = None

    def _open_part(self) -> None:
        import pyarrow.parquet

        name = f"part-{max(len(self.part_rows) - 1, 0):05d}.parquet"
        self._writer = pyarrow.parquet.ParquetWriter(str(self._parts / name), self.schema, compression="zstd")

    def _flush(self) -> None:
        import pyarrow

        if self._columns[0]:
            if self._writer is None:
                self._open_part()
            self._writer.write_table(pyarrow.Table.from_arrays(self._columns, schema=self.schema))
            self._columns = [[] for _ in self.schema]

    def close(self) -> None:
        """Write the buffered rows and the footer; put the table in place at
        ``path``: the one file, or the folder of part files."""
        try:
            self._flush()
            if not self.part_rows:  # no rows: one file holding the columns
                self.part_rows.append(0)
                self._open_part()
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        if len(self.part_rows) == 1:
            os.replace(self._parts / "part-00000.parquet", self.path)
            self._parts.rmdir()
        else:
            os.replace(self._parts, self.path)


class TableWriter:
    """Streams rows of the named tables to a staging folder; ``commit`` publishes them.

    ``outdir`` is created if needed and must be writable (checked at once: raises
    OSError). ``formats`` is any of ``csv``, ``jsonl``, ``parquet``, ``xlsx``
    (``parquet`` needs pyarrow: ValueError when it is missing). ``tables`` names the
    tables to write (each gets its header even with no rows). An interrupted
    publish of an earlier run is finished or undone first
    (:func:`pipeline.publish.recover`); the caller holds the folder's lock when
    another process may write to it.

    After :meth:`commit`, ``notes`` holds one line per change the workbook needed
    and ``unwritten`` one line per format that could not be written, and
    ``manifest`` the published manifest.
    """

    def __init__(self, outdir: str | Path, tables: Sequence[str], formats: Sequence[str] = ("csv", "jsonl")):
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            raise ValueError(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
        if "parquet" in formats:
            require_pyarrow("--format parquet")
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.formats = tuple(formats)
        self.tables = tuple(tables)
        self.notes: list[str] = []
        self.unwritten: list[str] = []
        self.manifest: dict[str, Any] = {}
        publishing.recover(self.outdir)
        _remove_stale_staging(self.outdir)
        self.staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=self.outdir))
        self._csv: dict[str, tuple[Any, Any]] = {}
        self._jsonl: dict[str, Any] = {}
        self._parquet: dict[str, ParquetTable] = {}
        self._part_rows: dict[str, list[int]] = {}
        self._count = {name: 0 for name in self.tables}
        try:
            self._open()
        except BaseException:
            self.abort()
            raise

    def _open(self) -> None:
        # XLSX is built at commit time from the JSONL files, so keep them staged.
        keep_jsonl = "jsonl" in self.formats or "xlsx" in self.formats
        for name in self.tables:
            columns = COLUMNS[name]
            if "csv" in self.formats:
                handle = open(self.staging / f"{name}.csv", "w", encoding="utf-8-sig", newline="")
                writer = csv.writer(handle)
                writer.writerow(columns)
                self._csv[name] = (handle, writer)
            if keep_jsonl:
                self._jsonl[name] = open(self.staging / f"{name}.jsonl", "w", encoding="utf-8", newline="\n")
            if "parquet" in self.formats:
                self._parquet[name] = ParquetTable(self.staging / f"{name}.parquet", name)

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Append ``rows`` (dicts keyed by the table's columns) to ``table``.

        Raises OutputWriteError (``no space left on device while writing …``) when
        the disk refuses the bytes.
        """
        columns = COLUMNS[table]
        csv_out = self._csv.get(table)
        jsonl_out = self._jsonl.get(table)
        parquet_out = self._parquet.get(table)
        fmt = "csv"
        try:
            for row in rows:
                values = [row.get(column, "") for column in columns]
                fmt = "csv"
                if csv_out:
                    csv_out[1].writerow(neutralise_row(values))
                fmt = "jsonl"
                if jsonl_out:
                    jsonl_out.write(_JSONL_ENCODER.encode(dict(zip(columns, values))) + "\n")
                fmt = "parquet"
                if parquet_out:
                    parquet_out.add(values)
                self._count[table] += 1
        except OSError as exc:
            raise _write_failure(exc, self.outdir / f"{table}.{fmt}") from None

    def counts(self) -> dict[str, int]:
        """Return how many rows each table has received so far."""
        return dict(self._count)

    def _close(self) -> None:
        handles = [(name, "csv", handle) for name, (handle, _) in self._csv.items()]
        handles += [(name, "jsonl", handle) for name, handle in self._jsonl.items()]
        handles += [(name, "parquet", table) for name, table in self._parquet.items()]
        self._part_rows.update({name: table.part_rows for name, table in self._parquet.items()})
        self._csv.clear()
        self._jsonl.clear()
        self._parquet.clear()
        failure = None
        for name, fmt, handle in handles:
            try:
                handle.close()
            except OSError as exc:  # the last buffer did not fit on the disk
                failure = failure or _write_failure(exc, self.outdir / f"{name}.{fmt}")
        if failure is not None:
            raise failure

    def _write_xlsx(self, path: Path) -> None:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        changes: dict[str, int] = {}
        for name in self.tables:
            columns = COLUMNS[name]
            sheet_rows = EXCEL_MAX_ROWS - 1
            part = 0
            sheet = None
            written = sheet_rows
            with open(self.staging / f"{name}.jsonl", encoding="utf-8") as handle:
                for line in handle:
                    if written >= sheet_rows:
                        part += 1
                        sheet = workbook.create_sheet(name if part == 1 else f"{name}_{part}")
                        sheet.append(list(columns))
                        written = 0
                    record = json.loads(line)
                    sheet.append([xlsx_cell(record.get(c, ""), changes) for c in columns])
                    written += 1
            if part == 0:
                workbook.create_sheet(name).append(list(columns))
        workbook.save(path)
        if changes.get("cut"):
            self.notes.append(
                f"{XLSX_FILE}: {changes['cut']} cell(s) longer than {EXCEL_MAX_CELL_CHARS:,} characters cut, "
                "each ending in '…(+N more)'; CSV and JSONL hold them whole"
            )
        if changes.get("replaced"):
            self.notes.append(
                f"{XLSX_FILE}: {changes['replaced']} control character(s) XLSX cannot hold (NUL and the like) "
                "shown as U+FFFD; CSV and JSONL keep them"
            )

    def commit(self, run: dict[str, Any] | None = None) -> list[Path]:
        """Close the files, write ``manifest.json`` and publish the run's tables.

        Takes optional extra manifest fields (``run``: the runner's settings). A
        workbook that cannot be built is left out (said in ``unwritten``) and the
        other formats are still published. Returns the published paths. Files of
        an older run that this run did not write are removed; see
        :func:`pipeline.publish.publish` for how the move stays whole.

        Raises OutputWriteError when the files cannot be finished or moved (disk
        full …); the previous tables are then left as they were.
        """
        self._close()
        files: list[dict[str, Any]] = []
        try:
            for name in self.tables:
                for fmt in TABLE_FORMATS:
                    if fmt in self.formats:
                        parts = self._part_rows.get(name) if fmt == "parquet" else None
                        files.append(manifest_entry(self.staging / f"{name}.{fmt}", name, fmt, self._count[name], parts=parts))
        except OSError as exc:
            raise _write_failure(exc, self.outdir) from None
        written = [f for f in self.formats if f != "xlsx"]
        if "xlsx" in self.formats:
            try:
                self._write_xlsx(self.staging / XLSX_FILE)
                files.append(manifest_entry(self.staging / XLSX_FILE, None, "xlsx", None, self.tables))
                written.append("xlsx")
            except Exception as exc:  # noqa: BLE001 - the other formats are published all the same
                self.unwritten.append(f"{self.outdir / XLSX_FILE}: not written ({type(exc).__name__}: {exc}); CSV/JSONL tables are complete")
        self.manifest = {
            "run_id": new_run_id(),
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "version": _version(),
            "formats": written,
            "tables": {name: {"rows": self._count[name]} for name in self.tables},
            **(run or {}),
            "files": files,
        }
        try:
            publishing.publish(self.staging, self.outdir, self.manifest)
        except OSError as exc:  # the manifest or the journal did not fit
            self.abort()
            raise _write_failure(exc, self.outdir / publishing.MANIFEST) from None
        except OutputWriteError:
            self.abort()
            raise
        return [self.outdir / f["file"] for f in files] + [self.outdir / publishing.MANIFEST]

    def abort(self) -> None:
        """Close and delete the staged files, leaving ``outdir`` as it was."""
        try:
            self._close()
        except OutputWriteError:  # a full disk cannot take the last buffers: they are dropped
            pass
        shutil.rmtree(self.staging, ignore_errors=True)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("zhextract")
    except Exception:  # noqa: BLE001 - an uninstalled checkout has no version
        return ""
