"""zhextract: persons, titles, organisations and roles from Chinese news articles.

    >>> import pipeline
    >>> doc = pipeline.process_text("行政長官李家超出席典禮。")
    >>> [(m.text, m.label) for m in doc.mentions]  # doctest: +SKIP
"""

from __future__ import annotations

from .document import Document, Excluded, Mention, PipelineError, Role, Sentence, Span, Token
from .pipeline import DEFAULT_STAGES, Pipeline
from .registry import get_stage, register_stage, stage_names
from .tables import load_tables

__all__ = [
    "Document",
    "Excluded",
    "Mention",
    "PipelineError",
    "Role",
    "Sentence",
    "Span",
    "Token",
    "Pipeline",
    "DEFAULT_STAGES",
    "get_stage",
    "register_stage",
    "stage_names",
    "process_text",
    "extract",
    "load_tables",
    "write_report",
]

_default_pipeline: Pipeline | None = None


def process_text(text: str, article_id: str = "text", meta: dict[str, str] | None = None) -> Document:
    """Run the default pipeline over one text and return the processed Document.

    Takes the text (a str), an article id and optional metadata. Raises TypeError
    when ``text`` is not a str (None, bytes …).
    """
    if not isinstance(text, str):
        raise TypeError(f"process_text takes the article text as a str, not {type(text).__name__}")
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline(Document(article_id=article_id, path="", text=text, meta=dict(meta or {})))


def extract(inputs, outdir="outputs", **options):
    """Run the pipeline over files/folders and write tables; see :func:`pipeline.runner.extract`."""
    from .runner import extract as run_extract

    return run_extract(inputs, outdir, **options)


def write_report(outdir, **options):
    """Write the HTML review site of a run's tables; see :func:`pipeline.report.write_report`."""
    from .report import write_report as write_site

    return write_site(outdir, **options)
