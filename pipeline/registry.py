"""Stage registry: stage names live here, so a variant can replace one by name."""

from __future__ import annotations

from typing import Callable, Protocol, runtime_checkable

from .document import Document

__all__ = ["Stage", "register_stage", "get_stage", "stage_names"]


@runtime_checkable
class Stage(Protocol):
    """A processing step over one document.

    ``name`` is the registry key, ``requires`` the document fields it reads,
    ``provides`` the fields it fills; calling it returns a new Document. A stage
    that only looks within paragraphs may set ``scope = "block"``: the pipeline
    then runs it block by block over very long articles (see ``Pipeline``).
    """

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


_REGISTRY: dict[str, Callable[[], Stage]] = {}


def register_stage(name: str) -> Callable[[Callable[[], Stage]], Callable[[], Stage]]:
    """Class decorator: register a stage factory under ``name``.

    Registering a second factory under the same name replaces the first, which is
    how a variant (say a HanLP-backed recogniser) takes a stage's place.
    """

    def decorate(factory: Callable[[], Stage]) -> Callable[[], Stage]:
        _REGISTRY[name] = factory
        return factory

    return decorate


def get_stage(name: str) -> Stage:
    """Return a new instance of the stage registered as ``name``; KeyError if none."""
    _load_builtin_stages()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(stage_names())}") from None
    return factory()


def stage_names() -> list[str]:
    """Return the registered stage names, sorted."""
    _load_builtin_stages()
    return sorted(_REGISTRY)


def _load_builtin_stages() -> None:
    # Importing the package registers every built-in stage through the decorator.
    from . import stages  # noqa: F401
