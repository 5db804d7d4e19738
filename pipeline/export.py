"""Writing the tables: CSV (UTF-8 with BOM), JSONL and XLSX, atomically.

Rows stream into files inside a hidden staging folder of the output folder; only
:meth:`TableWriter.commit` moves the finished tables into place, so an interrupted
run leaves the previous complete output as it was. CSV and XLSX cells that a
spreadsheet would read as a formula are neutralised with a leading apostrophe
(the OWASP CSV-injection rule); JSONL keeps values unchanged.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Any, Iterable, Sequence

from .tables import COLUMNS

__all__ = ["TableWriter", "neutralise_cell", "FORMATS", "EXCEL_MAX_ROWS", "STAGING_PREFIX"]

FORMATS = ("csv", "jsonl", "xlsx")
EXCEL_MAX_ROWS = 1_048_576
STAGING_PREFIX = ".zhextract-staging-"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """Return ``value`` safe for a spreadsheet cell.

    Strings starting with ``= + - @``, a tab or a carriage return get a leading
    ``'`` so they are shown as text; numbers and other strings are unchanged.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


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


class TableWriter:
    """Streams rows of the named tables to a staging folder; ``commit`` publishes them.

    ``outdir`` is created if needed and must be writable (checked at once: raises
    OSError). ``formats`` is any of ``csv``, ``jsonl``, ``xlsx``. ``tables`` names the
    tables to write (each gets its header even with no rows).
    """

    def __init__(self, outdir: str | Path, tables: Sequence[str], formats: Sequence[str] = ("csv", "jsonl")):
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            raise ValueError(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.formats = tuple(formats)
        self.tables = tuple(tables)
        _remove_stale_staging(self.outdir)
        self.staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=self.outdir))
        self._csv: dict[str, tuple[Any, Any]] = {}
        self._jsonl: dict[str, Any] = {}
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

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Append ``rows`` (dicts keyed by the table's columns) to ``table``."""
        columns = COLUMNS[table]
        csv_out = self._csv.get(table)
        jsonl_out = self._jsonl.get(table)
        for row in rows:
            values = [row.get(column, "") for column in columns]
            if csv_out:
                csv_out[1].writerow([neutralise_cell(v) for v in values])
            if jsonl_out:
                jsonl_out.write(json.dumps(dict(zip(columns, values)), ensure_ascii=False) + "\n")
            self._count[table] += 1

    def counts(self) -> dict[str, int]:
        """Return how many rows each table has received so far."""
        return dict(self._count)

    def _close(self) -> None:
        for handle, _ in self._csv.values():
            handle.close()
        for handle in self._jsonl.values():
            handle.close()
        self._csv.clear()
        self._jsonl.clear()

    def _write_xlsx(self, path: Path) -> None:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
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
                    sheet.append([neutralise_cell(record.get(c, "")) for c in columns])
                    written += 1
            if part == 0:
                workbook.create_sheet(name).append(list(columns))
        workbook.save(path)

    def commit(self) -> list[Path]:
        """Close the files and move the finished tables into ``outdir``.

        Returns the published paths. Each file is moved with an atomic rename; the
        staging folder is removed afterwards.
        """
        self._close()
        if "xlsx" in self.formats:
            self._write_xlsx(self.staging / "tables.xlsx")
        moves = [
            (self.staging / f"{name}.{fmt}", self.outdir / f"{name}.{fmt}")
            for name in self.tables
            for fmt in ("csv", "jsonl")
            if fmt in self.formats
        ]
        if "xlsx" in self.formats:
            moves.append((self.staging / "tables.xlsx", self.outdir / "tables.xlsx"))
        # Ctrl-C or SIGTERM between two renames would leave old and new tables
        # mixed; hold those signals until every table is in place.
        blocked = {signal.SIGINT, signal.SIGTERM}
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, blocked) if hasattr(signal, "pthread_sigmask") else None
        try:
            for source, target in moves:
                os.replace(source, target)
        finally:
            if mask is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        shutil.rmtree(self.staging, ignore_errors=True)
        return [target for _, target in moves]

    def abort(self) -> None:
        """Close and delete the staged files, leaving ``outdir`` as it was."""
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)
