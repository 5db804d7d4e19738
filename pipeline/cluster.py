"""The Dask engine: a batch run spread over a Dask cluster (``--engine dask``).

The client (the ``zhextract extract`` process) lists the inputs as the local
engine does, cuts them into tasks of ``files_per_task`` consecutive files, and
keeps at most ``window`` tasks in the cluster at a time, so its memory does not
grow with the number of inputs. On each worker a plugin
(:class:`PipelinePlugin`) builds the pipeline once; a task processes its files
with the local engine's per-file code (:func:`pipeline.runner._work`: same
rows, same per-file cache) and returns its results as Arrow tables
(:func:`encode_task`), which the client turns back into rows
(:func:`decode_task`) and hands, in input order, to the same
:class:`~pipeline.export.TableWriter`: the tables are byte-identical to the local
engine's.

Lost work: a task whose worker dies is run again by Dask on another worker
(:data:`SCHEDULER_CONFIG`: ``allowed-failures`` 1, ``worker-saturation`` 1.0); a task of several files that
loses a second worker is split into one task per file (the files finished before
the crash come from the per-file cache); a one-file task that loses two workers
is that file's ``errors`` row (stage ``worker``, code ``worker_crashed``).
``--timeout`` is not enforced by this engine (Dask cannot stop a running task).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from pathlib import Path
from typing import Any, Iterator, Sequence

from distributed import WorkerPlugin

from .document import PipelineError
from .runner import WORKER_STAGE, Encoded, FileOutcome, _error_entry, _init_worker, _work
from .stages.read import InputFile
from .tables import COLUMNS, PER_ARTICLE_TABLES

__all__ = ["PipelinePlugin", "SCHEDULER_CONFIG", "dask_outcomes", "decode_task", "encode_task", "DEFAULT_FILES_PER_TASK"]

#: Files one task processes (a few seconds of work for short news articles).
DEFAULT_FILES_PER_TASK = 32
_FILE_COLUMNS = ("index", "path", "source", "seconds")
_ENTRY_COLUMNS = ("index", "kind", "path", "stage", "code", "reason")
_ENTRY_KEY = "_entry"

#: Scheduler settings the engine's promises rest on: a task may lose one worker
#: and is run again; a worker holds one task at a time, so a worker's death is
#: counted against the task that was running on it only.
SCHEDULER_CONFIG = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0}

_initialised_with: tuple[Any, ...] | None = None


def _ensure_worker(init_args: tuple[Any, ...]) -> None:
    """Build this worker's pipeline and cache for ``init_args`` unless already built."""
    global _initialised_with
    if _initialised_with != init_args:
        _init_worker(*init_args)
        _initialised_with = init_args


class PipelinePlugin(WorkerPlugin):
    """Dask worker plugin: builds the pipeline once per worker when it starts
    (and on every worker that joins later). Takes the runner's worker arguments."""

    def __init__(self, init_args: tuple[Any, ...]):
        self.init_args = init_args
        self.name = "zhextract-pipeline-" + hashlib.sha1(repr(init_args).encode()).hexdigest()[:12]

    def setup(self, worker: Any) -> None:  # noqa: ARG002 - the WorkerPlugin interface
        """Called by Dask on each worker: build the pipeline."""
        _ensure_worker(self.init_args)

    def teardown(self, worker: Any) -> None:  # noqa: ARG002 - the WorkerPlugin interface
        """Called by Dask when the worker closes: nothing to release."""


def process_task(files: Sequence[tuple[int, str, str, str]], init_args: tuple[Any, ...]) -> dict[str, Any]:
    """Run on a worker: process ``files`` (``(input index, path, root, article_id)``,
    plain strings, which the scheduler holds more cheaply than path objects);
    return their results as Arrow tables (:func:`encode_task`)."""
    _ensure_worker(init_args)
    outcomes = []
    for index, path, root, article_id in files:
        item = InputFile(Path(path), Path(root), article_id)
        try:
            source, results, seconds = _work(item)
        except Exception as exc:  # noqa: BLE001 - never lose the file
            error = PipelineError(str(item.path), WORKER_STAGE, "stage_failed", f"{type(exc).__name__}: {exc}")
            source, results, seconds = "processed", [_error_entry(error)], 0.0
        outcomes.append(FileOutcome(index, str(item.path), source, results, seconds))
    return encode_task(outcomes)


def encode_task(outcomes: Sequence[FileOutcome]) -> dict[str, Any]:
    """Return a task's file outcomes as Arrow tables.

    ``files`` (index, path, source, seconds), ``entries`` (one per article or error, in
    order: index, kind, and the error's path, stage, code, reason) and one table
    per output table with rows (its columns typed as in Parquet, plus ``_entry``,
    the entry the row belongs to).
    """
    import pyarrow

    from .export import parquet_schema

    files = {c: [] for c in _FILE_COLUMNS}
    entries = {c: [] for c in _ENTRY_COLUMNS}
    rows: dict[str, list[list[Any]]] = {}
    for outcome in outcomes:
        for column, value in zip(_FILE_COLUMNS, (outcome.index, outcome.path, outcome.source, outcome.seconds)):
            files[column].append(value)
        for kind, value in outcome.results:
            number = len(entries["index"])
            fields = value if kind == "error" else [None] * 4
            for column, cell in zip(_ENTRY_COLUMNS, (outcome.index, kind, *fields)):
                entries[column].append(cell)
            if kind != "rows":
                continue
            for table, table_rows in value.items():
                for row in table_rows:
                    rows.setdefault(table, []).append([row.get(c, "") for c in COLUMNS[table]] + [number])
    encoded = {"files": pyarrow.table(files), "entries": pyarrow.table(entries)}
    for table, values in rows.items():
        schema = parquet_schema(table).append(pyarrow.field(_ENTRY_KEY, pyarrow.int64()))
        numeric = [field.type != pyarrow.string() for field in schema]
        columns = [[None if is_number and v == "" else v for v in column] for column, is_number in zip(zip(*values), numeric)]
        encoded[table] = pyarrow.Table.from_arrays([list(c) for c in columns], schema=schema)
    return encoded


def decode_task(encoded: dict[str, Any]) -> list[FileOutcome]:
    """Turn :func:`encode_task`'s tables back into file outcomes with rows exactly
    as the local engine makes them (an empty number cell is ``""`` again)."""
    entries: Encoded = []
    for kind, *fields in zip(*(encoded["entries"].column(c).to_pylist() for c in ("kind", "path", "stage", "code", "reason"))):
        entries.append(["error", fields] if kind == "error" else ["rows", {t: [] for t in PER_ARTICLE_TABLES}])
    for table, arrow_table in encoded.items():
        if table in ("files", "entries"):
            continue
        columns = COLUMNS[table]
        numeric = [arrow_table.schema.field(c).type != "string" for c in columns]
        for record in arrow_table.to_pylist():
            row = {c: "" if is_number and record[c] is None else record[c] for c, is_number in zip(columns, numeric)}
            entries[record[_ENTRY_KEY]][1][table].append(row)
    by_file: dict[int, Encoded] = {}
    for index, entry in zip(encoded["entries"].column("index").to_pylist(), entries):
        by_file.setdefault(index, []).append(entry)
    files = encoded["files"]
    return [
        FileOutcome(index, path, source, by_file.get(index, []), seconds)
        for index, path, source, seconds in zip(*(files.column(c).to_pylist() for c in _FILE_COLUMNS))
    ]


def _crashed(index: int, item: InputFile, reason: str) -> FileOutcome:
    error = PipelineError(str(item.path), WORKER_STAGE, "worker_crashed", f"worker process died twice while processing this file ({reason})")
    return FileOutcome(index, str(item.path), "failed", [_error_entry(error)], 0.0)


def _connect(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """Return ``(client, cluster)``: a client of ``scheduler``, or of a new
    LocalCluster of ``workers`` processes (``cluster`` None for a scheduler)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except OSError as exc:  # refused, unknown host, no answer in 30 s
            raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with dask.config.set(SCHEDULER_CONFIG):
        cluster = LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
    return Client(cluster), cluster


def dask_outcomes(
    items: list[InputFile | PipelineError],
    init_args: tuple[Any, ...],
    workers: int,
    scheduler: str | None = None,
    files_per_task: int | None = None,
    window: int | None = None,
) -> Iterator[FileOutcome]:
    """Yield one :class:`FileOutcome` per item, in input order, from a Dask cluster.

    Takes the listed inputs, the runner's worker arguments, the number of worker
    processes of a LocalCluster (when ``scheduler``, a ``tcp://HOST:PORT``
    address, is not given), files per task (default DEFAULT_FILES_PER_TASK) and
    tasks in flight (default: twice the cluster's worker count, at least 4).
    Raises ValueError when pyarrow is missing, RuntimeError when the scheduler
    cannot be reached.
    """
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    from .export import require_pyarrow

    require_pyarrow("--engine dask")
    init_args = (*init_args[:3], os.path.abspath(init_args[3]) if init_args[3] else None, *init_args[4:])
    files_per_task = files_per_task or DEFAULT_FILES_PER_TASK
    files = [i for i, item in enumerate(items) if isinstance(item, InputFile)]
    tasks: deque[list[int]] = deque(files[start:start + files_per_task] for start in range(0, len(files), files_per_task))
    client, cluster = _connect(scheduler, workers) if tasks else (None, None)
    done: dict[int, FileOutcome] = {}
    try:
        if client is not None:
            client.register_plugin(PipelinePlugin(init_args))
            window = window or max(4, 2 * len(client.scheduler_info().get("workers", {})))
        running = as_completed()
        in_task: dict[str, list[int]] = {}

        def submit(indexes: list[int]) -> None:
            batch = [(i, str(items[i].path), str(items[i].root), items[i].article_id) for i in indexes]  # type: ignore[union-attr]
            future = client.submit(process_task, batch, init_args, pure=False)
            in_task[future.key] = indexes
            running.add(future)

        next_out = 0
        while next_out < len(items):
            item = items[next_out]
            if isinstance(item, PipelineError):
                yield FileOutcome(next_out, item.path, "skipped", [_error_entry(item)], 0.0)
                next_out += 1
                continue
            if next_out in done:
                yield done.pop(next_out)
                next_out += 1
                continue
            while tasks and running.count() < window:
                submit(tasks.popleft())
            future = next(running)
            indexes = in_task.pop(future.key)
            try:
                for outcome in decode_task(future.result()):
                    done[outcome.index] = outcome
            except KilledWorker as exc:
                if len(indexes) > 1:
                    for index in reversed(indexes):  # one task per file, ahead of the rest
                        tasks.appendleft([index])
                else:
                    done[indexes[0]] = _crashed(indexes[0], items[indexes[0]], type(exc).__name__)  # type: ignore[arg-type]
            future.release()
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
