"""Publishing a run's tables: the output folder holds one run's complete set, always.

A run stages its files in a hidden folder of the output folder, then
:func:`publish` moves them into place with a journal, so that at every moment the
folder either holds the complete previous set or can be brought to the complete
new one:

1. ``manifest.json`` (run id, time, version, formats, every file with its table,
   row count, size and SHA-256) is written into the staging folder;
2. a journal (``JOURNAL``) naming the staging folder, a backup folder, the new
   files and the previous run's files is written atomically;
3. the previous ``manifest.json`` and then every previous file move into the
   backup folder (files of an older run that this run does not write included);
4. the new files move into place, ``manifest.json`` last;
5. the journal, the backup and the staging folder are deleted.

A failure in steps 3-4 moves everything back (the previous set is restored). A
process killed in steps 3-4 leaves the journal; :func:`recover` (called by the
next run and by ``load_tables``) finishes the move when every new file is still
there, and otherwise restores the previous set. ``manifest.json`` is the last
file in place, so a folder whose manifest names run R holds exactly R's files.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import signal
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

import filelock

from .tables import COLUMNS

__all__ = [
    "CACHE_DIR",
    "JOURNAL",
    "LOCK_FILE",
    "MANIFEST",
    "OutputBusyError",
    "OutputWriteError",
    "file_sha256",
    "new_run_id",
    "output_file_names",
    "output_lock",
    "publish",
    "read_manifest",
    "recover",
    "settle",
    "manifest_entry",
]

#: The file listing a run's tables, written last.
MANIFEST = "manifest.json"
#: Present only while a run is moving its files into place (or was killed doing so).
JOURNAL = ".zhextract-publish.json"
#: Hidden folder inside the output folder that holds the per-file result cache.
CACHE_DIR = ".zhextract-cache"
#: The lock file a run holds inside the cache folder (the cache's pruning leaves it).
LOCK_FILE = "run.lock"
BACKUP_PREFIX = ".zhextract-previous-"
#: Staging folders are named STAGING_PREFIX + the writing process id + a random part.
STAGING_PREFIX = ".zhextract-staging-"
XLSX_FILE = "tables.xlsx"

# Every move goes through this name, so tests can make the k-th one fail.
_rename = os.replace


class OutputBusyError(RuntimeError):
    """Another run holds the lock of the output folder."""


class OutputWriteError(RuntimeError):
    """Writing or publishing the tables failed (disk full, I/O error …); the
    previous tables are left in place. ``errno`` is the operating system's code."""

    def __init__(self, message: str, error_number: int | None = None):
        super().__init__(message)
        self.errno = error_number


def output_file_names() -> frozenset[str]:
    """Return every file name a run may publish (tables in CSV, JSONL and Parquet,
    the workbook and the manifest); only these are ever replaced or removed."""
    names = {f"{table}.{fmt}" for table in COLUMNS for fmt in ("csv", "jsonl", "parquet")}
    return frozenset(names | {XLSX_FILE, MANIFEST})


def new_run_id() -> str:
    """Return a new run id: the UTC time and a random part, ``20260131T120000Z-1a2b3c4d``."""
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(outdir: str | Path) -> dict[str, Any] | None:
    """Return the parsed ``manifest.json`` of ``outdir``, or None when there is none.

    Raises ValueError when the file is not a manifest (not JSON, or no file list).
    """
    path = Path(outdir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        raise ValueError(f"{path}: not a zhextract manifest: {exc}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise ValueError(f"{path}: not a zhextract manifest (no file list)")
    return manifest


def _write_json(path: Path, value: Any) -> None:
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _previous_files(outdir: Path) -> list[str]:
    """The files of earlier runs now in ``outdir``: the manifest first, then what it
    lists and any other output file (left by a run of an older version)."""
    names = output_file_names()
    try:
        listed = [f["file"] for f in (read_manifest(outdir) or {}).get("files", ()) if f.get("file") in names]
    except ValueError:
        listed = []
    present = sorted(n for n in names if n != MANIFEST and (outdir / n).exists())  # a file, or a folder of parts
    files = list(dict.fromkeys(listed + present))
    return ([MANIFEST] if (outdir / MANIFEST).is_file() else []) + [f for f in files if f != MANIFEST]


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    # Ctrl-C or SIGTERM in the middle of the moves would leave them half done;
    # hold those signals until the folder is whole again.
    blocked = {signal.SIGINT, signal.SIGTERM}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, blocked) if hasattr(signal, "pthread_sigmask") else None
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def publish(staging: Path, outdir: Path, manifest: dict[str, Any]) -> None:
    """Move the staged files listed in ``manifest`` into ``outdir`` as one set.

    Takes the staging folder (a folder inside ``outdir`` holding every file the
    manifest lists), the output folder and the manifest (a dict with ``run_id``
    and ``files``, each ``{"file": NAME, …}``). Writes the manifest into the
    staging folder, then moves the previous run's files out and the new ones in
    (see the module docstring). Returns nothing; on success ``outdir`` holds
    exactly the new set and the staging folder is gone.

    Raises OutputWriteError when a move fails; the previous set is then back in
    place (or, if even that failed, the journal is left for :func:`recover`).
    """
    _write_json(staging / MANIFEST, manifest)
    backup = Path(tempfile.mkdtemp(prefix=BACKUP_PREFIX, dir=outdir))
    journal = {
        "run_id": manifest["run_id"],
        "staging": staging.name,
        "backup": backup.name,
        "new": [f["file"] for f in manifest["files"]] + [MANIFEST],
        "old": _previous_files(outdir),
    }
    try:
        _write_json(outdir / JOURNAL, journal)
    except OSError:
        shutil.rmtree(backup, ignore_errors=True)
        raise
    with _signals_held():
        try:
            _roll_forward(outdir, journal)
        except OSError as exc:
            try:
                _roll_back(outdir, journal)
                _finish(outdir, journal)
            except OSError:
                pass  # the journal stays; the next run or load_tables finishes the job
            raise OutputWriteError(
                f"{outdir}: cannot move the new tables into place ({exc.strerror or exc}); the previous tables were kept",
                exc.errno,
            ) from None
    _finish(outdir, journal)


def _roll_forward(outdir: Path, journal: dict[str, Any]) -> None:
    """Move the previous files to the backup and the new ones into place.

    Safe to repeat after an interruption: a previous file whose backup copy exists
    was already moved, and a new file missing from staging is already in place.
    """
    staging, backup = outdir / journal["staging"], outdir / journal["backup"]
    for name in journal["old"]:
        if (outdir / name).exists() and not (backup / name).exists():
            _rename(outdir / name, backup / name)
    for name in journal["new"]:
        if (staging / name).exists():
            _rename(staging / name, outdir / name)


def _roll_back(outdir: Path, journal: dict[str, Any]) -> None:
    """Undo :func:`_roll_forward`: new files back to staging, previous ones back in place."""
    staging, backup = outdir / journal["staging"], outdir / journal["backup"]
    old = set(journal["old"])
    for name in reversed(journal["new"]):
        placed = not (staging / name).exists() and (outdir / name).exists()
        # Where a previous file of that name exists, the one in place is new only
        # if the previous one already went to the backup.
        if placed and (name not in old or (backup / name).exists()):
            _rename(outdir / name, staging / name)
    for name in reversed(journal["old"]):
        if (backup / name).exists():
            _rename(backup / name, outdir / name)


def _finish(outdir: Path, journal: dict[str, Any]) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(outdir / JOURNAL)
    shutil.rmtree(outdir / journal["staging"], ignore_errors=True)
    shutil.rmtree(outdir / journal["backup"], ignore_errors=True)


def _well_formed(journal: Any) -> bool:
    """A journal names only our own hidden folders and output files, so acting on
    it can never move or delete anything else."""
    if not isinstance(journal, dict):
        return False
    names = output_file_names()
    folders = ((journal.get("staging"), STAGING_PREFIX), (journal.get("backup"), BACKUP_PREFIX))
    return (
        all(isinstance(f, str) and f.startswith(prefix) and "/" not in f and f != prefix for f, prefix in folders)
        and all(isinstance(journal.get(k), list) and all(n in names for n in journal[k]) for k in ("new", "old"))
    )


def _completable(outdir: Path, journal: dict[str, Any]) -> bool:
    staging, backup = outdir / journal["staging"], outdir / journal["backup"]
    old = set(journal["old"])
    for name in journal["new"]:
        if (staging / name).exists():
            continue
        if not (outdir / name).exists() or (name in old and not (backup / name).exists()):
            return False
    return True


def recover(outdir: str | Path) -> str | None:
    """Finish or undo a publish that was interrupted (the process was killed).

    Takes the output folder; the caller must hold its lock (:func:`output_lock`).
    When a journal is present, completes the move if every new file is still in
    staging or in place (returns ``"completed"``), else puts the previous set back
    (returns ``"rolled back"``). Returns None when there was nothing to do.
    Raises OSError when the files cannot be moved.
    """
    outdir = Path(outdir)
    try:
        journal = json.loads((outdir / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        journal = None
    if not _well_formed(journal):
        # The journal is written atomically: an unreadable one is not ours to act on.
        raise OSError(errno.EINVAL, f"{outdir / JOURNAL}: unreadable publish journal; remove it by hand")
    with _signals_held():
        if _completable(outdir, journal):
            _roll_forward(outdir, journal)
            outcome = "completed"
        else:
            _roll_back(outdir, journal)
            outcome = "rolled back"
    _finish(outdir, journal)
    return outcome


@contextlib.contextmanager
def output_lock(outdir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the output folder's lock (``CACHE_DIR/LOCK_FILE``) for a run or a recovery.

    Takes the output folder (its cache folder is created) and how many seconds to
    wait for another holder. Raises OutputBusyError when another run holds it.
    """
    cache_folder = outdir / CACHE_DIR
    cache_folder.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(cache_folder / LOCK_FILE), timeout=wait)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise OutputBusyError(
            f"{outdir}: another zhextract run is writing to this folder; wait for it to end or choose another output folder"
        ) from None
    try:
        yield
    finally:
        lock.release()


def settle(outdir: str | Path, wait: float = 10.0) -> None:
    """Make sure ``outdir`` is not in the middle of a publish before reading it.

    Takes the output folder and how many seconds a live publish may take. With no
    journal, returns at once. With one, a run that is publishing right now is
    given up to ``wait`` seconds to finish; a publish whose process died is
    completed or undone by :func:`recover`. Raises OutputBusyError when a live run
    keeps publishing past ``wait``.
    """
    outdir = Path(outdir)
    deadline = time.monotonic() + wait
    while (outdir / JOURNAL).exists():
        try:
            with output_lock(outdir):
                recover(outdir)
            return
        except OutputBusyError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def manifest_entry(
    path: Path, table: str | None, fmt: str, rows: int | None, sheets: Sequence[str] = (), parts: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Return one file's manifest entry: name, table, format, rows, bytes, SHA-256
    (``sheets`` for the workbook instead of one table). For a folder of part
    files (a large Parquet table), ``parts`` gives each part's rows and the entry
    lists the parts, each with its name, rows, bytes and SHA-256, and their total
    bytes."""
    entry: dict[str, Any] = {"file": path.name, "format": fmt}
    if table is not None:
        entry["table"] = table
    if rows is not None:
        entry["rows"] = rows
    if sheets:
        entry["tables"] = list(sheets)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file())
        counts = list(parts) if parts is not None and len(parts) == len(files) else [None] * len(files)
        entry["parts"] = [
            {"file": part.name, **({"rows": n} if n is not None else {}), "bytes": part.stat().st_size, "sha256": file_sha256(part)}
            for part, n in zip(files, counts)
        ]
        entry["bytes"] = sum(part["bytes"] for part in entry["parts"])
        return entry
    entry["bytes"] = path.stat().st_size
    entry["sha256"] = file_sha256(path)
    return entry
