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

Timeout: Dask cannot stop a running task, so with a ``timeout`` each Dask worker
hands its files, one at a time, to a process of its own that it keeps from task to
task (the local engine's worker process and scheduling,
:func:`pipeline.runner._parallel_outcomes` with one worker): a file that runs
past the timeout has that process killed and replaced and becomes an ``errors``
row (code ``timeout``), as in the local engine; a file that kills that process is
its ``worker_crashed`` row at once, the Dask worker living on. Such a Dask worker
must not be a daemon process (:data:`WORKER_CONFIG`). Without a timeout the
files are processed in the Dask worker itself.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections import deque
from typing import Any, Iterator, Sequence

from distributed import WorkerPlugin

from .document import PipelineError
from .runner import WORKER_STAGE, Encoded, FileOutcome, _error_entry, _init_worker, _parallel_outcomes, _work
from .stages.read import InputFile, input_path
from .tables import COLUMNS, PER_ARTICLE_TABLES

__all__ = [
    "PipelinePlugin", "SCHEDULER_CONFIG", "WORKER_CONFIG", "dask_outcomes", "decode_task", "encode_task", "DEFAULT_FILES_PER_TASK",
]

#: Files one task processes (a few seconds of work for short news articles).
DEFAULT_FILES_PER_TASK = 32
_FILE_COLUMNS = ("index", "path", "source", "seconds")
_ENTRY_COLUMNS = ("index", "kind", "path", "stage", "code", "reason")
_ENTRY_KEY = "_entry"

#: Scheduler settings the engine's promises rest on: a task may lose one worker
#: and is run again; a worker holds one task at a time, so a worker's death is
#: counted against the task that was running on it only.
SCHEDULER_CONFIG = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0}
#: Worker settings for a timeout: a Dask worker started by a nanny is a daemon
#: process by default, and a daemon process may not start the process that a
#: timeout needs (``DASK_DISTRIBUTED__WORKER__DAEMON=False`` for ``dask worker``).
WORKER_CONFIG = {"distributed.worker.daemon": False}
_DAEMON_WORKER = (
    "this Dask worker is a daemon process and cannot start the process that enforces --timeout: "
    "start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False in their environment (or with --no-nanny), "
    "or run with --timeout 0"
)

_initialised_with: tuple[Any, ...] | None = None
# With a timeout: the process this Dask worker hands its files to, kept between
# tasks, and the worker arguments it was started with.
_kept_processes: list[Any] = []
_kept_for: tuple[Any, ...] | None = None
#: Peak memory (MiB) the kept process reported, for benchmarks.
kept_process_peak_mib = 0.0


def _ensure_worker(init_args: tuple[Any, ...]) -> None:
    """Build this worker's pipeline and cache for ``init_args`` unless already built."""
    global _initialised_with
    if _initialised_with != init_args:
        _init_worker(*init_args)
        _initialised_with = init_args


def _stop_kept_processes() -> None:
    while _kept_processes:
        _kept_processes.pop().stop(wait=2.0)


def _timed_outcomes(items: list[InputFile], init_args: tuple[Any, ...], timeout: float) -> list[FileOutcome]:
    """Process ``items`` in this Dask worker's kept process, each under ``timeout``
    (:func:`pipeline.runner._parallel_outcomes` with one worker); return their
    outcomes, indexed by position in ``items``. Raises RuntimeError in a daemon
    process."""
    global _kept_for, kept_process_peak_mib
    if multiprocessing.current_process().daemon:
        raise RuntimeError(_DAEMON_WORKER)
    if _kept_for != init_args:
        _stop_kept_processes()
        _kept_for = init_args
    stats: dict[str, float] = {}
    outcomes = list(_parallel_outcomes(list(items), 1, timeout, init_args, len(items), stats, kept=_kept_processes))
    kept_process_peak_mib = max(kept_process_peak_mib, stats.get("worker_memory_mib", 0.0))
    return outcomes


class PipelinePlugin(WorkerPlugin):
    """Dask worker plugin: builds the pipeline once per worker when it starts
    (and on every worker that joins later). Takes the runner's worker arguments
    and the timeout; with a timeout the pipeline is built in the worker's kept
    process instead, when its first task starts it."""

    def __init__(self, init_args: tuple[Any, ...], timeout: float | None = None):
        self.init_args = init_args
        self.timeout = timeout
        self.name = "zhextract-pipeline-" + hashlib.sha1(repr((init_args, timeout)).encode()).hexdigest()[:12]

    def setup(self, worker: Any) -> None:  # noqa: ARG002 - the WorkerPlugin interface
        """Called by Dask on each worker: build the pipeline (without a timeout)."""
        if not self.timeout:
            _ensure_worker(self.init_args)

    def teardown(self, worker: Any) -> None:  # noqa: ARG002 - the WorkerPlugin interface
        """Called by Dask when the worker closes: stop the kept process, if any."""
        _stop_kept_processes()


def process_task(files: Sequence[tuple[int, str, str, str]], init_args: tuple[Any, ...], timeout: float | None = None) -> dict[str, Any]:
    """Run on a worker: process ``files`` (``(input index, path, root, article_id)``,
    plain strings, which the scheduler holds more cheaply than path objects),
    each under ``timeout`` seconds when given (:func:`_timed_outcomes`); return
    their results as Arrow tables (:func:`encode_task`)."""
    items = [InputFile(input_path(path), input_path(root), article_id) for _, path, root, article_id in files]
    if timeout:
        timed = _timed_outcomes(items, init_args, timeout)
        return encode_task([outcome._replace(index=file[0]) for outcome, file in zip(timed, files)])
    _ensure_worker(init_args)
    outcomes = []
    for (index, *_), item in zip(files, items):
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
    timeout: float | None = None,
) -> Iterator[FileOutcome]:
    """Yield one :class:`FileOutcome` per item, in input order, from a Dask cluster.

    Takes the listed inputs, the runner's worker arguments, the number of worker
    processes of a LocalCluster (when ``scheduler``, a ``tcp://HOST:PORT``
    address, is not given), files per task (default DEFAULT_FILES_PER_TASK),
    tasks in flight (default: twice the cluster's worker count, at least 4) and
    the seconds one file may take (None: no limit). Raises ValueError when
    pyarrow is missing, RuntimeError when the scheduler cannot be reached or a
    worker cannot enforce the timeout (a daemon process).
    """
    import dask
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    from .export import require_pyarrow

    require_pyarrow("--engine dask")
    init_args = (*init_args[:3], os.path.abspath(init_args[3]) if init_args[3] else None, *init_args[4:])
    files_per_task = files_per_task or DEFAULT_FILES_PER_TASK
    files = [i for i, item in enumerate(items) if isinstance(item, InputFile)]
    tasks: deque[list[int]] = deque(files[start:start + files_per_task] for start in range(0, len(files), files_per_task))
    # Held while the LocalCluster lives: its nannies read it whenever they (re)start a worker.
    worker_config = dask.config.set(WORKER_CONFIG)
    client = cluster = None
    done: dict[int, FileOutcome] = {}
    try:
        if tasks:
            client, cluster = _connect(scheduler, workers)
            client.register_plugin(PipelinePlugin(init_args, timeout))
            window = window or max(4, 2 * len(client.scheduler_info().get("workers", {})))
        running = as_completed()
        in_task: dict[str, list[int]] = {}

        def submit(indexes: list[int]) -> None:
            batch = [(i, str(items[i].path), str(items[i].root), items[i].article_id) for i in indexes]  # type: ignore[union-attr]
            future = client.submit(process_task, batch, init_args, timeout, pure=False)
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
            if cluster is None:  # a cluster of the user's: its workers stop their kept processes
                try:
                    client.unregister_worker_plugin(PipelinePlugin(init_args, timeout).name)
                except Exception:  # noqa: BLE001 - a scheduler gone away has nothing left to release
                    pass
            client.close()
        if cluster is not None:
            cluster.close()
        worker_config.__exit__(None, None, None)
