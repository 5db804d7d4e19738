"""What every recogniser shares: the interface and lexicon matching over the shadow."""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass, field
from typing import Any, Iterable

import ahocorasick

from ..document import Document, Mention, Token

__all__ = ["Recognizer", "RecognitionContext", "Matcher", "DOCUMENT_MATCHERS", "make_mention"]


# pyahocorasick finds a character among a trie node's children one by one, in the
# order they were added, so at the root of a lexicon with hundreds of first
# characters every character of the text costs hundreds of comparisons, most of all
# one that no key holds (the search goes through them all). A matcher with at least
# this many first characters (places) scans its text with every character no key
# holds turned into _OTHER, and adds its root's children _OTHER first, then the
# first characters commonest first (by jieba's dictionary): _OTHER's key ends in
# _UNSEEN, which never reaches the automaton, so it never matches. The matches,
# their offsets and their order stay those of the plain automaton. (Measured: a
# third less time for places; nothing gained for lexicons of 500 first characters
# or fewer, where turning the text costs what the shorter search saves.)
_TRANSLATED_FROM = 600
_OTHER = "\x00"
_UNSEEN = "\x01"


class Matcher:
    """Longest-first multi-pattern matching (Aho–Corasick) of lexicon keys in a text.

    ``entries`` maps each key (in shadow form) to a value returned with its matches.
    """

    def __init__(self, entries: dict[str, Any], group: "MatcherGroup | None" = None):
        self.size = len(entries)
        self._entries = entries
        self._table: str | None = None
        # Built on first use: a large matcher orders its keys by jieba's dictionary,
        # which a process that never matches (the parent of the worker processes,
        # which only checks the pipeline) then never loads.
        self._automaton: ahocorasick.Automaton | None = None
        # The group whose members scan a document together (RecognitionContext.matches).
        self.group = group
        if group is not None:
            group.add(self)

    def _built(self) -> ahocorasick.Automaton:
        automaton = self._automaton
        if automaton is not None:
            return automaton
        entries = self._entries
        automaton, self._table = _automaton_of({key: (len(key), entries[key]) for key in entries if key})
        self._automaton = automaton
        return automaton

    def iter(self, text: str) -> list[tuple[int, int, Any]]:
        """Return every ``(start, end, value)`` occurrence, overlapping ones included,
        in the order the automaton finds them (by end)."""
        if not self.size:
            return []
        automaton = self._built()
        if self._table is not None:
            text = text.translate(self._table)
        return [(end_index + 1 - length, end_index + 1, value) for end_index, (length, value) in automaton.iter(text)]

    def __contains__(self, key: str) -> bool:
        return self.size > 0 and key in self._built() and key != _OTHER + _UNSEEN

    def get(self, key: str, default: Any = None) -> Any:
        """Return the value stored for exactly ``key``, or ``default``."""
        if key in self:
            return self._built().get(key)[1]
        return default


def _automaton_of(values: dict[str, Any]) -> tuple[ahocorasick.Automaton, str | None]:
    """Return an automaton of the keys of ``values`` (non-empty strings), each
    holding its value, and the table its text is to be translated with first (None:
    the text as it is); see _TRANSLATED_FROM."""
    automaton = ahocorasick.Automaton()
    table = None
    keys = list(values)
    firsts = {key[0] for key in keys}
    if len(firsts) >= _TRANSLATED_FROM:
        alphabet = set().union(*keys)
        if _OTHER not in alphabet and _UNSEEN not in alphabet:
            from ..segmenter import word_frequency

            chars = [_OTHER] * 0x10000
            for char in alphabet:
                if ord(char) < 0x10000:
                    chars[ord(char)] = char
            table = "".join(chars)  # characters past U+FFFF are left as they are
            automaton.add_word(_OTHER + _UNSEEN, None)
            # Commonest first character first (ties by the character); keys of one
            # first character keep their order. Each character is weighed once.
            rank = {char: i for i, char in enumerate(sorted(firsts, key=lambda char: (-word_frequency(char), char)))}
            keys.sort(key=lambda key: rank[key[0]])
    for key in keys:
        automaton.add_word(key, values[key])
    if keys:
        automaton.make_automaton()
    return automaton, table


class MatcherGroup:
    """Matchers that scan a document's shadow in one pass: one automaton of all
    their keys, each key holding the members it belongs to and their values.

    At each end offset Aho–Corasick reports the keys ending there longest first, so
    a member's matches taken out of the shared scan are exactly, and in the order
    of, those of its own scan; one pass over the text costs about what the largest
    member's own pass does (measured: the five lexicon matchers of the recognisers
    together in a quarter of their time one by one). Members are held weakly (the
    automaton too keeps only weak references to those it was built for), and the
    automaton is built anew when one joins or goes away.
    """

    def __init__(self):
        self._members: weakref.WeakSet[Matcher] = weakref.WeakSet()
        self._built: tuple[tuple[weakref.ref, ...], ahocorasick.Automaton, str | None] | None = None

    def __getstate__(self) -> dict:
        return {"members": list(self._members)}  # the automaton is built again where it is used

    def __setstate__(self, state: dict) -> None:
        self._members = weakref.WeakSet(state["members"])
        self._built = None

    def add(self, matcher: Matcher) -> None:
        """Make ``matcher`` a member."""
        self._members.add(matcher)
        self._built = None

    def _automaton(self) -> tuple[tuple[Matcher, ...], ahocorasick.Automaton, str | None]:
        built = self._built
        if built is not None:
            references, automaton, table = built
            members = tuple(reference() for reference in references)
            if None not in members:
                return members, automaton, table
        members = tuple(self._members)
        values: dict[str, tuple[int, list]] = {}
        for index, member in enumerate(members):
            for key, value in member._entries.items():
                if key:
                    values.setdefault(key, (len(key), []))[1].append((index, value))
        automaton, table = _automaton_of({key: (length, tuple(owners)) for key, (length, owners) in values.items()})
        self._built = (tuple(weakref.ref(member) for member in members), automaton, table)
        return members, automaton, table

    def scan(self, text: str) -> list[tuple[Matcher, list[tuple[int, int, Any]]]]:
        """Return each member with its ``Matcher.iter(text)``."""
        members, automaton, table = self._automaton()
        found: list[list[tuple[int, int, Any]]] = [[] for _ in members]
        if not len(automaton):
            return list(zip(members, found))
        if table is not None:
            text = text.translate(table)
        for end_index, (length, owners) in automaton.iter(text):
            start, end = end_index + 1 - length, end_index + 1
            for index, value in owners:
                found[index].append((start, end, value))
        return list(zip(members, found))


# The lexicon matchers the recognisers keep (not those built for one document).
DOCUMENT_MATCHERS = MatcherGroup()


@dataclass
class RecognitionContext:
    """Per-document facts shared by the recognisers of one run.

    ``token_starts``/``token_ends`` are the segmenter's boundaries; ``found`` holds
    the mentions already accepted by recognisers that ran earlier.
    """

    doc: Document
    token_starts: frozenset[int]
    token_ends: frozenset[int]
    sentence_starts: list[int]
    token_offsets: list[int]
    found: list[Mention]
    _matches: dict = field(default_factory=dict, repr=False, compare=False)
    _match_starts: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, doc: Document) -> "RecognitionContext":
        """Return the context for ``doc`` (which must have sentences and tokens)."""
        token_offsets = [t.start for t in doc.tokens]  # (a list comprehension: faster than a generator)
        return cls(
            doc=doc,
            token_starts=frozenset(token_offsets),
            token_ends=frozenset([t.end for t in doc.tokens]),
            sentence_starts=[s.start for s in doc.sentences],
            token_offsets=token_offsets,
            found=[],
        )

    def matches(self, matcher: Matcher, span) -> list[tuple[int, int, Any]]:
        """Return ``matcher.iter`` over the shadow of ``span`` (offsets within the
        span). The matcher scans the whole shadow once per document; each span
        takes the matches that lie inside it, in the same order (by end)."""
        entry = self._matches.get(id(matcher))
        if entry is None or entry[0] is not matcher:  # the matcher is kept, so its id is not reused
            if matcher.group is not None:
                # Every member of the group at once: the others are asked for too.
                for member, found in matcher.group.scan(self.doc.shadow):
                    self._matches[id(member)] = (member, found, [end for _, end, _ in found])
                entry = self._matches.get(id(matcher))
            if entry is None or entry[0] is not matcher:  # no group (or a copy of a member, which its group does not hold)
                found = matcher.iter(self.doc.shadow)
                entry = self._matches[id(matcher)] = (matcher, found, [end for _, end, _ in found])
        _, found, ends = entry
        base = span.start
        first = bisect.bisect_right(ends, base)
        last = bisect.bisect_right(ends, span.end)
        if first == last:
            return []
        return [(start - base, end - base, value) for start, end, value in found[first:last] if start >= base]

    def tokens_in(self, span) -> tuple[Token, ...]:
        """Return the tokens inside ``span`` (anything with ``start`` and ``end``)."""
        return self.tokens_between(span.start, span.end)

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        """Return the tokens that start in ``[start, end)``."""
        first = bisect.bisect_left(self.token_offsets, start)
        last = bisect.bisect_left(self.token_offsets, end)
        return self.doc.tokens[first:last]

    def token_at(self, offset: int) -> Token:
        """Return the token holding ``offset`` (the tokens cover the text)."""
        return self.doc.tokens[bisect.bisect_right(self.token_offsets, offset) - 1]

    def sentence_id(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (-1 outside every sentence)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.doc.sentences[index].end:
            return index
        return -1

    def occurs(self, pattern, start: int, end: int) -> bool:
        """True when a match of ``pattern`` (a compiled pattern) in the shadow starts
        in ``[start, end)``. The shadow is searched once per pattern; with a pattern
        of what a longer one must hold (a capital letter, say), this tells cheaply
        where the longer one cannot match."""
        starts = self._match_starts.get(pattern)
        if starts is None:
            starts = self._match_starts[pattern] = [m.start() for m in pattern.finditer(self.doc.shadow)]
        if not starts:
            return False
        index = bisect.bisect_left(starts, start)
        return index < len(starts) and starts[index] < end

    def at_boundary(self, offset: int) -> bool:
        """True when a token starts or ends at ``offset``."""
        return offset in self.token_starts or offset in self.token_ends


_new_object, _set_field = object.__new__, object.__setattr__


def make_mention(
    doc: Document, start: int, end: int, label: str, *, normalized: str = "", method: str = "", score: float = 1.0,
    sentence_id: int = -1, parent: str = "", qualifiers: tuple[str, ...] = (), category: str = "",
) -> Mention:
    """Return a Mention over ``doc.text[start:end]`` with the other fields given
    (Mention's defaults otherwise).

    Built as the frozen dataclass's ``__init__`` builds it, field by field in their
    order, without that call (the recognisers make thousands of mentions a document;
    tests/test_recognise.py checks the two agree, defaults included)."""
    mention = _new_object(Mention)
    _set_field(mention, "start", start)
    _set_field(mention, "end", end)
    _set_field(mention, "label", label)
    _set_field(mention, "text", doc.text[start:end])
    _set_field(mention, "normalized", normalized)
    _set_field(mention, "method", method)
    _set_field(mention, "score", score)
    _set_field(mention, "sentence_id", sentence_id)
    _set_field(mention, "parent", parent)
    _set_field(mention, "qualifiers", qualifiers)
    _set_field(mention, "category", category)
    return mention


class Recognizer:
    """A recogniser of one label: ``load()`` its lexicons, ``find()`` candidates.

    Subclasses set ``label`` and ``name`` and implement :meth:`find`; they may
    override :meth:`validate` to drop false positives.
    """

    label = ""
    name = ""

    def load(self) -> "Recognizer":
        """Load lexicons (once); return self."""
        return self

    def find(self, context: RecognitionContext) -> list[Mention]:
        """Return candidate mentions for the document in ``context``."""
        raise NotImplementedError

    def validate(self, context: RecognitionContext, mention: Mention) -> bool:
        """Return False to drop ``mention``; the default keeps all."""
        return True

    def recognise(self, context: RecognitionContext) -> list[Mention]:
        """Return the validated candidates of :meth:`find`."""
        return [m for m in self.find(context) if self.validate(context, m)]


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when half-open intervals ``a`` and ``b`` share a character."""
    return a[0] < b[1] and b[0] < a[1]


def covered(intervals: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` lies inside one of ``intervals``."""
    return any(s <= start and end <= e for s, e in intervals)
