"""segment: jieba over the shadow text, tokens mapped back onto the raw text.

A private ``jieba.Tokenizer`` (never jieba's module-global one) gets the project's
lexicons (titles, organisations, places) and the verbs of appointment as user words. Tokens carry a
part-of-speech label looked up from jieba's dictionary or the project's lexicons
(``x`` when neither knows the word); running jieba's HMM part-of-speech tagger
would cost more than the whole rest of the pipeline.
"""

from __future__ import annotations

import functools
import logging
import threading

from ..document import Document, Token
from ..lexicons import load_lexicon, to_shadow_key
from ..registry import register_stage

__all__ = ["Segmenter", "load_tokenizer", "word_tags"]

# Frequencies that make jieba keep a lexicon entry whole rather than split it.
_USER_WORD_FREQ = {"title": 20000, "org": 30000, "place": 20000}
_USER_WORD_TAG = {"title": "nz_title", "org": "nt", "place": "ns"}
# Verbs of appointment kept whole before a name (委任|何某, not 委|任何|某).
_APPOINTMENT_VERBS = tuple(
    "委任 出任 接任 担任 连任 荣膺 获委任 当选 兼任 升任 调任 转任 留任 续任 卸任 辞任 退任 获选 获聘 接掌 出掌 就任".split()
)
_lock = threading.Lock()


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


@functools.lru_cache(maxsize=1)
def load_tokenizer():
    """Return the process's private, initialised ``jieba.Tokenizer`` with user words."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        words = _user_words()
        for word, kind in words:
            if len(word) >= 2:
                tokenizer.add_word(word, _USER_WORD_FREQ[kind], _USER_WORD_TAG[kind])
        _split_suffix_title_words(tokenizer, words)
        for verb in _APPOINTMENT_VERBS:
            tokenizer.add_word(verb, _USER_WORD_FREQ["title"], "v")
    return tokenizer


def _split_suffix_title_words(tokenizer, words: list[tuple[str, str]]) -> None:
    """Remove dictionary words that glue an organisation ending to a title (協會主席,
    商會會長): the recognisers need the boundary between the two. A compound that
    is a listed title itself (主任委員, 董事總經理) stays."""
    titles = [word for word, kind in words if kind == "title"]
    try:
        endings = [to_shadow_key(s) for s in load_lexicon("org_suffixes").column("suffix")]
    except Exception:
        return
    listed = set(titles)
    for ending in set(endings) | listed:
        for title in titles:
            compound = ending + title
            if compound not in listed and tokenizer.FREQ.get(compound):
                tokenizer.del_word(compound)


@functools.lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Return ``{word: part-of-speech}`` from jieba's dictionary and the project lexicons."""
    tokenizer = load_tokenizer()
    tags: dict[str, str] = {}
    with open(tokenizer.get_dict_file().name, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    tags.update(tokenizer.user_word_tag_tab)
    return tags


@functools.lru_cache(maxsize=1)
def _shared_head_chars() -> frozenset[str]:
    """Characters C for which C長 is a title head that can share C with the word
    before it (台中市|長, 立法院|長): shadow forms."""
    heads = load_lexicon("titles").column("title")
    return frozenset(key[0] for key in map(to_shadow_key, heads) if len(key) == 2 and key[1] == "长")


def _words(tokenizer, shadow: str):
    """jieba's ``(word, start, end)`` over ``shadow``, with 長 cut off the front of a
    guessed word when the word before ends in the head's first character: jieba's
    HMM glues it to the name after a title (台中市|長盧秀珍 → 台中市|長|盧秀珍)."""
    shared = _shared_head_chars()
    previous_end_char = ""
    for word, start, end in tokenizer.tokenize(shadow, HMM=True):
        if len(word) > 1 and word[0] == "长" and previous_end_char in shared and word not in tokenizer.FREQ:
            yield word[0], start, start + 1
            yield word[1:], start + 1, end
        else:
            yield word, start, end
        previous_end_char = word[-1]


def tokenize(doc: Document) -> tuple[Token, ...]:
    """Return the tokens of every sentence of ``doc``; they tile each sentence."""
    tokenizer = load_tokenizer()
    tags = word_tags()
    tokens: list[Token] = []
    text = doc.text
    for sentence in doc.sentences:
        shadow = doc.shadow[sentence.start:sentence.end]
        position = sentence.start
        for word, start, end in _words(tokenizer, shadow):
            tokens.append(Token(position + start, position + end, tags.get(word, "x"), text[position + start:position + end]))
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
