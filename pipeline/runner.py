"""Batch runs: inputs → pipeline → tables, in parallel, resumable, nothing lost.

Every input file (and every JSONL record) ends up in exactly one of the
``articles`` or ``errors`` tables. Rows are written as articles finish, in input
order, so the tables are byte-identical for any number of workers and memory does
not grow with the number of articles.

How a run is organised:

* **Workers.** ``workers >= 1`` starts that many worker processes (``spawn``
  start method; :func:`_init_worker` builds the pipeline once per process). Each
  worker holds at most one input file at a time, so the parent knows when every
  file started: a file that runs past ``timeout`` seconds (plus 1 s per 100 KB of
  file, :func:`_allowance`) has its worker killed
  and replaced and becomes an ``errors`` row (stage ``worker``, code
  ``timeout``); a worker that dies (segfault, ``os._exit``, out-of-memory kill)
  costs only the file it held (code ``worker_crashed``). A file of several
  documents (JSON/JSONL records) reports each one as it finishes and is timed
  per record: a record that hangs or crashes its worker is that record's error
  row, the records done are kept, and the file is handed out again from the
  next record. ``workers=0`` runs everything in the calling process, with no
  timeout and no crash protection (for debugging and profiling).
* **Ordering.** Results are buffered until every earlier file has been written;
  at most ``window`` files are handed out ahead of the oldest unwritten one, so
  the buffer stays small even behind a slow file.
* **Cache.** Each worker stores, per input file, the SHA-1 of the file's bytes and
  the rows it produced in ``OUTDIR/.zhextract-cache/`` (one JSON file per input,
  written to a temporary name and moved into place), as soon as the file is done.
  With ``resume=True`` a file whose bytes, path and pipeline (version, stages,
  source and lexicons: :func:`config_key`) are unchanged replays its cached rows
  instead of being processed again. Without it the cache is written, not read.
* **Atomic output.** Tables are staged by :class:`~pipeline.export.TableWriter`
  and published only when the whole run finished, as one set listed by
  ``manifest.json`` (:mod:`pipeline.publish`); any exception, including
  KeyboardInterrupt and SystemExit, stops the workers and discards the staged
  tables, leaving the previous output as it was.
* **Own output.** An output folder inside an input folder is not read; one that
  is an input folder loses only its own tables from the walk.
* **One run per folder.** A run holds a lock file (``LOCK_FILE``, via
  ``filelock``) in the cache folder; a second run on the same output folder
  raises :class:`OutputBusyError` before doing anything.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from importlib import import_module
from multiprocessing.connection import wait as wait_for_ready
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence

from .document import Document, PipelineError, one_line
from .export import TableWriter
from .pipeline import Pipeline
from .publish import CACHE_DIR, LOCK_FILE, OutputBusyError, OutputWriteError, output_file_names, output_lock
from .stages.roles import MIN_CONFIDENCE
from .stages.read import SUPPORTED_EXTENSIONS, InputFile, is_url, iter_input_files, read_file, unwritable_field
from .tables import PER_ARTICLE_TABLES, ArticleRows, PeopleIndex, document_rows, error_row

__all__ = [
    "DEFAULT_TIMEOUT",
    "CACHE_DIR",
    "ENGINES",
    "FileOutcome",
    "LOCK_FILE",
    "NoInputError",
    "OutputBusyError",
    "OutputWriteError",
    "ResultCache",
    "RunSummary",
    "config_key",
    "default_workers",
    "extract",
    "process_file",
]

Rows = dict[str, list[dict[str, Any]]]

#: Seconds one input file may take in a worker before it is given up.
DEFAULT_TIMEOUT = 120.0
# Bump when the cache entry layout or the meaning of rows changes.
_CACHE_FORMAT = 1
WORKER_STAGE = "worker"
# The kind of an encoded entry whose rows wait in a file (see ``Encoded``).
SPOOL = "spool"

# Encoded results (what workers send back and what the cache stores): a list of
# ["rows", {table: [row, ...]}], ["spool", PATH] (a long article's rows in a file
# of the cache folder, :func:`_spool_rows`) and ["error", [path, stage, code,
# reason]], in the file's own order. Plain lists and dicts: they pickle and serialise to JSON alike,
# where a PipelineError would not survive pickling (its __init__ takes four args).
Encoded = list[list[Any]]


@dataclass(frozen=True)
class RunSummary:
    """What a run did: counts, failures (one-line messages) and where it wrote.

    ``n_files`` input files were handled, ``n_cached`` of them replayed from the
    cache (``resume``), ``n_processed`` run through the pipeline. ``notes`` says
    what the workbook had to change (cells cut, characters replaced);
    ``unwritten`` names formats that could not be written (the others were);
    ``run_id`` is the id in the published ``manifest.json``.
    """

    n_articles: int
    n_errors: int
    seconds: float
    outdir: str
    failures: tuple[str, ...] = field(default=())
    counts: dict[str, int] = field(default_factory=dict)
    n_files: int = 0
    n_cached: int = 0
    n_processed: int = 0
    notes: tuple[str, ...] = field(default=())
    unwritten: tuple[str, ...] = field(default=())
    run_id: str = ""
    worker_memory_mib: float = 0.0

    def line(self) -> str:
        """Return the one-line summary printed at the end of a run."""
        rate = self.n_articles / self.seconds if self.seconds > 0 else 0.0
        cached = f", {self.n_cached} files from cache" if self.n_cached else ""
        memory = f", {self.worker_memory_mib:.0f} MiB per worker" if self.worker_memory_mib else ""
        return (
            f"{self.n_articles} articles, {self.n_errors} errors, "
            f"{self.counts.get('mentions', 0)} mentions, {self.counts.get('roles', 0)} roles "
            f"in {self.seconds:.1f} s ({rate:.1f} articles/s{cached}{memory}) → {self.outdir}"
        )


class FileOutcome(NamedTuple):
    """One input file's results as the run writes them (in input order).

    ``source`` is ``processed``, ``cached`` (replayed from the cache), ``skipped``
    (an entry the reader could not use) or ``failed`` (timeout or crashed worker).
    """

    index: int
    path: str
    source: str
    results: Encoded
    seconds: float

    @property
    def n_articles(self) -> int:
        """How many articles (documents) this file produced."""
        return sum(1 for kind, _ in self.results if kind in ("rows", SPOOL))


def default_workers() -> int:
    """Return the default number of worker processes: the number of CPUs."""
    return os.cpu_count() or 1


# --------------------------------------------------------------------- pipelines

_pipelines: dict[tuple[Any, ...], Pipeline] = {}


def _pipeline_for(stages: tuple[str, ...] | None, ner: str = "rules", ner_merge: str = "union") -> Pipeline:
    # One pipeline per process and configuration: an NER backend's model is loaded once.
    key = (stages or (), ner, ner_merge)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(list(stages) if stages else None, ner=ner, ner_merge=ner_merge)
    return _pipelines[key]


def _peak_memory_mib() -> float:
    """Return this process's peak resident memory in MiB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # not on Unix
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _split_stage_names(stages: Sequence[str] | None) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """Split ``module:name`` stage names into stage names and plugin modules.

    A plugin module registers its stages with :func:`pipeline.register_stage` when
    imported; naming it lets spawned workers import it too.
    """
    if not stages:
        return None, ()
    names: list[str] = []
    plugins: list[str] = []
    for stage in stages:
        module, sep, name = stage.rpartition(":")
        if sep:
            if module not in plugins:
                plugins.append(module)
            names.append(name)
        else:
            names.append(stage)
    return tuple(names), tuple(plugins)


def _import_plugins(plugins: Sequence[str]) -> None:
    for module in plugins:
        try:
            import_module(module)
        except ImportError as exc:
            raise ValueError(f"cannot import stage module {module!r}: {exc}") from None


def config_key(stages: Sequence[str] | None = None, with_tokens: bool = False, ner: str = "rules", ner_merge: str = "union") -> str:
    """Return a key for everything besides an input's bytes that shapes its rows.

    Takes the stage list (``None`` for the default), whether tokens are written,
    the NER choice and its merge. Covers the roles' confidence floor, the package
    version, the cache format, those options, the files of a model folder ``ner``
    names (size and time), the source files of the ``pipeline`` package and the
    lexicons in ``models/``, so editing a recogniser or a lexicon, or retraining a
    model, invalidates cached results. Returns a hex SHA-1.
    """
    digest = hashlib.sha1()
    try:
        from importlib.metadata import version

        digest.update(version("zhextract").encode())
    except Exception:  # noqa: BLE001 - an uninstalled checkout has no version
        pass
    digest.update(json.dumps([_CACHE_FORMAT, list(stages or ()), with_tokens, ner, ner_merge, MIN_CONFIDENCE]).encode())
    model = Path(ner.partition(":")[2]).expanduser()
    if ner != "rules" and model.is_dir():
        for path in sorted(p for p in model.rglob("*") if p.is_file()):
            info = path.stat()
            digest.update(f"{path.relative_to(model)}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py"))
    try:
        from .lexicons import models_dir

        models = models_dir()
        files += sorted(p for p in models.rglob("*") if p.is_file() and p.suffix in (".tsv", ".txt", ".json"))
    except Exception:  # noqa: BLE001 - no models folder: the stages will say so
        pass
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        digest.update(path.name.encode() + b"\0" + hashlib.sha1(data).digest())
    return digest.hexdigest()


# ------------------------------------------------------------------- processing


def process_file(
    item: InputFile, stages: tuple[str, ...] | None = None, with_tokens: bool = False, first: int = 0,
    ner: str = "rules", ner_merge: str = "union",
) -> list[tuple[Rows | None, PipelineError | None]]:
    """Read one input file and run the pipeline over each article in it.

    Takes the file, the stage names, whether tokens are kept, the NER choice and
    its merge (see :class:`~pipeline.pipeline.Pipeline`), and ``first``: how
    many of the file's documents to skip (a JSONL file taken up again after one
    of its records timed out). Returns one ``(rows, None)`` per processed article
    and one ``(None, error)`` per failure, in the file's own order (records that
    failed to read last); never raises for bad input.
    """
    results: list[tuple[Rows | None, PipelineError | None]] = []
    read_errors: list[PipelineError] = []
    for event in _file_events(item, stages, with_tokens, first, ner, ner_merge):
        if event[0] == "failed":
            return [(None, event[1])]
        if event[0] == "read":
            read_errors = event[1].errors
        else:
            results.append(event[2])
    results.extend((None, error) for error in read_errors)
    return results


def _file_events(
    item: InputFile, stages: tuple[str, ...] | None, with_tokens: bool, first: int, ner: str = "rules", ner_merge: str = "union",
    spool: Callable[[int], Path] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Process one file step by step: ``("failed", error)`` when it cannot be read,
    else ``("read", ReadResult)`` then ``("document", number, (rows, error))`` for
    each document from ``first`` on. With ``spool`` (document number → file), a
    long document's rows go to that file block by block and ``rows`` is its path."""
    try:
        read = read_file(item)
    except PipelineError as error:
        yield "failed", error
        return
    except Exception as exc:  # a reader bug must not lose the rest of the batch
        yield "failed", PipelineError(str(item.path), "read", "stage_failed", f"{type(exc).__name__}: {exc}")
        return
    yield "read", read
    pipeline = _pipeline_for(stages, ner, ner_merge)
    for number, doc in enumerate(read.documents):
        if number >= first:
            yield "document", number, _document_result(pipeline, doc, with_tokens, spool(number) if spool else None)


def _document_result(
    pipeline: Pipeline, doc: Document, with_tokens: bool, spool: Path | None = None,
) -> tuple[Rows | Path | None, PipelineError | None]:
    problem = unwritable_field(doc)
    if problem:  # rows that no UTF-8 table can hold would stop the whole run
        return None, PipelineError(doc.path, "read", "bad_record", problem)
    try:
        if spool is not None:
            streamed = pipeline.stream(doc)
            if streamed is not None:
                return _spool_rows(*streamed, spool), None
        return document_rows(pipeline(doc), with_tokens), None
    except PipelineError as error:
        return None, error
    except Exception as exc:  # document_rows or a stage object outside Pipeline
        return None, PipelineError(doc.path, "export", "stage_failed", f"{type(exc).__name__}: {exc}")


def _spool_rows(doc: Document, blocks: Iterable[Document], path: Path) -> Path:
    """Write the rows of a long article to ``path`` as each block is done: JSON
    lines ``[table, rows]``, the article's summing-up rows, then ``["people", …]``
    (what :class:`PeopleIndex` needs). Written to a temporary name and moved into
    place; returns ``path``."""
    article = ArticleRows(doc)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(temporary, "w", encoding="utf-8") as out:
            for block in blocks:
                for table, rows in article.add(block).items():
                    if rows:
                        out.write(json.dumps([table, rows], ensure_ascii=False) + "\n")
            for table, rows in article.finish().items():
                out.write(json.dumps([table, rows], ensure_ascii=False) + "\n")
            out.write(json.dumps(["people", article.people_rows()], ensure_ascii=False) + "\n")
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    return path


def _write_spooled(path: str, writer: TableWriter, tables: Sequence[str], people: PeopleIndex) -> None:
    """Pass a spooled article's rows (:func:`_spool_rows`) to ``writer`` and ``people``, a block at a time."""
    with open(path, encoding="utf-8") as spooled:
        for line in spooled:
            table, rows = json.loads(line)
            if table == "people":
                people.add(rows)
            elif table in tables:
                writer.write(table, rows)


def _encode(results: list[tuple[Rows | Path | None, PipelineError | None]]) -> Encoded:
    return [
        _error_entry(error) if error is not None else [SPOOL, str(rows)] if isinstance(rows, Path) else ["rows", rows]
        for rows, error in results
    ]


def _error_entry(error: PipelineError) -> list[Any]:
    return ["error", [error.path, error.stage, error.code, error.reason]]


class ResultCache:
    """Per-input-file results kept in ``OUTDIR/.zhextract-cache`` for ``--resume``.

    An entry is named after the configuration key, the input's path and its
    article_id, and holds the SHA-1 of the file's bytes and its encoded results.
    Entries are written to a temporary file and moved into place, so a killed
    run leaves only whole entries.
    """

    def __init__(self, folder: str | Path, key: str):
        self.folder = Path(folder)
        self.key = key

    def entry_path(self, item: InputFile) -> Path:
        """Return the entry file for ``item`` (which need not exist)."""
        name = hashlib.sha1(f"{self.key}\0{item.path}\0{item.article_id}".encode("utf-8", "surrogateescape")).hexdigest()
        return self.folder / name[:2] / f"{name}.json"

    def spool_path(self, item: InputFile, number: int) -> Path:
        """Return the file for the rows of ``item``'s document ``number`` when they are
        spooled (a long article): beside the entry, kept and pruned with it."""
        entry = self.entry_path(item)
        return entry.with_name(f"{entry.stem}.{number}.rows.jsonl")

    def load(self, item: InputFile, content_sha1: str) -> Encoded | None:
        """Return the cached results for ``item`` when its bytes are unchanged (and
        every spooled file they name is there), else None."""
        try:
            with open(self.entry_path(item), encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != self.key or entry.get("sha1") != content_sha1:
            return None
        results = entry.get("results")
        if not isinstance(results, list) or any(kind == SPOOL and not os.path.isfile(value) for kind, value in results):
            return None
        return results

    def store(self, item: InputFile, content_sha1: str, results: Encoded) -> None:
        """Write ``item``'s entry atomically; a failure to write is ignored (no cache)."""
        path = self.entry_path(item)
        temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        entry = {"key": self.key, "path": str(item.path), "article_id": item.article_id, "sha1": content_sha1, "results": results}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "w", encoding="utf-8") as handle:
                # json.dumps takes the C encoder; json.dump to a file runs the pure-Python one.
                handle.write(json.dumps(entry, ensure_ascii=False))
            os.replace(temporary, path)
        except (OSError, ValueError, TypeError):
            try:
                temporary.unlink()
            except OSError:
                pass

    def prune(self, keep: set[Path]) -> None:
        """Delete entries (and leftover temporary files) not in ``keep``; the
        spooled rows of a kept entry stay."""
        if not self.folder.is_dir():
            return
        kept_stems = {path.stem for path in keep}
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                stem, _, rest = path.name.partition(".")
                spooled = stem in kept_stems and rest.endswith(".rows.jsonl") and rest[: -len(".rows.jsonl")].isdigit()
                if path not in keep and not spooled:
                    try:
                        path.unlink()
                    except OSError:
                        pass
            try:
                shard.rmdir()  # only succeeds when empty
            except OSError:
                pass


@dataclass
class _WorkerContext:
    stages: tuple[str, ...] | None
    with_tokens: bool
    cache: ResultCache | None
    resume: bool
    ner: str = "rules"
    ner_merge: str = "union"
    spool: bool = False


_context: _WorkerContext | None = None


def _init_worker(
    stages: tuple[str, ...] | None,
    plugins: tuple[str, ...],
    with_tokens: bool,
    cache_folder: str | None,
    key: str,
    resume: bool,
    ner: str = "rules",
    ner_merge: str = "union",
    spool: bool = False,
) -> None:
    """Prepare this process to process files: import plugins, build the pipeline
    (and load an NER backend's model) once. With ``spool`` (the parent shares this
    machine's disk), a long article's rows are written to the cache folder block
    by block and the parent reads them from there."""
    global _context
    _import_plugins(plugins)
    pipeline = _pipeline_for(stages, ner, ner_merge)
    # Load lazy resources (jieba's dictionary …) now, so that time does not count
    # against the first file's timeout.
    try:
        pipeline(Document("warm-up", "", "某市協會會長陳大文表示，活動順利。"))
    except Exception:  # noqa: BLE001 - a real input will report it properly
        pass
    cache = ResultCache(cache_folder, key) if cache_folder else None
    _context = _WorkerContext(stages, with_tokens, cache, resume, ner, ner_merge, spool and cache is not None)


def _work(item: InputFile, first: int = 0, report: Callable[[tuple[Any, ...]], None] | None = None) -> tuple[str, Encoded, float]:
    """Process one input file in an initialised process: ``(source, results, seconds)``.

    ``source`` is ``cached`` when the results came from the cache, else
    ``processed``. ``first`` skips the file's first documents (their results are
    not returned, and such a partial result is not cached). For a file of several
    documents ``report`` receives ``("documents", paths, sizes, read_errors)``
    once it is read and ``("document", number, entry)`` after each document, so
    the parent can time each record and keep those done when one hangs.
    """
    assert _context is not None, "_init_worker was not called"
    started = time.perf_counter()
    cache = _context.cache if first == 0 else None
    content_sha1 = None
    if cache is not None:
        try:
            content_sha1 = hashlib.sha1(item.path.read_bytes()).hexdigest()
        except OSError:
            content_sha1 = None  # read_file reports it; unreadable files are not cached
        if content_sha1 and _context.resume:
            cached = cache.load(item, content_sha1)
            if cached is not None and (_context.spool or all(kind != SPOOL for kind, _ in cached)):
                return "cached", cached, time.perf_counter() - started
    results: Encoded = []
    read_errors: Encoded = []
    several = False
    spool = functools.partial(_context.cache.spool_path, item) if _context.spool and _context.cache is not None else None
    for event in _file_events(item, _context.stages, _context.with_tokens, first, _context.ner, _context.ner_merge, spool):
        if event[0] == "failed":
            results = [_error_entry(event[1])]
            break
        if event[0] == "read":
            documents = event[1].documents
            read_errors = [_error_entry(error) for error in event[1].errors]
            several = report is not None and len(documents) > 1
            if several:
                sizes = [len(d.text.encode("utf-8", "surrogatepass")) for d in documents]
                report(("documents", [d.path for d in documents], sizes, read_errors))
            continue
        entry = _encode([event[2]])[0]
        results.append(entry)
        if several:
            report(("document", event[1], entry))  # type: ignore[misc]
    results += read_errors
    if cache is not None and content_sha1:
        cache.store(item, content_sha1, results)
    return "processed", results, time.perf_counter() - started


def _worker_main(conn: Any, init_args: tuple[Any, ...]) -> None:
    """Entry point of a worker process: initialise, then process one job at a time."""
    # Ctrl-C reaches the whole process group; the parent decides and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _init_worker(*init_args)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        conn.send(("init_failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", _peak_memory_mib()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent went away
            return
        if job is None:
            return
        index, item, first = job
        try:
            source, results, seconds = _work(item, first, lambda event: conn.send((event[0], index, *event[1:])))
        except Exception as exc:  # noqa: BLE001 - never lose the file
            error = PipelineError(str(item.path), WORKER_STAGE, "stage_failed", f"{type(exc).__name__}: {exc}")
            source, results, seconds = "processed", [_error_entry(error)], 0.0
        conn.send(("done", index, source, results, seconds, _peak_memory_mib()))


# ---------------------------------------------------------------------- scheduling


@dataclass
class _Partial:
    """What is known of a file of several documents while it is being processed:
    the documents' paths and sizes, its read errors, and the entries of the
    documents already done (kept when a later one hangs or crashes its worker)."""

    paths: list[str]
    sizes: list[int]
    read_errors: Encoded
    entries: Encoded = field(default_factory=list)


class _Worker:
    """One worker process and the job it holds (at most one)."""

    def __init__(self, context: Any, init_args: tuple[Any, ...]):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, init_args), daemon=True, name="zhextract-worker")
        self.process.start()
        child.close()
        self.ready = False
        self.job: int | None = None
        self.started = 0.0
        self.size = 0
        self.first = 0
        self.next_document = 0
        self.partial: _Partial | None = None

    def assign(self, index: int, item: InputFile, first: int, partial: _Partial | None) -> None:
        self.conn.send((index, item, first))
        self.job = index
        self.started = time.monotonic()
        self.size = _file_size(item)
        self.first = first
        self.next_document = first
        self.partial = partial

    def documents_read(self, paths: list[str], sizes: list[int], read_errors: Encoded) -> None:
        if self.partial is None:
            self.partial = _Partial(paths, sizes, read_errors)
        self._start_document(self.next_document)

    def document_done(self, number: int, entry: list[Any]) -> None:
        assert self.partial is not None
        self.partial.entries.append(entry)
        self._start_document(number + 1)

    def finish(self, results: Encoded) -> Encoded:
        """End the job; return the file's whole results: those of the documents
        done before it was handed out again, then ``results`` (this job's)."""
        earlier = self.partial.entries[: self.first] if self.partial is not None else []
        self.job = None
        self.partial = None
        return earlier + results

    def _start_document(self, number: int) -> None:
        # The timeout applies to each document of a file in turn.
        self.next_document = number
        self.started = time.monotonic()
        self.size = self.partial.sizes[number] if self.partial and number < len(self.partial.sizes) else 0

    def stop(self, wait: float = 0.0) -> None:
        if wait and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def _describe_exit(exitcode: int | None) -> str:
    if exitcode is None:
        return "unknown status"
    if exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


# A large file gets this many extra seconds per byte on top of ``--timeout``, so a
# 50 MB article is given time to finish instead of being cut off (about 100 KB/s,
# well under the pipeline's speed).
SECONDS_PER_BYTE = 1 / 100_000


def _file_size(item: InputFile) -> int:
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


def _allowance(timeout: float, size: int) -> float:
    """Seconds a file of ``size`` bytes may take: ``timeout`` plus its size's share."""
    return timeout + size * SECONDS_PER_BYTE


def _parallel_outcomes(
    items: list[InputFile | PipelineError],
    workers: int,
    timeout: float | None,
    init_args: tuple[Any, ...],
    window: int,
    stats: dict[str, float],
    kept: list[_Worker] | None = None,
) -> Iterator[FileOutcome]:
    """Yield one :class:`FileOutcome` per item, in input order, from worker processes;
    ``stats["worker_memory_mib"]`` keeps the largest peak memory a worker reported.

    A file of several documents (JSON/JSONL records) is timed per document; when
    one hangs or crashes its worker, that document becomes an error, the ones done
    are kept, and the file is handed out again from the next document on.
    ``kept``, when given, is a list of worker processes to use first; after a
    complete pass it holds the workers still alive and idle, left running for the
    next call (the Dask engine keeps one per Dask worker), else they are stopped.
    """
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[int, int]] = deque((i, 0) for i, item in enumerate(items) if isinstance(item, InputFile))
    resumed: dict[int, _Partial] = {}  # files handed out again after a lost document
    pool: list[_Worker] = list(kept or ())
    if kept is not None:
        kept.clear()
    done: dict[int, FileOutcome] = {}
    next_out = 0
    failed_starts = 0
    finished = False
    survivors: list[_Worker] = []
    try:
        pool += [_Worker(context, init_args) for _ in range(max(1, min(workers, len(pending))) - len(pool))] if pending else []
        while next_out < len(items):
            while next_out < len(items):
                item = items[next_out]
                if isinstance(item, PipelineError):
                    yield FileOutcome(next_out, item.path, "skipped", [_error_entry(item)], 0.0)
                elif next_out in done:
                    yield done.pop(next_out)
                else:
                    break
                next_out += 1
            if next_out >= len(items):
                break
            for worker in pool:
                if worker.ready and worker.job is None and pending and pending[0][0] < next_out + window:
                    index, first = pending.popleft()
                    worker.assign(index, items[index], first, resumed.pop(index, None))  # type: ignore[arg-type]
            wait_s = None
            if timeout:
                deadlines = [w.started + _allowance(timeout, w.size) for w in pool if w.job is not None]
                if deadlines:
                    wait_s = max(0.0, min(deadlines) - time.monotonic())
            if not pool:  # cannot happen: pending work always has a worker
                raise RuntimeError("no worker left while files remain")
            ready = set(wait_for_ready([w.conn for w in pool] + [w.process.sentinel for w in pool], wait_s))
            survivors: list[_Worker] = []
            for worker in pool:
                crashed = False
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        while worker.conn.poll():
                            message = worker.conn.recv()
                            if message[0] in ("ready", "done"):
                                stats["worker_memory_mib"] = max(stats.get("worker_memory_mib", 0.0), message[-1])
                            if message[0] == "ready":
                                worker.ready = True
                                failed_starts = 0
                            elif message[0] == "init_failed":
                                raise RuntimeError(f"worker process could not start: {message[1]}")
                            elif message[0] == "documents":
                                worker.documents_read(*message[2:])
                            elif message[0] == "document":
                                worker.document_done(*message[2:])
                            else:
                                _, index, source, results, seconds, _ = message
                                done[index] = FileOutcome(index, str(items[index].path), source, worker.finish(results), seconds)  # type: ignore[union-attr]
                    except (EOFError, OSError):
                        crashed = True
                    crashed = crashed or not worker.process.is_alive()
                timed_out = bool(
                    not crashed and timeout and worker.job is not None
                    and time.monotonic() - worker.started >= _allowance(timeout, worker.size)
                )
                if not (crashed or timed_out):
                    survivors.append(worker)
                    continue
                worker.stop()
                if worker.job is not None:
                    outcome = _lost_job(worker, items, timeout if timed_out else None, pending, resumed)
                    if outcome is not None:
                        done[outcome.index] = outcome
                elif not worker.ready:
                    failed_starts += 1
                    if failed_starts > 3:
                        raise RuntimeError(f"worker processes keep dying at start ({_describe_exit(worker.process.exitcode)})")
                if pending:  # a fresh worker takes the place of the stopped one
                    survivors.append(_Worker(context, init_args))
            pool = survivors
        finished = True
    finally:
        for worker in {id(w): w for w in pool + survivors}.values():
            if kept is not None and finished and worker.job is None and worker.process.is_alive():
                kept.append(worker)
            else:
                worker.stop(wait=2.0 if finished else 0.0)


def _lost_job(
    worker: _Worker,
    items: list[InputFile | PipelineError],
    timeout: float | None,
    pending: deque[tuple[int, int]],
    resumed: dict[int, _Partial],
) -> FileOutcome | None:
    """Record the job of a worker that timed out (``timeout`` given) or died.

    The document it was on becomes an ``errors`` entry; for a file of several
    documents, the ones done are kept and the file is queued again from the next
    document (returns None); otherwise returns the file's outcome.
    """
    index = worker.job
    assert index is not None
    path = str(items[index].path)  # type: ignore[union-attr]
    partial = worker.partial
    if partial is not None and worker.next_document >= len(partial.paths):
        # Every document was done; the worker was lost afterwards (storing the cache).
        return FileOutcome(index, path, "processed", partial.entries + partial.read_errors, 0.0)
    where = partial.paths[worker.next_document] if partial is not None else path
    if timeout is not None:
        seconds = _allowance(timeout, worker.size)
        error = PipelineError(where, WORKER_STAGE, "timeout", f"no result after {seconds:g} s; worker stopped")
    else:
        seconds = time.monotonic() - worker.started
        reason = _describe_exit(worker.process.exitcode)
        error = PipelineError(where, WORKER_STAGE, "worker_crashed", f"worker process died ({reason}) while processing this file")
    if partial is None:
        return FileOutcome(index, path, "failed", [_error_entry(error)], seconds)
    partial.entries.append(_error_entry(error))
    if worker.next_document + 1 < len(partial.paths):
        resumed[index] = partial
        pending.appendleft((index, worker.next_document + 1))
        return None
    return FileOutcome(index, path, "failed", partial.entries + partial.read_errors, seconds)


def _serial_outcomes(items: list[InputFile | PipelineError], init_args: tuple[Any, ...], stats: dict[str, float]) -> Iterator[FileOutcome]:
    """Yield one :class:`FileOutcome` per item, in input order, processing in this
    process; ``stats["worker_memory_mib"]`` is this process's peak memory."""
    _init_worker(*init_args)
    for index, item in enumerate(items):
        if isinstance(item, PipelineError):
            yield FileOutcome(index, item.path, "skipped", [_error_entry(item)], 0.0)
            continue
        source, results, seconds = _work(item)
        stats["worker_memory_mib"] = _peak_memory_mib()
        yield FileOutcome(index, str(item.path), source, results, seconds)


# --------------------------------------------------------------------------- run


def _without_outdir(items: list[InputFile | PipelineError], outdir: Path) -> list[InputFile | PipelineError]:
    """Leave out what the output folder holds, so a run never reads its own tables.

    An output folder inside a walked input folder is left out whole; one that *is*
    an input folder (``zhextract extract . -o .``) loses only the files a run
    writes there (``articles.jsonl``, ``manifest.json`` …). Its hidden cache and
    staging folders are never walked.
    """
    out = outdir.resolve()
    own = output_file_names()
    kept: list[InputFile | PipelineError] = []
    for item in items:
        if isinstance(item, InputFile) and not is_url(item.path):
            path = item.path.resolve()
            if path.is_relative_to(out):
                root = item.root.resolve()
                if out != root and out.is_relative_to(root):
                    continue
                if path.parent == out and path.name in own:
                    continue
        kept.append(item)
    return kept


#: The ways a run can be spread: worker processes on this machine, or a Dask cluster.
ENGINES = ("local", "dask")


def _dask_engine() -> Callable[..., Iterator[FileOutcome]]:
    """Return :func:`pipeline.cluster.dask_outcomes`; ValueError when dask is not installed."""
    try:
        from .cluster import dask_outcomes
    except ImportError:
        raise ValueError("--engine dask needs dask: python -m pip install 'zhextract[dask]'") from None
    return dask_outcomes


class NoInputError(RuntimeError):
    """The inputs hold no file to read (an empty folder, or only unsupported files)."""


def extract(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    formats: Sequence[str] = ("csv", "jsonl"),
    with_tokens: bool = False,
    stages: Sequence[str] | None = None,
    progress: Callable[[Iterable[FileOutcome], int | None], Iterable[FileOutcome]] | None = None,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    resume: bool = False,
    log: Callable[[str], None] | None = None,
    window: int | None = None,
    ner: str = "rules",
    ner_merge: str = "union",
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Run the pipeline over files and folders and write the tables to ``outdir``.

    Takes input paths; the output folder; the formats; whether to write
    ``tokens``; an optional stage list (a name ``module:stage`` imports ``module``
    first, in every worker, to register a plugin stage); an optional progress
    wrapper ``progress(outcomes, total)`` that yields the :class:`FileOutcome` items
    it is given; ``workers`` (worker processes, default :func:`default_workers`;
    ``0`` processes in this process, without timeout or crash protection);
    ``timeout`` (seconds per input file, ``None`` or ``0`` for none); ``resume``
    (reuse cached results of unchanged files); ``log`` (called with one line per
    file: ``processed``/``cached``/``failed``/``skipped``, path, counts, time);
    ``window`` (files handed out ahead of the oldest unwritten one); ``ner``
    and ``ner_merge``, where PERSON / ORG come from (see
    :class:`~pipeline.pipeline.Pipeline`: ``"hanlp:MODEL"`` loads a HanLP model
    once in each worker process); and ``engine`` (``local``, or ``dask``:
    :mod:`pipeline.cluster`, on the Dask cluster at ``scheduler``
    (``tcp://HOST:PORT``) or on a LocalCluster of ``workers`` processes;
    ``window`` then counts tasks). The summary
    reports the largest peak memory of a local worker.

    Returns a :class:`RunSummary`. Raises PipelineError (code ``not_found``) for a
    missing input path, ValueError or KeyError for a bad stage list or NER
    choice, :class:`~pipeline.registry.BackendError` when the NER backend cannot
    load its model (the model is loaded here once to check it), OSError for
    an unwritable output folder, OutputBusyError (a RuntimeError) when another
    run is writing to the same output folder, and NoInputError (a RuntimeError)
    when the inputs hold no file to read, all before any work; RuntimeError when
    worker processes cannot start; OutputWriteError (a RuntimeError) when the
    tables cannot be written or published (disk full). Any exception
    (KeyboardInterrupt included) leaves the previous output in ``outdir``
    untouched.
    """
    started = time.perf_counter()
    workers = default_workers() if workers is None else workers
    if workers < 0:
        raise ValueError(f"workers must be 0 or more, got {workers}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if engine == "dask":
        dask_outcomes = _dask_engine()
        if workers == 0 and not scheduler:
            raise ValueError("--engine dask needs at least one worker (-j 1 or more) or --scheduler")
    elif scheduler:
        raise ValueError("--scheduler is for --engine dask")
    if timeout is not None and timeout < 0:
        raise ValueError(f"timeout must be 0 (none) or more, got {timeout}")
    stage_names, plugins = _split_stage_names(stages)
    _import_plugins(plugins)
    _pipeline_for(stage_names, ner, ner_merge)  # builds (and checks) the pipeline before any work
    if workers and ner != "rules":
        _pipelines.pop((stage_names or (), ner, ner_merge), None)  # the workers load their own model
    listing = iter_input_files(inputs)  # raises not_found before anything is written
    outdir = Path(outdir)
    tables = [t for t in PER_ARTICLE_TABLES if with_tokens or t != "tokens"] + ["errors", "people"]
    items = _without_outdir(list(listing), outdir)
    if not items:
        raise NoInputError(
            f"no input found in {', '.join(one_line(str(p)) for p in inputs)} "
            f"(files ending in {', '.join(sorted(SUPPORTED_EXTENSIONS))}, besides the tables of a run); nothing written"
        )
    cache = ResultCache(outdir / CACHE_DIR, config_key(stage_names, with_tokens, ner, ner_merge))
    with output_lock(outdir):
        writer = TableWriter(outdir, tables, formats)
        try:
            init_args = (stage_names, plugins, with_tokens, str(cache.folder), cache.key, resume, ner, ner_merge, engine == "local")
            stats: dict[str, float] = {}
            if engine == "dask":
                outcomes: Iterator[FileOutcome] = dask_outcomes(items, init_args, workers, scheduler, window=window, timeout=timeout or None)
            elif workers == 0:
                outcomes = _serial_outcomes(items, init_args, stats)
            else:
                outcomes = _parallel_outcomes(items, workers, timeout or None, init_args, window or max(16, 4 * workers), stats)
            people = PeopleIndex()
            n_articles = n_cached = n_processed = 0
            failures: list[str] = []
            try:
                stream: Iterable[FileOutcome] = outcomes
                if progress is not None:
                    stream = progress(outcomes, len(items))
                for outcome in stream:
                    n_cached += outcome.source == "cached"
                    n_processed += outcome.source == "processed"
                    n_errors = 0
                    for kind, value in outcome.results:
                        if kind == "error":
                            error = PipelineError(*value)
                            writer.write("errors", [error_row(error)])
                            failures.append(str(error))
                            n_errors += 1
                            continue
                        n_articles += 1
                        if kind == SPOOL:
                            _write_spooled(value, writer, tables, people)
                            continue
                        for table in tables:
                            if table in value:
                                writer.write(table, value[table])
                        people.add(value)
                    if log is not None:
                        log(
                            f"{outcome.source} {one_line(outcome.path)}: {outcome.n_articles} article(s), "
                            f"{n_errors} error(s), {outcome.seconds * 1000:.0f} ms"
                        )
            finally:
                outcomes.close()  # stops the workers, also on an exception
            writer.write("people", people.rows())
            counts = writer.counts()
            writer.commit({"with_tokens": with_tokens, "stages": list(stage_names or ())})
        except BaseException:
            writer.abort()
            raise
        cache.prune({cache.entry_path(i) for i in items if isinstance(i, InputFile)})
    return RunSummary(
        n_articles=n_articles,
        n_errors=len(failures),
        seconds=time.perf_counter() - started,
        outdir=str(outdir),
        failures=tuple(failures),
        counts=counts,
        n_files=len(items),
        n_cached=n_cached,
        n_processed=n_processed,
        notes=tuple(writer.notes),
        unwritten=tuple(writer.unwritten),
        run_id=writer.manifest.get("run_id", ""),
        worker_memory_mib=stats.get("worker_memory_mib", 0.0),
    )
