"""Stage registry: stage names live here, so a variant can replace one by name."""

from __future__ import annotations

from typing import Any, Callable, Protocol, runtime_checkable

from .document import Document

__all__ = [
    "Stage",
    "register_stage",
    "get_stage",
    "stage_names",
    "BackendError",
    "NER_MERGES",
    "register_ner_backend",
    "get_ner_backend",
    "ner_backend_names",
]


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


def get_stage(name: str, **options) -> Stage:
    """Return a new instance of the stage registered as ``name``, its factory called
    with ``options``; KeyError if none."""
    _load_builtin_stages()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(stage_names())}") from None
    return factory(**options)


def stage_names() -> list[str]:
    """Return the registered stage names, sorted."""
    _load_builtin_stages()
    return sorted(_REGISTRY)


def _load_builtin_stages() -> None:
    # Importing the package registers every built-in stage through the decorator.
    from . import stages  # noqa: F401


# ------------------------------------------------------------- NER backends

#: How a backend's PERSON / ORG mentions combine with the rules' (``--ner-merge``).
NER_MERGES = ("union", "hanlp", "rules")


class BackendError(RuntimeError):
    """An NER backend cannot run (not installed, no such model, a corrupt model, a
    failed download). The message is one line that starts with ``NAME backend:``."""


_BACKENDS: dict[str, Callable[..., Any]] = {}


def register_ner_backend(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Class decorator: register a PERSON / ORG recogniser factory under ``name``.

    The factory is called as ``factory(model, merge=...)`` for ``--ner NAME:MODEL``
    and returns a recogniser, whose ``load()`` then loads the model.
    """

    def decorate(factory: Callable[..., Any]) -> Callable[..., Any]:
        _BACKENDS[name] = factory
        return factory

    return decorate


def get_ner_backend(spec: str, merge: str = "union") -> Any:
    """Return the loaded recogniser for ``spec`` (``NAME:MODEL``, e.g. ``hanlp:models/ner``).

    Raises ValueError for a spec without a known backend name or an unknown
    ``merge``, and :class:`BackendError` when the backend cannot load its model.
    """
    if merge not in NER_MERGES:
        raise ValueError(f"unknown --ner-merge {merge!r}; choose from {', '.join(NER_MERGES)}")
    name, _, model = spec.partition(":")
    _load_builtin_backends()
    if name not in _BACKENDS:
        raise ValueError(f"unknown --ner {spec!r}; use rules or NAME:MODEL with NAME one of {', '.join(ner_backend_names())}")
    return _BACKENDS[name](model, merge=merge).load()


def ner_backend_names() -> list[str]:
    """Return the registered NER backend names, sorted."""
    _load_builtin_backends()
    return sorted(_BACKENDS)


def _load_builtin_backends() -> None:
    # The backend modules import their toolkits only when a model is loaded.
    from .recognizers import hanlp_ner  # noqa: F401
