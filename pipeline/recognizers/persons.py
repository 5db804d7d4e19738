"""PERSON: Chinese names (surname + given name) and transliterated names, on evidence.

A surname followed by one or two given-name characters is accepted only with
evidence around it: a title right before (局長孫東) or after (孫東局長), an
honorific after (先生, 女士), a speech or action verb after (表示, 出席), 任/為
before a title, a bracketed year of birth, an editor's or reporter's credit, a
place in a list next to an accepted name (黃某、盧某), or the segmenter keeping it
as one word it does not know. Foreign names are parts joined by ``·`` or ``-``,
transliteration characters backed by the same evidence, or Latin-script names.

A plain Chinese name next to a title or an honorific, and a dotted foreign name,
stand as the rules find them. The other rule names, and every name-shaped span
the rules leave open, are weighed by the name model (:mod:`person_model`) when
``models/person_model.tsv`` is there. Every later occurrence of an accepted name
in the article is tagged too.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from dataclasses import replace

import regex

from ..document import Mention, Span
from ..segmenter import word_tags
from .base import DOCUMENT_MATCHERS, Matcher, RecognitionContext, Recognizer, make_mention
from .person_model import NOT_GIVEN as _NOT_GIVEN
from .person_model import KIN_WORDS
from .person_model import (
    CAPITAL,
    FUNCTION_CHARS,
    GLUED_FOLLOWERS,
    PLACE_LAST_CHARS,
    REGNAL,
    UNKNOWN_OR_NAME_TAGS,
    ZERO,
    Candidate,
    PersonModel,
    candidates,
    features,
    likeliest_without_overlaps,
    remember,
    rejected_words,
    word_frequency,
)
from .resources import japanese_surnames, names_among_non_names, person_cues, places, surnames, transliteration_chars, written_surnames

__all__ = ["KEPT_SCORE", "LATIN_HONORIFIC", "PersonRecognizer"]

# Surnames that are also function words: 和 (and), 於, 向, 由, 任 (serve as), 據 (according to),
# 原 (former: 原台博館長); and 官, the last character of titles (財務官, 估值官).
_FUNCTION_SURNAMES = frozenset("和于向由与及为任据原官")
# A jieba dictionary frequency above which a word is an ordinary word (建築, 足球).
_COMMON_WORD_FREQUENCY = 300
# Characters no given name of a married woman's name holds (月 of 月娥 may: no date follows four name characters).
_MARRIED_NOT_GIVEN = (_NOT_GIVEN - {"月", "如"}) | {"摄", "兼", "暨", "现", "原", "乃", "案", "拜"}  # 如 ends women's given names (玉如); 摄: a photographer's credit (記者蘇孟娟攝); 案: a case (某某某案); 兼, 暨: 甲兼乙會主委, 甲暨乙; 现, 原, 乃: 甲現為, 甲原為, 甲乃 (羅華義|現為 is no 羅華 married); 拜: 陳某|拜會, 拜訪
# Surnames that after another surname are a colloquial title, not a maiden name (郭董: chairman Guo).
_TITLE_SURNAMES = frozenset("董")
# Words after a surname standing alone for a person named in full elsewhere (陳|現為, 羅|因是).
_SURNAME_ALONE_FOLLOWERS = frozenset("现为 现任 因是 因为 亦为 亦是 也是 则是 便是 曾任 现时 目前".split())
# Tags of a word that a name's last character may open when jieba glued it on (頒發, 續任).
_GLUED_WORD_TAGS = frozenset("v vn vd d".split())
# Dictionary tags of words a surname character opens that no name starts with (包括, 和平 is n).
_FUNCTION_WORD_TAGS = frozenset("v p c d r u vn ad f".split())
# A count after the last name of a list (甲、乙和丙三名副會長).
_COUNT_AFTER_LIST = regex.compile(r"[一二三四五六七八九十两\d]+\s*(?:名|位|人)")
# Characters that stand between a name and a delimiter without being its last given
# character: particles, verbs of speaking, counters and plural or family words.
_NOT_LAST_BEFORE_DELIMITER = frozenset(
    "了的地得吗呢吧啊呀等们说称道曰问表指氏君者及与也亦则又还再在于以到将被把向对后前时间年月日号岁位名人个次届家"
    "昨今明早晚午夜周初底上下"  # 歐陽瑜|昨(25)日: a time word, not a given character
)
# Two-character verbs news writes right after a name, which a segmenter may glue on (王強|涉嫌).
_VERBS_AFTER_NAMES = frozenset("涉嫌 表示 指出 认为 强调 出任 担任 接任 获得 获选 当选 辞任 辞去 出席 主持 致辞 透露 宣布 包括".split())
# Prepositions (in the shadow's characters), which need an object after them.
_PREPOSITIONS = frozenset("在于以到向对将被把")
# Adverbs and prepositions that open a clause right after a name, and end few names.
_GLUED_ADVERBS = frozenset("则另自亦也即并还又就便仍却乃再更昨涉共")  # (昨: 張某昨|表示, yesterday; 涉: 李某涉|嚴重違紀, involved in; 共: 甲乙共|三人, in all)
# Adverbs glued on as a fourth character only (卓某泰特|致賀電): a given name ends in them too (李大特).
_FOURTH_GLUED_ADVERBS = frozenset("特")
# Verbs and adverbs that follow a name in news so often that no four-character name
# under one surname ends in them (not every verb: 伊莎貝拉, 烏爾里希 end in characters
# the dictionary tags as verbs).
_GLUED_VERBS = frozenset("调真作获称将于在为曾已并涉遭兼讲")
# Surname tiers that a married woman's double surname is read from (陳方安生).
_MARRIED_TIERS = frozenset({"high", "medium"})
# Words between a title and the name it introduces (委員包括陳大文, 主席為陳大文, 理事的有：陳大文).
_INTRODUCED_REACH = 7  # 名單包括： is six characters
_INTRODUCED = regex.compile(r"(?:(?:的|名单|当选人|当选者)?(?:包括|包含|分别为|分别是|为|是|有))?\s*[:：︰]?\s*$")
# Rule names scored at least this (a title before or after, 先生/女士 after, a
# reporter's credit, a dotted foreign name) stand without the model's say.
KEPT_SCORE = 0.85
# The segmenter's tags for a surname it read as one (晏|清流: nr), or a word it did not know.
_SURNAME_TOKEN_TAGS = frozenset({"nr", "nrfg", "nrt", "x"})
# Function characters that open real given names too (吳在權, 王再生, 蕭如意): taken
# only when titles and delimiters frame the name.
_SOFT_NOT_GIVEN = frozenset("在再如以之其仍更向从")
# Function characters that also end given names often (志和, 玉如, 立之, 素月, 俍任).
_SOFT_LAST_GIVEN = frozenset("和如之月任")
# Of those, the ones that also join two names or items (甲和乙).
_JOINING_SOFT_LAST = frozenset("和")
# In a list of names, a two-character given name may open with these too (林為洲).
_LISTED_SOFT = _SOFT_NOT_GIVEN | {"为"}
# Characters that close a name a title opened (會長莊創業、副會長…).
_BRACKET_OPENERS = frozenset("（(")
# Measure words that are also surnames (位, 名), and the numerals a count ends with.
_MEASURE_WORDS = frozenset("位名")
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千两几")
# The measure words of a count of persons (三人, 兩位, 五名).
_COUNTED = frozenset("人位名")
_DELIMITERS = frozenset("、，,。；;：︰:（(和与及/／")

# Characters that open the word after a name in news prose (在, 的, 表示, 說 …): a
# name followed by one ends there even when the segmenter glued them together.
_FOLLOWERS = frozenset("在的说表指和与及等出亦也称认对为于今昨向将已曾则即就都又还并均皆率偕随接获颁续带致摄、，。,；：:（(")
# Characters the segmenter glues onto the start of a name: function words and
# the date words before it (1893年|亨利·…, 由|塞普…).
_GLUED_BEFORE = FUNCTION_CHARS | frozenset("年月日时由")
_CREDIT = regex.compile(r"(?:(?:记者|编辑|责任编辑|通讯员|实习记者|撰文|报道)\s*[:：︰/／]?|(?<!\p{Han})(?:文|图|摄)\s*[:：︰/／])\s*$")
_DOTS = "·‧•・．"
# The dots that join a transliterated name's parts in the shadow, where a full-width ．
# is written "." (薩拉．杜特蒂); an ASCII "." in the text joins two parts of two
# characters or more only (伊萬.納威, not 就職禮.陳某).
_NAME_JOINTS = _DOTS + "."
_HAN_JOINED = regex.compile(r"\p{Han}\.\p{Han}")
# Parts of a dotted name: Han characters other than the function words that sit
# between two names (比爾·格德和索爾·巴斯).
_NAME_PART = r"[\p{Han}--[的和与及或在于于是为被把对向从到了也都就还而等]]+"
_DOTTED_NAME = regex.compile(rf"{_NAME_PART}(?:[·‧•・．.]{_NAME_PART})+(?:-{_NAME_PART})?", regex.V1)
_HAN = regex.compile(r"\p{Han}")
_HAN_WORD = regex.compile(r"\p{Han}+")
# Dictionary tags of words that can also be (part of) a given name: 中山, 志成.
_NAME_LIKE_TAGS = frozenset("nr nrfg nrt ns nz nt".split())
# 任 / 為 / 是 or an appointment verb right after a name and before a title:
# 陳某任首任校長, 張某是香港大學校長, 陳某榮膺新一屆會長, 李某出任主席.
_APPOINTMENT_VERBS = (
    "荣膺 膺任 膺选 出任 接任 担任 兼任 升任 转任 调任 调升 转调 调 代理 署理 暂代 续任 连任 留任 当选 获选 获委任 获聘 出掌 接掌 "
    "曾任 曾担任 曾出任 现任 现为 原任 原为 历任 先后担任 先后出任 身兼 荣升 荣任 晋升 继任 获推选 蝉联 接替"
).split()
_APPOINTED_AFTER = re.compile(r"[任为是]|(?:" + "|".join(_APPOINTMENT_VERBS) + r")(?:为)?")
_LIST_JOINERS = frozenset("、和与及")
# Last characters of an administrative unit's name (shadow forms).
_POLITY_LAST_CHARS = frozenset("州省市县镇乡区村郡")
# Malaysian honours (shadow forms) before a name the segmenter often cuts (拿督|趙某山|巴貢).
_MALAY_HONOURS = frozenset("拿督 拿督斯里 拿督斯理 丹斯里 丹斯理 拿汀 拿汀斯里 拿督威拉 拿督巴杜卡".split())
# The longest such name, and the tags of a one-character word it may take in (尊 of 某察馬蘭|尊).
_HONOURED_NAME_MAX = 8
_NAME_PIECE_TAGS = frozenset("q ng n nr x".split())
# First characters of a time word the segmenter may not know (今早, 昨午): no part of a name.
_TIME_OPENERS = frozenset("今昨明前本")
# The dictionary's tags of names.
_NAME_WORD_TAGS = frozenset("nr nrfg nrt".split())
# What a list's item may hold before a shorter name read in it: a one-character part (洛|桑次仁) or a part and a dot (阿不都‧|熱依木).
_NAME_PART_BEFORE = regex.compile(r"\p{Han}|\p{Han}{2,5}[‧·・]")
# A list's item that may be a name of no Han surname's shape: Chinese characters, parts joined by ‧ or ·.
_LISTED_ITEM = regex.compile(r"\p{Han}{2,4}|\p{Han}{2,5}[‧·・]\p{Han}{2,5}")
# After 由 and a name: the verb of the agent taking a post (秘書長由甲出任), shadow forms.
_AGENT_VERB_AFTER = re.compile(r"(?:将|会|则)?(?:出任|担任|接任|接替|兼任|代理|署理|暂代|继任|留任|连任|回任)")
# Kinds of person cue that are verbs (出席, 表示): never a given name.
_VERB_CUES = frozenset({"action", "speech"})
# Verbs of holding a post for its holder (甲代任局長), shadow forms.
_ACTING_VERBS = ("代任", "代理", "署理", "署任", "暂代", "暂任")
_CLOSING_QUOTES = frozenset("」”』")
# The first characters of _APPOINTED_AFTER's words and of _COUNT_AFTER_LIST's
# numerals (digits are tested apart), and the characters _CREDIT's words hold: a
# name candidate with none of them around it can take no evidence from those rules.
_APPOINTED_OPENERS = frozenset("任为是") | frozenset(verb[0] for verb in _APPOINTMENT_VERBS)
_COUNT_OPENERS = frozenset("一二三四五六七八九十两")
_CREDIT_CHARS = re.compile("[记编通撰报文图摄]")
# A reporter's credit in brackets, the name alone after 記者 (shadow forms): (記者 某某),
# (專題部記者某某某綜合報導), (記者某某攝).
_BRACKETED_BYLINE = regex.compile(
    r"[（(]\s*[^（()）\s]{0,8}?(?:记者|实习记者|通讯员|特派员)\s*(?P<name>\p{Han}{2,3}?)\s*"
    r"(?:(?:综合|专题|特稿)?\s*(?:报道|报导)|摄影?)?\s*[）)]"
)
# Two reporters' names run together in one bracketed credit ((大紀元記者甲某某乙某某報導)):
# two names of two or three characters, each opening with a common surname.
_BRACKETED_BYLINE_PAIR = regex.compile(
    r"[（(]\s*[^（()）\s]{0,8}?(?:记者|实习记者|通讯员|特派员)\s*(?P<name>\p{Han}{2,3})(?P<second>\p{Han}{2,3})\s*"
    r"(?:(?:综合|专题|特稿)?\s*(?:报道|报导)|摄影?)\s*[）)]"
)
_OPENING_BRACKET = re.compile("[（(]")
# A bracketed year right after a name: its dates of birth and death.
# Time words and adverbs between a name and its verb (陳大文今日表示, 李四昨（5）日出席,
# 王五亦於日前指出, 梵志登將於明年卸任): the cue after them still tells of the name.
_TIME_WORD = r"(?:今|昨|前)(?:[日天晨晚早午]|[（(]\s*\d{1,2}\s*[）)]\s*日)|日前|稍早|明[日天年]|今年|去年|年底|月底"
_BETWEEN_NAME_AND_VERB = regex.compile(
    rf"(?:{_TIME_WORD})?(?:即将|随即|亦|也|已经|已|曾|将|仍|则|并|都|再|正式)?(?:于)?(?:{_TIME_WORD})?"
)
_BETWEEN_OPENERS = frozenset("今昨前日稍明去年月即随亦也已曾将仍则并都再正于")
_LIFESPAN = regex.compile(r"[（(]\s*(?:公元前|前|约|生于|生於)?\s*\d{1,4}\s*年")
# Kinship words that stand right before a name (他的哥哥洛馬納·…).
_KINSHIP = ("哥哥", "姐姐", "弟弟", "妹妹", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "夫人", "太太", "兄长", "祖父", "祖母")
_GLOSS_AFTER = regex.compile(r"(?<=\p{Han})[（(]\s*(?:the\s+)?(?P<name>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*[)）]")
_HAN_RUN = regex.compile(r"\p{Han}+")
# Words right before a transliterated name glossed in Latin letters (的|李爾德（Danny …）).
_GLOSSED_NAME_OPENERS = frozenset("的之和及与、")
_LATIN_GLOSS = regex.compile(r"\s*[（(]\s*(?P<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4})\s*[)）,，]")
# Before a transliterated word these make it a place (在里奇蒙, 到南斯拉夫).
_PLACE_PREPOSITIONS = frozenset("在于到往至从赴来去抵经")
_LIST_ENDS = frozenset("、，,。；;和与及等为任")
# A line that heads a list of names, one to a line (校董名單如下：), and such a line:
# a name alone, or a label (a place, a body) and spaces before it.
_HEADING_LINE = regex.compile(r"(?:名單|名单|如下)\s*[:：︰][ \t\u3000]*\n")
_NAME_LINE = regex.compile(r"[ \t\u3000]*(?:\p{Han}{1,8}[ \t\u3000]+)?(?P<name>\p{Han}{2,4})[ \t\u3000]*")
# What stands before a list's item: 、, a comma, a semicolon or a colon.
_LIST_DELIMITERS = frozenset("、，,；;：︰:")
_SPACES = frozenset(" \u3000\n")
# What may follow a name's last character: a delimiter, a full stop, a bracket, a slash,
# a space or a line end (the text's end too).
_NAME_CLOSERS = _LIST_DELIMITERS | _SPACES | frozenset("。／/∕（(）)」』") | {""}
_BYLINE_SPACES = frozenset(" \u3000")  # between two names of a byline (not a line break: the next line is text)
# Words that open a list of names: 出席的有|甲, 包括|甲.
_LIST_INTRODUCERS = frozenset("的有 包括 分别 依次".split())
# First letters of the tags of words that are no religious name (各位 r, 兩位 m, 這些 r, 昨日 t).
_NOT_NAME_TAG_INITIALS = frozenset("rmqdcpuft")
_NOT_NAME_TAG_INITIALS_AFTER_TITLE = frozenset("rmqcpu")
_CLERIC_JOINERS = frozenset("和及与")
# Last characters of short forms of posts and bodies (中委, 常委, 會長, 教會).
_POST_LAST_CHARS = frozenset("委长会部处局院堂")
# Clerics' titles written after a religious name (法號) with no surname: 星雲大師, 心道法師.
_CLERIC_HEADS = frozenset("法师 大师 和尚 大和尚 老和尚 上人 长老 禅师 尼师 住持 方丈 法王 仁波切".split())
# What opens a list of names: a comma, a semicolon, a colon, a line break or 由 (由甲、乙出任).
_LIST_OPENS = frozenset("，,；;：︰:\n由")
# Words that open a list of names as 由 does (出席者包括甲、乙).
_LIST_OPENING_WORDS = ("包括", "包含")
_LATIN_NAME = regex.compile(r"(?<!\p{Latin})(?:\p{Lu}\.\s?)*\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\p{Ll}+|\p{Lu}{2,}|\p{Lu}\.|de|van|von|der|da|di|du|le|la))*(?!\p{Latin})")  # (a surname in capitals: Cruz SERRA)
# English honorifics before a Latin-script name (Professor David Lee, Dr. Mary Chan): not the name's.
LATIN_HONORIFIC = r"(?:Professor|Prof|Doctor|Dr|Mr|Mrs|Ms|Miss|Madam|Sir|Dame|Reverend|Rev|Hon|Ir)\.?\s+"
_LATIN_HONORIFIC = regex.compile(LATIN_HONORIFIC)
_LATIN_HONORIFIC_BEFORE = regex.compile(LATIN_HONORIFIC + "$")
# Capitalised words that make a Latin-script phrase something other than a person.
_LATIN_NOT_PERSON = frozenset(
    "Inc Ltd Limited Corp Corporation Company Co Group Bank University College School Institute "
    "Association Society Party News Times Post Journal Daily Press Agency Council Committee Foundation "
    "Museum Hospital Airlines Airways Club League Union Federation Centre Center Ministry Department "
    "Office Street Road Avenue River Lake Mountain Island City County State Kingdom Republic Park "
    "The Of And On In For Your My Our One New World Story Show Game Unit Day Night Love "
    "To At With We Me You Us It Is Are Be Let Serve Research Ensemble Orchestra Festival Central "
    "Chairman ViceChairman Chairwoman Chairperson Member Members Treasurer HonTreasurer Secretary HonSecretary Patron".split()
)
# Kinds of places whose name after a surname makes a phrase, not a given name (全香港).
_POLITY_KINDS = frozenset(("country", "region", "province", "continent"))
# Kinds of places a list writes before each name (苗栗|鄭某柱、竹南|盧某蘭: the town of each).
_TOWN_KINDS = frozenset(("city", "district"))
# Segmenter tags of a word that may be the given name after a surname (國柱, 美蘭).
_GIVEN_WORD_TAGS = frozenset(("x", "n", "nr", "nz", "ns", "a"))
# Last characters no name ends in, only places and bodies (…鎮, …市, …廠).
_BODY_OR_PLACE_ENDING = frozenset("省市县镇村街路站队厂馆院社部组处局署厅协银")
# The last character of a Chinese word whose bracketed Latin original is then not
# a person's name (…州（North Carolina）, …盃（Davis Cup）).
_NOT_A_PERSON_ENDING = frozenset("湖山河江岛省州市县镇村街路港湾海峡洋洲国堡城语族教派站队杯盃司会社报台团院馆厂区处局署部厅盟")
# Characters after a transliterated word that make it a place or thing (…湖, …山, …語).
_PLACE_ENDINGS = frozenset("湖山河江岛省州市县镇村街路港湾海峡洋洲国堡城语人族教派纪学站队")


def _agent_frame(shadow: str, start: int, end: int) -> bool:
    """True when 由 stands right before ``[start, end)`` and an agent's verb right
    after it (一職由|甲|出任): the span is the one who takes the post."""
    return shadow[start - 1:start] == "由" and _AGENT_VERB_AFTER.match(shadow, end) is not None


def _titled_name_after(shadow: str, end: int, titles_by_start, surnames) -> bool:
    """True when a title starts at ``end`` and a surname right after it (…和|副會長李明):
    a second titled name follows, so a 和 before ``end`` joins the two."""
    title = titles_by_start.get(end)
    return title is not None and shadow[title.end:title.end + 1] in surnames


@functools.lru_cache(maxsize=65536)
def _given_characters_fit(given: str, not_given: frozenset[str]) -> bool:
    """True when every character of ``given`` is a Han character outside ``not_given``."""
    return bool(_HAN.fullmatch(given[0])) and not any(c in not_given or not _HAN.match(c) for c in given)


def _place_word(context: RecognitionContext, mention: Mention) -> bool:
    """True when ``mention`` is one word the segmenter knows as a place, ending in an
    administrative unit's character (沙巴州 before 首長): no person's name (林洋港, a
    name the dictionary also lists as a place, ends in no such unit)."""
    token = context.token_at(mention.start)
    return (
        token is not None and (token.start, token.end) == (mention.start, mention.end)
        and token.label == "ns" and context.doc.shadow[mention.end - 1] in _POLITY_LAST_CHARS
    )


def _unit_before_title(doc, mention: Mention, title_starts: set[int]) -> bool:
    """True for two characters ending in an administrative unit's character right
    before a title (``title_starts``: where the titles start; 望|萬區|州議員: the
    constituency of Wang Wan, not a 萬 surname): no name."""
    return mention.end - mention.start == 2 and doc.shadow[mention.end - 1] in _POLITY_LAST_CHARS and mention.end in title_starts


def _listed_given_fits(name: str, surname_len: int) -> bool:
    """True when ``name``, read in a list under a surname of ``surname_len``
    characters, has a given name's characters: a married name's second surname and
    given name (朱李月華: 月 is fine there), or a two-character given name that may
    open with a soft function character (林為洲)."""
    if len(name) == 4 and surname_len == 1:
        return _given_characters_fit(name[2:], _MARRIED_NOT_GIVEN)
    given = name[surname_len:]
    if len(given) == 2 and given[0] in _LISTED_SOFT:
        given = given[1:]
    return _given_characters_fit(given, _NOT_GIVEN)


def _written_yu_is_a_name(text: str, shadow: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when every 于 in ``shadow[start:end]`` is written 于 in a traditional
    sentence ``[lo, hi)``: there the preposition is 於, so 于 is a name's (王于漸)."""
    return "於" not in text[start:end] and text[lo:hi] != shadow[lo:hi]


def _respanned(doc, mention: Mention, start: int, end: int) -> Mention:
    """``mention`` moved to ``doc.text[start:end]``, its text and normalized form with it."""
    return replace(mention, start=start, end=end, text=doc.text[start:end], normalized=doc.text[start:end])


@functools.lru_cache(maxsize=65536)
def _married_word_shape(word: str) -> bool:
    """True when the four characters ``word`` (fewer at the text's end) have the
    shape of a married woman's name: see :meth:`PersonRecognizer._married_shape`."""
    tiers = surnames()
    first, second = tiers.get(word[:1]), tiers.get(word[1:2])
    given = word[2:4]
    return (
        first in _MARRIED_TIERS and second in _MARRIED_TIERS
        and word[0] not in _FUNCTION_SURNAMES and word[1] not in _FUNCTION_SURNAMES and word[1] not in _TITLE_SURNAMES
        and len(given) == 2 and not any(c in _FOLLOWERS or c in GLUED_FOLLOWERS or c in _MARRIED_NOT_GIVEN for c in given)
        and not (given[0] in _NUMERAL_CHARS and given[1] in _COUNTED)  # 趙明|三人: a name and a count
    )


_UNREAD = object()  # a word not met before (PersonRecognizer._word_readings)


def _offsets(mentions) -> set[int]:
    """The character offsets the ``mentions`` cover (each span added in one step)."""
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    return covered


def _near_title_ends(titles_by_end) -> frozenset[int]:
    """The offsets at a title's end or up to _INTRODUCED_REACH characters after it:
    where a name may stand that the title introduces (:meth:`PersonRecognizer._evidence`)."""
    return frozenset(k for end in titles_by_end for k in range(end, end + _INTRODUCED_REACH + 1))


def _count_to_two(text: str, word: str) -> int:
    """``text.count(word)`` up to 2 (a higher count is 2): the search stops at
    the second occurrence instead of going through the whole text."""
    first = text.find(word)
    if first < 0:
        return 0
    return 2 if text.find(word, first + len(word)) >= 0 else 1


def _has_dot(text: str) -> bool:
    """True when ``text`` (shadow form) holds one of the dots that join a foreign name's parts."""
    return any(dot in text for dot in _NAME_JOINTS)


class _Union:
    """Membership in either of two sets, without copying them."""

    def __init__(self, first: set[int], second: set[int]):
        self.first, self.second = first, second

    def __contains__(self, item: int) -> bool:
        return item in self.first or item in self.second

    def isdisjoint(self, items) -> bool:
        """True when none of ``items`` (a range, say) is in either set."""
        return self.first.isdisjoint(items) and self.second.isdisjoint(items)


class PersonRecognizer(Recognizer):
    """Finds person names from surnames plus evidence, and transliterated names."""

    label = "PERSON"
    name = "person_evidence"

    def load(self) -> "PersonRecognizer":
        self.surnames = surnames()
        self.written_surnames = written_surnames()
        self.japanese = japanese_surnames()
        self.polities = frozenset(name for name, kind in places().items() if kind in _POLITY_KINDS)
        self.provinces = frozenset(name for name, kind in places().items() if kind == "province" and len(name) == 2)
        self.towns = frozenset(name for name, kind in places().items() if kind in _TOWN_KINDS and len(name) == 2)
        self.compound = {s for s in self.surnames if len(s) == 2}
        self.translit = transliteration_chars()
        self.cues = Matcher(person_cues(), DOCUMENT_MATCHERS)
        self.cue_kinds = person_cues()
        # The characters a cue or a bracketed year opens with: after any other, no cue starts.
        self.cue_openers = frozenset(cue[0] for cue in self.cue_kinds if cue) | frozenset("（(")
        # The characters after a name candidate that some evidence starts with: a
        # cue (or the time word or adverb before it), a verb of appointment, a count,
        # a bracket (digits are tested apart).
        self.evidence_openers = self.cue_openers | _BETWEEN_OPENERS | _APPOINTED_OPENERS | _COUNT_OPENERS | _BRACKET_OPENERS
        # A class of plain characters: the standard library's re runs it about ten
        # times faster than the regex module, with the same matches.
        self.surname_opening = re.compile("[" + "".join(re.escape(c) for c in sorted({name[0] for name in self.surnames if name})) + "]")
        self.rejected = rejected_words()
        self.name_words = names_among_non_names()
        self.model = PersonModel.load()
        self._word_readings: dict[str, tuple[bool, bool] | None] = {}  # (_whole_word_reading, by word)
        return self

    # -- evidence -------------------------------------------------------------------

    def _cue_after(self, shadow: str, end: int, limit: int) -> str:
        """Return the kind of person cue starting at ``end`` (``""`` if none); a
        bracketed year of birth (``（1923年－2010年）``) counts as ``lifespan``."""
        if end < limit and shadow[end] in _BETWEEN_OPENERS:
            end = _BETWEEN_NAME_AND_VERB.match(shadow, end, limit).end()
        if end >= limit or shadow[end] not in self.cue_openers:
            return ""
        if _LIFESPAN.match(shadow, end, limit):
            return "lifespan"
        for length in (4, 3, 2, 1):
            if end + length <= limit:
                kind = self.cue_kinds.get(shadow[end:end + length])
                if kind:
                    return kind
        return ""

    def _candidates(self, context: RecognitionContext, sentence, sentence_id, titles_by_start, titles_by_end, blocked, known_body_ends=frozenset(), near_titles=None, title_starts=None):
        """The names under a surname in ``sentence`` that :meth:`_evidence` backs.

        ``near_titles``: the offsets at or up to four characters after a title's
        end; ``title_starts``: the titles' starts, sorted (both built from the
        titles when not given)."""
        doc = context.doc
        shadow = doc.shadow
        lo, hi = sentence.start, sentence.end
        if near_titles is None:
            near_titles = _near_title_ends(titles_by_end)
        if title_starts is None:
            title_starts = sorted(titles_by_start)
        found: list[Mention] = []
        tags = word_tags()
        # What holds for the whole sentence is found once: whether a blocked offset,
        # a title's start or a credit's word (記者, 攝 …) is in it at all.
        any_blocked = not blocked.isdisjoint(range(lo, hi))
        any_title_start = bisect.bisect_left(title_starts, lo) < bisect.bisect_left(title_starts, hi)
        credit_possible = _CREDIT_CHARS.search(shadow, max(0, lo - 6), hi) is not None
        evidence_openers = self.evidence_openers
        compound, surnames = self.compound, self.surnames
        resume = lo  # the first offset not inside a name found before
        for opening in self.surname_opening.finditer(shadow, lo, hi):
            i = opening.start()
            if i < resume:
                continue
            surname_len = 2 if shadow[i:i + 2] in compound else (1 if shadow[i] in surnames else 0)
            if not surname_len or (any_blocked and i in blocked) or (shadow[i] in _MEASURE_WORDS and shadow[i - 1:i] in _NUMERAL_CHARS):
                continue  # 3位|新成員: a measure word after a count opens no name
            best = None
            # Evidence before the name (a title, a listed body) does not depend on its end.
            evidence_before = i in near_titles or i in known_body_ends
            married = _married_word_shape(shadow[i:i + 4])
            for given_len in ((4 - surname_len,) if married else ()) + (2, 1):
                s, e = i, i + surname_len + given_len
                if e > hi:
                    continue
                # Tested first, as the cheapest test and the one that drops most spans
                # (every test here only drops a span, so their order changes nothing).
                following = shadow[e:e + 1]
                if not (
                    evidence_before or e in titles_by_start or (married and e - s == 4)
                    or following in evidence_openers or following.isdigit()
                    or (credit_possible and _CREDIT_CHARS.search(shadow, max(0, s - 6), s) is not None)
                ):
                    continue  # no kind of evidence can start here: what _evidence would find
                given = shadow[s + surname_len:e]
                not_given = _MARRIED_NOT_GIVEN if married and e - s == 4 else _NOT_GIVEN
                if len(given) == 2 and given[0] in _SOFT_NOT_GIVEN and self._framed(shadow, s, e, hi, titles_by_start, titles_by_end):
                    not_given = not_given - _SOFT_NOT_GIVEN
                if (
                    len(given) >= 2 and given[-1] in _SOFT_LAST_GIVEN and not_given.isdisjoint(given[:-1])
                    and tags.get(given[-2:]) not in _GLUED_WORD_TAGS  # not 曾|擔任: a verb ends there
                    and not (  # 會長陳強|和|副會長李明: 和 joins two titled names (not 主席呂志和|博士)
                        given[-1] in _JOINING_SOFT_LAST and _titled_name_after(shadow, e, titles_by_start, surnames)
                    )
                    and (self._framed(shadow, s, e, hi, titles_by_start, titles_by_end) or self._titled_before_verb(context, shadow, s, e, hi, titles_by_end))
                ):
                    not_given = not_given - {given[-1]}  # 老闆呂志和、, 校長朱葉玉如,: a frame no function word fits
                if "和" in not_given and "和" in given and self._joiner_framed(shadow, s, e, hi, titles_by_start, titles_by_end):
                    not_given = not_given - {"和"}  # 主任黃和平及, 蕭世和先生: no conjunction fits that frame
                if "于" in given and _written_yu_is_a_name(doc.text, shadow, s + surname_len, e, lo, hi):
                    not_given = not_given - {"于"}
                if not _given_characters_fit(given, not_given) or (len(given) == 1 and given in KIN_WORDS):
                    continue  # (許妻, 霍老: a relative or a form of address)
                if len(given) == 2 and self.cue_kinds.get(given) in _VERB_CUES:
                    continue  # 主席應|出席: a verb news writes after a name is no given name
                if any_blocked and not blocked.isdisjoint(range(s, e)):
                    continue
                # A title head inside the candidate (李然會長 → 李然) ends the name.
                if any_title_start and not titles_by_start.keys().isdisjoint(range(s + surname_len, e)):
                    continue
                name = shadow[s:e]
                if (name in self.rejected and not self._titled_name_word(shadow, s, e, titles_by_end)) or tags.get(shadow[s:s + surname_len + 1]) in _FUNCTION_WORD_TAGS:
                    continue  # 包括|鄭…, 向前: the surname character opens a function word
                if (name[-1] in _BODY_OR_PLACE_ENDING or (len(name) == 2 and name[-1] == "大")) and s not in titles_by_end:
                    continue  # 龍湖鎮|黨委書記, 海大|副校長 (a university's short form): a body before a title, not a name
                evidence, score = self._evidence(context, shadow, s, e, hi, titles_by_start, titles_by_end, s in known_body_ends)
                if evidence and (best is None or score > best[2]):
                    best = (s, e, score, evidence)
            if best is not None:
                s, e, score, evidence = best
                found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method=evidence, score=score, sentence_id=sentence_id))
                resume = e
        return found

    def _framed(self, shadow: str, s: int, e: int, limit: int, titles_by_start, titles_by_end) -> bool:
        """True when a title closes the name on one side (議員吳在權、, 及王再生議員)
        and a title, a delimiter, 等 or a person cue on the other (副部長高其興出席), or
        when 由 and an agent's verb close it (一職由甲出任): a frame no function word fits."""
        opened = s in titles_by_end or (shadow[s - 1:s] in _LIST_JOINERS and e in titles_by_start)
        closed = (
            e in titles_by_start or e == limit or shadow[e:e + 1] in _DELIMITERS or shadow[e:e + 2] == "以及"
            or (shadow[e:e + 1] == "等" and shadow[s:e] not in word_tags())  # 鄉長林某某等多人 (not 校長|紀念品等)
            or (s in titles_by_end and bool(self._cue_after(shadow, e, limit)))
        )
        return (opened and closed) or _agent_frame(shadow, s, e)

    def _joiner_framed(self, shadow: str, s: int, e: int, limit: int, titles_by_start, titles_by_end) -> bool:
        """True when 和 inside the given name of ``[s, e)`` cannot join two items: no
        surname follows it inside the name, and a form of address closes the name
        (蕭世和先生), or a verb of news or of appointment follows a 和 that is not the
        name's last character (杜和平調任), or a title opens it and a delimiter, a
        title of no name after it or a speech verb closes it (主任黃和平及, 副局長李金和表示)."""
        given_end = e - 1 if shadow[e - 1] == "和" else e
        if any(shadow[k] == "和" and self.surnames.get(shadow[k + 1]) in ("high", "medium") for k in range(s + 1, given_end)):
            return False  # 局長王和林先生: two persons
        cue = self._cue_after(shadow, e, limit)
        if cue == "honorific":
            return True
        if shadow[e - 1] != "和" and (cue or (shadow[e:e + 1] in _APPOINTED_OPENERS and _APPOINTED_AFTER.match(shadow, e, limit) is not None)):
            return True  # 的杜和平|調任: a verb right after 和 and one more character (not 甲和|出任…的乙)
        if s not in titles_by_end or e >= limit:
            return False
        if e in titles_by_start:
            return not _titled_name_after(shadow, e, titles_by_start, self.surnames)  # 主席呂志和博士 (not 會長陳強和副會長李明)
        return (shadow[e] in _DELIMITERS and shadow[e] != "和") or cue == "speech"

    def _titled_name_word(self, shadow: str, s: int, e: int, titles_by_end) -> bool:
        """True for an ordinary word that is also a common full name (汪洋, 黎明)
        right after a title (省委書記汪洋): it may be a name there."""
        return s in titles_by_end and shadow[s:e] in self.name_words

    @staticmethod
    def _titled_before_verb(context: RecognitionContext, shadow: str, s: int, e: int, limit: int, titles_by_end) -> bool:
        """True when a title ends right before ``s`` and a verb of two or more
        characters, maybe after an adverb, starts a word at ``e`` (秘書甲乙如|代理,
        理事長甲乙之|點名, 議員甲乙任|也|派員): the name's last character is no function
        word there. 和 is left out: before a verb it joins (主席甲和|出席嘉賓)."""
        if s not in titles_by_end or shadow[e - 1] in _JOINING_SOFT_LAST or e >= limit:
            return False
        if shadow.startswith(_ACTING_VERBS, e):
            return True
        verb_start = _BETWEEN_NAME_AND_VERB.match(shadow, e, limit).end()
        if not context.at_boundary(e) or not context.at_boundary(verb_start) or verb_start >= limit:
            return False
        token = context.token_at(verb_start)
        return token.start == verb_start and token.end - token.start >= 2 and token.label.startswith("v")

    def _bare_married_name(self, context: RecognitionContext, shadow: str, s: int, e: int) -> bool:
        """True for four characters of a married woman's name's shape (two common
        surnames, two given characters) with no evidence around them, that stand
        whole between the segmenter's word edges and that the dictionary knows
        neither whole nor in part (林鄭某某, not 陳林兩家 or 黃梁一夢)."""
        if not (self._married_shape(shadow, s) and context.at_boundary(s) and context.at_boundary(e)):
            return False
        tags = word_tags()
        if any(self.surnames.get(c) != "high" for c in shadow[s:s + 2]):
            return False
        return not any(shadow[k:k2] in tags for k in range(s, e - 1) for k2 in range(k + 2, e + 1))

    def _married_shape(self, shadow: str, start: int) -> bool:
        """True when a common surname follows a common surname at ``start``: the
        shape of a Hong Kong married woman's name (陳方安生, 李陳淑貞), read whole."""
        return _married_word_shape(shadow[start:start + 4])

    def _tier(self, doc, start: int) -> str | None:
        """The frequency tier of the one-character surname at ``start``, from its
        written form where that is listed (于, the surname, not 於, the preposition)."""
        return self.written_surnames.get(doc.text[start]) or self.surnames.get(doc.shadow[start])

    def _function_surname(self, doc, start: int) -> bool:
        """True when the surname at ``start`` may be a function word (和, 於, 與): not
        when its written form is the surname's own (于, where 於 is the preposition)."""
        if doc.shadow[start] not in _FUNCTION_SURNAMES:
            return False
        own_form = self.written_surnames.get(doc.text[start]) in ("high", "medium") and self.surnames.get(doc.shadow[start]) == "low"
        return not own_form

    def _evidence(self, context, shadow, s, e, limit, titles_by_start, titles_by_end, after_known_body=False) -> tuple[str, float]:
        """Return ``(method, score)`` for a name candidate at ``[s, e)``, or ``("", 0)``.
        ``after_known_body``: a listed body ends right before it (工聯會|吳秋北)."""
        if e - s == 2 and self._function_surname(context.doc, s) and self.surnames.get(shadow[s + 1]) in ("high", "medium"):
            return "", 0.0  # 議長由|張大明: the function word before a name, not a two-character name
        after_title = titles_by_start.get(e)
        before_title = titles_by_end.get(s)
        if before_title is None and shadow[s - 1:s] in _CLOSING_QUOTES:
            before_title = titles_by_end.get(s - 1)  # 民進黨“立委”甲: a quoted title
        if before_title is None and not titles_by_end.keys().isdisjoint(range(max(0, s - _INTRODUCED_REACH), s)):
            # 委員包括陳大文, 主席為陳大文, 委員：陳大文, 副會長名單包括：陳大文: the title introduces the name.
            introduced = _INTRODUCED.search(shadow, max(0, s - _INTRODUCED_REACH), s)
            if introduced is not None:
                before_title = titles_by_end.get(introduced.start())
        cue = self._cue_after(shadow, e, limit)
        # (_APPOINTED_AFTER is tried only where one of its words can start)
        appointed = _APPOINTED_AFTER.match(shadow, e, limit) if shadow[e:e + 1] in _APPOINTED_OPENERS else None
        appointed = appointed if appointed is not None and self._title_ahead(shadow, appointed.end(), limit, titles_by_start) else None
        ends_word = context.at_boundary(e) or e == limit or not _HAN.match(shadow[e]) or shadow[e] in _FOLLOWERS
        # 司長羅某|某到: the segmenter's guess glued a three-character name's last character
        # onto the word after it; a title before and a function word after end the name there.
        ends_word = ends_word or (e - s == 3 and before_title is not None and self._last_given_glued(context, shadow, e))
        # 會長胡某某|任監事會副主席: a verb of appointment before a title ends a full name, glued or not.
        ends_word = ends_word or (
            appointed is not None and e - s == 3 and before_title is not None
            and word_tags().get(shadow[e - 1:e + 1]) not in _GLUED_WORD_TAGS  # not 陸海|出任: the verb's first character is no name's
        )
        score = 0.0
        method = ""
        if after_title is not None and (context.at_boundary(s) or shadow[s - 1:s] in _LIST_JOINERS):
            method, score = "pattern", 0.9
        if cue == "honorific":
            method, score = "pattern", max(score, 0.9)
        if before_title is not None and ends_word:
            method, score = "pattern", max(score, 0.85)
        elif before_title is not None and cue:
            method, score = "pattern", max(score, 0.85)
        if appointed is not None:
            # A verb of appointment is surer than 任/為/是, which open many words.
            method, score = "pattern", max(score, KEPT_SCORE if appointed.end() - e > 1 else 0.8)
        # 主席由|甲|出任: the agent of a post named before 由, whatever the segmenter glued 由 to
        agent = _agent_frame(shadow, s, e)
        if agent:
            method, score = "pattern", max(score, 0.8)
        count = _COUNT_AFTER_LIST.match(shadow, e, limit)
        counted = count is not None and count.end() in titles_by_start and shadow[s - 1:s] in _LIST_JOINERS
        if counted:
            method, score = "pattern", max(score, 0.8)  # …和杭敏三名副會長: the last name of a counted list
        if ends_word and _CREDIT.search(shadow[max(0, s - 6):s]):
            method, score = "pattern", max(score, 0.85)
        if after_known_body and e - s == 3 and (e == limit or shadow[e] in _DELIMITERS or shadow[e:e + 2] == "以及"):
            # 工聯會吳秋北及民建聯陳克勤: a known body, then a name closed by a delimiter.
            method, score = "pattern", max(score, 0.8)
        if not method and e - s == 3 and shadow[e:e + 1] in _BRACKET_OPENERS and self._titled_bracket(shadow, e + 1, limit, titles_by_start):
            method, score = "pattern", 0.8  # 甲(乙大學副校長、丙醫院主治醫師): the bracket gives the name's titles
        if not method and cue in ("speech", "action", "lifespan") and context.at_boundary(s) and not self._is_word(shadow, s, e):
            method, score = "pattern", 0.7
        if (
            method and after_title is None and cue != "honorific" and e - s == 3
            and self._tier(context.doc, s) != "high" and self._is_word(shadow, s + 1, e) and context.at_boundary(s + 1)
            and context.token_at(s).label not in _SURNAME_TOKEN_TAGS
        ):
            # 任縣長|時|政績, 上任|時|延攬|擔任: a less common surname the segmenter read as a
            # word of its own, then a dictionary word, is no name (not 記者|晏|清流).
            return "", 0.0
        if method and before_title is None and cue != "honorific" and not counted and self._tier(context.doc, s) == "low" and shadow[s:s + 2] not in self.compound:
            return "", 0.0  # a rare surname (和, 成) needs a title before it or 先生/女士 after
        if method and before_title is None and after_title is None and cue != "honorific":
            # Weaker evidence: the segmenter must agree on both edges.
            if not ((context.at_boundary(s) or agent) and ends_word):
                return "", 0.0
        # A one-character given name needs the name to end where a word ends.
        if method and e - s == 2 and not ends_word and after_title is None and not cue:
            return "", 0.0
        if method and e - s == 4 and self._married_shape(shadow, s) and ends_word:
            score = max(score, KEPT_SCORE)  # 梁陳淑芬為委員: a married name with evidence is as sure as a titled one
        elif not method and e - s == 4 and self._bare_married_name(context, shadow, s, e) and ends_word:
            method, score = "pattern", KEPT_SCORE  # 林鄭某某通過…: two surnames and a given name no dictionary knows
        score += 0.01 * (e - s)  # prefer the longer reading when evidence ties
        return method, score

    @staticmethod
    def _last_given_glued(context: RecognitionContext, shadow: str, end: int) -> bool:
        """True when the character before ``end`` opens a word the segmenter guessed
        (no dictionary word) and what follows it there opens a function word or a verb
        (羅某|文到, 張某|軒代任): the character is a name's last, glued onto the next word."""
        token = context.token_at(end - 1)
        if token.start == end - 1 and token.end == end + 1 and shadow.startswith(_ACTING_VERBS, end):
            return True  # 房某|明代|理: the last character and an acting verb's first read as a word (明代)
        if token.start != end - 1 or token.end <= end or token.label != "x":
            return False
        tags = word_tags()
        return (
            shadow[end] in _FOLLOWERS or tags.get(shadow[end]) in _FUNCTION_WORD_TAGS or tags.get(shadow[end:end + 2]) in _FUNCTION_WORD_TAGS
            or shadow.startswith(_ACTING_VERBS, end)
        )

    @staticmethod
    def _titled_bracket(shadow: str, start: int, limit: int, titles_by_start) -> bool:
        """True when a title starts inside the bracket opened before ``start`` (within
        30 characters, before it closes)."""
        for k in range(start, min(start + 30, limit)):
            if shadow[k] in "）)":
                return False
            if k in titles_by_start:
                return True
        return False

    @staticmethod
    def _title_ahead(shadow: str, start: int, limit: int, titles_by_start) -> bool:
        """True when a title starts within 16 characters of ``start`` with no
        punctuation before it (是香港大學校長, 任首任校長, 榮膺商會第50屆會長)."""
        for k in range(start, min(start + 16, limit)):
            if k in titles_by_start:
                return True
            if not _HAN.match(shadow[k]) and not shadow[k].isdigit():
                return False
        return False

    def _is_word(self, shadow: str, s: int, e: int, with_first: bool = False) -> bool:
        """True when the candidate, or its part after the surname, is an ordinary
        dictionary word (全名, 時甚至): a speech verb after it proves nothing.
        ``with_first`` also tests the surname with the next character (成果 in 成果展)."""
        tags = word_tags()
        surname_len = 2 if shadow[s:s + 2] in self.compound else 1
        pieces = [shadow[s:e], shadow[s + surname_len:e]]
        if with_first:
            pieces.append(shadow[s:s + surname_len + 1])
        for piece in pieces:
            tag = tags.get(piece)
            if len(piece) >= 2 and tag is not None and tag not in _NAME_LIKE_TAGS:
                return True
        return False

    def _transliterated(self, context, sentence, sentence_id, blocked, titles_by_end) -> list[Mention]:
        """Names written as parts joined by dots or hyphens (科瑞·舒爾曼, 高登-李維).

        The first and last parts may run into the words around the name: only
        transliteration characters are kept there, plus any one character next to
        the dot (瑞秋·…); function words (和, 的, 於 …) split two names apart.
        """
        doc = context.doc
        shadow = doc.shadow
        found = []
        if not _has_dot(shadow[sentence.start:sentence.end]):
            return found  # the pattern below needs a dot, and is slow to find there is none
        for match in _DOTTED_NAME.finditer(shadow, sentence.start, sentence.end):
            s, e = match.span()
            joints = [i for i in range(s, e) if shadow[i] in _NAME_JOINTS or shadow[i] == "-"]
            first, last = joints[0], joints[-1]
            start = first
            while (
                start > s and start - 1 not in blocked and start not in titles_by_end
                and (shadow[start - 1] in self.translit or start == first)
            ):
                start -= 1
            for kin in _KINSHIP:
                if shadow.startswith(kin, start) and start + len(kin) < first:
                    start += len(kin)
                    break
            end = last + 1
            while end < e and end not in blocked and (shadow[end] in self.translit or end == last + 1):
                end += 1
            start, end = self._word_edges(context, start, end, s, e, first, last, blocked)
            if start >= first or end <= last + 1 or shadow[first] == "-":
                continue
            if any(doc.text[i] == "." and (i - start < 2 or end - i - 1 < 2) for i in joints if start < i < end):
                continue  # 就職禮.陳某: an ASCII full stop between a word's last character and a name
            letters = [c for c in shadow[start:end] if c not in _NAME_JOINTS and c != "-"]
            if sum(c in self.translit for c in letters) < 0.6 * len(letters):
                continue
            if any(k in blocked for k in range(start, end)):
                continue
            regnal = REGNAL.match(shadow, end, sentence.end)
            if regnal and not any(k in blocked for k in range(end, regnal.end())):
                end = regnal.end()  # 腓特烈·威廉四世
            found.append(make_mention(doc, start, end, "PERSON", normalized=doc.text[start:end], method="pattern", score=0.85, sentence_id=sentence_id))
        return found

    def _word_edges(self, context, start: int, end: int, floor: int, ceiling: int, first: int, last: int, blocked) -> tuple[int, int]:
        """Move the edges of a dotted name to where the name's words begin and end.

        An edge inside a segmenter word moves out to the word's edge when it is a
        name or unknown word (瓦德·丹路殊 whose 殊 is no transliteration character),
        back to it otherwise (…葉海亞|宗教), unless only words that follow a name
        are left there (何力特|在). A short unknown word with a transliteration
        character right before the start joins the name (葉甫|根尼·…). Then
        characters the segmenter glued on are dropped: a function or date word
        (年|亨利·…, …·沃夫|於), and the last character of a word before
        (小說家|歐·亨利)."""
        shadow = context.doc.shadow
        tags = word_tags()

        def free(a: int, b: int) -> bool:
            return not any(k in blocked for k in range(a, b))

        if start < first and not context.at_boundary(start):
            around = [t for t in context.tokens_between(floor, first) if t.start < start < t.end]
            if around:
                token = around[0]
                if token.label in UNKNOWN_OR_NAME_TAGS and token.start >= floor and free(token.start, start):
                    start = token.start
                else:
                    start = min(token.end, first)
        elif context.at_boundary(start):
            before = [t for t in context.tokens_between(floor, start) if t.end == start]
            word = shadow[before[0].start:start] if before else ""
            if (
                before and before[0].label == "x" and len(word) <= 2 and _HAN_WORD.fullmatch(word) and free(before[0].start, start)
                and any(c in self.translit for c in word) and not any(c in _NOT_GIVEN for c in word)
            ):
                start = before[0].start
        while start < first - 1 and (
            shadow[start] in _GLUED_BEFORE or any(shadow[p:start + 1] in tags for p in range(max(floor, start - 3), start))
        ):
            start += 1
        if end > last + 1 and not context.at_boundary(end):
            around = [t for t in context.tokens_between(last + 1, ceiling + 1) if t.start < end < t.end]
            if around:
                token = around[0]
                if token.label in UNKNOWN_OR_NAME_TAGS and token.end <= ceiling and free(end, token.end):
                    end = token.end
                elif shadow[end:token.end] not in GLUED_FOLLOWERS:
                    end = max(token.start, last + 1)
        while end > last + 2 and shadow[end - 1] in _FOLLOWERS:
            end -= 1
        return start, end

    def _from_segmenter(self, context, sentence, sentence_id, blocked) -> list[Mention]:
        """Words the segmenter keeps whole that read as names on their own
        (``blocked``: a set of offsets, or a _Union).

        A three-character word (four with a compound surname) opening with a common
        surname that jieba does not know or knows as a name (李登輝); a word of three
        or more transliteration characters that it does not know (or knows as a
        foreign name), unless a place ending follows (…湖, …山, …語).
        """
        doc = context.doc
        shadow = doc.shadow
        tags = word_tags()
        readings = self._word_readings
        found = []
        # (the tokens of three to six characters taken in one comprehension: most are shorter)
        for token in [t for t in context.tokens_in(sentence) if 3 <= t.end - t.start <= 6]:
            word = shadow[token.start:token.end]
            reading = readings.get(word, _UNREAD)
            if reading is _UNREAD:
                reading = remember(readings, word, self._whole_word_reading(word, tags))
            if reading is None or not blocked.isdisjoint(range(token.start, token.end)):
                continue
            chinese, transliterated = reading
            following = shadow[token.end:token.end + 1]
            foreign = (
                transliterated
                and following not in _PLACE_ENDINGS
                and shadow[token.start - 1:token.start] not in _PLACE_PREPOSITIONS
                and not self._continues_word(context, token, tags)
            )
            if chinese and self._is_word(shadow, token.start, token.end, with_first=True):
                chinese = False  # 成果展, 高精密: the segmenter's name tag on ordinary words
            if chinese or foreign:
                found.append(make_mention(doc, token.start, token.end, "PERSON", normalized=doc.text[token.start:token.end], method="model", score=0.6, sentence_id=sentence_id))
        return found

    def _whole_word_reading(self, word: str, tags: dict[str, str]) -> tuple[bool, bool] | None:
        """What a word the segmenter keeps whole can be, as far as the word alone
        tells (:meth:`_from_segmenter` asks once per distinct word): None when it is
        no name (not all Chinese characters, a word that is no name, a place's last
        character); else whether it reads as a Chinese name under a surname, and
        whether its characters and tag fit a transliterated one."""
        if not _HAN_WORD.fullmatch(word) or word in self.rejected or word[-1] in PLACE_LAST_CHARS:
            return None
        tag = tags.get(word)
        surname_len = self._surname_length(word, 0)
        chinese = bool(
            surname_len
            and len(word) - surname_len == 2
            and (
                (tag is None and self.surnames.get(word[:surname_len]) == "high")
                or (tag in ("nr", "nrfg") and self.surnames.get(word[:surname_len]) in ("high", "medium"))
            )
            and not any(c in _NOT_GIVEN for c in word[surname_len:])
        )
        return chinese, (tag is None or tag in ("nrt", "nr")) and all(c in self.translit for c in word)

    def _continues_word(self, context, token, tags) -> bool:
        """True when the next token is more transliteration the segmenter split off
        (特蘭西 | 瓦尼亞): the word is longer than this token, likely a place."""
        following = context.tokens_between(token.end, token.end + 1)
        if not following:
            return False
        word = context.doc.shadow[following[0].start:following[0].end]
        return bool(word) and all(c in self.translit for c in word) and tags.get(word) in (None, "nr", "nrt")

    def _latin(self, context, sentence, sentence_id, blocked, titles_by_end) -> list[Mention]:
        """Names left in Latin script inside Chinese text: two to four capitalised
        words, or one with a title before it or a person cue after it."""
        doc = context.doc
        shadow = doc.shadow
        found = []
        if not context.occurs(CAPITAL, sentence.start, sentence.end):
            return found  # a Latin name starts with a capital
        for match in _LATIN_NAME.finditer(shadow, sentence.start, sentence.end):
            s, e = match.span()
            honorific = _LATIN_HONORIFIC.match(shadow, s, e)
            if honorific is not None:
                s = honorific.end()  # Professor|David Lee
            before = _LATIN_HONORIFIC_BEFORE.search(shadow, max(sentence.start, s - 12), s)
            lead = before.start() if before is not None else match.start()  # where the title may end: 院長|Dr. John Smith
            words = shadow[s:e].split()
            if not words or any(w in _LATIN_NOT_PERSON for w in words) or any(k in blocked for k in range(s, e)):
                continue
            # 行政總裁 John Smith 表示: a space may stand between the Chinese and the name.
            titled = lead in titles_by_end or (shadow[lead - 1:lead] == " " and lead - 1 in titles_by_end)
            cued = bool(self._cue_after(shadow, e + 1 if shadow[e:e + 1] == " " else e, sentence.end))
            if len(words) == 1 and not (titled or cued):
                continue
            opening = shadow[max(sentence.start, s - 4):s].rstrip()
            if opening.endswith(("（", "(")):
                glossed = opening[:-1].rstrip()
                if glossed[-1:] in _NOT_A_PERSON_ENDING or (
                    glossed and s - len(opening) + len(glossed) in titles_by_end
                ):
                    continue  # the original of a place, body or title: 北卡羅來納州（North Carolina）, 行政總裁(Chief Executive)
            score = KEPT_SCORE if len(words) > 1 and titled else 0.6  # 院長Professor A. Lin Goodwin: a title, then two capitalised words
            found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=score, sentence_id=sentence_id))
        return found

    def _transliterated_with_evidence(self, context, sentence, sentence_id, sentence_titles, titles_by_end, blocked) -> list[Mention]:
        """A run of transliteration characters right before a person cue or a title
        (塔爾羅解釋說, 潘沃爾卡先生) or right after a title: a foreign name the
        segmenter split into pieces or does not know."""
        doc = context.doc
        shadow = doc.shadow
        tags = word_tags()
        ends = set()
        for start, end, kind in context.matches(self.cues, sentence):
            ends.add(sentence.start + start)
        if context.occurs(_OPENING_BRACKET, sentence.start, sentence.end):  # a lifespan opens with a bracket
            ends.update(m.start() for m in _LIFESPAN.finditer(shadow, sentence.start, sentence.end))
        ends.update(m.start for m in sentence_titles if m.start > sentence.start)
        found = []
        translit = self.translit
        for end in sorted(ends):
            if end <= sentence.start or shadow[end - 1] not in translit:
                continue  # no transliteration character before it: the run is empty
            start = self._transliteration_start(context, end, sentence.start, blocked, titles_by_end)
            word = shadow[start:end]
            if len(word) < 2 or word in self.rejected or not context.at_boundary(end):
                continue
            tag = tags.get(word)
            if tag is not None and tag not in ("nr", "nrt", "nrfg", "ns", "nz"):
                continue
            found.append(make_mention(doc, start, end, "PERSON", normalized=doc.text[start:end], method="pattern", score=0.75, sentence_id=sentence_id))
        for title in sentence_titles:
            start = title.end
            if start >= sentence.end or start in blocked:
                continue
            end = start
            while end < sentence.end and shadow[end] in self.translit and end not in blocked and shadow[end] not in _FOLLOWERS:
                end += 1
            while end > start and not context.at_boundary(end):
                end -= 1
            word = shadow[start:end]
            token = context.token_at(start)  # the token starting right after the title, if one does
            if token.start != start:
                token = None
            # 總統拜登 (a known foreign name), 首相岸田文雄 (a whole word the segmenter
            # does not know): a name right after a title.
            if (
                len(word) < 3 and token is not None and _HAN_WORD.fullmatch(token.text) and 2 <= len(token.text) <= 4
                and tags.get(shadow[token.start:token.end]) in (None, "nr", "nrt")
                and (word or shadow[start] in self.surnames or any(shadow[start:start + k] in self.japanese for k in (1, 2, 3)))
            ):  # not 檢察官|雖答稱, 法官|複訊後: a word opening with neither a transliteration nor a surname
                end = token.end
                word = shadow[start:end]
            if (
                len(word) == 4 and self.surnames.get(word[0]) == "high" and word[:2] not in self.compound
                and not self._married_shape(shadow, start) and not all(c in self.translit for c in word)
            ):
                # 局長張建宗|署任: a Chinese name is three characters; jieba glued on the next word's first.
                end -= 1
                word = shadow[start:end]
            if self._function_surname(doc, start) and self.surnames.get(shadow[start + 1:start + 2]) in ("high", "medium"):
                continue  # 議長由|張大明: a function word, then a Chinese name
            if len(word) >= 2 and word not in self.rejected and tags.get(word) in (None, "nr", "nrt", "ns", "nz") and not any(m.start < end and start < m.end for m in found) and not any(k in blocked for k in range(start, end)):
                found.append(make_mention(doc, start, end, "PERSON", normalized=doc.text[start:end], method="pattern", score=0.75, sentence_id=sentence_id))
        return found

    def _transliteration_start(self, context, end: int, floor: int, blocked, titles_by_end) -> int:
        """Where a run of transliteration characters ending at ``end`` starts: walk
        left until a non-transliteration character, a blocked one or a title's end,
        then forward to the first word boundary (``end`` if there is none)."""
        shadow = context.doc.shadow
        start = end
        while start > floor and shadow[start - 1] in self.translit and start - 1 not in blocked and start not in titles_by_end:
            start -= 1
        while start < end and not context.at_boundary(start):
            start += 1
        return start

    def _glossed_transliterations(self, context, sentence, sentence_id, blocked, titles_by_end=None) -> list[Mention]:
        """A transliterated name followed by its original in brackets, both names:
        霍普利（Hopley）, 溫特科恩（Winterkorn）; and two to four Chinese characters
        between a title and a personal name in Latin letters (黨魁某勵治(Pierre Lastname)),
        whatever characters the transliteration uses."""
        doc = context.doc
        shadow = doc.shadow
        found = []
        if not context.occurs(CAPITAL, sentence.start, sentence.end):
            return found  # the bracketed original starts with a capital
        for match in _GLOSS_AFTER.finditer(shadow, sentence.start, sentence.end):
            end = match.start()
            start = self._transliteration_start(context, end, sentence.start, blocked, {})
            if (
                start - 1 > sentence.start and self.surnames.get(shadow[start - 1]) in _MARRIED_TIERS and start - 1 not in blocked
                and match.group("name").count(" ") >= 1 and end - start >= 2
                and ((titles_by_end and start - 1 in titles_by_end) or not _HAN.match(shadow[start - 2]) or shadow[start - 2] in _GLOSSED_NAME_OPENERS)
            ):
                start -= 1  # 議員|白恩斯（Parm Bains）, 的|李爾德（Danny Sauter）: a surname's character opens the transliteration
            word = shadow[start:end]
            if len(word) < 2 and titles_by_end and match.group("name").count(" ") >= 1:
                titled = next((k for k in range(end - 2, end - 5, -1) if k in titles_by_end and _HAN_RUN.fullmatch(shadow, k, end)), None)
                if titled is not None and shadow[titled] in _GLOSSED_NAME_OPENERS and end - titled >= 3:
                    titled += 1  # 院長|的|岑浩輝(Sam Hou Fai): the particle after the title opens no name
                start, word = (titled, shadow[titled:end]) if titled is not None else (start, word)
            if len(word) < 2 or word in self.rejected or any(k in blocked for k in range(start, end)):
                continue
            latin_start, latin_end = match.span("name")
            if any(w in _LATIN_NOT_PERSON for w in match.group("name").split()):
                continue
            # The pair is its own evidence: both stand without the model's say (at the
            # cost of a company's name glossed the same way, 沃達豐(Vodafone)).
            found.append(make_mention(doc, start, end, "PERSON", normalized=doc.text[start:end], method="pattern", score=KEPT_SCORE, sentence_id=sentence_id))
            found.append(make_mention(doc, latin_start, latin_end, "PERSON", normalized=doc.text[latin_start:latin_end], method="pattern", score=KEPT_SCORE, sentence_id=sentence_id))
        return found

    def _latin_glosses(self, context, accepted, blocked) -> list[Mention]:
        """The Latin-script original in brackets right after a name: 瑞秋·溫漢（Rachel Winham）."""
        doc = context.doc
        found = []
        for m in accepted:
            match = _LATIN_GLOSS.match(doc.shadow, m.end)
            if match and not any(k in blocked for k in range(*match.span("name"))):
                s, e = match.span("name")
                found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=0.7, sentence_id=m.sentence_id))
        return found

    def _list_neighbours(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """Names listed next to an accepted name (黃某、盧某為…): a surname plus one or
        two characters between 、 (or 和, 與, 及) and the next separator or cue."""
        doc = context.doc
        shadow = doc.shadow
        # Names only the segmenter proposed (method model) may give way to a longer
        # listed name around them (馬|李淑儀 → 馬李淑儀).
        taken = _offsets(m for m in accepted if m.method != "model") | blocked
        found: list[Mention] = []
        queue = collections.deque(accepted)
        credited: set[int] = set()  # starts of names in a byline's list (記者 甲 乙 丙)
        while queue:
            m = queue.popleft()
            if m.method == "model" or not _HAN.match(shadow[m.start]):
                continue
            sentence = doc.sentences[m.sentence_id]
            before = self._listed_before(doc, m, sentence, taken)
            if before is not None:
                found.append(before)
                queue.append(before)
                taken.update(range(before.start, before.end))
            s = m.end + 1
            # In a byline, names are set apart by spaces alone (明報記者 甲 乙 丙).
            spaced = shadow[m.end:s] in _BYLINE_SPACES and (m.start in credited or _CREDIT.search(shadow, max(0, m.start - 8), m.start) is not None)
            if (shadow[m.end:s] not in _LIST_JOINERS and not spaced) or s >= sentence.end:
                continue
            surname_len = self._surname_length(shadow, s)
            if not surname_len:
                continue
            for length in ((4,) if self._married_shape(shadow, s) else ()) + (surname_len + 2, surname_len + 1):
                e = s + length
                if (
                    e <= sentence.end and self._listable(shadow, s, e, surname_len, taken)
                    and (
                        e == sentence.end or shadow[e:e + 3].lstrip(" \u3000")[:1] in _LIST_ENDS  # 乙 、丙: a stray space
                        or self._cue_after(shadow, e, sentence.end) or _COUNT_AFTER_LIST.match(shadow, e)
                        or (spaced and shadow[e] in _SPACES)
                    )
                ):
                    # A married woman's double surname (陳方安生) closed by a list's delimiter is as sure as a titled name.
                    # as is a name in a byline's list (記者 甲 乙).
                    score = KEPT_SCORE if (length == 4 and surname_len == 1) or spaced else 0.7
                    neighbour = make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=score, sentence_id=m.sentence_id)
                    found.append(neighbour)
                    queue.append(neighbour)
                    taken.update(range(s, e))
                    if spaced:
                        credited.add(s)
                    break
        return found

    @staticmethod
    def _without_cleric_joiners(context: RecognitionContext, accepted: list[Mention], titles: list[Mention]) -> list[Mention]:
        """``accepted`` with a name made of a joiner and a religious name between two
        clerics' titles (甲法師|和乙|法師) cut to the religious name: 和 read as a surname."""
        shadow = context.doc.shadow
        cleric_starts = {m.start for m in titles if shadow[m.start:m.end] in _CLERIC_HEADS}
        cleric_ends = {m.end for m in titles if shadow[m.start:m.end] in _CLERIC_HEADS}
        return [
            replace(m, start=m.start + 1, text=m.text[1:], normalized=m.text[1:])
            if m.end - m.start == 3 and shadow[m.start] in _CLERIC_JOINERS and m.start in cleric_ends and m.end in cleric_starts else m
            for m in accepted
        ]

    def _with_bracketed_bylines(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """``accepted`` with the name of a bracketed byline ((記者 某某), (專題部記者某某某綜合報導))
        whole, whatever its shape (a pen name: 子京) or the words it was cut from: a
        reporter's credit names the reporter and nothing else; two names run together
        in one credit, each opening with a common surname, are two reporters."""
        doc = context.doc
        spans = [byline.span("name") for byline in _BRACKETED_BYLINE.finditer(doc.shadow)]
        for byline in _BRACKETED_BYLINE_PAIR.finditer(doc.shadow):
            first, second = byline.span("name"), byline.span("second")
            if all(self.surnames.get(doc.shadow[s]) in ("high", "medium") for s, _ in (first, second)):
                spans += [first, second]
        found = []
        for s, e in spans:
            if any(k in blocked for k in range(s, e)):
                continue
            accepted = [m for m in accepted if not (m.start < e and s < m.end)]
            found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=KEPT_SCORE, sentence_id=context.sentence_id(s)))
        return accepted + found

    def _religious_names(self, context: RecognitionContext, titles: list[Mention], taken: set[int]) -> list[Mention]:
        """Religious names (法號) of two characters right before a cleric's title, set
        off by a delimiter or a title before them (、星雲大師, 理事長圓宗長老): persons."""
        doc = context.doc
        shadow = doc.shadow
        found = []
        title_ends = {m.end for m in titles}
        for title in titles:
            if title.text != title.normalized or shadow[title.start:title.end] not in _CLERIC_HEADS:
                continue  # (a modifier in front, 名譽法師, is no place for a name)
            s, e = title.start - 2, title.start
            if s < 0 or not _HAN_WORD.fullmatch(shadow, s, e) or not taken.isdisjoint(range(s, e)):
                continue
            joined = shadow[s - 1:s] in _CLERIC_JOINERS and s - 1 in title_ends  # 甲法師和|乙法師
            if s > 0 and shadow[s - 1] not in _DELIMITERS and s not in title_ends and shadow[s - 1] not in _SPACES and shadow[s - 2:s] not in _LIST_INTRODUCERS and not joined:
                continue
            # After a title (館長|如常|法師) a time word or an adverb is a name as well.
            not_names = _NOT_NAME_TAG_INITIALS_AFTER_TITLE if s in title_ends else _NOT_NAME_TAG_INITIALS
            if not ZERO.isdisjoint(shadow[s:e]) or not FUNCTION_CHARS.isdisjoint(shadow[s:e]) or word_tags().get(shadow[s:e], "n")[:1] in not_names:
                continue  # 各位|法師, 兩位|長老: a pronoun or count, no name
            if shadow[e - 1] in _POST_LAST_CHARS:
                continue  # 中委|長老: a post's short form (中會委員), no name
            found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=KEPT_SCORE, sentence_id=title.sentence_id))
            taken.update(range(s, e))
        return found

    def _surname_length(self, shadow: str, start: int) -> int:
        """The length of the surname at ``start`` (2 for a compound one), 0 for none."""
        return 2 if shadow[start:start + 2] in self.compound else (1 if shadow[start] in self.surnames else 0)

    def _listable(self, shadow: str, s: int, e: int, surname_len: int, taken: set[int]) -> bool:
        """True when ``shadow[s:e]``, read in a list under a surname of ``surname_len``
        characters, can be a name: Chinese characters, no word that is no name, a given
        name's characters, and no offset already taken."""
        name = shadow[s:e]
        return (
            _HAN_WORD.fullmatch(name) is not None and name not in self.rejected
            and _listed_given_fits(name, surname_len) and taken.isdisjoint(range(s, e))
        )

    def _listed_before(self, doc, m: Mention, sentence, taken: set[int]) -> Mention | None:
        """The name that opens a list right before the accepted name ``m``
        (；梁健行、李冰分任…): a surname and one or two characters (or a married woman's
        double surname and two) between the list's opening (the sentence start, a comma,
        a semicolon, a colon, 由, 包括 or 包含) and 、 — or None."""
        shadow = doc.shadow
        e = m.start - 1
        if e <= sentence.start or shadow[e] != "、":
            return None
        for length in ((4,) if e - 4 >= sentence.start and _married_word_shape(shadow[e - 4:e]) else ()) + (3, 2):
            s = e - length
            if s < sentence.start or (s > sentence.start and shadow[s - 1] not in _LIST_OPENS and not shadow.endswith(_LIST_OPENING_WORDS, sentence.start, s)):
                continue
            surname_len = self._surname_length(shadow, s)
            if surname_len and surname_len < length and self._listable(shadow, s, e, surname_len, taken):
                return make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=0.7, sentence_id=m.sentence_id)
        return None

    def _propagate(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        doc = context.doc
        names = {doc.shadow[m.start:m.end]: m for m in accepted if m.end - m.start >= 2}
        if not names:
            return []
        matcher = Matcher(names)
        taken = {(m.start, m.end) for m in accepted}
        found = []
        for sentence_id, sentence in enumerate(doc.sentences):
            for start, end, original in context.matches(matcher, sentence):
                s, e = sentence.start + start, sentence.start + end
                if (s, e) in taken or any(k in blocked for k in range(s, e)):
                    continue
                found.append(make_mention(doc, s, e, "PERSON", normalized=original.normalized, method="propagated", score=0.8, sentence_id=sentence_id))
        return found

    def rule_mentions(self, context: RecognitionContext) -> tuple[list[Mention], set[int]]:
        """Return the names the rules accept (before propagation) and the offsets
        that titles and organisations block."""
        titles = [m for m in context.found if m.label == "TITLE"]
        titles_by_start = {m.start: m for m in titles}
        titles_by_end = {m.end: m for m in titles}
        titles_by_sentence: dict[int, list[Mention]] = {}
        for m in titles:
            titles_by_sentence.setdefault(m.sentence_id, []).append(m)
        blocked: set[int] = set()
        for m in context.found:
            if m.label in ("ORG", "TITLE"):
                blocked.update(range(m.start, m.end))
        known_body_ends = frozenset(m.end for m in context.found if m.label == "ORG")
        near_titles = _near_title_ends(titles_by_end)
        title_starts = sorted(titles_by_start)
        names_taken: set[int] = set()
        accepted: list[Mention] = []
        for sentence_id, sentence in enumerate(context.doc.sentences):
            taken = _Union(blocked, names_taken)
            translit = self._transliterated(context, sentence, sentence_id, taken, titles_by_end)
            translit += self._latin(context, sentence, sentence_id, taken, titles_by_end)
            taken_here = _offsets(translit)
            translit += self._glossed_transliterations(context, sentence, sentence_id, _Union(taken, taken_here), titles_by_end)
            for m in translit:
                names_taken.update(range(m.start, m.end))
            accepted.extend(translit)
            evidenced = self._candidates(
                context, sentence, sentence_id, titles_by_start, titles_by_end, taken, known_body_ends, near_titles, title_starts,
            )
            evidenced += self._transliterated_with_evidence(
                context, sentence, sentence_id, titles_by_sentence.get(sentence_id, ()), titles_by_end,
                _Union(taken, _offsets(evidenced)),
            )
            accepted.extend(evidenced)
            here = _offsets(evidenced)
            accepted.extend(self._from_segmenter(context, sentence, sentence_id, _Union(taken, here)))
        all_blocked = blocked | names_taken
        accepted += self._list_neighbours(context, accepted, all_blocked)
        accepted += self._latin_glosses(context, accepted, all_blocked)
        # (a name the segmenter alone proposed there may stand: the line is the better evidence)
        accepted += self._heading_list_names(context, all_blocked | _offsets(m for m in accepted if m.score >= KEPT_SCORE))
        return accepted, blocked

    def _heading_list_names(self, context: RecognitionContext, taken: set[int]) -> list[Mention]:
        """Chinese names one to a line under a list heading (校董名單如下：, then 甲, 乙 …,
        or 台北市 甲 with a label before the name), blank lines between them allowed;
        the list ends at the first line that is no such name."""
        doc = context.doc
        text, shadow = doc.text, doc.shadow
        found = []
        for heading in _HEADING_LINE.finditer(text):
            position = heading.end()
            while position < len(text):
                line_end = text.find("\n", position)
                line_end = len(text) if line_end < 0 else line_end
                line = _NAME_LINE.fullmatch(text, position, line_end)
                if line is None:
                    if text[position:line_end].strip():
                        break
                else:
                    s, e = line.span("name")
                    surname_len = self._surname_length(shadow, s)
                    if surname_len and surname_len < e - s and self._listable(shadow, s, e, surname_len, taken):
                        found.append(make_mention(doc, s, e, "PERSON", normalized=text[s:e], method="pattern", score=KEPT_SCORE, sentence_id=context.sentence_id(s)))
                        taken.update(range(s, e))
                position = line_end + 1
        return found

    def scored_candidates(
        self, context: RecognitionContext, accepted: list[Mention], blocked: set[int], kept: list[Mention] = ()
    ) -> list[tuple[Candidate, list[str], Mention | None]]:
        """Return every name candidate with its features and the rule mention of the
        same span (None when no rule found it): the rules' names ``accepted`` and
        the spans :func:`person_model.candidates` proposes, outside ``blocked``.
        ``kept`` are names already certain: a candidate listed next to one (、, 和)
        carries that as a feature."""
        titles = [m for m in context.found if m.label == "TITLE"]
        titles_by_start = {m.start: m for m in titles}
        titles_by_end = {m.end: m for m in titles}
        by_span = {(m.start, m.end): m for m in accepted}
        by_sentence: dict[int, list[Mention]] = {}
        for m in accepted:
            by_sentence.setdefault(m.sentence_id, []).append(m)
        kept_starts = {m.start for m in kept}
        kept_ends = {m.end for m in kept}
        shadow = context.doc.shadow
        occurrences = functools.lru_cache(maxsize=None)(functools.partial(_count_to_two, shadow))
        sorted_blocked = sorted(blocked)
        scored = []
        for sentence_id, sentence in enumerate(context.doc.sentences):
            rules_here = by_sentence.get(sentence_id, [])
            spans = {(c.start, c.end): c for c in candidates(context, sentence, blocked, sorted_blocked)}
            for m in rules_here:
                spans.setdefault((m.start, m.end), Candidate(m.start, m.end, "rule", 0, 1, False))
            for (s, e), candidate in spans.items():
                names = features(context, candidate, titles_by_start, titles_by_end, lambda end, limit=sentence.end: self._cue_after(shadow, end, limit), occurrences)
                rule = by_span.get((s, e))
                if rule is not None:
                    names.append(f"rule={rule.method}:{rule.score:.2f}")
                    names.append(f"rule_kind={rule.method}:{candidate.kind}")
                elif any(m.start < e and s < m.end for m in rules_here):
                    names.append("overlaps_rule")
                if (shadow[s - 1:s] in _LIST_JOINERS and s - 1 in kept_ends) or (shadow[e:e + 1] in _LIST_JOINERS and e + 1 in kept_starts):
                    names.append(f"beside_kept={candidate.kind}")
                scored.append((candidate, names, rule))
        return scored

    def find(self, context: RecognitionContext) -> list[Mention]:
        accepted, blocked = self.rule_mentions(context)
        if self.model is not None:
            # A verb news writes right after a name, glued on by the segmenter, is cut
            # before the model weighs the name (柯某某涉|圖利案).
            accepted = [self._without_glued_verb(context, m) for m in accepted]
            accepted = self._choose(context, accepted, blocked)
            # Names the model chose lend their list neighbours evidence too (a neighbour
            # never takes the place of a chosen name: replacing 麥|鄧某某 by 麥鄧某某 here
            # cost roles on a blind set, realnews14).
            chosen_by_model = [m for m in accepted if m.method == "model" or m.score < KEPT_SCORE]
            if chosen_by_model:
                taken = blocked | _offsets(accepted)
                accepted += self._list_neighbours(context, [replace(m, method="pattern") for m in chosen_by_model], taken)
        accepted = self._with_orphaned_surnames(context, accepted, blocked)
        titles = [m for m in context.found if m.label == "TITLE"]
        title_starts = {m.start for m in titles}
        accepted = [
            m for m in accepted
            if not self._dictionary_phrase(context.doc.shadow, m) and not self._surname_and_polity(context.doc, m)
            and not _place_word(context, m) and not _unit_before_title(context.doc, m, title_starts)
        ]
        # Religious names carry no surname for the model to weigh: their title is the evidence.
        accepted = self._without_cleric_joiners(context, accepted, titles)
        accepted += self._religious_names(context, titles, blocked | _offsets(accepted))
        accepted = self._with_regnal_numbers(context, accepted, blocked)
        accepted = [
            self._without_glued_adverb(context, unglued)
            for m in accepted if (unglued := self._without_glued_word(context, self._without_function_opener(context, m))) is not None
        ]
        found_starts = {m.start for m in context.found if m.label in ("TITLE", "ORG")}
        accepted = [self._without_glued_ren(context, self._without_glued_town(context, m, blocked), found_starts) for m in accepted]
        accepted = self._cut_to_names_written_elsewhere(context, accepted)
        taken = blocked | _offsets(accepted)
        accepted = [self._with_last_given_character(context, m, taken) for m in accepted]
        accepted = self._without_bodies_before_titled_names(context, accepted)
        accepted = self._without_surnames_alone(context, accepted)
        accepted = self._with_bracketed_bylines(context, accepted, blocked)
        accepted = self._with_names_between_listed(context, accepted, blocked)
        accepted = self._with_honoured_names_whole(context, accepted, blocked, titles)
        accepted = self._with_adjacent_transliterations_joined(context, accepted)
        accepted = self._with_transliterated_openings(context, accepted, blocked, {m.end for m in titles})
        # Other persons do not block propagation: 李家超 found in one sentence beats a
        # shorter 李家 read elsewhere when the overlaps are resolved.
        return accepted + self._propagate(context, accepted, blocked)

    def _with_names_between_listed(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """``accepted`` with each list item set between two found names by 、 on both
        sides (甲、向巴平措、乙) read as a name whole: a name of no Han surname's shape
        (向巴平措, 艾力更‧依明巴海), or one of which a shorter name was read (洛|桑次仁,
        阿不都‧|熱依木 after the surname or the part before the dot). An item is two to
        four Chinese characters (or parts joined by ‧), no title or body, and a name of
        the dictionary's or no word of it with no function character."""
        doc = context.doc
        shadow = doc.shadow
        by_start = {m.start: m for m in accepted}
        by_end = {m.end: m for m in accepted}
        taken = blocked | _offsets(accepted)
        replaced: set[int] = set()  # starts of the shorter names an item replaces
        found = []
        for before in accepted:
            s = before.end + 1
            if shadow[before.end:s] != "、":
                continue
            e = shadow.find("、", s, s + 12)
            if e < 0 or e + 1 not in by_start or by_start[e + 1].sentence_id != before.sentence_id:
                continue
            item = shadow[s:e]
            inner = by_end.get(e)
            if inner is not None and inner.start > s and _NAME_PART_BEFORE.fullmatch(shadow, s, inner.start) and blocked.isdisjoint(range(s, e)):
                replaced.add(inner.start)  # 洛|桑次仁, 阿不都‧|熱依木
            else:
                tag = word_tags().get(item)
                if not taken.isdisjoint(range(s, e)) or not (tag is None and FUNCTION_CHARS.isdisjoint(item) or tag in _NAME_WORD_TAGS):
                    continue
            if _LISTED_ITEM.fullmatch(item) is None or item in self.rejected:
                replaced.discard(inner.start if inner is not None else -1)
                continue
            found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="pattern", score=0.7, sentence_id=before.sentence_id))
            taken.update(range(s, e))
        return [m for m in accepted if m.start not in replaced] + found

    def _with_honoured_names_whole(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int], titles: list[Mention]) -> list[Mention]:
        """``accepted`` with each name right after a Malaysian honour (拿督, 丹斯里,
        拿督斯里 …) run on over the words the segmenter does not know or knows as
        names, up to a mark, a title, a dictionary word of another kind or a
        function character (拿督|趙某山|巴貢|出任 → 趙某山巴貢; 丹斯里|某察馬蘭|尊|的),
        or read there whole when no name was (拿督|阿末查|基尤丁, of three characters
        or more, or two before a mark: 拿督|拉端|、): Malay and Kadazan names are long and
        the segmenter cuts them. Names
        such a name runs over are dropped. ``titles``: the document's titles."""
        doc = context.doc
        shadow = doc.shadow
        honours = [m for m in titles if shadow[m.start:m.end] in _MALAY_HONOURS]
        if not honours:
            return accepted
        by_start = {m.start: m for m in accepted}
        taken = _offsets(accepted)
        grown: dict[int, Mention] = {}
        for honour in honours:
            start = honour.end
            name = by_start.get(start)
            if name is None and start in taken:
                continue
            end = self._honoured_name_end(context, start, name.end if name else start, blocked, doc.sentences[honour.sentence_id].end)
            if name is not None and end > name.end:
                grown[start] = replace(name, end=end, text=doc.text[start:end], normalized=doc.text[start:end])
            elif name is None and (end - start >= 3 or (end - start == 2 and shadow[end:end + 1] in _NAME_CLOSERS)):  # 拿督|拉端|、
                grown[start] = make_mention(doc, start, end, "PERSON", normalized=doc.text[start:end], method="pattern", score=0.75, sentence_id=honour.sentence_id)
        if not grown:
            return accepted
        spans = [(g.start, g.end) for g in grown.values()]
        kept = [m for m in accepted if m.start not in grown and not any(s < m.end and m.start < e for s, e in spans)]
        return kept + list(grown.values())

    def _with_adjacent_transliterations_joined(self, context: RecognitionContext, accepted: list[Mention]) -> list[Mention]:
        """``accepted`` with two names that touch, nothing between them, joined into one
        when both are mostly transliteration characters (莫哈末|尤索夫 → 莫哈末尤索夫): one
        long foreign name the rules read in two pieces, not two persons side by side."""
        doc = context.doc
        by_start = {m.start: m for m in accepted}
        joined: dict[int, Mention] = {}
        dropped: set[int] = set()
        for m in sorted(accepted, key=lambda m: m.start):
            if m.start in dropped:
                continue
            current = joined.get(m.start, m)
            after = by_start.get(current.end)
            while (
                after is not None and after.sentence_id == current.sentence_id and after.end - current.start <= _HONOURED_NAME_MAX
                and self._mostly_transliterated(doc.shadow[current.start:current.end]) and self._mostly_transliterated(doc.shadow[after.start:after.end])
            ):
                dropped.add(after.start)
                current = replace(current, end=after.end, text=doc.text[current.start:after.end], normalized=doc.text[current.start:after.end])
                after = by_start.get(current.end)
            joined[m.start] = current
        return [joined.get(m.start, m) for m in accepted if m.start not in dropped]

    def _with_transliterated_openings(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int], title_ends: set[int]) -> list[Mention]:
        """``accepted`` with a transliterated name of three characters or more grown
        back over the word right before it when the segmenter does not know that word
        and it is transliteration characters too (甘納|巴迪勞, 諾丁|蘇萊曼: the first
        part of a Malay name), and with the honour 敦 cut from the front of a name
        after a title (州元首|敦莫哈末…; ``title_ends``: where the document's titles end)."""
        doc = context.doc
        shadow = doc.shadow
        taken = _offsets(accepted) | blocked
        grown = []
        for m in accepted:
            if shadow[m.start] == "敦" and m.start in title_ends and m.end - m.start >= 4:
                m = _respanned(doc, m, m.start + 1, m.end)  # 州元首|敦|莫哈末: the honour Tun before the name
                end = self._honoured_name_end(context, m.start, m.end, blocked, doc.sentences[m.sentence_id].end)
                if end > m.end:
                    m = _respanned(doc, m, m.start, end)
            elif m.end - m.start >= 3 and self._mostly_transliterated(shadow[m.start:m.end]):
                token = context.token_at(m.start - 1) if m.start > 0 else None
                if (
                    token is not None and token.end == m.start and 2 <= token.end - token.start <= 3 and token.label == "x"
                    and taken.isdisjoint(range(token.start, token.end)) and all(c in self.translit for c in shadow[token.start:token.end])
                ):
                    m = _respanned(doc, m, token.start, m.end)
            grown.append(m)
        return grown

    def _mostly_transliterated(self, word: str) -> bool:
        """True for Chinese characters of which at least two in three are transliteration characters."""
        return _HAN_WORD.fullmatch(word) is not None and 3 * sum(c in self.translit for c in word) >= 2 * len(word)

    def _honoured_name_end(self, context: RecognitionContext, start: int, end: int, blocked: set[int], limit: int) -> int:
        """Where a name after a Malaysian honour ends, from ``end`` on: over words the
        segmenter does not know or knows as names and one-character words of no
        function (an unknown word at least half transliteration characters), at most
        ``_HONOURED_NAME_MAX`` characters from ``start``."""
        shadow = context.doc.shadow
        while end < limit:
            token = context.token_at(end)
            if token is None or token.start != end or token.end > limit or token.end - start > _HONOURED_NAME_MAX:
                break
            word = shadow[token.start:token.end]
            if (
                not _HAN_WORD.fullmatch(word) or any(k in blocked for k in range(token.start, token.end))
                or not FUNCTION_CHARS.isdisjoint(word) or word[-1] in GLUED_FOLLOWERS or word[0] in _TIME_OPENERS
                or not (token.label in UNKNOWN_OR_NAME_TAGS or (len(word) == 1 and token.label in _NAME_PIECE_TAGS))
                or (token.label == "x" and len(word) > 1 and 2 * sum(c in self.translit for c in word) < len(word))  # 監誓: a verb it does not know
            ):
                break
            end = token.end
        return end

    def _without_surnames_alone(self, context: RecognitionContext, accepted: list[Mention]) -> list[Mention]:
        """``accepted`` without a two-character name whose second character opens an
        adverb or copula after it (陳|現為, 羅|因是) while a longer name under the same
        surname is found elsewhere: the surname alone stands for that person."""
        shadow = context.doc.shadow
        longer = {shadow[m.start] for m in accepted if m.end - m.start >= 3}
        return [
            m for m in accepted
            if not (m.end - m.start == 2 and shadow[m.start] in longer and shadow[m.start + 1:m.end + 1] in _SURNAME_ALONE_FOLLOWERS)
        ]

    def _cut_to_names_written_elsewhere(self, context: RecognitionContext, accepted: list[Mention]) -> list[Mention]:
        """Return ``accepted`` with each four-character name whose first three
        characters are a three-character name found elsewhere in the document, with
        another character after it, cut to those three (黃某仁|讓 when 黃某仁 stands
        before 自 or a comma elsewhere): the fourth character is the next word's, glued
        on by the segmenter."""
        shadow = context.doc.shadow
        followers: dict[str, set[str]] = {}  # a three-character name -> the characters after it
        for m in accepted:
            if m.end - m.start == 3:
                followers.setdefault(shadow[m.start:m.end], set()).add(shadow[m.end:m.end + 1])
        return [
            _respanned(context.doc, m, m.start, m.end - 1)
            if m.end - m.start == 4 and followers.get(shadow[m.start:m.end - 1], set()) - {shadow[m.end - 1]} else m
            for m in accepted
        ]

    def _without_bodies_before_titled_names(self, context: RecognitionContext, accepted: list[Mention]) -> list[Mention]:
        """Return ``accepted`` less the two-character names under a surname outside
        the high tier written right before a title that another name follows at once
        (明揚|董事長|劉某某): a short name of the title's body (a company), not a
        person's."""
        titles_by_start = {t.start: t for t in context.found if t.label == "TITLE"}
        starts = {m.start for m in accepted}
        return [
            m for m in accepted
            if not (
                m.end - m.start == 2 and m.end in titles_by_start and titles_by_start[m.end].end in starts
                and self._tier(context.doc, m.start) != "high"
            )
        ]

    def _with_orphaned_surnames(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """Return ``accepted`` with each three-character name that a lone surname
        stands before, between a list's delimiter or a title and the name (、麥|鄧某某、,
        主席丘|李某某，), or as a word of its own (只有林|郭某某搶下), widened over it: a
        married woman's double surname."""
        shadow = context.doc.shadow
        taken = blocked | _offsets(accepted)
        title_ends = {t.end for t in context.found if t.label == "TITLE"}
        widened = []
        for m in accepted:
            s = m.start - 1
            framed = (s >= 1 and (shadow[s - 1] in _LIST_DELIMITERS or s in title_ends)) and shadow[m.end:m.end + 1] in _LIST_ENDS
            # 只有|林|郭某某|搶下: the segmenter leaves the surname a word of its own and ends the name where it ends
            alone = s >= 0 and context.at_boundary(s) and context.at_boundary(s + 1) and context.at_boundary(m.end)
            if (
                m.end - m.start == 3 and s >= 0 and s not in taken and (framed or alone)
                and self._surname_length(shadow, m.start) == 1
                and _married_word_shape(shadow[s:m.end]) and not self._function_surname(context.doc, s)
            ):
                m = _respanned(context.doc, m, s, m.end)
                taken.add(s)
            widened.append(m)
        return widened

    def _dictionary_phrase(self, shadow: str, mention: Mention) -> bool:
        """True for a span no name can be: one holding a zero (於二零二五年), or a
        four-character dictionary phrase under a one-character Chinese surname
        (雙喜臨門, 萬象更新; not 范徐麗泰, 豐臣秀吉)."""
        word = shadow[mention.start:mention.end]
        if not ZERO.isdisjoint(word):
            return True
        if len(word) != 4 or word[:2] in self.compound or word[:2] in self.japanese or all(c in self.translit for c in word):
            return False
        return word in word_tags() and not self._married_shape(shadow, mention.start)

    def _surname_and_polity(self, doc, mention: Mention) -> bool:
        """True for a one-character surname below the high tier before the name of a
        country, region or province (全|香港 of 全香港校長): a phrase, not a person's
        name (李|四川 and 劉|瑞士 are names); and for three characters opened by a
        province's two-character name (江蘇|紀 of 江蘇紀監委)."""
        if mention.end - mention.start != 3:
            return False
        if doc.shadow[mention.start:mention.start + 2] in self.provinces:
            return True  # 江蘇|紀監委: a province, and the first character of a body after it
        return self._tier(doc, mention.start) not in (None, "high") and doc.shadow[mention.start + 1:mention.end] in self.polities

    def _without_function_opener(self, context: RecognitionContext, mention: Mention) -> Mention:
        """A four-character name opened by a surname that is also a function word, with
        a common surname after it (副會長由|黎雅明, 及|陳大文), or by a surname that closes
        a dictionary word before it, with a common surname after it (千金|楊某楨, 多謝|彭某新:
        no married woman's double surname): the three-character name."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        if e - s != 4 or self.surnames.get(shadow[s + 1]) not in ("high", "medium"):
            return mention
        word = context.token_at(s)
        if not self._function_surname(context.doc, s) and not (word.start < s and word.end == s + 1 and shadow[word.start:word.end] in word_tags()):
            return mention
        return _respanned(context.doc, mention, s + 1, e)

    def _without_glued_adverb(self, context: RecognitionContext, mention: Mention) -> Mention:
        """A name whose last character is an adverb or preposition that opens the
        clause after it (聞某則|表示, 姚某祥另|提到, 李某輝自|2026年; 卓某泰特|致賀電 after
        three characters under one surname) ends before it."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        glued = shadow[e - 1] in _GLUED_ADVERBS or (e - s == 4 and shadow[e - 1] in _FOURTH_GLUED_ADVERBS and self._surname_length(shadow, s) == 1)
        if e - s < 3 or not glued or not self._surname_length(shadow, s) or e >= len(shadow):
            return mention
        if shadow[e] in _NAME_CLOSERS:
            return mention  # 甲乙則、: the character ends the name before a delimiter
        return _respanned(context.doc, mention, s, e - 1)

    def _with_last_given_character(self, context: RecognitionContext, mention: Mention, taken: set[int]) -> Mention:
        """A name one character short of a delimiter (張佑|任、, 鍾維|和。, 周梁淑|怡、):
        the character left between it and the delimiter is its last given character,
        when that makes a surname and two given characters (or a married woman's
        double surname and two) and the character is no particle, verb of speaking,
        counter or time word (陳大文說：, 李某等、, 甲乙昨(25)日 stay as they are); for
        a married woman's name, also before a word the segmenter starts right after it
        (莊沈俊|信|今年)."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        if e >= len(shadow) or e in taken or not _HAN.match(shadow[e]):
            return mention
        if shadow[s:e + 1] in self.rejected or (
            shadow[e] in _NOT_LAST_BEFORE_DELIMITER and not (shadow[e] in _PREPOSITIONS and shadow[e + 1:e + 2] == "、")
        ):
            return mention  # (張麗|在、: a preposition with no object before a list's comma is a given character)
        married = e - s == 3 and _married_word_shape(shadow[s:e + 1])
        # 龔楊恩|慈|和吳某某: a married woman's name read short, then a joiner and the next listed name
        listed_next = married and shadow[e + 1:e + 2] in _LIST_JOINERS and e + 2 in taken and shadow[e + 2:e + 3] in self.surnames
        if shadow[e + 1:e + 2] not in _NAME_CLOSERS and not listed_next and not (
            # 莊沈俊|信|今年: a married woman's name read short, its last character a word's edge for the segmenter
            married and context.at_boundary(e + 1) and shadow[e] not in _MARRIED_NOT_GIVEN and shadow[e] not in _FOLLOWERS
            and word_tags().get(shadow[e:e + 2]) is None and word_tags().get(shadow[e]) not in _FUNCTION_WORD_TAGS
        ):
            return mention
        surname_len = self._surname_length(shadow, s)
        whole = (surname_len and e - s == surname_len + 1) or married
        if not whole:
            return mention
        return _respanned(context.doc, mention, s, e + 1)

    def _without_glued_verb(self, context: RecognitionContext, mention: Mention) -> Mention:
        """A four-character name under a single surname that ends in one of the verbs
        news writes right after a name (王某慧調|消防局, 柯某某涉|圖利案) is the
        three-character name; any other mention is returned as it is."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        if e - s != 4 or shadow[e - 1] not in _GLUED_VERBS or shadow[s:s + 2] in self.compound or shadow[s] not in self.surnames:
            return mention
        return _respanned(context.doc, mention, s, e - 1)

    def _without_glued_town(self, context: RecognitionContext, mention: Mention, blocked: set[int]) -> Mention:
        """A three-character name made of a town's name and a surname, where the
        segmenter cut the given name off as a word of its own (苗栗鄭|國柱): the surname
        and that word (鄭國柱); any other mention is returned as it is."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        if e - s != 3 or shadow[s:s + 2] not in self.towns or shadow[s + 2] not in self.surnames or e >= len(shadow):
            return mention
        given = context.token_at(e)
        if given.start != e or not 1 <= given.end - e <= 2 or given.label not in _GIVEN_WORD_TAGS or not all(map(_HAN.match, shadow[e:given.end])) or any(k in blocked for k in range(e, given.end)):
            return mention
        return _respanned(context.doc, mention, s + 2, given.end)

    def _without_glued_ren(self, context: RecognitionContext, mention: Mention, found_starts: set[int]) -> Mention:
        """A three-character name under a single surname ending in 任 or 接 right before a
        body or a title (張明任|黨工委書記, 李洋接|運動部部長): the two-character name and the verb."""
        s, e = mention.start, mention.end
        shadow = context.doc.shadow
        if e - s != 3 or shadow[e - 1] not in "任接" or e not in found_starts or shadow[s:s + 2] in self.compound or shadow[s] not in self.surnames:
            return mention
        return _respanned(context.doc, mention, s, e - 1)

    def _without_glued_word(self, context: RecognitionContext, mention: Mention) -> Mention | None:
        """A four-character name under a single surname whose last character opens a
        word with what follows (沈孟儒頒|發, 陳婉嫻續|任; 潘某安|愛將 where the segmenter cut
        before it, even after two surnames), or is one of the verbs news
        writes right after a name (王某慧調|消防局, 張某泰真|除, 許某森作|為: three given
        characters are rare, such a verb glued on by the segmenter is not), is the
        three-character name. A three-character one that is a surname and such a verb
        (吳|宣佈, 尚|包括) is no name: None."""
        shadow = context.doc.shadow
        s, e = mention.start, mention.end
        if e - s == 4 and shadow[s:s + 2] in self.compound and word_tags().get(shadow[e - 1:e + 1]) in _GLUED_WORD_TAGS and not context.at_boundary(e):
            return _respanned(context.doc, mention, s, e - 1)  # 歐陽某|演出: a compound surname, one given character, a word after
        if e - s == 3 and shadow[s] in self.surnames and context.at_boundary(s + 1) and shadow[s + 1:e] in _VERBS_AFTER_NAMES and (
            word_tags().get(shadow[s + 1:e]) or ""
        ).startswith("v"):
            return None  # 吳|宣佈|辭任: a surname standing for a name written before, then a verb
        if e - s != 4 or shadow[s:s + 2] in self.compound or shadow[s] not in self.surnames:
            return mention
        if context.at_boundary(e - 2) and (word_tags().get(shadow[e - 2:e]) or "").startswith("v") and shadow[e - 2:e] in _VERBS_AFTER_NAMES:
            return _respanned(context.doc, mention, s, e - 2)  # 王強|涉嫌|受賄: a two-character name, then a verb news writes after names
        if shadow[e - 1] in _GLUED_VERBS:
            return self._without_glued_verb(context, mention)  # also after two surnames (王惠|慧調)
        tags = word_tags()
        # 潘某安|愛將: the segmenter cut before the last character, which opens a word with the next
        word_after = context.at_boundary(e - 1) and not context.at_boundary(e) and shadow[e - 1:e + 1] in tags
        if all(c in self.translit for c in shadow[s:e]) and not (word_after and self._married_shape(shadow, s)):
            return mention  # 盧本巴希, 伊莎貝拉: a transliterated name is as long as it is
        glued = tags.get(shadow[e - 1:e + 1]) in _GLUED_WORD_TAGS
        first_word, last_word = context.token_at(s), context.token_at(e - 1)
        if (
            first_word.start == s and first_word.end == e - 1 and last_word.end == e and tags.get(shadow[e - 1]) == "v"
            and shadow[e - 1] not in _SOFT_LAST_GIVEN and not any(m.start == e and m.label == "TITLE" for m in context.found)  # not 朱葉玉如|教授
        ):
            return _respanned(context.doc, mention, s, e - 1)  # 賴某珠|做: three characters the segmenter kept whole, then a verb
        if self._married_shape(shadow, s) and not ((glued or word_after) and not context.at_boundary(e)):
            return mention  # 陳方安生|出席 stays whole; 梁惠敏|作出 (a word across the end) does not
        if tags.get(shadow[e - 1]) != "v" and not glued and not word_after:
            return mention
        return _respanned(context.doc, mention, s, e - 1)

    @staticmethod
    def _with_regnal_numbers(context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """Return ``accepted`` with each name that a regnal number follows (教宗某某|五世)
        widened over the number."""
        doc = context.doc
        taken = _offsets(accepted)
        widened = []
        for m in accepted:
            regnal = REGNAL.match(doc.shadow, m.end)
            if regnal and not any(k in blocked or k in taken for k in range(m.end, regnal.end())):
                m = _respanned(doc, m, m.start, regnal.end())
            widened.append(m)
        return widened

    def _delimited_name(self, doc, mention: Mention) -> bool:
        """True for a three-character word under any surname (not one written as a
        function word) that the dictionary does not know as a word: with evidence on
        both sides, its given part may be an ordinary word (莊創業, 甯漢豪)."""
        word = doc.shadow[mention.start:mention.end]
        return (
            len(word) == 3 and word[0] in self.surnames and not self._function_surname(doc, mention.start)
            and word_tags().get(word, "nr") in _NAME_LIKE_TAGS
        )

    def _plain_chinese_name(self, doc, mention: Mention) -> bool:
        """True for a two- or three-character name under a common surname (high or
        medium tier, not one that is also a function word) that the dictionary does
        not know as an ordinary word (文藝, 高興), nor as a surname before a common
        word (古|建築 of 古建築專家): the shape title-backed names take in news."""
        shadow = doc.shadow
        word = shadow[mention.start:mention.end]
        tags = word_tags()
        given = word[1:]
        if len(word) == 4 and self._married_shape(shadow, mention.start):
            return tags.get(word[2:], "nr") in _NAME_LIKE_TAGS or word_frequency(word[2:]) < _COMMON_WORD_FREQUENCY
        return (
            len(word) in (2, 3)
            and self._tier(doc, mention.start) in ("high", "medium")
            and not self._function_surname(doc, mention.start)
            and tags.get(word, "nr") in _NAME_LIKE_TAGS
            and not (len(given) == 2 and tags.get(given, "nr") not in _NAME_LIKE_TAGS and word_frequency(given) >= _COMMON_WORD_FREQUENCY)
            # 方面|有, 官員|有, 權力|予: the surname and the next character make a common word
            and not (len(word) == 3 and tags.get(word[:2], "nr") not in _NAME_LIKE_TAGS and word_frequency(word[:2]) >= _COMMON_WORD_FREQUENCY)
        )

    def split_by_evidence(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> tuple[list[Mention], list[Mention], set[int]]:
        """Split the rules' names into those kept whatever the model says (a plain
        Chinese name next to a title or an honorific, or a dotted foreign name: score
        at least ``KEPT_SCORE``) and those the model weighs; return both, and
        ``blocked`` plus the kept names' offsets."""
        shadow = context.doc.shadow
        title_ends = {t.end for t in context.found if t.label == "TITLE"}
        title_starts = {t.start for t in context.found if t.label == "TITLE"}
        kept = [
            m for m in accepted
            if m.score >= KEPT_SCORE and (
                self._plain_chinese_name(context.doc, m)
                or any(c in _DOTS for c in shadow[m.start:m.end]) or _HAN_JOINED.search(shadow, m.start, m.end) is not None
                or _LATIN_NAME.fullmatch(shadow, m.start, m.end) is not None  # a titled, cued Latin name
                or _GLOSS_AFTER.match(shadow, m.end) is not None  # 魯比歐(Marco Rubio): glossed by its original
                or (m.end - m.start == 3 and self._tier(context.doc, m.start) in ("high", "medium")
                    and not self._function_surname(context.doc, m.start) and self._framed(shadow, m.start, m.end, len(shadow), title_starts, title_ends))
                # a title before and a cue, a title or punctuation after (局長甯某某女士, 會長莊創業、)
                or (m.start in title_ends and self._delimited_name(context.doc, m) and (
                    m.end in title_starts or shadow[m.end:m.end + 1] in _DELIMITERS
                    or self._cue_after(shadow, m.end, len(shadow)) or m.end == len(shadow)
                ))
            )
        ]
        kept_ids = {id(m) for m in kept}
        weighed = [m for m in accepted if id(m) not in kept_ids]
        return kept, weighed, blocked | _offsets(kept)

    def _choose(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        """Keep the rules' well-evidenced names, then the candidates (the other rule
        names included) the model scores at or above its threshold, likeliest
        first, without overlaps."""
        doc = context.doc
        kept, weighed, blocked = self.split_by_evidence(context, accepted, blocked)
        ranked = []
        for candidate, names, rule in self.scored_candidates(context, weighed, blocked, kept):
            probability = self.model.probability(names)
            if probability >= self.model.threshold and not _LATIN_NOT_PERSON.intersection(doc.shadow[candidate.start:candidate.end].split()):
                ranked.append((probability, candidate.start, candidate.end, rule))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        chosen = list(kept)
        for probability, s, e, rule in likeliest_without_overlaps(ranked):
            if rule is not None:
                chosen.append(rule)
            else:
                chosen.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method="model", score=round(probability, 3), sentence_id=context.sentence_id(s)))
        taken = _offsets(chosen)
        # The Latin original in brackets after a chosen name is a name too: 羅賓遜（Robinson）.
        for gloss in self._latin_glosses(context, chosen, blocked):
            if not any(k in taken for k in range(gloss.start, gloss.end)):
                taken.update(range(gloss.start, gloss.end))
                chosen.append(gloss)
        return sorted(chosen, key=lambda m: (m.start, m.end))
