"""Pipeline: an ordered list of stages, checked when it is built."""

from __future__ import annotations

import bisect
import dataclasses
import functools
from typing import Any, Iterable, Iterator, Sequence

from .document import Document, PipelineError
from .registry import Stage, get_stage
from .stages.normalise import INLINE_GLOSS

__all__ = ["Pipeline", "DEFAULT_STAGES", "READER_PROVIDES", "BLOCK_CHARS", "split_blocks", "merge_blocks", "shifted_blocks", "without_glosses", "lifted"]

# What the reader fills before the first stage runs.
READER_PROVIDES = ("text", "meta")
DEFAULT_STAGES = ("normalise", "sentences", "segment", "recognise", "roles")
# Articles longer than this run their block-scope stages block by block.
BLOCK_CHARS = 200_000


def _run_stage(stage: Stage, doc: Document) -> Document:
    try:
        return stage(doc)
    except PipelineError:
        raise
    except Exception as exc:  # any stage bug becomes this article's error row
        raise PipelineError(doc.path, stage.name, "stage_failed", f"{type(exc).__name__}: {exc}") from exc


def split_blocks(text: str, size: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` blocks tiling ``text``, each at most ``size`` characters
    where a line break allows (else cut after a sentence end, else hard)."""
    blocks = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + 1, start + size)
        if cut < 0:
            cut = max(text.rfind(mark, start + 1, start + size) for mark in "。！？；")
        end = cut + 1 if cut > start else start + size
        blocks.append((start, end))
        start = end
    blocks.append((start, len(text)))
    return blocks


def shifted_blocks(blocks: Iterable[tuple[int, Document]]) -> Iterator[Document]:
    """Yield each processed block of ``blocks`` (``(offset, block)`` pairs, in text
    order) with its sentences, mentions and roles moved into the whole text:
    offsets plus the block's offset, sentence ids and paragraphs continuing from
    the blocks before it. Tokens are dropped."""
    sentence_base = paragraph_base = 0
    for offset, block in blocks:
        sentences = tuple(
            _replaced(s, {"start": s.start + offset, "end": s.end + offset, "paragraph": s.paragraph + paragraph_base})
            for s in block.sentences
        )
        mentions = tuple(
            _replaced(m, {"start": m.start + offset, "end": m.end + offset, "sentence_id": m.sentence_id + sentence_base})
            for m in block.mentions
        )
        roles = tuple(
            _replaced(r, {
                "sentence_id": r.sentence_id + sentence_base,
                "person_start": r.person_start + offset, "person_end": r.person_end + offset,
                "title_start": r.title_start + offset, "title_end": r.title_end + offset,
                "org_start": r.org_start + offset if r.org_start >= 0 else -1,
                "org_end": r.org_end + offset if r.org_end >= 0 else -1,
            })
            for r in block.roles
        )
        sentence_base += len(sentences)
        if sentences:
            paragraph_base = sentences[-1].paragraph + 1
        yield block.replace(sentences=sentences, tokens=(), mentions=mentions, roles=roles)


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_new_object, _set_field = object.__new__, object.__setattr__


def _replaced(item: Any, changes: dict[str, Any]) -> Any:
    """What ``dataclasses.replace(item, **changes)`` returns for a span or role (frozen
    dataclasses with no ``__post_init__``), built field by field in their order
    without its checks and ``__init__`` (half the time; a long article moves every
    mention and role of its blocks)."""
    moved = _new_object(item.__class__)
    for name in _field_names(item.__class__):
        _set_field(moved, name, changes[name] if name in changes else getattr(item, name))
    return moved


def merge_blocks(doc: Document, blocks: Iterable[tuple[int, Document]]) -> Document:
    """Return ``doc`` with the sentences, mentions and roles of its processed blocks,
    offsets moved back into the whole text (tokens are not kept)."""
    sentences, mentions, roles = [], [], []
    for block in shifted_blocks(blocks):
        sentences.extend(block.sentences)
        mentions.extend(block.mentions)
        roles.extend(block.roles)
    return doc.replace(sentences=tuple(sentences), tokens=(), mentions=tuple(mentions), roles=tuple(roles))


def _has_glosses(doc: Document) -> bool:
    """True when normalise marked pinyin glosses inside ``doc``'s words."""
    return any(e.label == INLINE_GLOSS for e in doc.excluded)


def without_glosses(doc: Document) -> tuple[Document, list[int]]:
    """Return ``doc`` with its inline pinyin glosses (excluded spans labelled
    ``pinyin_gloss``) cut out of text and shadow, its other excluded spans moved
    with the text, and for each character of the cut text its offset in ``doc.text``."""
    glosses = sorted((e.start, e.end) for e in doc.excluded if e.label == INLINE_GLOSS)
    raw_offsets: list[int] = []
    at = 0
    for start, end in glosses:
        if start >= at:
            raw_offsets.extend(range(at, start))
            at = end
    raw_offsets.extend(range(at, len(doc.text)))
    text = "".join(doc.text[i] for i in raw_offsets)
    shadow = "".join(doc.shadow[i] for i in raw_offsets) if len(doc.shadow) == len(doc.text) else ""
    excluded = []
    for e in doc.excluded:
        if e.label == INLINE_GLOSS:
            continue
        start, end = bisect.bisect_left(raw_offsets, e.start), bisect.bisect_left(raw_offsets, e.end)
        if start < end:
            excluded.append(e.__class__(start, end, e.label, text[start:end]))
    view = Document(
        article_id=doc.article_id, path=doc.path, text=text, shadow=shadow, script=doc.script, meta=doc.meta, excluded=tuple(excluded),
    )
    return view, raw_offsets


def lifted(doc: Document, view: Document, raw_offsets: list[int]) -> Document:
    """Return ``doc`` with the sentences, tokens, mentions and roles the stages found
    in ``view`` (see :func:`without_glosses`), their offsets moved to ``doc.text``
    and their texts read from it (a gloss inside a span stays in its text:
    部長(zhǎng); a mention's normalised form stays the view's)."""
    raw, cut = doc.text, view.text

    def start_of(offset: int) -> int:
        return raw_offsets[offset] if offset < len(raw_offsets) else len(raw)

    def end_of(offset: int) -> int:
        return raw_offsets[offset - 1] + 1 if offset > 0 else 0

    def span(item: Any) -> Any:
        start, end = start_of(item.start), end_of(item.end)
        return _replaced(item, {"start": start, "end": end, "text": raw[start:end]})

    def part(written: str, start: int, end: int) -> tuple[str, int, int]:
        if start < 0:
            return written, start, end
        moved_start, moved_end = start_of(start), end_of(end)
        return (raw[moved_start:moved_end] if written == cut[start:end] else written), moved_start, moved_end

    roles = []
    for r in view.roles:
        person, person_start, person_end = part(r.person, r.person_start, r.person_end)
        title, title_start, title_end = part(r.title, r.title_start, r.title_end)
        organization, org_start, org_end = part(r.organization, r.org_start, r.org_end)
        roles.append(_replaced(r, {
            "person": person, "person_start": person_start, "person_end": person_end,
            "title": title, "title_start": title_start, "title_end": title_end,
            "organization": organization, "org_start": org_start, "org_end": org_end,
        }))
    return doc.replace(
        sentences=tuple(span(s) for s in view.sentences), tokens=tuple(span(t) for t in view.tokens),
        mentions=tuple(span(m) for m in view.mentions), roles=tuple(roles),
    )


class Pipeline:
    """Runs stages in order over a Document.

    Takes stage names (looked up in the registry) or stage objects, and where
    PERSON / ORG come from: ``ner`` is ``rules`` (the project's recognisers) or
    ``NAME:MODEL`` for an NER backend (``hanlp:models/ner``), ``ner_merge`` how its
    mentions combine with the rules' (``union``, ``hanlp`` or ``rules``; see
    :mod:`pipeline.recognizers.hanlp_ner`). Raises ValueError at construction when
    a stage requires a field no earlier stage provides (naming the stage and the
    field), or a backend is chosen without a ``recognise`` stage by name;
    :class:`~pipeline.registry.BackendError` when the backend cannot load its model.
    """

    def __init__(self, stages: Sequence[str | Stage] | None = None, ner: str = "rules", ner_merge: str = "union"):
        chosen = DEFAULT_STAGES if stages is None else stages
        options = {} if (ner, ner_merge) == ("rules", "union") else {"ner": ner, "ner_merge": ner_merge}
        if options and "recognise" not in chosen:
            raise ValueError(f"--ner {ner} needs the recognise stage, which the stage list leaves out")
        self.stages: list[Stage] = [
            (get_stage(s, **options) if s == "recognise" else get_stage(s)) if isinstance(s, str) else s for s in chosen
        ]
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

        Stages marked ``scope = "block"`` (sentences, segment, recognise, roles) run
        over blocks of at most ``BLOCK_CHARS`` characters, cut at line breaks, when
        the article is longer than that: time and memory then stay linear in its
        length. Such an article keeps no tokens. Raises PipelineError (code
        ``stage_failed``) naming the stage that failed.
        """
        group: list[Stage] = []
        for stage in self.stages:
            if getattr(stage, "scope", "document") == "block":
                group.append(stage)
                continue
            doc = self._run_group(doc, group)
            group = []
            doc = _run_stage(stage, doc)
        return self._run_group(doc, group)

    def _run_group(self, doc: Document, stages: list[Stage]) -> Document:
        if not stages:
            return doc
        if _has_glosses(doc):
            # 部長(zhǎng): the stages read the words whole, the spans come back to the raw text.
            view, raw_offsets = without_glosses(doc)
            return lifted(doc, self._run_group(view, stages), raw_offsets)
        if len(doc.text) <= BLOCK_CHARS:
            for stage in stages:
                doc = _run_stage(stage, doc)
            return doc
        return merge_blocks(doc, self._processed_blocks(doc, stages))

    def _processed_blocks(self, doc: Document, stages: list[Stage]) -> Iterator[tuple[int, Document]]:
        """Yield ``(offset, block)`` for each block of ``doc`` after ``stages``, one at a time."""
        for start, end in split_blocks(doc.text, BLOCK_CHARS):
            block = Document(
                article_id=doc.article_id, path=doc.path, text=doc.text[start:end],
                shadow=doc.shadow[start:end], script=doc.script, meta=doc.meta,
                excluded=tuple(
                    e.__class__(max(e.start, start) - start, min(e.end, end) - start, e.label, doc.text[max(e.start, start):min(e.end, end)])
                    for e in doc.excluded if e.start < end and start < e.end
                ),
            )
            for stage in stages:
                block = _run_stage(stage, block)
            yield start, block

    def stream(self, doc: Document) -> tuple[Document, Iterator[Document]] | None:
        """Run ``doc`` block by block without holding its results together.

        For an article longer than ``BLOCK_CHARS`` whose block-scope stages all come
        after its document-scope ones (the default stages do), returns the document
        after the document-scope stages and an iterator of its processed blocks, in
        order, offsets and sentence ids already those of the whole text (as
        :func:`merge_blocks` would hold them): the caller writes each block's rows
        and lets it go, so memory does not grow with the article. Returns None
        for a shorter article or other stage orders (use ``pipeline(doc)``).
        Raises PipelineError like ``pipeline(doc)``, also while iterating.
        """
        scopes = [getattr(stage, "scope", "document") for stage in self.stages]
        first_block = scopes.index("block") if "block" in scopes else len(scopes)
        if len(doc.text) <= BLOCK_CHARS or first_block == len(scopes) or "document" in scopes[first_block:]:
            return None
        for stage in self.stages[:first_block]:
            doc = _run_stage(stage, doc)
        if _has_glosses(doc):
            return doc, iter([self._run_group(doc, self.stages[first_block:])])  # (held whole: a rare page)
        return doc, shifted_blocks(self._processed_blocks(doc, self.stages[first_block:]))

    def run_many(self, docs: Iterable[Document]) -> Iterable[Document]:
        """Yield each document of ``docs`` after the whole pipeline."""
        for doc in docs:
            yield self(doc)
