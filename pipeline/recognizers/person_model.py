"""The name model: a scored reading of name-shaped spans the rules leave open.

The rules in :mod:`persons` accept a name next to a title, a cue word or another
name. Many names in running text stand alone (李某在…, 某某的父親), so this module
proposes every span of one to three segmenter tokens that reads as a name (a
surname plus one or two characters, a Japanese family name plus a given name, a
run of transliteration characters, a word the segmenter does not know, a dotted
foreign name, a capitalised Latin word) and scores it, and the rules' weaker
finds, with a logistic model over general features: the surname's tier, how often
jieba's dictionary uses each character in given names, the dictionary tag of the
span and of its parts, single characters in and around it, and the words on
either side (by identity for jieba's commonest words, by part of speech otherwise).

The weights live in ``models/person_model.tsv``; ``training/train_person_model.py``
writes them. No feature names a person: the vocabulary of context words comes from
jieba's dictionary, not from the training text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass

import regex

from ..compiled import compiled
from ..lexicons import load_weights
from ..segmenter import dictionary_entries, word_tags
from ..segmenter import word_frequency as _dictionary_frequency
from .base import RecognitionContext
from .resources import (
    foreign_given_names,
    japanese_surnames,
    known_organizations,
    latin_given_names,
    non_names,
    org_suffixes,
    person_cues,
    places,
    surnames,
    title_heads,
    transliteration_chars,
)

__all__ = [
    "CAPITAL",
    "FUNCTION_CHARS",
    "GLUED_FOLLOWERS",
    "NOT_GIVEN",
    "KIN_WORDS",
    "LATIN_LETTER",
    "ZERO",
    "PLACE_LAST_CHARS",
    "REGNAL",
    "UNKNOWN_OR_NAME_TAGS",
    "Candidate",
    "PersonModel",
    "candidates",
    "context_vocabulary",
    "features",
    "given_name_affinity",
    "likeliest_without_overlaps",
    "rejected_words",
    "remember",
    "word_frequency",
]

MODEL_NAME = "person_model"
_HAN = regex.compile(r"\p{Han}+")
# A letter of Latin script (of a word, a name, a short form).
LATIN_LETTER = regex.compile(r"\p{Latin}")
# A capital letter: no Latin word or name that the patterns here look for starts without one.
CAPITAL = regex.compile(r"\p{Lu}")
_LATIN_WORD = regex.compile(r"(?<!\p{Latin})\p{Lu}\p{Ll}{2,}(?!\p{Latin})")
# Characters that do not occur in given names in news text: function words, numerals,
# units and the commonest verbs; a candidate using one of them is cut before it.
# Characters written in numbers, never in names.
ZERO = frozenset("零〇")
NOT_GIVEN = frozenset(
    "的了是在和与及等为于以对将也都而之其所被把从向到这那个们年月日时说称表指任或并但又就还再已曾便"
    "各每该本此由因如若即亦皆乃仍更最很太上下内外前后里间两几第次位项届号岁元予"
)
# One character after a surname that makes the pair a relative or a form of address
# (許妻, 陳母, 霍老, 李氏, 張家), or a person the police news leaves unnamed (郭姓,
# 郭嫌, 林男), never a two-character name.
KIN_WORDS = frozenset("妻夫母父儿老氏家府妈嫂婆爸哥姐妹弟兄伯叔姨婶姓嫌男妇翁嬷")
# Last characters that make a surname-led word a place or building, not a name:
# 杜家村, 蘇家屯, 某某州, 某某站.
PLACE_LAST_CHARS = frozenset("村州县镇郡屯堡省市湖站寺庙路街区港湾岛乡庄峪坡")
# The function words among them: the model's candidates avoid only these, so
# classical and rarer names (沈攸之, 樊日行) stay candidates for the model to weigh.
FUNCTION_CHARS = frozenset("的了是在和与及等于以对将也都而所被把从向到这那个们说称或并但又就还再已曾便予")
# First characters of a two-character token that a name may have swallowed the
# first half of (吳念|真的 → 吳念真 + 的).
GLUED_FOLLOWERS = frozenset("的是在和与及为也都就等曾亦被将已于则即又还并均")
# Segmenter tags of a word it does not know (x) or knows as a name.
UNKNOWN_OR_NAME_TAGS = frozenset(("x", "nr", "nrfg", "nrt"))
# A regnal number after a name: 一世, 十四世; not 十三世紀, 四世同堂, 第三世界.
REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪同界])")  # plain characters: re, faster than regex
_REGNAL_OPENERS = frozenset("一二三四五六七八九十")  # what a match of REGNAL opens with
_DOT = re.compile(r"[·‧•・．]")
# Han parts joined by dots (葉甫根尼·普魯申科); the candidates start and end at
# word boundaries inside the first and last parts.
_DOTTED = regex.compile(r"\p{Han}{1,8}(?:[·‧•・．]\p{Han}{1,8})+")
_DOT_CHARS = re.compile(r"[·‧•・．]")
_CONTEXT_TAGS_SKIPPED = frozenset(("nr", "nrfg", "nrt", "ns", "nt", "nz"))
_VOCABULARY_SIZE = 3000
_MAX_TOKENS = 3


@dataclass(frozen=True)
class Candidate:
    """A span that reads as a name.

    ``kind``: chinese, japanese, translit, regnal, unknown, dotted, latin, or rule
    (a rule's name that is none of these shapes); ``surname_len``: the length of
    the surname or family name that opens it (0 for other kinds); ``tokens``: how
    many segmenter tokens it covers; ``cut``: it starts or ends inside a token.
    """

    start: int
    end: int
    kind: str
    surname_len: int
    tokens: int
    cut: bool


@functools.lru_cache(maxsize=1)
def given_name_affinity() -> dict[str, int]:
    """Return ``{character: bucket}``: how much more often jieba's dictionary uses
    the character after a surname in words tagged as names than in other words,
    as a rounded natural log ratio clipped to [-4, 4] (from the compiled cache)."""
    return compiled("given_name_affinity", _given_name_affinity)


def _given_name_affinity() -> dict[str, int]:
    known_surnames = surnames()
    in_names: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    # jieba's own dictionary, not the project's lexicons: rows added to those must not
    # move every character's affinity (and with it the learned model's input).
    for word, tag in {word: tag for word, _, tag in dictionary_entries()}.items():
        if tag in ("nr", "nrfg") and 2 <= len(word) <= 3 and word[0] in known_surnames:
            in_names.update(word[1:])
        else:
            elsewhere.update(word)
    total_names = sum(in_names.values()) or 1
    total_else = sum(elsewhere.values()) or 1
    affinity = {}
    for char, count in in_names.items():
        ratio = ((count + 0.5) / total_names) / ((elsewhere[char] + 0.5) / total_else)
        affinity[char] = max(-4, min(4, round(math.log(ratio))))
    return affinity


@functools.lru_cache(maxsize=1)
def context_vocabulary() -> frozenset[str]:
    """Return jieba's commonest dictionary words other than names and places: the
    words a context feature may name by identity (from the compiled cache)."""
    return compiled("context_vocabulary", _context_vocabulary)


def _context_vocabulary() -> frozenset[str]:
    counted = [(freq, word) for word, freq, tag in dictionary_entries() if tag not in _CONTEXT_TAGS_SKIPPED]
    counted.sort(reverse=True)
    return frozenset(word for _, word in counted[:_VOCABULARY_SIZE])


@functools.lru_cache(maxsize=1)
def rejected_words() -> frozenset[str]:
    """Words no candidate may be: ordinary words listed as non-names, title heads,
    places, known organisations and organisation suffixes."""
    return non_names() | set(title_heads()) | set(places()) | set(known_organizations()) | set(org_suffixes())


@functools.lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """Two-character surnames (歐陽, 司徒), shadow form."""
    return frozenset(s for s in surnames() if len(s) == 2)


@functools.lru_cache(maxsize=1)
def _name_openers() -> frozenset[str]:
    """Characters a name candidate other than an unknown word may open with: the
    first characters of surnames and Japanese family names, and transliteration
    characters."""
    return frozenset(s[0] for s in surnames()) | frozenset(s[0] for s in japanese_surnames()) | transliteration_chars()


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """Forms of address that follow a surname (先生, 女士, 太太)."""
    return frozenset(cue for cue, kind in person_cues().items() if kind == "honorific")


def _surname_len(word: str, known: dict[str, str], compound: frozenset[str]) -> int:
    if word[:2] in compound:
        return 2
    return 1 if word[:1] in known else 0


@functools.lru_cache(maxsize=65536)
def _ends(last_word: str, last_unknown: bool, last_start: int, shortest: int, longest: int) -> tuple[tuple[int, bool], ...]:
    """Where a candidate may end inside or after its last token ``last_word``
    (``last_unknown``: the segmenter does not know it), as ``(offset, cut)`` pairs,
    offsets counted from the candidate's start, where the last token starts at
    ``last_start``: the token's end; before one follower the segmenter glued on
    (凱莉|於, 吳念|真的); and for a name under a surname (``shortest`` to
    ``longest`` characters from the start), anywhere inside a word the segmenter
    does not know (厲汝燕|任). Depends only on its arguments, so it is computed once
    per distinct last word and position."""
    last_end = last_start + len(last_word)
    glued = last_end - 1
    if not shortest and last_word[-1] not in GLUED_FOLLOWERS:
        return ((last_end, False),)
    ends = {last_end: False}
    if glued >= 2 and glued > last_start and last_word[-1] in GLUED_FOLLOWERS:
        ends[glued] = True
    if shortest:
        for end in range(max(last_start + 1, shortest), min(last_end, longest + 1)):
            rest = last_word[end - last_start:]
            if last_unknown or (len(rest) == 1 and rest in GLUED_FOLLOWERS):
                ends[end] = True
    return tuple(ends.items())


@functools.lru_cache(maxsize=65536)
def _word_shape(word: str, surname_len: int, japanese_len: int) -> tuple[bool, str] | None:
    """What the span ``word`` may be as a candidate under a surname of
    ``surname_len`` and a Japanese family name of ``japanese_len`` characters
    (0: none): None when it can be no name; else whether it fits a Japanese name,
    and ``"chinese"``, ``"translit"``, ``"unknown"`` (when the segmenter leaves it
    one unknown word) or ``""``. Depends only on its arguments, so it is computed
    once per distinct word."""
    if len(word) < 2 or word in rejected_words() or not _HAN.fullmatch(word) or not ZERO.isdisjoint(word):
        return None  # …, 二零二: a zero is written in numbers, not in names
    if word[-1] in PLACE_LAST_CHARS or word[surname_len or japanese_len:] in _honorifics():
        return None  # 李家村; 李先生 is a form of address, not a name
    if surname_len and len(word) == surname_len + 1 and word[-1] in KIN_WORDS:
        return None  # 許妻, 霍老, 李家: a surname and a kin word or form of address, no name
    japanese_fits = bool(japanese_len) and japanese_len <= len(word) <= japanese_len + 3 and FUNCTION_CHARS.isdisjoint(word[japanese_len:])
    if surname_len and surname_len < len(word) <= surname_len + 2 and FUNCTION_CHARS.isdisjoint(word[surname_len:]):
        return japanese_fits, "chinese"
    if transliteration_chars().issuperset(word):
        return japanese_fits, "translit"
    if len(word) <= 4 and not REGNAL.fullmatch(word):
        return japanese_fits, "unknown"
    return japanese_fits, ""


@functools.lru_cache(maxsize=65536)
def _start_shape(opening: str, unknown_word: bool) -> tuple[int, int, int, int] | None:
    """For a candidate whose first three characters are ``opening`` (fewer at the
    text's end), on a token the segmenter leaves unknown or tags as a name
    (``unknown_word``) or not: None when no kind of candidate can start there, else
    its surname length, Japanese family-name length, and the shortest and longest
    span a name under either takes (0, 0, 0, 2 when it has neither)."""
    surname_len = _surname_len(opening[:2], surnames(), _compound_surnames())
    japanese = japanese_surnames()
    japanese_len = 3 if opening[:3] in japanese else (2 if opening[:2] in japanese else 0)
    first = opening[:1]
    if not (surname_len or japanese_len or first in transliteration_chars() or unknown_word) or not _HAN.match(first):
        return None
    shortest = min(n + 1 for n in (surname_len, japanese_len) if n) if surname_len or japanese_len else 0
    longest = max(surname_len + 2, japanese_len + 3 if japanese_len else 0)
    return surname_len, japanese_len, shortest, longest


# What _start_shape, _word_shape and _ends gave, by their arguments: the loop in
# candidates reads these dictionaries itself (a dictionary lookup costs a fifth of
# a call through lru_cache). Each is emptied when it grows past _REMEMBERED
# (remember).
# _WORD_SHAPES holds one dictionary by word for each pair of surname and family-name
# lengths, so no key tuple is built for each span.
_START_SHAPES: dict[bool, dict] = {False: {}, True: {}}
_WORD_SHAPES: dict[tuple[int, int], dict] = {}
_ENDS: dict = {}
_REMEMBERED = 65536
_UNSEEN = object()


def remember(cache: dict, key, value):
    """Store ``value`` under ``key`` in ``cache`` (emptied first when full); return it."""
    if len(cache) >= _REMEMBERED:
        cache.clear()
    cache[key] = value
    return value


def candidates(context: RecognitionContext, sentence, blocked, sorted_blocked: list[int] | None = None) -> list[Candidate]:
    """Return the name-shaped spans of ``sentence`` that avoid ``blocked`` offsets.

    Takes a recognition context, a sentence span and a container of blocked
    character offsets (a set: titles, organisations, names already kept), and
    optionally the same offsets sorted (a caller asking for every sentence sorts
    them once, so each sentence finds its own by bisection).
    """
    shadow = context.doc.shadow
    first_token = bisect.bisect_left(context.token_offsets, sentence.start)
    tokens = context.doc.tokens[first_token:bisect.bisect_left(context.token_offsets, sentence.end)]
    found: list[Candidate] = []
    free = [True] * len(tokens)
    if sorted_blocked is None:
        blocked_here = [k for k in range(sentence.start, sentence.end) if k in blocked]
    else:
        blocked_here = sorted_blocked[bisect.bisect_left(sorted_blocked, sentence.start):bisect.bisect_left(sorted_blocked, sentence.end)]
    if blocked_here:
        # Each blocked offset marks the token that holds it; the offsets are sorted,
        # so those inside the token marked last are passed over (a title or body
        # blocks a run of offsets).
        offsets = context.token_offsets
        marked_end = -1
        for k in blocked_here:
            if k < marked_end:
                continue
            index = bisect.bisect_right(offsets, k) - 1 - first_token
            if 0 <= index < len(tokens) and k < tokens[index].end:
                free[index] = False
                marked_end = tokens[index].end
    openers = _name_openers()
    n_tokens = len(tokens)
    # Each token opens a candidate (a head) where its first character can open a
    # name or the segmenter does not know it; an unknown word of three or more
    # characters after a function character opens one after that character too
    # (而|倫拜). Heads are taken in token order, each as soon as it is met. The
    # tokens that open none are passed over in one comprehension.
    opening_tokens = [i for i, token in enumerate(tokens) if token.label in UNKNOWN_OR_NAME_TAGS or shadow[token.start] in openers]
    for i in opening_tokens:
        if not free[i]:
            continue
        token = tokens[i]
        token_start = token.start
        unknown_word = token.label in UNKNOWN_OR_NAME_TAGS
        start_shapes = _START_SHAPES[unknown_word]
        if token.label == "x" and token.end - token_start >= 3 and shadow[token_start] in FUNCTION_CHARS:
            heads = ((token_start, False), (token_start + 1, True))
        else:
            heads = ((token_start, False),)
        for first_start, head_cut in heads:
            opening = shadow[first_start:first_start + 3]
            start_shape = start_shapes.get(opening, _UNSEEN)
            if start_shape is _UNSEEN:
                start_shape = remember(start_shapes, opening, _start_shape(opening, unknown_word))
            if start_shape is None:
                continue  # no kind of candidate can start here
            surname_len, japanese_len, shortest, longest = start_shape
            word_shapes = _WORD_SHAPES.get((surname_len, japanese_len))
            if word_shapes is None:
                word_shapes = _WORD_SHAPES[surname_len, japanese_len] = {}
            for j in range(i, min(i + _MAX_TOKENS, n_tokens)):
                last = tokens[j]
                last_end = last.end
                if not free[j] or last_end - first_start > 8:
                    break
                if shortest or shadow[last_end - 1] in GLUED_FOLLOWERS:
                    ends_key = (shadow[last.start:last_end], last.label == "x", last.start - first_start, shortest, longest)
                    ends = _ENDS.get(ends_key)
                    if ends is None:
                        ends = remember(_ENDS, ends_key, _ends(*ends_key))
                else:
                    ends = ((last_end - first_start, False),)  # what _ends gives here, without the call
                for end, end_cut in ends:
                    end += first_start  # _ends counts from the candidate's start
                    word = shadow[first_start:end]
                    shape = word_shapes.get(word, _UNSEEN)
                    if shape is _UNSEEN:
                        shape = remember(word_shapes, word, _word_shape(word, surname_len, japanese_len))
                    if shape is None:
                        continue
                    if shadow[end:end + 1] in PLACE_LAST_CHARS and end not in blocked:
                        continue  # 李家 of 李家村 (a title there, 李某市長, is blocked)
                    cut = head_cut or end_cut
                    japanese_fits, kind = shape
                    if japanese_fits:
                        found.append(Candidate(first_start, end, "japanese", japanese_len, j - i + 1, cut))
                    if kind == "chinese":
                        found.append(Candidate(first_start, end, "chinese", surname_len, j - i + 1, cut))
                    elif kind == "translit":
                        found.append(Candidate(first_start, end, "translit", 0, j - i + 1, cut))
                    elif kind == "unknown" and j == i and unknown_word:
                        found.append(Candidate(first_start, end, "unknown", 0, 1, cut))
    # A regnal number after one to three words (拿破崙|三世, 約翰|十二世, 拉美|西斯一世):
    # the words before it are the name, whatever the segmenter made of them.
    all_tokens = context.doc.tokens
    regnals = REGNAL.finditer(shadow, sentence.start, sentence.end) if shadow.find("世", sentence.start, sentence.end) >= 0 else ()
    for regnal in regnals:
        number_start = regnal.start()
        after = shadow[regnal.end():regnal.end() + 1]
        if not context.at_boundary(regnal.end()) and after not in GLUED_FOLLOWERS:
            continue
        if any(k in blocked for k in range(number_start, regnal.end())):
            continue
        index = bisect.bisect_right(context.token_offsets, number_start) - 1
        if all_tokens[index].start < number_start:
            index += 1  # the number is glued onto the token that holds the name's end
        for first_index in range(index - 1, index - 4, -1):
            if first_index < 0 or all_tokens[first_index].start < sentence.start:
                break
            start = all_tokens[first_index].start
            word = shadow[start:number_start]
            if len(word) > 7 or not _HAN.fullmatch(word) or word[0] in NOT_GIVEN or any(k in blocked for k in range(start, number_start)):
                break
            found.append(Candidate(start, regnal.end(), "regnal", 0, index - first_index, False))
    dotted = _DOTTED.finditer(shadow, sentence.start, sentence.end) if _DOT_CHARS.search(shadow, sentence.start, sentence.end) else ()
    for match in dotted:
        parts = [m.span() for m in _HAN.finditer(match.group())]
        first_part, last_part = parts[0], parts[-1]
        base = match.start()
        for s in range(base + first_part[0], base + first_part[1]):
            if not context.at_boundary(s) or any(k in blocked for k in range(s, base + first_part[1])):
                continue
            for e in range(base + last_part[0] + 1, base + last_part[1] + 1):
                if context.at_boundary(e) and not any(k in blocked for k in range(s, e)):
                    found.append(Candidate(s, e, "dotted", 0, len(parts), False))
                    regnal = REGNAL.match(shadow, e, sentence.end)
                    if regnal and not any(k in blocked for k in range(e, regnal.end())):
                        found.append(Candidate(s, regnal.end(), "regnal", 0, len(parts), False))
    latin_words = _LATIN_WORD.finditer(shadow, sentence.start, sentence.end) if context.occurs(CAPITAL, sentence.start, sentence.end) else ()
    for match in latin_words:
        s, e = match.span()
        if not any(k in blocked for k in range(s, e)) and context.at_boundary(s) and context.at_boundary(e):
            found.append(Candidate(s, e, "latin", 0, 1, False))
    return found


def word_frequency(word: str) -> int:
    """Return ``word``'s frequency in jieba's dictionary (0 when absent)."""
    return _dictionary_frequency(word)


def _frequency_bucket(word: str) -> int:
    """How common ``word`` is in jieba's dictionary: 0 when absent, else its
    frequency's number of decimal digits, at most 6."""
    count = word_frequency(word)
    return min(6, len(str(count))) if count else 0


def _latin_features(word: str) -> list[str]:
    """Features of a span in Latin script: how many words, whether the first and
    the last are common given names, and whether one is in capitals (GCMG, IBM)."""
    words = word.split()
    given = latin_given_names()
    return [
        f"latin_words={min(4, len(words))}",
        f"latin_first_given={words[0] in given}:{len(words) > 1}",
        f"latin_last_given={words[-1] in given}",
        f"latin_capitals={any(len(w) > 1 and w.isupper() for w in words)}",
    ]


def _char_name(char: str) -> str:
    """A character as a feature value: whitespace and control characters by class."""
    if char.isspace():
        return "<space>"
    return char if char.isprintable() else "<control>"


@functools.lru_cache(maxsize=65536)
def _context_word(word: str, tag: str, vocabulary: frozenset[str]) -> str:
    if not word:
        return "<edge>"
    if word in vocabulary:
        return word
    if not _HAN.match(word[0]):
        return "<latin>" if word[0].isascii() and word[0].isalpha() else "<sym>"
    return "<" + tag + ">"


@functools.lru_cache(maxsize=65536)
def _word_features(word: str, kind: str, surname_len: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features of a candidate that depend only on its word, kind and surname
    length: those before the ``cut`` feature and those after it (computed once per
    distinct word, in the order :func:`features` lists them)."""
    tags = word_tags()
    out: list[str] = []
    tag = tags.get(word)
    out.append(f"tag={kind}:{tag or 'oov'}")
    out.append(f"frequency={kind}:{_frequency_bucket(word)}:{tag in UNKNOWN_OR_NAME_TAGS}")
    head = tuple(out)
    out = []
    if kind == "chinese":
        sl = surname_len
        tier = "compound" if sl == 2 else surnames().get(word[:1], "")
        given = word[sl:]
        out.append(f"surname={tier}")
        out.append(f"surname_char={word[:sl]}" if sl == 1 else "surname_char=compound")
        out.append(f"surname_len={tier}:{len(given)}")
        out.append(f"given_tag={tags.get(given) or 'oov'}:{len(given)}")
        out.append(f"given_frequency={_frequency_bucket(given)}:{len(given)}")
        affinity = given_name_affinity()
        buckets = [affinity.get(c, -5) for c in given]
        out.append(f"given_min={min(buckets)}")
        out.append(f"tier_affinity={tier}:{min(buckets)}")
        out += [f"given_char={c}" for c in given]
        out.append(f"last_char=chinese:{word[-1]}")
        out.append(f"given_first={buckets[0]}")
        if len(buckets) > 1:
            out.append(f"given_last={buckets[-1]}")
        out.append(f"head_tag={tags.get(word[:sl + 1]) or 'oov'}")  # a chinese candidate is longer than its surname
        translit = transliteration_chars()
        out.append(f"translit_all={translit.issuperset(word)}")
    elif kind == "japanese":
        given = word[surname_len:]
        if given:
            out.append(f"japanese_given={tags.get(given) or 'oov'}:{len(given)}:{_frequency_bucket(given)}")
            out += [f"last_char=japanese:{word[-1]}", f"japanese_given_first={given[0]}"]
        else:
            out.append("japanese_given=none")  # the family name alone: 池田 交涉
    else:
        translit = transliteration_chars()
        letters = [c for c in word if _HAN.match(c)]
        share = sum(c in translit for c in letters) / max(1, len(letters))
        out.append(f"translit_share={kind}:{round(share * 5)}")
        if letters:
            out += [f"first_char={kind}:{letters[0]}", f"last_char={kind}:{letters[-1]}"]
            out += [f"char={c}" for c in sorted(set(letters[1:-1]))]
        given_names = foreign_given_names()
        first_part = _DOT.split(word, maxsplit=1)[0]
        if word in given_names:
            out.append(f"given_name=whole:{kind}")
        elif first_part in given_names or any(word[:n] in given_names for n in (2, 3, 4) if n < len(word)):
            out.append(f"given_name=prefix:{kind}")
    if LATIN_LETTER.match(word):
        out += _latin_features(word)
    return head, tuple(out)


# The feature strings that depend only on a few values, made once per distinct
# values (each string then also keeps its hash for the weights' lookup).
@functools.lru_cache(maxsize=4096)
def _kind_features(kind: str, length: int, tokens: int) -> tuple[str, ...]:
    return ("bias", f"kind={kind}", f"kind_len={kind}:{length}", f"kind_tokens={kind}:{tokens}")


@functools.lru_cache(maxsize=65536)
def _neighbour_features(kind: str, p1: str, n1: str) -> tuple[str, ...]:
    return (f"p1={p1}", f"n1={n1}", f"p1n1={p1}|{n1}", f"kind_p1={kind}:{p1}", f"kind_n1={kind}:{n1}")


@functools.lru_cache(maxsize=65536)
def _edge_features(before: str, after: str) -> tuple[str, ...]:
    """The features of the characters right before and after a candidate (``""`` at
    the text's edge)."""
    return (
        f"before_char={_char_name(before) if before else '<edge>'}",
        f"after_char={_char_name(after) if after else '<edge>'}",
        f"p1char={before if before and before in '、，,。（(「《和与及' else ''}",
        f"n1char={after if after and after in '、，,。）)」》和与及' else ''}",
    )


def features(context: RecognitionContext, candidate: Candidate, titles_by_start, titles_by_end, cue_after, occurrences) -> list[str]:
    """Return the feature strings of ``candidate``.

    ``titles_by_start``/``titles_by_end`` map offsets to TITLE mentions;
    ``cue_after(offset)`` returns the kind of person cue starting there (or "");
    ``occurrences(word)`` counts the word in the document's shadow text (as
    ``str.count``; only whether the count exceeds 1 matters, so a count above 2
    may be given as 2).
    """
    shadow = context.doc.shadow
    vocabulary = context_vocabulary()
    s, e = candidate.start, candidate.end
    word = shadow[s:e]
    kind = candidate.kind
    out = list(_kind_features(kind, min(len(word), 6), candidate.tokens))
    head, body = _word_features(word, kind, candidate.surname_len)
    out += head
    if candidate.cut:
        out.append("cut")
    out += body
    tokens = context.doc.tokens
    start_index = bisect.bisect_left(context.token_offsets, s)
    prev_token = tokens[start_index - 1] if start_index > 0 and tokens[start_index - 1].end == s else None
    prev_word = shadow[prev_token.start:prev_token.end] if prev_token else ""
    index = bisect.bisect_left(context.token_offsets, e)
    next_token = tokens[index] if index < len(tokens) and tokens[index].start == e else None
    next_word = shadow[next_token.start:next_token.end] if next_token else ""
    end_cut = not context.at_boundary(e)
    if end_cut:
        # The rest of the token the name was glued to: 的 of 真的.
        next_word, next_tag = shadow[e:e + 1], "u"
    else:
        next_tag = next_token.label if next_token else ""
    p1 = _context_word(prev_word, prev_token.label if prev_token else "", vocabulary)
    n1 = _context_word(next_word, next_tag, vocabulary)
    out += _neighbour_features(kind, p1, n1)
    if prev_token is not None and start_index >= 2:
        token = tokens[start_index - 2]
        out.append("p2=" + _context_word(shadow[token.start:token.end], token.label, vocabulary))
    after = bisect.bisect_left(context.token_offsets, next_token.end) if next_token is not None and not end_cut else -1
    if 0 <= after < len(tokens):
        token = tokens[after]
        out.append("n2=" + _context_word(shadow[token.start:token.end], token.label, vocabulary))
    out += _edge_features(shadow[s - 1:s] if s > 0 else "", shadow[e:e + 1])
    if s in titles_by_end:
        out.append("title_before")
    if e in titles_by_start:
        out.append("title_after")
    cue = cue_after(e)
    if cue:
        out.append(f"cue={cue}")
    opening = shadow[max(0, s - 2):s].strip()
    if opening[-1:] in "（(" and len(opening) == 2:
        out.append(f"gloss_of={kind}:{opening[0]}")  # the original of the word before: 大廳（Derby Hall）
    if shadow[e:e + 1] in _REGNAL_OPENERS and REGNAL.match(shadow, e):
        out.append(f"regnal_after={kind}")  # 詹姆士 of 詹姆士一世
    if occurrences(word) > 1:
        out.append(f"repeated={kind}")
    return out


def likeliest_without_overlaps(ranked):
    """Yield the items of ``ranked`` (``(probability, start, end, …)`` tuples, likeliest
    first) whose span overlaps no item yielded before."""
    taken: set[int] = set()
    for item in ranked:
        start, end = item[1], item[2]
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            yield item


class PersonModel:
    """Logistic weights over :func:`features`, loaded from ``models/person_model.tsv``."""

    def __init__(self, weights: dict[str, float], threshold: float):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls) -> "PersonModel | None":
        """Return the model in ``models/``, or None when its file is absent.

        Raises LexiconError when a weight is not a number."""
        weights = load_weights(MODEL_NAME)
        if weights is None:
            return None
        threshold = weights.pop("<threshold>", 0.5)
        return cls(weights, threshold)

    def probability(self, feature_names: list[str]) -> float:
        """Return the model's probability that a candidate with these features is a name."""
        total = sum(map(self.weights.get, feature_names, itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, total))))
