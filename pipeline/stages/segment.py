"""segment: jieba over the shadow text, tokens mapped back onto the raw text.

The segmenter (:mod:`pipeline.segmenter`: jieba's dictionary and algorithm on
rjieba, a private instance with the project's lexicons and the verbs of
appointment as user words) cuts each sentence of the shadow. Tokens carry a
part-of-speech label looked up from jieba's dictionary or the project's lexicons
(``x`` when neither knows the word); running jieba's HMM part-of-speech tagger
would cost more than the whole rest of the pipeline.
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Token
from ..lexicons import load_lexicon, to_shadow_key
from ..recognizers.resources import surnames
from ..registry import register_stage
from ..segmenter import load_tokenizer, word_tags

__all__ = ["Segmenter", "load_tokenizer", "word_tags"]


@functools.lru_cache(maxsize=1)
def _zhang_titles() -> frozenset[str]:
    """Titles ending in 長 (局長, 理事長, 秘書長): shadow forms."""
    return frozenset(key for key in map(to_shadow_key, load_lexicon("titles").column("title")) if len(key) >= 2 and key[-1] == "长")


def _ends_zhang_title(previous: str) -> bool:
    """True when ``previous`` ends in the words of a title that 長 completes (理事|長, 稅務局|長)."""
    titles = _zhang_titles()
    return any(previous[-n:] + "长" in titles for n in range(1, min(len(previous), 3) + 1))


@functools.lru_cache(maxsize=1)
def _shared_head_chars() -> frozenset[str]:
    """Characters C for which C長 is a title head that can share C with the word
    before it (台中市|長, 立法院|長): shadow forms."""
    return frozenset(key[0] for key in _zhang_titles() if len(key) == 2)


def _words(tokenizer, shadow: str) -> list[tuple[str, int, int]]:
    """jieba's ``(word, start, end)`` over ``shadow``, with 長 cut off the front of a
    guessed word when the word before ends in the head's first character: jieba's
    HMM glues it to the name after a title (台中市|長盧秀珍 → 台中市|長|盧秀珍), or a
    dictionary word took it after the head's first character standing alone
    (會館|會|長江|基民 → 會|長|江|基民), or the word before and 長 make a title and a
    surname follows 長 (理事|長江|毅 → 理事|長|江毅); a
    guessed word of a conjunction (or 係) and a surname, cut after the conjunction
    (李某|及王|美玲 → 及|王, 由林某某 → 由|林某某), or a short name the dictionary
    knows of a conjunction and a surname before a guessed word (乙和黃|某某 → 和|黃|某某);
    and 任 cut off the front of a guessed word after a word ending in a verb's first
    character (曾|任智經 → 曾|任|智經)."""
    words = tokenizer.tokenize(shadow)
    # Every cut is after a word's first character, and only a word opening with one
    # of _CUT_OPENERS can be cut: the others are taken as they are, without a
    # Python step each.
    cuts = [k for k, (word, _, _) in enumerate(words) if word[0] in _CUT_OPENERS]
    if not cuts:
        return words
    shared = _shared_head_chars()
    surname_chars = _surname_chars()
    tags = word_tags()
    fixed: list[tuple[str, int, int]] = []
    taken = 0  # words[:taken] are in fixed
    for k in cuts:
        word, start, end = words[k]
        # The word before as jieba gave it (before any cut of its own).
        previous = words[k - 1][0] if k else ""
        previous_end_char, previous_length = previous[-1:], len(previous)
        if (
            (len(word) > 1 and word[0] == "长" and previous_end_char in shared and (not tokenizer.knows(word) or previous_length == 1))
            or (  # 理事|長江|毅 → 理事|長|江毅 (not 中會|長老, a title of its own)
                2 <= len(word) <= 4 and word[0] == "长" and word[1] in surname_chars and _ends_zhang_title(previous)
                and not tags.get(word, "").endswith("title")
            )
            or (2 <= len(word) <= 4 and word[0] in _JOINERS and word[1] in surname_chars and not tokenizer.knows(word))  # 及|王, 由|林某某: the joiner, then the name
            or (len(word) > 1 and word[0] == "任" and previous_end_char in _REN_VERB_OPENINGS and (
                not tokenizer.knows(word) or tags.get(word) in _NAME_TAGS  # 曾|任中華 (a name the dictionary lists)
            ))
            or (len(word) == 2 and word[1] == "任" and word[0] in _DATE_UNITS and previous_end_char in _NUMERALS and not tokenizer.knows(word))  # 2017年|任: a date, then the verb
            or (  # 甲和黃|某某: not the company 和黃, the conjunction and a surname
                len(word) == 2 and word[0] in _CONJUNCTIONS and word[1] in surname_chars and tags.get(word) in _SHORT_NAME_TAGS
                and k + 1 < len(words) and 1 <= len(words[k + 1][0]) <= 2 and not tokenizer.knows(words[k + 1][0])
                and _HAN_WORD.fullmatch(words[k + 1][0])
            )
        ):
            fixed += words[taken:k]
            fixed.append((word[0], start, start + 1))
            fixed.append((word[1:], start + 1, end))
            taken = k + 1
    if not taken:
        return words
    fixed += words[taken:]
    return fixed


# Conjunctions that open a short name the dictionary knows (和黃, a company) when
# a surname follows them; the tags of such short names; a word of Han characters.
_CONJUNCTIONS = frozenset("和及与")
_SHORT_NAME_TAGS = frozenset({"nt", "nz", "j"})
_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")

# Characters jieba's HMM glues onto the surname after them, in a word it does not
# know: conjunctions, the copula 係 (Cantonese 是) and prepositions (及王 of
# 甲及王某某, 主席係林某某, 由張某某副市長), a body's one-character ending
# (鐵道局|楊某某局長, 道安司|吳某某司長) and the 界 of a sector (選委界|林某某).
_JOINERS = frozenset("及与和系由在于向对为将被把给让从率" "局司部处署会院厅科组校所馆团社队" "界")
# A date's last character and the numerals before it (2017年任 → 年|任).
_DATE_UNITS = frozenset("年月日")
_NUMERALS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十廿卅")
# Dictionary tags of persons' names.
_NAME_TAGS = frozenset(("nr", "nrfg"))
# First characters of verbs ending in 任 (曾任, 现任, 兼任, 署任 …): when a word
# ends in one, jieba's HMM may have glued the 任 onto the unknown word after it
# (曾|任智经|研究中心, 会署|任局长).
_REN_VERB_OPENINGS = frozenset("曾 现 兼 历 出 升 调 接 转 担 原 留 连 续 就 署 新 时 改 继".split())
# The first characters of the words _words may cut.
_CUT_OPENERS = frozenset("长任") | _JOINERS | _DATE_UNITS


@functools.lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    """One-character surnames, shadow forms."""
    return frozenset(key for key in surnames() if len(key) == 1)


@functools.lru_cache(maxsize=1)
def _joiner_before_surname() -> re.Pattern:
    """A conjunction followed by a surname: where jieba may have glued the two."""
    return re.compile("[" + "".join(sorted(_JOINERS)) + "][" + "".join(sorted(_surname_chars())) + "]")


# The tags of the words met so far, in front of word_tags() (some 350,000 words): the
# words of news repeat, and this small dictionary stays in the processor's cache
# where a lookup in the large one mostly misses it (measured: a quarter of the time
# of tokenize). Emptied when it grows past _SEEN_MAX words; built anew for another
# dictionary of tags.
_SEEN_TAGS: dict[str, str] = {}
_SEEN_FROM: list[dict[str, str]] = []
_SEEN_MAX = 65536


def _seen_tags(tags: dict[str, str]) -> dict[str, str]:
    """The tags met so far, for the dictionary of tags ``tags``."""
    if not _SEEN_FROM or _SEEN_FROM[0] is not tags or len(_SEEN_TAGS) >= _SEEN_MAX:
        _SEEN_TAGS.clear()
        _SEEN_FROM[:] = [tags]
    return _SEEN_TAGS


def tokenize(doc: Document) -> tuple[Token, ...]:
    """Return the tokens of every sentence of ``doc``; they tile each sentence."""
    tokenizer = load_tokenizer()
    tags = word_tags()
    seen = _seen_tags(tags)
    joiner_before_surname = _joiner_before_surname().search
    tokens: list[Token] = []
    append = tokens.append
    new, setattr_ = object.__new__, object.__setattr__
    text = doc.text
    for sentence in doc.sentences:
        shadow = doc.shadow[sentence.start:sentence.end]
        position = sentence.start
        # Only a sentence holding 長 or a conjunction before a surname can need _words' splits;
        # the others take jieba's words as they are.
        words = _words(tokenizer, shadow) if "长" in shadow or "任" in shadow or joiner_before_surname(shadow) else tokenizer.tokenize(shadow)
        for word, start, end in words:
            start += position
            end += position
            # Token(start, end, tag, text), without the frozen dataclass's __init__
            # and its lookups of object.__setattr__ for every field.
            label = seen.get(word)
            if label is None:
                label = seen[word] = tags.get(word, "x")
            token = new(Token)
            setattr_(token, "start", start)
            setattr_(token, "end", end)
            setattr_(token, "label", label)
            setattr_(token, "text", text[start:end])
            append(token)
        assert not tokens or tokens[-1].end == sentence.end or not shadow, "tokens do not tile the sentence"
    return tuple(tokens)


@register_stage("segment")
class Segmenter:
    """Stage ``segment``: fills ``doc.tokens`` (jieba words over the shadow)."""

    name = "segment"
    requires = ("shadow", "sentences")
    provides = ("tokens",)
    scope = "block"

    def __call__(self, doc: Document) -> Document:
        return doc.replace(tokens=tokenize(doc))
