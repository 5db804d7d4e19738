"""TITLE: lexicon heads composed with modifiers and portfolio words to their left.

``協理學務副校長`` is the head 校長 with 副, 學務 and 協理 in front; the mention's
``normalized`` is the head, its ``qualifiers`` the modifiers (ranks, honours,
status words), portfolio words stay only in the text.
"""

from __future__ import annotations

import functools
import itertools

import regex

from ..document import Mention
from ..lexicons import load_lexicon, to_shadow_key
from ..segmenter import word_frequency
from .base import DOCUMENT_MATCHERS, Matcher, RecognitionContext, Recognizer, make_mention
from .person_model import FUNCTION_CHARS
from .resources import known_organizations, org_suffixes, surnames, title_heads, title_prefixes

__all__ = ["BODY_HEADS", "TitleRecognizer"]

_MAX_PREFIX_RUN = 4
# Units a title may open with (辦公室主任, 醫院行政總監) that end a body's name after other
# words (科技會報辦公室|執行秘書, 東山婦兒醫院|副院長); not a party's units (黨組書記).
_BODY_CLOSING_UNITS = frozenset("医院 办公室 小组 专责小组 秘书处".split())
# Words that join a post to the one before or introduce it (聯網總監及|醫院行政總監,
# 出席的包括|醫院行政總監): no body's name ends in them (shadow forms).
_WORDS_BEFORE_A_POST = ("及", "和", "与", "兼", "暨", "包括", "包含", "有", "为", "是", "由", "任", "的", "在", "于", "到")
# One-character modifiers that are common last characters of given names.
_NAME_LIKE_MODIFIERS = frozenset("正")
_NAME_CHAR = regex.compile(r"\p{Han}")
# Heads a field of responsibility does not qualify: before a chair's or a head of
# government's title, 發展 or 青年 ends a body's name (某某發展|主席, 某某青年|會長) and
# 英文 a name (林英文|總統), save 常務 (常務副主席).
_CHAIR_HEADS = frozenset("主席 会长 董事长 理事长 监事长 总统 总理 首相 议长 市长 县长 省长".split())
_CHAIR_PORTFOLIOS = frozenset({"常务"})
# Heads of a body named by their first character (部長 of 新聞部, 局長 of 體育局).
BODY_HEADS = frozenset("部长 局长 处长 司长 署长 厅长".split())
# Royal titles: news about Hong Kong, Macau or Taiwan people uses them for nicknames
# (跳高|王子, 撐竿跳|王子: after a common word) and places (皇后|區, 皇后|大道).
_ROYAL_HEADS = frozenset("王子 公主 皇后 女王 王妃 亲王 国王".split())
_NICKNAME_TAGS = frozenset({"v", "vn", "l", "a", "i"})
# The modifiers an honour (拿督, 太平紳士) takes: 前, 已故; 名譽. No rank, acting or portfolio.
_HONOUR_MODIFIER_KINDS = frozenset({"status", "honour"})
_NAMED_AFTER_ROYALTY = frozenset("区道街像")
# One more character, then the list goes on or ends: 甲、王子|明、乙.
_LISTED_NAME_END = regex.compile(r"\p{Han}(?:[、，,。；;]|及|和|与)")
# An ordinal before 代 (第三代, 第二代): a generation, so 代 is no acting modifier.
_GENERATION = regex.compile(r"第[一二三四五六七八九十\d]{1,2}$")
# 正 and a mark before a deputy's title: 正、|副主席 is 正副主席, the post and its deputy.
_PAIRED_RANK_BEFORE = regex.compile(r"正[、,，]$")
# Where a person stands in a photograph, in brackets after the name or title: (左), (右二), (中),
# (前排左六), (後排右三).
_PHOTO_POSITION = regex.compile(r"(?:(?:前|后|中|第[一二三四五\d])排)?[左右中前后][一二三四五六七八九十\d]{0,2}(?:起)?")
_BRACKETED = regex.compile(r"[（(](?P<words>[^（）()，,。、；;\s]{1,12})[）)]")
# A note on the order or the address of the names listed after a title, in brackets
# (首長（恕不稱呼）, 理事（排名不分先後）, 委員（按姓氏筆畫序）): no part of the title.
_LIST_NOTE = regex.compile(r"恕不|不分先后|排名|排序|笔画|笔划|姓氏|顺序|为序")
# What may stand right before 系主任 written alone (教授兼系主任, 、系主任), in the shadow's
# simplified characters: no department's name.
_BEFORE_DEPARTMENT_HEAD = frozenset("兼及和与暨并、，,；;：:（(任为")


@functools.lru_cache(maxsize=1)
def title_head_matcher() -> Matcher:
    """Every title head, each with ``(value, standing)``: its ``titles.tsv`` value
    and whether the TITLE recogniser takes it as a head of its own. 政協委員 is
    政協 (an organisation) + 委員: such heads are left to the ORG and TITLE
    recognisers separately, so the role keeps its organisation; 財政司長 likewise
    is 財政司 + 司長, the two sharing a character. The ORG recogniser uses every
    head: one matcher, so a sentence is scanned once for both."""
    heads = title_heads()
    organizations = known_organizations()
    return Matcher({
        key: (value, not any(
            key[:i] in organizations and (key[i:] in heads or (i >= 2 and key[i - 1:] in heads))
            for i in range(1, len(key))
        ))
        for key, value in heads.items()
    }, DOCUMENT_MATCHERS)


class TitleRecognizer(Recognizer):
    """Finds job titles and honours: a head from ``titles.tsv`` plus modifiers."""

    label = "TITLE"
    name = "title_lexicon"

    def load(self) -> "TitleRecognizer":
        self.heads = title_head_matcher()
        self.prefixes = title_prefixes()
        self.surnames = surnames()
        self.org_endings = frozenset(org_suffixes())
        self.head_words = frozenset(title_heads())
        self.known_bodies = frozenset(known_organizations())
        # Portfolio words that also end a body's name (學校, 科技, 投資), and units that do
        # (醫院, 辦公室): after a name they close the body.
        domains = load_lexicon("title_domains")
        portfolios = frozenset(
            to_shadow_key(word) for word, kind in zip(domains.column("word"), domains.column("kind")) if kind == "portfolio"
        )
        self.body_closing_portfolios = (portfolios | _BODY_CLOSING_UNITS) & self.org_endings
        self.chair_portfolios = portfolios - _CHAIR_PORTFOLIOS
        self.max_prefix = max((len(p) for p in self.prefixes), default=0)
        return self

    def _names_a_body(self, words: str) -> bool:
        """True when bracketed ``words`` (shadow form) end in an organisation ending
        with a name before it (前鎮教會, 沙田分區)."""
        return any(len(words) > k and words[-k:] in self.org_endings for k in range(1, min(len(words), 5)))

    def _is_other_post(self, words: str) -> bool:
        """True for bracketed ``words`` (shadow form) that are a post of their own: some
        words, then a title head of two or more characters (衛生局代表, 鏡湖醫院代表),
        maybe with its holder's name after it (政府人員協會主席馬某某)."""
        return any(
            words[i:i + k] in self.head_words
            for i in range(1, len(words) - 1) for k in range(2, min(len(words) - i, 5) + 1)
        )

    def _extend_left(self, shadow: str, start: int, floor: int) -> list[tuple[int, int]]:
        """Return the ``(start, end)`` of each prefix met walking left from ``start``."""
        met: list[tuple[int, int]] = []
        while len(met) < _MAX_PREFIX_RUN:
            for length in range(min(self.max_prefix, start - floor), 0, -1):
                if length == 1 and shadow[start - 1] in _NAME_LIKE_MODIFIERS and shadow[start] != "副" and start - 1 > floor and _NAME_CHAR.match(shadow[start - 2]):
                    continue  # 林宗正|牧師: after a word, 正 closes a name more often than it ranks a title (正副議長 aside)
                word = shadow[start - length:start]
                if word == "代" and _GENERATION.search(shadow, max(floor, start - 4), start - 1):
                    continue  # 第三|代|總理: the third generation's premier, not an acting one
                if word in self.prefixes and length == 1 and any(
                    shadow[k:start] in self.known_bodies and not any(shadow[j:start - 1] in self.known_bodies for j in range(max(floor, k - 4), k))
                    for k in range(max(floor, start - 6), start - 1)
                ):
                    continue  # 中|總 of 泰國中總: the character ends a known body's name, no rank of the title (馬華|總會長: 華總 starts inside 馬華)
                if word in self.prefixes:
                    before = start - length - 1
                    if (
                        word in self.body_closing_portfolios and before >= floor
                        and _NAME_CHAR.match(shadow[before]) and not shadow.endswith(_WORDS_BEFORE_A_POST, floor, before + 1) and not any(shadow[k:start - length] in self.prefixes for k in range(max(floor, before - 2), before + 1))
                    ):
                        return met  # 中天|學校|執行校長: the ending closes a body's name, not the title's portfolio
                    met.append((start - length, start))
                    start -= length
                    break
            else:
                break
        return met

    @staticmethod
    def _not_royalty(context: RecognitionContext, start: int, end: int) -> bool:
        """True for a royal title that names no royalty: a nickname after a common word
        (跳高|王子), or a place named after a queen (皇后|區, 皇后|大道)."""
        shadow = context.doc.shadow
        if shadow[end:end + 1] in _NAMED_AFTER_ROYALTY or shadow.startswith("大道", end):
            return True
        before = context.tokens_between(max(0, start - 4), start)
        return bool(before) and before[-1].end == start and before[-1].label in _NICKNAME_TAGS

    def _whole_word(self, context: RecognitionContext, start: int, end: int) -> bool:
        """True when the segmenter's words do not cut into ``[start, end)`` from inside.

        A two-character head whose first character closes the word before it
        (台中市|長, 立法院|長) counts: the body and the title share that character,
        also when the segmenter glued 長 to the surname after it (宜蘭縣|長林|姿妙); so
        does a closing 長 standing as a word of its own (理事|長|江某某).
        """
        shadow = context.doc.shadow
        if end - start == 2 and shadow[start + 1] == "长" and start in context.token_starts and start + 1 in context.token_ends and end in context.token_ends:
            return True  # 會|長|江某某: the head cut into its two characters, each a word
        shared = end - start == 2 and shadow[start + 1] == "长" and start + 1 in context.token_ends and start not in context.token_starts
        if end - start > 2 and shadow[end - 1] == "长" and end - 1 in context.token_starts and end in context.token_ends:
            end -= 1  # 理事|長|江某某: the segmenter cut 長 from the surname after it, a word of its own
        if (
            end - start == 2 and start in context.token_starts and end - 1 in context.token_starts
            and context.token_at(end - 1).end == end + 1 and shadow[end:end + 1] in self.surnames
            and shadow[end - 1:end + 1] not in self.head_words and _NAME_CHAR.match(shadow, end + 1) is not None
        ):
            return True  # 主|任何|某某: the head's last character glued to the surname after it (任何)
        if not shared and any(context.at_boundary(k) for k in range(start + 1, end)):
            return False
        if shared and end not in context.token_ends:
            # (not 中會|長老: a title, 長老, is glued there, not a surname)
            return end + 1 in context.token_ends and shadow[end:end + 1] in self.surnames and shadow[end - 1:end + 1] not in self.head_words
        return end in context.token_ends

    @staticmethod
    def _opens_longer_word(context: RecognitionContext, start: int, end: int) -> bool:
        """True when the segmenter's word at ``start`` is a dictionary word that begins
        with the head ``[start, end)`` and runs on past it (主管部門, 專家組)."""
        token = context.token_at(start)
        return token.start == start and token.end > end and word_frequency(context.doc.shadow[token.start:token.end]) > 0

    def find(self, context: RecognitionContext) -> list[Mention]:
        doc = context.doc
        shadow = doc.shadow
        found: list[Mention] = []
        for sentence_id, sentence in enumerate(doc.sentences):
            # Heads inside longer heads stay candidates (常委 in 政協常委): the overlap
            # resolver picks between them once organisations are known.
            kept = [
                (start, end, value) for start, end, (value, standing) in context.matches(self.heads, sentence)
                if standing and shadow[sentence.start + end:sentence.start + end + 1] != "界"  # 選委界: a sector, no title
                and shadow[sentence.start + end:sentence.start + end + 2] != "事务"  # 公共財政|事務: a field of affairs
            ]
            head_ends = {end for _, end, _ in kept}
            # Heads that are also ranks (助理, 總監's 總 is not): 助理|關長 composes, it is no name.
            rank_head_ends = {end for s, end, _ in kept if shadow[sentence.start + s:sentence.start + end] in self.prefixes}
            for start, end, (_, category) in kept:
                head_start = sentence.start + start
                head_end = sentence.start + end
                if (
                    start in head_ends and start not in rank_head_ends and shadow[head_start] in self.surnames
                    and _NAME_CHAR.match(shadow, head_end, sentence.end) and shadow[head_end] not in FUNCTION_CHARS
                ):
                    continue  # 校長|王子奇: right after a title, a head opening with a surname is a name
                if (
                    shadow[head_start] in self.surnames and shadow[head_start - 1:head_start] == "、"
                    and _LISTED_NAME_END.match(shadow, head_end, sentence.end)
                ):
                    continue  # 甲、王子|明、乙: in a list of names, a head opening with a surname is a name
                if shadow[head_start:head_end] in _ROYAL_HEADS and self._not_royalty(context, head_start, head_end):
                    continue
                met = self._extend_left(shadow, head_start, sentence.start)
                if category == "honour":
                    # 總財政|拿督, 副總會長|丹斯里: an honour takes no rank or portfolio; they end the post before it.
                    met = list(itertools.takewhile(lambda span: self.prefixes[shadow[span[0]:span[1]]] in _HONOUR_MODIFIER_KINDS, met))
                if shadow[head_start:head_end] in _CHAIR_HEADS:
                    met = list(itertools.takewhile(lambda span: shadow[span[0]:span[1]] not in self.chair_portfolios, met))
                elif shadow[head_start:head_end] in BODY_HEADS:
                    # 新聞|部長, 體育|部長: a portfolio before a body's head names the body (新聞部).
                    met = list(itertools.takewhile(lambda span: self.prefixes[shadow[span[0]:span[1]]] != "domain", met))
                title_start = met[-1][0] if met else head_start
                if not met and shadow[head_start:head_end] == "主任" and shadow[head_start - 1:head_start] == "系" and (
                    head_start - 1 == sentence.start or shadow[head_start - 2] in _BEFORE_DEPARTMENT_HEAD or shadow[head_start - 2] == "系"
                ):
                    title_start -= 1  # 教授兼|系主任, 化學系|系主任: the head of the department named before
                if (
                    shadow[title_start] == "副" and _PAIRED_RANK_BEFORE.match(shadow, max(sentence.start, title_start - 2), title_start)
                    and title_start - 2 in context.token_starts  # not 林宗正、副主席: 正 closes a name
                ):
                    title_start -= 2  # 正、副主席: the post and its deputy written as one (正副主席)
                    met.append((title_start, title_start + 1))
                # A head inside a longer word (機會長期 for 會長, 主席台 for 主席) is not
                # a title: no word may end inside it or run on past its end. A word
                # that ends with it (局局長) is fine.
                if not met and not self._whole_word(context, head_start, head_end):
                    continue
                if (
                    shadow[head_end - 1] == "长" and shadow[head_end:head_end + 1] == "期"
                    and not word_frequency(shadow[head_end:head_end + 2])
                ):
                    continue  # 分局|長期|人手不足, 營運|長期|虧損: 長 opens 長期 (not 局長|期間, 董事長|期望)
                if met and self._opens_longer_word(context, head_start, head_end):
                    continue  # 教育|主管部門, 研究|專家組: the head opens a longer dictionary word
                if met and shadow[head_start:head_end + 1] in self.org_endings:
                    continue  # 教育|委員會: the head opens a body's ending, whatever is before it
                qualifiers = tuple(
                    doc.text[s:e] for s, e in reversed(met) if self.prefixes[shadow[s:e]] != "domain"
                )
                # 副校長（研究及拓展）（暫任）: bracketed portfolio or status words that
                # follow the head belong to the title as written.
                title_end = head_end
                while (bracket := _BRACKETED.match(doc.text, title_end, sentence.end)) is not None:
                    words = shadow[bracket.start("words"):bracket.end("words")]
                    if self._names_a_body(words) or self._is_other_post(words) or _PHOTO_POSITION.fullmatch(words) or _LIST_NOTE.search(words):
                        break  # 牧師（前鎮教會）, 醫生（衛生局代表）, 教授（左）, 首長（恕不稱呼）: a body, another post, a place in a photo, a note on the list
                    qualifiers += (bracket.group("words"),)
                    title_end = bracket.end()
                found.append(make_mention(
                    doc, title_start, title_end, "TITLE",
                    normalized=doc.text[head_start:head_end],
                    method="lexicon", score=0.9 if category != "profession" else 0.7,
                    sentence_id=sentence_id, qualifiers=qualifiers,
                    category=category,
                ))
        return found
