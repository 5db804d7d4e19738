"""Read stage: input files and folders → decoded :class:`Document` objects.

Two steps, both streaming their failures alongside their results so that one bad
file never stops a run:

* :func:`iter_input_files` expands the command-line paths into :class:`InputFile`
  items (folders walked recursively in sorted order) and yields a
  :class:`~pipeline.document.PipelineError` for each entry it cannot use (broken
  symlink, symlink loop, unreadable folder).
* :func:`read_file` turns one file's bytes into documents: it detects the encoding
  (UTF-8/16/32, Big5-HKSCS, GB18030), strips HTML to its visible text, and splits
  JSON/JSONL files into one document per record. It returns a :class:`ReadResult`
  whose ``errors`` hold the records that failed; a failure of the whole file is
  raised.

:func:`iter_documents` chains the two into one stream of documents and errors.
``Document.text`` is exactly the decoded (or HTML-extracted) text: line endings are
kept, so later offsets index it directly.

Error codes (``PipelineError.code``, stage ``read``): ``not_found``,
``broken_symlink``, ``symlink_loop``, ``unreadable``, ``bad_name``, ``empty``,
``binary``, ``undecodable``, ``bad_json``, ``bad_record``.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator, Sequence, Union

from ..document import Document, PipelineError, find_lone_surrogate, one_line

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "InputFile",
    "InputItem",
    "ReadResult",
    "iter_input_files",
    "is_url",
    "input_path",
    "read_file",
    "iter_documents",
    "decode_bytes",
    "decode_with_confidence",
    "LOW_ENCODING_CONFIDENCE",
    "html_to_text",
    "unwritable_field",
]

STAGE = "read"

#: Extensions taken when walking a folder (compared lower-cased).
SUPPORTED_EXTENSIONS = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})

#: Record fields copied into ``Document.meta`` (as strings).
RECORD_META_FIELDS = ("id", "title", "published", "source", "url", "editor", "author")

# Decoded text is binary when control characters reach these shares of it. A stray
# NUL in an otherwise fine text is kept; later stages cope with it.
_MAX_NUL_SHARE = 0.02
_MAX_CONTROL_SHARE = 0.10

# Scoring every character of a 50 MB file would be slow and adds nothing.
_SCORE_SAMPLE_CHARS = 50_000

# Below this share of common CJK characters no Chinese decoding is convincing.
_MIN_CJK_SCORE = 0.5

#: A decoding whose confidence (0-1) is below this is flagged ``encoding_uncertain``.
LOW_ENCODING_CONFIDENCE = 0.5
# Confidence of encodings the bytes themselves prove or the file declares.
_CERTAIN = 1.0
_UTF16_PATTERN_CONFIDENCE = 0.9
_DECLARED_CONFIDENCE = 0.9

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "GZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BM", None),  # too short to trust alone; see _binary_magic
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Office) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"RIFF", None),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"BZh", None),
)

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy Chinese codecs collapse onto their supersets: a file labelled big5 often
# holds HKSCS or cp950 characters, one labelled gb2312 often holds GBK ones.
_CJK_SUPERSET = {
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "gb18030",
}

_COMMON_PUNCTUATION = frozenset(
    "，。、；：？！「」『』（）《》〈〉【】〔〕—…·“”‘’～　﹏﹑．・"
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


@dataclass(frozen=True)
class InputFile:
    """One file to read.

    ``root`` is the folder that ``article_id`` is relative to: the walked folder, or
    the parent of a file named directly. ``article_id`` is the path relative to
    ``root`` without its extension, with ``/`` separators. For an fsspec URL input
    ``path`` and ``root`` are ``upath.UPath`` objects (:func:`input_path`), which
    read and stat like a Path.
    """

    path: Path
    root: Path
    article_id: str


#: What :func:`iter_input_files` yields: a file to read, or why an entry is unusable.
InputItem = Union[InputFile, PipelineError]


@dataclass
class ReadResult:
    """What one file gave: its documents, and the errors of records that failed.

    A plain text or HTML file gives one document and no errors; a JSON list or a
    JSONL file gives one document per good record and one error (path
    ``FILE#N``) per bad one.
    """

    documents: list[Document] = field(default_factory=list)
    errors: list[PipelineError] = field(default_factory=list)


# --------------------------------------------------------------------------- files


def iter_input_files(paths: Sequence[str | Path]) -> Iterator[InputItem]:
    """Expand files and folders into the input files to read, in a fixed order.

    Takes the paths given by the user. A file is taken whatever its extension; a
    folder is walked recursively in sorted name order, skipping hidden entries
    (name starting with ``.``) and files whose extension is not in
    :data:`SUPPORTED_EXTENSIONS`. Returns an iterator of :class:`InputFile` items and,
    in the same stream, :class:`PipelineError` objects (not raised) with code
    ``broken_symlink``, ``symlink_loop``, ``unreadable`` or ``bad_name`` (a path that
    is not valid UTF-8) for entries that cannot be used. A file reached twice is
    yielded once. A ``#`` in a file or folder name is ``%23`` in ``article_id``, so
    that ``#`` only ever separates a JSON/JSONL file's id from its records' ids.

    A path ``PROTOCOL://…`` is an fsspec URL (``file://``, ``s3://`` … where the
    user has installed that protocol's fsspec backend, ``memory://`` in tests): a
    file, or a prefix listed with fsspec and taken as a folder is, in the same
    order and with the same article ids.

    Raises :class:`PipelineError` with code ``not_found`` at call time when a given
    path does not exist, before anything is yielded; ValueError for a URL whose
    backend is not installed or that cannot be reached.
    """
    given = [p if is_url(p) else Path(p) for p in paths]
    for path in given:
        if is_url(path):
            url = input_path(str(path))
            try:
                found = url.exists()
            except Exception as exc:  # noqa: BLE001 - a backend's own errors (credentials, network …)
                raise ValueError(f"{path}: cannot reach: {type(exc).__name__}: {one_line(str(exc))}") from None
            if not found:
                raise PipelineError(str(path), STAGE, "not_found", "no such file or folder")
            continue
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
                reason = "symlink loop" if exc.errno == errno.ELOOP else "no such file or folder"
                raise PipelineError(str(path), STAGE, "not_found", reason) from None
            # Exists but cannot be inspected: reported in the stream, not as usage.
    return _iter_given(given)


def is_url(path: Any) -> bool:
    """Return whether an input path is an fsspec URL (``PROTOCOL://…``)."""
    return (isinstance(path, str) and "://" in path) or type(path).__module__.startswith("upath")


def input_path(text: str) -> Any:
    """Return an input named by ``text`` as a path object: a ``Path``, or for an
    fsspec URL a ``upath.UPath`` (fsspec and universal-pathlib come with
    ``zhextract[dask]``). Raises ValueError when they or the URL's fsspec backend
    are not installed."""
    if not is_url(text):
        return Path(text)
    try:
        from upath import UPath

        path = UPath(text)
        path.fs  # noqa: B018 - loads the protocol's backend now
    except ImportError as exc:
        raise ValueError(f"{text}: URL inputs need fsspec and this protocol's backend: {exc} (fsspec: python -m pip install 'zhextract[dask]')") from None
    except ValueError as exc:
        raise ValueError(f"{text}: {exc}") from None
    return path


def _iter_given(given: list[Any]) -> Iterator[InputItem]:
    seen: set[str] = set()
    roots_by_id: dict[str, Path] = {}
    for path in given:
        for item in _expand_url(input_path(path)) if is_url(path) else _expand(path):
            if isinstance(item, InputFile):
                key = str(item.path) if is_url(item.path) else os.path.abspath(item.path)
                if key in seen:
                    continue
                seen.add(key)
                if item.article_id in roots_by_id:
                    item = replace(item, article_id=_unique_article_id(item, roots_by_id))
                roots_by_id[item.article_id] = item.root
            yield item


def _unique_article_id(item: InputFile, roots_by_id: dict[str, Path]) -> str:
    """Return an article_id for ``item`` that no earlier input has (``roots_by_id``
    maps the ids taken to their input folders): with its input folder's name in
    front when the earlier one came from another folder (b/001 after a/001.txt
    for two files named 001.txt), else with its extension (001.html beside
    001.txt), else with ``~2``, ``~3`` … after it."""
    with_extension = _id_text(item.path.relative_to(item.root).as_posix())
    qualified = f"{_id_text(item.root.name)}/{item.article_id}"
    if roots_by_id[item.article_id] == item.root:
        preferred = (with_extension, qualified)
    else:
        preferred = (qualified, f"{_id_text(item.root.name)}/{with_extension}", with_extension)
    for candidate in preferred:
        if candidate not in roots_by_id:
            return candidate
    number = 2
    while f"{item.article_id}~{number}" in roots_by_id:
        number += 1
    return f"{item.article_id}~{number}"


def _expand(path: Path) -> Iterator[InputItem]:
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _error(path, "unreadable", f"cannot inspect: {_os_reason(exc)}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(path, path, frozenset({(st.st_dev, st.st_ino)}))
    elif stat.S_ISREG(st.st_mode):
        yield _bad_name(path) or InputFile(path, path.parent, _article_id(Path(path.name)))
    else:
        yield _error(path, "unreadable", "not a regular file or folder")


def _expand_url(url: Any) -> Iterator[InputItem]:
    """The files of an fsspec URL (a ``UPath``): the file itself, or every file
    under the prefix that a folder walk would take, in the walk's order."""
    if not url.is_dir():
        yield InputFile(url, url.parent, _article_id(PurePosixPath(url.name)))
        return
    found = []
    for name in url.fs.find(url.path):
        relative = PurePosixPath(name).relative_to(url.path)
        if not any(part.startswith(".") for part in relative.parts) and relative.suffix.lower() in SUPPORTED_EXTENSIONS:
            found.append(relative)
    for relative in sorted(found, key=lambda r: r.parts):
        yield InputFile(url.joinpath(*relative.parts), url, _article_id(relative))


def _walk(directory: Path, root: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[InputItem]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield _error(directory, "unreadable", f"cannot list folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        wanted = _has_supported_extension(path)
        try:
            st = os.stat(path)  # follows symlinks
        except OSError as exc:
            # A dangling link gives no hint whether it pointed at a file or a
            # folder; only report names that could have been inputs.
            if not (wanted or not path.suffix):
                continue
            if exc.errno == errno.ELOOP:
                yield _error(path, "symlink_loop", "symlink loop")
            elif exc.errno in (errno.ENOENT, errno.ENOTDIR) and entry.is_symlink():
                yield _error(path, "broken_symlink", f"broken symlink to {_link_target(path)}")
            else:
                yield _error(path, "unreadable", f"cannot inspect: {_os_reason(exc)}")
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield _error(path, "symlink_loop", f"symlink loop back to {_link_target(path)}")
                continue
            yield from _walk(path, root, ancestors | {key})
        elif not wanted:
            continue
        elif stat.S_ISREG(st.st_mode):
            yield _bad_name(path) or InputFile(path, root, _article_id(path.relative_to(root)))
        else:
            yield _error(path, "unreadable", "not a regular file")


def _has_supported_extension(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def _bad_name(path: Path) -> PipelineError | None:
    """An error for a path that is not valid UTF-8 (a GBK name from an unzipped
    archive, say): such a name cannot be written to a UTF-8 table. None when fine."""
    if find_lone_surrogate(str(path)) < 0:
        return None
    return _error(path, "bad_name", "file or folder name is not valid UTF-8 (undecodable bytes shown as \\xNN); rename it to read it")


def _article_id(relative: Path) -> str:
    return _id_text(relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix())


def _id_text(relative: str) -> str:
    # ``#`` separates a JSON/JSONL file's id from its records' ids, so a file
    # named a#1.txt must not take the id of record 1 of a.jsonl.
    return relative.replace("#", "%23")


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _error(path: Path | str, code: str, reason: str) -> PipelineError:
    return PipelineError(str(path), STAGE, code, reason)


# ------------------------------------------------------------------------ reading


def iter_documents(paths: Sequence[str | Path]) -> Iterator[Document | PipelineError]:
    """Read every input under ``paths``: one stream of documents and errors.

    Takes the same paths as :func:`iter_input_files`. Returns an iterator yielding,
    in input order, each :class:`Document` read and each :class:`PipelineError`
    (for an unusable entry, a failed file or a failed record), so every input
    appears exactly once as one or the other. Raises :class:`PipelineError`
    ``not_found`` at call time for a missing path, like :func:`iter_input_files`.
    """
    items = iter_input_files(paths)

    def generate() -> Iterator[Document | PipelineError]:
        for item in items:
            if isinstance(item, PipelineError):
                yield item
                continue
            try:
                result = read_file(item)
            except PipelineError as exc:
                yield exc
                continue
            yield from result.documents
            yield from result.errors

    return generate()


def read_file(item: InputFile) -> ReadResult:
    """Read one input file into documents.

    Takes an :class:`InputFile`. The format follows the extension: ``.json`` (an
    object, or a list of objects) and ``.jsonl`` (an object a line) give one
    document per record with a string ``text``; ``.html``/``.htm``, or any other
    file whose content starts like an HTML page, give the page's visible text; all
    else gives the decoded text as is. ``meta`` gets ``encoding`` and ``format``,
    plus title/published/source/url from HTML or the record's fields.

    Returns a :class:`ReadResult`; records that fail (``bad_json``, ``bad_record``,
    ``empty``) are in its ``errors`` with path ``FILE#N``, N the record's 1-based
    position (its line number in JSONL).

    Raises :class:`PipelineError` when the whole file fails: ``unreadable``,
    ``empty``, ``binary``, ``undecodable``, ``bad_json`` or ``bad_record``.
    """
    path = str(item.path)
    try:
        data = item.path.read_bytes()
    except OSError as exc:
        raise _error(path, "unreadable", f"cannot read: {_os_reason(exc)}") from None

    suffix = item.path.suffix.lower()
    declared = _declared_charset(data) if suffix in (".html", ".htm") else None
    text, encoding, confidence = decode_with_confidence(data, path, declared=declared)
    meta = {"encoding": encoding, "encoding_confidence": f"{confidence:.2f}"}

    if suffix == ".json":
        return _read_json(item, text, meta)
    if suffix == ".jsonl":
        return _read_jsonl(item, text, meta)
    if suffix in (".html", ".htm") or _HTML_START.match(text):
        if declared is None and encoding not in ("utf-8", "utf-8-sig"):
            # A sniffed page decoded by guess: its own label is the better word.
            declared = _declared_charset(data)
            if declared and _codec_name(declared) not in (None, _codec_name(encoding)):
                text, encoding, confidence = decode_with_confidence(data, path, declared=declared)
                meta.update(encoding=encoding, encoding_confidence=f"{confidence:.2f}")
        body, page_meta = html_to_text(text)
        if not body.strip():
            raise _error(path, "empty", "no visible text in HTML")
        meta.update(page_meta)
        meta["format"] = "html"
        return ReadResult([Document(item.article_id, path, body, meta=meta)])
    meta["format"] = "markdown" if suffix == ".md" else "text"
    return ReadResult([Document(item.article_id, path, text, meta=meta)])


# ----------------------------------------------------------------------- encoding


def decode_bytes(data: bytes, path: str = "<bytes>", declared: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes, detecting the encoding: :func:`decode_with_confidence`
    without the confidence. Returns ``(text, encoding)``."""
    text, encoding, _ = decode_with_confidence(data, path, declared)
    return text, encoding


def decode_with_confidence(data: bytes, path: str = "<bytes>", declared: str | None = None) -> tuple[str, str, float]:
    """Decode a file's bytes, detecting the encoding, and say how sure that is.

    Takes the bytes, the path to name in errors, and optionally an encoding the
    file declares (an HTML ``<meta charset>``). Tries a byte-order mark, BOM-less
    UTF-16 when the NUL pattern says so, strict UTF-8, then the declared encoding,
    charset-normalizer's guess, Big5-HKSCS and GB18030, choosing among the strict
    decodings the one whose text has the highest share of common CJK characters
    and punctuation. Returns ``(text, encoding, confidence)``; a BOM is removed,
    nothing else is changed. ``confidence`` (0-1) is 1 for a BOM or valid UTF-8,
    0.9 for BOM-less UTF-16 and a declared charset, the share of common CJK
    characters for Big5/GB decodings, and charset-normalizer's coherence for a
    guessed single-byte code page (short Latin-1 text often lands on a wrong one);
    below :data:`LOW_ENCODING_CONFIDENCE` the text deserves a look.

    Raises :class:`PipelineError` ``empty`` (no bytes, or only whitespace),
    ``binary`` (known binary signature, or control characters dominate) or
    ``undecodable`` (no encoding fits).
    """
    if not data:
        raise _error(path, "empty", "file is empty (0 bytes)")
    kind = _binary_magic(data)
    if kind:
        raise _error(path, "binary", f"binary file ({kind})")

    decoded = _decode(data, declared)
    if decoded is None:
        if b"\x00" in data or _control_share_bytes(data) > _MAX_CONTROL_SHARE:
            raise _error(path, "binary", "binary content (NUL or control bytes)")
        if _looks_like_damaged_utf8(data):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _error(path, "undecodable", f"invalid UTF-8 byte 0x{data[exc.start]:02x} at offset {exc.start}") from None
        raise _error(path, "undecodable", "no known encoding fits (tried UTF-8/16/32, Big5-HKSCS, GB18030)")
    text, encoding, confidence = decoded
    nul_share, control_share = _control_shares(text)
    if nul_share > _MAX_NUL_SHARE or control_share > _MAX_CONTROL_SHARE:
        raise _error(path, "binary", f"binary content ({control_share:.0%} control characters)")
    if not text.strip():
        raise _error(path, "empty", "file holds only whitespace")
    return text, encoding, confidence


def _decode(data: bytes, declared: str | None) -> tuple[str, str, float] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data if encoding == "utf-8-sig" else data[len(bom):], encoding)
            if text is not None:
                return text, encoding, _CERTAIN
            break
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return (*utf16, _UTF16_PATTERN_CONFIDENCE)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8", _CERTAIN

    # Other encodings rarely fail to decode on CJK-sized inputs, and Big5 and GB
    # bytes often decode under each other's codec, so candidates are ranked by how
    # Chinese their text reads rather than by which decoded first.
    cjk: dict[str, str] = {}
    others: dict[str, str] = {}
    guessed, coherence = _guess(data)
    for name in (declared, guessed, "big5hkscs", "gb18030"):
        codec = _codec_name(name) if name else None
        if codec is None or codec in cjk or codec in others:
            continue
        decoded = _strict(data, codec)
        if decoded is None:
            continue
        (cjk if codec in _CJK_SUPERSET.values() else others)[codec] = decoded
    if cjk:
        # max() keeps the first of equal scores: declared, then guessed, then Big5.
        best = max(cjk, key=lambda c: _cjk_score(cjk[c]))
        score = _cjk_score(cjk[best])
        if score >= _MIN_CJK_SCORE or not others:
            return cjk[best], best, min(score, _CERTAIN)
    # Any byte string decodes under a single-byte code page, so a guess such as
    # cp737 for damaged UTF-8 would turn a broken Chinese file into gibberish.
    if others and not _looks_like_damaged_utf8(data):
        codec = next(iter(others))
        if declared and codec == _codec_name(declared):
            return others[codec], codec, _DECLARED_CONFIDENCE
        return others[codec], codec, coherence
    return None


def _looks_like_damaged_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", "surrogateescape")
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in text if ch >= "\x80" and not "\udc80" <= ch <= "\udcff")
    return valid > invalid


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _codec_name(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except (LookupError, ValueError):
        return None
    codec = codec.replace("_", "-")
    return _CJK_SUPERSET.get(codec, codec)


def _guess(data: bytes) -> tuple[str | None, float]:
    """charset-normalizer's best encoding and how coherent its text reads (0-1)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    # A detector failure only means there is no hint; the fixed candidates remain.
    except Exception:  # noqa: BLE001
        return None, 0.0
    if best is None:
        return None, 0.0
    return best.encoding, max(0.0, min(_CERTAIN, best.coherence * (1.0 - best.chaos)))


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    # UTF-16 text with ASCII in it has a NUL in one byte of each such pair, always
    # on the same side; binary data and other encodings do not show that pattern.
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    pairs = len(data) // 2
    if pairs < 2:
        return None
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= max(2, pairs // 10) and other * 10 <= zeros:
            text = _strict(data[: pairs * 2] if len(data) % 2 else data, encoding)
            if text is not None:
                return text, encoding
    return None


def _binary_magic(data: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            if kind is not None:
                return kind
            if magic == b"BM" and len(data) > 14 and data[6:10] == b"\x00\x00\x00\x00":
                return "BMP image"
            if magic == b"RIFF" and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
                return "RIFF media file"
            if magic == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
                return "BZIP2 archive"
    return None


def _control_shares(text: str) -> tuple[float, float]:
    if not text:
        return 0.0, 0.0
    nul = text.count("\x00")
    control = len(_CONTROL_CHARS.findall(text))
    return nul / len(text), control / len(text)


# C0 controls other than white space, DEL and the C1 controls. (Found by one class:
# a translation table deleting them looks every character up, 0.3 ms a sample article.)
_CONTROL_CHARS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x20) if chr(c) not in "\t\n\r\f\v") + "\x7f-\x9f]"
)


def _control_share_bytes(data: bytes) -> float:
    control = sum(1 for b in data if (b < 0x20 and b not in b"\t\n\r\f\v") or b == 0x7F)
    return control / len(data)


def _cjk_score(text: str) -> float:
    """Share of non-ASCII characters that common Chinese text is made of.

    Commonness comes from the legacy standards themselves: GB2312 and Big5 level-1
    characters are the frequent simplified and traditional ones, their level-2
    characters less so. Mis-decoded Big5/GB bytes land in rare hanzi, private-use,
    kana or symbol areas and score low.
    """
    total = 0
    score = 0.0
    for ch in text:
        if ch < "\x80":
            continue
        total += 1
        score += _char_weight(ch)
        if total >= _SCORE_SAMPLE_CHARS:
            break
    return score / total if total else 0.0


@lru_cache(maxsize=65536)
def _char_weight(ch: str) -> float:
    if ch in _COMMON_PUNCTUATION or "\uff01" <= ch <= "\uff5e":
        return 1.0
    weight = 0.0
    gb = _encode2(ch, "gb2312")
    if gb is not None:
        weight = max(weight, 1.0 if gb >= 0xB0A1 and gb < 0xD800 else 0.5 if gb >= 0xD800 else 0.2)
    big5 = _encode2(ch, "big5")
    if big5 is not None:
        weight = max(weight, 1.0 if 0xA440 <= big5 <= 0xC67E else 0.5 if 0xC940 <= big5 <= 0xF9D5 else 0.2)
    if weight == 0.0 and unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH"):
        weight = 0.1
    return weight


def _encode2(ch: str, encoding: str) -> int | None:
    try:
        raw = ch.encode(encoding)
    except UnicodeEncodeError:
        return None
    return int.from_bytes(raw, "big") if len(raw) == 2 else None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


# --------------------------------------------------------------------------- HTML

_DROPPED_TAGS = (
    "script", "style", "noscript", "template", "svg", "head",
    "iframe", "object", "canvas", "math",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot caption "
    "section article header footer nav aside main blockquote pre figure figcaption "
    "hr form fieldset address details summary".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_HTML_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
_LINE_SPACES = re.compile(r"[ \t\xa0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# <pre> spacing is hidden behind Unicode noncharacters while lines are tidied.
_PRE_PROTECT = str.maketrans({" ": "\ufdd0", "\t": "\ufdd1", "\xa0": "\ufdd2"})
_PRE_RESTORE = str.maketrans({"\ufdd0": " ", "\ufdd1": "\t", "\ufdd2": "\xa0"})


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Extract a page's visible text and its metadata.

    Takes decoded HTML. Drops script, style, noscript, template, svg and head (and
    iframe, object, canvas, math); block elements and ``<br>`` become line breaks;
    runs of spaces inside a line collapse to one, lines are trimmed and at most one
    blank line is kept between blocks. Returns ``(text, meta)`` where meta may hold
    ``title`` (og:title, ``<title>`` or the first ``<h1>``), ``published``
    (article:published_time, pubdate or date meta, or a ``<time datetime>``),
    ``source`` (og:site_name), ``url`` (og:url or the canonical link) and
    ``author``. Raises nothing.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    meta = _html_meta(soup)
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    return _visible_text(soup), meta


def _html_meta(soup: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "")
        key = str(key).strip().lower()
        content = _clean(tag.get("content"))
        if key and content and key not in values:
            values[key] = content
    meta: dict[str, str] = {}

    def first(*candidates: str | None) -> str | None:
        return next((c for c in candidates if c), None)

    title_tag = soup.find("title")
    h1 = soup.find("h1")
    title = first(
        values.get("og:title"),
        _clean(title_tag.get_text()) if title_tag else None,
        _clean(h1.get_text()) if h1 else None,
    )
    time_tag = soup.find("time", attrs={"datetime": True})
    published = first(
        values.get("article:published_time"),
        values.get("pubdate"),
        values.get("date"),
        values.get("datepublished"),
        _clean(time_tag.get("datetime")) if time_tag else None,
    )
    canonical = next(
        (link for link in soup.find_all("link", href=True) if "canonical" in (_clean(link.get("rel")) or "").lower().split()),
        None,
    )
    url = first(values.get("og:url"), _clean(canonical.get("href")) if canonical else None)
    for name, value in (
        ("title", title),
        ("published", published),
        ("source", values.get("og:site_name")),
        ("url", url),
        ("author", values.get("author")),
    ):
        if value:
            meta[name] = value
    return meta


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = " ".join(map(str, value))
    text = _HTML_SPACES.sub(" ", str(value)).strip()
    return text or None


def _visible_text(soup: Any) -> str:
    from bs4.element import NavigableString, PreformattedString, Tag

    pieces: list[str] = []
    # An explicit stack: pages nest deeply enough to break recursion.
    stack: list[tuple[Any, bool, bool]] = [(soup, False, False)]  # node, closing, in <pre>
    while stack:
        node, closing, in_pre = stack.pop()
        if isinstance(node, Tag):
            name = node.name.lower() if node.name else ""
            if closing:
                if name in _BLOCK_TAGS:
                    pieces.append("\n")
                elif name in _CELL_TAGS:
                    pieces.append(" ")
                continue
            if name in _BLOCK_TAGS:
                pieces.append("\n")
            child_pre = in_pre or name == "pre"
            stack.append((node, True, in_pre))
            stack.extend((child, False, child_pre) for child in reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            text = str(node)
            if in_pre:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                pieces.append(text.translate(_PRE_PROTECT))
            else:
                pieces.append(_HTML_SPACES.sub(" ", text))
    lines = (_LINE_SPACES.sub(" ", line).strip(" \t\xa0") for line in "".join(pieces).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n").translate(_PRE_RESTORE)


# --------------------------------------------------------------------------- JSON


def _read_json(item: InputFile, text: str, meta: dict[str, str]) -> ReadResult:
    path = str(item.path)
    try:
        value = json.loads(text)
    except ValueError as exc:  # JSONDecodeError, or an over-long integer
        raise _error(path, "bad_json", f"invalid JSON: {_json_reason(exc)}") from None
    except RecursionError:
        raise _error(path, "bad_json", "invalid JSON: nested too deeply") from None
    meta = {**meta, "format": "json"}
    if isinstance(value, dict):
        # One object is one article: the file's own article_id, as for text files.
        try:
            doc = _record_document(item.article_id, path, value, meta)
        except _RecordError as exc:
            raise _error(path, exc.code, exc.reason) from None
        return ReadResult([doc])
    if not isinstance(value, list):
        raise _error(path, "bad_record", f"top-level JSON {type(value).__name__} is neither an object nor a list")
    if not value:
        raise _error(path, "empty", "JSON list holds no records")
    return _read_records(item, ((n, rec, None) for n, rec in enumerate(value, 1)), meta)


def _read_jsonl(item: InputFile, text: str, meta: dict[str, str]) -> ReadResult:
    def records() -> Iterator[tuple[int, Any, str | None]]:
        # split("\n") rather than splitlines(): U+2028 and friends may sit raw
        # inside JSON strings and must not end a record.
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line), None
            except ValueError as exc:
                yield n, None, f"invalid JSON: {_json_reason(exc)}"
            except RecursionError:
                yield n, None, "invalid JSON: nested too deeply"

    return _read_records(item, records(), {**meta, "format": "jsonl"})


def _read_records(
    item: InputFile, records: Iterable[tuple[int, Any, str | None]], meta: dict[str, str]
) -> ReadResult:
    path = str(item.path)
    result = ReadResult()
    first_seen: dict[str, int] = {}
    for n, record, json_error in records:
        where = f"{path}#{n}"
        if json_error is not None:
            result.errors.append(_error(where, "bad_json", json_error))
            continue
        try:
            suffix = _record_key(record, n)
            if suffix in first_seen:
                raise _RecordError("bad_record", f"duplicate id {suffix!r} (first at record {first_seen[suffix]})")
            doc = _record_document(f"{item.article_id}#{suffix}", where, record, {**meta, "record": str(n)})
        except _RecordError as exc:
            result.errors.append(_error(where, exc.code, exc.reason))
            continue
        first_seen[suffix] = n
        result.documents.append(doc)
    return result


class _RecordError(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _record_key(record: Any, n: int) -> str:
    if isinstance(record, dict):
        rid = record.get("id")
        if rid is not None and not isinstance(rid, (dict, list)) and str(rid) != "":
            return str(rid)
    return str(n)


def _record_document(article_id: str, path: str, record: Any, meta: dict[str, str]) -> Document:
    if not isinstance(record, dict):
        raise _RecordError("bad_record", f"record is a JSON {_json_type(record)}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        found = "missing" if "text" not in record else f"a JSON {_json_type(text)}"
        raise _RecordError("bad_record", f"record has no string 'text' field ({found})")
    if not text.strip():
        raise _RecordError("empty", "record 'text' is empty")
    meta = dict(meta)
    for key in RECORD_META_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        meta[key] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    doc = Document(article_id, path, text, meta=meta)
    problem = unwritable_field(doc)
    if problem:
        raise _RecordError("bad_record", problem)
    return doc


def unwritable_field(doc: Document) -> str | None:
    """Say which of ``doc``'s text, metadata or id holds a lone surrogate (a JSON
    ``"\\ud800"`` escape, not Unicode text, which no UTF-8 table can hold), or
    return None when every field can be written."""
    fields = [("text", doc.text), ("article_id", doc.article_id)] + [(f"meta {k!r}", str(v)) for k, v in doc.meta.items()]
    for name, value in fields:
        offset = find_lone_surrogate(value)
        if offset >= 0:
            return f"{name} holds a lone surrogate U+{ord(value[offset]):04X} at character {offset}, which is not valid Unicode"
    return None


def _json_type(value: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _json_reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
