"""Batch runs: inputs → pipeline → tables, one article at a time, nothing lost.

Every input file (and every JSONL record) ends up in exactly one of the
``articles`` or ``errors`` tables. Rows are written as articles finish, in input
order, so memory does not grow with the number of articles.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .document import PipelineError
from .export import TableWriter
from .pipeline import Pipeline
from .stages.read import InputFile, iter_input_files, read_file
from .tables import PER_ARTICLE_TABLES, PeopleIndex, document_rows, error_row

__all__ = ["RunSummary", "extract", "process_file"]

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class RunSummary:
    """What a run did: counts, failures (one-line messages) and where it wrote."""

    n_articles: int
    n_errors: int
    seconds: float
    outdir: str
    failures: tuple[str, ...] = field(default=())
    counts: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """Return the one-line summary printed at the end of a run."""
        return (
            f"{self.n_articles} articles, {self.n_errors} errors, "
            f"{self.counts.get('mentions', 0)} mentions, {self.counts.get('roles', 0)} roles "
            f"in {self.seconds:.1f} s → {self.outdir}"
        )


_pipelines: dict[tuple[str, ...], Pipeline] = {}


def _pipeline_for(stages: tuple[str, ...] | None) -> Pipeline:
    key = stages or ()
    if key not in _pipelines:
        _pipelines[key] = Pipeline(list(stages) if stages else None)
    return _pipelines[key]


def process_file(item: InputFile, stages: tuple[str, ...] | None = None, with_tokens: bool = False) -> list[tuple[Rows | None, PipelineError | None]]:
    """Read one input file and run the pipeline over each article in it.

    Returns one ``(rows, None)`` per processed article and one ``(None, error)`` per
    failure, in the file's own order; never raises for bad input.
    """
    results: list[tuple[Rows | None, PipelineError | None]] = []
    try:
        read = read_file(item)
    except PipelineError as error:
        return [(None, error)]
    except Exception as exc:  # a reader bug must not lose the rest of the batch
        return [(None, PipelineError(str(item.path), "read", "stage_failed", f"{type(exc).__name__}: {exc}"))]
    pipeline = _pipeline_for(stages)
    for doc in read.documents:
        try:
            results.append((document_rows(pipeline(doc), with_tokens), None))
        except PipelineError as error:
            results.append((None, error))
    results.extend((None, error) for error in read.errors)
    return results


def _iter_items(inputs: Sequence[str | Path]) -> Iterator[InputFile | PipelineError]:
    yield from iter_input_files(inputs)


def extract(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    formats: Sequence[str] = ("csv", "jsonl"),
    with_tokens: bool = False,
    stages: Sequence[str] | None = None,
    progress: Callable[[Iterable[Any], int | None], Iterable[Any]] | None = None,
) -> RunSummary:
    """Run the pipeline over files and folders and write the tables to ``outdir``.

    Takes input paths, the output folder, the formats, whether to write ``tokens``,
    an optional stage list, and an optional progress wrapper ``progress(iterable,
    total)``. Returns a :class:`RunSummary`. Raises PipelineError (code
    ``not_found``) for a missing input path and OSError for an unwritable output
    folder, both before any work.
    """
    started = time.perf_counter()
    stage_names = tuple(stages) if stages else None
    _pipeline_for(stage_names)  # builds (and checks) the stage list before any work
    items = list(_iter_items(inputs))
    tables = [t for t in PER_ARTICLE_TABLES if with_tokens or t != "tokens"] + ["errors", "people"]
    writer = TableWriter(outdir, tables, formats)
    people = PeopleIndex()
    n_articles = 0
    failures: list[str] = []
    try:
        iterable: Iterable[Any] = items
        if progress is not None:
            iterable = progress(items, len(items))
        for item in iterable:
            results = [(None, item)] if isinstance(item, PipelineError) else process_file(item, stage_names, with_tokens)
            for rows, error in results:
                if error is not None:
                    writer.write("errors", [error_row(error)])
                    failures.append(str(error))
                    continue
                n_articles += 1
                for table in tables:
                    if table in rows:
                        writer.write(table, rows[table])
                people.add(rows)
        writer.write("people", people.rows())
        counts = writer.counts()
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return RunSummary(
        n_articles=n_articles,
        n_errors=len(failures),
        seconds=time.perf_counter() - started,
        outdir=str(outdir),
        failures=tuple(failures),
        counts=counts,
    )
