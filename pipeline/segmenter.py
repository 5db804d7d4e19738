"""Word segmentation: jieba's dictionary and algorithm (DAG + HMM), compiled.

Runs on ``rjieba`` (the Python binding of jieba-rs), a private instance with the
project's lexicons (titles, organisations, places) and the verbs of appointment
as user words. It reproduces pure-Python ``jieba.Tokenizer.tokenize`` (the
reference): the text is cut into blocks by jieba's own character class (jieba-rs
counts more CJK ranges as Han), user words change the dictionary total as jieba
counts it, and HMM words of Latin letters and digits are split by jieba's rule
(``Wi|-|Fi``, where jieba-rs keeps ``Wi-Fi``). ``benchmarks/segmenter.py``
measures the token agreement of the two.

jieba's ``dict.txt`` (shipped with the ``jieba`` package) is still read for the
words' frequencies and part-of-speech tags, which rjieba does not expose. What
that file and the lexicons become (frequencies, tags, user words) is kept in the
compiled cache (:mod:`pipeline.compiled`).
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from .lexicons import load_lexicon, to_shadow_key

__all__ = [
    "WordSegmenter",
    "dictionary_entries",
    "jieba_dictionary_path",
    "load_tokenizer",
    "word_frequency",
    "word_tags",
]

# Frequencies that make jieba keep a lexicon entry whole rather than split it.
_USER_WORD_FREQ = {"title": 20000, "org": 30000, "place": 20000}
_USER_WORD_TAG = {"title": "nz_title", "org": "nt", "place": "ns"}
# The frequency a school ending jieba hardly knows (below _UNKNOWN_ENDING_FREQ) gets:
# jieba has 国小 3, 小林 267, 小学 3296; 学系 72 stays (微生物学|系).
_ENDING_FREQ = 3000
_UNKNOWN_ENDING_FREQ = 20
# The frequency of a place or body that must yield a title's last character
# (_yielding_names): a rare word's, still far above its two characters apart
# (長|江: 40281 × 6083 / 60M ≈ 4), below what 會長|江 needs (20000 × 6083 / 92091 ≈ 1321).
_YIELDING_NAME_FREQ = 300
# Events and meetings jieba's dictionary tags as organisations (nt): no body's name
# (週年|音樂會, 年度|交易會).
_EVENT_WORDS = frozenset("音乐会 嘉年华会 交易会 汇报会 通报会 招商会 招标会 协商会 联席会 黑社会 上流社会".split())
# Who runs a public body, opening its name (市立醫院, 官立中學): jieba tags some as
# verbs (市立, 公立) and lacks others; all are distinguishing words (b), as 國立 is.
# Those jieba lacks get a rare word's frequency.
_OWNER_PREFIXES = frozenset("市立 区立 省立 公立 乡立 镇立 官立".split())
_UNLISTED_OWNER_FREQ = _YIELDING_NAME_FREQ
# Words for a post that jieba glues to a title before them (部長職務).
_POST_WORDS = ("职务", "一职", "职位")
# Words for a body's members that jieba glues to its ending (協會會員).
_MEMBER_WORDS = ("会员",)
# Verbs of appointment kept whole before a name (委任|何某, not 委|任何|某).
_APPOINTMENT_VERBS = tuple(
    "委任 出任 接任 担任 连任 荣膺 获委任 当选 兼任 升任 调任 转任 留任 续任 卸任 辞任 退任 获选 获聘 接掌 出掌 就任 分任 蝉联".split()
)
# jieba's blocks (``re_han_default``) and its HMM's split of Latin letters and digits
# (``finalseg.re_skip``).
_JIEBA_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_JIEBA_SKIP = re.compile("(\r\n|\\s)")
_HMM_LATIN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Characters jieba-rs puts in a block and jieba does not.
# Two ASCII characters in a row: where none is, no token needs _fixed's split.
_ASCII_PAIR = re.compile("[\x00-\x7f]{2}")
_WIDER_HAN = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]")
# A word no text reaches (private-use characters are outside every block): it
# carries the part of jieba's dictionary total that jieba-rs does not count.
_TOTAL_CARRIER = "\ue000\ue000"
# A word's frequency and tag number share one integer in the dictionary's trie.
_TAG_BITS = 8
_TAG_MASK = (1 << _TAG_BITS) - 1
# The most words a column of the trie keeps in front of it (emptied when full).
_SEEN_MAX = 65536
_UNSEEN = object()
_lock = threading.Lock()


def jieba_dictionary_path() -> Path:
    """Return the path of jieba's ``dict.txt`` (word, frequency, tag per line),
    found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed; its dict.txt gives word frequencies and tags")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def dictionary_entries() -> list[tuple[str, int, str]]:
    """Return jieba's dictionary as ``(word, frequency, tag)`` rows, in file order."""
    entries = []
    with open(jieba_dictionary_path(), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                entries.append((parts[0], int(parts[1]), parts[2]))
    return entries


def _rjieba_class():
    """Return ``rjieba.Jieba``, loaded without running ``rjieba/__init__.py`` where
    possible: that builds a module-wide instance (jieba's whole dictionary, a
    quarter of a second and tens of MB) that this project never uses."""
    try:
        spec = importlib.util.find_spec("rjieba")
        folder = Path(next(iter(spec.submodule_search_locations)))  # type: ignore[union-attr]
        library = next(p for p in folder.iterdir() if p.name.startswith("rjieba.") and p.suffix in (".so", ".pyd"))
        loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(library))
        module = importlib.util.module_from_spec(importlib.util.spec_from_loader("rjieba.rjieba", loader))
        loader.exec_module(module)
        return module.Jieba
    except Exception:  # another layout: the package as it is
        import rjieba

        return rjieba.Jieba


class _TrieColumn:
    """One column of the dictionary's trie as a read-only mapping (``get``, ``in``,
    ``[]``): the words' frequencies (``tags`` None) or their part-of-speech tags
    (``tags``: the tag names by number). The words looked up so far are kept in a
    small dict in front of the trie (a lookup in the trie costs several of the dict's)."""

    __slots__ = ("trie", "tags", "seen")

    def __init__(self, trie: ahocorasick.Automaton, tags: tuple[str, ...] | None = None):
        self.trie, self.tags, self.seen = trie, tags, {}

    def get(self, word: str, default=None):
        """Return ``word``'s value, or ``default`` when the dictionary lacks it."""
        seen = self.seen
        packed = seen.get(word, _UNSEEN)
        if packed is _UNSEEN:
            if len(seen) >= _SEEN_MAX:
                seen.clear()
            packed = seen[word] = self.trie.get(word, None)
        if packed is None:
            return default
        return packed >> _TAG_BITS if self.tags is None else self.tags[packed & _TAG_MASK]

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str):
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value


@dataclass(frozen=True)
class _Dictionary:
    """jieba's dictionary after the project's changes, as pure-Python jieba holds it.

    ``trie``: every word (a pyahocorasick trie, which also answers whether a string
    begins a word) → its frequency (0 for a removed word) and tag number, packed
    in one integer; ``frequency`` and ``tags``: the two as mappings; ``user_words``:
    the ``(word, frequency, tag)`` changes to make to jieba-rs's own dictionary, in
    order. A new process loads the trie from the compiled cache in a tenth of the
    time two dictionaries and a sorted tuple of 350,000 words took.
    """

    trie: ahocorasick.Automaton
    frequency: _TrieColumn
    tags: _TrieColumn
    user_words: tuple[tuple[str, int, str], ...]


def _user_words() -> list[tuple[str, str]]:
    words: list[tuple[str, str]] = []
    for lexicon, column, kind in (
        ("titles", "title", "title"),
        ("organizations", "name", "org"),
        ("places", "name", "place"),
    ):
        try:
            entries = load_lexicon(lexicon).column(column)
        except Exception:  # a missing optional lexicon leaves jieba's own dictionary
            continue
        words.extend((to_shadow_key(entry), kind) for entry in entries)
    return words


def _school_endings() -> list[str]:
    """Return the two-character school endings (國小, 國中, 高商): kept whole before
    the principal's name that often follows them
    (甲國小|林美玲, not 甲國|小林|美玲), where jieba's dictionary hardly knows them."""
    try:
        lexicon = load_lexicon("org_suffixes")
    except Exception:
        return []
    suffix, kind, strength = (lexicon.columns.index(c) for c in ("suffix", "kind", "strength"))
    return [
        to_shadow_key(row[suffix]) for row in lexicon.rows
        if row[strength] == "strong" and row[kind] == "academic" and len(row[suffix]) == 2
    ]


def _suffix_title_words(words: list[tuple[str, str]], frequency: dict[str, int]) -> list[str]:
    """Return the dictionary words that glue an organisation ending to a title
    (協會主席, 商會會長), or a title to the word for a post (部長職務), or an
    ending to the word for its members (協會會員): the
    recognisers need the boundary between the two. A compound that is a listed
    title itself (主任委員, 董事總經理) stays."""
    titles = [word for word, kind in words if kind == "title"]
    try:
        endings = [to_shadow_key(s) for s in load_lexicon("org_suffixes").column("suffix")]
    except Exception:
        return []
    listed = set(titles)
    removed: list[str] = []

    def remove_glued(firsts, seconds, keep=frozenset()) -> None:
        """Add each dictionary word of a first and a second part glued (not in ``keep``)."""
        for first in firsts:
            for second in seconds:
                compound = first + second
                if compound not in keep and frequency.get(compound) and compound not in removed:
                    removed.append(compound)

    remove_glued(set(endings) | listed, titles, keep=listed)
    remove_glued(titles, _POST_WORDS)
    remove_glued(set(endings), _MEMBER_WORDS)
    return removed


def _yielding_titles(words: list[tuple[str, str]]) -> set[str]:
    """Return the listed titles made of a one-character organisation ending and a
    listed title (堂|主任, 黨|主席): kept whole alone, they must not take the ending
    from a body written before them (新黨|主席, not 新|黨主席) or the title's
    start from a longer title after them (恩典堂|主任牧師, not 恩典|堂主任|牧師).
    They get a school ending's frequency instead of a title's."""
    titles = {word for word, kind in words if kind == "title"}
    try:
        endings = {to_shadow_key(s) for s in load_lexicon("org_suffixes").column("suffix") if len(s) == 1}
    except Exception:
        return set()
    return {title for title in titles if title[0] in endings and title[1:] in titles}


def _yielding_names(words: list[tuple[str, str]]) -> set[str]:
    """Return the two-character places and bodies (員林, 士林, 長江) whose first
    character ends a listed title and whose second is a common surname: after the
    title they must not take its last character (成員|林某某, 院士|林某某, 理事長|江某某,
    not 成|員林|某某). They get a rare word's frequency (_YIELDING_NAME_FREQ) instead of a name's."""
    title_ends = {word[-1] for word, kind in words if kind == "title" and len(word) >= 2}
    try:
        lexicon = load_lexicon("surnames")
    except Exception:
        return set()
    surname, frequency = lexicon.columns.index("surname"), lexicon.columns.index("frequency")
    common = {to_shadow_key(row[surname]) for row in lexicon.rows if row[frequency] == "high"}
    return {
        word for word, kind in words
        if kind in ("place", "org") and len(word) == 2 and word[0] in title_ends and word[1] in common
    }


def _build_dictionary() -> _Dictionary:
    entries = dictionary_entries()
    frequency = {word: freq for word, freq, _ in entries}
    tags = {word: tag for word, _, tag in entries}
    # jieba sums every line (a word listed twice counts twice) and adds a user
    # word's frequency without taking off the one it replaces; jieba-rs does both.
    jieba_total = sum(freq for _, freq, _ in entries)
    rust_total = sum(frequency.values())
    changes: list[tuple[str, int, str]] = []

    def add(word: str, freq: int, tag: str) -> None:
        nonlocal jieba_total, rust_total
        jieba_total += freq
        rust_total += freq - frequency.get(word, 0)
        frequency[word] = freq
        if tag:
            tags[word] = tag
        changes.append((word, freq, tag))

    for word in _EVENT_WORDS:
        if tags.get(word) == "nt":
            tags[word] = "n"
    for word in _OWNER_PREFIXES:
        add(word, frequency.get(word) or _UNLISTED_OWNER_FREQ, "b")
    words = _user_words()
    yielding_titles, yielding_names = _yielding_titles(words), _yielding_names(words)
    for word, kind in words:
        if len(word) >= 2:
            freq = _ENDING_FREQ if word in yielding_titles else _YIELDING_NAME_FREQ if word in yielding_names else _USER_WORD_FREQ[kind]
            add(word, freq, _USER_WORD_TAG[kind])
    for compound in _suffix_title_words(words, frequency):
        add(compound, 0, "")
    for ending in _school_endings():
        if frequency.get(ending, 0) < _UNKNOWN_ENDING_FREQ:
            add(ending, _ENDING_FREQ, tags.get(ending, "n"))
    for verb in _APPOINTMENT_VERBS:
        add(verb, _USER_WORD_FREQ["title"], "v")
    changes.append((_TOTAL_CARRIER, jieba_total - rust_total, "x"))
    return _packed(frequency, tags, tuple(changes))


def _packed(frequency: dict[str, int], tags: dict[str, str], user_words: tuple[tuple[str, int, str], ...]) -> _Dictionary:
    """Return the :class:`_Dictionary` of ``frequency`` and ``tags`` (the same words)."""
    names = tuple(sorted(set(tags.values())))
    if len(names) > _TAG_MASK + 1:
        raise ValueError(f"segmenter: {len(names)} part-of-speech tags, more than the trie holds")
    number = {name: k for k, name in enumerate(names)}
    trie = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    # pyahocorasick looks for a character among a node's children one by one, in the
    # order they were added: the most frequent words first put the characters most
    # looked up in front (a lookup then takes a third of the time).
    for word, freq in sorted(frequency.items(), key=lambda item: -item[1]):
        trie.add_word(word, freq << _TAG_BITS | number[tags[word]])
    return _Dictionary(trie, _TrieColumn(trie), _TrieColumn(trie, names), user_words)


@functools.lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    from .compiled import compiled

    return compiled("dictionary", _build_dictionary)


class WordSegmenter:
    """jieba's segmentation on rjieba, with the project's user words.

    ``tokenize(text)`` returns jieba's ``(word, start, end)`` tokens;
    ``frequency(word)`` and ``knows(word)`` answer from the same dictionary.
    """

    def __init__(self, dictionary: _Dictionary):
        self._dictionary = dictionary
        self._jieba = _rjieba_class()()
        for word, freq, tag in dictionary.user_words:
            self._jieba.add_word(word, freq, tag)

    def frequency(self, word: str) -> int:
        """Return ``word``'s frequency in the dictionary (0 when absent or removed)."""
        return self._dictionary.frequency.get(word, 0)

    def knows(self, word: str) -> bool:
        """Return True when ``word`` is a dictionary word or the beginning of one
        (what jieba's ``FREQ`` holds)."""
        return self._dictionary.trie.match(word)

    def tokenize(self, text: str) -> list[tuple[str, int, str]]:
        """Return jieba's ``(word, start, end)`` tokens of ``text`` (HMM on); they tile it."""
        if not _WIDER_HAN.search(text):
            if not _ASCII_PAIR.search(text):
                return self._jieba.tokenize(text)  # no word of two ASCII characters: nothing to fix
            return self._fixed(self._jieba.tokenize(text), 0)
        tokens: list[tuple[str, int, int]] = []
        position = 0
        for block in _JIEBA_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_BLOCK.match(block):
                tokens.extend(self._fixed(self._jieba.tokenize(block), position))
            else:
                for piece in _JIEBA_SKIP.split(block):
                    if _JIEBA_SKIP.match(piece):
                        tokens.append((piece, position, position + len(piece)))
                        position += len(piece)
                        continue
                    for char in piece:
                        tokens.append((char, position, position + 1))
                        position += 1
                continue
            position += len(block)
        return tokens

    def _fixed(self, tokens: list[tuple[str, int, int]], offset: int) -> list[tuple[str, int, int]]:
        """Move ``tokens`` by ``offset`` and split HMM words of Latin letters and
        digits as jieba does."""
        frequency = self._dictionary.frequency
        fixed = []
        for word, start, end in tokens:
            if end - start > 1 and word.isascii() and not frequency.get(word):
                position = start + offset
                for piece in _HMM_LATIN.split(word):
                    if piece:
                        fixed.append((piece, position, position + len(piece)))
                        position += len(piece)
            else:
                fixed.append((word, start + offset, end + offset))
        return fixed


@functools.lru_cache(maxsize=1)
def load_tokenizer() -> WordSegmenter:
    """Return the process's :class:`WordSegmenter` (built once, thread-safe)."""
    with _lock:
        return WordSegmenter(_dictionary())


def word_tags() -> dict[str, str]:
    """Return ``{word: part-of-speech}`` from jieba's dictionary and the project lexicons."""
    return _dictionary().tags


def word_frequency(word: str) -> int:
    """Return ``word``'s frequency in jieba's dictionary with the project's user
    words (0 when absent)."""
    return _dictionary().frequency.get(word, 0)
