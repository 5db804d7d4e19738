"""The document model: one article and every span found in it.

Every span carries end-exclusive character offsets into ``Document.text``, the raw
decoded text, which no stage ever changes; ``doc.text[span.start:span.end] ==
span.text`` holds for every span of every kind.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Span",
    "Excluded",
    "Sentence",
    "Token",
    "Mention",
    "Role",
    "Document",
    "PipelineError",
    "one_line",
    "find_lone_surrogate",
]


@dataclass(frozen=True)
class Span:
    """A labelled stretch of the raw text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    label: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict (tuples become lists)."""
        return {
            f.name: list(v) if isinstance(v, tuple) else v
            for f in dataclasses.fields(self)
            for v in [getattr(self, f.name)]
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        """Build the span back from :meth:`to_dict` output."""
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                value = data[f.name]
                kwargs[f.name] = tuple(value) if isinstance(value, list) else value
        return cls(**kwargs)


@dataclass(frozen=True)
class Excluded(Span):
    """Page boilerplate (navigation, share widgets, photo credits, related links).

    ``label`` says which kind: ``breadcrumb``, ``share``, ``font_size``,
    ``photo_credit``, ``related_links``, ``metadata`` …
    """


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence (label ``SENT``); ``paragraph`` counts paragraphs from 0."""

    paragraph: int = 0


@dataclass(frozen=True)
class Token(Span):
    """A segmenter token; ``label`` is the part-of-speech tag (jieba's tag set)."""


@dataclass(frozen=True)
class Mention(Span):
    """A recognised PERSON, TITLE or ORG mention.

    ``normalized``: canonical form (an ORG's canonical name, a TITLE's head title).
    ``method``: ``lexicon``, ``pattern``, ``model`` or ``propagated``.
    ``parent``: for a nested ORG, the enclosing body as written (``香港中聯辦`` for
    ``香港中聯辦教科部``). ``qualifiers``: for a TITLE, modifiers such as 副 or 名譽.
    ``category``: a TITLE's category (government, association, honour …) or an
    ORG's kind.
    """

    normalized: str = ""
    method: str = ""
    score: float = 1.0
    sentence_id: int = -1
    parent: str = ""
    qualifiers: tuple[str, ...] = ()
    category: str = ""


@dataclass(frozen=True)
class Role:
    """One (person, title, organisation) assertion, with offsets for each part.

    ``org_start``/``org_end`` are -1 when the text names no organisation.
    """

    person: str
    title: str
    title_normalized: str
    qualifiers: tuple[str, ...]
    organization: str
    organization_normalized: str
    sentence_id: int
    person_start: int
    person_end: int
    title_start: int
    title_end: int
    org_start: int = -1
    org_end: int = -1
    method: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """Return the role as a JSON-ready dict."""
        return Span.to_dict(self)  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Role":
        """Build the role back from :meth:`to_dict` output."""
        return Span.from_dict.__func__(cls, data)  # type: ignore[attr-defined]


_SPAN_FIELDS = {
    "excluded": Excluded,
    "sentences": Sentence,
    "tokens": Token,
    "mentions": Mention,
}


@dataclass(frozen=True)
class Document:
    """One article. Stages return a new Document through :meth:`replace`.

    ``text`` is the raw decoded text and never changes. ``shadow`` has the same
    length: simplified characters and half-width ASCII, for segmenters and lexicons.
    ``meta`` holds title, published, source, editor, dateline, url … as strings.
    ``script`` is ``traditional``, ``simplified``, ``mixed`` or ``unknown``.
    """

    article_id: str
    path: str
    text: str
    shadow: str = ""
    script: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    excluded: tuple[Excluded, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def sha1(self) -> str:
        """SHA-1 of the raw text encoded as UTF-8."""
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def replace(self, **changes: Any) -> "Document":
        """Return a copy with the given fields replaced."""
        return dataclasses.replace(self, **changes)

    def span_text(self, start: int, end: int) -> str:
        """Return ``text[start:end]``."""
        return self.text[start:end]

    def is_excluded(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps any excluded (boilerplate) span."""
        index = bisect.bisect_left(self._excluded_starts, end)
        # Spans are sorted by start; the widest reach among those starting before
        # ``end`` decides, so look back over them only while they could reach.
        for span in reversed(self.excluded[:index]):
            if span.end > start:
                return True
            if span.start + self._longest_excluded <= start:
                break
        return False

    @functools.cached_property
    def _excluded_starts(self) -> list[int]:
        return [e.start for e in self.excluded]

    @functools.cached_property
    def _longest_excluded(self) -> int:
        return max((e.end - e.start for e in self.excluded), default=0)

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset``, or -1."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= offset:
            return lo
        return -1

    def to_dict(self) -> dict[str, Any]:
        """Return the whole document as a JSON-ready dict."""
        data: dict[str, Any] = {
            "article_id": self.article_id,
            "path": self.path,
            "text": self.text,
            "shadow": self.shadow,
            "script": self.script,
            "meta": dict(self.meta),
        }
        for name in _SPAN_FIELDS:
            data[name] = [s.to_dict() for s in getattr(self, name)]
        data["roles"] = [r.to_dict() for r in self.roles]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Build a document back from :meth:`to_dict` output."""
        spans = {
            name: tuple(kind.from_dict(s) for s in data.get(name, ()))
            for name, kind in _SPAN_FIELDS.items()
        }
        return cls(
            article_id=data["article_id"],
            path=data["path"],
            text=data["text"],
            shadow=data.get("shadow", ""),
            script=data.get("script", ""),
            meta=dict(data.get("meta", {})),
            roles=tuple(Role.from_dict(r) for r in data.get("roles", ())),
            **spans,
        )


# Characters that would break a line or cannot be written as UTF-8: control
# characters, line and paragraph separators, and surrogates (a file name's
# undecodable bytes arrive as U+DC80-U+DCFF through ``surrogateescape``).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the original byte of an undecodable name
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """Return ``text`` escaped to one printable, UTF-8-encodable line.

    Newlines, tabs and other control characters become ``\\n``, ``\\t``, ``\\x1b``;
    a file name's undecodable bytes (``surrogateescape``) become ``\\xNN``; other
    lone surrogates become ``\\udNNN``. Everything else is unchanged.
    """
    return _UNPRINTABLE.sub(_escape, text)


def find_lone_surrogate(text: str) -> int:
    """Return the offset of the first lone surrogate in ``text``, or -1 when none.

    A lone surrogate (``"\\ud800"``, from a JSON escape or a ``surrogateescape``
    decode) is not Unicode text and cannot be written as UTF-8.
    """
    match = _LONE_SURROGATE.search(text)
    return match.start() if match else -1


class PipelineError(Exception):
    """An input that a stage cannot process.

    ``code`` is a stable short identifier (``empty``, ``binary``, ``undecodable``,
    ``unreadable``, ``not_found``, ``bad_record``, ``stage_failed`` …); ``str()``
    gives the one-line message naming the file, the stage and the reason. ``path``
    and ``reason`` are kept as :func:`one_line` makes them, so a newline or an
    undecodable byte in a file name can neither split an error line nor stop the
    tables from being written.
    """

    def __init__(self, path: str, stage: str, code: str, reason: str):
        path, reason = one_line(str(path)), one_line(str(reason))
        self.path = path
        self.stage = stage
        self.code = code
        self.reason = reason
        super().__init__(f"{path}: {stage}: {reason}")
