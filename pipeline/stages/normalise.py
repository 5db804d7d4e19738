"""normalise: shadow text, script, boilerplate and metadata; the raw text is untouched.

The shadow has exactly ``len(text)`` characters: OpenCC's Hong Kong → simplified
conversion where it keeps the length, character by character where a phrase rule
would not, full-width ASCII folded to half-width and variant list marks (丶, ､, ﹑)
to 、. Boilerplate lines (breadcrumbs,
share widgets, font-size controls, photo credits, the related-links block after the
article) and pinyin readings printed inside words (部長(zhǎng)) are recorded as
:class:`Excluded` spans, never cut out.
"""

from __future__ import annotations

import array
import bisect

import regex

from ..document import Document, Excluded
from ..registry import register_stage
from ..shadow import convert, shadow_of, simplified_char

__all__ = ["Normaliser", "shadow_of", "detect_script", "find_boilerplate", "find_inline_glosses", "parse_metadata", "read_page", "INLINE_GLOSS"]


def detect_script(text: str, simplified: str | None = None) -> str:
    """Return ``traditional``, ``simplified``, ``mixed`` or ``unknown`` for ``text``.

    Counts characters that only the traditional or only the simplified standard uses;
    ``unknown`` when there are too few of either to tell. ``simplified`` is
    ``convert("hk2s", text)`` where the caller has it already.
    """
    to_simplified = convert("hk2s", text) if simplified is None else simplified
    to_traditional = convert("s2hk", text)
    traditional = simplified = 0
    if len(to_simplified) == len(text) == len(to_traditional):
        # Counted in C, a whole text at a time: a character differs from its
        # simplified form (traditional), or only from its traditional form
        # (simplified). Each text is one big integer of 32-bit code points; XOR
        # leaves a zero word where two texts agree.
        own, to_s, to_t = (_code_points(t) for t in (text, to_simplified, to_traditional))
        differs_s, differs_t = own ^ to_s, own ^ to_t
        same_as_s = _zero_words(differs_s, len(text))
        traditional = len(text) - same_as_s
        simplified = same_as_s - _zero_words(differs_s | differs_t, len(text))
    else:
        for char in text:
            if simplified_char(char) != char:
                traditional += 1
    if traditional + simplified < 3:
        return "unknown"
    if simplified <= traditional * 0.1:
        return "traditional"
    if traditional <= simplified * 0.1:
        return "simplified"
    return "mixed"


_WORD = next(code for code in "ILH" if array.array(code).itemsize == 4)  # an array type of 32-bit words


def _code_points(text: str) -> int:
    """``text`` as one integer, a 32-bit word per character (a lone surrogate as its own code)."""
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


def _zero_words(number: int, words: int) -> int:
    """How many of the ``words`` 32-bit words of ``number`` are zero."""
    return array.array(_WORD, number.to_bytes(4 * words, "little")).count(0)


_BREADCRUMB = regex.compile(r"^\s*(?:首頁|首页|主頁|主页|Home|HOME|当前位置|當前位置|您的位置|你的位置)\s*(?:[:：]\s*)?(?:(?:->|→|>|＞|»|›|/|\|)\s*\S[^\n]{0,20}?\s*){1,8}$")
_BREADCRUMB_SEPARATED = regex.compile(r"^\s*\S{1,8}(?:\s*(?:->|→|＞|»|›)\s*\S{1,8}){2,8}\s*$")
_SHARE = regex.compile(r"^\s*(?:分享到|分享至|分享|轉發到|转发到|Share)\s*[:：]?[^\n]{0,40}$")
_FONT_SIZE = regex.compile(r"^\s*[【\[]?\s*(?:字號|字号|字體|字体)\s*[:：][^\n]{0,30}$")
_PHOTO_CREDIT = regex.compile(
    r"^\s*[（(【]?\s*(?:圖片來源|图片来源|圖片|图片|圖|图|相片|照片|攝影|摄影|資料圖片|资料图片|視頻截圖|视频截图|截圖|截图)\s*(?:[:：/]|來源|来源)[^\n]{0,60}$"
)
_PHOTO_CREDIT_ALONE = regex.compile(r"^\s*[（(]?\s*(?:資料圖片|资料图片|網上圖片|网上图片|圖片|图片)\s*[)）]?\s*$")
_RELATED_HEADER = regex.compile(
    r"^\s*(?:視\s*頻|视\s*频|更\s*多|相關新聞|相关新闻|相關閱讀|相关阅读|延伸閱讀|延伸阅读|熱門新聞|热门新闻|推薦閱讀|推荐阅读|"
    r"相關報道|相关报道|相關文章|相关文章|猜你喜歡|猜你喜欢|熱點推薦|热点推荐|最新新聞|最新新闻|精彩推薦|精彩推荐|Related)\s*[:：]?\s*$"
)
_END_MARKER = regex.compile(r"[（(]\s*完\s*[)）]|【\s*(?:責任)?編輯\s*[:：]|【\s*(?:责任)?编辑\s*[:：]|(?:責任|责任)(?:編輯|编辑)\s*[:：]")
_DATE_TIME = regex.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)日?"
    r"(?:[T\s]*(?P<H>[01]?\d|2[0-3])[:：時时](?P<M>[0-5]\d))?"
)
_SOURCE = regex.compile(r"(?:稿件來源|稿件来源|新聞來源|新闻来源|文章來源|文章来源|消息來源|消息来源|來源|来源)\s*[:：]\s*(?P<source>[^\s|｜丨,，;；】]+)")
_DATELINE = regex.compile(
    r"^\s*(?P<agency>[\p{Han}A-Za-z]{2,12}?)(?:\s*(?:記者|记者)[\p{Han}]{0,12})?\s*"
    r"(?P<date>\d{1,2}月\d{1,2}日)\s*(?:電|电|訊|讯)"
)
_EDITOR = regex.compile(r"(?:【|\[|（|\()?\s*(?:責任編輯|责任编辑|編輯|编辑)\s*[:：]\s*(?P<editor>[^】\]）)\s|｜]{1,20})")
_REPORTER = regex.compile(r"记者")  # in the shadow
_METADATA_LINE = regex.compile(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^\n]{0,60}$")


def _lines(text: str):
    """Yield ``(start, end, line)`` for every line, ``end`` before the line break."""
    position = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        yield position, position + len(stripped), stripped
        position += len(raw)


def find_boilerplate(text: str, shadow: str | None = None) -> tuple[Excluded, ...]:
    """Return the boilerplate spans of ``text`` as :class:`Excluded`, in order.

    Each rule matches whole lines; the related-links block runs from its header line
    (视频, 更多, 相关新闻 …) to the end, and only counts after the article's end
    marker (（完）, 【编辑:…】) or in the last third of the text.
    """
    shadow = shadow if shadow is not None else shadow_of(text)
    spans: list[Excluded] = []
    end_marker_seen_at = -1
    lines = list(_lines(shadow))
    for index, (start, end, line) in enumerate(lines):
        if not line.strip():
            continue
        if _END_MARKER.search(line):
            end_marker_seen_at = start
        kind = None
        if len(line) <= 80 and (_BREADCRUMB.match(line) or (index < 5 and _BREADCRUMB_SEPARATED.match(line))):
            kind = "breadcrumb"
        elif _SHARE.match(line):
            kind = "share"
        elif _FONT_SIZE.match(line):
            kind = "font_size"
        elif _PHOTO_CREDIT.match(line) or _PHOTO_CREDIT_ALONE.match(line):
            kind = "photo_credit"
        elif _RELATED_HEADER.match(line) and (end_marker_seen_at >= 0 or start >= len(shadow) * 2 / 3):
            tail_end = len(text.rstrip())
            if tail_end > start:
                first = start + (len(line) - len(line.lstrip()))
                spans.append(Excluded(first, tail_end, "related_links", text[first:tail_end]))
            break
        if kind:
            first = start + (len(line) - len(line.lstrip()))
            last = start + len(line.rstrip())
            spans.append(Excluded(first, last, kind, text[first:last]))
    return tuple(spans)


def _format_date(match: regex.Match) -> str:
    date = f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"
    if match["H"] is not None:
        date += f" {int(match['H']):02d}:{match['M']}"
    return date


def parse_metadata(text: str, shadow: str, excluded: tuple[Excluded, ...]) -> tuple[dict[str, str], tuple[Excluded, ...]]:
    """Read title, published, source, dateline and editor from the text's own lines.

    Takes the raw text, its shadow and the boilerplate spans; returns the metadata
    found (keys only where a value was found) and the metadata lines to exclude (a
    ``2023-04-17 09:49 | 来源:…`` line is page furniture, not article body).
    Values are copied from the raw text, so they keep the article's script.
    """
    meta: dict[str, str] = {}
    extra: list[Excluded] = []
    starts = [e.start for e in excluded]

    def excluded_line(start: int, end: int) -> bool:
        # Boilerplate spans are sorted and do not overlap: only the last one that
        # starts at or before the line can hold it.
        index = bisect.bisect_right(starts, start) - 1
        return index >= 0 and excluded[index].end >= end

    body_started = False
    for start, end, line in _lines(shadow):
        stripped = line.strip()
        if not stripped or excluded_line(start + len(line) - len(line.lstrip()), start + len(line.rstrip())):
            continue
        first = start + (len(line) - len(line.lstrip()))
        last = start + len(line.rstrip())
        if not body_started and "published" not in meta and _METADATA_LINE.match(line):
            date = _DATE_TIME.search(line)
            if date:
                meta["published"] = _format_date(date)
            source = _SOURCE.search(line)
            if source:
                meta["source"] = text[start + source.start("source"):start + source.end("source")]
            credit = _REPORTER.search(line)
            if credit is not None:
                # 2026/03/12 05:30 記者甲、乙／台北報導: the date is page furniture, the reporters are not.
                last = start + len(line[:credit.start()].rstrip())
            extra.append(Excluded(first, last, "metadata", text[first:last]))
            continue
        dateline = None if body_started else _DATELINE.match(line)
        if (
            not body_started and not dateline and "title" not in meta and len(stripped) <= 80
            and not stripped.endswith(("。", "：", ":")) and not _END_MARKER.search(line)
        ):
            meta["title"] = text[first:last]
            continue
        if not body_started:
            if dateline and len(stripped) > 20:
                meta["dateline"] = text[start + dateline.start():start + dateline.end()].strip()
                meta.setdefault("source", text[start + dateline.start("agency"):start + dateline.end("agency")])
            if "source" not in meta:
                source = _SOURCE.search(line)
                if source and len(stripped) <= 80:
                    meta["source"] = text[start + source.start("source"):start + source.end("source")]
        if len(stripped) > 40 or dateline or stripped.endswith("。"):
            body_started = True
        editor = _EDITOR.search(line)
        if editor and len(stripped) <= 40:
            meta["editor"] = text[start + editor.start("editor"):start + editor.end("editor")].strip()
    if "published" not in meta:
        head = shadow[:2000]
        date = _DATE_TIME.search(head)
        if date and date["H"] is not None:
            meta["published"] = _format_date(date)
    return meta, tuple(extra)


def read_page(text: str, shadow: str | None = None) -> tuple[dict[str, str], tuple[Excluded, ...]]:
    """Return the metadata read off ``text`` and its excluded spans (boilerplate,
    metadata lines and inline pinyin glosses), sorted by offset; ``shadow`` is
    computed when not given."""
    shadow = shadow if shadow is not None else shadow_of(text)
    boilerplate = find_boilerplate(text, shadow)
    found, metadata_lines = parse_metadata(text, shadow, boilerplate)
    return found, tuple(sorted(boilerplate + metadata_lines + find_inline_glosses(text), key=lambda e: (e.start, e.end)))


# A bracketed pinyin syllable right after a Han character, as some mirror sites print
# readings inside words (部長(zhǎng), 會(huì)議).
_INLINE_GLOSS = regex.compile(
    r"(?<=\p{Han})[（(](?P<reading>(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?)[）)]"
)
_TONE_MARKS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
# Glosses with a tone mark an article needs before its bracketed syllables count as
# glosses at all (not 甲(a), a list's item letter).
_TONED_GLOSSES_NEEDED = 2
INLINE_GLOSS = "pinyin_gloss"


def find_inline_glosses(text: str) -> tuple[Excluded, ...]:
    """Return the bracketed pinyin readings printed inside ``text``'s words as
    :class:`Excluded` spans labelled ``pinyin_gloss`` (bracket included), or none
    when fewer than two of them carry a tone mark."""
    if "(" not in text and "（" not in text:
        return ()
    matches = list(_INLINE_GLOSS.finditer(text))
    if sum(1 for m in matches if not _TONE_MARKS.isdisjoint(m["reading"])) < _TONED_GLOSSES_NEEDED:
        return ()
    return tuple(Excluded(m.start(), m.end(), INLINE_GLOSS, m.group()) for m in matches)


@register_stage("normalise")
class Normaliser:
    """Stage ``normalise``: fills ``shadow``, ``script``, ``excluded`` and text metadata.

    Metadata already given by the reader (an HTML title, a JSON record's fields)
    wins over what is read off the text.
    """

    name = "normalise"
    requires = ("text",)
    provides = ("shadow", "script", "excluded", "meta")

    def __call__(self, doc: Document) -> Document:
        simplified = convert("hk2s", doc.text)
        shadow = shadow_of(doc.text, simplified)
        found, excluded = read_page(doc.text, shadow)
        meta = {**found, **{k: v for k, v in doc.meta.items() if v}}
        return doc.replace(shadow=shadow, script=detect_script(doc.text, simplified), excluded=excluded, meta=meta)
