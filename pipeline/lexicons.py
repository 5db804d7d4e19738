"""Lexicon files in ``models/``: plain sorted TSV, loaded once per process.

Format: leading ``#`` comment lines, one tab-separated header line, then rows with
exactly the header's number of columns. Files are UTF-8; a BOM is tolerated and
removed. A malformed row raises :class:`LexiconError` naming file and line.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from .shadow import shadow_of

__all__ = ["Lexicon", "LexiconError", "load_lexicon", "load_weights", "models_dir", "to_shadow_key"]


class LexiconError(ValueError):
    """A lexicon file that cannot be used: missing, not UTF-8 or a malformed row."""


@dataclass(frozen=True)
class Lexicon:
    """A loaded TSV table: ``columns`` from the header, ``rows`` as tuples of str."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, name: str) -> tuple[str, ...]:
        """Return every row's value in column ``name``."""
        index = self.columns.index(name)
        return tuple(row[index] for row in self.rows)

    def mapping(self, key: str, value: str) -> dict[str, str]:
        """Return ``{row[key]: row[value]}`` over all rows."""
        k, v = self.columns.index(key), self.columns.index(value)
        return {row[k]: row[v] for row in self.rows}


def models_dir() -> Path:
    """Return the folder the lexicons are read from.

    ``ZHEXTRACT_MODELS`` overrides it; otherwise the ``models/`` folder shipped with
    the package (installed as ``pipeline/models``) or beside it in a source checkout.
    """
    override = os.environ.get("ZHEXTRACT_MODELS")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent / "models"):
        if candidate.is_dir():
            return candidate
    raise LexiconError(f"models folder not found beside {here}")


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str, folder: str | None = None) -> Lexicon:
    """Load ``models/NAME.tsv`` once and return it as a :class:`Lexicon`.

    Raises LexiconError when the file is missing, undecodable or has a row whose
    column count differs from the header's.
    """
    path = Path(folder) if folder else models_dir()
    path = path / f"{name}.tsv"
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 ({exc.reason})") from None
    columns: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or (columns is None and line.startswith("#")):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if columns is None:
            columns = fields
            continue
        if len(fields) != len(columns):
            raise LexiconError(
                f"{path}:{number}: expected {len(columns)} tab-separated fields, got {len(fields)}"
            )
        if not fields[0]:
            raise LexiconError(f"{path}:{number}: empty first field")
        rows.append(fields)
    if columns is None:
        raise LexiconError(f"{path}: no header line")
    return Lexicon(name, columns, tuple(rows))


def load_weights(name: str) -> dict[str, float] | None:
    """Load the weights of a linear model, ``models/NAME.tsv`` with columns
    ``feature`` and ``weight``, as ``{feature: weight}``; None when the file is absent.

    Raises LexiconError when a weight is not a number."""
    if not (models_dir() / f"{name}.tsv").exists():
        return None
    weights: dict[str, float] = {}
    for feature, weight in load_lexicon(name).rows:
        try:
            weights[feature] = float(weight)
        except ValueError:
            raise LexiconError(f"{name}.tsv: weight {weight!r} of {feature!r} is not a number") from None
    return weights


def to_shadow_key(word: str) -> str:
    """Return ``word`` as it appears in a document's shadow text (simplified, half-width).

    Lexicons are written in traditional characters and matched against the shadow,
    so both sides go through the same conversion. Every cell of the lexicons is
    converted once into the compiled cache; other words are converted here.
    """
    key = _lexicon_shadow_keys().get(word)
    return _word_shadow(word) if key is None else key


@functools.lru_cache(maxsize=65536)
def _word_shadow(word: str) -> str:
    return shadow_of(word)


@functools.lru_cache(maxsize=1)
def _lexicon_shadow_keys() -> dict[str, str]:
    from .compiled import compiled

    return compiled("shadow_keys", _build_shadow_keys)


def _build_shadow_keys() -> dict[str, str]:
    """Return ``{cell: shadow}`` for every cell of every lexicon in ``models/``."""
    keys: dict[str, str] = {}
    try:
        paths = sorted(models_dir().glob("*.tsv"))
    except LexiconError:
        return keys
    for path in paths:
        try:
            lexicon = load_lexicon(path.stem)
        except LexiconError:
            continue
        for row in lexicon.rows:
            for cell in row:
                if cell not in keys:
                    keys[cell] = shadow_of(cell)
    return keys
