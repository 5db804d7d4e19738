"""sentences: paragraphs and sentences over the non-boilerplate text, offsets kept.

A paragraph is a line. A sentence ends after 。！？；!? (and runs of them, or an
ellipsis) unless it is inside quotes or brackets; closing quotes and brackets right
after the end mark stay with the sentence. Leading and trailing spaces are left out
of the span. Boilerplate (``excluded``) never becomes a sentence.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document, Sentence
from ..registry import register_stage

__all__ = ["SentenceSplitter", "split_sentences"]

_END_MARKS = frozenset("。！？；!?;…")
_OPENERS = {"「": "」", "『": "』", "“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "〈": "〉", "【": "】", "[": "]", "﹁": "﹂", "﹃": "﹄"}
_CLOSERS = frozenset(_OPENERS.values()) | frozenset('"\'')
_MARKS = re.compile("[" + re.escape("".join(sorted(_END_MARKS | set(_OPENERS) | set(_OPENERS.values())))) + "]")
# A quote left open longer than this is taken as unbalanced and no longer blocks splits.
_MAX_QUOTED = 400


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` sentence bounds for one line, relative to the document."""
    bounds: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        # Only a quote, a bracket or an end mark changes anything: the search
        # skips to the next one (a quote left open too long is still dropped
        # there, by the test below, before that character is read).
        found = _MARKS.search(line, i)
        if found is None:
            break
        i = found.start()
        char = line[i]
        if stack and i - stack[-1][1] > _MAX_QUOTED:
            stack.clear()
        if char in _OPENERS:
            stack.append((_OPENERS[char], i))
        elif stack and char == stack[-1][0]:
            stack.pop()
        elif char in _END_MARKS and not stack:
            j = i + 1
            while j < n and (line[j] in _END_MARKS or line[j] in _CLOSERS):
                j += 1
            bounds.append((start, j))
            start = i = j
            continue
        elif char in _END_MARKS and stack and i + 1 < n and line[i + 1] == stack[-1][0] and len(stack) == 1:
            # 。」 closes the quote and the sentence together.
            j = i + 2
            stack.pop()
            while j < n and (line[j] in _END_MARKS or line[j] in _CLOSERS):
                j += 1
            bounds.append((start, j))
            start = i = j
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    result = []
    for s, e in bounds:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((offset + s, offset + e))
    return result


def split_sentences(text: str, excluded=()) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` outside the ``excluded`` spans.

    Takes the raw text and the boilerplate spans; returns :class:`Sentence` spans in
    order, each with its paragraph number (counting non-empty lines from 0).
    """
    sentences: list[Sentence] = []
    blocked = sorted((e.start, e.end) for e in excluded)
    blocked_starts = [start for start, _ in blocked]
    reach = 0  # the longest excluded span, to bound the look-back
    for start, end in blocked:
        reach = max(reach, end - start)
    paragraph = -1
    position = 0
    for raw in text.splitlines(keepends=True):
        line_start = position
        position += len(raw)
        line = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        if not line.strip():
            continue
        pieces = [(line_start, line_start + len(line))]
        first = bisect.bisect_left(blocked_starts, line_start - reach)
        last = bisect.bisect_left(blocked_starts, line_start + len(line))
        for b_start, b_end in blocked[first:last]:
            next_pieces = []
            for s, e in pieces:
                if b_end <= s or e <= b_start:
                    next_pieces.append((s, e))
                    continue
                if s < b_start:
                    next_pieces.append((s, b_start))
                if b_end < e:
                    next_pieces.append((b_end, e))
            pieces = next_pieces
        produced = False
        for s, e in pieces:
            for start, end in _split_line(text[s:e], s):
                if not produced:
                    paragraph += 1
                    produced = True
                sentences.append(Sentence(start, end, "SENT", text[start:end], paragraph))
    return tuple(sentences)


@register_stage("sentences")
class SentenceSplitter:
    """Stage ``sentences``: fills ``doc.sentences`` from text and excluded spans."""

    name = "sentences"
    requires = ("text", "excluded")
    provides = ("sentences",)
    scope = "block"

    def __call__(self, doc: Document) -> Document:
        return doc.replace(sentences=split_sentences(doc.text, doc.excluded))
