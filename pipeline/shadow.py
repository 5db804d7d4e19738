"""Shadow text: the same-length simplified, half-width form of a text.

Segmenter and lexicons work on the shadow; offsets into it are offsets into the
raw text. Used by the ``normalise`` stage, the lexicon loaders and the
recognisers, so it sits below all of them.
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = ["shadow_of", "convert", "simplified_char", "LIST_MARK_VARIANTS"]


_LONE_SURROGATES = regex.compile("[\ud800-\udfff]")


@functools.lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def convert(config: str, text: str) -> str:
    """Return ``text`` converted by OpenCC's ``config`` (``hk2s``, ``s2hk`` …); the
    length may change where a phrase rule applies."""
    # A lone surrogate ("\ud800" from a JSON escape) is not Unicode text and OpenCC
    # cannot take it; U+FFFD stands in for it, one character for one, so the text
    # itself stays as given and offsets still line up.
    return _converter(config).convert(_LONE_SURROGATES.sub("\ufffd", text))


@functools.lru_cache(maxsize=65536)
def simplified_char(char: str) -> str:
    """Return the simplified form of one character, or the character itself where
    OpenCC would turn it into more or fewer characters."""
    converted = convert("hk2s", char)
    return converted if len(converted) == 1 else char


def _fold_width(text: str) -> str:
    if _FULL_WIDTH.search(text) is None:
        return text  # nothing to fold (the translation reads every character)
    return text.translate(_WIDTH_CHARS)


_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20
# Variant list marks, folded to the enumeration comma: 丶 (a radical some sites use as
# one: 甲丶乙), the half-width ､ and the small ﹑.
LIST_MARK_VARIANTS = "丶\uff64\ufe51"
_WIDTH_TABLE.update(dict.fromkeys(map(ord, LIST_MARK_VARIANTS), ord("、")))
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000" + LIST_MARK_VARIANTS + "]")


def _width_chars() -> str:
    """_WIDTH_TABLE as a string indexed by code point (past U+FFFF, str.translate leaves a
    character as it is): str.translate reads a string table faster than a dictionary,
    where every character the table lacks costs a KeyError."""
    chars = list(map(chr, range(0x10000)))  # (filled in place: built at every start, in half the time of a generator)
    for code, folded in _WIDTH_TABLE.items():
        chars[code] = chr(folded)
    return "".join(chars)


_WIDTH_CHARS = _width_chars()


def shadow_of(text: str, simplified: str | None = None) -> str:
    """Return the same-length simplified, half-width shadow of ``text``.

    ``simplified`` is ``convert("hk2s", text)`` where the caller has it already.
    A lone surrogate is U+FFFD in the shadow (:func:`convert`).
    """
    if simplified is not None:
        converted = simplified
    else:
        converted = convert("hk2s", text) if text else text
    if len(converted) != len(text):
        # A phrase rule changed the length somewhere: convert line by line and fall
        # back to single characters only on the lines where that happened.
        parts = []
        for line in text.splitlines(keepends=True):
            line_converted = convert("hk2s", line)
            if len(line_converted) != len(line):
                line_converted = "".join(simplified_char(c) for c in line)
            parts.append(line_converted)
        converted = "".join(parts)
    return _fold_width(converted)
