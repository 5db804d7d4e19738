"""The ``zhextract`` command line: a thin layer over :mod:`pipeline.runner` and friends.

Exit codes: 0 when every input succeeded, 1 when some failed (the rest is still
written), 2 on usage errors (bad options, an input path that does not exist, an
output folder that cannot be written).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .document import PipelineError
from .export import FORMATS

__all__ = ["main"]


def _parse_formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), got {value!r}")
    return formats


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(iterable, total):
        if total is not None and total <= 1:
            return iterable
        from tqdm import tqdm

        return tqdm(iterable, total=total, unit="file", file=sys.stderr, dynamic_ncols=True)

    return wrap


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhextract")
def main() -> None:
    """Extract persons, titles, organisations and roles from Chinese news articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", default="outputs", show_default=True, type=click.Path(path_type=Path), help="Folder the tables are written to.")
@click.option("--format", "formats", default="csv,jsonl", show_default=True, callback=_parse_formats, help="Comma-separated: csv, jsonl, xlsx.")
@click.option("--tokens", is_flag=True, help="Also write the tokens table (one row per segmenter token).")
@click.option("--stages", default=None, help="Comma-separated stage names to run instead of the default pipeline.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def extract(inputs: tuple[Path, ...], outdir: Path, formats: tuple[str, ...], tokens: bool, stages: str | None, quiet: bool) -> None:
    """Run the pipeline over INPUTS (files or folders, walked recursively) and write tables."""
    from .runner import extract as run_extract

    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    try:
        summary = run_extract(inputs, outdir, formats=formats, with_tokens=tokens, stages=stage_list, progress=_progress(quiet))
    except PipelineError as error:
        raise click.UsageError(str(error)) from None
    except (ValueError, KeyError) as error:
        raise click.UsageError(str(error).strip("'\"")) from None
    except OSError as error:
        raise click.UsageError(f"{outdir}: cannot write output: {error.strerror or error}") from None
    if not quiet:
        for failure in summary.failures:
            click.echo(f"error: {failure}", err=True)
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.n_errors else 0)


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


@main.command(name="stages")
def list_stages() -> None:
    """List the registered stage names and the default pipeline."""
    from .pipeline import DEFAULT_STAGES
    from .registry import get_stage, stage_names

    for name in stage_names():
        stage = get_stage(name)
        marker = "*" if name in DEFAULT_STAGES else " "
        click.echo(f"{marker} {name:<12} requires {', '.join(stage.requires) or '-'}; provides {', '.join(stage.provides)}")
