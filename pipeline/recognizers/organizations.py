"""ORG: known bodies, names built on organisation suffixes, and abbreviations the text defines.

Known bodies (``organizations.tsv``) are normalised to their canonical name. A
suffix-built name (``…聯誼會``, ``…事務局``) takes its left edge from the segmenter:
the walk left from the suffix goes over name-like words, places and enclosing
bodies (which become the ``parent`` of a nested name) and stops at punctuation,
function words, predicates and numbers. ``全名（簡稱）`` makes the short form an
alias for the rest of the article.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

import regex

from ..document import Mention, Sentence, Span
from ..lexicons import to_shadow_key
from ..segmenter import word_tags
from .base import DOCUMENT_MATCHERS, Matcher, RecognitionContext, Recognizer, make_mention
from .person_model import LATIN_LETTER
from .persons import LATIN_HONORIFIC
from .titles import title_head_matcher
from .resources import (
    known_organizations, latin_given_names, org_name_words, org_suffixes, org_task_words, organization_kinds, places, surnames,
    title_prefixes, transliteration_chars,
)

__all__ = ["OrgRecognizer"]

_MAX_NAME = 24
# Bodies listed before the title they share (甲委員會、乙委員會和丙局委員).
_BODY_LIST_JOINERS = frozenset("、和及与")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?]")
_LISTED_BODY_REACH = 30
# Words that end a name on its left: function words and predicates of news prose.
_STOP_WORDS = frozenset(
    "的 了 着 过 地 得 在 由 于 为 是 向 对 将 从 被 把 给 让 使 以 并 也 都 已 就 又 之 其 所 而 或 至 到 有 这 那 "
    "各 每 该 本 此 及其 等 等等 即 由于 因为 通过 经过 根据 按照 关于 对于 包括 以及 其中 我们 他们 她们 你们 我 他 她 "
    "出席 举办 举行 主办 协办 承办 合办 主持 表示 指出 参加 参与 参观 访问 走访 成立 推出 组建 签署 签约 发布 宣布 "
    "加盟 荣获 荣调 荣升 荣陞 荣任 解散 联同 并联 同一 一众 结果 效力 转投 代言 "
    "支持 加入 担任 出任 兼任 当选 获 获得 获委任 委任 任命 率领 带领 联合 共同 会见 接见 邀请 出访 来自 位于 隶属 "
    "荣膺 膺任 膺选 接任 升任 连任 续任 留任 获选 获聘 被选为 选为 选出 推举 升为 晋升为 聘为 受命 出掌 接掌 就任 转任 调任 调升 转调 代理 署理 暂代 暂任 署任 代任 推荐 改任 晋升 后任 再任 "
    "属于 透过 成为 作为 代表团 筹组 另组 组建 组成 创立 创建 创办 赴 往 来 去 前往 到访 抵达 离开 回到 致辞 讲话 发言 呼吁 希望 认为 强调 介绍 "
    "今天 昨天 明天 今日 昨日 去年 今年 明年 近日 日前 目前 当前 同时 此外 另外 其后 随后 期间 以来 过去 以往 早前 此前 先前 往年 近年 早年 昔日 原本 之前 "
    "当时 现时 现在 现存 现为 现称 现职 原为 改为 改称 流经 规定 距 距离 原 现 时 指 历任 曾任 现任 原任 委派 派 就读 就读于 毕业于 "
    "昨晚 今晚 明晚 今早 昨早 今午 上午 下午 中午 晚上 早上 假 假座 借座 新一届 本届 上届 今届 历届 首届 "
    "先生 女士 小姐 太太 夫人".split()
)
# Verbs of taking a post that close a longer word of the segmenter's (高票當選, 順利連任), shadow forms.
_TAKING_POST_VERBS = ("当选", "出任", "担任", "连任", "接任", "获选", "选为", "委任", "任命")
_CONJUNCTIONS = frozenset("和 与 及 暨 同 跟 、".split())
# Marks that close a name (行政總裁歐冠昇、).
_NAME_CLOSING_MARKS = frozenset("、，,。；;（(")
# Verbs of founding before what is founded (籌組新黨), shadow forms.
_FOUNDING_VERBS = ("另组", "筹组", "自组", "共组", "组建", "组成", "成立", "创立", "创建", "创办")
# Measure words before a noun (一個新黨, 這家銀行), shadow forms.
_MEASURE_WORDS = frozenset("个 家 间".split())  # (not 支: 一支英軍 is the British army)
# One-character endings of a unit inside a body (中聯辦宣文部, …協調處).
_UNIT_ENDINGS = frozenset("部处局司厅")
# Units whose head's title repeats their last character (行政組|組長, 總務科|科長, 某某司|司長).
_REPEATED_UNIT_CHARS = frozenset("组科课股室队班司")
# The most characters of a unit's own name between its body and the unit's ending (衛福部|護理及健康照護|司).
_MAX_UNIT_NAME = 8
# A member's seat and office, after the member's name (陳某某|立委服務處), shadow forms.
_MEMBER_OFFICE = regex.compile(r"(?:立法委员|立委|国会议员|市议员|县议员|区议员|议员)服务处")
# Before a member's name, the mark of a list of members who share the office (甲、乙議員服務處).
_MEMBER_LIST_JOINERS = frozenset("、,，")
_UNIT_JOINERS = frozenset("偕与及")  # before a unit opening a list's item: ，偕|僑務組組長
# Police and fire squads: a known short form ending in their first character is cut (義警大|隊).
_SQUADS = frozenset("大队 中队 分队 小队".split())
# A body's meetings, which end like a body (…大會) but employ no one.
_MEETINGS = ("会员大会", "会员代表大会", "周年大会", "股东大会", "特别大会", "年会", "大会主席团")
# Associations whose ending closes with 年會 like an annual meeting (青年會, the YMCA and youth associations).
_YOUTH_ASSOCIATIONS = ("青年会", "少年会")
# Endings of a township's own office, which a 區長/鄉長 after them heads (區公所, 鄉公所).
_OFFICE_ENDINGS = ("公所", "办公室", "办事处")
# Status words of a post that may stand before its body (現職高等法院…法官).
_STATUS_LEADS = ("现职", "现任", "时任", "前任", "新任", "原任", "署理", "候任")
# A company name in Latin script: capitalised words (and &, of, and) before a legal form.
_LATIN_COMPANY = regex.compile(
    r"(?<![\p{Latin}\d])(?:(?:[A-Z][\p{Latin}\d&'.-]*|[A-Z]{2,}|&|and|of|the)\s+){1,7}?"
    r"(?:Holdings\s+(?:Limited|Ltd\.?|Inc\.?|Corp\.?|PLC|plc)|(?:Company|Co\.),?\s+(?:Limited|Ltd\.?)|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?|"
    r"Limited|Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|PLC|plc|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|Holdings|Group)"
    r"(?![\p{Latin}\d])"
)
# A body named in Latin script right before a title: one to four capitalised words or
# acronyms (Northwind執行長, Harbour Crest董事, ACME CEO), a space allowed before the title.
_LATIN_BODY_BEFORE = regex.compile(r"(?<![\p{Latin}\d.&'-])(?:(?:\p{Lu}[\p{Latin}\d&'.-]*)(?: (?=\p{Lu})|(?= ?$))){1,4} ?$")
# English words for a post, which a bilingual line-up writes before the next Chinese title
# (理事甲先生 Mr A B, Member|理事乙): no body's name.
_ENGLISH_POST_WORD = regex.compile(r"(?i)member|chair|treasurer|secretary|director|president|patron|officer|manager|executive|council|conductor|founder|advis[eo]r|for life")
# A stock code in brackets right after a company's name: (00195-HK), (0005.HK), (662), (2330).
_STOCK_CODE = regex.compile(r"[（(]\s*(?P<digits>\d{3,6})\s*(?:[-.．]\s*(?P<market>HK|TW|SZ|SH|SS|US))?\s*[）)]")
_STOCK_CODE_MARK = re.compile(r"[（(]\s*\d{3}")
_MAX_LISTED_NAME = 10
# Two Chinese characters: around a listed short form, the names it would cut (甲和|黃某某).
_HAN_PAIR = regex.compile(r"\p{Han}{2}")
# What a match of _LATIN_COMPANY holds: a capital letter, or the legal form plc.
_LATIN_COMPANY_MARK = re.compile(r"[A-Z]|plc")
# Business words that end far more noun phrases (香港科技, 消費電子, 香港建設) than names: only a
# coined name (瑞晟科技) or a title after makes them a company's ending.
_COINED_NAME_ONLY = frozenset("科技 电子 建设".split())
# 會 before 長 is far more often a word of its own (新一屆|會長) than a body's last character.
_NOT_SHARED = frozenset("会")
# Units whose head's title takes a two-character portfolio whole (財政組長, 印尼代表處|僑務組長),
# though a unit with a longer name is a body (體育署|運動設施組|組長).
_PORTFOLIO_UNITS = frozenset("组")
# Words before a bare organisation ending that make it no short form (各協會, 兩間公司).
_NOT_BEFORE_SHORT_FORM = frozenset("各多两间家个些其他等")
# Function words that open or close a guessed (out-of-dictionary) word that is no
# part of a name: 這是, 被徵, 躲到.
_UNKNOWN_WORD_OPENERS = frozenset("这那被把给让在于从向对将是的了每各该其此喺")
_UNKNOWN_WORD_CLOSERS = frozenset("到是的了在着过给于为本该任接调赴向以")
# An ordinal written right before a unit's ending: 第一|大隊.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百0-9]+")
# Prepositions the segmenter glues onto the first characters of a name after them.
_GLUED_PREPOSITIONS = frozenset("由以替为")
# A term between a body and its title: 工商聯|第十七屆|會長.
_TERM_AFTER = regex.compile(r"(?:第[一二三四五六七八九十百\d]+|新一|本|今|下|上)届")
# Characters that refer back to a body named before them (本公司, 該會), and the ending of a
# delegation (代表團, 訪問團): neither ending alone names a body of its own.
_DEICTIC_CHARS = frozenset("本该此其")
_GROUP_FOR_AN_OCCASION = regex.compile(r"(?:考察|访问|参访|交流|庆贺|观摩|参观|代表)团$")
# Words describing a title's holder, written right before the title (外籍署長, 首位華裔局長).
_HOLDER_DESCRIPTORS = frozenset("外籍 华裔 英籍 美籍 本地 女性 首位 首名 首个 女".split())
# A count of the holders between a body and their title (業務部|3位|負責人, 該部|兩名|副部長).
_COUNT_AFTER = regex.compile(r"[\d一二三四五六七八九十两]+\s*[位名]")
# Tags of words the segmenter guessed (out of its dictionary) or abbreviated.
_GUESSED_TAGS = frozenset("x nr j".split())
_COUNTED = regex.compile(r"[一二三四五六七八九十百兩两幾几\d]+[所間间家個个座]")
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万两几第0123456789")
# Characters that open a guessed word around a function word (據市, 使該, 有蒙寶): no coined name.
_NOT_NAME_OPENERS = _UNKNOWN_WORD_OPENERS | frozenset("据使有令与和及并也都就又还以为由")
# Function words the segmenter glues to a name before them (何家俊為, 陳大文及).
_GLUED_ENDINGS = _CONJUNCTIONS | frozenset("为 是 任 在 由 调 升 获 向".split())
# What follows 署 when it opens 署任 or 署理 (acting in a post), not a bureau's ending.
_ACTING_AFTER_SHU = frozenset("任理")
# A byline's outlet: after an opening bracket, before the reporter's title, maybe
# closed by a bracket of its own ([某某新聞雲]記者, 【某某網記者…】), without the 訊 or
# a paper's 網訊 after it (【某某商報網訊】). Not 本報, 本台.
_BYLINE_MARK = re.compile(r"记者")
_BYLINE_OUTLET = re.compile(
    r"[【\[［〔(（]\s*(?P<outlet>[^\s【】\[\]［］〔〕()（）,，。:：/／╱|｜0-9]{3,12}?)(?:(?<=[报社台刊])网讯|专讯|讯|电)?\s*[】\]］〕)）]?\s*(?=记者)"
)
_OWN_OUTLET = ("本", "记者")
# Segmenter tags of a company's short name: a word it does not know, or knows as a name.
_SHORT_NAME_TAGS = frozenset("x nz nt j nr nrt".split())
# Titles a body's short name may stand before (海大|副校長, 銀娛|主席).
_SHORT_NAMED_CATEGORIES = frozenset({"corporate", "media"})
_SHORT_NAMED_HEADS = frozenset({"主席"})
# Between two titles one person holds (副董事長及常務董事, 主席兼行政總裁).
_TITLE_JOINER = regex.compile(r"\s*(?:、|及|和|兼|暨|与)\s*")
_FOUNDING_WORDS = frozenset("创社 创院 创校 创团 创会 创办".split())
# Words that lead into a list item or an agent: 包括|陽明董事長甲, 由|華新總經理乙.
_ITEM_LEADS = frozenset("有 包括 包含 由 及 和 與 与 暨 以及 為 为 是".split())
# A party committee: after a polity it is that polity's body, even where a title
# head opens with it (黨委書記).
_PARTY_COMMITTEES = frozenset({"党委"})
# Before a body opening its clause as its subject: when it acts (工業總會|今午舉行午宴).
_SUBJECT_WHEN = re.compile(r"今天|今日|昨天|昨日|今午|今早|今晚|昨晚|日前|近日|早前|前日|本月|上月|上週|上周|[今昨明][（(]")
# Legal forms of a company (in the shadow's characters): only a registered name ends in one.
_LEGAL_FORMS = ("有限公司", "有限责任公司")
# A body's own name in Latin letters in brackets after it (某某促進會(Chinese for Affirmative Action)).
_LATIN_NAME_AFTER = re.compile(r"[（(][A-Z][A-Za-z&.,'’ -]{1,60}[)）]")
# What may stand right before a clause's or a list item's first word.
_ITEM_OPENERS = frozenset("，,、；;：:。！？!?「『“（(\n \u3000")
# Parts of speech that end a registered company's name walked back from its legal form.
_FUNCTION_TAGS = frozenset("u uj ul uv uz ug ud p r rr rz d m mq q c y e o f t tg".split())
# Prepositions, conjunctions and particles: a surname character so tagged is a function word (由, 與;
# not 何, which the segmenter often tags a pronoun in a name).
_PARTICLE_TAGS = frozenset("p c u uj ul uv uz ug ud y e o".split())
# Parts of speech of a unit's name right before a title whose first character ends the
# unit (國民教育|科長 is l, 照護|司長 v, 綜合|規劃 vn).
_SHARED_NAME_TAGS = frozenset("l v vn a i".split())
# Nouns that may open an association's name before a verb of its name (公民|參與協會).
_NAME_NOUN_TAGS = frozenset("n nz vn".split())
# What may stand before a village's name written before its chief's title: a break or the district it is in.
_VILLAGE_OPENERS = frozenset("，,、；;：:。「（(\n \u3000区乡镇市县")
_STOP_TAGS = frozenset("u uj ul uv uz ug ud p r rr rz d m mq q tg f c y e o zg v vd a ad i l h".split())
# Parts of speech that name something specific: a suffix-built name needs one of
# them (or an enclosing body, or a title right after it) to count as a name.
_PROPER_TAGS = frozenset("ns nt nz nr nrt nrfg j eng".split())
# Segmenter tags of a word that may be a person's name (unknown words, names): a school
# ending in a strong suffix right before one is named (文山國小|陳大文).
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})
# Endings of bodies named after a person (某某基金會, 某某紀念中學): a person's name before them names the body.
_EPONYM_ENDINGS = ("基金会", "慈善基金", "教育基金", "纪念中学", "纪念小学", "纪念学校", "纪念医院", "纪念幼稚园", "乐团", "剧团", "舞团")
# Parts of speech after a weak suffix that show the word goes on (香港國際 in 香港國際創科展).
_CONTINUING_TAGS = frozenset("n nz vn x j nt ng an l i".split())
_OPENING_BRACKETS = frozenset("(（")
# Words for a group of holders before their title (一眾|副主席, 各位|理事): no company's short name.
_GROUP_WORDS = frozenset("一众 众多 各位 诸位 全体 一班 一批 一群 多位 多名 数位 几位".split())
# What closes a bracket.
_CLOSING_BRACKETS = frozenset(")）")
# Committees named by their task alone (提名委員會, 審計委員會): the words of the task.
_COMMITTEE_ENDINGS = frozenset({"委员会"})
_TASK_TAGS = frozenset("n vn nz j".split())
_GENERIC_COMMITTEE_WORDS = frozenset("相关 有关 其他 其它 专门 专项 专责 特别 临时 常设 工作 全体 所有 各个 个别 这个 那个 上述 委员".split())
# Suffixes that are also a grammatical particle before a verb.
_PARTICLE_SUFFIXES = frozenset({"所"})
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z&]")
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z&]+|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")  # T1, 3M: letters with digits
_HAN_WORD = regex.compile(r"\p{Han}+")
# A name in quotation marks or brackets: 「前任行政長官及政治委任官員離職後工作諮詢委員會」,
# 牧師（前鎮教會）; not a defined short form (（簡稱…）).
_QUOTED = regex.compile(
    r"[「『“\"（(](?!简称|下称|以下)(?P<name>[^「」『』“”\"（）()，,。；;：:！!？?、\s]{3,40})[」』”\"）)]"
)
_QUOTE_OPENERS = re.compile("[「『“\"（(]")  # _QUOTED's first character
# What follows a verb (辦的, 辦了, 辦過), not an office's name.
_PARTICLES_AFTER_VERB = frozenset("的了过")
# What may stand before the body a sentence opens with: spaces, marks and a date.
_SENTENCE_OPENING = regex.compile(r"[\s\p{P}]*(?:[\d０-９一二三四五六七八九十〇]+\s*[年月日號号]\s*){0,3}[\s\p{P}]*")
# Endings that also name a class of bodies, and the words that make such a class
# (國際|組織, 愛國|社團, 非牟利|組織): no body's name.
_CLASS_NOUNS = frozenset("组织 社团 团体".split())
_CLASS_MODIFIERS = frozenset("国际 社团 爱国 友好 乡亲 牟利 非牟利 非政府 民间 地区 基层 本地 海外 相关 宗教 政治 慈善 公益 专业 台商 侨界 侨团 商界 妇女 青年".split())
# Short school endings (文山國小, 大成國中, 后綜高中): the two characters before one name
# the school even where the segmenter reads them as another word (至誠 as an adverb).
_SCHOOL_ENDINGS = frozenset("国小 国中 高中 高工 高商 高职 国中小".split())
# What never opens or closes a school's two-character name, and the kinds of school
# written with the ending (公立國中, 就讀高中, 偏鄉國小): no school's name.
_NOT_SCHOOL_NAME_FIRST = frozenset("的在从于到及和与同跟是为任读念上等各该本全每两一几这那其此所有多")
_NOT_SCHOOL_NAME_LAST = frozenset("的读念上入到至完进过在是立级所间个区内外及和与同跟")
_SCHOOL_KIND_ENDINGS = _SCHOOL_ENDINGS | frozenset("小学 中学 学校".split())
_SCHOOL_KINDS = frozenset(
    "公立 私立 偏乡 偏远 一般 明星 社区 普通 重点 附近 邻近 当地 全县 全市 全国 原住 女子 男子 实验 完全 双语 公办 民办 综合 职业 技术 "
    "市立 县立 国立 市立国中 县立国中 国中".split()  # 市立國中小學: the city's junior and primary schools
)
# A polity's kind standing for the polity the article is about (省人大常委會, 市政府).
_BARE_POLITIES = frozenset("省市县")
# Congresses every province and city has, named after the polity (廣東省人大, 廣州市政協).
_POLITY_CONGRESSES = frozenset({"人大", "政协"})
# A numbered term of a congress (第八屆, 第十四届), in the shadow's characters.
_ORDINAL_TERM = regex.compile(r"第[一二三四五六七八九十百\d]+届")
# The year or term a body's sitting is of, written before its name (2023年度, 本年度).
_YEAR_TERM = regex.compile(r"(?:本|今|上|下|新)?学?年度")
# A term of a body, alone before its ending (新屆|理事會: the new board, no body's name).
_TERM_ALONE = regex.compile(r"(?:本|上|下|新|首|新一|下一|上一|历|各)届")
# Kinds of hospital (公立醫院, 教學醫院): with 醫院, a kind, no hospital's name.
_HOSPITAL_KINDS = frozenset("公立 私立 公营 私营 教学 区域 地区 综合 专科 大型 基层 偏乡 各大 指定 定点 合作 附近 当地 全港 全台 全国".split())
# Ministries both Beijing and Taipei have under one short name: the lexicon's canonical
# name is the People's Republic's, wrong in a Taiwan story. The words that tell the two
# apart, in the shadow's simplified characters.
_PRC_PREFIX = "中華人民共和國"
_SHARED_MINISTRIES = frozenset("外交部 国防部 教育部 财政部".split())
_TAIWAN_WORDS = ("行政院", "立法院", "监察院", "考试院", "民进党", "国民党", "立委", "总统府", "台湾", "台北", "高雄", "台中", "台南", "新北")
_MAINLAND_WORDS = ("国务院", "中共", "全国人大", "人大常委", "省委", "新华社", "解放军", "中央军委", "国家主席", "国台办")
# One-character endings of a government bureau, and the words before one that name
# no bureau of their own (管理局, 當局, 董事局: a board).
_BUREAU_ENDINGS = frozenset("局署")
_GENERIC_BUREAU_WORDS = frozenset("董事 会董 理事 管理 事务 政府 当 执行 办事 警察 公安 邮政 电信".split())
# The number of a sitting (第2次): what it names is a meeting.
_SESSION = re.compile(r"第[0-9一二三四五六七八九十百]+次")
# Rooms of a building, ending in a body's suffix (廳, 堂): venues, not bodies.
_ROOMS = ("宴会厅", "会议厅", "贵宾厅", "演讲厅", "展览厅", "多功能厅", "礼堂")
# A body referred to by its last character: 該局, 該會, 本校.
_DEICTIC = re.compile(r"[该本此][局会校院署处厅部社司所堂行党]|[该此](?:中心|公司|集团|协会|商会|学会|总会|基金会|医院|银行|大学|学院|机构|组织)")  # plain characters: re, faster than regex
# A bracketed part inside a name, right before the rest of it: (集團), （香港）.
_BRACKET_CLOSERS = frozenset("）)")  # _BRACKETED_PART's last character
_BRACKETED_PART = regex.compile(r"[（(](?P<part>\p{Han}{2,4})[）)]")
# A short form announced in words (以下簡稱「乙會」, 下稱“乙會”), in the shadow's characters.
_DECLARED_ABBREVIATION = regex.compile(r"[（(]\s*(?:以下|下)?(?:简称|下称)\s*[:：]?\s*[“「\"'](?P<short>\p{Han}{2,8})[”」\"']\s*[)）]")
_ABBREVIATION = regex.compile(
    r"[（(]\s*(?:(?:以下|下)?(?:簡稱|简称|稱|称|下稱|下称)\s*)?[“「\"']?(?P<short>[\p{Han}A-Za-z]{2,10})[”」\"']?\s*[)）]"
)


# Administrative units whose government a title after the place's name belongs to:
# the first character of its head (市長, 縣長, 鎮長 …) names the kind of polity.
POLITY_CHARS = frozenset("市县省乡镇区")
# The first character of a city's or state's own title (市長, 市議員, 州長), and how
# long a foreign city's name in transliteration characters runs before it.
_CITY_TITLE_OPENERS = frozenset("市州郡")
_MAX_FOREIGN_CITY = 6
_TOWNSHIP_CHARS = frozenset("乡镇区里村")
# Of those, a town's and a township's (鎮長, 鄉長), and two characters and one of them right
# before the title (三鄉鎮|副鎮長), not 該鎮 or 本鄉 (shadow form).
_TOWN_CHARS = frozenset("乡镇")
_TOWN_BEFORE = regex.compile(r"[^\P{Han}该本此各全其的在及和与兼任有]{2}(?P<unit>[镇乡])")
_POLITY_KINDS = frozenset({"city", "province", "region", "district"})
# Places that 市長 may head when written before it without their 市 (板橋|市長, 紐約|市長).
_CITY_KINDS = frozenset({"city", "district"})
_PERSON_TAGS = frozenset("nr nrfg nrt x".split())
_NOUN_TAGS = frozenset("n nz vn j ns nt x".split())
_NOT_BODY_TAGS = frozenset("v vd p c d r u".split())
# Dictionary tags of a word that may be a body's whole name (經發局, 國安局).
_BODY_WORD_TAGS = frozenset("n nt nz j".split())
_LEGISLATURE_HEADS = frozenset("议长 议员 市议员 县议员 区议员".split())


def _placed_term_start(shadow: str, end: int, floor: int, place_ends: dict[int, int]) -> int | None:
    """Where a congress's numbered term ending at ``end`` starts (廣州市|第十四屆|政協), when a
    place ends right before it; None otherwise."""
    term = next((k for k in range(end - 6, end - 2) if k >= floor and _ORDINAL_TERM.fullmatch(shadow, k, end)), None)
    return term if term is not None and term in place_ends else None


def _school_name(pair: str) -> bool:
    """True when ``pair`` (the two simplified characters before a short school ending)
    may be a school's name: two Han characters, neither a function word's, and not a
    kind of school (公立, 偏鄉)."""
    return (
        len(pair) == 2 and _HAN_WORD.fullmatch(pair) is not None
        and pair[0] not in _NOT_SCHOOL_NAME_FIRST and pair[1] not in _NOT_SCHOOL_NAME_LAST
        and pair not in _SCHOOL_KINDS
    )


def _taiwan_ministries(shadow: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the canonical name of a ministry Taipei shares with Beijing
    (外交部, 國防部 …) left without the People's Republic's name in a story that reads
    as Taiwan's (more of its words than the mainland's): 外交部 stays 外交部."""
    shared = [
        m for m in mentions
        if m.normalized.startswith(_PRC_PREFIX) and _PRC_PREFIX not in m.text
        and any(name in shadow[m.start:m.end] for name in _SHARED_MINISTRIES)
    ]
    if not shared or sum(map(shadow.count, _TAIWAN_WORDS)) <= sum(map(shadow.count, _MAINLAND_WORDS)):
        return mentions
    local = {id(m) for m in shared}
    return [dataclasses.replace(m, normalized=m.normalized[len(_PRC_PREFIX):]) if id(m) in local else m for m in mentions]


def _keep_longest(by_end: dict[int, Mention], mention: Mention) -> None:
    """Record ``mention`` in ``by_end`` (end offset → body) unless a longer body
    already ends there."""
    if mention.end not in by_end or mention.start < by_end[mention.end].start:
        by_end[mention.end] = mention


def _longest_by_end(mentions: list[Mention]) -> dict[int, Mention]:
    """Return the longest of ``mentions`` ending at each end offset."""
    by_end: dict[int, Mention] = {}
    for mention in mentions:
        _keep_longest(by_end, mention)
    return by_end


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` begins or ends with a Latin letter that runs on
    into a letter beside it, so the match is part of a longer Latin word."""
    return bool(
        (start > 0 and LATIN_LETTER.match(text[start]) and LATIN_LETTER.match(text[start - 1]))
        or (end < len(text) and LATIN_LETTER.match(text[end - 1]) and LATIN_LETTER.match(text[end]))
    )


# The offices named after the legislator or official who holds them (立委某某辦公室, 議員某某服務處).
_OFFICES_OF_HOLDERS = ("办公室", "服务处")


class _TokenAt:
    """The token holding an offset of one sentence (``get``) or starting at it
    (``starting_at``), None outside the sentence's tokens: the context's own
    lookup (by bisection in the document's token offsets), so nothing is built
    for each sentence."""

    __slots__ = ("tokens", "offsets", "low", "high")

    def __init__(self, context: RecognitionContext, tokens):
        self.tokens, self.offsets = context.doc.tokens, context.token_offsets
        self.low = tokens[0].start if tokens else 0
        self.high = tokens[-1].end if tokens else 0

    def get(self, offset: int):
        if offset < self.low or offset >= self.high:
            return None
        return self.tokens[bisect.bisect_right(self.offsets, offset) - 1]  # (RecognitionContext.token_at, inline)

    def starting_at(self, offset: int):
        token = self.get(offset)
        return token if token is not None and token.start == offset else None


class OrgRecognizer(Recognizer):
    """Finds organisation names: lexicon bodies, suffix-built names, defined abbreviations."""

    label = "ORG"
    name = "org_lexicon_suffix"

    def load(self) -> "OrgRecognizer":
        self.known = Matcher(known_organizations(), DOCUMENT_MATCHERS)
        self.kinds = organization_kinds()
        self.suffixes = Matcher(org_suffixes(), DOCUMENT_MATCHERS)
        self.places = Matcher(places(), DOCUMENT_MATCHERS)
        self.title_heads = title_head_matcher()  # every head (the TITLE recogniser's matcher)
        self.name_words = org_name_words()
        self.task_words = org_task_words()
        self.surnames = surnames()
        self.title_modifiers = frozenset(k for k, kind in title_prefixes().items() if kind != "domain")
        self.status_words = frozenset(k for k, kind in title_prefixes().items() if kind in ("status", "acting"))
        # The portfolio and unit words titles open with (財政, 僑務, 婦女組): title_domains.tsv.
        self.title_domains = frozenset(k for k, kind in title_prefixes().items() if kind == "domain")
        return self

    # -- candidates -----------------------------------------------------------------

    def _known(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, title_ends: set[int]) -> list[Mention]:
        doc = context.doc
        shadow = doc.shadow[sentence.start:sentence.end]
        found = []
        for start, end, (listed, canonical) in context.matches(self.known, sentence):
            s, e = sentence.start + start, sentence.start + end
            # Two-character short forms (港大, 世衛) must be whole words, and not the
            # given name of a person a title introduces (理事長蘇|長榮) or a list goes on with (乙、郭|北榮).
            if e - s <= 2 and not (context.at_boundary(s) and context.at_boundary(e)):
                continue
            if _inside_latin_word(doc.shadow, s, e):
                continue  # LG in LGBT, HSBC in HSBCnet: a Latin short form must be a whole word
            if e - s <= 2 and (s - 1 in title_ends or doc.shadow[s - 2:s - 1] == "、") and doc.shadow[s - 1] in self.surnames:
                continue
            if (
                e - s == 2 and s in title_ends and doc.shadow[s] in self.surnames
                and _HAN_WORD.match(doc.shadow, e) is not None and doc.shadow[e:e + 2] not in word_tags()
                and (doc.shadow[e + 1:e + 2] in _NAME_CLOSING_MARKS or doc.shadow[e + 1:e + 3] in word_tags())
            ):
                continue  # 行政總裁|歐冠昇、: a name of three characters after a title, not the short form it opens
            if e - s == 2 and (doc.shadow[s - 1:s] in _MEASURE_WORDS or doc.shadow.endswith(_FOUNDING_VERBS, max(0, s - 2), s)):
                continue  # 組成一個|新黨, 籌組|新黨: a counted noun or one being founded, not the body with that short name
            if e - s == 2 and doc.shadow[e - 1] == "报" and doc.shadow[e:e + 1] in ("导", "道"):
                continue  # 記者某某明|報導: a name's last character, then the verb 報導, not 明報
            if e - s == 2 and doc.shadow[e - 1:e + 1] in _SQUADS:
                continue  # 義|警大|隊長: the short form's last character opens a squad's name (大隊)
            if e - s == 2 and doc.shadow[s] in _CONJUNCTIONS and doc.shadow[s + 1] in self.surnames and _HAN_PAIR.match(doc.shadow, s - 2) and _HAN_PAIR.match(doc.shadow, e):
                continue  # 甲和|黃某某: a conjunction and the next name's surname, not 和黃
            found.append(make_mention(
                doc, s, e, "ORG", normalized=canonical, method="lexicon", score=0.95, sentence_id=sentence_id,
                category=self.kinds.get(shadow[start:end], ""),
            ))
        return found

    def _suffix_ends(self, shadow: str, matches=None) -> dict[int, tuple[int, tuple[str, str]]]:
        """Return ``{end: (start, (kind, strength))}``: the longest suffix ending at each end
        (from ``matches``, the suffixes' matches in ``shadow``, when given)."""
        best: dict[int, tuple[int, tuple[str, str]]] = {}
        for start, end, value in self.suffixes.iter(shadow) if matches is None else matches:
            if end not in best or start < best[end][0]:
                best[end] = (start, value)
        return best

    def _suffix_built(
        self, context: RecognitionContext, sentence: Sentence, sentence_id: int, known: list[Mention],
        title_starts: set[int], title_ends: set[int], title_reach: dict[int, int],
    ) -> list[Mention]:
        """The bodies of ``sentence`` built from an ending and the words before it;
        ``title_reach`` maps each title mention's start to its furthest end."""
        doc = context.doc
        shadow = doc.shadow
        suffix_ends: dict[int, tuple[int, tuple[str, str]]] = {}  # as _suffix_ends, in the text's offsets
        for s, e, value in context.matches(self.suffixes, sentence):
            s, e = sentence.start + s, sentence.start + e
            if e not in suffix_ends or s < suffix_ends[e][0]:
                suffix_ends[e] = (s, value)
        if not suffix_ends:
            return []  # no organisation ending in the sentence
        tokens = context.tokens_in(sentence)
        token_at = _TokenAt(context, tokens)
        head_starts: dict[int, int] = {}  # start of a title head -> its furthest end
        for s, e, _ in context.matches(self.title_heads, sentence):
            head_starts[sentence.start + s] = max(head_starts.get(sentence.start + s, 0), sentence.start + e)
        orgs_by_end = _longest_by_end(known)
        place_ends: dict[int, int] = {}
        for s, e, _ in context.matches(self.places, sentence):
            s, e = sentence.start + s, sentence.start + e
            place_ends[e] = min(place_ends.get(e, s), s)
        place_starts = set(place_ends.values())
        found: list[Mention] = []
        for suffix_end in sorted(suffix_ends):
            suffix_start, (kind, strength) = suffix_ends[suffix_end]
            ending = shadow[suffix_start:suffix_end]
            weak = strength == "weak"
            # 社會處長, 衛生局長: a one-character suffix that also opens the title head
            # after it belongs to both (社會處 + 處長).
            # (A longer ending may share its last character too: 校友聯誼會|長.)
            shared = (
                head_starts.get(suffix_end - 1, 0) == suffix_end + 1 and shadow[suffix_end] == "长"
                and suffix_end + 1 in title_ends  # the head stands as a title (not 部長|級)
                and not (suffix_end - suffix_start == 1 and shadow[suffix_start] in _NOT_SHARED)
                and not (
                    suffix_end - suffix_start == 1 and shadow[suffix_start] in _PORTFOLIO_UNITS and shadow[suffix_start - 2:suffix_start] in self.title_domains
                    and (suffix_start - 2 in orgs_by_end or suffix_start - 2 <= sentence.start or _NAME_CHAR.match(shadow, suffix_start - 3) is None)
                )
                # 大學|校長, 街總|會長: a whole body already ends before the shared character.
                and suffix_end - 1 not in orgs_by_end
                and suffix_ends.get(suffix_end - 1, (0, ("", "weak")))[1][1] != "strong"
            )
            # 部長 after 教科部: otherwise the 部 that opens a title head is the title's.
            # 廣西自治區|黨委|書記: a polity's party committee, before its secretary's title.
            polity_party = ending in _PARTY_COMMITTEES and (
                suffix_start in place_ends or (shadow.endswith("自治区", 0, suffix_start) and suffix_start - 3 in place_ends)
            )
            # 廣東省|第八屆|人大|代表: a polity's congress before its members' title (not the title 人大代表 alone).
            polity_party = polity_party or (ending in _POLITY_CONGRESSES and any(
                k in place_ends and (k == suffix_start or _ORDINAL_TERM.fullmatch(shadow, k, suffix_start)) for k in range(suffix_start - 6, suffix_start + 1)
            ))
            if shared and ending == "总会" and suffix_start in orgs_by_end and shadow[suffix_start - 1] != "总":
                continue  # 馬華|總會長: a body known whole, then its head's title (總會長), no body 馬華總會
            if head_starts.get(suffix_start, 0) > suffix_end and not shared and not polity_party and not (
                head_starts.get(suffix_end, 0) > head_starts[suffix_start]
            ):
                continue  # 堂主任 opens at the ending; not 恩典堂|主任牧師, where a longer head runs past it
            if not shared and not polity_party and suffix_end - suffix_start == 1 and title_reach.get(suffix_start, 0) > suffix_end:
                continue  # 副教授兼|系主任: the ending opens a title the titles' recogniser read with it, no body
            if head_starts and max(map(head_starts.get, range(max(sentence.start, suffix_start - 3), suffix_start), itertools.repeat(0)), default=0) >= suffix_end:
                continue  # 部隊副|政委: the ending closes a title head (政委, 主委), not a body (a head's end reaches it)
            if any(shadow[k:suffix_end] in self.title_modifiers and (suffix_end in head_starts or k in title_starts) for k in range(suffix_start - 3, suffix_start)):
                continue  # …聯誼會創會|會長, …學會|創會常務理事: the ending is a title's modifier (創會), not a body's
            if ending in _PORTFOLIO_UNITS and suffix_end in head_starts and any(shadow[k:suffix_end] in self.title_domains for k in range(suffix_start - 3, suffix_start)):
                continue  # 東山商會|婦女組主席: a unit the title names, no body of its own
            token = token_at.get(suffix_end - 1)
            if token is not None and token.end > suffix_end and not shared and not polity_party and not (
                suffix_end in title_starts and shadow[suffix_end:token.end] in self.title_modifiers
            ):
                continue  # the suffix is inside a longer word (國際化, 委員會議); not 協調|部副|部長 (a title's rank glued on)
            first = token_at.get(suffix_start)
            if (
                weak and first is not None and first.start < suffix_start and first.end == suffix_end and len(first.text) <= 2 and first.label not in ("nt", "nz", "ns", "x", "j")
                and not (
                    suffix_end in title_starts and ending in _UNIT_ENDINGS
                    and any(k in orgs_by_end for k in range(first.start - 2, first.start + 1))
                )
            ):
                continue  # an everyday word ending in the suffix (社會, 全部, 格局); not 中聯辦宣|文部|部長, a unit of a body before its head
            if first is not None and first.start < suffix_start and first.end == suffix_end and first.label in ("f", "s"):
                continue  # a direction or place word ending in the suffix (東北部, 南部)
            following = token_at.starting_at(suffix_end)
            if ending in _PARTICLE_SUFFIXES and following is not None and following.label.startswith("v"):
                continue  # 所 before a verb is the particle (媒體所需), not 研究所
            if ending == "大会" and suffix_ends.get(suffix_start, (0, ("", "weak")))[1] == ("association", "strong"):
                continue  # 甲協會|大會: an association's general meeting, no body (not 人民代表|大會, 東協議會大會)
            if shadow.endswith(_ROOMS, max(0, suffix_end - 3), suffix_end):
                continue  # 宴會廳, 二樓大禮堂: a room of a building, where something is held, no body
            if ending == "系" and doc.text[suffix_start] == "係":
                continue  # 兩岸關係: 係 (a relation, or Cantonese "is") shares its simplified form with 系, a department
            if ending == "办" and suffix_start in orgs_by_end and shadow[suffix_end:suffix_end + 1] in _PARTICLES_AFTER_VERB:
                continue  # 教協|辦|的講座: 辦 after a body is the verb (to run), no office
            if ending == "署" and shadow[suffix_end:suffix_end + 1] in _ACTING_AFTER_SHU:
                continue  # 甲會|署任|局長: 署 opens the verb of acting in a post (署任, 署理), no bureau
            if (
                ending == "会" and first is not None and first.start == suffix_start and first.label.startswith("v")
                and following is not None and following.label.startswith("v")
                and any(self._looks_like_name(shadow[suffix_start - n:suffix_start], "x") for n in (3, 2))
            ):
                continue  # 鄭某某|會|出任: 會 after a name and before a verb is "will", no body
            # A weak suffix before a noun may go on (香港國際|創科展), unless the
            # segmenter knows the word it ends as an organisation (德國隊|出場).
            known_word = first is not None and first.end == suffix_end and first.label == "nt"
            # 客家事務處|張某某|處長: a name, then the title its ending opens
            head_after_name = self._name_follows(shadow, suffix_end, sentence.end) and any(
                k in title_starts and shadow[k] == shadow[suffix_end - 1] for k in (suffix_end + 2, suffix_end + 3)
            )
            # 公共事務中心|康某某|主任, 歷史系|葉某某|教授: a name, then its holder's title (the ending after a name's character)
            name_then_title = (
                self._name_follows(shadow, suffix_end, sentence.end) and _NAME_CHAR.match(shadow, suffix_start - 1) is not None
                and any(k in title_starts for k in (suffix_end + 2, suffix_end + 3))
            )
            # 體育局, 文化局: a bureau the dictionary knows as one word
            bureau_word = (
                ending in _BUREAU_ENDINGS and first is not None and first.end == suffix_end
                and first.label in ("n", "nz") and first.end - first.start >= 3
                and shadow[first.start:suffix_start] not in _GENERIC_BUREAU_WORDS
            )
            counted_title = (count := _COUNT_AFTER.match(shadow, suffix_end)) is not None and count.end() in title_starts  # 業務部|3位|負責人
            if weak and not known_word and not head_after_name and not name_then_title and not counted_title:
                if (
                    following is not None and following.label in _CONTINUING_TAGS and following.start not in title_starts
                    and not (bureau_word and _NAME_CHAR.match(shadow, following.start) is None)  # 文化局|、: a mark ends the word
                    and shadow[following.start] not in _OPENING_BRACKETS  # 活動中心|(CCC): its abbreviation, then the rest
                    and shadow[following.start] not in _CLOSING_BRACKETS  # (…工業部|): the bracket ends the word
                    and not any(map(head_starts.get, range(following.start, following.end)))
                    and not (following.end in title_starts and self._looks_like_name(shadow[following.start:following.end], following.label))
                ):
                    continue  # (a word holding a title head, 澳門分行|副行長, does not count)
            coined_only = ending in _COINED_NAME_ONLY
            if coined_only and following is not None and following.label[:1] in ("v", "n") and following.start not in title_starts and not head_starts.get(following.start):
                continue  # 京港科技|交流, 香港建設|成為: the business word is a noun phrase or a verb here
            # (not one that is only the end of a longer word: 人民|檢察院 is one word, 人民檢察院)
            whole = [m for m in known if m.end == suffix_end and context.at_boundary(m.start)]
            if whole:
                # A body known whole (運輸及物流局, 民進黨) only grows by the bodies
                # and places written in front of it (特區政府運輸及物流局).
                start, parent = self._enclosing_bodies(shadow, min(m.start for m in whole), sentence.start, orgs_by_end, place_ends)
                if start == min(m.start for m in whole) and shadow[start - 1:start] in _BARE_POLITIES and shadow[start - 2:start - 1] in _ITEM_OPENERS | {""}:
                    start -= 1  # 、省|人大常委會|主任: the province's own, its name said before
                elif start == min(m.start for m in whole):
                    continue
            else:
                # 照護處|處長: the unit's character repeated as the title's first, as if shared
                repeated = suffix_end - suffix_start == 1 and suffix_end in title_starts and shadow[suffix_end:suffix_end + 1] == ending
                start, parent = self._walk_left(
                    context, sentence, suffix_start, token_at, orgs_by_end, place_ends, suffix_ends, title_ends,
                    shared=shared or repeated, legal=ending.endswith(_LEGAL_FORMS), association=ending.endswith("会"), strong=not weak,
                    titled=suffix_end in title_starts,
                )
            school = ending in _SCHOOL_ENDINGS and _school_name(shadow[max(sentence.start, suffix_start - 2):suffix_start])
            if school and start > suffix_start - 2:
                start = suffix_start - 2  # 至誠|國小: the walk stopped at a word of another kind
            while start < suffix_start and shadow[start] in _CONJUNCTIONS and start not in place_starts:
                start += 1  # 與香港科學園: a conjunction never opens a name (和平區 is a place)
            term = _YEAR_TERM.match(shadow, start, suffix_start)
            if term is not None and suffix_start - term.end() >= 1:
                start = term.end()  # 2023年度|體育委員會, 本年度|…: the year of a term, no part of the name
            if shadow.startswith(_STATUS_LEADS, start) and parent is not None and parent.start > start:
                start = parent.start  # 現職|高等法院上訴法庭: the holder's status, not the body's name
            elif shadow.startswith(_STATUS_LEADS, start) and suffix_start - start >= 4:
                start += 2  # 候任|青年協會會長: the status of the title after the body
            name_part = shadow[start:suffix_start]
            if len(name_part) < (2 if weak else 1) or not _NAME_CHAR.search(name_part):
                continue
            if name_part in self.status_words:
                continue  # 代理|集團行政總裁: the title's status before its unit, no body's name
            if name_part in _HOLDER_DESCRIPTORS:
                continue  # 外籍|署長, 華裔|局長: who the holder is, no body's name
            if _TERM_ALONE.fullmatch(name_part):
                continue  # 新屆|理事會, 本屆|董事會: a term of the board, no body's name
            if ending in _CLASS_NOUNS and name_part in _CLASS_MODIFIERS:
                continue  # 國際組織, 愛國社團: a kind of body, no body's name
            if name_part in _SCHOOL_KINDS and ending in _SCHOOL_KIND_ENDINGS:
                continue  # 偏鄉國小, 公立中學: a kind of school, no school's name
            if name_part in _HOSPITAL_KINDS and ending == "医院":
                continue  # 公立醫院, 教學醫院: a kind of hospital
            if _SESSION.search(name_part):
                continue  # 甲總會第33屆第2次理監事聯席會議: a numbered sitting, a meeting, no body
            if parent is not None and suffix_start - parent.end == 1 and shadow[parent.end] in self.title_modifiers:
                continue  # 教育局|總|學校發展主任: a rank of the title after the body, no body
            if parent is not None and parent.end == suffix_start and shadow[suffix_start] == "分" and suffix_end in title_starts:
                continue  # 消防處|分區|指揮官: a branch word right after its body is the title's (分區指揮官)
            # 成大|醫學院|長, 同鄉會|聯合總會|長, 社工局|家庭及社區服務|廳|長: a body before, and more than one character of ending or of name
            extends_body = parent is not None and (suffix_end - suffix_start >= 2 or suffix_start - parent.end >= 4) and not any(
                shadow[k:suffix_start] in self.title_modifiers for k in range(suffix_start - 2, suffix_start)
            )  # not 稽查廳代|廳長: a modifier of the title
            own_words = parent.end if parent is not None and start < parent.end < suffix_start else start  # 外交部|林永樂|部長: the words after the body
            if shared and not extends_body and (suffix_start in orgs_by_end or not self._shared_name_part(shadow, own_words, suffix_start, token_at)):
                continue  # …聯盟|會長 (a body already ends), 助理處長 (a rank), 梁嘉豪署長 (a name)
            if weak and start in title_ends and len(name_part) == 2 and name_part[0] in self.surnames:
                continue  # 縣長楊文科: a name after a title, not a body ending in 科
            if (
                start in title_ends and shadow[start] in self.surnames
                and (opening := token_at.starting_at(start)) is not None and self._looks_like_name(shadow[start:opening.end], opening.label)
                and not shadow.endswith(_OFFICES_OF_HOLDERS, start, suffix_end)
            ):
                continue  # 副會長郭|英華|報告|會館: a title, then its holder's name, opens no body (not 立委某某|服務處)
            if (
                weak and suffix_end - suffix_start == 1 and len(name_part) == 2 and self.surnames.get(name_part[0]) == "high"
                and suffix_end in title_starts and shadow[suffix_end] != shadow[suffix_start] and name_part not in word_tags()
            ):
                continue  # 楊文科|縣長: a name before a title that does not repeat the ending (not 總務科|科長)
            specific = (
                parent is not None
                or shared
                or (not weak and len(name_part) >= 4 and name_part.endswith("事务"))  # 衞生事務|委員會: a portfolio's affairs
                or (ending in _COMMITTEE_ENDINGS and len(name_part) >= 2 and self._task_name(context, start, suffix_start))  # 提名|委員會
                or suffix_end in title_starts
                or head_after_name
                or name_then_title
                or school
                or bureau_word
                or (not weak and suffix_end in head_starts)  # 土地供應專責小組|主席
                or (term := _TERM_AFTER.match(shadow, suffix_end)) is not None and term.end() in title_starts
                or counted_title
                or (self._unknown_name(context, start, suffix_start, alone=kind == "other") and (not weak or kind in ("corporate", "media")))
                or (kind == "academic" and not weak and following is not None and following.label in _NAME_TAGS and 2 <= following.end - following.start <= 4)  # 文山國小|陳大文
                or (not weak and shadow.endswith(_EPONYM_ENDINGS, start, suffix_end) and self._eponym_at(context, start))  # 邱某某|基金會: named after a person
                or (not weak and self._listed_before_title(shadow, suffix_end, suffix_ends, title_starts))  # 教育委員會、考試局委員
                or (not weak and shadow[start - 1:start] == "、" and start - 1 in orgs_by_end and name_part not in _CLASS_MODIFIERS)  # 廣達電腦、光寶|集團: a list of bodies
                or (not weak and (start == sentence.start or shadow[start - 1] in _ITEM_OPENERS) and _SUBJECT_WHEN.match(shadow, suffix_end) is not None)  # 工業總會|今午舉行…
                or (not weak and _LATIN_NAME_AFTER.match(shadow, suffix_end) is not None)  # 某某促進會|(Chinese for …): glossed as a name
                or (len(name_part) >= 2 and shadow[start - 1:start] in _OPENING_BRACKETS and shadow[suffix_end:suffix_end + 1] in _CLOSING_BRACKETS)  # 甲(貿易及工業部): a bracket holding a body alone
                or (ending.endswith(_LEGAL_FORMS) and len(name_part) >= 2)  # 某某智能集團|控股有限公司: a registered name, whatever its words
                or (not coined_only and (
                    any(start <= e - 1 and s >= start for e, s in place_ends.items() if e <= suffix_start)
                    or any(t.label in _PROPER_TAGS for t in tokens if start <= t.start < suffix_start)
                ))
            )
            if not specific:
                continue  # 金融機構, 精密儀器實驗室: a generic noun phrase, not a name
            if name_part.endswith(ending):
                continue  # 聯盟聯盟: the repeated suffix belongs to a title (聯盟會長)
            normalized = doc.text[start:suffix_end]
            if parent is not None and parent.start == start and parent.normalized:
                # 特區政府創新科技及工業局 → 香港特別行政區政府創新科技及工業局
                added = doc.text[parent.end:suffix_end]
                # 中華郵政|公司: the canonical name already ends in the added suffix (…股份有限公司)
                normalized = parent.normalized if parent.normalized.endswith(added) else parent.normalized + added
            mention = make_mention(
                doc, start, suffix_end, "ORG",
                normalized=normalized, method="pattern",
                score=0.8 if weak else 0.85, sentence_id=sentence_id,
                parent=parent.text if parent is not None else "", category=kind,
            )
            found.append(mention)
            _keep_longest(orgs_by_end, mention)
        return found

    @staticmethod
    def _listed_before_title(shadow: str, end: int, suffix_ends, title_starts) -> bool:
        """True when a list joiner follows ``end`` and a later body's ending in the same
        clause is followed by a title (教育委員會、師資委員會和考試局|委員): the bodies
        listed share that title, so each is a named body."""
        if shadow[end:end + 1] not in _BODY_LIST_JOINERS:
            return False
        clause_end = _CLAUSE_BREAK.search(shadow, end, end + _LISTED_BODY_REACH)
        limit = clause_end.start() if clause_end else end + _LISTED_BODY_REACH
        return any(
            end < other <= limit and (other in title_starts or (shadow[other:other + 1] == "的" and other + 1 in title_starts))  # 乙委員會的|主席
            for other in suffix_ends
        )

    @staticmethod
    def _task_name(context: RecognitionContext, start: int, end: int) -> bool:
        """True when ``[start, end)``, before a committee's ending, is its task: nouns
        and verbal nouns only, the first no determiner or count (提名|委員會,
        籌募|委員會, 表演藝術|委員會; not 相關|委員會, 該|委員會)."""
        tokens = context.tokens_between(start, end)
        return (
            bool(tokens) and tokens[0].start == start and tokens[-1].end == end
            and all(t.label in _TASK_TAGS for t in tokens)
            and context.doc.shadow[start:tokens[0].end] not in _GENERIC_COMMITTEE_WORDS
        )

    def _eponym_at(self, context: RecognitionContext, start: int) -> bool:
        """True when a word of two or three Chinese characters opening with a common
        surname starts at ``start``, which the segmenter does not know or knows as a name."""
        tokens = context.tokens_between(start, start + 3)
        if not tokens or tokens[0].start != start or tokens[0].label not in _NAME_TAGS:
            return False
        word = context.doc.shadow[start:tokens[0].end]
        return 2 <= len(word) <= 3 and _HAN_WORD.fullmatch(word) is not None and self.surnames.get(word[0]) in ("high", "medium")

    def _unknown_name(self, context: RecognitionContext, start: int, end: int, alone: bool = False) -> bool:
        """True when ``[start, end)`` opens with a word the segmenter does not know, of
        two to four Chinese characters and no name of a person, followed by nouns
        only (``alone``: the word alone): a coined name (德信|銀行, 遠輝|投資, 安老|事務|委員會)."""
        tokens = context.tokens_between(start, end)
        if not tokens or tokens[0].start != start or tokens[0].label != "x" or tokens[-1].end != end:
            return False
        if any(t.label not in _NOUN_TAGS for t in tokens[1:]) or (alone and len(tokens) > 1):
            return False  # 安老|事務 委員會: a coined word, then nouns only (for a 代表團, the word alone)
        word = context.doc.shadow[start:tokens[0].end]
        return (
            2 <= len(word) <= 4 and _HAN_WORD.fullmatch(word) is not None
            and word[0] not in _NOT_NAME_OPENERS and word[0] not in _NUMERAL_CHARS
            and not (len(word) == 3 and self.surnames.get(word[0]) in ("high", "medium"))
        )

    def _shared_name_part(self, shadow: str, start: int, end: int, token_at) -> bool:
        """True when ``shadow[start:end]``, before a suffix that also opens a title
        (社會|處長), is made of dictionary words, places or bodies: not a person's
        name (梁嘉豪|署長) and not a rank of the title (助理|處長)."""
        part = shadow[start:end]
        if any(part.endswith(m) for m in self.title_modifiers):
            return False
        joiner = token_at.get(end - 1)
        if joiner is not None and joiner.start == end - 1 and joiner.end == end and part[-1] in _CONJUNCTIONS:
            return False  # 信任|和|局長: 和 alone joins the title to the words before (not 永和|分局長)
        tags = word_tags()
        if len(part) in (2, 3) and self.surnames.get(part[0]) in ("high", "medium") and tags.get(part, "nr") in _PERSON_TAGS:
            return False  # 鄭國柱|署長: a surname and a given name the dictionary does not know as a word
        position = start
        while position < end:
            token = token_at.get(position)
            piece_end = min(token.end, end) if token is not None else end
            piece = shadow[position:piece_end]
            if token is not None and token.end == end + 1 and token.label in _BODY_WORD_TAGS:
                break  # 經發|局 of the word 經發局: the dictionary's word ends in the suffix
            tag = tags.get(piece, "nr")
            if piece in _CONJUNCTIONS and position > start:
                position = piece_end  # 數碼發展及新聞|部長: the walk left took 及 inside the name
                continue
            if self.places.get(piece) is None and (
                (tag in _PERSON_TAGS and (piece[0] in self.surnames or self._surname_alone_before(token_at, shadow, position)))
                or tag in _NOT_BODY_TAGS
            ):
                return False  # a name (梁嘉豪|署長, 容|光耀|局長) or a verb (列席|部長會議) before the head; not 南投縣|仁愛|分局長
            position = piece_end
        return True

    def _surname_alone_before(self, token_at, shadow: str, position: int) -> bool:
        """True when the character before ``position`` is a surname the segmenter did not
        read as a function word (容|光耀|局長; not 由|食衞|局長, where 由 is "by")."""
        token = token_at.get(position - 1)
        return shadow[position - 1:position] in self.surnames and not (token is not None and token.label in _PARTICLE_TAGS)

    def _polities_of_titles(self, context: RecognitionContext, titles: list[Mention]) -> list[Mention]:
        """A city, county or province written before its own government's title is
        that government: 台中市長 (台中市 + 市長, sharing 市), 新北市議長, 新竹縣副縣長."""
        doc = context.doc
        found = []
        for title in titles:
            head = to_shadow_key(title.normalized or title.text)
            head_start = title.start + max(title.text.find(title.normalized), 0) if title.normalized else title.start
            polity_head = len(head) == 2 and head[1] == "长" and (head[0] in POLITY_CHARS or head[0] in _TOWNSHIP_CHARS)
            if polity_head and head_start == title.start and head_start not in context.token_starts:
                end = head_start + 1  # 台中市|長: the place ends in the head's first character
            elif polity_head and head_start == title.start and head[0] in _TOWNSHIP_CHARS:
                township = self._township(context, title)  # 線西|鄉長: townships are in no lexicon
                if township is not None:
                    found.append(township)
                continue
            elif head in _LEGISLATURE_HEADS or polity_head:
                end = title.start     # 新北市議長, 新竹縣副縣長, 江門市市長
            else:
                continue
            sentence = doc.sentences[title.sentence_id] if title.sentence_id >= 0 else None
            floor = max(sentence.start if sentence else 0, end - 8)
            polity = self._polity_ending_at(context, end, floor, head, head_start, polity_head, title.sentence_id)
            if polity is None and end == title.start and head_start == title.start:
                # 雲林縣|張某某|縣長: the holder's name between the polity and its title
                polity = next((
                    found_polity for width in (3, 2) if doc.shadow[end - width] in self.surnames and _NAME_CHARS.fullmatch(doc.shadow, end - width, end)
                    and (found_polity := self._polity_ending_at(context, end - width, max(floor - width, 0), head, head_start, False, title.sentence_id)) is not None
                    and found_polity.end - found_polity.start < 5
                ), None)
            if polity is None and polity_head and head[0] in _TOWN_CHARS:
                polity = self._town_before(context, title, head, head_start, floor)
            if polity is not None:
                found.append(polity)
            else:
                city = self._foreign_city(context, title, floor)
                if city is not None:
                    found.append(city)
        return found

    def _polity_ending_at(
        self, context: RecognitionContext, end: int, floor: int, head: str, head_start: int, polity_head: bool, sentence_id: int,
    ) -> Mention | None:
        """The city, county or province ending at ``end`` (no earlier than ``floor``)
        whose government's title has the head ``head`` (starting at ``head_start``; a
        polity's own head such as 市長 with ``polity_head``), as an ORG mention of
        sentence ``sentence_id``, or None."""
        doc = context.doc
        for start in range(floor, end - 1):
            place = doc.shadow[start:end]
            if end - start <= 3 and self._name_opened_at(context, start - 1):
                continue  # 前鎮區|陳|大同區長: a surname the segmenter left alone opens a name, the place's look-alike its given name
            if (
                (place[-1] in POLITY_CHARS and (self.places.get(place) in _POLITY_KINDS or self.places.get(place[:-1]) in _POLITY_KINDS))
                or (head_start > end and self.places.get(place) in _POLITY_KINDS)  # 北京|代理市長: a modifier before the head
            ):
                unwritten = ""
            elif polity_head and end == head_start and head[0] == "市" and self.places.get(place) in _CITY_KINDS and context.at_boundary(start):
                unwritten = doc.text[head_start]  # 板橋|市長: a city (or a district once a city) named without its 市, the head's first character
            else:
                continue
            return make_mention(
                doc, start, end, "ORG", normalized=doc.text[start:end] + unwritten, method="pattern", score=0.85,
                sentence_id=sentence_id, category="government",
            )
        return None

    def _foreign_city(self, context: RecognitionContext, title: Mention, floor: int) -> Mention | None:
        """A foreign city in no lexicon, written in transliteration characters right
        before its own government's title (菲利蒙|市議員, 三尼維爾|市長, 庫柏提諾市|市長): that city."""
        doc = context.doc
        if doc.shadow[title.start:title.start + 1] not in _CITY_TITLE_OPENERS:
            return None
        letters = transliteration_chars()
        end = title.start
        if doc.shadow[end - 1:end] == doc.shadow[title.start]:
            end -= 1  # 庫柏提諾市|市長: the city's own 市 written before the title's
        start = end
        while start > floor and doc.shadow[start - 1] in letters and end - start < _MAX_FOREIGN_CITY:
            start -= 1
        if end - start < 2 or not context.at_boundary(start) or doc.shadow[start:end] in self.places:
            return None  # (a known place stands before its title as a place: 多倫多|市議員)
        if self._surname_alone_at(context, start - 1):
            return None  # 張|萬安|市長: a surname standing alone before the words, a name and its title
        return make_mention(
            doc, start, title.start, "ORG", normalized=doc.text[start:title.start], method="pattern", score=0.9,
            sentence_id=title.sentence_id, category="government",
        )

    def _surname_alone_at(self, context: RecognitionContext, offset: int, tiers: tuple[str, ...] = ("high",), not_tags: frozenset[str] = frozenset()) -> bool:
        """True when a one-character token at ``offset`` is a surname of one of ``tiers``
        (by default a common one) that the segmenter did not tag with one of ``not_tags``."""
        token = context.tokens_between(offset, offset + 1)
        return (
            bool(token) and token[0].end - token[0].start == 1 and token[0].label not in not_tags
            and self.surnames.get(context.doc.shadow[offset]) in tiers
        )

    def _name_opened_at(self, context: RecognitionContext, offset: int) -> bool:
        """True when the segmenter left a common or middling surname alone at ``offset``,
        not read as a function word or a verb (陳|大同, 賴|文明; not 和|三犁)."""
        return self._surname_alone_at(context, offset, ("high", "medium"), _NOT_BODY_TAGS)

    @staticmethod
    def _town_before(context: RecognitionContext, title: Mention, head: str, head_start: int, floor: int) -> Mention | None:
        """The town or township a 鎮長 or 鄉長 heads, of two characters and the unit
        right before the title (三鄉鎮|副鎮長, 沙溪|鎮長 → 沙溪鎮), that no lexicon
        lists; not 該鎮 or 本鄉. Returns a government ORG mention, or None."""
        doc = context.doc
        end = head_start + 1 if head_start == title.start and doc.shadow[title.start] == head[0] else title.start
        town = _TOWN_BEFORE.fullmatch(doc.shadow, max(floor, end - 3), end)
        if town is None or town.group("unit") != head[0]:
            return None
        return make_mention(
            doc, town.start(), end, "ORG", normalized=doc.text[town.start():end], method="pattern",
            score=0.8, sentence_id=title.sentence_id, category="government",
        )

    def _township(self, context: RecognitionContext, title: Mention) -> Mention | None:
        """The township, town, district or village before 鄉長/鎮長/區長/里長 (線西|鄉長 → 線西鄉): the word before
        the head, of two or three Chinese characters, that is no rank, name or function word."""
        doc = context.doc
        before = context.tokens_between(title.start - 3, title.start)
        if not before or before[-1].end != title.start:
            return None
        word = before[-1]
        start = word.start
        unit = doc.shadow[title.start]
        if word.end - word.start == 1 and doc.shadow[word.start] == unit:
            # 光明|里|里長: the unit cut off its name, the two characters before it
            name = context.tokens_between(word.start - 2, word.start)
            if not name or name[0].start != word.start - 2 or name[0].label in _STOP_TAGS or not _HAN_WORD.fullmatch(doc.shadow, word.start - 2, word.start):
                return None
            if (name[-1].end - name[-1].start == 2 and name[-1].label in ("nr", "nrfg")) or doc.shadow[word.start - 2:word.start] in _STOP_WORDS:
                return None
            start = word.start - 2
        elif word.end - word.start == 2 and doc.shadow[word.end - 1] == unit:
            # 斗|抵里|里長: a name of two characters and the unit, cut after its first
            first = context.tokens_between(word.start - 1, word.start)
            if first and first[0].end == word.start and first[0].end - first[0].start == 1 and _HAN_WORD.fullmatch(doc.shadow, word.start - 1, word.start) \
                    and first[0].label not in _STOP_TAGS and doc.shadow[word.start - 1] not in _STOP_WORDS and self.surnames.get(doc.shadow[word.start - 1]) != "high":
                start = word.start - 1
        text = doc.shadow[start:word.end]
        # 和平區|自由|里長, 、博愛|里長, 、自強|里長: villages are often named by a good word (自由, 光明, 自強)
        village_word = unit in "里村" and word.label in ("a", "v") and doc.shadow[word.start - 1:word.start] in _VILLAGE_OPENERS
        if start == word.start and (not (2 <= len(text) <= 3) or not _HAN_WORD.fullmatch(text) or text in _STOP_WORDS or (word.label in _STOP_TAGS and not village_word)):
            return None
        if any(text.endswith(m) for m in self.title_modifiers) or (word.label in ("nr", "nrfg") and len(text) == 3):
            return None
        if self.kinds.get(text) == "party":
            return None  # 國民黨|里長: a known body before the head is the holder's party, no township
        if len(text) == 2 and self._name_opened_at(context, start - 1):
            return None  # 后里區|賴|文明|區長: a surname the segmenter left alone, then a given name, then the title
        if any(text.endswith(ending) for ending in _OFFICE_ENDINGS):
            return None  # 中西區公所|區長: the word is a body's own ending, the 區長 is that office's
        if text.endswith(unit):
            return make_mention(  # 三犁里|里長: the word is the whole name
                doc, start, word.end, "ORG", normalized=doc.text[start:word.end], method="pattern",
                score=0.8, sentence_id=title.sentence_id, category="government",
            )
        return make_mention(
            doc, start, title.start + 1, "ORG", normalized=doc.text[start:title.start + 1], method="pattern",
            score=0.8, sentence_id=title.sentence_id, category="government",
        )

    def _walk_left(self, context, sentence, position, token_at, orgs_by_end, place_ends, suffix_ends, title_ends, shared=False, legal=False, association=False, strong=False, titled=False):
        """Return ``(start, parent)``: where the name begins, and the enclosing body met.
        With ``shared`` (the ending is also the first character of the title after it,
        社會處|長), the word right before the ending is the name's even when the segmenter
        reads it as a phrase, a verb or an adjective (國民教育|科長, 健康照護|司長); before a
        ``strong`` ending it is when a phrase (生態學|會), and when a verb or an adjective
        only before an ``association``'s ending after a place or a break (中華民國|拔河|協會).
        With ``legal`` (a company's legal form, 有限公司), every word back to a function word is
        the name's (聯合|智能|集團|控股有限公司, 啟德|體育|園|有限公司)."""
        shadow = context.doc.shadow
        floor = max(sentence.start, position - _MAX_NAME)
        start = position
        parent: Mention | None = None
        place_starts_walked: set[int] = set()  # where a place word or a body the walk went over starts
        while start > floor:
            if start != position and start in title_ends and shadow[start] in self.surnames and self._name_token_at(token_at, start):
                break  # 名譽會長|胡某某任監事會: no body's name runs back over a title and a name after it
            org = orgs_by_end.get(start)
            if org is not None and org.start >= floor:
                if parent is None:
                    parent = org
                start = org.start
                place_starts_walked.add(start)  # (a body's name, like a place's, has no person's name before it)
                continue
            if start in place_ends and place_ends[start] >= floor:
                if start - place_ends[start] >= 2:
                    place_starts_walked.add(place_ends[start])
                start = place_ends[start]
                continue
            bracket = next((b for b in (_BRACKETED_PART.fullmatch(shadow, start - width, start) for width in (4, 5, 6)) if b), None) if shadow[start - 1:start] in _BRACKET_CLOSERS else None
            if bracket is not None and bracket.start() >= floor and self._name_part(bracket.group("part")):
                start = bracket.start()  # 華閩(集團)有限公司, 怡高集團(香港)有限公司
                continue
            if start == position and (term := _placed_term_start(shadow, start, floor, place_ends)) is not None:
                start = term  # 廣州市|第十四屆|政協: a polity's congress of a numbered term
                continue
            token = token_at.get(start - 1)
            if token is None:
                break
            piece_start = max(token.start, floor)
            piece = shadow[piece_start:start]
            if not _NAME_CHARS.fullmatch(piece):
                break
            # 台灣|公民|參與|協會|理事長: before an association's ending and its title, after a
            # noun from a place or a break, even a verb of clauses is a word of the name
            name_verb = (
                association and titled and start == position and token.label == "v" and piece in _STOP_WORDS
                and self._nouns_from_anchor(token_at, shadow, piece_start, floor, place_ends, nouns_needed=1)
            )
            if piece in _STOP_WORDS and not (piece == "代理" and self._noun_before(token_at, piece_start)) and not name_verb:
                break  # (地產|代理|監管局: after a noun, 代理 is an agent, not acting in a post)
            if len(piece) > 2 and piece.endswith(_TAKING_POST_VERBS):
                break  # 高票當選|南區商會: a word closed by the verb of taking a post
            if piece in _CONJUNCTIONS:
                # 及 inside 政制及內地事務局 is part of the name; 和 between two bodies,
                # or after a person's name (陳大文及香港青年協會), is not.
                if piece_start in suffix_ends or piece_start in orgs_by_end or piece_start in place_ends:
                    break
                before = token_at.get(piece_start - 1)
                if before is not None and self._looks_like_name(shadow[before.start:piece_start], before.label):
                    break
                if self._name_ends_at(token_at, shadow, piece_start):
                    break  # 呂子|永與|北山醫院: a name the segmenter cut, then 與
                if any(piece_start - k in title_ends and "、" not in shadow[piece_start - k:piece_start] for k in (0, 2, 3, 4)):
                    break  # 總經理鄭國柱及東亞銀行, 副局長及交通局: a title (and a name), then 及 (not 處長、教育暨青年局)
                start = piece_start
                continue
            if len(piece) > 1 and piece[-1] in _GLUED_ENDINGS and (self._looks_like_name(piece[:-1], "x") or self._name_ends_at(token_at, shadow, start - 1)):
                break  # 陳大文及, 何家俊為 glued by the segmenter: a name and a function word
            if piece[-1] in _CONJUNCTIONS and any(start - 1 - k in title_ends for k in (2, 3, 4)):
                break  # 鎮長方進|興及|鎮民代表會: a title, a name cut in two, then 及
            if _ORDINAL.fullmatch(piece) and start == position:
                start = piece_start  # 第一|大隊, 第五|總隊: a numbered unit
                continue
            if token.label == "f" and len(piece) == 2 and start == position and piece_start in orgs_by_end:
                start = piece_start  # 海巡署|北部|分署: a region's branch of the body before it
                continue
            before = token_at.get(piece_start - 1) if legal and token.label in ("v", "vn") else None
            if before is not None and (before.label in _FUNCTION_TAGS or before.label in _NAME_TAGS or before.label.startswith("nr")):
                break  # 他|投資|東方發展有限公司: a verb after its subject is the clause's, not the name's
            if legal and (token.label in _NAME_TAGS or token.label.startswith("nr")) and self._looks_like_name(piece, token.label):
                break  # 陳某某|東方發展有限公司: a person's name before the company's
            if legal and token.label not in _FUNCTION_TAGS and piece not in _STOP_WORDS and not piece.endswith(_TAKING_POST_VERBS):
                start = piece_start  # 啟德體育|園|有限公司: a registered name's words, whatever their parts of speech
                continue
            if (shared or strong) and start == position and token.label in _SHARED_NAME_TAGS and len(piece) >= 2 and (piece not in _STOP_WORDS or name_verb) and (
                shared or token.label not in ("v", "a") or name_verb or (association and self._nouns_from_anchor(token_at, shadow, piece_start, floor, place_ends))
            ):
                start = piece_start  # 國民教育|科長, 中華民國|拔河|協會: the name's word, whatever its part of speech
                continue  # (a verb only before an association's ending, after a place or a break: not 某人|肯定|農會, 某醫院|配合|政府)
            if titled and start == position and token.label == "l" and len(piece) >= 3 and piece not in _STOP_WORDS:
                start = piece_start  # 特殊教育|中心|主任: a set phrase naming the unit whose head's title follows
                continue
            if token.label in _STOP_TAGS and piece not in self.name_words and not (start == position and piece in self.task_words):
                if token.label == "a" and len(piece) == 1 and start != position and shadow[piece_start - 1:piece_start] in _ITEM_OPENERS:
                    start = piece_start  # 、新|基地產發展有限公司: a one-character adjective opening a list item opens the name
                break
            if token.label == "x" and len(piece) > 1 and (piece[0] in _GLUED_PREPOSITIONS or (piece[0] in _CONJUNCTIONS and piece_start > floor)):
                start = piece_start + 1  # 由任|醫學會, 由藝|群醫學美容集團, 甲及野|新區: the name starts after the preposition or 及
                break
            if token.label == "x" and (piece[0] in _UNKNOWN_WORD_OPENERS or piece[-1] in _UNKNOWN_WORD_CLOSERS):
                break  # a word the segmenter guessed around a function word: 這是, 被徵, 躲到
            if token.label in _GUESSED_TAGS and self._holds_verb(shadow, piece_start, start, edge=not self._word_ends_at(token_at, piece_start)):
                break  # 高度讚揚, 日辭|任本: a guessed word around a verb (讚揚, 辭任); not 緊接|運房|局長 after a word of its own
            if _COUNTED.fullmatch(piece):
                break  # 四所|國立大學: a count of bodies, not a name
            if piece in self.title_heads and start != position:
                break
            if start in place_starts_walked and 2 <= len(piece) <= 3 and self._looks_like_name(piece, token.label):
                break  # 李某鵬|美國康乃爾大學: a person's name before the place or body that opens the name
            if token.label == "ns" and len(piece) >= 2:
                place_starts_walked.add(piece_start)
            start = piece_start
        return start, parent

    @staticmethod
    def _nouns_from_anchor(token_at, shadow: str, end: int, floor: int, place_ends, nouns_needed: int = 0) -> bool:
        """True when up to two nouns (at least ``nouns_needed``) run back from ``end`` to
        a place or a break (中華民國|拔河協會, 香港|視網膜|色素|病變協會): the verb or
        adjective after them is a word of the association's name, not of the clause
        (某人|肯定|農會)."""
        for walked in range(3):
            if walked >= nouns_needed and (end in place_ends or shadow[end - 1:end] in _ITEM_OPENERS):
                return True
            token = token_at.get(end - 1)
            if token is None or token.start < floor or token.label not in _NAME_NOUN_TAGS or token.end - token.start < 2:
                return False
            end = token.start
        return False

    @staticmethod
    def _name_token_at(token_at, start: int) -> bool:
        """True when the token at ``start`` is one the segmenter took for a name or did
        not know (胡劍|江任), not a dictionary word (天主教|宗教)."""
        token = token_at.starting_at(start)
        return token is not None and token.label in ("nr", "nrfg", "x")

    def _name_part(self, words: str) -> bool:
        """True for bracketed words that belong inside a company's name: a place or
        an ending of the kind (香港, 中國, 集團, 控股)."""
        return words in self.places or (len(words) <= 4 and words in self.suffixes)

    @staticmethod
    def _enclosing_bodies(shadow: str, start: int, floor: int, orgs_by_end, place_ends) -> tuple[int, Mention | None]:
        """Walk left from ``start`` over organisations and places only (and a congress's
        numbered term after a place: 廣州市|第十四屆|政協); return the new start and the
        nearest enclosing organisation (None if none)."""
        parent = None
        first = start
        while start > floor:
            org = orgs_by_end.get(start)
            if org is not None:
                parent = parent or org
                start = org.start
            elif start in place_ends:
                start = place_ends[start]
            elif start == first and (term := _placed_term_start(shadow, start, floor, place_ends)) is not None:
                start = term
            else:
                break
        return start, parent

    @staticmethod
    def _holds_verb(shadow: str, start: int, end: int, edge: bool = True) -> bool:
        """True when a dictionary verb of two characters lies inside ``[start, end)``,
        short of the whole of a two-character word (統一 of 統一實業 is a name, 讚揚 of
        高度讚揚 a verb), or, with ``edge``, across its left edge."""
        tags = word_tags()
        inner = range(start, end - 1) if end - start > 2 else range(0)
        return any(tags.get(shadow[k:k + 2]) == "v" for k in ((max(start - 1, 0),) if edge else ()) + tuple(inner))

    @staticmethod
    def _noun_before(token_at, start: int) -> bool:
        """True when the word ending at ``start`` is a noun the dictionary knows."""
        token = token_at.get(start - 1)
        return token is not None and token.end == start and token.label in ("n", "nz", "vn")

    @staticmethod
    def _word_ends_at(token_at, start: int) -> bool:
        """True when a dictionary word of two characters or more that the segmenter
        did not guess ends at ``start`` (緊接|運房): a verb across that edge is no word."""
        token = token_at.get(start - 1)
        return token is not None and token.end == start and token.end - token.start >= 2 and token.label not in _GUESSED_TAGS

    def _name_ends_at(self, token_at, shadow: str, end: int) -> bool:
        """True when the three Chinese characters before ``end`` open with a common
        surname at the start of a word of the segmenter's and are no dictionary word,
        nor is the given name: a name, however the segmenter cut it (莊明|孝, 詹昌偉及)."""
        start = end - 3
        token = token_at.get(start)
        word = shadow[start:end]
        return (
            start >= 0 and token is not None and token.start == start and self.surnames.get(word[:1]) in ("high", "medium")
            and _HAN_WORD.fullmatch(word) is not None and word[-1] not in _UNIT_ENDINGS
            and not word_tags().get(word) and not word_tags().get(word[1:])
        )

    def _looks_like_name(self, word: str, tag: str) -> bool:
        """True for a word the segmenter tags as a name, or an unknown two- or
        three-character word that opens with a common surname."""
        if tag in ("nr", "nrfg"):
            return True
        return tag == "x" and 2 <= len(word) <= 3 and self.surnames.get(word[0]) == "high"

    # -- abbreviations ----------------------------------------------------------------

    def _abbreviations(self, context: RecognitionContext, mentions: list[Mention]) -> list[Mention]:
        """Every occurrence of a short form announced in brackets after a body (乙委員會
        (以下簡稱「乙會」)), as that body. A short form announced with 簡稱 or 下稱 after
        a name not found but ending in a strong ending (旅菲各校友會聯合會(以下簡稱“校友聯”))
        stands for a body of its own."""
        doc = context.doc
        aliases: dict[str, tuple[str, str]] = {}  # short form -> (the body's normalised name, its kind)
        for m in mentions:
            match = _ABBREVIATION.match(doc.shadow, m.end)
            if match is None or match.end() - m.end > 24:
                continue
            short = match.group("short")
            if short and short != doc.shadow[m.start:m.end]:
                aliases.setdefault(short, (m.normalized or m.text, m.category))
        ends = {m.end for m in mentions}
        for match in _DECLARED_ABBREVIATION.finditer(doc.shadow):
            short = match.group("short")
            if match.start() in ends or short in aliases:
                continue
            kind = next((
                suffix[0] for width in (4, 3, 2) if (suffix := org_suffixes().get(doc.shadow[match.start() - width:match.start()])) is not None and suffix[1] == "strong"
            ), None)
            if kind is not None:
                aliases[short] = ("", kind)
        if not aliases:
            return []
        found = []
        matcher = Matcher(aliases)
        for sentence_id, sentence in enumerate(doc.sentences):
            for start, end, (normalized, kind) in context.matches(matcher, sentence):
                s, e = sentence.start + start, sentence.start + end
                found.append(make_mention(
                    doc, s, e, "ORG", normalized=normalized or doc.text[s:e],
                    method="propagated", score=0.9, sentence_id=sentence_id, parent="", category=kind,
                ))
        return found

    def _byline_outlets(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, title_starts: set[int]) -> list[Mention]:
        """The outlet a byline names before its reporter's title, in the byline's
        brackets or in brackets of its own ([某某新聞雲]記者, 【某某網記者甲報道】)."""
        doc = context.doc
        if not context.occurs(_BYLINE_MARK, sentence.start, sentence.end):
            return []
        found = []
        for match in _BYLINE_OUTLET.finditer(doc.shadow, sentence.start, sentence.end):
            start, end = match.span("outlet")
            if match.end() not in title_starts or match.group("outlet").startswith(_OWN_OUTLET) or match.group("outlet") in places():
                continue
            found.append(make_mention(
                doc, start, end, "ORG", normalized=doc.text[start:end], method="pattern",
                score=0.8, sentence_id=sentence_id, category="media",
            ))
        return found

    def _quoted(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, title_ends: set[int]) -> list[Mention]:
        """Names in quotation marks or brackets that end in a strong organisation
        ending, or a temple's (宮, 廟, 寺): the marks bound the name, so the titles and
        places inside it are its words.
        In a bracket right after a title (its end in ``title_ends``: 甲執事（全完堂）) any ending will do."""
        doc = context.doc
        found = []
        if not context.occurs(_QUOTE_OPENERS, sentence.start, sentence.end):
            return found  # a quoted name starts with its opening mark
        for match in _QUOTED.finditer(doc.shadow, sentence.start, sentence.end):
            s, e = match.span("name")
            ending = self._suffix_ends(doc.shadow[s:e]).get(e - s)
            after_title = match.start() in title_ends and doc.shadow[match.start()] in "（("
            temple = ending is not None and ending[1][0] == "religious" and doc.shadow[match.start()] in "「『“"
            if ending is None or (ending[1][1] != "strong" and not after_title and not temple) or ending[0] < 2:
                continue  # (in quotation marks a weak religious ending will do: 「某某觀音媽廟」 is a temple's name)
            found.append(make_mention(
                doc, s, e, "ORG", normalized=doc.text[s:e], method="pattern", score=0.85,
                sentence_id=sentence_id, category=ending[1][0],
            ))
        return found

    def _latin_companies(self, context: RecognitionContext, sentence: Sentence, sentence_id: int) -> list[Mention]:
        """Company names in Latin script ending in a legal form: ABC Holdings Limited,
        XYZ Supplies Inc., Apex Data Systems Pte. Ltd."""
        doc = context.doc
        if not context.occurs(_LATIN_COMPANY_MARK, sentence.start, sentence.end):
            return []
        return [
            make_mention(doc, m.start(), m.end(), "ORG", normalized=doc.text[m.start():m.end()], method="pattern", score=0.85, sentence_id=sentence_id, category="corporate")
            for m in _LATIN_COMPANY.finditer(doc.shadow, sentence.start, sentence.end)
            if not regex.fullmatch(r"(?:(?:The|the|and|of|&)\s+)+\S+", m.group())  # The Group
        ]

    def _latin_bodies_before_titles(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, titles: list[Mention], title_ends: set[int]) -> list[Mention]:
        """Bodies written in Latin script right before a title that a Chinese name
        follows (Northwind執行長鄭某, Harbour Crest 董事盧某): the capitalised words or
        acronyms right before it, not after another title (總裁John Smith) and not
        opening with a given name (Lucy會長, David Lee主任) nor an honorific."""
        doc = context.doc
        if not context.occurs(_LATIN_COMPANY_MARK, sentence.start, sentence.end):
            return []
        given = latin_given_names()
        found = []
        for title in titles:
            if title.category == "honour" or not LATIN_LETTER.match(doc.shadow, title.start - 1 - (doc.shadow[title.start - 1:title.start] == " ")):
                continue
            run = _LATIN_BODY_BEFORE.search(doc.shadow[max(sentence.start, title.start - 40):title.start])
            if run is None:
                continue
            start = title.start - len(run.group())
            name = doc.text[start:title.start].rstrip()
            words = name.split()
            if start in title_ends or words[0] in given or regex.match(LATIN_HONORIFIC, name + " "):  # (Dr Lee主任: a person)
                continue
            if _ENGLISH_POST_WORD.search(name):
                continue  # (…, Member理事乙: the English of the post before)
            if not any(doc.shadow[title.end:title.end + length] in self.surnames for length in (2, 1)):
                continue  # (Smith主任表示: a person's name, with no name after the title)
            found.append(make_mention(
                doc, start, start + len(name), "ORG", normalized=name, method="pattern", score=0.85,
                sentence_id=sentence_id, category="corporate" if title.category == "corporate" else "other",
            ))
        return found

    def _listed_companies(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, title_ends: set[int]) -> list[Mention]:
        """Listed companies named with their stock code in brackets: 某某科技國際(00195-HK),
        某某金融(662), 某某電(2330). The name is the run of words before the bracket, back
        to a function word, a verb, a title or punctuation (at most 10 characters)."""
        doc = context.doc
        if not context.occurs(_STOCK_CODE_MARK, sentence.start, sentence.end):
            return []
        found = []
        for code in _STOCK_CODE.finditer(doc.shadow, sentence.start, sentence.end):
            digits = code.group("digits")
            if not code.group("market") and len(digits) == 4 and digits[:2] in ("19", "20"):
                continue  # (2019): a year
            name_end = code.start()
            while name_end > sentence.start and doc.shadow[name_end - 1] in " \u3000":
                name_end -= 1  # 某某 (2371-TW): a space before the bracket
            start = name_end
            for token in reversed(context.tokens_between(max(sentence.start, name_end - _MAX_LISTED_NAME), name_end)):
                piece = doc.shadow[token.start:token.end]
                if token.end != start or token.start in title_ends or token.end in title_ends or not _NAME_CHARS.fullmatch(piece):
                    break
                if piece in _STOP_WORDS or (token.label in _STOP_TAGS and piece not in self.name_words):
                    break
                start = token.start
            if name_end - start >= 2:
                found.append(make_mention(
                    doc, start, name_end, "ORG", normalized=doc.text[start:name_end], method="pattern",
                    score=0.85, sentence_id=sentence_id, category="corporate",
                ))
        return found

    @staticmethod
    def _units_before_repeated_heads(context: RecognitionContext, sentence_id: int, bodies: list[Mention], titles: list[Mention]) -> list[Mention]:
        """A unit of a body named right after it, ending in the character its head's
        title repeats (警政署|行政組|組長, 市府|總務科|科長): the body and the unit's
        name, as one organisation. Takes the sentence's bodies found so far and its
        titles; returns the new organisations."""
        shadow = context.doc.shadow
        body_at_end = _longest_by_end(bodies)
        found = []
        for title in titles:
            unit = shadow[title.start]
            if unit not in _REPEATED_UNIT_CHARS or title.start < 1 or shadow[title.start - 1] != unit:
                continue
            if title.start in body_at_end:
                continue  # 政務司|司長: the unit is a body found whole
            body = next((body_at_end[end] for end in range(title.start - 3, title.start - 3 - _MAX_UNIT_NAME, -1) if end in body_at_end), None)
            if body is None:
                # 、國際組|組長: a unit alone opening a list's item, its body named before
                start = next((k for k in range(title.start - 3, title.start - 6, -1) if k > 1 and (
                    shadow[k - 1] in _ITEM_OPENERS or (shadow[k - 1] in _UNIT_JOINERS and shadow[k - 2] in _ITEM_OPENERS)
                )), None)
                first = context.token_at(start) if start is not None else None
                if first is None or first.start != start or first.label in _NOT_BODY_TAGS or not _HAN_WORD.fullmatch(shadow, start, title.start):
                    continue
                found.append(make_mention(context.doc, start, title.start, "ORG", method="pattern", score=0.75, sentence_id=sentence_id))
                continue
            if not _HAN_WORD.fullmatch(shadow, body.end, title.start) or not context.at_boundary(body.end):
                continue
            if any(body.end <= other.start < title.start for other in titles):
                continue  # 甲局|局長鄭某某署任政務司|司長: a title between, no unit's name
            found.append(make_mention(
                context.doc, body.start, title.start, "ORG",
                normalized=(body.normalized or body.text) + context.doc.text[body.end:title.start], method="pattern",
                score=0.8, sentence_id=sentence_id, parent=body.text, category=body.category,
            ))
        return found

    def _member_offices(self, context: RecognitionContext, sentence: Sentence, sentence_id: int) -> list[Mention]:
        """A member's constituency office named by the member and the seat
        (陳某某立委服務處, 李某某議員服務處): one organisation over the name, the seat's
        title and 服務處. Returns the new organisations of ``sentence``."""
        shadow = context.doc.shadow
        found = []
        for office in _MEMBER_OFFICE.finditer(shadow, sentence.start, sentence.end):
            seat = office.start()
            name_start = next((
                seat - length for length in (3, 2)
                if seat - length >= sentence.start and context.at_boundary(seat - length) and self._looks_like_name(shadow[seat - length:seat], "x")
            ), None)
            if name_start is not None and shadow[name_start - 1:name_start] not in _MEMBER_LIST_JOINERS:  # not 甲、乙議員服務處: members listed
                found.append(make_mention(context.doc, name_start, office.end(), "ORG", method="pattern", score=0.8, sentence_id=sentence_id, category="government"))
        return found

    def _short_company_names(self, context: RecognitionContext, sentence: Sentence, sentence_id: int, known: list[Mention], titles: list[Mention]) -> list[Mention]:
        """A company's short name (陽明, 中工) heading its clause or list item right
        before a corporate title that a name follows (陽明總經理甲、華新總經理乙): a
        word of two or three characters the segmenter does not know or knows as a
        proper name. A name after the title rules out the word being the holder's.
        ``titles``: the sentence's titles."""
        doc = context.doc
        shadow = doc.shadow
        known_ends = {m.end for m in known}
        titles_by_start = {m.start: m for m in titles}
        found = []
        for title in titles:
            if not (title.category in _SHORT_NAMED_CATEGORIES or title.normalized in _SHORT_NAMED_HEADS):
                continue
            last = title
            while (joiner := _TITLE_JOINER.match(shadow, last.end)) is not None and joiner.end() in titles_by_start:
                last = titles_by_start[joiner.end()]  # 永隆|副董事長及常務董事|甲: the name follows the titles joined
            if title.start in known_ends or not self._name_follows(shadow, last.end, sentence.end):
                continue
            tokens = [t for t in context.tokens_between(max(sentence.start, title.start - 3), title.start) if t.end <= title.start]
            if not tokens or tokens[-1].end != title.start:
                continue
            token = tokens[-1]
            start = token.start
            word = shadow[start:title.start]
            if (
                not 2 <= len(word) <= 3 or token.label not in _SHORT_NAME_TAGS or not _NAME_CHARS.fullmatch(word)
                or word in places() or word in self.title_modifiers or word in org_suffixes()
                or word.startswith("驻") or word in _FOUNDING_WORDS  # 駐加|記者 (posted abroad), 創社|社長 (the founding one)
                or word in _GROUP_WORDS  # 一眾|副主席: all the vice-chairmen
                or _DEICTIC.fullmatch(word)  # 該堂|主席: a body referred to, found by _deictic
                or not (start == sentence.start or shadow[start - 1] in _ITEM_OPENERS or self._led_in(context, start))
                or (last is not title and self._looks_like_name(word, token.label))  # 甲主席、縣長乙: two people listed
                or (len(word) == 3 and self._looks_like_name(word, token.label))  # 某議員甲|特助乙: the principal, then the aide
            ):
                continue
            found.append(make_mention(
                doc, start, title.start, "ORG", normalized=doc.text[start:title.start], method="pattern",
                score=0.75, sentence_id=sentence_id, category="corporate",
            ))
        return found

    @staticmethod
    def _led_in(context: RecognitionContext, start: int) -> bool:
        """True when the word before ``start`` introduces a list or an agent (包括, 有, 及, 由)."""
        before = [t for t in context.tokens_between(max(0, start - 2), start) if t.end == start]
        return bool(before) and context.doc.shadow[before[0].start:start] in _ITEM_LEADS

    def _name_follows(self, shadow: str, start: int, end: int) -> bool:
        """True when a surname and at least one more Chinese character start at ``start``."""
        return start + 1 < end and shadow[start] in self.surnames and _NAME_CHAR.match(shadow[start + 1]) is not None

    def _bare_suffixes(self, context: RecognitionContext, mentions: list[Mention], title_starts: set[int]) -> list[Mention]:
        """A body's own ending standing alone after its full name (香港大律師公會 …
        公會主席, 該基金會): a short form of the latest body named with it, or of the
        first named after it when none is named before (總會議長… 乙教會總會). A strong
        ending no body named in the document ends, alone right before a title, is a
        body by itself (僑聯主席, 疾控中心主任)."""
        doc = context.doc
        shadow = doc.shadow
        named: list[tuple[int, str, Mention]] = []  # (end, suffix, body)
        for m in mentions:
            # (the endings inside the body, from the document's scan: those a scan of its text finds)
            ending = self._suffix_ends(shadow[m.start:m.end], context.matches(self.suffixes, m)).get(m.end - m.start)
            if ending is not None and ending[1][1] == "strong" and m.end - m.start - ending[0] >= 2 and ending[0] >= 2:
                named.append((m.end, shadow[m.start + ending[0]:m.end], m))
        named.sort(key=lambda item: item[0])
        # For each ending, its bodies' ends (sorted) and the bodies: the latest body
        # named before an offset is found by bisection, not by a walk back over all.
        by_suffix: dict[str, tuple[list[int], list[Mention]]] = {}
        for end_, suffix, m in named:
            ends, bodies = by_suffix.setdefault(suffix, ([], []))
            ends.append(end_)
            bodies.append(m)
        found = []
        for sentence_id, sentence in enumerate(doc.sentences):
            for start, end, (kind, strength) in context.matches(self.suffixes, sentence):
                s, e = sentence.start + start, sentence.start + end
                if e - s < 2 or (shadow[s:e] not in by_suffix and not (
                    strength == "strong" and e in title_starts and shadow[s - 1:s] not in _DEICTIC_CHARS and not _GROUP_FOR_AN_OCCASION.search(shadow, s, e)
                )):
                    continue  # no body named before ends in it (本|公司: the deictic's; 代表團: a delegation)
                if not (context.at_boundary(s) and context.at_boundary(e)) or shadow[s - 1:s] in _NOT_BEFORE_SHORT_FORM:
                    continue
                opens_clause = s == sentence.start or not _NAME_CHAR.match(shadow[s - 1])
                if e not in title_starts and not opens_clause:
                    continue  # a bare ending (公會, 基金會) stands for a body before its title or heading its clause
                if s > sentence.start and _NAME_CHAR.match(shadow[s - 1]) and shadow[s - 1] not in "该本":
                    token = context.tokens_between(s - 1, s)
                    if not token and shadow[s - 1] == "为" and context.token_at(s - 1).label == "x":
                        pass  # 選出甲|為|學會主席: a name glued to 為, then the bare ending
                    elif not token or token[0].label not in _STOP_TAGS:
                        continue  # a longer name ends here (…協會): not the bare ending
                if shadow[s:e] not in by_suffix:
                    found.append(make_mention(doc, s, e, "ORG", normalized=doc.text[s:e], method="bare_suffix", score=0.6, sentence_id=sentence_id, category=kind))
                    continue
                ends, bodies = by_suffix[shadow[s:e]]
                index = bisect.bisect_right(ends, s) - 1
                # the latest body named before; in a lead that names it only later, the first after
                body = bodies[index] if index >= 0 else (bodies[0] if bodies[0].start >= e and e in title_starts else None)
                if body is not None:
                    found.append(make_mention(
                        doc, s, e, "ORG", normalized=body.normalized or body.text, method="propagated",
                        score=0.7, sentence_id=sentence_id, category=body.category,
                    ))
        return found

    def _deictic(self, context: RecognitionContext, mentions: list[Mention], title_starts: set[int]) -> list[Mention]:
        """該局, 該會, 本校 before a title: a body before it whose name as written ends
        in that character (該局副局長 after 行政公職局; for 該校 any school or university,
        東興大學 … 該校副校長), as a short form of that body: the latest that opened its
        sentence as its first words (not a sponsor named after 活動獲), else the latest
        that was its sentence's first body, else the latest."""
        doc = context.doc
        shadow = doc.shadow
        bodies = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.end)
        openers: dict[int, Mention] = {}  # a sentence -> the first body it names
        subjects: set[int] = set()  # ids of the openers its first words name
        for m in sorted(bodies, key=lambda m: m.start):
            if m.sentence_id not in openers:
                openers[m.sentence_id] = m
                if _SENTENCE_OPENING.fullmatch(doc.text, doc.sentences[m.sentence_id].start, m.start):
                    subjects.add(id(m))
        found = []
        for match in _DEICTIC.finditer(shadow):
            s, e = match.span()
            if e not in title_starts or not context.at_boundary(e):
                continue  # 該會議, 本局面: the character opens a longer word
            ending = shadow[s + 1:e]  # 該局: 局; 該中心: 中心
            fitting = [m for m in bodies if m.end <= s and (shadow[m.start:m.end].endswith(ending) or (ending == "校" and m.category == "academic"))]
            # A body named earlier in the same sentence, not as a title's body, is the one
            # referred to (到訪乙商會，受到該會理事長…). Else the body a sentence opened
            # with is the one the article is about (該會 after …同鄉會舉辦…, not the 立法會
            # of a guest's title); else the nearest.
            sentence_id = context.sentence_id(s)
            visited = [m for m in fitting if m.sentence_id == sentence_id and m.end not in title_starts]
            topics = [m for m in fitting if openers.get(m.sentence_id) is m]
            subject_topics = [m for m in topics if id(m) in subjects]
            body = (visited or subject_topics or topics or fitting or [None])[-1]
            if body is not None:
                found.append(make_mention(
                    doc, s, e, "ORG", normalized=body.normalized or body.text, method="propagated",
                    score=0.7, sentence_id=sentence_id, category=body.category,
                ))
        return found

    def _propagate(self, context: RecognitionContext, mentions: list[Mention], listed: list[Mention]) -> list[Mention]:
        """Tag every other occurrence of a suffix-built name found in the article, and
        of its form without a leading place (未來科學城 after 北京未來科學城), and of a
        company named with its stock code (``listed``), there only as whole words."""
        doc = context.doc
        names: dict[str, Mention] = {}
        short_listed = {doc.shadow[m.start:m.end] for m in listed if len(m.text) < 4}
        for m in listed:
            names.setdefault(doc.shadow[m.start:m.end], m)
        for m in mentions:
            if m.method != "pattern" or len(m.text) < 4:
                continue
            shadow = doc.shadow[m.start:m.end]
            names.setdefault(shadow, m)
            for length in range(len(shadow) - 4, 1, -1):
                if shadow[:length] in self.places:
                    names.setdefault(shadow[length:], m)
                    break
        if not names:
            return []
        matcher = Matcher(names)
        found = []
        for sentence_id, sentence in enumerate(doc.sentences):
            for start, end, original in context.matches(matcher, sentence):
                s, e = sentence.start + start, sentence.start + end
                if doc.shadow[s:e] in short_listed and not (s in context.token_starts and e in context.token_ends):
                    continue  # 大同 (2371-TW), then 大同副董事長 but not 世界大同
                if s != original.start:
                    found.append(make_mention(
                        doc, s, e, "ORG",
                        normalized=original.normalized,
                        method="propagated",
                        score=0.75, sentence_id=sentence_id, parent=original.parent, category=original.category,
                    ))
        return found

    def find(self, context: RecognitionContext) -> list[Mention]:
        found: list[Mention] = []
        titles = [m for m in context.found if m.label == "TITLE"]
        title_starts = {m.start for m in titles}
        title_ends = {m.end for m in titles}
        title_reach: dict[int, int] = {}
        for m in titles:
            title_reach[m.start] = max(title_reach.get(m.start, 0), m.end)
        titles_by_sentence: dict[int, list[Mention]] = {}
        for m in titles:
            titles_by_sentence.setdefault(context.sentence_id(m.start), []).append(m)
        listed_companies: list[Mention] = []
        for sentence_id, sentence in enumerate(context.doc.sentences):
            known = self._known(context, sentence, sentence_id, title_ends)
            here = list(known)  # the sentence's bodies
            here.extend(
                m for m in self._suffix_built(context, sentence, sentence_id, known, title_starts, title_ends, title_reach)
                if not (context.doc.shadow.endswith(_MEETINGS, m.start, m.end) and not context.doc.shadow.endswith(_YOUTH_ASSOCIATIONS, m.start, m.end))
                # 會員大會, 股東周年大會: a meeting, not a body (not 澳門青年會, 少年會)
            )
            here.extend(self._latin_companies(context, sentence, sentence_id))
            named_ends = {m.end for m in here}
            here.extend(
                m for m in self._latin_bodies_before_titles(context, sentence, sentence_id, titles_by_sentence.get(sentence_id, []), title_ends)
                if m.end not in named_ends
            )
            listed = self._listed_companies(context, sentence, sentence_id, title_ends)
            if listed:
                named_ends = {m.end for m in here}
                listed = [m for m in listed if m.end not in named_ends]
                here.extend(listed)
                listed_companies.extend(listed)
            here.extend(self._quoted(context, sentence, sentence_id, title_ends))
            here.extend(self._short_company_names(context, sentence, sentence_id, here, titles_by_sentence.get(sentence_id, [])))
            here.extend(self._units_before_repeated_heads(context, sentence_id, here, titles_by_sentence.get(sentence_id, [])))
            here.extend(self._member_offices(context, sentence, sentence_id))
            named_spans = {(m.start, m.end) for m in here}
            here.extend(m for m in self._byline_outlets(context, sentence, sentence_id, title_starts) if (m.start, m.end) not in named_spans)
            found.extend(here)
        found.extend(self._polities_of_titles(context, titles))
        found.extend(self._abbreviations(context, found))
        found.extend(self._propagate(context, found, listed_companies))
        found.extend(self._bare_suffixes(context, found, title_starts))
        found.extend(self._deictic(context, found, title_starts))
        return _taiwan_ministries(context.doc.shadow, found)

