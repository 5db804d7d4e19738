"""The ``zhextract`` command line: a thin layer over :mod:`pipeline.runner` and friends.

Exit codes: 0 when every input succeeded, 1 when some failed (the rest is still
written), when no input was found, when a format could not be written (the others
were) or when the tables could not be written at all (disk full; the previous
tables are kept), 2 on usage errors (bad options, an input path that does not
exist, an output folder that cannot be written).
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import click

from .document import PipelineError
from .export import FORMATS
from .registry import NER_MERGES, BackendError

__all__ = ["main"]


def _parse_formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), got {value!r}")
    return formats


def _backend_failed(error: BackendError) -> None:
    """Print a backend's one-line error and exit 2 (nothing was processed)."""
    click.echo(" ".join(str(error).split()), err=True)
    sys.exit(2)


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(outcomes, total):
        if total is not None and total <= 1:
            yield from outcomes
            return
        from tqdm import tqdm

        articles = 0
        started = time.perf_counter()
        with tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True) as bar:
            for outcome in outcomes:
                yield outcome
                articles += outcome.n_articles
                bar.update(1)
                rate = articles / max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"{articles} articles, {rate:.1f} articles/s", refresh=False)

    return wrap


def _log(verbose: bool, progress_on: bool):
    if not verbose:
        return None
    if progress_on:
        from tqdm import tqdm

        return lambda line: tqdm.write(line, file=sys.stderr)
    return lambda line: click.echo(line, err=True)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a run cleans up as for Ctrl-C."""


def _raise_terminated(signum, frame):  # noqa: ARG001 - signal handler signature
    # A second SIGTERM while cleaning up kills at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise _Terminated()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhextract")
def main() -> None:
    """Extract persons, titles, organisations and roles from Chinese news articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", default="outputs", show_default=True, type=click.Path(path_type=Path), help="Folder the tables are written to.")
@click.option("--format", "formats", default="csv,jsonl", show_default=True, callback=_parse_formats, help="Comma-separated: csv, jsonl, parquet, xlsx.")
@click.option("--tokens", is_flag=True, help="Also write the tokens table (one row per segmenter token).")
@click.option("--stages", default=None, help="Comma-separated stage names to run instead of the default pipeline; MODULE:NAME imports MODULE first (a plugin stage).")
@click.option("-j", "--workers", type=click.IntRange(min=0), default=None, help="Worker processes [default: number of CPUs]; 0 runs in this process, without timeout or crash protection.")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True, help="Seconds one input file may take before it is recorded as an error, plus 1 s per 100 KB of file (0: no limit; with --engine dask each Dask worker then hands its files to a process of its own).")
@click.option("--resume", is_flag=True, help="Reuse the results of an earlier run in the same output folder for files whose content is unchanged.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", is_flag=True, help="Log each file (processed, cached or failed, with its time) to stderr.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="local: worker processes on this machine; dask: a Dask cluster (--scheduler) or a LocalCluster of -j worker processes.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT", help="With --engine dask: the scheduler of a running Dask cluster.")
@click.option("--report", "with_report", is_flag=True, help="Also write the HTML review site to OUTDIR/report/ (see `zhextract report`).")
@click.option("--ner", default="rules", show_default=True, metavar="rules|hanlp:MODEL", help="Where PERSON / ORG come from: the project's rules, or also a HanLP model (a folder zhextract train wrote, or a HanLP pretrained identifier; extra zhextract[hanlp]).")
@click.option("--ner-merge", type=click.Choice(NER_MERGES), default="union", show_default=True, help="With --ner hanlp:MODEL: union keeps both (a rules mention wins a tie), rules adds HanLP spans only where the rules found nothing, hanlp takes PERSON / ORG from HanLP alone. Titles always come from the rules.")
def extract(inputs: tuple[str, ...], outdir: Path, formats: tuple[str, ...], tokens: bool, stages: str | None, workers: int | None, timeout: float, resume: bool, quiet: bool, verbose: bool, engine: str, scheduler: str | None, with_report: bool, ner: str, ner_merge: str) -> None:
    """Run the pipeline over INPUTS (files or folders, walked recursively; or fsspec
    URLs such as s3://BUCKET/PREFIX, with that protocol's fsspec backend installed) and write tables.

    Tables appear in the output folder only when the whole run finished, as one
    set listed in OUT/manifest.json (files of an earlier run are removed); an
    interrupted run (Ctrl-C, SIGTERM) leaves the previous tables as they were, and
    --resume continues it without redoing the files already done.
    """
    from .runner import extract as run_extract

    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    progress = _progress(quiet)
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        previous = None
    try:
        summary = run_extract(
            inputs, outdir, formats=formats, with_tokens=tokens, stages=stage_list, progress=progress,
            workers=workers, timeout=timeout, resume=resume, log=_log(verbose, progress is not None),
            ner=ner, ner_merge=ner_merge, engine=engine, scheduler=scheduler,
        )
    except BackendError as error:
        _backend_failed(error)
    except PipelineError as error:
        raise click.UsageError(str(error)) from None
    except (ValueError, KeyError) as error:
        raise click.UsageError(str(error).strip("'\"")) from None
    except OSError as error:
        raise click.UsageError(f"{outdir}: cannot write output: {error.strerror or error}") from None
    except RuntimeError as error:
        raise click.ClickException(str(error)) from None
    except KeyboardInterrupt as interrupt:
        terminated = isinstance(interrupt, _Terminated)
        click.echo(
            f"{'terminated' if terminated else 'interrupted'}: no tables written, {outdir} left as it was; "
            "rerun with --resume to reuse the files already done",
            err=True,
        )
        sys.exit(143 if terminated else 130)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not quiet:
        for failure in summary.failures:
            click.echo(f"error: {failure}", err=True)
        for note in summary.notes:
            click.echo(f"note: {note}", err=True)
    for unwritten in summary.unwritten:
        click.echo(f"error: {unwritten}", err=True)
    if not quiet:
        click.echo(summary.line(), err=True)
    report_complete = _write_report(outdir, None, quiet) if with_report else True
    sys.exit(1 if summary.n_errors or summary.unwritten or not report_complete else 0)


def _write_report(outdir: Path, sources: Path | None, quiet: bool) -> bool:
    """Write the review site; print its problems and summary; return True when every
    article's text could be shown."""
    from .report import write_report

    try:
        summary = write_report(outdir, base=sources)
    except FileNotFoundError as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{outdir}: cannot write the report: {error.strerror or error}") from None
    if not quiet:
        for problem in summary.problems:
            click.echo(f"warning: {problem}", err=True)
        click.echo(summary.line(), err=True)
    return not summary.problems


@main.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--sources", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None, help="Folder the relative input paths of the run are resolved against [default: the current folder].")
@click.option("-q", "--quiet", is_flag=True, help="No warnings and no summary line.")
def report(outdir: Path, sources: Path | None, quiet: bool) -> None:
    """Write a static HTML review site of the run in OUTDIR to OUTDIR/report/.

    index.html lists the articles, people and organisations, with a search box;
    each article's page shows its text with persons, titles and organisations
    highlighted, boilerplate greyed out, and its roles. Open it from disk: it
    needs no network. Each article's text is read back from its input file; exit
    code 1 when some article's file is missing or changed (its page then shows
    the metadata and roles only).
    """
    sys.exit(0 if _write_report(outdir, sources, quiet) else 1)


@main.command(name="eval")
@click.argument("first", type=click.Path(exists=True, path_type=Path))
@click.argument("second", type=click.Path(exists=True, path_type=Path))
@click.option("--spans", is_flag=True, help="FIRST is a span gold JSONL file ({id, text, entities}) and SECOND an output folder.")
@click.option("--detail", is_flag=True, help="List misses and false alarms per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(first: Path, second: Path, spans: bool, detail: bool, as_json: bool) -> None:
    """Score an output folder against gold annotations.

    zhextract eval OUTDIR GOLD  scores persons, organisations, person-title pairs
    and roles by the gold README's rules. zhextract eval --spans GOLD.jsonl OUTDIR
    scores exact PERSON / ORG spans per label.
    """
    import json

    from .evaluate import format_report, score_output, score_spans

    report = score_spans(first, second) if spans else score_output(first, second)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, detail=detail))


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder the model is written to (usable as --ner hanlp:FOLDER).")
@click.option("--dev", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="Span gold to pick the best epoch on [default: every tenth sentence of GOLD, held out].")
@click.option("--epochs", type=click.IntRange(min=1), default=30, show_default=True, help="Training passes over GOLD (training stops early when the dev score has not improved for 10).")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed: the same data and seed give the same model.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
def train(gold: Path, outdir: Path, dev: Path | None, epochs: int, seed: int, quiet: bool) -> None:
    """Train a HanLP character model for PERSON / ORG from span gold (extra zhextract[hanlp]).

    GOLD is JSONL in the format zhextract eval --spans reads: one object a line
    with text and entities [{start, end, label}]. PERSON and ORG entities are
    learnt, other labels are read as plain text. The model (a BiLSTM over
    randomly initialised character embeddings: nothing is downloaded) reads the
    simplified shadow of each sentence, as the pipeline gives it.
    """
    from .training import train_ner_model

    log = None if quiet else (lambda line: click.echo(line, err=True))
    try:
        summary = train_ner_model(gold, outdir, dev=dev, epochs=epochs, seed=seed, log=log)
    except BackendError as error:
        _backend_failed(error)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        raise click.UsageError(f"{outdir}: cannot write the model: {error.strerror or error}") from None
    click.echo(summary.line(), err=True)


@main.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("sql")
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the result to FILE.csv (UTF-8 with BOM) or FILE.parquet instead of printing it.")
@click.option("--rows", "max_rows", type=click.IntRange(min=1), default=50, show_default=True, help="Rows printed to the terminal (the rest are counted).")
def query(outdir: Path, sql: str, target: Path | None, max_rows: int) -> None:
    """Run SQL (DuckDB) over the tables of the run in OUTDIR.

    Each table is a view under its name (articles, mentions, roles, persons,
    organizations, people, errors, tokens), read from its Parquet file where the
    run wrote one, else JSONL, else CSV. Example:

    zhextract query out "SELECT organization_normalized, count(*) AS n FROM roles GROUP BY 1 ORDER BY n DESC"
    """
    from .query import run_query, write_result

    try:
        result = run_query(outdir, sql)
        if target is not None:
            write_result(result, target)
    except (ValueError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{target}: cannot write: {error.strerror or error}") from None
    if target is not None:
        click.echo(f"{result.num_rows} rows → {target}", err=True)
        return
    import pandas

    shown = result.slice(0, max_rows).to_pandas()
    with pandas.option_context("display.max_columns", None, "display.width", 200, "display.max_colwidth", 60):
        click.echo(shown.to_string(index=False) if result.num_columns else "(no columns)")
    if result.num_rows > max_rows:
        click.echo(f"… {result.num_rows - max_rows} more rows (--rows N shows more, --to FILE writes them all)")


@main.command(name="stages")
def list_stages() -> None:
    """List the registered stage names and the default pipeline."""
    from .pipeline import DEFAULT_STAGES
    from .registry import get_stage, stage_names

    for name in stage_names():
        stage = get_stage(name)
        marker = "*" if name in DEFAULT_STAGES else " "
        click.echo(f"{marker} {name:<12} requires {', '.join(stage.requires) or '-'}; provides {', '.join(stage.provides)}")
