"""Pipeline: an ordered list of stages, checked when it is built."""

from __future__ import annotations

from typing import Iterable, Sequence

from .document import Document, PipelineError
from .registry import Stage, get_stage

__all__ = ["Pipeline", "DEFAULT_STAGES", "READER_PROVIDES"]

# What the reader fills before the first stage runs.
READER_PROVIDES = ("text", "meta")
DEFAULT_STAGES = ("normalise", "sentences", "segment", "recognise", "roles")


class Pipeline:
    """Runs stages in order over a Document.

    Takes stage names (looked up in the registry) or stage objects. Raises ValueError
    at construction when a stage requires a field no earlier stage provides, naming
    the stage and the missing field.
    """

    def __init__(self, stages: Sequence[str | Stage] | None = None):
        chosen = DEFAULT_STAGES if stages is None else stages
        self.stages: list[Stage] = [get_stage(s) if isinstance(s, str) else s for s in chosen]
        available = set(READER_PROVIDES)
        for stage in self.stages:
            missing = [field for field in stage.requires if field not in available]
            if missing:
                raise ValueError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides"
                )
            available.update(stage.provides)

    @property
    def names(self) -> list[str]:
        """The stage names, in order."""
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        """Run every stage over ``doc`` and return the result.

        Raises PipelineError (code ``stage_failed``) naming the stage that failed.
        """
        for stage in self.stages:
            try:
                doc = stage(doc)
            except PipelineError:
                raise
            except Exception as exc:  # any stage bug becomes this article's error row
                raise PipelineError(doc.path, stage.name, "stage_failed", f"{type(exc).__name__}: {exc}") from exc
        return doc

    def run_many(self, docs: Iterable[Document]) -> Iterable[Document]:
        """Yield each document of ``docs`` after the whole pipeline."""
        for doc in docs:
            yield self(doc)
