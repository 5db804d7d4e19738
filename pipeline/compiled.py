"""Compiled lexicon cache: what the lexicons and jieba's dictionary become once
parsed, kept on disk so a new process loads it instead of building it again.

An entry is a pickle named ``NAME-KEY.pickle`` in :func:`cache_dir`, where KEY is
the SHA-256 of its sources' bytes (every ``models/*.tsv``, jieba's ``dict.txt``
and the module that builds it), so editing a lexicon or the code rebuilds it.
The file holds a magic line, the SHA-256 of the pickle and the pickle: a file
that is cut short, corrupt or not ours is rebuilt, never trusted. Writers write
to a temporary file and move it into place (``os.replace``), so two processes
that build the same entry at once both leave a whole file. Where the folder
cannot be written (a read-only install), the entry is built in memory and used
as it is.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

__all__ = ["cache_dir", "compiled", "source_files"]

T = TypeVar("T")

# Bump when the file layout changes.
_MAGIC = b"zhextract-compiled 1\n"
_STALE_SECONDS = 24 * 3600


def cache_dir() -> Path:
    """Return the folder of compiled entries: ``ZHEXTRACT_CACHE`` when set, else
    ``$XDG_CACHE_HOME/zhextract`` (``~/.cache/zhextract`` by default)."""
    override = os.environ.get("ZHEXTRACT_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zhextract"


def source_files() -> list[Path]:
    """Return the files every compiled entry depends on: the lexicons in
    ``models/``, jieba's dictionary and the text utilities that read them."""
    from .lexicons import models_dir
    from .segmenter import jieba_dictionary_path

    here = Path(__file__).resolve().parent
    code = [here / f"{name}.py" for name in ("compiled", "lexicons", "segmenter", "shadow")]
    return sorted(models_dir().glob("*.tsv")) + [jieba_dictionary_path()] + code


@functools.lru_cache(maxsize=None)
def _file_digest(path: str, size: int, mtime_ns: int) -> bytes:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).digest()


def _key(name: str, sources: Iterable[Path]) -> str:
    digest = hashlib.sha256(name.encode())
    for path in sources:
        try:
            info = path.stat()
            digest.update(path.name.encode() + b"\0" + _file_digest(str(path), info.st_size, info.st_mtime_ns))
        except OSError:
            digest.update(path.name.encode() + b"\0missing")
    return digest.hexdigest()[:32]


def _read(path: Path) -> Any:
    """Return the value stored at ``path``; raise ValueError when the file is not
    a whole, intact entry."""
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 32:
        raise ValueError("not a compiled entry")
    checksum, payload = data[len(_MAGIC):len(_MAGIC) + 32], data[len(_MAGIC) + 32:]
    if hashlib.sha256(payload).digest() != checksum:
        raise ValueError("checksum mismatch")
    return pickle.loads(payload)


def _write(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` atomically and remove entries of the same name
    untouched for a day; an unwritable folder is not an error (the value is just not kept)."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        prefix = path.name.rsplit("-", 1)[0] + "-"
        for old in path.parent.glob(f"{prefix}*.pickle"):
            # Entries another checkout still uses are left a day before they go.
            if old != path and time.time() - old.stat().st_mtime > _STALE_SECONDS:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def compiled(name: str, build: Callable[[], T], sources: Iterable[Path] | None = None) -> T:
    """Return ``build()``'s value for entry ``name``, from the compiled cache when
    an intact entry for the current sources exists, else built and stored.

    ``sources`` defaults to :func:`source_files`; the file of the module that
    defines ``build`` is always part of the key. A corrupt or foreign file is
    rebuilt; a folder that cannot be written leaves the value built in memory.
    """
    files = list(source_files() if sources is None else sources)
    module = sys.modules.get(build.__module__)
    if module is not None and getattr(module, "__file__", None):
        files.append(Path(module.__file__))
    path = cache_dir() / f"{name}-{_key(name, files)}.pickle"
    try:
        return _read(path)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
        pass
    value = build()
    _write(path, value)
    return value
