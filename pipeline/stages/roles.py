"""roles: who holds which title in which organisation, sentence by sentence.

The resolver reads each sentence as a sequence of ORG, TITLE and PERSON mentions
and the text between them (the gap), and handles the shapes news uses:

- ``[ORG][TITLE][PERSON]``, ``[TITLE][PERSON]``, ``[PERSON][TITLE]``;
- chains ``[ORG][TITLE]、[ORG][TITLE]…[PERSON]``: every role since the last name
  belongs to the next name;
- ``[ORG][TITLE]兼[TITLE]``: both titles in the one organisation;
- lists: a title before a list of names (``委員包括甲、乙及丙``, ``委員：甲、乙``)
  goes to every name of the list, a title after one (``甲、乙和丙三名副主席``) too;
- line-ups ``主席甲，副主席乙、丙，秘書長丁``: each name takes the title before it,
  and the organisation of the line-up's first title carries to later ones that fit it;
- ``[PERSON]出任/擔任/獲委任為[ORG][TITLE]``: the roles after the verb go to the
  names before it (all of a list); speculation (可能接任, 傳將出任) gives none;
- a title with no organisation of its own may take a body written before it: the
  one heading its clause (``台大醫院的出席陣容包括院長甲``), or the one an earlier
  sentence is about (``公會今晚舉行晚宴。…主席甲``); a learned carry model
  (``models/carry_model.tsv``) ranks the bodies and keeping none, with the hand
  rules' choice among its features;
- a later short mention ``[PERSON][TITLE]`` (李然會長) whose title matches a role
  given in full earlier is linked to it, not reported again without organisation;
- titles in a name's own bracket (``甲（乙大學副校長、丙醫院主治醫師）``), a body
  right before a name whose title follows (``統戰部甲部長``), a counted title whose
  members the sentence lists (``其餘15名非官守議員中，…分別是甲、乙``), a list
  heading (``名單如下：`` then a name a line), and a sentence opened by a pronoun
  or a lone surname (``她於…出任``, ``李也曾在…擔任``) whose subject an earlier
  sentence named.

Each role's ``confidence`` is the probability a learned confidence model
(``models/confidence_model.tsv``) gives it from its shape and evidence; without that
file, the evidence value of its shape: an organisation written next to the title
scores higher than one carried from the clause head.

Left out of the roles given: an occupation with no body (律師, 醫師), a part in an event
(大會主席) or in a group formed for one visit, event or funeral (考察團團長, 籌委會主席), a
degree with the school that awarded it (某大學物理博士), someone standing in for a holder
(行政長官代表、甲), and, with the confidence model, roles below its floor and a doubtful
body carried from an earlier sentence when the phrase's own reading follows.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..document import Document, Mention, Role
from ..lexicons import load_weights, to_shadow_key
from ..recognizers.organizations import POLITY_CHARS
from ..recognizers.persons import LATIN_HONORIFIC
from ..recognizers.resources import org_suffixes, places, surnames, title_heads, title_prefixes
from ..recognizers.titles import BODY_HEADS
from ..registry import register_stage
from ..segmenter import word_frequency
from ..shadow import LIST_MARK_VARIANTS

__all__ = ["RoleResolver", "resolve_roles", "ROLE_SHAPES"]

# Heads and organisation names repeat within and across articles: convert each once.
_shadow_key = functools.lru_cache(maxsize=4096)(to_shadow_key)

# Gaps that keep a chain of titles going (副會長兼秘書長, 副總裁暨財務長).
_JOIN_GAP = regex.compile(
    r"^\s*(?:兼|兼任|兼代理|兼署理|兼暫代|兼暂代|及|和|暨|與|与|以及)\s*(?:新任|現任|现任)?\s*[「『“]?\s*$"  # 兼「乙會」會長, 兼新任乙會會長
    r"|^\s*兼\s*[系所科組组室]\s*$"  # 化學系教授兼系|主任: the unit's head, in the body of the title before
)
# 校監兼大學議庭|主席: a second title after 兼 whose body the recognisers did not find.
# 兼 or 、 and the words of a body not found, between two titles of one name
# (副會長兼甲會會長, 全國人大代表、青進協創會會長).
_JOIN_WORDS_GAP = regex.compile(r"^\s*(?:(?:兼|兼任|暨)\s*\p{Han}{2,8}|、\s*\p{Han}{2,5})$")
# A title's modifier that is also the verb of taking a second post (兼任教授; 甲兼任副校長).
_JOINING_VERB = "兼任"
# What joins a name's second title to its first (甲常務副會長兼理事長; not 及, which may open the next name's title).
_JOINING_WORDS = frozenset(("兼", "兼任"))
# 兼 and a title the recognisers did not find, between a title and its name.
_JOINED_UNFOUND_TITLE = regex.compile(r"^\s*(?:兼|兼任)\s*\p{Han}{2,6}$")
_ADJACENT_GAP = regex.compile(
    r"^[\s:：︰」』”/／─—–－]*$|^\s*\p{Han}{1,4}籍\s*$"  # (主席─甲: a dash as a colon)
    r"|^\s*[（(][^（）()]*(?:恕不|不分先後|不分先后|排名|排序|筆畫|笔画|筆劃|笔划|姓氏|順序|顺序|為序|为序)[^（）()]*[）)]\s*[:：︰]\s*$"  # 理事（排名不分先後）：甲: a note on the list
    r"|^\s*(?:成員|成员)\s*$"  # 董事|成員|甲、乙: the title's members named
    r"|^\s*\p{Han}{1,4}界\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*$"  # 主席|社福界|甲, 選委界, 商界（三）: the seat's sector
    r"|^\s*" + LATIN_HONORIFIC + "$"  # 院長|Dr. |John Smith: an English honorific before the name
    r"|^\s*[（(]\s*\d{3,6}\s*(?:[-.．]\s*[A-Z]{2})?\s*[）)]\s*$"  # 某某金融(662)|副董事總經理: a stock code
)
# Parts of speech of the words of a unit written between its body and a title (市委|教育工委|書記).
_UNIT_WORD_TAGS = frozenset("n nz nt vn j".split())
_COMMA_GAP = regex.compile(r"^\s*[,，]\s*$")
_LIST_GAP = regex.compile(
    r"^\s*[、,，/]\s*(?:前任|前|現任|现任|時任|时任|新任|現為|现为|(?:同時|同时)?(?:也|亦)(?:是|為|为))?\s*$"  # 、現任 before the next body; 、也是 another post
)
# Between two names of one list.
# Another name of a person in brackets right after the name (吳某(筆名吳雨)).
_ALIAS_BRACKET = regex.compile(r"\s*[（(]\s*(?:筆名|笔名|藝名|艺名|原名|又名|英文名)?\s*(?P<name>[^（()）\s]{2,8}|[A-Za-z][A-Za-z.'’\-– ]{1,40}[A-Za-z.])\s*[）)]")  # 甲(筆名乙), 甲(Lord Rogan)
# After a name of a list that a waiting 由 post goes to (由甲、乙及丙出任).
_AGENT_LIST_GOES_ON = regex.compile(r"\s*(?:[、]|及|和|與|与|以及)\s*\p{Han}")
# Hong Kong honours' letters written after a name (甲 GBS, 乙 MH), JP aside.
_HONOUR_LETTER_NAMES = r"GBM|GBS|SBS|BBS|MH|IDSM|IDS|PDSM|PMSM|FSDSM|FSMSM|IMSM|CSDSM|CSMSM|CMSM|ISO|OBE|MBE|CBE|SC|QC|KC"
# One of them, or JP, as a whole word.
_HONOUR_LETTER = r"(?:" + _HONOUR_LETTER_NAMES + r"|JP)(?![A-Za-z])"
# Between two titles of a name, only such letters (甲醫生|GBS|太平紳士).
_HONOUR_LETTERS_GAP = regex.compile(r"\s*(?:(?:" + _HONOUR_LETTER_NAMES + r")(?![A-Za-z])\s*[,，]?\s*)+")
# 甲(筆名乙)、丙; 甲先生、及乙先生
_NAME_LIST_GAP = regex.compile(
    r"^\s*(?:[（(][^（()）]{1,8}[）)])?\s*(?:先生|女士|小姐)?\s*"
    r"(?:" + _HONOUR_LETTER + r"\s*(?:[,，]\s*(?=[A-Z]))?)*"  # 甲MH、乙BBS, JP
    r"\s*(?:[、/]\s*(?:及|和|與|与|以及)?|及|和|與|与|以及|同|跟|暨)?\s*$"
)
# Monastics' forms of address, which a monk's name in religion takes, not a lay name listed before it.
_MONASTIC_ADDRESSES = frozenset("法师 大师 和尚 禅师 尼师 上人".split())


def _has_surname(name: Mention) -> bool:
    """True when ``name`` opens with a surname (a lay name, not a monk's name in religion)."""
    key = _shadow_key(name.text)
    return key[:2] in surnames() or key[:1] in surnames()


# A plain form of address right after a listed name: the name is addressed on its own and
# takes no title written after the last name (甲先生、乙博士: 乙 alone is the doctor).
_OWN_ADDRESS_AFTER = regex.compile(r"\s*(?:先生|女士|小姐)")
# An item of a list the recognisers left unnamed (甲、百強、乙): the list goes on past it.
_UNNAMED_ITEM_GAP = regex.compile(
    r"^\s*、\s*\p{Han}{2,3}\s*、\s*$"
    r"|^\s*、?\s*(?:以及|及|和|與|与)\s*(?:另)?\s*[\d一二三四五六七八九十兩两]+\s*(?:名|位)\s*(?:新)?(?:成員|成员|人士|代表)?\s*[:：︰]?\s*$"
)  # 甲、乙、以及5位新成員丙、丁: a count and a word for the items go on with the list
# After a news outlet's name: the words of a credit line.
# A byline's title introduces the names after it (記者甲 編輯/乙): not the title of the name before.
_CREDIT_SLASH = regex.compile(r"[/／]")
_CREDIT_AFTER = regex.compile(r"\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:記者|记者|報導|报导|報道|报道|訊|讯|電|电|專訊|专讯|特稿|綜合|综合|[/／]|[】〕\]）)])")
# Around a body written in brackets after a title (牧師（前鎮教會）).
_BRACKET_OPEN = regex.compile(r"^\s*[（(]\s*$")
_BRACKET_CLOSE = regex.compile(r"\s*[）)]")
_BRACKET_OPENING = regex.compile(r"\s*[（(]\s*")
# A name's own bracket: 甲（乙大學副校長、丙醫院主治醫師）.
_NAME_BRACKET = regex.compile(r"\s*[（(]([^（()）]{2,80})[）)]")
# What stands between an appointee and who appoints (甲獲|行政長官委任, 甲被|總統任命).
_PASSIVE_MARK = regex.compile(r"\s*(?:獲|获|被|受)\s*")
# A bracket glossing a name in another script (方濟各(Pope Francis)).
_GLOSS_BRACKET = regex.compile(r"\s*[（(][^（()）]{1,40}[）)]")
# A verb of appointing right after the appointer (…委任為, …任命為).
_APPOINTING_VERB = regex.compile(r"\s*(?:委任|任命|委派|聘任|聘請|聘请|推舉|推举|推選|推选|提名|選派|选派|指派)(?:為|为)?")
# A line of its own in brackets naming a post held before (（原任乙所主任）, (前丙局副局長)).
_PAST_POST_LINE = regex.compile(r"\s*[（(]\s*(?P<status>原任|原|前任|前|曾任)[^（()）\n]{2,60}[）)]\s*")
# A form of address between a name and its own bracket (甲先生（乙會主席）).
_COURTESY_BEFORE_BRACKET = regex.compile(r"\s*(?:先生|女士|小姐|太太|夫人)(?=\s*[（(])")
# What may stand between a body and its title inside such a bracket (乙醫學院|內科|教授).
_BRACKET_BODY_GAP = regex.compile(
    r"^\p{Han}{0,4}$"
    r"|^(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?\s*\d{2,4}\s*[~～\-－至]\s*\d{2,4}\s*年度?$"  # 乙局|庚午年90~91年|主席: the years served
)
# Between an organisation and its title: 的 (台大醫院的院長), or a status word the
# title recogniser leaves out (校委會新主席).
_OF_GAP = regex.compile(r"^\s*的\s*$")
# 的 before the name holding the titles, with how long it has held them (出任乙會會長8年的甲).
_HELD_FOR_OF_GAP = regex.compile(r"^\s*(?:(?:[\d一二三四五六七八九十兩两]+|多)\s*(?:年|個月|个月|屆|届)(?:多|之久)?)?\s*的\s*$")
# A verb of holding before a title that a name after 的 holds (擔任乙會主席的甲).
_HELD_BEFORE = regex.compile(
    r"(?:擔任|担任|出任|曾任|現任|现任|原任|兼任|身兼|時任|时任|升任|接任|連任|连任|蟬聯|蝉联|榮任|荣任|膺任|留任|回任|官拜|官至|身為|身为|現為|现为|作為|作为|榮膺|荣膺|轉任|转任|調任|调任|"
    r"當選為|当选为|當選|当选|獲選為|获选为|履新|原為|原为|曾為|曾为|是|新任|新上任|甫上任|剛上任|刚上任|卸任|離任|离任|辭任|辞任|退任|"
    r"(?:獲|获|被|受)\p{Han}{0,4}?(?:委任|任命|委派|聘任|聘請|聘请|推舉|推举|推選|推选|選|选)(?:為|为)?)\s*\p{Han}{0,6}?$"  # 擔任協會|主委的甲: a body not found between; 也是乙會|理事長的甲
)
_STATUS_GAP = regex.compile(r"^\s*(?:新|新任|現任|现任|前任|首任|原任)\s*$")
# Between a title and the list of names it introduces (非官守議員包括甲、乙).
_INTRODUCING_GAP = regex.compile(
    r"^\s*(?:名單|名单|當選人|当选人|當選者|当选者|成員|成员)?\s*(?:則|则|亦|也|仍|將|将|就)?\s*(?:確定|确定|確認|确认)?\s*(?:包括|包括有|包含|有|為|为|是|係|分別為|分别为|分別是|分别是|計有|计有|依次為|依次为|乃|即)\s*[:：︰]?\s*(?:前|原|現任|现任)?\s*$"
    r"|^\s*(?:則|则|亦|也|仍|將|将)?\s*(?:是|為|为)\s*[^，,。；;：:、\s]{1,8}的\s*$"  # 副議長則是無黨籍的甲
)
# After the title heading a list of names with posts of their own (成員包括…).
_LIST_INTRODUCED = regex.compile(r"\s*(?:名單|名单)?\s*(?:包括|包含|計有|计有)")
# Between a list of names and the title they share (甲、乙和丙三名副主席).
_COUNT_GAP = regex.compile(r"^\s*(?:等)?\s*(?:共|合共|一共|總共|总共)?\s*(?:[一二三四五六七八九十廿卅百兩两幾几\d]+\s*(?:名|位|個|个|人))\s*$|^\s*等\s*$")
# A count gap (_COUNT_GAP) and a status word after it, before a body (甲、乙等|前|乙部部長).
_COUNTED_STATUS_GAP = regex.compile(r"^.*?(?P<status>前任|前|原任|原|現任|现任|時任|时任)?\s*$")
# A date or time before the appointment verb: 於3月30日, 明日（2月12日）起，, 下月.
_WHEN = (
    r"(?:(?:於|于|由|自|在)?\s*(?:過去|过去)?\s*[\d一二三四五六七八九十〇○零兩两年月日號号本下明今去昨周週星期上中旬初底即早午晚][\s\d一二三四五六七八九十〇○零兩两年月日號号本下明今去昨周週星期上中旬初底即早午晚]{0,16}"
    r"(?:[（(][^）)]{1,12}[）)])?\s*(?:(?:至|到)[\s\d一二三四五六七八九十〇○零兩两年月日號号]{1,12})?\s*(?:起|後|后|前|之後|之后|間|间|期間|期间)?\s*[,，]?\s*)?"  # 在2017年至2023年間
)
# The term a post is taken for, between the verb and the title: 新一屆, 第十屆, 第九、十屆, 下任,
# a board's year named in the sexagenary cycle (己亥年董事局主席) or in digits (乙會2018年|正副主席).
_TERM = (
    r"(?:(?:新一|新|下一|下|本|今|首|第[一二三四五六七八九十百\d]+(?:\s*[、至及和]\s*第?[一二三四五六七八九十百\d]+)*)(?:屆|届|任|期)(?:的)?|[一二三四五六七八九十百\d]+(?:屆|届)|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:度)?|(?:19|20)\d{2}\s*(?:[至\-－~～]\s*(?:19|20)?\d{2}\s*)?年度?|新)?\s*"
    r"(?:(?:負責|负责|主管|分管|專責|专责)\p{Han}{1,16}?的)?\s*"  # 獲委任為負責環球事務的副校長
)
# Between an organisation and its title: a count of the holders (業務部|3位|負責人).
_HOLDERS_COUNT_GAP = regex.compile(r"^\s*(?:的)?\s*[\d一二三四五六七八九十兩两]+\s*[位名]\s*$")
# Between an organisation and its title: the term (香港潮州商會第十七屆會長).
_TERM_GAP = regex.compile(r"^\s*" + _TERM + r"(?:董事會|董事会|董事局|理事會|理事会)?\s*(?:的)?\s*$")  # 乙會第六屆理事會的|顧問
_APPOINTED_AS = (
    r"^\s*(?:[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*){0,3}\s*)?"  # 伊萬.納威|Iwan Nawi|為: the name in Latin letters
    r"(?:先生|女士|小姐|同志)?\s*(?:[（(](?:前排|後排|后排|中排)?[左右中前後后][一二三四五六七八九\d]?[）)])?\s*[,，]?\s*(?:等\s*(?:人|\p{Han}{0,4}?(?:人士|要員|要员|官員|官员|成員|成员|代表|嘉賓|嘉宾))?\s*)?(?:(?:共有|共計|共计|合共|一共|共)?\s*[一二三四五六七八九十兩两\d]+\s*(?:名|位|人))?\s*" + _WHEN + r"(?P<adverb>(?:除了|除|則|则|已經|已经|已|才|剛剛|刚刚|剛|刚|甫|終於|终于|因為|因为|因|突然|突|近期|最近|早前|先前|稍早|長期|长期|長年|长年|多年|原本|原先|原|將會|将会|即將|即将|將|将|曾經|曾经|曾|再度|再|正式|獲得|获得|獲|获|同(?=[為为是])|可能|有望|或將|或将|或|"
    r"料將|料将|料|傳將|传将|擬|拟|不再|南下|北上|內定|内定|一度|當年|当年|早年|昔日|此前|以往|過往|过往|從前|从前|自動|自动|而後|而后|其後|其后|此後|此后|之後|之后|後來|后来|隨後|随后|後|后|生前|亦|也|並|并|仍|現|现|繼續|继续|同時|同时|隨即|随即|先後|先后|分別|分别|雙雙|双双|一同|一起|齊齊|齐齐|還|还|就|順利|顺利|如預期|如预期|如期|高票|全票|成功|再次|連續|连续|均|皆|都|新|今年|明年|推選|推选|推舉|推举|一致|在會上|在会上|會上|会上|在大會上|在大会上|大會上|大会上|確定|确定|確認|确认|目前|現時|现时|現在|现在|當前|当前|此次|這次|这次|本次|今次|有過|有过|會|会|宣誓|依法)*)\s*"
    + _WHEN + r"(?P<later_adverb>(?:正式|分別|分别|再度|先後|先后|亦|也|即將|即将|將|将|即|會|会|一同|同時|同时|相繼|相继|順利|顺利|均|皆|都)*)\s*"  # 將於下月|正式|出任
    r"(?:(?:返|回|來|来|赴|轉赴|转赴)(?:母校|台灣|台湾|臺灣|香港|澳門|澳门|大陸|大陆|內地|内地|中國|中国|[台臺港澳國国京滬沪校美英])(?:後|后)?\s*)?"  # 2002年返台|擔任: a move, then the post
    r"(?:(?:調任|调任|調往|调往|調至|调至|調回|调回|轉往|转往|轉調|转调)\p{Han}{2,4}?[,，]\s*(?:再|並|并|亦)?\s*)?"  # 調任海南，|任…
    r"(?:(?:以|拿下|獲得|获得|取得|得到)\s*[\d一二三四五六七八九十百]*\s*\p{Han}{0,3}票\s*)?(?:轉調|转调)?(?P<verb>出任|擔任|担任|兼任|獲委任為|获委任为|獲委任|获委任|獲任命為|获任命为|被任命為|被任命为|獲委為|获委为|受委為|受委为|"
    r"當選為|当选为|當選|当选|獲選為|获选为|獲選|获选|獲推選為|获推选为|推選為|推选为|推舉為|推举为|選為|选为|獲聘為|获聘为|受聘為|受聘为|"
    r"分任|任職|任职|現職|现职|蟬聯|蝉联|升任|陞任|轉任|转任|轉為|转为|接任|連任|连任|留任|回任|復任|复任|續任|续任|歷任|历任|官拜|官至|拿下|奪得|夺得|贏得|赢得|卸任|卸下|辭任|辞任|辭去|辞去|請辭(?!\s)|请辞(?!\s)|離任|离任|退任|被免去|免去|被免|離開|离开|交卸|"
    r"晉升為|晋升为|晉升|晋升|升為|升为|擢升為|擢升为|改任|貶任|贬任|降任|歷練|历练|調任|调任|調升|调升|調陞|调陞|晉陞|晋陞|受命為|受命为|轉調|转调|調|调|代理|署理|暫代|暂代|暫任|暂任|署任|榮膺|荣膺|榮升為|荣升为|榮升|荣升|榮陞|荣陞|榮任|荣任|榮調|荣调|膺任|膺選為|膺选为|膺選|膺选|膺|出掌|接掌|就任|履新|"
    r"(?:獲|获|被|受)\p{Han}{0,8}?(?:委任|任命|委派|聘任|聘請|聘请|聘|推舉|推举|推選|推选|選|选)(?:為|为)?|身兼|接棒|當上|当上|成為|成为|作為|作为|接下|任(?![命免])|做|為|为|是|乃|接|兼)(?:過|过|了)?(?:成為|成为|為|为)?\s*"
    r"(?:現任|现任)?\s*"  # 是現任|乙會董事
    r"(?:(?:新|甫|剛|刚)?(?:成立|設立|设立|設|设|組建|组建)的)?\s*"  # 出任新成立的|勞青處處長: a body just set up
    r"(?:(?:本|該|该)?(?:公司|集團|集团))?\s*"  # 辭任本公司非執行董事: the issuer of a notice
    r"(?:\p{Han}{2,3}[縣县市省]|[縣县市省])?\s*"  # 升任金門縣|地政局長, 辭去省|人大常委會副主任: the county or province before a body found without it
    r"(?:\p{Han}{0,10}?[駐驻]\p{Han}{0,14}?)?\s*" + _TERM  # 為(中華人民共和國)駐乙國|大使, 為常駐|乙代表團: where the post is
)
# The appointment verb opening the words after a name (甲|雙雙獲委任為…).
_APPOINTMENT_OPENING = regex.compile(_APPOINTED_AS)
_APPOINTMENT = regex.compile(_APPOINTED_AS + r"(?:[该該本此][局会會校院署处處厅廳部社司所堂行黨党])?[「『“]?$")  # 出任該會|會長: a body referred to, not found
# The same with the words of a body the recognisers did not find after the verb
# (，先後擔任過急診醫學部|主任): only for a clause that names no one.
_APPOINTMENT_AND_WORDS = regex.compile(_APPOINTED_AS + r"[「『“]?\p{Han}{0,16}$")
# 秘書長則由甲擔任: a title, then 由, then the name and the verb.
# After a speaker's name: the verb of speaking.
_SPEECH_VERBS = r"表示|指出|說|说|稱|称|強調|强调|認為|认为|透露|介紹|介绍"
_SPEAKS_AFTER = regex.compile(r"\s*(?:在致詞時|在致辭時|致詞時|致辭時|致詞|致辭|會上|会上)?\s*(?:" + _SPEECH_VERBS + ")")
# A sentence opened by a pronoun (她於2021年擔任…, 彼獲委任為…) or by a surname
# alone (李也曾在…擔任…): its subject is a person an earlier sentence named.
_PRONOUN_SUBJECT = regex.compile(r"\s*[「『“]?(?:他|她|彼)(?![們们人此的])")
# A sentence opened by a verb of holding posts, with no name (歷任…, 曾任…, 現任…, 先後擔任…),
# maybe after a date and a short clause (2015年後調往北京，曾任…).
_VERB_OPENING = regex.compile(r"\s*" + _WHEN + r"(?P<clause>\p{Han}{1,8}[,，]\s*)?(?:並|并|亦|也|早年|其後|其后|此後|此后|之後|之后|隨後|随后|後來|后来|先後|先后|曾經|曾经|曾|後|后|再|又)*\s*(?:歷任|历任|曾任|現任|现任|兼任|轉任|转任|升任|後任|后任|擔任|担任|出任|任職|任职|擔任過|担任过|調任|调任|任(?![命免何務务期內内]))")
_SURNAME_SUBJECT = regex.compile(r"\s*[「『“]?(\p{Han})(?=[也亦曾於于在則则並并先早後后再又還还更現现出擔担兼獲获])")
# A sentence opened by 其, "his" or "her" (其書法作品…), not 其他, 其中 …: about the earlier sentences' person.
_POSSESSIVE_OPENING = regex.compile(r"\s*其(?![他中實实次餘余後后])")
# A pronoun opening a later clause (甲表示，他曾任…): the clause's subject is the sentence's person.
_PLURAL_PRONOUN = regex.compile(r"[,，；;]\s*(?:他們|她們|他们|她们|兩人|两人|二人)")
_CLAUSE_PRONOUN = regex.compile(r"[,，；;]\s*(?:他|她)(?![們们人此的])")
# How many sentences back a pronoun's person may be.
_PRONOUN_REACH = 3
# The most text before a person that still lets it open its sentence (2019年，甲…).
_OPENER_LEAD = regex.compile(r"^[\s\d一二三四五六七八九十〇零年月日於于在同時今昨「『“（(）)]{0,12}$")
# Verbs of being, too weak to give a clause with no name a subject.
_COPULAS = frozenset("任 為 为 是 乃".split())
# Of them, those that give a clause with no name the sentence's person after "now" (，現為乙會會長).
_HELD_NOW_COPULAS = frozenset("任 為 为".split())
_NOW_ADVERBS = ("現", "现", "目前")
# Of them, those that introduce far more than posts after a name and its title (甲局長將為…).
_WEAK_COPULAS = frozenset("為 为 是 乃".split())
# Between a name and the body it served in (甲曾在乙法院擔任法官): adverbs, then 在/於.
_LOCATIVE_GAP = regex.compile(
    r"^\s*" + _WHEN + r"(?P<adverb>(?:也|亦|曾|曾經|曾经|先後|先后|早年|後來|后来|隨後|随后|其後|其后|之前|先前|此前|早前|目前|並|并|則|则|還|还|一直|長期|长期|均|都|將|将)*)\s*"
    r"(?:在|於|于|到|進入|进入|加入|加盟|轉投|转投|轉往|转往|返回|重返|回到|借調|借调|借調到|借调到|借調至|借调至|(?:被)?(?:調到|调到|調往|调往|調至|调至))\s*$"
)
_BY_AGENT = regex.compile(
    r"\s*(?:的)?(?:一職|一职|之職|之职|職務|职务|職位|职位|空缺|遺缺|遗缺)?\s*[,，]?\s*(?:則|则|將|将|改|仍|亦|也|現|现|會|会|就|均|皆|繼續|继续|維持|维持|是)*\s*(?:分別|分别)?\s*由"
    r"(?!\s*(?:即日|今日|明日|今年|明年|本年|下月|本月|[\d０-９一二三四五六七八九十〇○零兩两]+\s*[年月日號号]))"  # not 由明年一月一日起: a date
)
_AGENT_VERB = regex.compile(r"\s*[,，]?\s*" + _WHEN + r"(?:自動|自动|順利|顺利|高票|再度|繼續|继续|亦|也|將|将|正式|分別|分别)*\s*(?:擔任|担任|出任|接任|兼任|出掌|接掌|連任|连任|續任|续任|留任|回任|復任|复任|署理|代理|暫代|暂代|接替|擔綱|担纲|當選|当选|獲選|获选|調任|调任|升任|陞任|轉任|转任|調升|调升|接掌)")
# Between two titles of one list (主委、副主委, 會長和副會長).
_TITLE_JOINER = regex.compile(r"\s*(?:[、/／]|及|和|與|与|以及|暨)\s*")
# 第一、二、三、四及|第五副主席: the ordinals enumerated before a numbered title.
_ORDINAL_LIST = regex.compile(r"第[一二三四五六七八九十]+(?:\s*[、及和至]\s*(?:第)?[一二三四五六七八九十]+)*\s*[、及和至]\s*$")
# Between two items of a line-up once their mentions are taken out: separators, and
# after the last one the words of a body the recognisers did not find whole (入會、預算及|分配委員會).
_ITEMS_BETWEEN = regex.compile(r"^[\s，,、；;]*$|^[\s，,、；;]*[，,；;]\s*\p{Han}[\p{Han}、]{0,10}$")
# Between a successor's name and the predecessor's (甲接替乙擔任…).
_SUCCEEDS_GAP = regex.compile(r"^\s*(?:則|则|將|将|正式|已|隨即|随即)?\s*(?:接替|取代|頂替|顶替|替代|接棒)\s*\p{Han}{0,4}?$")
# Between a post and its deputy written right after it (主席和|副|主席).
_DEPUTY_FOLLOWS = regex.compile(r"\s*(?:和|與|与|及|、)\s*副")
_ORDINAL_RANK = regex.compile(r"第[一二三四五六七八九十]+")
_INTRODUCES_NEXT = regex.compile(r"\s*(?:為|为|是)\s*\p{Han}")
_POLITY_KIND_CHARS = frozenset("市縣县州省")
_RESPECTIVE_AGENT = regex.compile(r"[^由]*(?:分別|分别)")
_PAST_VERBS = frozenset("歷任 历任".split())
_LEAVING_VERBS = frozenset("卸任 卸下 辭任 辞任 辭去 辞去 請辭 请辞 離任 离任 退任 被免去 免去 被免 離開 离开 交卸".split())


@functools.cache
def _leaving_openers() -> tuple[str, ...]:
    """The leaving verbs the title modifiers list as a status (卸任, 離任), which the
    title recogniser reads into a title (卸任|副秘書長) where they are the verb after a
    name (甲將卸任副秘書長); longest first."""
    prefixes = title_prefixes()
    return tuple(sorted((verb for verb in _LEAVING_VERBS if prefixes.get(_shadow_key(verb)) == "status"), key=lambda verb: (-len(verb), verb)))

# Adverbs that make an appointment a past post or a future one, anywhere in the run
# of adverbs before the verb (曾任, 亦曾擔任; 將出任, 亦將接任).
_PAST_ADVERB = regex.compile(r"曾|原|當年|当年|早年|昔日|此前|以往|過往|过往|從前|从前|生前")
_FUTURE_ADVERB = regex.compile(r"(?<!或|料|傳|传)[將将]")
# Words that make an appointment a guess, not a fact (可能接任, 傳將出任, 據悉有望).
_SPECULATION = regex.compile(r"可能|有望|或將|或将|料將|料将|擬|拟|傳將|传将|傳出|传出|盛傳|盛传|據悉|据悉|據報|据报|消息指|消息稱|消息称|呼聲|呼声|熱門|热门|人選|人选|或出任|料(?:出任|接任|升任|陞任|調任|调任|轉任|转任|擔任|担任|接掌|出掌|獲委|获委)")
# After a title: the post is sought, not held (董事候選人, 立委參選人).
_CANDIDACY_AFTER = regex.compile(r"(?:候選人|候选人|參選人|参选人)")
# A title written as the duty someone covers (署理行政長官職務), not a post they hold.
_DUTY_AFTER = regex.compile(r"\s*(?:的)?(?:職務|职务|一職|一职|職位|职位|工作|資格|资格)")
_ACTING_WORDS = ("署理", "代理", "暫代", "暂代", "暫任", "暂任", "署任", "臨時", "临时")
# Clause breaks inside a sentence.
_CLAUSE_BREAK = regex.compile(r"[，,；;：︰:]")
# The breaks after which a body opens a clause of its own (應甲會邀請，乙會派出…).
_CLAUSE_OPENING_BREAKS = frozenset("，,；;")
# A run of Chinese characters ending in 縣/市/省: where a polity's name may end.
_POLITY_NAME = regex.compile(r"\p{Han}{2,5}?[县市省]")
# Title categories that take a country, province or city written before them as
# their organisation, and the kinds of place that count.
_POLITY_TITLES = frozenset({"government", "legislature", "military", "judicial"})
_POLITY_KINDS = frozenset({"country", "region", "province", "city"})
# Heads of a post a district has of its own (黃大仙民政事務專員), shadow form.
_DISTRICT_HEADS = frozenset({"民政事务专员", "民政专员"})
# The bodies the head of a unit (廳長, 處長, 科長, 組長) may serve inside, by the
# unit's character: any unit sits in a bureau, department or government; a 處 also
# in a 廳, a 科 or 組 also in a 廳 or 處 (省商務廳副廳長甲、處長乙).
_UNIT_PARENTS = {
    "厅": ("局", "署", "部", "院", "府"),
    "处": ("局", "署", "部", "院", "府", "厅"),
    "科": ("局", "署", "部", "院", "府", "厅", "处"),
    "组": ("局", "署", "部", "院", "府", "厅", "处"),
}
# Branches and units (分局, 大隊, 總隊): the head's title is the unit's name + 長
# (分局長, 大隊長), not the plain 局長/隊長.
_UNITS = frozenset("分局 分院 大队 总队 中队 分队 支队 分署 分处 分所".split())
# Title categories that never take an organisation they are not written next to.
_NO_CARRY = frozenset({"honour", "profession"})
# Heads that say what someone is or belongs to, not a post they hold (成員, 選手, 歌手):
# they stay TITLE mentions but give no role.
# Members that hold a post all the same (行政會議非官守成員, 當然成員).
_OFFICIAL_MEMBER = regex.compile(r"^(?:非官守|官守|當然|当然|委任|增選|增选|執行|执行|常務|常务)")
# A board written between a body and the title (甲銀行|董事會主席): the body's, not the
# role's title (主席 @ 甲銀行), in shadow form.
_BOARD_PREFIX = regex.compile(r"(?:主席团|值理会|执委会|执行委员会|常务委员会|常委会|校务委员会|校董会|理事会|监事会|管理委员会|董事局|董事会|顾问委员会)")
# A member of a body written right before it sits on it (行政會議成員, 薪酬委員會成員).
_BODY_MEMBERS = frozenset({"成员"})
# A heading listing a body's members (成員：甲、乙): they sit on it.
_MEMBERS_LISTED = regex.compile(r"\s*[:：︰]")
# Names appointed members (委任甲、乙為新成員): they sit on the body the clause is about.
_MEMBERS_APPOINTED = regex.compile(r"(?:為|为|出任|擔任|担任)\s*(?:新|新任|現任|现任)?\s*$")
_NOT_POSTS = frozenset(
    "成员 会员 团员 队员 选手 艺人 歌手 演员 球员 球星 运动员 门将 守门员 后卫 前锋 中场 冠军 亚军 季军 学者 专家 得主 "
    "企业家 实业家 政治家 慈善家 教育家 科学家 艺术家 音乐家 歌唱家 指挥家 作曲家 书法家 画家 作家 诗人 评论家".split()  # descriptions, no posts
)
# Decorations are honours received, not posts held (金蓮花榮譽勳章, 銅紫荊星章).
_DECORATION_ENDINGS = ("勋章", "奖章", "星章")
# Heads that are also everyday verbs (代表 "represent"): bare, before a word, no title.
_VERB_HEADS = frozenset("代表".split())
# Academic degrees and ranks that name no body unless one is written next to them.
# Forms of address that name no post when written bare after a name (陳大文醫生).
_ADDRESS_ONLY = frozenset("医生".split())
_PERSONAL_HEADS = frozenset("教授 博士 院士 博士后 硕士".split())
_DEGREES = frozenset("博士 博士后 硕士 学士".split())
# Posts written bare after a name as its form of address (甲法官出任…, 乙神父出任…, 丙法師、丁法師).
_ADDRESS_HEADS = frozenset("法官 神父 牧师 法师 禅师 尼师".split())
# Posts that name their own polity or body (行政長官, 總統, 立委): never carried.
_SELF_CONTAINED = frozenset(
    "法师 大师 和尚 大和尚 老和尚 上人 禅师 尼师 长老 "
    "行政长官 特首 总统 副总统 国家主席 国家副主席 首相 国务卿 立委 立法委员 立法议员 国策顾问 人大代表 全国党代表 政协委员 蓝委 绿委 白委 阁揆 政委 政务委员 "
    "国务委员 中央候补委员 大使 特命全权大使 公使 审计长 "
    "州议员 州行政议员 国会议员 上议员".split()  # (Malaysia: state assemblymen and exco members, members of parliament, senators)
)
# Portfolio words that make a post name its own body (僑務委員, 僑務顧問: posts of the
# Overseas Community Affairs Council, conferred on people abroad).
_SELF_CONTAINED_PORTFOLIOS = ("侨务",)
# The heads of such posts (not 僑務秘書, 僑務組長: the staff of a mission).
_CONFERRED_HEADS = ("委员", "顾问")
# A university's officers (the heads of its academic affairs, students, research …).
_UNIVERSITY_OFFICERS = frozenset("教务长 学务长 研发长 总务长 国际长".split())
# Heads that only a body with one of these endings has (議長 of a 議會).
_HEAD_BODIES = {
    "议长": ("议会", "立法会", "立法院"),
    "议员": ("议会", "立法会", "区议会", "行政会议"),  # 行政會議非官守議員
    "校长": ("大学", "学校", "中学", "小学", "书院", "学院", "大", "国小", "国中", "高中", "高工", "高商", "科大", "附中"),
    # A university's officers (教務長, 學務長 …) serve the university, not one of its departments.
    **{head: ("大学", "学院", "科大", "大") for head in (*_UNIVERSITY_OFFICERS, "图书馆长")},
    # A premier heads a cabinet; a charity's board (東華三院, 保良局, 博愛醫院董事局) has 總理 too.
    "总理": ("国务院", "内阁", "董事局", "三院", "医院", "保良局", "堂"),
    # A village's and a neighbourhood's chiefs head their 里 or 村, not the city government (市府).
    "里长": ("里",), "邻长": ("里", "邻"), "村长": ("村",),
    # Prosecutors serve a prosecutors' office, not the court their cases go to.
    **{head: ("检察署", "检署", "地检", "检察院", "检察厅", "检察处", "律政司") for head in "检察官 主任检察官 襄阅主任检察官 检察长 检察总长".split()},
}
# The board that governs a body, written after the body's name (中大校董會, 某公司董事會).
_BOARD_ENDING = regex.compile(r"(?:校董會|校董会|董事會|董事会|董事局|校務委員會|校务委员会)$")
# Organisations that are places where things happen (會展中心, 酒店), not employers
# (a 會館 is an association).
# Events named like bodies (亞運會, 全國運動會, 世界錦標賽, 國際博覽會): no post is held in one.
_EVENT = regex.compile(r"(?:運會|运会|運動會|运动会|錦標賽|锦标赛|博覽會|博览会|嘉年華|嘉年华|展覽會|展览会)$")
_VENUE = regex.compile(r"(?:中心|(?<![會会])館|(?<![會会])馆|酒店|廣場|广场|大廈|大厦|禮堂|礼堂|會堂|会堂|體育場|体育场|劇院|剧院)$")
# Heads that any kind of body can have.
_GENERIC_HEADS = frozenset(
    "主席 委员 主任 秘书长 秘书 主任秘书 主秘 顾问 总监 主管 成员 召集人 发言人 总干事 干事 司库 主委 理事 监事 常委 执委 "
    "董事 董事长 执行董事 独立董事 非执行董事 独立非执行董事 董事会主席 董事局主席 行政总裁 执行长".split()
)
_GENERIC_HEADS_TUPLE = tuple(_GENERIC_HEADS)  # (for str.endswith: 信託委員, 名譽顧問)
# Which kinds of body a title of each category belongs to when it is carried over.
_CATEGORY_FITS = {
    "corporate": {"corporate", "media", "other"},
    "academic": {"academic", "medical"},
    "government": {"government", "consultative", "international"},
    "legislature": {"legislature", "consultative"},
    "association": {"association", "consultative", "religious", "other", "party"},
    "religious": {"religious", "association"},
    "judicial": {"judicial"},
    "military": {"military", "government"},
    "media": {"media", "corporate"},
    "sport": {"association", "other", "sport", "corporate"},
    "party": {"party"},
}
# Kinds of body that have a board of directors too (證監會, 醫管局, 東華三院): a line-up's
# 董事 or 非執董 is theirs.
_BOARDED_CATEGORIES = frozenset({"government", "association", "consultative", "medical"})
# Elected heads of a polity (a village, a township, a city, a county …).
_ELECTED_HEADS = frozenset("里长 村长 乡长 镇长 市长 县长 区长 省长 州长".split())
# The party group or committee inside any body (黨組書記 of a company, 黨委副書記 of a university).
_PARTY_UNITS_OF_BODIES = ("党组", "党委")
# The same, for a body named in an earlier sentence: only its own kind.
_TOPIC_FITS = {
    "corporate": {"corporate"},
    "academic": {"academic"},
    "government": {"government"},
    "legislature": {"legislature"},
    "association": {"association", "religious"},
    "religious": {"religious"},
    "judicial": {"judicial"},
    "military": {"military"},
    "media": {"media"},
    "sport": {"association", "sport"},
    "party": {"party"},
}
# A head such as 局長 or 院長 names the kind of body by its first character.
_BODY_CHAR_HEAD = regex.compile(r"^(?:分)?[局处署司部院厅校所馆团社行队台站庭科股组系市县省州区镇乡村会]长$")

# How each shape is written in ``Role.method`` and how much its evidence is worth.
ROLE_SHAPES = {
    "org_title": 0.9,        # 香港大學校長甲
    "place_title": 0.9,      # 美國總統甲
    "chain": 0.85,           # 甲會會長、乙會主席丙
    "joined_title": 0.85,    # 副會長兼秘書長甲
    "title": 0.8,            # 行政長官甲 (no organisation written)
    "list": 0.8,             # 委員甲、乙及丙: a later name of the list
    "chain_carried": 0.8,    # 甲會會長、副主席乙
    "appointment": 0.75,     # 甲獲委任為乙會主席
    "lineup_carried": 0.75,  # 甲會主席乙，副主席丙
    "person_title": 0.7,     # 甲局長
    "org_person_title": 0.75,  # 甲部乙部長
    "list_title": 0.7,       # 甲、乙和丙三名副主席
    "bracket_org": 0.8,      # 甲牧師（乙教會）
    "bracket_title": 0.8,    # 甲（乙大學副校長、丙醫院主治醫師）
    "clause_org": 0.6,       # 甲會出席的有理事長乙: a body earlier in the sentence
    "topic_org": 0.5,        # 甲會今晚舉行晚宴。…主席乙: a body an earlier sentence names
    "board_list": 0.65,      # 理事會當選名單：甲、乙: each member holds the board's title
    "colon_list": 0.7,       # 乙委員會召委：丙黨甲、丁黨戊: each listed name holds the heading's title
    "heading_list": 0.7,     # 校董名單如下：⏎甲⏎乙: one name a line under a heading
    "body_name_list": 0.65,  # 新任校長名單為甲國小乙、丙國中丁: each name with the body before it
    "set_member": 0.65,      # 其餘15名非官守議員中，…分別是甲、乙
    "honour_letters": 0.8,   # 甲先生, SBS, JP: the honour JP, no body
    "successor": 0.6,        # 原總經理甲任期屆滿，由協理乙接任: 乙 takes the post named before
    "apposition": 0.7,       # 甲，乙大學校長，表示…: the post written between commas after the name
    "listed_posts": 0.7,     # 甲身兼多項公職，包括乙會理事、丙會會長: each post listed is the one person's
    "respective": 0.75,      # 主席及秘書分別為甲及乙: the k-th name holds the k-th title
    "introduced_list": 0.65,  # 副主席名單不變，分別是甲、乙
    "introduced_titled": 0.55,  # 六名副主任包括某會主席甲、前局長乙: each name with a title of its own too
}
# A government body that names people to posts (行政院今天提名…): the posts are
# mostly another body's, not its own (a company that nominates fills its own board).
_NAMES_OTHERS = regex.compile(
    r"\s*(?:今天|今日|昨天|昨日|日前|近日|早前|上午|下午|\d{1,2}日|[今昨][（(]\d{1,2}日[）)])?\s*"
    r"(?:(?:宣布|宣佈|公布|公佈)\s*[,，]?\s*)?(?:再度|正式|已)?\s*"
    r"(?:提名|任命|委任|委派|推薦|推荐|遴選|遴选|聘任|聘請|聘请|核定|核准|感謝|感谢)"
)
# A title naming a set whose members the sentence goes on to list
# (其餘15名非官守議員中，7人是新加入，分別是甲、乙…; 原有8名副理事長當中，甲、乙亦連任).
_SET_BEFORE = regex.compile(r"(?:(?:(?P<number>[一二三四五六七八九十百兩两\d]+)|多|數|数|幾|几|若干)\s*(?:名|位|個|个|席))\s*\p{Han}{0,4}$")
# Words before a title naming its new holders as a set (新加入的非官守成員包括甲、乙).
_NEWCOMER_STATUS = ("新任", "新一屆", "新一届")  # 新任副會長是甲、乙: the title's own status word
_NEWCOMERS_BEFORE = regex.compile(r"(?:新加入的|新加入|新委任的|新獲委任的|新获委任的|新任的)$")
_LISTED_AFTER = regex.compile(r"\s*(?:[、，,。；;）)]|及|和|與|与|以及|等|$)")
# A title, then the names holding it (獲得僑務委員的有三位：甲、乙; 當選理事的包括甲、乙).
_SET_OF = regex.compile(
    r"\s*的\s*(?:有|包括|包含|計有|计有|分別是|分别是|分別為|分别为)\s*(?:[一二三四五六七八九十兩两\d]+\s*(?:位|名|人)\s*)?[:：︰]?\s*(?=\p{Han})"
)
_SET_AFTER = regex.compile(
    r"\s*(?:(?:當中|当中|之中|中)\s*(?:[,，、]|包含|包括|有)|[,，]\s*(?:包括|包含|分別是|分别是|分別為|分别为|分別有|分别有|計有|计有))"
)
# After a title, a word or two about its holders and the words that introduce them
# (五位副主席名單不變，分別是甲、乙; 六名副主任，包括某會主席甲、前局長乙).
_HOLDERS_INTRODUCED = regex.compile(
    r"\s*(?:的)?(?P<roster>名單|名单|人選|人选|席位)?\s*(?:不變|不变|出爐|出炉|確定|确定)?\s*"
    r"(?P<count>(?:(?:共|合共|一共|總共|总共)\s*有?|有)\s*[一二三四五六七八九十兩两\d]+\s*(?:位|名|人)\s*)?[,，]?\s*"  # 理事有6人，包括…; 理事共20人，包括…
    r"(?:還|还|亦|也|則|则|就)?\s*(?:包括|包含|分別是|分别是|分別為|分别为|分別有|分别有|計有|计有|依次為|依次为|依序為|依序为|(?P<copula>是|為|为))\s*"
    r"(?:[一二三四五六七八九十兩两\d]+\s*(?:位|名|人)\s*)?[:：︰]?\s*"
)
# After a title, a comma and a short clause, then its holders named in order (第五屆縣議員，
# 依選區及得票分別是甲、乙): the clause says how they are ordered (a roster).
_HOLDERS_IN_ORDER = regex.compile(
    r"\s*[，,]\s*(?P<roster>[^。；;！？!?：:，,、\n]{1,12}?)(?:分別是|分别是|分別為|分别为|依序為|依序为|依序是|依次為|依次为|依次是)\s*[:：︰]?\s*"
)
# After a title, the words of a roster of those elected to it, then its holders (新一屆政協常委
# 來自香港新當選有甲、乙), and the roster's next group after a comma (，連任的包括丙、丁).
_ELECTION_WORDS = r"(?:新當選|新当选|當選|当选|連任|连任|留任|續任|续任|新任|獲委任|获委任)"
_HOLDERS_ELECTED = regex.compile(
    r"\s*(?P<roster>[^。；;！？!?：:，,、\n]{0,10}?(?P<elected>" + _ELECTION_WORDS + r")(?:的)?)\s*(?:有|包括|包含|為|为|是)\s*[:：︰]?\s*"
)
_ELECTED_GOES_ON = regex.compile(r"\s*[，,]\s*" + _ELECTION_WORDS + r"(?:的)?\s*(?:有|包括|包含|為|为|是)\s*[:：︰]?\s*")
# After a counted title, only a comma or a colon, then its holders (3名副會長，甲、乙和丙):
# taken when the names listed are as many as the count.
_COUNTED_HOLDERS_OPEN = regex.compile(r"\s*[,，:：︰]\s*")
# After a counted title, the rest of its clause, then the words that introduce the set's
# members (八名委員獲邀出席，包括甲、乙; 十多名顧問，出席受聘的有甲、乙): the clause names no one.
_HOLDERS_INTRODUCED_LATER = regex.compile(
    r"(?:[^。；;！？!?：:，,\n]{1,24}[，,]\s*(?:包括|包含)|[，,][^。；;！？!?：:，,\n]{1,24}的\s*(?:有|包括|包含))\s*[:：︰]?\s*"
)
# The words of one item of such a list before its name (東華三院主席, 「短跑王子」, 前局長).
_ITEM_DESCRIPTION = regex.compile(r"[^，,。；;：:︰！？!?、\n]{0,16}")
# After a listed name: a form of address or a bracket (甲女士, 乙（民）), then what joins the next item.
_ITEM_ADDRESS = regex.compile(
    r"\s*(?:[（(][^（()）]{1,12}[）)])?\s*(?:女士|先生|小姐|博士|醫生|医生|教授|牧師|牧师|神父|律師|律师|太平紳士|太平绅士|資深大律師|资深大律师|大律師|大律师)?"
    r"(?:\s*" + _HONOUR_LETTER + r")*"  # 甲博士 MH, 乙先生 BBS JP
)
# Between items that each close with a form of address: a comma (依次為甲博士 MH，乙先生，丙).
_ADDRESSED_ITEM_JOINER = regex.compile(r"\s*[，,]\s*")
# After a name: the verb of taking over a post, ending its clause (乙接任。, 由乙接掌，).
_TAKES_OVER = regex.compile(
    r"\s*(?:[（(](?:[^（()）]{1,12}|[A-Za-z][A-Za-z.'’\-– ]{1,40})[）)])?\s*(?:將|将|則|则|正式|已|隨即|随即)?\s*(?:接任|接掌|繼任|继任|接棒|接手|遞補|递补|補上|补上|填補|填补|升任|陞任|出任|擔任|担任|真除)"
    r"(?:其職|其职|該職|该职|此職|此职|職務|职务|一職|一职)?(?=\s*(?:[，,。；;！!]|$))"
)
# Words that free a post for its successor: its holder leaves, or it is handed over.
_POST_FREED = regex.compile(
    r"請辭|请辞|辭職|辞职|辭任|辞任|辭去|辞去|卸任|退任|退下|下台|下臺|退休|屆滿|届满|離任|离任|離職|离职|不再擔任|不再担任|出缺|懸缺|悬缺|"
    r"交接|布達|布达|交棒|轉任|转任|調任|调任|升任|陞任|病逝|辭世|辞世|逝世|去世|請假|请假|寶座|宝座|職缺|职缺|空缺"
)
# How far before the words of the name taking over its post may be, in characters.
_TAKEN_POST_REACH = 40
# A meeting written right before a post (大會主席): the post is the meeting's, carried to no body;
# not a members' general meeting (會員大會主席, 會員代表大會主席), a standing post of the association.
_MEETING_POST = regex.compile(r"(?<![員员表])(?:大會|大会)$")
# After a name, a comma (and an age) and its post, closed by a comma or the sentence's
# end (甲，乙大學校長，表示…; 甲，57歲，現任…); then maybe a clause going on about the
# name with another post (，亦是丙會理事長).
_APPOSITION_OPEN = regex.compile(
    r"\s*(?:[（(]\s*\d{3,4}\s*年?\s*(?:[－—\-–~～至到]\s*(?:\d{3,4}\s*年?)?)?\s*[）)])?"  # 甲（1950年－2020年），: a lifespan
    r"\s*[，,]\s*(?:[\d一二三四五六七八九十]{1,4}\s*(?:歲|岁)\s*[，,]\s*)?(?P<status>現任|现任|前任|時任|时任|前|原)?\s*"
)
_APPOSITION_MORE = regex.compile(r"\s*[，,]\s*(?:亦|也|同時|同时|並|并)\s*(?:是|為|为|兼任|擔任|担任)\s*")
_APPOSITION_CLOSE = regex.compile(r"\s*(?:[，,。；;]|$)")
# A clause of holding posts before the name it is about: its opening verb and the
# words closing it right before the name (在擔任乙會主席期間，甲…).
_HELD_DURING_OPEN = regex.compile(r"\s*(?:過去|过去|早年|當年|当年)?\s*(?:在|於|于)?\s*(?:擔任|担任|出任|出掌|接任|接掌)")
_HELD_DURING_CLOSE = regex.compile(r"\s*(?:的)?\s*(?:期間|期间|時|时|之時|之时|任內|任内|以來|以来|後|后)\s*[,，]\s*")
# Words on someone's posts before a list of them (身兼多項公職，包括…; 擔任要職，包括…).
_POSTS_INTRODUCED = regex.compile(
    r"(?:公職|公职|要職|要职|職務|职务|職位|职位|頭銜|头衔)[^。！？!?；;]{0,12}?(?:包括|包含)\s*[:：︰]?\s*"
)
# Between two posts of such a list, or a body and its title (甲會|第44屆|會長), and the
# words of a body no recogniser found (、|乙縣|議員).
_POST_SEPARATOR = r"\s*(?:、|及|和|與|与|以及|，|,)?\s*"
_POST_LIST_GAP = regex.compile(_POST_SEPARATOR + _TERM)
_POST_LIST_WORDS = regex.compile(_POST_SEPARATOR + r"\p{Han}{0,8}?" + _TERM)
# The status words of a post's former holder (原總經理): not the successor's.
_STATUS_LEAD = regex.compile(r"^(?:原任|前任|原|前|卸任|時任|时任|現任|现任)")
# After a name: its form of address, other Hong Kong honours' letters, then JP (甲先生, SBS, JP).
_HONOUR_LETTERS = regex.compile(
    r"\s*(?:先生|女士|小姐|博士|教授|醫生|医生|議員|议员)?\s*[,，、]?\s*"
    r"(?:(?:" + _HONOUR_LETTER_NAMES + r")\s*[,，、]\s*)*(?P<jp>JP)(?![A-Za-z])"
)
# Titles of an aide to an office-holder, written right after the principal's title.
_AIDE_TITLE = regex.compile(r"(?:助理|私人秘書|私人秘书|機要秘書|机要秘书|特助|特別助理|特别助理)$")
# Posts held for a principal named by the title right before them (總統|特使甲, 行政長官|特別顧問乙).
_FOR_PRINCIPAL_TITLE = regex.compile(r"(?:特使|特別代表|特别代表|特別顧問|特别顾问|發言人|发言人)$")
# Where a list's last item ends: a clause break or the end of the text.
_LIST_END = regex.compile(r"\s*(?:[，,。；;！？!?）)」』]|等|$)")
# Before a title: a verb of taking part in an event (出席的…代表, 參與訪問的…委員): the
# title describes the group there, each name's post is its own.
_EVENT_PART = regex.compile(r"(?:出席|列席|參與|参与|參加|参加|訪問|访问|到場|到场|陪同|隨團|随团|率團|率团|主禮|主礼|觀禮|观礼)\p{Han}{0,8}$")
# Before a title: another title or noun it is coordinated with (主要官員及|檢察長).
_JOINED_BEFORE = regex.compile(r"(?:及|和|與|与|、|暨)\s*$")
_ITEM_JOINER = regex.compile(r"\s*(?:、\s*(?:以及|及|和|與|与)?|以及|及|和|與|与)\s*")
# Words that introduce a list of bodies each followed by a name (名單為甲國小乙、丙國中丁).
_PAIRS_INTRODUCED = regex.compile(r"(?:名單為|名单为|名單如下|名单如下|分別為|分别为|分別是|分别是|依序為|依序为|包括|如下)\s*[:：︰]?\s*$")
_PAIR_JOINER = regex.compile(r"\s*(?:[、，,；;]|及|和|與|与|以及)\s*")
# How far before such a list its title may be, in characters.
_PAIRS_REACH = 120
# A board named by its members' title, then its list (理事會當選名單：, 監事會成員：).
_BOARD_LIST = regex.compile(
    r"(?P<stem>理事|監事|监事|董事|值理|執委|执委|常委)(?:會|会|局)\s*(?:當選|当选|新任|新一屆|新一届)?\s*"
    r"(?:名單|名单|成員|成员)\s*(?:為|为|如下)?\s*[:：︰]"
)
# A heading that names the people below it as holders of a post (委任以下各位為委員，
# 任期兩年：, 下列人士獲委任為董事：): its title goes to the names of the line after it.
_FORWARD_HEADING = regex.compile(r"(?:以下|下列)\p{Han}{0,6}?(?:為|为|出任|擔任|担任|作為|作为)[^。！？!?\n]*[:：︰]\s*$")
# A title ending its line with a colon, maybe after 名單 and 包括 (新任理事包括：, 召委名單包括：).
_TITLE_HEADING_TAIL = regex.compile(r"\s*(?:名單|名单)?\s*(?:包括|包括有|如下|為|为)?\s*[:：︰]\s*")
# A heading that opens a list of names, one a line (校董名單如下：): its title goes to each.
_LIST_HEADING = regex.compile(r"(?:如下|名單|名单|成員|成员|名錄|名录)\s*[:：︰]\s*$")
# What may follow a heading's title: a count, then the colon (理事三十五名，名單如下：);
# or a clause break when 以下/下列 before the title points to the list (任命以下各位為委員，任期兩年：).
_HEADING_AFTER_TITLE = regex.compile(
    r"\s*(?:共?[\d０-９一二兩两三四五六七八九十百]+\s*[名位人席]\s*)?"
    r"(?:(?:名單|名单)?\s*(?:包括|包括有|如下|為|为)?|[，,]\s*(?:其?(?:名單|名单)|分別|分别)?\s*(?:如下|包括|為|为))\s*[:：︰]\s*"
)
_HEADING_CLAUSE_BREAK = regex.compile(r"\s*[，,；;]")
_POINTS_FORWARD = regex.compile(r"以下|下列")
# A line of such a list ends the list when it ends like a sentence, or a blank line comes first.
_LIST_ENDED = regex.compile(r"[。！？!?]\s*$")
# The colon after a title opening a list's line (會長：甲、乙): the line's names hold it.
_RANK_COLON = regex.compile(r"\s*[:：︰]")
# A dash between an item's body and its name on a list's line (甲校-乙).
_ITEM_DASH = regex.compile(r"\s*[-－–—]\s*")
# A place or body before a name on a list's line (台北市 甲).
_LINE_LABEL = regex.compile(r"[ \t\u3000]*(?P<label>\p{Han}{2,8})[ \t\u3000]+")
# A clause's comma or semicolon, which no line of a list of items holds.
_CLAUSE_COMMA = regex.compile(r"[，,；;]")
# The longest line of a list whose lines stand between blank lines (a place and a name).
_SHORT_LIST_LINE = 12
# A county or city heading a line (南投縣：…): the polity of the line's council titles.
_LINE_POLITY = regex.compile(r"\s*(\p{Han}{1,4}[縣县市])\s*[:：︰]")
# How far back a body is looked for: sentences, and characters for a polity's name.
_CARRY_SENTENCES = 30
_NEAR_SENTENCES = 3  # a body not opening its sentence carries only this far
_CARRY_CHARS = 3000
# The most a role with no organisation scores when its title belongs to some body.
_NO_BODY_CONFIDENCE = 0.4

CARRY_MODEL = "carry_model"  # models/carry_model.tsv: the weights that rank a title's carried bodies
# Roles less likely than this to be right are left out of the tables: below it a role
# costs the roles F1 more as a false alarm than it brings as a hit, while the person and
# title it links are often right all the same. With the models learnt from 46 sets,
# 0.35 gave the best roles F1 at the best sum of roles and person–title F1 on the
# never-read real-news sets (0.3 the same sum, less roles F1; 0.4 less of both).
# ZHEXTRACT_MIN_CONFIDENCE sets another floor for a run (0 keeps every role).
MIN_CONFIDENCE_VARIABLE = "ZHEXTRACT_MIN_CONFIDENCE"
try:
    MIN_CONFIDENCE = float(os.environ.get(MIN_CONFIDENCE_VARIABLE) or 0.35)
except ValueError:
    raise ValueError(f"{MIN_CONFIDENCE_VARIABLE}={os.environ[MIN_CONFIDENCE_VARIABLE]!r} is not a number (a confidence floor such as 0.4, or 0 to keep every role)") from None
CONFIDENCE_MODEL = "confidence_model"  # models/confidence_model.tsv: the weights that score a role's chance of being right
# A body carried from an earlier sentence is kept only from this confidence up when the
# role is also written as its phrase writes it, with no body: below it the carried body
# is wrong about as often as right, and the phrase's own reading stays. On the read
# real-news sets 0.5 gave the best roles F1 and the never-read ones agreed; 0.45 keeps
# most of that gain and loses one role fewer on the written dev and test paragraphs.
CARRIED_MIN_CONFIDENCE = 0.45


@dataclass
class _Pending:
    title: Mention
    org: Mention | None
    shape: str
    status: tuple[str, ...] = ()  # 前, 新任 … written before the organisation, or 曾任 from the verb


@dataclass
class _State:
    """What one sentence has built up so far while its mentions are read in order."""

    pending: list[_Pending] = field(default_factory=list)  # titles waiting for their names
    group: list[_Pending] = field(default_factory=list)    # titles the last names took (a list goes on)
    names: list[Mention] = field(default_factory=list)     # the names of the current list
    org: Mention | None = None          # organisation waiting for its title
    chain_org: Mention | None = None    # organisation of the last title in the chain
    lineup_org: Mention | None = None   # organisation of the line-up's titles (主席甲，副主席乙)
    appointed: list[Mention] = field(default_factory=list)  # the names before 出任/擔任 …
    appointment: tuple[str, ...] | None = None  # status the appointment verb gives, None: no role
    subjects: list[Mention] = field(default_factory=list)  # every name of the clause so far (甲、乙與丙則當選…)
    by_agent: list[_Pending] = field(default_factory=list)  # 秘書長則由甲擔任: titles waiting for 由 …擔任
    by_agent_respective: bool = False  # 主委、副主委分別由甲、乙擔任: the k-th title to the k-th name
    agents: list[Mention] = field(default_factory=list)  # 由甲、乙…: the names before the last one of the list
    respective: int | None = None  # 分別: the index of the next name to take a title
    titled: list[Mention] = field(default_factory=list)  # the names the last title came after (甲博士)
    body_before_name: Mention | None = None  # 統戰部|甲|部長: the body written right before the list's first name
    named_lineup_org: Mention | None = None  # 乙館|甲|總領事，丙|副總領事: the body of a line-up of names before their titles
    located: tuple[list[Mention], str] | None = None  # 甲曾在|乙法院: the names and adverbs before the body they served in
    co_orgs: list[Mention] = field(default_factory=list)  # 甲醫院及|乙醫院行政總監: bodies sharing the next title
    appointed_org: Mention | None = None  # 出任乙集團|董事長、總經理: the body the first title of the appointment's list came with
    career: bool = False  # 歷任 …, 先後任 …: the appointment lists a career, item after item past commas and semicolons
    introduced: bool = False  # the list's titles came before 為, 包括 … (副總召為甲、乙議員), not right before its first name
    mentions: list[Mention] = field(default_factory=list)  # the sentence's mentions, in order (kept by reset)

    def reset(self) -> None:
        """Forget everything but the titles waiting for 由 …擔任 (they span the break) and the sentence's mentions."""
        self.pending, self.group, self.names, self.subjects = [], [], [], []
        self.org = self.chain_org = self.lineup_org = None
        self.appointed, self.appointment, self.respective, self.titled = [], None, None, []
        self.career = self.introduced = False
        self.body_before_name = self.located = self.appointed_org = self.named_lineup_org = None
        self.co_orgs = []


# The ending of a university department, which its head's title repeats (學系|系主任).
_DEPARTMENT_ENDING = "系"


def _role(person: Mention, pending: _Pending, sentence_id: int, shape: str | None = None, base: float | None = None) -> Role:
    org = pending.org
    title = pending.title
    shape = shape or pending.shape
    title_start, title_text, title_normalized = title.start, title.text, title.normalized or title.text
    shared_head = (
        org is not None and org.end == title.start and len(title.normalized) >= 2 and org.text.endswith(title.normalized[0])
        and title.text.startswith(title.normalized[1:]) and not title.text.startswith(title.normalized)
    )
    if shared_head:
        # 財政司長: the title shares the body's last character (財政司 + 司長); a bracket after it
        # stays (教育部長(學校) → 部長(學校)).
        title_start, title_text = title.start - 1, title.normalized + title.text[len(title.normalized) - 1:]
        if len(org.text) > 2 and _shadow_key(org.text[-2:]) in _UNITS and title.text == "長":
            # 大湖分局長, 義警大隊長, 雲林分院長: the head of a branch or unit is its 分局長, 大隊長.
            title_start, title_text = title.start - 2, org.text[-2:] + title.text
            title_normalized = title_text
            if len(org.text) > 4 and org.text[-4:-2] == org.text[-2:]:
                # 保安警察大隊|大隊長: the unit written twice, once for the body and once in the title
                org = dataclasses.replace(org, end=org.end - 2, text=org.text[:-2], normalized=(org.normalized or org.text)[:-2])
    elif org is not None and org.end == title.start and title.text == "主任" and org.text.endswith(_DEPARTMENT_ENDING) and not _shadow_key(org.text).endswith("学系"):
        # 電機系主任: a department's head is its 系主任, the 系 written once for both (not 教育學系主任)
        title_start, title_text = title.start - 1, org.text[-1] + title.text
    board = _BOARD_PREFIX.match(_shadow_key(title_text)) if org is not None else None
    if board and len(title_text) > board.end():
        title_start, title_text = title_start + board.end(), title_text[board.end():]
    return Role(
        person=person.text,
        title=title_text,
        title_normalized=title_normalized,
        qualifiers=pending.status + title.qualifiers,
        organization=org.text if org else "",
        organization_normalized=(org.normalized or org.text) if org else "",
        sentence_id=sentence_id,
        person_start=person.start,
        person_end=person.end,
        title_start=title_start,
        title_end=title.end,
        org_start=org.start if org else -1,
        org_end=org.end if org else -1,
        method=shape,
        confidence=_confidence(shape, person, title, org, base),
    )


def _is_occupation(role: Role) -> bool:
    """True for a role whose title is an occupation (律師, 醫師, 導演) with no body and
    no rank, not a post or a rank one is called to (大律師, 主診醫生, 衞生署首席醫生):
    news names it to describe, not to record."""
    if role.organization or role.title != role.title_normalized:
        return False
    head = _shadow_key(role.title_normalized or role.title)
    listed = title_heads().get(head)
    return listed is not None and listed[1] == "profession" and head not in _PROFESSIONAL_POSTS


def _without_status(role: Role) -> Role:
    """``role`` with the status word opening its title (歷任社長, 首任校長, 前局長) left
    to its qualifiers: the title is the post's own words. The shapes and the models
    read the title with it; only the role given out is trimmed."""
    prefixes = title_prefixes()
    for length in range(min(3, len(role.title) - 1), 0, -1):
        if prefixes.get(_shadow_key(role.title[:length])) == "status":
            if any(word_frequency(_shadow_key(role.title[:n])) for n in (length + 2, length + 3) if n <= len(role.title)):
                return role  # 原住民|立委: the status word opens a longer word, no status
            return dataclasses.replace(role, title=role.title[length:], title_start=role.title_start + length)
    return role


def _confidence(shape: str, person: Mention, title: Mention, org: Mention | None, base: float | None = None) -> float:
    """How much the evidence of one role is worth, from 0 to 1: the shape's base value,
    less when the name or the organisation is itself a weaker find. A role with no
    organisation scores low unless its title needs none (教授, 太平紳士, 行政長官):
    news mostly names the body somewhere, and the role then lacks it."""
    value = ROLE_SHAPES.get(shape, 0.6) if base is None else base
    if org is None and not _needs_no_body(title):
        value = min(value, _NO_BODY_CONFIDENCE)
    if person.method == "model":
        value -= 0.1 * (1.0 - min(max(person.score, 0.0), 1.0))
    if org is not None and org.method == "pattern" and org.score < 0.85:
        value -= 0.05
    if title.category == "profession":
        value -= 0.1
    return round(max(0.1, min(value, 0.99)), 3)


def _needs_no_body(title: Mention) -> bool:
    """True for titles complete without an organisation: honours, degrees,
    professions and posts that name their own polity (行政長官, 立委)."""
    head = _shadow_key(title.normalized or title.text)
    written = _shadow_key(title.text)
    return (
        title.category in _NO_CARRY or head in _PERSONAL_HEADS or head in _SELF_CONTAINED
        or written in _SELF_CONTAINED or (_overseas_affairs_post(title) and head.endswith(_CONFERRED_HEADS))
    )


def _overseas_affairs_post(title: Mention) -> bool:
    """True for a title written with a portfolio of :data:`_SELF_CONTAINED_PORTFOLIOS`
    (僑務委員, 僑務秘書)."""
    return _shadow_key(title.text).startswith(_SELF_CONTAINED_PORTFOLIOS)


def _is_address(title: Mention) -> bool:
    """True for a title that also serves as a form of address after a name
    (丙醫生, 丁教授, 戊太平紳士), which a name ending a list may carry."""
    head = _shadow_key(title.normalized or title.text)
    return title.category in _NO_CARRY or head in _PERSONAL_HEADS or (head in _ADDRESS_HEADS and title.text == title.normalized)


@functools.lru_cache(maxsize=65536)
def _gap_kind(gap: str) -> str:
    """Classify the text between two mentions: adjacent, comma, list, join,
    appointment (出任, 獲委任為 …) or break (anything else ends the chain).
    Depends only on ``gap``: computed once per distinct gap."""
    if _ADJACENT_GAP.match(gap):
        return "adjacent"
    if _LIST_GAP.match(gap) or _UNNAMED_ITEM_GAP.match(gap):
        return "comma" if _COMMA_GAP.match(gap) else "list"
    if _JOIN_GAP.match(gap):
        return "join"
    if _JOIN_WORDS_GAP.match(gap):
        return "join_words"
    if _APPOINTMENT.match(gap):
        return "appointment"
    return "break"


def _adverbs(match: regex.Match) -> str:
    """The adverbs an appointment-verb match (:data:`_APPOINTED_AS`) holds, those
    before its date and those after (已|於昨日|正式|接任: 已正式)."""
    return match.group("adverb") + match.group("later_adverb")


def _appointment_status(doc: Document, gap: str, names: list[Mention], sentence_start: int) -> tuple[str, ...] | None:
    """The status an appointment verb gives its roles (曾任, 卸任 …, or none), or
    None when the appointment is only a guess (可能接任, 傳將出任, 據悉有望)."""
    match = _APPOINTMENT_AND_WORDS.match(gap)
    if match is None:
        return ()  # 甲之前到乙大學擔任: adverbs the verb pattern does not list
    adverb, verb = _adverbs(match), match.group("verb")
    clause_start = _clause_start(doc, sentence_start, names[0].start)
    if _SPECULATION.search(doc.text[clause_start:names[0].start]) or _SPECULATION.search(gap):
        return None
    if verb in _LEAVING_VERBS or verb in _ACTING_WORDS:
        return (verb,)  # 卸任, 代理: the post left or held for the time being
    if "不再" in adverb:
        return ("卸任",)
    if verb in _PAST_VERBS or _PAST_ADVERB.search(adverb):
        return ("曾任",)
    if _FUTURE_ADVERB.search(adverb):
        return ("候任",)
    return ()


def _clause_start(doc: Document, sentence_start: int, offset: int) -> int:
    """Where the clause holding ``offset`` starts: after the last clause break (，；：)
    between the sentence's start and ``offset``, else the sentence's start."""
    start = sentence_start
    for found in _CLAUSE_BREAK.finditer(doc.text, sentence_start, offset):
        start = found.end()
    return start


def _without_opening_verb(title: Mention, verb: str) -> Mention:
    """``title`` without the verb its text opens with (兼任|副校長, 署任|局長), which
    then reads as the verb after the name, not as the title's modifier."""
    return dataclasses.replace(
        title, start=title.start + len(verb), text=title.text[len(verb):],
        qualifiers=tuple(q for q in title.qualifiers if q != verb),
    )


def _is_duty(doc: Document, title: Mention, gap: str) -> bool:
    """True for an acting title written as a duty (署理行政長官職務): no post is held."""
    acting = title.text.startswith(_ACTING_WORDS) or gap.rstrip().endswith(_ACTING_WORDS)
    return acting and _DUTY_AFTER.match(doc.text, title.end) is not None


def _is_verb_use(doc: Document, title: Mention) -> bool:
    """True for a bare head that is also a verb, used as one (陳大文代表市議會致辭):
    no modifier in front and a word, not a name boundary, right after it."""
    if title.text not in _VERB_HEADS or not doc.text[title.end:title.end + 1].isalpha():
        return False
    if doc.text[title.start - 1:title.start] == "、":
        return False  # 秘書乙、代表丙、丁: an item of a line-up opens with its title
    return not _POSTED_TO.search(doc.text, max(0, title.start - 8), title.start)  # 駐紐西蘭代表甲: a post


# A participle right after a title, whose agent the title's holder is (行政長官|授權的監誓人).
_AGENT_OF_PARTICIPLE = regex.compile(r"\s*(?:所|親自|亲自)?(?:授權|授权|委派|委任|任命|指派|批准|邀請|邀请|頒授|颁授)的")
# 駐 and the place a representative is posted to, right before the title.
_POSTED_TO = regex.compile(r"[駐驻]\p{Han}{1,6}$")


def _sentence_roles(
    doc: Document, sentence_id: int, mentions: list[Mention], earlier: dict[str, list[Role]],
    subject: tuple[Mention, int] | None = None,
) -> list[Role]:
    """Return the roles asserted in one sentence, given its mentions in order.
    ``subject``: the person a pronoun opening the sentence stands for, and where
    the pronoun ends (她於…擔任 reads as that person followed by 於…擔任)."""
    sentence_start = doc.sentences[sentence_id].start
    roles: list[Role] = []
    state = _State(mentions=mentions)
    previous: Mention | None = None
    previous_end = sentence_start
    bracketed = _bracketed_titles(doc, mentions)
    inside = {id(m) for _, found, _ in bracketed.values() for m in found}
    mentions = _with_unfound_bodies(doc, mentions)
    if subject is not None:
        mentions = [subject[0], *mentions]
    replaced: Mention | None = None  # 甲接替丙黨乙: the replaced name, passed over
    counted_post: Mention | None = None  # 甲、乙兩位立法會|議員: the title a counted list took with its body, passed over
    held_of: tuple[list[_Pending], Mention] | None = None  # titles held before 的, and the name after its own post that holds them
    agents: set[int] = set()  # ids of the names of who appoints (甲獲行政長官|乙|委任為), passed over
    passive: tuple[str, int] | None = None  # the passive mark before who appoints, and where its words end
    for index, mention in enumerate(mentions):
        if id(mention) in inside:
            continue
        if mention.label == "PERSON" and previous is not None and previous.label == "PERSON" and (
            alias := _ALIAS_BRACKET.match(doc.text, previous_end)
        ) is not None and alias.start("name") == mention.start and alias.end("name") == mention.end:
            previous_end = alias.end()  # 甲(筆名乙)、丙: the bracketed other name is 甲's, the list goes on
            continue
        if mention is replaced:
            continue
        if mention is counted_post:
            previous, previous_end = mention, mention.end
            continue
        if (
            mention.label == "ORG" and previous is not None and previous.label == "ORG" and _BRACKET_OPEN.match(doc.text[previous_end:mention.start])
            and (close := _BRACKET_CLOSE.match(doc.text, mention.end)) is not None
            and index + 1 < len(mentions) and mentions[index + 1].label == "TITLE" and mentions[index + 1].start == close.end()
        ):
            previous_end = close.end()  # 甲研究所(IIAS)主席: the bracketed short name is the body's own
            continue
        if (
            mention.label == "ORG" and previous is not None and previous.label == "PERSON" and _BRACKET_OPEN.match(doc.text[previous_end:mention.start])
            and (close := _BRACKET_CLOSE.match(doc.text, mention.end)) is not None
            and (_AGENT_LIST_GOES_ON.match(doc.text, close.end()) or _APPOINTMENT_OPENING.match(doc.text[close.end():close.end() + 40]))
        ):
            # 甲（工聯會）與乙分別出任…, 甲（民建聯）和乙（自由黨）當選…: the name's party, and
            # the list or the verb goes on
            previous_end = close.end()
            continue
        if mention.label == "PERSON" and previous is not None and previous.label == "PERSON" and _SUCCEEDS_GAP.match(doc.text[previous_end:mention.start]):
            previous_end = mention.end  # 甲接替乙擔任主席: 乙 held the post before; the verb is 甲's
            continue
        if id(mention) in agents:
            continue
        if (agent := _appointing_agent(doc, mentions, index, previous, previous_end)) is not None:
            # 甲獲行政長官(乙)委任為…, 甲被總統任命為…: who appoints is part of the verb; the
            # appointee is the name before it. The agent's own title still goes to its name.
            names, agent_end = agent
            if names:
                roles.append(_role(names[0], _Pending(mention, None, "title"), sentence_id))
                agents.update(map(id, names))
            passive = (doc.text[previous_end:mention.start], agent_end)
            continue
        if (
            mention.label == "ORG" and previous is not None and previous.label == "PERSON" and index + 1 < len(mentions)
            and mentions[index + 1].label == "PERSON" and mentions[index + 1].start == mention.end
            and _SUCCEEDS_GAP.match(doc.text[previous_end:mention.start])
        ):
            replaced = mentions[index + 1]  # 甲接替丙黨乙當選主席: 乙 with its party
            previous_end = replaced.end
            continue
        gap = doc.text[previous_end:mention.start] if previous is not None else ""
        if passive is not None:
            gap, passive = passive[0] + doc.text[passive[1]:mention.start], None  # 獲|(行政長官)|委任為
        if (
            mention.label == "TITLE" and previous is not None and previous.label == "PERSON" and mention.text.startswith(_JOINING_VERB)
            and _shadow_key(mention.normalized or mention.text) not in _PERSONAL_HEADS and _APPOINTMENT.match(gap + _JOINING_VERB) is not None
        ):
            # 甲也將同時|兼任副校長: 兼任 read as the title's modifier is the verb after the
            # name (not in 甲兼任教授, an adjunct professor).
            gap += _JOINING_VERB
            mention = _without_opening_verb(mention, _JOINING_VERB)
        elif (
            mention.label == "TITLE" and previous is not None and previous.label == "TITLE" and not gap and mention.text.startswith(_JOINING_VERB)
            and _shadow_key(mention.normalized or mention.text) not in _PERSONAL_HEADS and len(mention.text) > len(_JOINING_VERB) + 1
        ):
            # 副主席|兼任秘書長: right after a title, 兼任 joins a second post to it (not in
            # 副校長兼任教授, an adjunct professor).
            gap = _JOINING_VERB
            mention = _without_opening_verb(mention, _JOINING_VERB)
        elif (
            mention.label == "TITLE" and previous is not None and previous.label == "PERSON" and gap.strip()
            and (acting := next((verb for verb in _ACTING_WORDS + _leaving_openers() if mention.text.startswith(verb)), None)) is not None
            and len(mention.text) > len(acting) and _APPOINTMENT.match(gap + acting) is not None
        ):
            # 甲將|署任局長, 甲將|卸任副秘書長: the acting or leaving word read as the title's
            # modifier is the verb after the name and what stands between (not in 甲署任局長,
            # where it stays the title's).
            gap += acting
            mention = _without_opening_verb(mention, acting)
        kind = _gap_kind(gap) if previous is not None else "start"
        if kind == "join" and previous.label == "PERSON" and _APPOINTMENT.match(gap):
            kind = "appointment"  # 甲兼任乙會主委: after a name 兼任 is the verb, not a joiner of titles
        if kind == "join_words" and mention.label == "PERSON" and previous.label == "TITLE" and _JOINED_UNFOUND_TITLE.match(gap):
            kind = "adjacent"  # 甲樂團藝術總監兼終身指揮|乙: a second title not found, then the name
        elif kind == "join_words" and not (mention.label == "TITLE" and previous.label == "TITLE"):
            kind = "break"
        if (
            kind == "break" and mention.label == "TITLE" and previous.label == "ORG" and state.pending and 2 <= len(gap) <= 6
            and _tagged_as(doc, previous.end, mention.start, _UNIT_WORD_TAGS)
        ):
            kind = "adjacent"  # 甲市委常委、市委|教育工委|書記乙: a unit the recognisers did not find, inside the body, in a list of posts
        if kind in ("break", "appointment") and mention.label in ("ORG", "TITLE") and previous is not None and previous.label == "TITLE" and state.pending and _INTRODUCING_GAP.match(gap):
            kind = "introduced"  # 會長為全國政協常委甲: the name after the body and title takes 會長 too
        if kind == "break" and previous is not None and previous.label == "PERSON" and _OF_TERM_GAP.match(gap) and _posts_then_duty(doc, mentions, index):
            kind = "appointment"  # 免去甲的乙部部長職務: the name's posts, written as its duties
        if kind in ("break", "comma"):
            state.subjects = []
        if mention.label in ("ORG", "TITLE") and (kind == "break" or (kind == "appointment" and previous.label != "PERSON")):
            verb_clause = _subjectless_appointment(gap)
            if verb_clause is not None and _SUCCESSIVE.search(verb_clause) and _names_follow_post(mentions, index):
                verb_clause = None  # 歷任行政院長甲、乙: the successive holders named, no career
            if verb_clause is not None and _holder_follows_post(doc, mentions, index):
                verb_clause = None  # ，原任會長的甲: the holder is named after the post
            cut = _last_break(gap)
            pronoun = _CLAUSE_PRONOUN.match(gap, cut) if verb_clause is None and cut is not None else None
            if pronoun is not None:  # 甲表示，他曾任…: drop the pronoun, read the clause
                verb_clause = _subjectless_appointment(gap[:cut + 1] + gap[pronoun.end():])
            plural = _PLURAL_PRONOUN.match(gap, cut) if verb_clause is None and cut is not None else None
            listed = _last_name_list(doc, mentions[:index]) if plural is not None else []
            if len(listed) > 1:
                # 包括甲和乙，他們將分別出任…: the names listed before take the clause's posts.
                verb_clause = _subjectless_appointment(gap[:cut + 1] + gap[plural.end():])
                if verb_clause is not None:
                    state.reset()
                    state.subjects = listed
                    _start_appointment(doc, state, verb_clause, sentence_start)
                    kind = "after_appointment"
                    verb_clause = None
            topic = _sentence_topic(doc, mentions[:index], sentence_start, speakers=pronoun is not None)
            if verb_clause is not None and topic is not None:
                # …，先後擔任過急診部主任、醫務秘書: the clause's subject is the sentence's one person.
                state.reset()
                state.subjects = [topic]
                _start_appointment(doc, state, verb_clause, sentence_start)
                kind = "after_appointment"
        if mention.label == "TITLE" and previous is not None and previous is state.org and (
            _qualifies_title(doc, state.org, gap) or _OF_GAP.match(gap) or _STATUS_GAP.match(gap) or _TERM_GAP.match(gap) or _HOLDERS_COUNT_GAP.match(gap)
        ):
            kind = "adjacent"  # 香港大學學術副校長, 中華奧會全體委員會的委員, 業務部3位負責人
            if len(gap) == 1 and doc.text[previous.end - 1] == gap:
                # 建築系|系|主任: the body's last character repeated opens the title (系主任).
                mention = dataclasses.replace(mention, start=previous.end, text=gap + mention.text, normalized=gap + (mention.normalized or mention.text))
        elif mention.label == "TITLE" and previous is not None and previous is state.org and _is_field_of_work(doc, previous.end, mention.start):
            kind = "adjacent"  # 甲研究中心|政策倡議|總監: the field the title is for, written before it
            mention = dataclasses.replace(mention, start=previous.end, text=gap + mention.text, normalized=mention.normalized or mention.text)
        if mention.label == "ORG" and previous is not None and previous.label == "TITLE" and _BRACKET_OPEN.match(gap) and _BRACKET_CLOSE.match(doc.text, mention.end):
            roles[:] = [_in_bracketed_body(role, previous, mention) for role in roles]
        if kind == "appointment" and previous is not None and previous.label == "TITLE" and state.titled and previous.start == state.titled[-1].end and (
            _is_address(previous) or _APPOINTMENT.match(gap).group("verb") not in _WEAK_COPULAS  # not 甲局長將為新任董事局…
        ):
            previous = state.titled[-1]  # 甲醫生獲委任為…, 甲會長任團長: the verb follows the name and the title it took
            state.names = list(state.titled)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            mention.label in ("ORG", "TITLE") and previous is not None and previous.label == "TITLE" and state.pending
            and _HELD_FOR_OF_GAP.match(gap) and _held_before(doc, state.pending[0])
        ):
            holder = _holder_of_post(mentions, index)  # 曾任乙會主席的|丙局|局長|甲: 甲 holds both
            held_of = (_earlier_held_posts(doc, mentions, state.pending[0]) + list(state.pending), holder) if holder is not None else None
        if mention.label == "ORG":
            counted = _COUNTED_STATUS_GAP.match(gap) if previous is not None and previous.label == "PERSON" else None
            if (
                counted is not None and _COUNT_GAP.match(gap, 0, counted.start("status") if counted.group("status") else len(gap)) and not state.pending and not state.appointed
                and following is not None and following.label == "TITLE" and following.start == mention.end
            ):
                # 甲、乙和丙三位立法會議員 (甲、乙等前乙部部長): a counted list takes the post of the body written after the count.
                names = state.names if len(state.names) > 1 and not state.group else [previous]
                status = (counted.group("status"),) if counted.group("status") else ()
                roles.extend(_role(name, _Pending(following, mention, "list_title", status), sentence_id) for name in names)
                counted_post = following
                state.reset()
                previous, previous_end = mention, mention.end
                continue
            if kind == "appointment" and previous is not None and previous.label == "PERSON":
                _start_appointment(doc, state, gap, sentence_start)
            elif _career_goes_on(state, previous, gap):
                state.pending, state.group = [], []  # 歷任甲區副區長、區長；乙區區長: the career's next item
            elif kind == "appointment" and previous is not None and previous.label == "TITLE" and state.appointed:
                _continue_appointment(doc, state, gap, sentence_start)  # 甲當選議員並擔任乙會主席
            elif kind == "appointment" and previous is not None and previous is state.org and state.located is not None and not _CLAUSE_BREAK.search(gap):
                names, adverbs = state.located  # 甲到乙大學擔任丙學院院長: the inner body is the title's
                state.subjects, state.names = list(names), list(names)
                _start_appointment(doc, state, adverbs + gap, sentence_start)
            elif kind == "break" and previous is not None and previous.label == "PERSON" and (located := _LOCATIVE_GAP.match(gap)):
                names = state.names or [previous]
                state.reset()
                state.located = (names, located.group("adverb"))
            elif (
                kind == "break" and previous is not None and (cut := _last_break(gap)) is not None
                and (located := _LOCATIVE_GAP.match(gap[cut + 1:])) is not None
                and (topic := _sentence_topic(doc, mentions[:index], sentence_start)) is not None
            ):
                state.reset()  # 甲早年任職於乙，其後加入丙擔任丁: the clause's subject is the sentence's one person
                state.located = ([topic], located.group("adverb"))
            elif kind == "break" and previous is not None and (step := _career_step_of(doc, mentions, index, gap, sentence_start)) is not None:
                _start_career_step(doc, state, *step, sentence_start)  # 甲曾在乙工作數十年，2008年任丙大學校長
            elif kind in ("break", "appointment") or (kind == "comma" and previous.label == "PERSON" and state.org is None):
                state.reset()
            elif kind == "comma" and state.appointed and not (previous.label == "TITLE" and _bare_post(doc, mentions, index)):
                state.appointed, state.appointment = [], None  # 甲連任副會長，乙會秘書長丙: the appointment ends at the comma
            state.co_orgs = state.co_orgs + [previous] if kind in ("join", "list") and previous is state.org else []
            state.org = mention
        elif mention.label == "TITLE":
            if (
                kind == "break" and previous is not None
                and not doc.text.startswith("的", mention.end)  # 接替調任乙副主席的丙: the post of the name after 的
                and (step := _career_step_of(doc, mentions, index, gap, sentence_start, words=True)) is not None
            ):
                _start_career_step(doc, state, *step, sentence_start)  # …，2008年任丙大學校長 (丙大學 not found)
                kind = "after_appointment"
            names_next = following is not None and following.label == "PERSON" and following.start == mention.end
            _read_title(doc, state, roles, mention, previous, gap, kind, sentence_id, sentence_start, earlier, names_next, _bare_post(doc, mentions, index))
        elif mention.label == "PERSON":
            titled = following is not None and following.label == "TITLE" and following.start == mention.end and not _is_address(following)
            _read_person(doc, state, roles, mention, previous, gap, kind, sentence_id, titled, bracketed[id(mention)][0] if id(mention) in bracketed else mention.end)
            if held_of is not None and held_of[1] is mention:
                roles += [_role(mention, item, sentence_id) for item in held_of[0]]
                if state.group and state.names == [mention]:
                    state.group = state.group + held_of[0]  # 蟬聯乙會委員的名譽會長甲及丙: the names listed after hold it too
                held_of = None
            if id(mention) in bracketed:
                bracket_end, found, bodies = bracketed[id(mention)]
                for title in (m for m in found if m.label == "TITLE"):
                    roles.append(_role(mention, _Pending(title, bodies.get(id(title)), "bracket_title"), sentence_id))
                previous, previous_end = mention, bracket_end
                continue
        previous, previous_end = mention, (subject[1] if subject is not None and index == 0 else mention.end)
    roles = _without_principals_titles(roles)
    roles += _set_members(doc, sentence_id, mentions, roles)
    introduced, spread = _introduced_holders(doc, sentence_id, mentions, roles)
    roles = [r for r in roles if r.method != "list" or (r.person, r.title_start) not in spread] + introduced
    respective, paired = _respective_holders(doc, sentence_id, mentions)
    roles = [r for r in roles if (r.person_start, r.title_start) not in paired] + respective
    roles += _successors(doc, sentence_id, mentions, roles)
    roles += _promotions(doc, sentence_id, mentions, roles)
    roles += _capacities(doc, sentence_id, mentions, roles)
    roles += _honour_letters(doc, sentence_id, mentions, roles)
    roles += _bracketed_names(doc, sentence_id, mentions, roles)
    roles += _group_then_post(doc, sentence_id, mentions, roles)
    roles += _appositions(doc, sentence_id, mentions, roles)
    roles += _held_during(doc, sentence_id, mentions, roles)
    roles += _titled_list_appointments(doc, sentence_id, mentions, roles)
    roles += _listed_posts(doc, sentence_id, mentions, roles)
    roles += _name_then_posts(doc, sentence_id, mentions, roles)
    roles = _board_lists(doc, sentence_id, mentions, roles)
    roles += _colon_lists(doc, sentence_id, mentions, roles)
    roles += _place_name_pairs(doc, sentence_id, mentions, roles)
    roles += _pairs_before_counted_title(doc, sentence_id, mentions, roles)
    roles += _body_name_pairs(doc, sentence_id, mentions, roles)
    return _with_leaders_bodies(doc, mentions, roles)


# Between a titled name and the staff who come with them (甲辦事處主任乙|偕同|秘書丙、丁).
_COMPANIONS = regex.compile(r"\s*(?:偕同|率同|帶同|带同|連同|连同|聯同|联同|率領|率领|帶領|带领)\s*")


def _with_leaders_bodies(doc: Document, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """``roles`` with each title that has no body of its own, written right after a
    verb of bringing staff along (偕同, 率同, 帶領), given the body of the titled name
    before that verb (甲辦事處主任乙偕同秘書丙、丁 → 秘書 @ 甲辦事處): the leader brings
    their own office's people."""
    leaders = [r for r in roles if r.org_start >= 0]
    if not leaders:
        return roles
    titles = {m.start: m for m in mentions if m.label == "TITLE"}
    orgs = {(m.start, m.end): m for m in mentions if m.label == "ORG"}
    result = []
    for role in roles:
        title = titles.get(role.title_start)
        if role.org_start < 0 and title is not None:
            leader = next((
                r for r in leaders
                if _COMPANIONS.fullmatch(doc.text, max(r.person_end, r.title_end), title.start)
            ), None)
            org = orgs.get((leader.org_start, leader.org_end)) if leader is not None else None
            if org is not None:
                role = _with_organisation(role, title, org, "lineup_carried")
        result.append(role)
    return result


def _posted_abroad(doc: Document, role: Role) -> Role:
    """``role`` with the full value of its shape when its title, with no body, is a post
    abroad written with its place (駐英國代表, 駐多倫多總領事): such a post names its
    own seat, as a title needing no body does."""
    if role.organization or not _POSTED_ABROAD.search(doc.text, max(0, role.title_start - 12), role.title_start):
        return role
    return dataclasses.replace(role, confidence=max(role.confidence, ROLE_SHAPES.get(role.method, 0.6)))


# 駐 and the place of a post abroad, right before its title (駐莫三比克共和國|特命全權大使).
_POSTED_ABROAD = regex.compile(r"[駐驻]\p{Han}{1,10}$")


def _outside_party_committee(doc: Document, role: Role) -> Role:
    """``role`` with its body's party committee left out when the body is shared
    from a title before and its own title is no party post (國資委黨委書記、主任甲:
    主任 of 國資委): the committee is the secretary's, the body the director's."""
    org = _shadow_key(role.organization)
    if not org.endswith(_PARTY_UNITS_OF_BODIES) or len(org) <= 4 or role.org_end == role.title_start:
        return role
    if _shadow_key(role.title_normalized or role.title) in _PARTY_POSTS:
        return role
    return _without_body_ending(role, org[-2:])


def _outside_body_part(role: Role) -> Role:
    """``role`` with a board or a delegation closing its body's name left out (台糖董事會
    → 台糖, 某商會佛山考察團 → 某商會): the post is the body's, except a board's own
    chair or members (校董會主席, 董事局總理) and a delegation's own posts (團長, 團員);
    and a college or department after a university's name, for a university post
    (乙大學教育學院 → 乙大學 for 學務長)."""
    org = _shadow_key(role.organization)
    part = next((p for p in _BOARDS if org.endswith(p)), None)
    if part is not None and _shadow_key(role.title_normalized or role.title) in _BOARD_OWN_POSTS:
        part = None  # 中大校董會主席, 博愛醫院董事局總理: the board's own chair or member
    elif part is None:
        part = next((p for p in _DELEGATIONS if org.endswith(p)), None)
        title = _shadow_key(role.title)
        if part is not None and (title.endswith(("团长", "团员")) or "代表" in title):
            part = None
    if part is None and _shadow_key(role.title_normalized or role.title) in _UNIVERSITY_POSTS:
        units = _UNIVERSITY_UNIT.search(org)
        part = org[units.start("unit"):] if units is not None else None
    if part is None or len(org) - len(part) < 2:
        return role
    return _without_body_ending(role, part)


def _without_body_ending(role: Role, ending: str) -> Role:
    """``role`` with ``ending`` (shadow form, which its body's name as written ends in)
    cut off its body, as written and canonical (when that ends in it too)."""
    normalized = role.organization_normalized
    if _shadow_key(normalized).endswith(ending):
        normalized = normalized[:-len(ending)]
    return dataclasses.replace(
        role, organization=role.organization[:-len(ending)], organization_normalized=normalized, org_end=role.org_end - len(ending),
    )


# Parts written at the end of a body's name that hold no post of their own in news:
# its board (the post is the body's) and a delegation it sends.
_BOARDS = ("董事会", "董事局", "理事会", "监事会", "校董会")
_DELEGATIONS = ("考察团", "访问团", "参观团", "交流团", "代表团")
_BOARD_OWN_POSTS = frozenset("主席 召集人 总理 成员".split())
# Posts of a whole university (學務長, 主任秘書, 副校長), and a college or department
# closing a body's name after the university's: a university post is the university's
# (曾任乙大學教育學院院長、學務長 → 乙大學).
_UNIVERSITY_POSTS = _UNIVERSITY_OFFICERS | frozenset("校长 主秘 主任秘书".split())
_UNIVERSITY_UNIT = regex.compile(r"大学(?P<unit>\p{Han}{1,12}?(?:学院|学系|系|研究所|研究院|中心|学部))$")
# Posts of a party committee itself (書記, 委員 …): its body stays the committee.
_PARTY_POSTS = frozenset("书记 副书记 第一书记 常务副书记 委员 常委 成员 组长 副组长".split())


def _board_lists(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Return ``roles`` with those of the names listed after a board named by its
    members' title (理事會當選名單：甲、乙 → 理事; 監事會成員：丙 → 監事): each name
    holds that title, in place of a role read from the words themselves (監事會成員)."""
    sentence = doc.sentences[sentence_id]
    found: list[Role] = []
    for match in _BOARD_LIST.finditer(doc.text, sentence.start, sentence.end):
        roles = [r for r in roles if not match.start() <= r.title_start < match.end()]
        held = {r.person for r in roles}
        title = _board_title(doc.text, *match.span("stem"))
        previous_end = match.end()
        for person in (m for m in mentions if m.start >= match.end()):
            gap = doc.text[previous_end:person.start]
            if person.label != "PERSON" or (gap.strip() if previous_end == match.end() else not _NAME_LIST_GAP.match(gap)):
                break  # the list ends at anything but the next name
            if person.text not in held:
                found.append(_role(person, _Pending(title, None, "board_list"), sentence_id))
            previous_end = person.end
    return roles + found


def _colon_lists(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Return the roles of the names listed after a title and a colon when each
    name has words of its own in front (經濟委員會召委：甲黨「立委」乙、丙黨丁):
    every name takes the heading's title, with the body written right before it.
    Names already given that title in the sentence are left as they are."""
    found: list[Role] = []
    for index, heading in enumerate(mentions):
        colon = _COLON_AFTER.match(doc.text, heading.end) if heading.label == "TITLE" else None
        if colon is None:
            continue
        pending = _Pending(heading, _body_before(mentions, index), "colon_list")
        held = {r.person for r in roles if r.title_start <= heading.start < r.title_end}
        names, _ = _colon_list_names(doc, mentions[index + 1:], colon.end())
        found += [_role(name, pending, sentence_id) for name in names if name.text not in held]
    return found


def _colon_list_names(doc: Document, mentions: list[Mention], start: int) -> tuple[list[Mention], int]:
    """The names of a colon list whose items start at ``start``, read from ``mentions``
    (those after it): each item is a name, maybe with its own words before it (甲黨
    「立委」乙) and a bracket or a form of address after it. Returns the names and
    where the list's last item ends."""
    names: list[Mention] = []
    previous_end, after_name = start, False
    for mention in mentions:
        gap = doc.text[previous_end:mention.start]
        if after_name and mention.label == "TITLE" and not gap:
            previous_end = mention.end  # 成員︰甲醫生、乙醫生: the name's form of address
            continue
        if not (_ITEM_START_GAP if after_name else _ITEM_WORDS_GAP).match(gap) or mention.label not in ("PERSON", "ORG", "TITLE"):
            break
        if mention.label == "PERSON":
            names.append(mention)
            bracket = _ITEM_BRACKET.match(doc.text, mention.end)
            previous_end, after_name = (bracket.end() if bracket else mention.end), True
        else:
            previous_end, after_name = mention.end, False  # 甲黨|「立委」: the item's own words before its name
    return names, previous_end if after_name else start


def _open_colon_list(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> _Pending | None:
    """The heading of a colon list that runs to the end of a sentence closed by a
    semicolon (院士名單：數理組的甲、乙；), whose next group the next sentence lists
    (工程組的丙、丁。); None when the sentence leaves no such list open."""
    sentence = doc.sentences[sentence_id]
    last = max((r for r in roles if r.method == "colon_list" and r.sentence_id == sentence_id), key=lambda r: r.person_end, default=None)
    if last is None or not _OPEN_LIST_END.fullmatch(doc.text, last.person_end, sentence.end):
        return None
    index = next((i for i, m in enumerate(mentions) if m.label == "TITLE" and m.start == last.title_start), None)
    return None if index is None else _Pending(mentions[index], _body_before(mentions, index), "colon_list")


def _continued_colon_list(doc: Document, sentence_id: int, mentions: list[Mention], heading: _Pending) -> tuple[list[Role], bool]:
    """Roles for the names a sentence lists from its start as the next group of a
    colon list left open by the sentence before (工程組的丙、丁), each holding the
    heading's title. Returns them, and whether the list stays open after them."""
    sentence = doc.sentences[sentence_id]
    names, end = _colon_list_names(doc, mentions, sentence.start)

    def ends_item(name: Mention) -> bool:
        bracket = _ITEM_BRACKET.match(doc.text, name.end)
        return _LISTED_AFTER.match(doc.text, bracket.end() if bracket else name.end, sentence.end) is not None

    listed = list(itertools.takewhile(ends_item, names))  # not 丙表示…: a name opening a sentence of its own
    still_open = bool(listed) and len(listed) == len(names) and _OPEN_LIST_END.fullmatch(doc.text, end, sentence.end) is not None
    return [_role(name, heading, sentence_id) for name in listed], still_open


# After a heading title: the colon that opens its list of names.
_COLON_AFTER = regex.compile(r"\s*(?:名單|名单)?\s*[:：︰]\s*")
# A group of a colon list, before its first name (院士名單：數理組的甲、乙；工程組的丙).
_ITEM_GROUP = r"(?:\p{Han}{1,8}?(?:組|组|界|類|类)的)?"
# Between two items of a colon list, and inside one item (quotes around its title).
_ITEM_START_GAP = regex.compile(
    r"^\s*(?:先生|女士|小姐)?\s*(?:" + _HONOUR_LETTER + r"\s*)*"  # 甲博士 MH，乙先生 BBS JP，
    r"(?:[、,，/]|及|和|與|与|以及|[；;]\s*" + _ITEM_GROUP + r")\s*[「『“]?\s*$"
)
_ITEM_WORDS_GAP = regex.compile(r"^\s*(?:" + _ITEM_GROUP + r"|的)[」』”「『“]{0,2}\s*$")  # (…|社會科學組|的|丙: the group found as a body)
# A party or constituency in brackets after a listed name (甲（民）).
_ITEM_BRACKET = regex.compile(r"\s*[（(][^（()）]{1,8}[）)]")
# After the last name of a colon list, a semicolon ending the sentence: the list goes on.
_OPEN_LIST_END = regex.compile(r"\s*(?:[（(][^（()）]{1,8}[）)])?\s*[；;]\s*")


def _board_title(text: str, start: int, end: int) -> Mention:
    """The title a board's name gives its members (理事 of 理事會), over ``text[start:end]``."""
    return Mention(start, end, "TITLE", text[start:end], normalized=text[start:end], method="pattern", category="association")


def _body_before(mentions: list[Mention], index: int) -> Mention | None:
    """The organisation written right before the title ``mentions[index]`` (甲會|主席), or None."""
    before = mentions[index - 1] if index else None
    return before if before is not None and before.label == "ORG" and before.end == mentions[index].start else None


def _set_members(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for the names a sentence lists after a title that names a set of
    people (其餘15名非官守議員中，…分別是甲、乙): each holds that title."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE":
            continue
        of_set = _SET_OF.match(doc.text, title.end) is not None  # 獲選委員的有三位：甲、乙
        if not of_set and not _SET_AFTER.match(doc.text, title.end):
            continue
        body = _body_before(mentions, index)
        titles = [(title, body)]
        if not of_set and not _SET_BEFORE.search(doc.text, max(0, (body or title).start - 8), (body or title).start):
            earlier = _counted_post_moved_from(doc, mentions, index)
            if earlier is None:
                continue
            titles.append((earlier, None))  # 兩名政治助理升任為副局長，包括甲和乙: each held both
        for person in mentions[index + 1:]:
            if person.label == "PERSON" and _LISTED_AFTER.match(doc.text, person.end):
                for post, post_body in titles:
                    if (person.text, post.start) not in held:
                        found.append(_role(person, _Pending(post, post_body, "set_member"), sentence_id))
                        held.add((person.text, post.start))
    return found


def _counted_post_moved_from(doc: Document, mentions: list[Mention], index: int) -> Mention | None:
    """The counted title a set moves from, right before the verb of the title at
    ``index`` (三名副主任升任為|主任): that TITLE mention, or None."""
    if index == 0 or mentions[index - 1].label != "TITLE":
        return None
    earlier = mentions[index - 1]
    moved = _APPOINTMENT.match(doc.text[earlier.end:mentions[index].start])
    if moved is None or moved.group("verb") in _COPULAS or not _SET_BEFORE.search(doc.text, max(0, earlier.start - 8), earlier.start):
        return None
    return earlier


def _without_principals_titles(roles: list[Role]) -> list[Role]:
    """``roles`` without the title of the principal an aide or envoy works for, written
    right before the aide's title (政務司司長|特別助理甲, 局長|政治助理乙; an envoy's or
    adviser's written before the name, 總統|特使丙): the aide holds only the second."""
    aide_starts = {(r.person, r.title_start) for r in roles if _AIDE_TITLE.search(r.title)}
    envoy_starts = {(r.person, r.title_start) for r in roles if _FOR_PRINCIPAL_TITLE.search(r.title)}
    return [
        r for r in roles
        if _AIDE_TITLE.search(r.title) or _FOR_PRINCIPAL_TITLE.search(r.title) or not (
            (r.person, r.title_end) in aide_starts
            or ((r.person, r.title_end) in envoy_starts and r.person_end != r.title_start)  # 甲總統|特使: 甲 is the principal
        )
    ]


def _introduced_holders(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> tuple[list[Role], set[tuple[str, int]]]:
    """Roles for the names listed after a counted set of a title, a roster or 正副X and
    the words that introduce its holders, each item maybe with words of its own before
    its name (五名副主任包括某處處長甲、前局長乙及大律師丙; 五位副主席名單不變，分別是甲、乙):
    each name holds the title, with the body written right before it (none: carried).
    Two names after 正副X take X and 副X. A list of one name is left to the sentence's
    reading, and so is an uncounted set (委員包括…: read this way, such lists gave more
    wrong roles than right ones on news; a body's members, 乙會的成員包括…, were mostly a
    delegation's or an executive council's, which the gold leaves out). Returns those
    roles, and the (name, title start) pairs of an item's own title that the sentence's
    reading gave to the untitled names after it (六名委員包括主席甲、乙: 乙 is no 主席),
    to be taken back."""
    found: list[Role] = []
    spread: set[tuple[str, int]] = set()
    held = {(r.person, r.title_start) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE":
            continue
        body = _body_before(mentions, index)
        counted_set = _SET_BEFORE.search(doc.text, max(0, (body or title).start - 8), (body or title).start)
        counted, exact = counted_set is not None, None
        intro = (
            _HOLDERS_INTRODUCED.match(doc.text, title.end) or _HOLDERS_IN_ORDER.match(doc.text, title.end)
            or _HOLDERS_ELECTED.match(doc.text, title.end)
        )
        if intro is None and counted:
            intro = _HOLDERS_INTRODUCED_LATER.match(doc.text, title.end)
            if intro is not None and any(m.label == "PERSON" and title.end <= m.start < intro.end() for m in mentions):
                continue
            if intro is None and counted_set.group("number"):
                exact = _count_value(counted_set.group("number"))
                intro = _COUNTED_HOLDERS_OPEN.match(doc.text, title.end) if exact is not None else None
        elif intro is not None and index + 1 < len(mentions) and mentions[index + 1].start < intro.end():
            continue
        if intro is None:
            continue
        newcomers = _NEWCOMERS_BEFORE.search(doc.text, max(0, (body or title).start - 8), (body or title).start) or title.text.startswith(_NEWCOMER_STATUS)
        if intro.groupdict().get("copula") and not counted and not (newcomers and not intro.group("roster")):
            continue  # 名單為甲國小乙、丙國中丁: a bare 是/為 introduces only a counted set's names (兩名副主席是甲、乙; 新任副會長是甲、乙)
        if (
            not intro.groupdict().get("roster") and not intro.groupdict().get("count") and _deputy_offset(title.text) is None
            and not counted and not newcomers
        ):
            continue  # only a set counted (6名副主任包括…, 正副會長), newcomers (新加入的成員包括…) or a roster (副主席名單不變，分別是…)
        if (
            _shadow_key(title.normalized or title.text) in _VERB_HEADS
            or _JOINED_BEFORE.search(doc.text, max(0, title.start - 3), title.start)
            or _EVENT_PART.search(doc.text, max(0, title.start - 12), title.start)
        ):
            continue  # 出席代表包括… (a part in an event), 官員及檢察長分別為… (titles paired in turn)
        names: list[tuple[Mention, bool]] = []
        spread_from: list[int] = []  # where the items' own titles start
        item_start = intro.end()
        for person in mentions[index + 1:]:
            if person.start < item_start or person.label != "PERSON":
                continue
            words = _ITEM_DESCRIPTION.fullmatch(doc.text, item_start, person.start)
            if words is None:
                break
            item_end = _ITEM_ADDRESS.match(doc.text, person.end).end()
            joiner = _ITEM_JOINER.match(doc.text, item_end)
            if joiner is None and item_end > person.end and doc.text[person.end:item_end].strip():
                joiner = _ADDRESSED_ITEM_JOINER.match(doc.text, item_end)  # 甲博士 MH，乙先生: a comma between addressed items
            if joiner is None and not _LIST_END.match(doc.text, item_end):
                continue  # 曾任乙選舉代理人的…甲: a name inside the item's words, not its holder
            item_titles = [m.start for m in mentions if m.label == "TITLE" and item_start <= m.start < person.start]
            names.append((person, bool(item_titles)))
            spread_from.extend(item_titles)
            if joiner is None and intro.groupdict().get("elected"):
                joiner = _ELECTED_GOES_ON.match(doc.text, item_end)  # …新當選有甲、乙，連任的包括丙、丁
            if joiner is None:
                break
            item_start = joiner.end()
        if len(names) < 2 or (exact is not None and len(names) != exact):
            continue
        own_titles = {id(person) for person, titled in names if titled}
        # 六名委員包括主席甲、乙及丙: 乙 and 丙 are the set's, not holders of the first item's 主席.
        spread |= {(person.text, start) for person, titled in names if not titled for start in spread_from}
        for person, pending in _paired_with_deputy([person for person, _ in names], [_Pending(title, body, "introduced_list")]):
            if (person.text, title.start) not in held and (person.text, pending.title.start) not in held:
                found.append(_role(person, pending, sentence_id, "introduced_titled" if id(person) in own_titles else None))
                held.add((person.text, title.start))
    return found, spread


# After a list of titles: the words that pair them in turn with the names after (主席及秘書長分別為甲及乙).
_RESPECTIVE_NAMES_AFTER = regex.compile(r"\s*(?:則|则|亦|也)?\s*(?:分別|分别)\s*(?:為|为|是|係)\s*[:：︰]?\s*")
# Before a name paired in turn: a few words of its own (its constituency: 分別為九龍東|甲).
_RESPECTIVE_ITEM_WORDS = regex.compile(r"[^，,。；;：:︰！？!?、\n]{0,8}")
# Between two posts of one body listed after a name (執行董事、董事長兼首席執行官).
_POSTS_JOINER = regex.compile(r"\s*(?:、|及|和|暨|兼)\s*")
# Between two titles listed for names in turn: not 兼 or 暨, which give one name both.
_RESPECTIVE_TITLE_JOINER = regex.compile(r"\s*(?:、|及|和|與|与|以及)\s*")


def _respective_holders(doc: Document, sentence_id: int, mentions: list[Mention]) -> tuple[list[Role], set[tuple[int, int]]]:
    """Roles for titles listed, then 分別為 and as many names (董事會主席及秘書分別為甲及乙):
    the k-th name holds the k-th title, with the body written right before the first.
    Returns those roles, and the (name start, title start) of every pairing of those
    names and titles, to be taken out of what the sentence's reading gave."""
    found: list[Role] = []
    paired: set[tuple[int, int]] = set()
    index = 0
    while index < len(mentions):
        first = index
        if mentions[first].label != "TITLE":
            index += 1
            continue
        last = first
        while (
            last + 1 < len(mentions) and mentions[last + 1].label == "TITLE"
            and _RESPECTIVE_TITLE_JOINER.fullmatch(doc.text, mentions[last].end, mentions[last + 1].start)
        ):
            last += 1
        index = last + 1
        intro = _RESPECTIVE_NAMES_AFTER.match(doc.text, mentions[last].end)
        if last == first or intro is None:
            continue
        titles = mentions[first:last + 1]
        names: list[Mention] = []
        at = intro.end()
        for mention in mentions[last + 1:]:
            if at < 0 or len(names) == len(titles):
                break
            if mention.start < at or (mention.label == "ORG" and _RESPECTIVE_ITEM_WORDS.fullmatch(doc.text, at, mention.end)):
                continue  # inside the item before (甲（工聯會）), or the item's own words (工聯會甲)
            if mention.label != "PERSON" or not _RESPECTIVE_ITEM_WORDS.fullmatch(doc.text, at, mention.start):
                break
            names.append(mention)
            item_end = _ITEM_ADDRESS.match(doc.text, mention.end).end()
            joiner = _ITEM_JOINER.match(doc.text, item_end)
            at = joiner.end() if joiner is not None else -1
        if len(names) != len(titles):
            continue
        body = _body_before(mentions, first)
        for person, title in zip(names, titles):
            found.append(_role(person, _Pending(title, body, "respective"), sentence_id))
        paired |= {(person.start, title.start) for person in names for title in titles}
    return found, paired


def _count_value(numeral: str) -> int | None:
    """The number a count is written with (3, 兩, 十二, 二十五) up to 99, or None."""
    if numeral.isdigit():
        return int(numeral)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"兩": 2, "两": 2}
    tens, ten, ones = numeral.partition("十")
    if not ten:
        return digits.get(numeral) if len(numeral) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in digits) or (ones and ones not in digits):
        return None
    return digits.get(tens, 1) * 10 + digits.get(ones, 0)


@functools.lru_cache(maxsize=8)
def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` holds one of ``words``: asked before a pattern that needs
    one of them is matched. The ``regex`` module looks for a pattern's required
    words from the offset to the text's end before it matches, so a block without
    them costs its whole length at every offset (30 µs a call in 100,000
    characters); this reads the text once."""
    return any(word in text for word in words)


def _honour_letters(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for the letters JP (a Justice of the Peace) after a name, its form of
    address and other honours' letters (甲先生, SBS, JP; 乙女士JP): an honour of no body."""
    found: list[Role] = []
    held = {(r.person, r.title) for r in roles}
    if not _holds_any(doc.text, ("JP",)):
        return found
    for index, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        letters = _HONOUR_LETTERS.match(doc.text, person.end)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if letters is None and following is not None and following.label == "TITLE" and following.start == person.end:
            letters = _HONOUR_LETTERS.match(doc.text, following.end)  # 甲第一副主席MH, JP: the name's title, then its letters
        if letters is None or (person.text, "JP") in held:
            continue
        title = Mention(letters.start("jp"), letters.end("jp"), "TITLE", "JP", normalized="太平紳士", method="pattern", category="honour")
        found.append(_role(person, _Pending(title, None, "honour_letters"), sentence_id))
        held.add((person.text, "JP"))
    return found


# A bracket opening right after a title, before the names holding it (副市長（甲、乙）).
_NAMES_BRACKET_OPEN = regex.compile(r"\s*[（(]\s*")
_NAMES_BRACKET_JOINER = regex.compile(r"\s*(?:[、，,]|及|和|與|与)\s*")
_NAMES_BRACKET_CLOSE = regex.compile(r"\s*(?:等)?\s*[）)]")
# Between two titles sharing such names: 兼, maybe with the words of a body not found (副市長兼公安|局長).
_JOINED_BEFORE_BRACKET = regex.compile(r"\s*(?:兼|兼任)\s*\p{Han}{0,4}")


def _bracketed_names(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for the names listed in brackets right after a title (兩任市委書記（甲、乙）,
    副市長兼公安局長（丙、丁）): each holds the title, the titles joined to it by 兼
    before it, and the body written right before the first of them."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE" or index + 1 >= len(mentions):
            continue
        opened = _NAMES_BRACKET_OPEN.match(doc.text, title.end)
        if opened is None or mentions[index + 1].start != opened.end():
            continue
        names: list[Mention] = []
        at, closed, end = opened.end(), None, None
        for person in mentions[index + 1:]:
            if end is not None and person.label == "TITLE" and person.start == end and _is_address(person):
                end = person.end  # 七名委員（甲、乙博士、丙）: a name's form of address
                continue
            if end is not None:
                closed = _NAMES_BRACKET_CLOSE.match(doc.text, end)
                joiner = _NAMES_BRACKET_JOINER.match(doc.text, end) if closed is None else None
                if closed is not None or joiner is None:
                    break
                at = joiner.end()
            if person.label != "PERSON" or person.start != at:
                break
            names.append(person)
            end = person.end
        if end is not None and closed is None:
            closed = _NAMES_BRACKET_CLOSE.match(doc.text, end)
        if closed is None or not names:
            continue
        first = index  # 副市長兼|公安局長: the titles joined by 兼 share the names
        while first > 0 and mentions[first - 1].label == "TITLE" and _JOINED_BEFORE_BRACKET.fullmatch(doc.text, mentions[first - 1].end, mentions[first].start):
            first -= 1
        body = _body_before(mentions, first)
        for post in mentions[first:index + 1]:
            for person in names:
                if (person.text, post.start) not in held:
                    found.append(_role(person, _Pending(post, body, "list"), sentence_id))
                    held.add((person.text, post.start))
    return found


# After the last name of a list: 等 and the group's words, or 都/均 (all of them), then
# the verb of the post they all hold (甲會主席甲、乙局局長乙等政府要員都擔任|董事; 甲、乙和丙，
# 都當選新一屆|中央委員會|委員).
_GROUP_THEN_POST = regex.compile(
    r"\s*(?:等\s*(?:\p{Han}{0,4}?(?:人|人士|要員|要员|官員|官员|成員|成员|代表|首長|首长|高層|高层|學者|学者|專家|专家)\s*)?"
    r"(?:[一二三四五六七八九十兩两\d]+\s*(?:名|位|人)\s*)?)?[,，]?\s*"
    r"(?:(?:這次|这次|今次|此次|本次|今屆|今届|都|均|皆|亦|也|同時|同时|一同|一起|全部|全都|已|將|将|再度|順利|顺利|首次)\s*){0,4}"
    r"(?:擔任|担任|出任|獲委任為|获委任为|獲委任|获委任|獲委為|获委为|獲聘為|获聘为|當選為|当选为|當選|当选|獲選為|获选为|獲選|获选|"
    r"成為|成为|連任|连任|留任|升任|晉升為|晋升为|獲任命為|获任命为|"
    r"(?P<removed>被\p{Han}{0,8}?(?:罷免|罢免|免去|撤銷|撤销)))\s*"  # 甲、乙等9人，均被其選舉單位罷免|人大代表職務
    r"(?:新一屆|新一届|下屆|下届|本屆|本届|第[一二三四五六七八九十百\d]+屆|第[一二三四五六七八九十百\d]+届)?\s*$"
)
# Between two items of such a list: 、 or a joining word, maybe a status word, or nothing (乙局|局長|乙).
_GROUP_ITEM_GAP = regex.compile(r"\s*(?:、|[，,]|及|和|與|与|以及)?\s*(?:前|原|現任|现任)?\s*[（(）)]?\s*")  # (乙司令(丙艦隊司令)甲: a post's gloss)
# Between a title and the rest of an item's name the recognisers cut: a few characters.
_UNFOUND_NAME_GAP = regex.compile(r"\p{Han}{1,2}")


def _group_then_post(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for every name of a list, each maybe with posts of its own, that 等 or 都
    and a verb give one more post (甲會主席甲、乙局局長乙等政府要員都擔任董事; 甲、乙和丙，都當選
    中央委員會委員): each name holds it, with the body written right before it."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE":
            continue
        body = _body_before(mentions, index)
        first = index - 1 if body is not None else index
        if first < 1:
            continue
        last = mentions[first - 1]  # (the list's last name may be one no recogniser found)
        gap = doc.text[last.end:mentions[first].start]
        group = _GROUP_THEN_POST.fullmatch(gap) if _holds_any(gap, ("等", "都", "均", "皆", "全")) else None
        if group is None:
            continue
        names = [last] if last.label == "PERSON" else []
        for k in range(first - 2, -1, -1):
            joined = _GROUP_ITEM_GAP.fullmatch(doc.text, mentions[k].end, mentions[k + 1].start) is not None
            cut_name = mentions[k].label == "TITLE" and _UNFOUND_NAME_GAP.fullmatch(doc.text, mentions[k].end, mentions[k + 1].start) is not None
            if not joined and not cut_name:  # (乙院|長|杲|中興: a name after a title, cut by the recognisers, goes on)
                break
            if mentions[k].label == "PERSON":
                names.append(mentions[k])
        if len(names) < 2:
            continue
        status = ("卸任",) if group.group("removed") else _appointment_status(doc, gap, names[::-1], doc.sentences[sentence_id].start)
        if status is None:
            continue
        for person in reversed(names):
            if (person.text, title.start) not in held:
                found.append(_role(person, _Pending(title, body, "appointment", status), sentence_id))
                held.add((person.text, title.start))
    return found


def _appositions(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a post written after a name and a comma and closed by a comma or the
    sentence's end (甲，乙大學校長，表示…; 丙，現任丁會主席。): the name holds it, with
    the status word written before it, and the post a clause going on about the name
    gives (甲，乙會會長，亦是丙會理事長). A title some role already has (甲，校長乙) is
    not the name's."""
    found: list[Role] = []
    held = {(r.person, r.title) for r in roles}
    for index, person in enumerate(mentions[:-1]):
        if person.label != "PERSON":
            continue
        name_end, after = person.end, index + 1  # where the name's words end, and the next mention's index
        address = mentions[after]
        if address.label == "TITLE" and address.start == person.end and _is_address(address):
            name_end, after = address.end, after + 1  # 甲博士，乙大學校長: the form of address goes with the name
        opening = _APPOSITION_OPEN.match(doc.text, name_end)
        post = _closed_post(doc, mentions, after, opening.end(), roles) if opening is not None else None
        if post is None or (person.text, post[1].text) in held:
            continue
        status = (opening.group("status"),) if opening.group("status") else ()
        found += [_role(person, _Pending(title, post[0], "apposition", status), sentence_id) for title in (post[1], *post[3])]
        last = post[3][-1] if post[3] else post[1]
        more = _APPOSITION_MORE.match(doc.text, last.end)
        post = _closed_post(doc, mentions, post[2] + 1 + len(post[3]), more.end(), roles) if more is not None else None
        if post is not None and (person.text, post[1].text) not in held:
            found += [_role(person, _Pending(title, post[0], "apposition"), sentence_id) for title in (post[1], *post[3])]
    return found


def _held_during(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for posts a clause opening with a verb of holding names before the
    person it is about (在擔任乙會主席期間，甲…; 出任丙局局長後，丁…): the name
    right after the clause holds each title in it, with the body written before it."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    sentence_start = doc.sentences[sentence_id].start
    for index, title in enumerate(mentions[:-1]):
        person = mentions[index + 1]
        close = _HELD_DURING_CLOSE.match(doc.text, title.end)
        if title.label != "TITLE" or person.label != "PERSON" or close is None or close.end() != person.start:
            continue
        verb = _HELD_DURING_OPEN.match(doc.text, _clause_start(doc, sentence_start, title.start))
        if verb is None:
            continue
        first = next(k for k in range(index + 1) if mentions[k].start >= verb.end())  # the clause's first post
        if any(m.label == "PERSON" for m in mentions[first:index + 1]):
            continue
        for post_index in range(first, index + 1):
            post = mentions[post_index]
            if post.label == "TITLE" and (person.text, post.start) not in held:
                found.append(_role(person, _Pending(post, _body_before(mentions, post_index), "appointment"), sentence_id))
    return found


def _closed_post(
    doc: Document, mentions: list[Mention], index: int, start: int, roles: list[Role],
) -> tuple[Mention | None, Mention, int, list[Mention]] | None:
    """The post written from ``start`` at ``mentions[index]`` (a body maybe, then a title
    right after it), maybe more titles of the body joined to it by 、, 及 or 兼, and closed
    by a comma or the sentence's end, as ``(body, title, the title's index, the titles
    joined after it)``; None when there is none, or a title is another role's."""
    if index >= len(mentions):
        return None
    body = mentions[index] if mentions[index].label == "ORG" and mentions[index].start == start else None
    title_index = index + (1 if body else 0)
    title = mentions[title_index] if title_index < len(mentions) else None
    if title is None or title.label != "TITLE" or title.start != (body.end if body else start):
        return None
    last = title_index
    while not _APPOSITION_CLOSE.match(doc.text, mentions[last].end):
        joiner = _POSTS_JOINER.match(doc.text, mentions[last].end)
        following = mentions[last + 1] if last + 1 < len(mentions) else None
        if joiner is None or following is None or following.label != "TITLE" or following.start != joiner.end():
            return None
        last += 1  # 乙公司執行董事、董事長兼首席執行官: the body's posts listed, then the close
    if any(r.title_start < mentions[last].end and title.start < r.title_end for r in roles):
        return None
    return body, title, title_index, mentions[title_index + 1:last + 1]


def _successors(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a name that takes over a post the sentence named before it, the
    verb ending its clause (經濟部長甲請辭後，由現任秘書長乙接任; 原總經理甲任期屆滿，由協理乙接任;
    院長交接典禮，乙接任): the name holds that post, without the status words of the
    one who held it before (原, 前), in the body the post was written with (none: carried).
    A name already holding the post, or one only guessed at (可能接任), gets nothing."""
    found: list[Role] = []
    sentence_start = doc.sentences[sentence_id].start
    held = {(r.person, r.title) for r in roles}
    for index, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        verb = _TAKES_OVER.match(doc.text, person.end)
        if verb is None or any(
            m.start < verb.end() and not _BRACKET_OPENING.fullmatch(doc.text, person.end, m.start) for m in mentions[index + 1:index + 2]
        ):
            continue  # (the name glossed in its bracket, 乙(Suchai …)接任, is the same person's)
        clause_start = _clause_start(doc, sentence_start, person.start)
        agent = doc.text.rfind("由", clause_start, person.start)
        # 由現任秘書長乙, ，外科主任乙接任: the words after 由, or the clause's, are the name's own
        own_words_start = agent if agent >= 0 else clause_start
        post_index = next((k for k in range(index - 1, -1, -1) if mentions[k].label == "TITLE" and mentions[k].end <= own_words_start), None)
        post = mentions[post_index] if post_index is not None else None
        if post is None or own_words_start - post.end > _TAKEN_POST_REACH:
            continue
        post_clause_start = _clause_start(doc, sentence_start, post.start)
        by_agent = _BY_AGENT.match(doc.text, post.end)
        if not (by_agent and by_agent.end() == agent + 1) and not _POST_FREED.search(doc.text, post_clause_start, own_words_start):
            continue  # the post is neither handed over nor left by its holder (經議長建議，由乙接任)
        cut = _STATUS_LEAD.match(post.text)
        title = post if cut is None else dataclasses.replace(
            post, start=post.start + cut.end(), text=post.text[cut.end():],
            qualifiers=tuple(q for q in post.qualifiers if q != cut.group()),
        )
        if _SPECULATION.search(doc.text, post.end, verb.end()) or (person.text, title.text) in held:
            continue
        if any(r.person == person.text and post.start <= r.title_start < post.end for r in roles):
            continue  # 正副主委分別由甲、乙擔任: the name holds its part of the post already (副主委)
        found.append(_role(person, _Pending(title, _body_of_post(mentions, post_index, roles), "successor"), sentence_id))
        held.add((person.text, title.text))
    return found


def _titled_list_appointments(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for the names of a list whose items carry their own posts, before the
    appointment verb after its last name (乙局副局長甲、丙會議員丁雙雙獲委任為執行董事;
    甲則與前駐日代表乙、前駐印度公使丙出任副執行長): each name takes the posts the verb
    gives the last one. An item is a joiner, then bodies, titles and status words, then
    the name; a clause break ends the list."""
    found: list[Role] = []
    if not any(r.method == "appointment" for r in roles):
        return found
    held = {(r.person, r.title_start) for r in roles}
    index_of = {id(m): k for k, m in enumerate(mentions)}
    persons = {m.start: m for m in mentions if m.label == "PERSON"}
    for role in roles:
        last = persons.get(role.person_start)
        if role.method != "appointment" or last is None or role.title_start <= last.end:
            continue
        verb_gap = doc.text[last.end:role.title_start]
        if _CLAUSE_BREAK.search(verb_gap) or _RESPECTIVELY.search(verb_gap) or _APPOINTMENT_OPENING.match(verb_gap) is None:
            continue  # 甲、乙分別出任會長及副會長: each name its own post
        k = index_of[id(last)]
        while k > 0:
            item_start = k
            while item_start > 0 and mentions[item_start - 1].label in ("TITLE", "ORG"):
                item_start -= 1
            if item_start == 0 or mentions[item_start - 1].label != "PERSON":
                break
            earlier = mentions[item_start - 1]
            words = doc.text[earlier.end:mentions[item_start].start]
            inside = _without_mentions(doc.text, mentions[item_start:k], mentions[item_start].start, mentions[k].start)
            if not _TITLED_ITEM_OPENING.fullmatch(words) or not _TITLED_ITEM_WORDS.fullmatch(inside):
                break
            if any(r.person == earlier.text and r.method == "appointment" and r.title_start > last.end for r in roles):
                break  # the list's names took the verb's posts already, in their own way
            if (earlier.text, role.title_start) not in held:
                found.append(dataclasses.replace(role, person=earlier.text, person_start=earlier.start, person_end=earlier.end))
                held.add((earlier.text, role.title_start))
            k = item_start - 1
    return found


# Words that pair each name with a post of its own (甲、乙分別出任…).
_RESPECTIVELY = regex.compile(r"分別|分别|分任|各自")
# 分別 and the verb naming the names after it to posts (分別委任了甲及乙為…).
_RESPECTIVE_VERB_BEFORE = regex.compile(r"(?:分別|分别)\s*(?:委任|任命|委派|推選|推选|選出|选出|聘任|聘請|聘请)(?:了)?\s*$")
# Between a list's name and the next item's posts (、前|駐日|代表乙; 及三名連任的|立法會議員乙; 則與|乙).
_TITLED_ITEM_OPENING = regex.compile(
    r"\s*(?:先生|女士)?\s*(?:則|则|亦|也|並|并)?\s*(?:、|及|和|與|与|以及|暨|同)\s*(?:[^，,。；;：:、\s]{1,10}的)?\s*"
    r"(?:前任|原任|現任|现任|新任|時任|时任|前|原)?\s*(?:[駐驻]\p{Han}{1,6})?\s*"
)
# The words of an item's posts between its bodies and titles, mentions taken out.
_TITLED_ITEM_WORDS = regex.compile(r"(?:\s|的|兼|暨|及|、|前|原|[駐驻]\p{Han}{1,6})*")


def _listed_posts(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for the posts listed after words on someone's posts (甲身兼多項公職，包括乙縣
    議員、丙協會理事、丁會第44屆會長; 甲曾擔任要職，包括…): each title the list holds
    is the one person named before it, with the body written right before the title.
    Not when several people are named before the list."""
    found: list[Role] = []
    sentence = doc.sentences[sentence_id]
    for match in _POSTS_INTRODUCED.finditer(doc.text, sentence.start, sentence.end):
        persons = [m for m in mentions if m.label == "PERSON" and m.end <= match.start()]
        if len({m.text for m in persons}) != 1:
            continue
        person = persons[-1]
        held = {(r.person, r.title) for r in roles + found}
        position, body = match.end(), None
        for mention in (m for m in mentions if m.start >= match.end()):
            gap = _POST_LIST_GAP if mention.label == "ORG" else _POST_LIST_WORDS
            if mention.label == "PERSON" or not gap.fullmatch(doc.text, position, mention.start):
                break
            if mention.label == "ORG":
                body, position = mention, mention.end
                continue
            if (person.text, mention.text) not in held:
                found.append(_role(person, _Pending(mention, body if body is not None and body.end == position else None, "listed_posts"), sentence_id))
                held.add((person.text, mention.text))
            body, position = None, mention.end
    return found


def _name_then_posts(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a list of posts written right after a name with no verb, each a body
    and its title, joined by 、 (資料顯示，甲乙部部長、丙院委員長、丁縣副縣長): a
    career listed; the name holds each. Two posts at least, the first with its body."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, person in enumerate(mentions[:-2]):
        if person.label != "PERSON" or mentions[index + 1].label != "ORG":
            continue
        posts, position, at = [], person.end, index + 1
        while (post := _adjacent_posts(mentions, at, position)) is not None:
            posts.append(post[0])
            at = post[1]
            joiner = _CAREER_JOINER.match(doc.text, post[0][1].end)
            if joiner is None:
                break
            position = joiner.end()
        others = {r.title_start for r in roles if r.person != person.text}
        if len(posts) < 2 or any(title.start in others for _, title in posts):
            continue  # a title another name already holds: no career of this one
        for body, title in posts:
            if (person.text, title.start) not in held:
                found.append(_role(person, _Pending(title, body, "listed_posts"), sentence_id))
    return found


# Between two posts of a career listed after a name.
_CAREER_JOINER = regex.compile(r"\s*、\s*")


# 以 and a post and 身份: the capacity a name acts in (甲今天以總統特使身分出席).
_CAPACITY_OPEN = regex.compile(r"以\s*$")
_CAPACITY_CLOSE = regex.compile(r"\s*(?:的)?\s*(?:身份|身分)")
_CAPACITY_SUBJECT_GAP = regex.compile(r"^[^，,；;。！？!?：:\n]{0,12}$")
_CAPACITY_RELATIVE_GAP = regex.compile(r"^[^，,；;。！？!?：:\n]{0,30}的\s*$")
# 作為 or 身為 opening a clause with a post, the clause closed and the name next (作為乙會會長，甲表示).
_FRONTED_CAPACITY_OPEN = regex.compile(r"(?:^|[，,；;。：:\n「『“])\s*(?:作為|作为|身為|身为)\s*$")
_FRONTED_CAPACITY_CLOSE = regex.compile(r"\s*[，,]\s*")


def _capacities(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a post a name acts in, written 以…身份 (甲今天以總統特使身分出席;
    以乙司司長身份列席會議的甲): the name before it in its clause, or else the name
    the clause describes after 的, holds the post, in the body written with it; and
    for a post a clause opens with 作為 or 身為, held by the name right after it
    (作為乙會會長，甲表示)."""
    found: list[Role] = []
    held = {(r.person, r.title) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE":
            continue
        lead = mentions[index - 1] if index and mentions[index - 1].end == title.start else None
        org = lead if lead is not None and lead.label == "ORG" else None
        start = lead.start if lead is not None and lead.label in ("ORG", "TITLE") else title.start  # 以總統|特使身分: whose envoy
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None and following.label == "PERSON" and _FRONTED_CAPACITY_OPEN.search(doc.text, max(0, start - 4), start)
            and _FRONTED_CAPACITY_CLOSE.fullmatch(doc.text, title.end, following.start) and (following.text, title.text) not in held
        ):
            found.append(_role(following, _Pending(title, org, "appointment"), sentence_id))  # 作為乙會會長，甲表示
            held.add((following.text, title.text))
            continue
        if not _holds_any(doc.text, ("身份", "身分")) or not _CAPACITY_CLOSE.match(doc.text, title.end):
            continue
        posts = [(org, title)]
        first = index - 1 if lead is not None and lead.label in ("ORG", "TITLE") else index  # (以總統|特使身分)
        while (chained := _chained_post(doc, mentions, first)) is not None:
            posts.insert(0, chained[0])  # 以乙省委常委、|省委組織部部長|身份: each post of the list
            first = chained[1]
        start = mentions[first].start
        if not _CAPACITY_OPEN.search(doc.text, max(0, start - 2), start):
            continue
        opening = doc.text.rfind("以", 0, start)
        before = [m for m in mentions[:first] if m.label == "PERSON" and _CAPACITY_SUBJECT_GAP.match(doc.text[m.end:opening])]
        after = [m for m in mentions[index + 1:] if m.label == "PERSON" and _CAPACITY_RELATIVE_GAP.match(doc.text[title.end:m.start])]
        person = before[-1] if before else after[0] if after else None
        for post_org, post in posts:
            if person is not None and (person.text, post.text) not in held:
                found.append(_role(person, _Pending(post, post_org, "appointment"), sentence_id))
                held.add((person.text, post.text))
    return found


def _chained_post(doc: Document, mentions: list[Mention], index: int) -> tuple[tuple[Mention | None, Mention], int] | None:
    """The post listed right before the one starting at ``mentions[index]``, joined
    by nothing, a term or a joiner (乙省委常委、|省委組織部部長; :data:`_POST_JOINER_GAP`):
    ``((body or None, title), index where it starts)``, or None."""
    if index < 1 or mentions[index - 1].label != "TITLE" or not _POST_JOINER_GAP.match(doc.text, mentions[index - 1].end, mentions[index].start):
        return None
    title = mentions[index - 1]
    if index >= 2 and mentions[index - 2].label == "ORG" and mentions[index - 2].end == title.start:
        return (mentions[index - 2], title), index - 2
    return (None, title), index - 1



# 由 (自, 從) after a name and its form of address, before the post it leaves (甲由|乙局副局長|升任局長, 甲同志由…).
_PROMOTED_FROM = regex.compile(r"\s*(?:同志|先生|女士)?\s*(?:已|將|将|則|则|亦|也|今年|日前)?\s*(?:由|自|從|从)\s*(?:原本的|原來的|原来的|原先的|原任|原)?\s*")
_PROMOTION_VERB = (
    r"\s*(?:正式|再)?\s*(?:升為|升为|升任|晉升為|晋升为|晉升|晋升|擢升為|擢升为|擢升|調升為|调升为|調升|调升|"
    r"調任|调任|轉任|转任|改任|升至|真除為|真除为|真除)\s*"
)
_PROMOTED_TO = regex.compile("^" + _PROMOTION_VERB + "$")
# The verb of the move and a break: the new post was named before (乙由原本的丙部主任升任。).
_PROMOTED_TO_UNNAMED = regex.compile(_PROMOTION_VERB + r"(?:[，,。；;]|$)")


def _promotions(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles of a move written from one post to another (甲由乙局副局長升任局長):
    the name held the post after 由 and takes the one after the verb, in the body
    written with it or else in the first post's body."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        opening = _PROMOTED_FROM.match(doc.text, person.end)
        posts = _adjacent_posts(mentions, index + 1, opening.end()) if opening is not None else None
        if posts is None:
            continue
        (left_org, left_title), after = posts
        if _PROMOTED_TO_UNNAMED.match(doc.text, left_title.end):
            moves = [(left_title, left_org)]
        elif after >= len(mentions) or not _PROMOTED_TO.match(doc.text[left_title.end:mentions[after].start]):
            continue
        elif (taken := _adjacent_posts(mentions, after, mentions[after].start)) is None:
            continue
        else:
            (taken_org, taken_title), _ = taken
            moves = [(left_title, left_org), (taken_title, taken_org or left_org)]
        for title, org in moves:
            if (person.text, title.start) not in held:
                found.append(_role(person, _Pending(title, org, "appointment"), sentence_id))
                held.add((person.text, title.start))
    return found


def _adjacent_posts(mentions: list[Mention], index: int, start: int) -> tuple[tuple[Mention | None, Mention], int] | None:
    """The post written from ``start`` at ``mentions[index]``: a title, or a body and
    the title right after it. Returns ``((body or None, title), index after it)``."""
    if index >= len(mentions) or mentions[index].start != start:
        return None
    first = mentions[index]
    if first.label == "TITLE":
        return (None, first), index + 1
    if first.label == "ORG" and index + 1 < len(mentions) and mentions[index + 1].label == "TITLE" and mentions[index + 1].start == first.end:
        return (first, mentions[index + 1]), index + 2
    return None


def _holder_of_post(mentions: list[Mention], index: int) -> Mention | None:
    """The name right after the post starting at ``mentions[index]`` (a body maybe,
    then its title, written together: 丙局|局長|甲), or None."""
    post = mentions[index:index + 3]
    if post and post[0].label == "ORG":
        post = post[1:] if len(post) == 3 and post[1].start == post[0].end else []
    if len(post) >= 2 and post[0].label == "TITLE" and post[1].label == "PERSON" and post[1].start == post[0].end:
        return post[1]
    return None


def _body_of_post(mentions: list[Mention], index: int, roles: list[Role]) -> Mention | None:
    """The body the post ``mentions[index]`` was written with: the organisation right
    before the title, else the one a role of the sentence gave it (經濟部|長甲: 經濟部), else None."""
    post = mentions[index]
    before = _body_before(mentions, index)
    if before is not None:
        return before
    holder = next((r for r in roles if r.title_start <= post.start < r.title_end and r.organization), None)
    return None if holder is None else _role_body(mentions, holder)


def _role_body(mentions: list[Mention], role: Role) -> Mention | None:
    """The organisation mention of ``mentions`` that ``role`` names as its body, or None."""
    return next((m for m in mentions if m.label == "ORG" and (m.start, m.end) == (role.org_start, role.org_end)), None)


def _counted_title(doc: Document, title: Mention) -> bool:
    """True when a count of people stands before ``title`` (3位國民法官專庭審判長)."""
    return _COUNT_BEFORE.search(doc.text, max(0, title.start - 12), title.start) is not None


# A count of people and a few words before their title (3位|國民法官專庭|審判長); a
# comma right after the title, before the list of bodies and names it introduces.
_COUNT_BEFORE = regex.compile(r"[一二三四五六七八九十兩两\d]+\s*(?:位|名)\p{Han}{0,8}$")
_COMMA_AFTER_TITLE = regex.compile(r"\s*[，,]\s*")


def _head_char(title: Mention) -> str:
    """The body character a title of the 局長 kind names (局 of 局長, 處 of 副處長), or ''."""
    head = _shadow_key(title.normalized or title.text)
    return head[0] if head in BODY_HEADS else ""


def _body_name_pairs(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a list of bodies each followed by a name, introduced after a title
    (新任校長…名單為甲國小乙、丙國中丁): each name holds the title in the body before it.
    An item whose body was not found (、大成國中乙、) still counts when its words end in a
    school's or another body's strong ending; an item that is no such pair is passed
    over and the list goes on."""
    found: list[Role] = []
    held = {r.person for r in roles}
    index = 0
    while index < len(mentions):
        first = mentions[index]
        titles = [m for m in mentions[:index] if m.label == "TITLE" and first.start - m.end <= _PAIRS_REACH] if first.label == "ORG" else None
        if not titles:
            index += 1
            continue  # the list opens with a body, after a title
        intro = _PAIRS_INTRODUCED.search(doc.text, max(0, first.start - 6), first.start)
        if intro is None and titles[-1] is mentions[index - 1] and _counted_title(doc, titles[-1]):
            intro = _COMMA_AFTER_TITLE.fullmatch(doc.text, titles[-1].end, first.start)  # 3位審判長，甲地院乙、丙地院丁
        head_char = _head_char(titles[-1]) if intro is None else ""
        headed = bool(head_char)
        if intro is None and not headed:
            index += 1
            continue
        pairs: list[tuple[Mention, Mention]] = []
        item_start = first.start
        k = index
        while k < len(mentions):
            person = next((m for m in mentions[k:] if m.label == "PERSON"), None)
            if person is None:
                break
            # An unread item before (、西湖國中Amo.Lan、) ends at its delimiter.
            item_start = max(item_start, doc.text.rfind("、", item_start, person.start) + 1)
            body = _item_body(doc, mentions, item_start, person)
            if body is not None:
                pairs.append((body, person))
            k = mentions.index(person) + 1
            joiner = _PAIR_JOINER.match(doc.text, person.end)
            if joiner is None or joiner.end() >= len(doc.text) or (body is None and not pairs):
                break
            item_start = joiner.end()
        if headed:
            # 局長方面…創科局甲、環境局乙、民政局丙: no word introduces the list, but each body is one the title heads
            pairs = pairs if len(pairs) >= 3 and all(_shadow_key(body.text).endswith(head_char) for body, _ in pairs) else []
        if len(pairs) >= 2 or (pairs and intro is not None and intro.group().startswith(("名單", "名单"))):
            title = titles[-1]
            for org, person in pairs:
                if person.text not in held:
                    found.append(_role(person, _Pending(title, org, "body_name_list"), sentence_id))
        index = max(k, index + 1)
    return found


def _pairs_before_counted_title(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for bodies each followed by a name, listed before a counted title (甲大學乙、
    丙大學丁及戊大學己等3位校長): each name holds the title in the body before it. Every
    item must be a body and a name; the count, where written, must be the items'."""
    found: list[Role] = []
    held = {(r.person, r.title_start) for r in roles}
    for index, title in enumerate(mentions):
        if title.label != "TITLE" or index < 4:
            continue
        count = _COUNT_BEFORE_TITLE.fullmatch(doc.text, mentions[index - 1].end, title.start)
        if count is None or mentions[index - 1].label != "PERSON":
            continue
        pairs: list[tuple[Mention, Mention]] = []
        k = index - 1
        while k >= 1 and mentions[k].label == "PERSON" and mentions[k - 1].label == "ORG" and mentions[k - 1].end == mentions[k].start:
            pairs.insert(0, (mentions[k - 1], mentions[k]))
            if k < 3 or not _PAIR_LIST_JOINER.fullmatch(doc.text, mentions[k - 2].end, mentions[k - 1].start):
                break
            k -= 2
        number = _count_value(count.group("number")) if count.group("number") else None
        if len(pairs) < 2 or (number is not None and number != len(pairs)):
            continue
        found += [
            _role(person, _Pending(title, org, "body_name_list"), sentence_id)
            for org, person in pairs if (person.text, title.start) not in held
        ]
    return found


# Between a list's last name and the title its items share: 等, a count (等3位|校長).
_COUNT_BEFORE_TITLE = regex.compile(r"\s*(?:等\s*(?:(?P<number>[一二三四五六七八九十兩两\d]+)\s*(?:位|名|人))?|(?P<number>[一二三四五六七八九十兩两\d]+)\s*(?:位|名|人))\s*")
_PAIR_LIST_JOINER = regex.compile(r"\s*(?:、|及|和|與|与|以及)\s*")


# Kinds of place whose name may stand for the office a listed title is held in
# (新任分局長苗栗甲、竹南乙: the precinct of each town).
_OFFICE_PLACE_KINDS = frozenset({"city", "district", "province"})


def _place_name_pairs(doc: Document, sentence_id: int, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """Roles for a list of places each followed by a name, right after a title
    (新任分局長苗栗甲、竹南乙、頭份丙): each name holds the title in the place before
    it, given as a mention over the place. Two pairs at least; a name that already
    holds a role is left alone."""
    held = {r.person for r in roles}
    persons = {m.start: m for m in mentions if m.label == "PERSON"}
    known = places()
    found: list[Role] = []
    for title in (m for m in mentions if m.label == "TITLE"):
        pairs: list[tuple[Mention, Mention]] = []
        position = title.end
        while True:
            place_end = next((position + n for n in (3, 2) if position + n in persons and known.get(doc.shadow[position:position + n]) in _OFFICE_PLACE_KINDS), None)
            if place_end is None:
                break
            person = persons[place_end]
            pairs.append((Mention(position, place_end, "ORG", doc.text[position:place_end], normalized=doc.text[position:place_end], method="place", category="government"), person))
            joiner = _PAIR_JOINER.match(doc.text, person.end)
            if joiner is None:
                break
            position = joiner.end()
        if len(pairs) >= 2:
            found += [_role(person, _Pending(title, place, "body_name_list"), sentence_id) for place, person in pairs if person.text not in held]
    return found


# The words between an appointment verb after a name and a title, when the
# recognisers found no body there (甲獲委任為|天喔|非執行董事).
_APPOINTMENT_THEN_WORDS = regex.compile(_APPOINTED_AS + r"(?P<words>\p{Han}{2,8})$")
# Words of a body as the segmenter tags them: nouns, names and words it does not know.
_BODY_WORD_TAGS = frozenset("n nz nt ns nr nrt nrfg x j vn ng l".split())
# Words there that are no body: a year of the sixty-year cycle (己亥年), a status
# or an ordinal (首位女, 創會暨首屆), a meeting (補選會議), a funeral committee.
_NOT_UNFOUND_BODY = regex.compile(
    r"^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|^(?:現任|现任|原任|前任|時任|时任|首位|首屆|首届|創會|创会|全體|全体|接替|首先|代理|署理|暫代|暂代)"
    r"|(?:年|屆|届|任|期|位|名|會議|会议|大會|大会|典禮|典礼|儀式|仪式|(?<![大中小])學|(?<![大中小])学)$|治喪|治丧|^(?:法人|創社|创社|創團|创团|創校|创校)$"
)


# Professions that are posts or ranks one is appointed or called to: roles, unlike
# the other occupations (律師, 醫師, 導演).
_PROFESSIONAL_POSTS = frozenset("大律师 御用大律师 资深大律师 主治医师 主治医生 主诊医生 专科医生 顾问医生 护士长 经济师 机长 船长".split())


def _with_unfound_bodies(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Return ``mentions`` with a body added where a name, an appointment verb, words
    the recognisers did not take for a body and a title follow one another
    (甲獲委任為天喔非執行董事, 乙獲選為奧會執行委員): the words, when the segmenter
    reads them as nouns or names, are the title's body."""
    added: list[Mention] = []
    for person, title in zip(mentions, mentions[1:]):
        if person.label != "PERSON" or title.label != "TITLE" or title.category in _NO_CARRY:
            continue
        gap = doc.text[person.end:title.start]
        found = _APPOINTMENT_THEN_WORDS.match(gap)
        if found is None or _APPOINTMENT.match(gap) or _NOT_UNFOUND_BODY.search(found.group("words")):
            continue
        key = _shadow_key(found.group("words"))
        head = _shadow_key(title.normalized or title.text)
        heads_it = head[:1] == key[-1:]  # 圖書館|館長: the ending's own head
        if (key in org_suffixes() and not heads_it) or key in places() or key in title_prefixes():
            continue  # a bare ending (基金會: a body named before), a place (板橋|市長), a modifier
        start = person.end + found.start("words")
        if not _tagged_as(doc, start, title.start, _BODY_WORD_TAGS):
            continue
        normalized = doc.text[start:title.start]
        if head in BODY_HEADS and title.text.startswith(title.normalized or title.text) and not normalized.endswith(head[0]):
            normalized += doc.text[title.start]  # 接領務|局長: the bureau is 領務局, its head's first character shared
        added.append(Mention(
            start, title.start, "ORG", doc.text[start:title.start], normalized=normalized,
            method="pattern", score=0.7, sentence_id=title.sentence_id,
        ))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# What may follow a post that goes on a list of posts after a comma: a break, 、 or the end.
_POST_LIST_GOES_ON = regex.compile(r"\s*(?:[，,、；;。]|$)")


def _bare_post(doc: Document, mentions: list[Mention], index: int) -> bool:
    """True when the post starting at ``mentions[index]`` (a title, or a body and the
    title right after it) stands alone up to a break or 、: another item of a list of
    one person's posts written with commas (先後擔任甲院副院長，乙部副部長，丙市委常委),
    not the post of a name after it."""
    while index + 1 < len(mentions) and mentions[index].label == mentions[index + 1].label == "ORG" and _BODY_JOINER.fullmatch(doc.text, mentions[index].end, mentions[index + 1].start):
        index += 1  # 乙會、丙會|信託委員: bodies sharing the title after them
    posts = _adjacent_posts(mentions, index, mentions[index].start) if index < len(mentions) else None
    return posts is not None and _POST_LIST_GOES_ON.match(doc.text, posts[0][1].end) is not None


# Between two bodies sharing the title written after the second.
_BODY_JOINER = regex.compile(r"\s*(?:、|及|和|與|与|以及|暨)\s*")


def _tagged_as(doc: Document, start: int, end: int, tags: frozenset[str]) -> bool:
    """True when the tokens from ``start`` to ``end`` are whole and all tagged with one
    of ``tags``."""
    first = bisect.bisect_left(doc.tokens, start, key=lambda t: t.start)
    position = start
    for token in doc.tokens[first:]:
        if token.start != position or token.end > end or token.label not in tags:
            return False
        position = token.end
        if position == end:
            return True
    return False


def _item_body(doc: Document, mentions: list[Mention], item_start: int, person: Mention) -> Mention | None:
    """The body of one item of a body–name list, written from ``item_start`` right up
    to ``person``: the ORG found there, or the words themselves when they end in a
    strong organisation ending (大成國中), or None."""
    body = next((m for m in mentions if m.label == "ORG" and m.start == item_start and m.end == person.start), None)
    if body is not None:
        return body
    words = doc.text[item_start:person.start]
    key = _shadow_key(words)
    endings = org_suffixes()
    if not (3 <= len(words) <= 12 and regex.fullmatch(r"\p{Han}+", words)):
        return None
    if not any(endings.get(key[-n:], ("", ""))[1] == "strong" for n in range(2, min(len(key) - 1, 6) + 1)):
        return None
    return Mention(item_start, person.start, "ORG", words, normalized=words, method="pattern", sentence_id=person.sentence_id)


def _bracketed_titles(doc: Document, mentions: list[Mention]) -> dict[int, tuple[int, list[Mention], dict[int, Mention]]]:
    """The titles a name's own bracket gives it (甲（乙大學副校長、丙醫院主治醫師）).

    Returns, by ``id`` of the PERSON mention, the bracket's end, the mentions inside
    it (a bracket that names a person or no title is left out: 甲（右）, 甲（乙會）)
    and, by ``id`` of each title, the body written before it within the same item.
    """
    found: dict[int, tuple[int, list[Mention], dict[int, Mention]]] = {}
    for index, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        # 甲醫生（乙醫院代表）, 甲議員（乙委員會主席）: the name's title between the name and its bracket.
        address = following if following is not None and following.label == "TITLE" and following.start == person.end else None
        after = address.end if address is not None else person.end
        courtesy = _COURTESY_BEFORE_BRACKET.match(doc.text, after)  # 甲先生（前乙中心主席）
        bracket = _NAME_BRACKET.match(doc.text, courtesy.end() if courtesy is not None else after)
        if bracket is None:
            continue
        within = [m for m in mentions[index + 1:] if m.start >= bracket.start(1) and m.end <= bracket.end(1)]
        if not any(m.label == "TITLE" for m in within) or any(m.label == "PERSON" for m in within):
            continue
        bodies: dict[int, Mention] = {}
        for before, title in zip(within, within[1:]):
            if before.label == "ORG" and title.label == "TITLE" and _BRACKET_BODY_GAP.match(doc.text[before.end:title.start]):
                bodies[id(title)] = before
        found[id(person)] = (bracket.end(), within, bodies)
    return found


def _appointing_agent(doc: Document, mentions: list[Mention], index: int, previous: Mention | None, previous_end: int) -> tuple[list[Mention], int] | None:
    """For the title at ``mentions[index]`` naming who appoints the name before it
    (甲獲|行政長官|委任為, 甲被|教宗|乙(Latin name)|任命為): the name written with that
    title and the name glossing it in brackets (none when none is written), and where
    those words end, before the verb; None for any other mention."""
    mention = mentions[index]
    if mention.label != "TITLE" or previous is None or previous.label not in ("PERSON", "TITLE"):
        return None
    if _PASSIVE_MARK.fullmatch(doc.text, previous_end, mention.start) is None:
        return None
    names: list[Mention] = []
    end = mention.end
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if following is not None and following.label == "PERSON" and following.start == end:
        names, end = [following], following.end
    gloss = _GLOSS_BRACKET.match(doc.text, end)  # 教宗方濟各(Pope Francis)任命為
    if gloss is not None:
        names += [m for m in mentions[index + 1:] if m.label == "PERSON" and gloss.start() <= m.start and m.end <= gloss.end()]
        end = gloss.end()
    if _APPOINTING_VERB.match(doc.text, end) is None:
        return None
    return names, end


def _past_posts_below(doc: Document, mentions: list[Mention], person: Mention | None) -> list[Role]:
    """Roles of the posts a line of its own in brackets, opened by 原 or 前, gives the
    name that ends the line before it (一區區公所甲 ⏎ (原任乙所主任)): a list of new
    holders, each with the post they held, one to a line. ``mentions`` are the
    bracket line's, ``person`` the last name of the sentences before."""
    if person is None or not mentions:
        return []
    line_start = doc.text.rfind("\n", 0, mentions[0].start) + 1
    line_end = doc.text.find("\n", mentions[-1].end)
    line_end = len(doc.text) if line_end < 0 else line_end
    bracket = _PAST_POST_LINE.fullmatch(doc.text, line_start, line_end)
    if bracket is None or doc.text[person.end:line_start].strip() or "\n" not in doc.text[person.end:line_start]:
        return []
    if any(m.label == "PERSON" for m in mentions):
        return []
    roles = []
    status = (bracket.group("status"),)
    for before, title in zip([None, *mentions], mentions):
        if title.label != "TITLE":
            continue
        org = before if before is not None and before.label == "ORG" and _BRACKET_BODY_GAP.match(doc.text[before.end:title.start]) else None
        roles.append(_role(person, _Pending(title, org, "bracket_title", status), title.sentence_id))
    return roles


def _in_bodies_bracketed_after_names(doc: Document, roles: list[Role]) -> list[Role]:
    """``roles`` with each one that has no body given the government body written
    alone in brackets right after its name (四名助理部長分別是甲(財政部)、乙(貿易及工業部):
    the ministry each serves in). A party in brackets (甲(民建聯)) is an affiliation,
    not the post's body."""
    if all(role.organization for role in roles):
        return roles
    bodies = {m.start: m for m in doc.mentions if m.label == "ORG" and m.category == "government"}
    titles = {m.start: m for m in doc.mentions if m.label == "TITLE"}
    placed = []
    for role in roles:
        bracket = None if role.organization else _BRACKET_OPENING.match(doc.text, role.person_end)
        body = bodies.get(bracket.end()) if bracket is not None else None
        title = titles.get(role.title_start)
        if body is not None and title is not None and _BRACKET_CLOSE.match(doc.text, body.end) and not _needs_no_body(title):
            role = _with_organisation(role, title, body, "bracket_org")
        placed.append(role)
    return placed


def _in_bracketed_body(role: Role, title: Mention, org: Mention) -> Role:
    """``role`` with the body in brackets after its title (甲牧師（乙教會）) when the
    role has none and is that title's."""
    if role.organization or role.title_start != title.start:
        return role
    return _with_organisation(role, title, org, "bracket_org")


def _with_organisation(role: Role, title: Mention, org: Mention, shape: str, base: float | None = None) -> Role:
    """``role`` (of ``title``, with no organisation) rebuilt with ``org`` and ``shape``,
    keeping the status words written before the body (前, 曾任)."""
    status = role.qualifiers[:len(role.qualifiers) - len(title.qualifiers)]
    person = Mention(role.person_start, role.person_end, "PERSON", role.person)
    return _role(person, _Pending(title, org, shape, status), role.sentence_id, base=base)


def _career_step_of(doc: Document, mentions: list[Mention], index: int, gap: str, sentence_start: int, words: bool = False) -> tuple[Mention, str] | None:
    """The person and the clause of a dated step of their career written in ``gap``
    before ``mentions[index]``, after a clause about them (甲曾在乙工作數十年，2008年任|丙大學):
    the sentence's own topic and the clause after the gap's last break, when that clause
    opens with a verb of taking a post (:func:`_career_step`) and what came before the
    break was no verb of speaking (他形容，擔任…是…). None otherwise."""
    cut = _last_break(gap)
    if cut is None or not _career_step(gap[cut + 1:], words) or _SPOKEN_BEFORE.search(gap, 0, cut):
        return None
    topic = _sentence_topic(doc, mentions[:index], sentence_start)
    return (topic, gap[cut + 1:]) if topic is not None and topic.start >= sentence_start else None


def _start_career_step(doc: Document, state: _State, topic: Mention, clause: str, sentence_start: int) -> None:
    """Begin the appointment of a career step: ``topic`` takes the titles after ``clause``."""
    state.reset()
    state.subjects, state.names = [topic], [topic]
    _start_appointment(doc, state, clause, sentence_start)


@functools.lru_cache(maxsize=65536)  # a function of the clause text alone
def _career_step(clause: str, words: bool = False) -> bool:
    """True for a clause opening with the verb of taking a post (2008年任, 其後轉任, 2018年起任),
    not a bare copula (，是乙會主辦): 任 alone only after the year it was taken. With
    ``words``, words the recognisers took for nothing may follow the verb (2008年任|中科大)."""
    moved = (_APPOINTMENT_AND_WORDS if words else _APPOINTMENT).match(clause)
    if moved is None or moved.group("verb") in _WEAK_COPULAS or clause.lstrip().startswith(("接替", "接手")):
        return False  # (接替調任乙職的丙: a predecessor's move, not the person's)
    return moved.group("verb") != "任" or _YEAR_WRITTEN.search(clause) is not None


# A verb of speaking closing the clause before: what follows is what was said (他形容，擔任…是…).
_SPOKEN_BEFORE = regex.compile(r"(?:" + _SPEECH_VERBS + r"|形容|直言|坦言|提到|提及|指)\s*$")
# A year written with digits or numerals (2008年, 二〇〇八年).
_YEAR_WRITTEN = regex.compile(r"[\d〇○零一二三四五六七八九]{2,4}\s*年")


@functools.lru_cache(maxsize=65536)  # a function of the gap text alone
def _last_break(gap: str) -> int | None:
    """The offset of the last clause break in ``gap``, or None when it has none."""
    breaks = list(_CLAUSE_BREAK.finditer(gap))
    return breaks[-1].start() if breaks else None


def _last_name_list(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The names of the last list written before the end of ``mentions`` (甲、乙和丙),
    or the last name alone; empty when the last mention is no name."""
    names: list[Mention] = []
    for mention in reversed(mentions):
        if mention.label != "PERSON" or (names and not _NAME_LIST_GAP.match(doc.text[mention.end:names[0].start])):
            break
        names.insert(0, mention)
    return names


# 歷任 right before a post and its holders' names: "the successive", not a career.
_SUCCESSIVE = regex.compile(r"(?:歷任|历任)\s*$")


def _names_follow_post(mentions: list[Mention], index: int) -> bool:
    """True when the post starting at ``mentions[index]`` (a title, or a body and its
    title) has a name written right after it."""
    title = _title_of_post(mentions, index)
    if title is None or (title > index and mentions[title].start != mentions[index].end):
        return False
    return title + 1 < len(mentions) and mentions[title + 1].label == "PERSON" and mentions[title + 1].start == mentions[title].end


def _title_of_post(mentions: list[Mention], index: int) -> int | None:
    """The index of the title of the post starting at ``mentions[index]`` (the
    mention itself, or the title after a body), or None when no title is there."""
    title = index + 1 if mentions[index].label == "ORG" else index
    return title if title < len(mentions) and mentions[title].label == "TITLE" else None


def _posts_then_duty(doc: Document, mentions: list[Mention], index: int) -> bool:
    """True when the bodies and titles from ``mentions[index]`` on, joined by nothing,
    a term or a joiner (、及和與), end in a title followed by 職務 or 一職
    (乙部部長及丙委員會委員職務)."""
    for at in range(index, len(mentions)):
        mention = mentions[at]
        if mention.label not in ("ORG", "TITLE"):
            return False
        if at > index and not _POST_JOINER_GAP.match(doc.text, mentions[at - 1].end, mention.start):
            return False
        if mention.label == "TITLE" and _DUTY_AFTER.match(doc.text, mention.end):
            return True
    return False


# Between a name and its posts: 的, where the post is, and the term (甲的|第十四屆|乙會代表職務).
_OF_TERM_GAP = regex.compile(r"^\s*的?\s*(?:\p{Han}{0,10}?[駐驻]\p{Han}{1,14}?)?\s*" + _TERM + r"$")  # (甲的|中華人民共和國駐乙國|特命全權大使職務)
# Between two posts of one name's list of duties: nothing, a term, or a joiner.
_POST_JOINER_GAP = regex.compile(r"\s*(?:[、及和與与暨兼]|以及)?\s*" + _TERM + r"$")


def _holder_follows_post(doc: Document, mentions: list[Mention], index: int) -> bool:
    """True when the post starting at ``mentions[index]`` (a title, or a body and its
    title) is followed by a name, right after it or after 的, or by a copula that
    names its holder: the name holds it (原任會長的甲, 現任乙處副處長丙, 現任會長為丙)."""
    title = _title_of_post(mentions, index)
    if title is None:
        return False
    if _HOLDER_NAMED_AFTER.match(doc.text, mentions[title].end):
        return True  # 現任乙會理事長即為丙: the post is the subject, its holder comes after 為
    if title + 1 >= len(mentions):
        return False
    holder = mentions[title + 1]
    gap = doc.text[mentions[title].end:holder.start]
    return holder.label == "PERSON" and (not gap or _HELD_FOR_OF_GAP.match(gap) is not None)


# After a post: a copula naming its holder next (…理事長即為丙, …會長是丙).
_HOLDER_NAMED_AFTER = regex.compile(r"\s*(?:一職|一职)?\s*(?:即|則|则|就|便|亦|也|仍)?\s*(?:為|为|是|乃|係)")


def _holder_after_copula(doc: Document, mentions: list[Mention], title: Mention) -> bool:
    """True when the first mention after ``title`` is a name written right after a
    copula (名譽秘書為乙, 副會長則是乙): the title's holder is named there."""
    copula = _HOLDER_NAMED_AFTER.match(doc.text, title.end)
    if copula is None:
        return False
    holder = next((m for m in mentions if m.start >= title.end), None)
    return holder is not None and holder.label == "PERSON" and not doc.text[copula.end():holder.start].strip()


@functools.lru_cache(maxsize=65536)  # a function of the gap text alone
def _subjectless_appointment(gap: str) -> str | None:
    """The last clause of ``gap`` when it opens with an appointment verb and names
    no one (，曾任, ，先後擔任過), else None."""
    cut = _last_break(gap)
    if cut is None:
        return None
    clause = gap[cut:]
    match = _APPOINTMENT_AND_WORDS.match(clause)
    if match is None or (
        match.group("verb") in _COPULAS and not _PAST_ADVERB.search(_adverbs(match))
        and not (match.group("verb") in _HELD_NOW_COPULAS and _adverbs(match).endswith(_NOW_ADVERBS) and not clause[match.end("verb"):].lstrip().startswith("的"))
    ):
        return None  # a bare 為/是 opens too many clauses; 曾任 is a career, 現任/現為 a post held
    return clause


def _sentence_topic(doc: Document, before: list[Mention], sentence_start: int, speakers: bool = False) -> Mention | None:
    """The person a sentence is about so far: the one it has named (under any number
    of mentions), leaving out a speaker (甲表示，乙…曾任…), or of several the one
    opening it (甲出身政治世家，父親乙曾任市長，…，當選議員). None when it names
    none, or several and none opens it. A person from before the sentence (the
    subject a pronoun stands for) is never taken for a speaker; with ``speakers``
    no one is left out (甲表示，他曾任…: the pronoun is the speaker)."""
    persons = [m for m in before if m.label == "PERSON" and (speakers or m.start < sentence_start or not _SPEAKS_AFTER.match(doc.text, m.end))]
    if not persons:
        return None
    if len({m.text for m in persons}) == 1:
        return persons[0]
    return _opener(doc, before, sentence_start)


def _opener(doc: Document, mentions: list[Mention], sentence_start: int) -> Mention | None:
    """The person opening a sentence as its subject (甲出身…, 2019年，甲…), not as
    the first of a list (甲、乙出席) nor a speaker: or None."""
    if not mentions or mentions[0].label != "PERSON":
        return None
    first = mentions[0]
    if first.start < sentence_start:
        return first
    if not _OPENER_LEAD.match(doc.text[sentence_start:first.start]) or _SPEAKS_AFTER.match(doc.text, first.end):
        return None
    if len(mentions) > 1 and mentions[1].label == "PERSON" and _NAME_LIST_GAP.match(doc.text[first.end:mentions[1].start]):
        return None
    return first


def _pronoun_subject(doc: Document, sentence_id: int, mentions: list[Mention], topics: dict[int, Mention], persons: list[Mention]) -> tuple[Mention, int] | None:
    """The person a pronoun or a lone surname opening the sentence stands for, and
    where that word ends: 她 takes the person the last sentences were about
    (``topics``), 李 the last person named with that surname. None when the
    sentence opens with a name of its own, or the person is unknown."""
    start = doc.sentences[sentence_id].start
    if not mentions or mentions[0].label == "PERSON":
        return None
    lead = doc.text[start:mentions[0].start]
    pronoun = _PRONOUN_SUBJECT.match(lead)
    if pronoun is not None:
        topic = _nearest_topic(topics, sentence_id)[1]
        return (topic, start + pronoun.end()) if topic is not None else None
    opening = _VERB_OPENING.match(lead)
    if opening is not None and not any(m.label == "PERSON" for m in mentions):
        # 甲生於1931年。歷任社會處長、高雄市長…: a career named with no one, after a sentence about 甲
        # (1970年參加工作，|先後任…: the verb's clause after the one before it).
        topic = _nearest_topic(topics, sentence_id)[1]
        return (topic, start + (opening.end("clause") if opening.group("clause") else 0)) if topic is not None else None
    surname = _SURNAME_SUBJECT.match(lead)
    if surname is not None:
        for person in reversed(persons):
            if person.text[0] == surname.group(1) and len(person.text) in (2, 3) and person.sentence_id >= sentence_id - _CARRY_SENTENCES:
                return person, start + surname.end()
    return None


def _nearest_topic(topics: dict[int, Mention | None], sentence_id: int) -> tuple[bool, Mention | None]:
    """Whether one of the ``_PRONOUN_REACH`` sentences before ``sentence_id`` has a
    topic entry, and the nearest one's person (None: that sentence named several)."""
    for back in range(sentence_id - 1, sentence_id - 1 - _PRONOUN_REACH, -1):
        if back in topics:
            return True, topics[back]
    return False, None


def _topic_for_pronouns(
    doc: Document, sentence_id: int, mentions: list[Mention], named: list[Mention], subject: tuple[Mention, int] | None,
    topics: dict[int, Mention | None],
) -> Mention | None:
    """The person a later sentence's 他/她 may stand for, from one sentence: the one
    its opening pronoun stood for, the earlier sentences' person when it opens with
    其 (其書法作品…: its names are of other things), its one named person (not a
    speaker), or the person opening it; None when it names several and none opens it."""
    if subject is not None:
        return subject[0]
    start = doc.sentences[sentence_id].start
    if _POSSESSIVE_OPENING.match(doc.text, start):
        found, topic = _nearest_topic(topics, sentence_id)
        if found:
            return topic
    if len({m.text for m in named}) == 1:
        return _sentence_topic(doc, named, start)
    return _opener(doc, mentions, start)


def _start_appointment(doc: Document, state: _State, gap: str, sentence_start: int) -> None:
    """The names before 出任/擔任 … take the roles written after the verb."""
    names = state.subjects if len(state.subjects) > len(state.names) else state.names
    state.appointed = list(names)
    state.appointment = _appointment_status(doc, gap, names, sentence_start) if names else None
    state.career = _CAREER_VERB.search(gap) is not None
    # 甲、乙分別出任會長及理事長, 分別委任甲及乙為會長及理事長: the k-th title goes to the k-th name.
    respectively = regex.search(r"分別|分别|分任", gap) or (
        names and _RESPECTIVE_VERB_BEFORE.search(doc.text, max(sentence_start, names[0].start - 8), names[0].start)
    )
    state.respective = 0 if len(names) > 1 and respectively else None
    state.pending, state.group, state.org, state.chain_org = [], [], None, None


def _paired_with_deputy(names: list[Mention], items: list[_Pending]) -> list[tuple[Mention, _Pending]]:
    """Each name with each title, except that two names before 正副X (甲、乙當選正副議長)
    take X and 副X in turn."""
    offset = _deputy_offset(items[0].title.text) if len(names) == 2 and len(items) == 1 else None
    if offset is not None:
        title = items[0].title
        head = dataclasses.replace(title, start=title.start + offset + 1, text=title.text[offset + 1:])
        deputy = dataclasses.replace(title, start=title.start + offset, text=title.text[offset:])
        return [(names[0], dataclasses.replace(items[0], title=head)), (names[1], dataclasses.replace(items[0], title=deputy))]
    return [(name, one) for name in names for one in items]


# 正副 (or 正、副) opening a title that names a post and its deputy at once (正副議長).
_PAIRED_DEPUTY = regex.compile(r"正[、,，]?副")


def _deputy_offset(title: str) -> int | None:
    """Where 副 stands in a title (as written) naming a post and its deputy at once
    (正副議長: 1, 正、副主席: 2), or None for any other title."""
    paired = _PAIRED_DEPUTY.match(title)
    return paired.end() - 1 if paired is not None and len(title) > paired.end() else None


# Verbs that list a career (歷任甲、乙；丙), and what separates its items.
_CAREER_VERB = regex.compile(r"歷任|历任|先後任|先后任|先後擔任|先后担任|先後出任|先后出任")
_CAREER_SEPARATOR = regex.compile(r"\s*[，,；;]\s*")


# After a listed name's form of address: the list goes on with another name (甲、乙博士|及|丙).
_LIST_GOES_ON = regex.compile(r"\s*(?:、|及|和|與|与|以及)\s*")


def _list_goes_on(doc: Document, mentions: list[Mention], offset: int) -> bool:
    """True when a list joiner at ``offset`` is followed right away by a name of ``mentions``."""
    joiner = _LIST_GOES_ON.match(doc.text, offset)
    return joiner is not None and any(m.label == "PERSON" and m.start == joiner.end() for m in mentions)


def _career_goes_on(state: _State, previous: Mention | None, gap: str) -> bool:
    """True when a career list (歷任 …) is open and only a comma or semicolon stands
    between its last title and the next body or title: the next item of the career."""
    return state.career and bool(state.appointed) and previous is not None and previous.label == "TITLE" and _CAREER_SEPARATOR.fullmatch(gap) is not None


def _continue_appointment(doc: Document, state: _State, gap: str, sentence_start: int) -> None:
    """A second appointment verb after an appointment's title (甲當選議員並擔任議長):
    the same names take the titles after it."""
    state.subjects, state.names = list(state.appointed), list(state.appointed)
    _start_appointment(doc, state, gap, sentence_start)


def _read_title(doc, state: _State, roles, mention, previous, gap, kind, sentence_id, sentence_start, earlier, names_next=False, bare_post=False) -> None:
    """Read a TITLE: give it to the names before it (甲局長, 甲、乙三名副主席, an
    appointment), or make it wait for its names with its organisation.
    ``names_next``: a name follows the title at once (…、乙局科長丙調…); ``bare_post``:
    the title stands alone up to a break or 、 (see :func:`_bare_post`)."""
    if kind == "appointment" and previous is not None and previous.label == "PERSON":
        _start_appointment(doc, state, gap, sentence_start)
        kind = "after_appointment"
    elif kind == "appointment" and previous is not None and previous.label == "TITLE" and state.appointed:
        _continue_appointment(doc, state, gap, sentence_start)  # 甲當選議員並擔任議長
        kind = "after_appointment"
    elif kind == "appointment" and previous is not None and previous is state.org and state.located is not None and not _CLAUSE_BREAK.search(gap):
        # 甲曾在乙法院擔任法官: the body between 在 and the verb is the title's.
        org, (names, adverbs) = state.org, state.located
        state.subjects, state.names = list(names), list(names)
        _start_appointment(doc, state, adverbs + gap, sentence_start)
        state.org, kind = org, "after_appointment"
    elif kind == "appointment":
        kind = "break"
    if _is_duty(doc, mention, gap) or (_is_verb_use(doc, mention) and not (previous is not None and previous is state.org and kind == "adjacent")):
        state.reset()
        return
    if _AGENT_OF_PARTICIPLE.match(doc.text, mention.end):
        return  # 作為行政長官授權的監誓人: the holder who authorises, not a post taken
    if previous is not None and previous.label == "PERSON" and not state.pending and not state.appointed and (
        kind == "adjacent" or _COUNT_GAP.match(gap)
    ) and not _CREDIT_SLASH.match(doc.text, mention.end) and not (gap and gap.isspace() and names_next) and not (
        names_next and _AIDE_TITLE.search(mention.text)  # 議員甲特助乙: the aide named after the principal
    ):
        # (會長甲 副會長乙: after a space, a title with its own name right after it opens the next item)
        # 甲、乙和丙三名副主席; 主持人甲、乙等院士: a counted list takes an honour or a post
        # naming its own body even after a heading title (not 副理事長甲、乙等理監事: the board at large)
        counted_honour = _COUNT_GAP.match(gap) is not None and _needs_no_body(mention)
        names = state.names if len(state.names) > 1 and (not state.group or counted_honour) else [previous]
        if kind == "adjacent" and len(names) > 1 and _is_address(mention) and _list_goes_on(doc, state.mentions, mention.end):
            names = names[-1:]  # 甲、乙博士及丙: a form of address inside the list is its name's alone
        if kind == "adjacent" and len(names) > 1:
            names = [name for name in names[:-1] if not _OWN_ADDRESS_AFTER.match(doc.text, name.end)] + names[-1:]  # 甲先生、乙博士
            if _shadow_key(mention.normalized or mention.text) in _MONASTIC_ADDRESSES and not _has_surname(names[-1]):
                names = [name for name in names[:-1] if not _has_surname(name)] + names[-1:]  # 陳某、林某、日恆法師: the monk alone
        shape = "list_title" if len(names) > 1 else "person_title"
        body = state.body_before_name if state.names and names[0] is state.names[0] else None
        lineup = state.named_lineup_org
        if lineup is not None and (body is not None or len(names) > 1 or not _fits(mention, lineup)):
            lineup = None
        for name in names:
            if body is not None and not _seat_of_party(mention, body) and (_fits(mention, body) or (len(names) == 1 and _holder_between(doc, body, name, mention))):
                roles.append(_role(name, _Pending(mention, body, "org_person_title", _status_before(doc, body)), sentence_id))
                state.named_lineup_org = body
            elif lineup is not None:
                roles.append(_role(name, _Pending(mention, lineup, "lineup_carried"), sentence_id))  # 乙館甲總領事，|丙|副總領事
            else:
                roles.extend(_person_then_title(name, mention, sentence_id, earlier, shape))
        if not (state.group and names == state.names[-1:] and _addresses_list(state, mention)):
            state.group, state.names = [], []  # (委員甲教授、乙: a form of address keeps the list going)
        state.titled = names
        return
    if previous is not None and previous.label == "TITLE" and (
        previous.end == mention.start or gap.strip() in _JOINING_WORDS or _HONOUR_LETTERS_GAP.fullmatch(gap)
    ) and state.titled:
        # 甲博士太平紳士, 甲常務副會長兼理事長: a second title right after the first one the name took.
        for name in state.titled:
            roles.extend(_person_then_title(name, mention, sentence_id, earlier, "person_title"))
        return
    state.titled = []
    if _career_goes_on(state, previous, gap):
        pass  # 先後任甲縣委組織部副部長，|書記: the career's next item
    elif kind == "break" or (kind == "comma" and previous is not None and previous.label == "PERSON" and state.org is None and not state.lineup_org):
        state.reset()
    elif kind == "comma" and previous is not None and previous.label == "TITLE" and not state.appointed:
        # 選出理監事，理事長甲: a title with no name ends at a comma (a chain of one
        # person's titles is written with 、).
        state.pending = []
    elif kind == "comma" and state.appointed and not (previous is not None and previous.label == "TITLE" and bare_post):
        state.appointed, state.appointment = [], None  # 甲任顧問，會長乙: the appointment's titles end at a comma
    if previous is not None and previous.label == "PERSON" and kind in ("comma", "list", "adjacent"):
        # 主席甲，副主席乙: a new title of the line-up; the names so far are done.
        state.group, state.names, state.pending, state.chain_org = [], [], [], None
    org = state.org
    if org is not None and previous is org and kind in ("adjacent", "after_appointment"):
        if _seat_of_party(mention, org):
            item = _Pending(mention, None, "title", _status_before(doc, org))  # 民進黨|立委: the party is the member's, not the chamber
        else:
            item = _Pending(mention, org, "org_title", _status_before(doc, org))
            state.chain_org = org
    elif previous is not None and previous.label == "TITLE" and kind == "join" and state.pending:
        # 副會長兼秘書長: the second title shares the first one's organisation (not a post that
        # names its own body: 乙會會長暨僑務委員).
        item = _Pending(mention, None if _needs_no_body(mention) else state.pending[-1].org, "joined_title")
    elif kind == "join_words" and state.pending:
        item = _Pending(mention, None, "joined_title")  # the words before it name a body not found
    elif state.chain_org is not None and kind == "list" and state.pending and _fits(mention, state.chain_org):
        item = _Pending(mention, state.chain_org, "chain_carried")
    else:
        start = previous.end if previous is not None else sentence_start
        polity = _polity_before(doc, mention, start)
        if (
            polity is not None and polity.end == mention.start and len(mention.text) > 2 and mention.text[0] in _POLITY_KIND_CHARS
            and not polity.text.endswith(mention.text[0]) and _shadow_key(mention.normalized or mention.text)[1:] in title_heads()
        ):
            # 昆士蘭|州議員, 布里斯本|市議員: the polity's kind belongs to the polity (州議員 → 議員 @ 昆士蘭州).
            polity = dataclasses.replace(polity, end=polity.end + 1, text=polity.text + mention.text[0], normalized=polity.text + mention.text[0])
            head = mention.normalized or mention.text
            mention = dataclasses.replace(mention, start=mention.start + 1, text=mention.text[1:], normalized=head[1:] if head[0] == mention.text[0] else head)
        if polity is not None:
            item = _Pending(mention, polity, "place_title")
        elif (
            state.lineup_org is not None and kind in ("comma", "list", "join") and previous.label == "PERSON"
            and (_fits(mention, state.lineup_org) or (mention.category == "corporate" and state.lineup_org.category in _BOARDED_CATEGORIES))
            and not _INTRODUCES_NEXT.match(doc.text, mention.end)  # 、教務長為乙系教授丙: the next body is the name's, not the line-up's
            and not (kind == "comma" and _joined_midway(doc, state.mentions, roles, state.lineup_org))  # (乙戰區司令員甲、政委丙: 、 keeps the item's body)
        ):
            item = _Pending(mention, state.lineup_org, "lineup_carried")
        else:
            item = _Pending(mention, None, "title")
    # 青山醫院及小欖醫院行政總監: the bodies joined before the title share it, each that
    # the title fits (not 某實驗室、某大學|副校長: a 校長 heads a school).
    items = [item] + [
        _Pending(mention, other, "org_title", _status_before(doc, other))
        for other in state.co_orgs if item.shape == "org_title" and (_fits(mention, other) or _shadow_key(mention.text).endswith(_GENERIC_HEADS_TUPLE))
    ]
    state.org, state.co_orgs = None, []
    if _BY_AGENT.match(doc.text, mention.end):
        ordinal = _ORDINAL_LIST.search(doc.text, max(0, mention.start - 12), mention.start)
        rank = _ORDINAL_RANK.match(doc.text, mention.start)
        if ordinal is not None and rank is not None and len(items) == 1:
            # 第一、二及第三副主席分別由甲、乙、丙當選: each holds the post; the ordinals number them.
            unranked = tuple(q.removeprefix(rank.group()) for q in mention.qualifiers)
            head = dataclasses.replace(mention, start=rank.end(), text=doc.text[rank.end():mention.end], qualifiers=tuple(q for q in unranked if q))
            items = [dataclasses.replace(items[0], title=head)]
        if previous is not None and previous.label == "TITLE" and kind in ("list", "join") and state.pending:
            # 主委、副主委則由…: the titles listed with this one share its agents.
            listed, after = [], mention.start
            for waiting in reversed(state.pending):
                if not _TITLE_JOINER.fullmatch(doc.text, waiting.title.end, after):
                    break
                listed.insert(0, waiting)
                after = waiting.title.start
            state.by_agent.extend(listed)
            state.pending = state.pending[:len(state.pending) - len(listed)]
        state.by_agent.extend(items)
        state.by_agent_respective = bool(_RESPECTIVE_AGENT.match(doc.text, mention.end))
        return
    if state.appointed and names_next and state.appointment == ("免去",):
        # 根據甲建議，免去乙局局長丙職務: the name after the title is the one dismissed, not 甲.
        state.appointed, state.appointment, state.subjects, state.names = [], None, [], []
    if state.appointed and (names_next or _holder_after_copula(doc, state.mentions, mention)):
        # 甲為會長、名譽秘書為乙: a title whose holder is named after a copula opens its own clause.
        # 甲調乙處副處長、丙局科長丁調…, 甲，署理乙司司長丙: a title written before another name
        # is that name's, the appointment's titles ended before it.
        state.appointed, state.appointment, state.subjects, state.names = [], None, [], []
    if state.appointed:
        names = state.appointed
        deputy = _DEPUTY_FOLLOWS.match(doc.text, mention.end)
        if state.respective is None and len(names) == 2 and len(items) == 1 and deputy is not None and doc.text.startswith(mention.normalized or mention.text, deputy.end()):
            state.respective = 0  # 甲和乙當選主席和副主席: the first name the post, the second its deputy
        if state.respective is not None:
            # 甲、乙分別就任正副會長: a 正副 title takes two names at once.
            step = 2 if len(items) == 1 and _deputy_offset(items[0].title.text) is not None else 1
            if not _TITLE_JOINER.match(doc.text, mention.end):  # no other title follows in the list
                step = len(state.appointed)  # 甲、乙、丙分任會長和副會長: the last title takes the names left
            names = state.appointed[state.respective:state.respective + step]
            state.respective += step
        if previous is not None and previous.label == "TITLE" and kind in ("list", "join") and items[0].org is None:
            if state.appointed_org is not None and _fits(mention, state.appointed_org):
                # 出任乙集團董事、總經理及黨組副書記: the titles listed after the first share its body.
                items = [_Pending(items[0].title, state.appointed_org, "chain_carried", items[0].status)] + items[1:]
        else:
            # Only a list's first title lends its body: a later one with a body of its own
            # makes the list a career's posts (曾任甲局處長、乙處長、秘書長), each its own.
            opening = items[0].org if items[0].org is not None and items[0].org.end <= mention.start else mention
            titled_before = any(
                m.label == "TITLE" and m.end <= opening.start and _TITLE_JOINER.fullmatch(doc.text, m.end, opening.start)
                for m in state.mentions
            )
            state.appointed_org = items[0].org if not titled_before and items[0].shape == "org_title" else None
        if state.appointment is not None:
            bodies = sorted((one for one in items if one.org is not None), key=lambda one: one.org.start)
            if state.respective is not None and len(names) > 1 and len(bodies) == len(items) == len(names):
                pairs = list(zip(names, bodies))  # 甲、乙分別出任丙會及丁會的主席: the k-th body's post to the k-th name
            else:
                pairs = _paired_with_deputy(names, items)
            for name, one in pairs:
                roles.append(_role(name, _Pending(one.title, one.org, "appointment", tuple(dict.fromkeys(one.status + state.appointment))), sentence_id))
        return
    state.pending.extend(items)


def _seat_of_party(title: Mention, org: Mention) -> bool:
    """True for a legislature's seat or an elected local head written after the
    holder's party (民進黨立委, 國民黨市議員, 國民黨里長): the post is in a chamber
    or a polity, not in the party."""
    return org.category == "party" and (title.category == "legislature" or _shadow_key(title.normalized or title.text) in _ELECTED_HEADS)


def _joined_midway(doc: Document, mentions: list[Mention], roles: list[Role], org: Mention) -> bool:
    """True when the line-up item before ``org``'s gave its name the same post under
    another body or none (甲會主席乙，丙會主席丁，委員戊): the line-up lists each body's
    holder of that post, so ``org`` is its item's alone."""
    heads = {r.title_normalized for r in roles if (r.org_start, r.org_end) == (org.start, org.end)}
    body = org.normalized or org.text
    return any(
        r.person_end <= org.start and r.title_normalized in heads and r.organization_normalized != body
        and _ITEMS_BETWEEN.match(_without_mentions(doc.text, mentions, r.person_end, org.start)) is not None
        for r in roles
    )


def _without_mentions(text: str, mentions: list[Mention], start: int, end: int) -> str:
    """``text[start:end]`` with every one of ``mentions`` inside it taken out."""
    pieces, at = [], start
    for m in mentions:
        if start <= m.start and m.end <= end and m.start >= at:
            pieces.append(text[at:m.start])
            at = m.end
    return "".join(pieces) + text[at:end]


def _read_person(doc: Document, state: _State, roles, mention, previous, gap, kind, sentence_id, titled: bool, name_end: int) -> None:
    """Read a PERSON: it takes the waiting titles (秘書長由甲擔任, 委員甲、乙).
    ``titled``: a title follows the name at once (及王某議員); ``name_end``: where the
    name ends, with its own bracket of posts if it has one (甲（乙銀行董事）、丙出任)."""
    own = _mention_at(state.mentions, name_end) if state.by_agent else None
    if own is not None and own.label == "TITLE" and (_is_address(own) or _is_seat(own)):
        name_end = own.end  # 由甲議員、乙議員擔任: each name's seat, then the list goes on to its verb
    if state.by_agent and _AGENT_VERB.match(doc.text, name_end):
        agents = state.agents + [mention]
        if state.by_agent_respective and len(agents) == len(state.by_agent):
            pairs = list(zip(agents, state.by_agent))
        else:
            pairs = _paired_with_deputy(agents, state.by_agent)  # 正副議長由甲、乙連任: 甲 議長, 乙 副議長
        for name, item in pairs:
            roles.append(_role(name, _Pending(item.title, item.org, "appointment", item.status), sentence_id))
    elif state.by_agent and _AGENT_LIST_GOES_ON.match(doc.text, name_end):
        state.agents.append(mention)  # 副會長由甲、乙、丙出任: the post waits for the list's verb
        _read_listed_person(doc, state, roles, mention, previous, gap, kind, sentence_id, titled)
        state.subjects.append(mention)
        return
    state.by_agent, state.agents, state.by_agent_respective = [], [], False
    _read_listed_person(doc, state, roles, mention, previous, gap, kind, sentence_id, titled)
    state.subjects.append(mention)


def _is_constituency_gap(gap: str, pattern: regex.Pattern | None = None) -> bool:
    """True for a joiner and the next name's constituency or sector between two names
    (甲和|九龍中|乙, 甲與|選委界|乙: a place, maybe with its part, or a 界): the list goes
    on. With ``pattern`` (``_CONSTITUENCY_INTRODUCED``), the words after a title's 為
    instead (副主席為|新界西南|乙)."""
    match = (pattern or _CONSTITUENCY_GAP).match(gap)
    if match is None:
        return False
    words = _shadow_key(match.group("words")).rstrip("东南西北中")
    return match.group("words").endswith("界") or words in places()


# A joiner, then a place or a sector (九龍中, 選委界) before a listed name.
_CONSTITUENCY_GAP = regex.compile(r"^\s*(?:、|及|和|與|与|以及)\s*(?P<words>\p{Han}{2,6})$")
# A title's 為, then the constituency or sector of the name after it.
_CONSTITUENCY_INTRODUCED = regex.compile(r"^\s*(?:則|则|亦|也)?\s*(?:是|為|为)\s*(?P<words>\p{Han}{2,6})$")


def _read_listed_person(doc: Document, state: _State, roles, mention, previous, gap, kind, sentence_id, titled: bool) -> None:
    """The titles waiting before a name, or those of the list it continues, go to it;
    a name with its own title right after it (議長甲及乙議員) ends the list instead."""
    if previous is not None and previous.label == "TITLE" and state.pending and (
        kind == "adjacent" or _INTRODUCING_GAP.match(gap) or (_HELD_FOR_OF_GAP.match(gap) and _held_before(doc, state.pending[0]))
        or _is_constituency_gap(gap, _CONSTITUENCY_INTRODUCED)
    ) and not (titled and _LIST_INTRODUCED.match(gap)):  # (成員包括|甲主席、乙副主席: each name's own title after it)
        shape = "chain" if len(state.pending) > 1 else None
        for item in state.pending:
            roles.append(_role(mention, item, sentence_id, shape))
        orgs = [
            item.org for item in state.pending
            if item.org is not None and item.shape != "place_title" and not _LIST_INTRODUCED.match(doc.text, item.title.end)
        ]  # (not 遴選小組成員|包括…: the heading of the list, no body of its items)
        state.lineup_org = orgs[0] if orgs else state.lineup_org
        state.group, state.pending, state.names = state.pending, [], [mention]
        state.introduced = kind != "adjacent"
    elif previous is not None and (previous.label == "PERSON" or _addresses_listed_name(state, previous)) and (
        _NAME_LIST_GAP.match(gap) or _UNNAMED_ITEM_GAP.match(gap) or _is_constituency_gap(gap)
    ) and not (titled and state.group and not _addresses_list(state, _mention_at(state.mentions, mention.end))):
        state.names.append(mention)
        for item in state.group:
            roles.append(_role(mention, item, sentence_id, "list"))
    else:
        if (
            previous is not None and previous is state.org and state.pending and titled and kind == "adjacent"
            and doc.text[state.pending[-1].title.end:previous.start].strip() in _JOINING_WORDS
        ):
            # 乙省委常委兼丙部|甲|部長: the posts before 兼 are the name's too (its own
            # title after it takes the body before it: _read_title).
            for item in state.pending:
                roles.append(_role(mention, item, sentence_id, "chain"))
        lineup_org = state.lineup_org if kind == "comma" else None
        named_lineup_org = state.named_lineup_org if previous is not None and previous.label == "TITLE" and (
            kind in ("comma", "list", "join") or _is_unit_item_gap(doc, gap, mention.start)
        ) else None
        state.reset()
        state.names, state.lineup_org, state.named_lineup_org = [mention], lineup_org, named_lineup_org
        if previous is not None and previous.label == "ORG" and (kind == "adjacent" or _OF_GAP.match(gap)):
            state.body_before_name = previous  # 中文大學|甲|教授, 中文大學的|甲|教授
    state.appointed, state.appointment = [], None


# A list's comma, then the unit of the next item before its name (甲處長、|商務|乙組長);
# not a word for the writer's own body (本園, 本會: another body than the line-up's).
_UNIT_ITEM_GAP = regex.compile(r"^\s*、\s*(?![本該该])\p{Han}{2}$")


def _is_unit_item_gap(doc: Document, gap: str, name_start: int) -> bool:
    """True for a list's comma and a noun of two characters right before a name
    (經文處甲處長、|商務|乙組長): the unit of the next item of a line-up, which goes on."""
    return _UNIT_ITEM_GAP.match(gap) is not None and _tagged_as(doc, name_start - 2, name_start, _UNIT_WORD_TAGS)


def _addresses_listed_name(state: _State, title: Mention) -> bool:
    """True for a form of address right after the last name of a titled list
    (輪值主席甲法師、乙: the list goes on after 法師)."""
    return title.label == "TITLE" and bool(state.group) and bool(state.names) and state.names[-1].end == title.start and _addresses_list(state, title)


# Seats written after a name as its form of address (甲議員): one in a list its titles introduced
# (副總召為甲、乙議員) is the name's own and the list goes on.
_SEAT_HEADS = frozenset("议员 立委".split())


def _addresses_list(state: _State, title: Mention | None) -> bool:
    """True for a title right after a listed name that leaves the list going on: a
    form of address (甲法師、乙), or a seat in a list its titles introduced (副總召為甲議員、乙)."""
    return title is not None and title.label == "TITLE" and (_is_address(title) or (state.introduced and _is_seat(title)))


def _is_seat(title: Mention) -> bool:
    """True for a legislative seat written after a name as its address (甲議員, 乙立委)."""
    return _shadow_key(title.normalized or title.text) in _SEAT_HEADS


def _mention_at(mentions: list[Mention], offset: int) -> Mention | None:
    """The mention of ``mentions`` starting at ``offset``, or None."""
    return next((m for m in mentions if m.start == offset), None)


def _list_heading(
    doc: Document, sentence_id: int, mentions: list[Mention], heading: tuple[_Pending, int] | None, sentence_roles: list[Role]
) -> tuple[_Pending, int] | None:
    """The list heading in force at a sentence (校董名單如下： then one name a line).

    A sentence ending in 名單如下： with a title, or ending in the title and a colon
    (新任理事包括：), starts one (the title, with the body written right before it);
    其他成員： under a heading goes on with it (the other members of the same list);
    each later line goes on with it until a line ends like a sentence or a blank
    line comes first. A title that a name in the heading holds (``sentence_roles``:
    甲主教諭，公布任免令如下：), or one a clause before the heading's end that no
    以下/下列 points to (乙員一缺，…評核成績如下：), heads no list. Returns the
    heading's title and sentence, or None."""
    sentence = doc.sentences[sentence_id]
    line = doc.text[sentence.start:sentence.end]
    titles = [m for m in mentions if m.label == "TITLE"]
    headed = titles and _TITLE_HEADING_TAIL.fullmatch(doc.text, titles[-1].end, sentence.end)  # 新任理事包括：
    members_of_list = heading is not None and titles and _shadow_key(titles[-1].normalized or titles[-1].text) in _BODY_MEMBERS
    if (_LIST_HEADING.search(line) or _FORWARD_HEADING.search(line) or headed) and not members_of_list:
        if titles:
            title = titles[-1]
            if any(role.title_start == title.start and sentence.start <= role.person_start < sentence.end for role in sentence_roles):
                return None
            if not _HEADING_AFTER_TITLE.fullmatch(doc.text, title.end, sentence.end) and not (
                _HEADING_CLAUSE_BREAK.match(doc.text, title.end) and _POINTS_FORWARD.search(doc.text, sentence.start, title.start)
            ):
                return None
            before = [m for m in mentions if m.end <= title.start]
            org = before[-1] if before and before[-1].label == "ORG" and before[-1].end == title.start else None
            return _Pending(title, org, "heading_list"), sentence_id
    return heading if heading is not None and _continues_list(doc, heading[1], sentence) else None


def _labelled(doc: Document, heading: _Pending, person: Mention, mentions: list[Mention]) -> _Pending | None:
    """The heading's title for a name on a list line, with the line's label as its body
    when a place or body stands before the name (各縣市黨部主委名單：⏎台北市 甲 → 台北市);
    None when the label is a title of the line's own (理事名單：⏎會長 甲, 會長：甲: 甲 is the 會長)."""
    line_start = doc.text.rfind("\n", 0, person.start) + 1
    if any(
        m.label == "TITLE" and line_start <= m.start < person.start and not doc.text[line_start:m.start].strip()
        and _RANK_COLON.match(doc.text, m.end) for m in mentions
    ):
        return None
    item_body = next((m for m in mentions if m.label == "ORG" and m.end <= person.start and _ITEM_DASH.fullmatch(doc.text, m.end, person.start)), None)
    if item_body is not None:
        return dataclasses.replace(heading, org=item_body)  # 國中：甲校-乙(新)丙校-丁: each item's body before its dash
    label = _LINE_LABEL.fullmatch(doc.text, line_start, person.start)
    if label is None:
        return heading
    start, end = label.span("label")
    if any(m.label == "TITLE" and start <= m.start and m.end <= end for m in mentions):
        return None
    body = Mention(start, end, "ORG", doc.text[start:end], normalized=doc.text[start:end], method="pattern", sentence_id=person.sentence_id)
    return dataclasses.replace(heading, org=body)


def _continues_list(doc: Document, heading_sentence: int, sentence) -> bool:
    """True when the lines from a list heading to ``sentence`` hold no sentence end
    and no blank line, or only short lines between blank ones (台北市 甲, blank,
    新北市 乙), or only lines with no clause's comma (國中：甲校-乙(新)丙校-丁(連), blank,
    國小：…): ``sentence`` is still one of the list's lines."""
    stretch = doc.text[doc.sentences[heading_sentence].end:sentence.start]
    line = doc.text[sentence.start:sentence.end]
    if not stretch.strip():
        return True  # the first line after the heading, however it ends (甲女士、乙博士。)
    if _LIST_ENDED.search(stretch) or _LIST_ENDED.search(line):
        return False
    compact = regex.sub(r"[ \t\u3000]+", "", stretch)
    pieces = (compact + "\n" + line.strip()).split("\n")
    return "\n\n" not in compact or all(len(piece) <= _SHORT_LIST_LINE or not _CLAUSE_COMMA.search(piece) for piece in pieces)


def _held_before(doc: Document, item: _Pending) -> bool:
    """True when the titles waiting for a name after 的 are ones it holds: a verb
    of holding opens them (曾任乙會主席的甲), or nothing but a break or a listing
    word stands before them (包括乙會委員、丙會成員的甲; not 批評主席的甲)."""
    start = item.org.start if item.org is not None else item.title.start
    if _HELD_BEFORE.search(doc.text, max(0, start - 8), start) is not None:
        return True
    return start == 0 or _LISTING_BEFORE.search(doc.text, max(0, start - 4), start) is not None


def _earlier_held_posts(doc: Document, mentions: list[Mention], first: _Pending) -> list[_Pending]:
    """The posts written before ``first`` in one chain of verbs of holding, each
    joined to the next by 並, 及 or a comma (蟬聯乙會委員並榮任丙會副主席的甲: 乙會委員
    before 丙會副主席), in text order; none when no such chain leads to it."""
    found: list[_Pending] = []
    start = first.org.start if first.org is not None else first.title.start
    while (verb := _CHAINED_HOLDING.search(doc.text, max(0, start - 8), start)) is not None:
        title = next((m for m in mentions if m.label == "TITLE" and m.end == verb.start()), None)
        if title is None:
            break
        org = next((m for m in mentions if m.label == "ORG" and m.end == title.start), None)
        start = org.start if org is not None else title.start
        if _HELD_BEFORE.search(doc.text, max(0, start - 8), start) is None:
            break
        found.insert(0, _Pending(title, org, "org_title" if org is not None else "title"))
    return found


# A joiner and a verb of holding, right before the next post of a chain (…委員|並榮任|丙會副主席).
_CHAINED_HOLDING = regex.compile(r"(?:並|并|及|、|，|,)\s*(?:蟬聯|蝉联|榮任|荣任|膺任|出任|擔任|担任|兼任|升任|連任|连任|當選|当选|獲選|获选)\s*$")
# A break or a word that lists, right before titles that a name after 的 holds.
_LISTING_BEFORE = regex.compile(r"(?:[，,；;：:︰、。\n「『“]|包括|包含|以及|還有|还有|及|和|與|与)\s*$")


@dataclass(frozen=True)
class CarryChoice:
    """The bodies one organisation-less role may take from the text before its title.

    ``role_index`` is the role's place in the list of roles given to
    :func:`carry_choices`; ``options`` pairs each body (None: keep no body) with the
    names of its features for the carry model; ``rule_pick`` is the option the hand
    rules prefer and ``chosen`` the one taken (indexes into ``options``); ``forced``
    when the rules' choice stands whatever a model says (the county heading the
    title's line: 南投縣：甲、乙連任正副議長; the body of the post a deputy's title
    deputises, held by another in the sentence: 甲當選乙會委員長，丙當選副委員長)."""

    role_index: int
    title: Mention
    options: tuple[tuple[Mention | None, tuple[str, ...]], ...]
    rule_pick: int
    chosen: int
    forced: bool = False


_CARRY_OPTIONS = 12  # the nearest bodies before a title a carry weighs
# A carried body's confidence: this base plus the spread times the model's probability
# for it among its options, 0.3–0.75 (on the sets the model learnt from, carries it
# gives under one half are right about half the time, those over 0.9 five times in six:
# less often than a body written next to its title).
_CARRY_BASE, _CARRY_SPREAD = 0.3, 0.45


def _distance_band(value: int, bounds: tuple[int, ...]) -> str:
    for bound in bounds:
        if value <= bound:
            return f"{bound}"
    return f">{bounds[-1]}"


def _is_affiliation(doc: Document, body: Mention, person_ends: set[int]) -> bool:
    """True for a body in brackets right after a name (甲（工聯會）, 甲（乙銀行總裁）):
    the person's party, employer or post, no body for another's title."""
    opening = _BRACKET_BEFORE.search(doc.text, max(0, body.start - _GLOSS_REACH), body.start)
    return opening is not None and opening.start() in person_ends and _BRACKET_AFTER.match(doc.text, body.end) is not None


# An opening bracket before a body, and the rest of the bracket after it, in a name's gloss.
_GLOSS_REACH = 12
_BRACKET_BEFORE = regex.compile(r"[（(][^（()）\n]*$")
_BRACKET_AFTER = regex.compile(r"[^（()）\n]{0,12}[）)]")


def carry_choices(doc: Document, roles: list[Role], choose: Callable[[CarryChoice], int] | None = None) -> list[CarryChoice]:
    """For each role of ``roles`` with no organisation, the bodies written before
    its title that it may take (at most the nearest ``_CARRY_OPTIONS`` within
    ``_CARRY_SENTENCES`` sentences, only an opener beyond ``_NEAR_SENTENCES``,
    plus the county or city its line or the article names) with their features,
    the hand rules' choice among them, and the option ``choose`` takes (the rules'
    choice without it). A role's options know which body the sentence's previous
    role took, so the choices are made in text order.

    The rules' choice: of the bodies the title fits (:func:`_fits`), one that holds
    no other person's role, then one heading the title's clause, then the body
    carried to the sentence's previous role, then one opening its sentence, then one
    in the same sentence, then the nearest."""
    person_ends = {m.end for m in doc.mentions if m.label == "PERSON"}
    bodies = [m for m in doc.mentions if m.label == "ORG" and not _is_affiliation(doc, m, person_ends)]
    bodies += [owner for m in bodies if (owner := _board_owner(m)) is not None]
    bodies.sort(key=lambda m: (m.start, m.end))
    body_ends = [m.end for m in bodies]
    body_sentences = [m.sentence_id for m in bodies]  # in text order, so sorted too
    titles = {m.start: m for m in doc.mentions if m.label == "TITLE"}
    titles_by_end = {m.end: m for m in doc.mentions if m.label == "TITLE"}
    holders: dict[tuple[int, int], set[str]] = {}
    principals: dict[tuple[int, str], tuple[str, Mention]] = {}  # (sentence, a post held there with its body) -> (holder, body)
    bodies_by_span: dict[tuple[int, int], Mention] = {}
    for m in bodies:
        bodies_by_span.setdefault((m.start, m.end), m)
    for role in roles:
        if role.organization:
            holders.setdefault((role.org_start, role.org_end), set()).add(role.person)
            if not role.title.startswith(_DEPUTY_RANKS):
                org = bodies_by_span.get((role.org_start, role.org_end))
                if org is not None:
                    principals.setdefault((role.sentence_id, _shadow_key(role.title)), (role.person, org))
    first_of_sentence: dict[int, Mention] = {}
    for m in doc.mentions:
        first_of_sentence.setdefault(m.sentence_id, m)
    openers = set(first_of_sentence.values())
    agents = {m.normalized or m.text for m in bodies if m.category == "government" and _NAMES_OTHERS.match(doc.text, m.end)}
    counts: dict[str, int] = {}
    for m in bodies:
        counts[m.normalized or m.text] = counts.get(m.normalized or m.text, 0) + 1
    first_body = bodies[0] if bodies else None
    person_starts = sorted(m.start for m in doc.mentions if m.label == "PERSON")
    title_starts = sorted(titles)
    choices = []
    carried_in_sentence: dict[int, Mention] = {}  # the body last carried to a role of each sentence
    for index, role in enumerate(roles):
        title = titles.get(role.title_start) or titles_by_end.get(role.title_end)
        if role.method == "board_list":  # 監事會成員：甲 — the title is 監事, not a mention found
            title = _board_title(doc.text, role.title_start, role.title_end)
        if title is not None and title.start != role.title_start and role.title_start > title.start:
            title = dataclasses.replace(title, start=role.title_start, text=role.title)  # 正副議長 split in two
        if role.organization or title is None or _MEETING_POST.search(doc.text, max(0, title.start - 2), title.start):
            continue  # 大會主席: the chair of the meeting, a post of no standing body
        floor = role.sentence_id - _CARRY_SENTENCES
        window = bodies[bisect.bisect_left(body_sentences, floor):bisect.bisect_right(body_ends, title.start)]
        reachable = [
            m for m in window
            if (m in openers or m.sentence_id >= role.sentence_id - _NEAR_SENTENCES) and not _EVENT.search(m.text)
        ]
        fit_memo: dict[tuple[int, bool], bool] = {}

        def fits(m: Mention, near: bool) -> bool:  # _fits of this role's title, each body weighed once
            key = (id(m), near)
            if key not in fit_memo:
                fit_memo[key] = _fits(title, m, near)
            return fit_memo[key]

        fitting = [
            m for m in reachable
            if fits(m, m.sentence_id == role.sentence_id) and not _VENUE.search(m.text)
            and (title.category == "media" or not _is_byline(doc, m))
        ]
        pick = max(fitting, default=None, key=lambda m: (
            (m.normalized or m.text) not in agents, holders.get((m.start, m.end), {role.person}) <= {role.person},
            _opens_clause_of(doc, m, title),
            m is carried_in_sentence.get(role.sentence_id),  # 乙會派出理事長丙，副理事長丁: the line-up goes on
            m in openers, m.sentence_id == role.sentence_id, m.start,
        ))
        line_polity = _line_polity(doc, title)
        if line_polity is not None and (pick is None or pick.sentence_id != role.sentence_id):
            pick = line_polity  # 南投縣：…連任正副議長: the line's own county, not a body sentences before
        polity = _polity_named_before(doc, title)
        pick = pick or polity
        # Honours and self-contained posts weigh no body but the polity a 縣長 heads.
        near = [] if _needs_no_body(title) else reachable[-_CARRY_OPTIONS:]
        carried_before = carried_in_sentence.get(role.sentence_id)
        candidates = list(near)
        for extra in (pick, line_polity, polity):
            if extra is not None and all((extra.start, extra.end) != (m.start, m.end) for m in candidates):
                candidates.append(extra)
        fitting_order = [m for m in reversed(near) if fits(m, m.sentence_id == role.sentence_id)]
        shape = f"shape={role.method}"
        options: list[tuple[Mention | None, tuple[str, ...]]] = [(None, (
            "none", f"none|{shape}", f"none|tcat={title.category}",
            "none|fits" if fitting_order else "none|nofit", "none|rule" if pick is None else "none|rulepick",
        ))]
        rule_index = 0
        for rank, m in enumerate(reversed(candidates)):
            same = m.sentence_id == role.sentence_id
            fit = "far" if fits(m, False) else "near" if fits(m, True) else "no"
            gap = doc.text[m.end:title.start]
            sentences = role.sentence_id - m.sentence_id if m.sentence_id >= 0 else 0
            held = holders.get((m.start, m.end), set())
            between_persons = bisect.bisect_left(person_starts, title.start) - bisect.bisect_left(person_starts, m.end)
            between_titles = bisect.bisect_left(title_starts, title.start) - bisect.bisect_left(title_starts, m.end)
            names = [
                "body", shape, f"fit={fit}", f"fit={fit}|s={_distance_band(sentences, (0, 1, 3))}",
                f"sentences={_distance_band(sentences, (0, 1, 2, 5, 10))}",
                f"chars={_distance_band(len(gap), (2, 8, 20, 50, 120, 300))}",
                f"rank={min(rank, 4)}", f"fitrank={fitting_order.index(m) if m in fitting_order[:3] else 'x'}",
                f"cats={title.category}|{m.category}", f"ocat={m.category}", f"omethod={m.method}",
                f"persons_between={min(between_persons, 3)}", f"titles_between={min(between_titles, 3)}",
                f"count={min(counts.get(m.normalized or m.text, 1), 3)}",
            ]
            if m is pick or (pick is not None and (m.start, m.end) == (pick.start, pick.end)):
                names.append("rule_pick")
                rule_index = len(options)
            if m in openers:
                names.append("opener")
            if same and _opens_clause_of(doc, m, title):
                names.append("opens_clause")
            if same and _CLAUSE_BREAK.search(gap):
                names.append("break_between")
            if "\n" in gap:
                names.append("line_between")
            if held - {role.person}:
                names.append("held_by_other")
            if role.person in held:
                names.append("held_by_self")
            if (m.normalized or m.text) in agents:
                names.append("agent")
            if _is_byline(doc, m):
                names.append("byline")
            if _VENUE.search(m.text):
                names.append("venue")
            if m is first_body:
                names.append("first_body")
            if m is line_polity:
                names.append("line_polity")
            elif m is polity:
                names.append("polity_before")
            if m is carried_before:
                names.append("carried_before")
            options.append((m, tuple(names)))
        deputy_of = _principal_body(principals, role)
        deputy_index = None if deputy_of is None else next(
            (k for k, (m, _) in enumerate(options) if m is not None and (m.start, m.end) == (deputy_of.start, deputy_of.end)), None
        )
        if deputy_index is not None:
            rule_index = deputy_index  # 甲當選乙會委員長，丙、丁當選副委員長: the deputies are the same body's
        choice = CarryChoice(index, title, tuple(options), rule_index, rule_index, (line_polity is not None and pick is line_polity) or deputy_index is not None)
        if choose is not None and not choice.forced:
            choice = dataclasses.replace(choice, chosen=choose(choice))
        taken = choice.options[choice.chosen][0]
        if taken is not None:
            carried_in_sentence[role.sentence_id] = taken
        choices.append(choice)
    return choices


# The ranks that make a post another's deputy (副委員長 of 委員長).
_DEPUTY_RANKS = ("副", "常務副", "第一副", "第二副", "執行副")


def _principal_body(principals: dict[tuple[int, str], tuple[str, Mention]], role: Role) -> Mention | None:
    """The body of the post ``role`` deputises (副委員長 → 委員長) when someone else
    holds that post with its body in the same sentence, else None."""
    for rank in _DEPUTY_RANKS:
        if role.title.startswith(rank):
            holder, body = principals.get((role.sentence_id, _shadow_key(role.title[len(rank):])), (role.person, None))
            return body if holder != role.person else None
    return None


def _linear_score(weights: dict[str, float], names: tuple[str, ...]) -> float:
    return sum(map(weights.get, names, itertools.repeat(0.0)))  # (the same sum, in the same order, without a generator)


def _option_scores(weights: dict[str, float], choice: CarryChoice) -> list[float]:
    return [_linear_score(weights, names) for _, names in choice.options]


def best_option(weights: dict[str, float], choice: CarryChoice) -> int:
    """Return the index of the option of ``choice`` whose features' weights sum highest."""
    scores = _option_scores(weights, choice)
    return max(range(len(scores)), key=scores.__getitem__)


def _option_probability(weights: dict[str, float], choice: CarryChoice) -> float:
    """The chosen option's share of the options' exponentiated scores (a softmax)."""
    scores = _option_scores(weights, choice)
    top = max(scores)
    return math.exp(scores[choice.chosen] - top) / sum(math.exp(score - top) for score in scores)


@functools.lru_cache(maxsize=1)
def _carry_model() -> dict[str, float] | None:
    return load_weights(CARRY_MODEL)


_CONFIDENCE_BANDS = (40, 50, 60, 70, 80, 90)  # a shape's evidence value, in hundredths


def role_features(doc: Document, roles: list[Role]) -> list[tuple[str, ...]]:
    """For each role of ``roles`` (a document's, organisations carried), the names of
    its features for the confidence model: its shape, the evidence value the shape
    gives it, how its name, title and body were found, how far apart they are, how
    many roles its person holds."""
    found = {(m.start, m.end, m.label): m for m in doc.mentions}
    per_person: dict[str, int] = {}
    for role in roles:
        per_person[role.person] = per_person.get(role.person, 0) + 1
    features = []
    for role in roles:
        person = found.get((role.person_start, role.person_end, "PERSON"))
        title = found.get((role.title_start, role.title_end, "TITLE"))
        body = found.get((role.org_start, role.org_end, "ORG")) if role.org_start >= 0 else None
        before = role.title_end <= role.person_start
        gap = role.person_start - role.title_end if before else role.title_start - role.person_end
        has_body = "yes" if role.organization else "no"
        features.append((
            "bias", f"shape={role.method}", f"shape={role.method}|body={has_body}",
            f"rule={_distance_band(int(role.confidence * 100), _CONFIDENCE_BANDS)}",
            f"pmethod={person.method if person else 'none'}",
            f"pscore={_distance_band(int((person.score if person else 1.0) * 10), (5, 7, 9))}",
            f"tcat={title.category if title else 'none'}", f"ocat={body.category if body else 'none'}",
            f"omethod={body.method if body else ('none' if role.org_start < 0 else 'other')}",
            f"qualified={'yes' if role.qualifiers else 'no'}", f"roles={min(per_person[role.person], 4)}",
            f"gap={_distance_band(max(gap, 0), (0, 2, 6, 15, 40))}|{'title_first' if before else 'name_first'}",
            f"title_chars={min(len(role.title), 6)}", f"name_chars={min(len(role.person), 5)}",
        ))
    return features


def _calibrated(doc: Document, roles: list[Role]) -> list[Role]:
    """``roles`` with each confidence the confidence model's probability that the role
    is right (``models/confidence_model.tsv``, a logistic model over
    :func:`role_features`); unchanged without the file."""
    weights = _confidence_model()
    if weights is None or not roles:
        return roles
    return [
        dataclasses.replace(role, confidence=round(role_probability(weights, names), 3))
        for role, names in zip(roles, role_features(doc, roles))
    ]


def role_probability(weights: dict[str, float], names: tuple[str, ...]) -> float:
    """Return the confidence model's probability for a role with these features
    (the logistic of their summed weights)."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, _linear_score(weights, names)))))


@functools.lru_cache(maxsize=1)
def _confidence_model() -> dict[str, float] | None:
    return load_weights(CONFIDENCE_MODEL)


def _carry_organisations(doc: Document, roles: list[Role]) -> list[Role]:
    """Give each role with no organisation the body before it that the carry
    model (``models/carry_model.tsv``, a linear score over the features of
    :func:`carry_choices`) ranks above keeping none: the body heading its clause
    (台大醫院的出席陣容包括院長甲), one earlier in the sentence (於臺南市議會舉行，
    邀請議長乙), or the body an earlier sentence is about (公會今晚舉行晚宴。…主席丙).
    Without the model file the hand rules' choice is taken. Honours, degrees and
    self-contained posts (行政長官, 立委) keep none."""
    if all(role.organization for role in roles):
        return roles
    weights = _carry_model()
    carried = list(roles)
    for choice in carry_choices(doc, roles, None if weights is None else functools.partial(best_option, weights)):
        org = choice.options[choice.chosen][0]
        if org is None:
            continue
        role = roles[choice.role_index]
        shape = "clause_org" if org.sentence_id == role.sentence_id else "topic_org"
        base = None if weights is None or choice.forced else _CARRY_BASE + _CARRY_SPREAD * _option_probability(weights, choice)
        carried[choice.role_index] = _with_organisation(role, choice.title, org, shape, base)
    return carried


def _board_owner(board: Mention) -> Mention | None:
    """The body a board named with it governs (中大|校董會 → 中大, 甲公司|董事會 → 甲公司):
    the posts it appoints are that body's. None for a mention that is no such board."""
    ending = _BOARD_ENDING.search(board.text)
    if ending is None or ending.start() < 2:
        return None
    category = "academic" if ending.group().endswith(("校董會", "校董会")) else board.category
    name = board.text[:ending.start()]
    return dataclasses.replace(board, end=board.start + ending.start(), text=name, normalized=name, category=category)


def _opens_clause_of(doc: Document, org: Mention, title: Mention) -> bool:
    """True when ``org`` opens a clause after a break and ``title`` is in that clause
    (應甲會邀請，乙會派出會長丙: 乙會 is the subject the 會長 belongs to)."""
    if _CLAUSE_BREAK.search(doc.text, org.end, title.start) is not None:
        return False
    return doc.text[org.start - 1:org.start] in _CLAUSE_OPENING_BREAKS  # '' at the text's start


def _is_byline(doc: Document, org: Mention) -> bool:
    """True for a news outlet credited as the source (中央社記者…, 本報訊, 大紀元／台北報導):
    it employs the reporter, not the people the article is about."""
    return org.category == "media" and _CREDIT_AFTER.match(doc.text, org.end) is not None


def _polity_named_before(doc: Document, title: Mention) -> Mention | None:
    """The county, city or province a 縣長/市長/省長 heads, named anywhere before it
    (臺南縣歷屆縣長議長史料特展 …前縣長某某 → 臺南縣), as a mention over the place."""
    head = _shadow_key(title.normalized or title.text)
    if len(head) != 2 or head[1] != "长" or head[0] not in "县市省":
        return None
    known = places()
    for found in reversed(list(_POLITY_NAME.finditer(doc.shadow, max(0, title.start - _CARRY_CHARS), title.start))):
        for start in range(found.start(), found.end() - 2):
            name = doc.shadow[start:found.end()]
            if name[-1] == head[0] and (known.get(name) in _POLITY_KINDS or known.get(name[:-1]) in _POLITY_KINDS):
                return Mention(start, found.end(), "ORG", doc.text[start:found.end()], normalized=doc.text[start:found.end()], method="place", category="government")
    return None


def _heads_line(doc: Document, start: int, end: int, title_start: int) -> bool:
    """True when the span ``start``–``end`` opens the line of the title starting at
    ``title_start`` and a colon follows it (南投縣：…議長)."""
    line_start = doc.text.rfind("\n", 0, title_start) + 1
    return line_start <= start and not doc.text[line_start:start].strip() and doc.text[end:end + 1] in ("：", ":", "︰")


def _line_polity(doc: Document, title: Mention) -> Mention | None:
    """The county or city heading the line of a council or government title
    (南投縣：國民黨甲、乙順利連任正副議長), as a mention over the place, or None."""
    if title.category not in ("legislature", "government"):
        return None
    line_start = doc.text.rfind("\n", 0, title.start) + 1
    heading = _LINE_POLITY.match(doc.text, line_start, title.start)
    if heading is None or places().get(doc.shadow[heading.start(1):heading.end(1)]) not in _POLITY_KINDS:
        return None
    start, end = heading.span(1)
    return Mention(start, end, "ORG", doc.text[start:end], normalized=doc.text[start:end], method="place", category="government")


def _fits(title: Mention, org: Mention, near: bool = True) -> bool:
    """True when a title can belong to a body it is not written next to: a 局長 to a
    局, a 校長 to a school, a corporate title to a company; honours never. A body
    from an earlier sentence (``near`` False) needs a closer fit: a generic head
    (主席, 委員) takes any body, a government or legislature post only its own kind."""
    if _needs_no_body(title):
        return False
    if org.category == "media" and title.category not in ("media", "corporate"):
        return False  # 本報訊, 東網專訊: the paper reporting, not the body of a 委員
    shadow_head = _shadow_key(title.normalized or title.text)
    body = _shadow_key(org.normalized or org.text)
    written = _shadow_key(org.text)
    if _overseas_affairs_post(title):
        return org.category == "government"  # 僑務秘書: the staff of a mission, not of a community's association
    endings = _HEAD_BODIES.get(shadow_head) or _HEAD_BODIES.get(shadow_head[-2:])  # 非官守議員 as 議員
    if endings is not None:
        if shadow_head == "校长" and written.endswith("学院") and "大" in written[:-2]:
            # 港大醫學院: a university's faculty has a 院長, not a 校長; with the university's
            # name written whole (某某大學商學院) the 校長 is the university's (_outside_body_part).
            return _UNIVERSITY_UNIT.search(written) is not None
        return written.endswith(endings) or body.endswith(endings)  # a 校長 heads a school, not its 化學系
    if _BODY_CHAR_HEAD.match(shadow_head):
        ending, char = shadow_head[:-1], shadow_head[-2]  # 局 of 局長, 分局 of 分局長
        if char == "会" and (org.category == "legislature" or body.endswith("大会")):
            return False  # 立法會, 全國人民代表大會: a chamber or congress has no 會長
        if ending == "司" and (written.endswith("公司") or body.endswith("公司")):
            return False  # 某某集團有限公司: a company, no 司 that a 司長 heads
        if written.endswith((ending, ending + "政府")) or body.endswith((ending, ending + "政府")):
            return True  # 縣長 of 金門縣 or of 金門縣政府
        parents = _UNIT_PARENTS.get(char)
        if near and parents and (written.endswith(parents) or body.endswith(parents)):
            return True  # 衛生局李某廳長, 教育局…處長: a department's or division's head inside a bureau
        return (char == "校" and org.category == "academic") or (char == "院" and org.category in ("academic", "medical", "judicial")) or (
            char == "会" and org.category in ("association", "consultative")
        )
    if shadow_head in _GENERIC_HEADS:
        return True
    if near and (shadow_head.startswith(_PARTY_UNITS_OF_BODIES) or _shadow_key(title.text).startswith(_PARTY_UNITS_OF_BODIES)):
        return True  # 乙集團董事長及黨組書記, 乙大學校長、黨委副書記: a ministry, company or university has its own party group
    if not near:
        return org.category in _TOPIC_FITS.get(title.category, ())
    fits = _CATEGORY_FITS.get(title.category)
    return fits is None or not org.category or org.category in fits


def _holder_between(doc: Document, body: Mention, name: Mention, title: Mention) -> bool:
    """True when a name stands alone between a body and a title with nothing
    between them but the body's 的 (僑委會甲委員長, 某大學法律學系乙教授, 某大學的
    丁教授, 某佛教會丙法師): the body
    is the one the title is held in, even where a title of the kind needs none
    (a professor's department, a monk's association). Honours, degrees and posts
    that name their own polity (太平紳士, 博士, 立委) are not held in it."""
    if not (name.end == title.start and (body.end == name.start or _OF_GAP.match(doc.text[body.end:name.start]))):
        return False
    head = _shadow_key(title.normalized or title.text)
    return title.category != "honour" and head not in _DEGREES and not (
        head in _SELF_CONTAINED and head not in _ADDRESS_HEADS and title.category != "religious"
    ) and not _overseas_affairs_post(title)


def _status_before(doc: Document, org: Mention) -> tuple[str, ...]:
    """A status word written before the organisation that belongs to the title
    after it: 前保安局局長 is a former 局長, 新任警務處處長 a new 處長."""
    modifiers = title_prefixes()
    for length in (2, 1):
        start = org.start - length
        if start >= 0 and modifiers.get(doc.shadow[start:org.start]) in ("status", "acting"):
            return (doc.text[start:org.start],)
    return ()


def _polity_before(doc: Document, title: Mention, floor: int) -> Mention | None:
    """The country, province or city written right before a government title
    (美國總統, 廣東省省長): the polity stands as the title's organisation.

    Returns a mention over the place (method ``place``), or None.
    """
    if title.category not in _POLITY_TITLES:
        return None
    known = places()
    head = _shadow_key(title.normalized or title.text)
    # 彰化市長: the head's first character names the kind of polity, so the place is 彰化市.
    shared = 1 if len(head) == 2 and head[1] == "长" and head[0] in POLITY_CHARS and doc.shadow[title.start] == head[0] else 0
    kinds = _POLITY_KINDS | {"district"} if head in _DISTRICT_HEADS else _POLITY_KINDS
    for length in range(min(8, title.start - floor), 1, -1):
        start = title.start - length
        place = doc.shadow[start:title.start]
        if known.get(place) in kinds:
            if doc.shadow[start - 1:start] == "驻":
                return None  # 駐紐西蘭代表: where the post is, not its body
            end = title.start + (shared if not place.endswith(head[:1]) else 0)
            return Mention(start, end, "ORG", doc.text[start:end], normalized=doc.text[start:end], method="place")
    return None


def _qualifies_title(doc: Document, org: Mention, gap: str) -> bool:
    """True when the text between an organisation and its title belongs to the title:
    a region (香港貿發局中國內地總代表) or the organisation's own suffix repeated
    (…校友聯盟聯盟會長, 建築系系主任)."""
    shadow = doc.shadow[org.end:org.end + len(gap)]
    if not gap or len(gap) > 6:
        return False
    return shadow in places() or doc.shadow[org.start:org.end].endswith(shadow)


# What joins a field of work to the portfolio opening the title after it (新聞及|公共事務副總裁).
_FIELD_JOINERS = frozenset("及和與与")
# Tags of the words of a field of work written between a body and its title
# (政策倡議, 嗩吶): nouns and verbal nouns.
_FIELD_WORD_TAGS = frozenset("n vn nz".split())


def _is_field_of_work(doc: Document, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]``, between a body and its title, is a field of
    work the title is for (甲研究中心|政策倡議|總監): two to six Chinese characters,
    whole words the segmenter tags as nouns, no place and no body's ending but a
    branch word alone (消防處|分區|指揮官: the title is 分區指揮官). A field joined by 及
    to the portfolio opening the title counts too (甲電視|新聞及|公共事務副總裁)."""
    words = doc.text[start:end]
    if len(words) > 2 and words[-1] in _FIELD_JOINERS:
        end -= 1
        words = words[:-1]
    if not 2 <= len(words) <= 4 or not regex.fullmatch(r"\p{Han}+", words):
        return False
    key = _shadow_key(words)
    endings = org_suffixes()
    branch = key.startswith("分") and key in endings
    if key in places() or (not branch and any(key[-n:] in endings for n in range(1, len(key) + 1))):
        return False
    return _tagged_as(doc, start, end, _FIELD_WORD_TAGS)


def _person_then_title(person: Mention, title: Mention, sentence_id: int, earlier: dict[str, list[Role]], shape: str = "person_title") -> list[Role]:
    """Roles for ``孫東局長``: linked to an earlier full role with the same title, or
    new; none for a bare form of address (陳大文醫生 is Dr Chan, no post)."""
    if _shadow_key(title.text) in _ADDRESS_ONLY:
        return []
    for role in earlier.get(person.text, ()):
        if role.title_normalized == (title.normalized or title.text) or role.title == title.text:
            return []
    return [_role(person, _Pending(title, None, shape), sentence_id)]


def _grade(role: Role) -> tuple[str, ...]:
    """The rank, honour and acting words of a role's title (副, 名譽, 代理): 副處長 and
    處長, or 代理總經理 and 總經理, share their head but are two posts."""
    prefixes = title_prefixes()
    return tuple(q for q in role.qualifiers if prefixes.get(_shadow_key(q)) in ("rank", "honour", "acting"))


# Variant forms of the function characters the role patterns are written with
# (甲爲會長 reads as 甲為會長; the small form ﹑, the radical 丶 and the half-width ､ as 、). One character for one, so
# offsets stay.
_FOLDED_VARIANTS = str.maketrans({"爲": "為", **dict.fromkeys(LIST_MARK_VARIANTS, "、"), "﹐": "，", "﹕": "：", "﹔": "；"})
# Any of them: most texts hold none, and a search for them costs far less than the
# translation (which looks every character up in the table).
_VARIANT_CHARS = re.compile("[爲﹐﹕﹔" + LIST_MARK_VARIANTS + "]")


# A body's short form announced in brackets after its name (乙委員會(下稱「乙會」), (以下簡稱：乙會)).
_BODY_ALIAS = regex.compile(r"\s*[（(]\s*(?:以下|下文)?\s*(?:簡稱|简称|下稱|下称)\s*[:：]?\s*[「『“\"]?[^（()）「」『』“”\"\n]{1,12}[」』”\"]?\s*[）)]")
# A photo caption's pointer after a name or title (甲(左)、乙(右二), 丙(下圖)將出任…):
# no part of the sentence's grammar.
_PHOTO_NOTE = regex.compile(
    r"[（(]\s*(?:(?:上|下|左|右|中|附)?[圖图](?:[左右中上下][一二三四五六七八九\d]?)?"
    r"|(?:前排|後排|后排|中排)?[左右中][一二三四五六七八九十\d]{0,2}(?:起)?|資料圖片|资料图片|資料相片|资料相片)\s*[）)]"
)


def _blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` replaced by as many spaces (offsets kept)."""
    return text[:start] + " " * (end - start) + text[end:]


def _for_reading(doc: Document) -> Document:
    """Return ``doc`` with its text made plain for the role rules, offsets kept:
    variant function characters folded (``_FOLDED_VARIANTS``), photo pointers
    (``_PHOTO_NOTE``), a name's sex or age in brackets after it (``_NAME_NOTE``) and a
    body's short form announced in brackets after it (``_BODY_ALIAS``, its mentions left
    out) blanked to spaces, and honours written right before a name
    (:func:`_prefix_honours`) blanked and their mentions left out, so that a list or a
    title reaches the name past them; ``doc`` itself when nothing changes."""
    folded = doc.text.translate(_FOLDED_VARIANTS) if _VARIANT_CHARS.search(doc.text) is not None else doc.text
    aliases: list[tuple[int, int]] = []
    if "(" in folded or "（" in folded:
        folded = _PHOTO_NOTE.sub(lambda note: " " * len(note.group()), folded)
        for name in doc.mentions:
            if name.label == "PERSON" and (note := _NAME_NOTE.match(folded, name.end)) is not None:
                folded = _blanked(folded, *note.span())
            elif name.label == "ORG" and (alias := _BODY_ALIAS.match(folded, name.end)) is not None:
                aliases.append(alias.span())  # 選舉管理委員會(下稱「選管會」)主席: the body's short form, then its title
                folded = _blanked(folded, *alias.span())
    labels = _party_labels(doc.mentions)
    honours = [honour for honour, _ in _prefix_honours(doc.mentions)]
    in_aliases = [m for m in doc.mentions if any(s <= m.start and m.end <= e for s, e in aliases)]
    if labels or honours or in_aliases:
        for label in labels:
            if _COPULA_BEFORE.search(folded, max(0, label.start - 3), label.start):
                folded = _blanked(folded, label.start, label.end)
        for honour in honours:
            folded = _blanked(folded, honour.start, honour.end)
        left_out = {id(m) for m in (*labels, *honours, *in_aliases)}
        return doc.replace(text=folded, mentions=tuple(m for m in doc.mentions if id(m) not in left_out))
    return doc if folded == doc.text else doc.replace(text=folded)


# Honours used as a form of address right before a name (Malaysia's 拿督, 丹斯里, 拿汀 …),
# as the shadow writes them: the name's own, never a list's (unlike 大紫荊勳賢甲、乙).
_ADDRESS_HONOURS = ("拿督", "拿汀", "丹斯里", "潘斯里", "天猛公", "甲必丹")


def _prefix_honours(mentions) -> list[tuple[Mention, Mention]]:
    """The honours of address written right before a name (拿督甲, 丹斯里乙), with the
    name: the name's own, which a list (名譽會長拿督甲、拿督乙) or a title before
    them (總會長拿督斯里甲) passes over."""
    return [
        (mention, following) for mention, following in zip(mentions, mentions[1:])
        if mention.label == "TITLE" and following.label == "PERSON" and following.start == mention.end
        and _shadow_key(mention.normalized or mention.text).startswith(_ADDRESS_HONOURS)
    ]


def _honour_roles(doc: Document) -> list[Role]:
    """The roles of the honours written right before a name (:func:`_prefix_honours`)."""
    return [
        _role(name, _Pending(honour, None, "title"), name.sentence_id)
        for honour, name in _prefix_honours(doc.mentions)
    ]


# A name's sex or age in brackets right after it (甲（女）, 乙(56歲)): no part of a role.
_NAME_NOTE = regex.compile(r"\s*[（(]\s*(?:女|男|\d{1,3}\s*[歲岁])\s*[）)]")
# 為, 是 or 由 right before a party written as a name's label (副主席為|民建聯甲).
_COPULA_BEFORE = regex.compile(r"(?:為|为|是|由)\s*$")


def _party_labels(mentions) -> list[Mention]:
    """The parties written right before a name as its affiliation, the name holding
    no title right after (副主席為民建聯甲, 乙接替民主黨丙出任…): a label of the
    person, no body of a post in the sentence."""
    return [
        mention for mention, following, after in zip(mentions, mentions[1:], [*mentions[2:], None])
        if mention.label == "ORG" and mention.category == "party" and following.label == "PERSON" and following.start == mention.end
        and not (after is not None and after.label == "TITLE" and after.start == following.end)
    ]


def resolve_roles(doc: Document, min_confidence: float | None = None) -> tuple[Role, ...]:
    """Return the roles the document asserts, in text order: every role whose
    confidence (the confidence model's probability that it is right) is at least
    ``min_confidence`` (``MIN_CONFIDENCE`` when None). Without the confidence model
    the confidences are the shapes' evidence values and no role is left out."""
    reading = _for_reading(doc)
    phrased = uncarried_roles(reading)
    roles = _calibrated(doc, sorted(carried_roles(reading, phrased) + _honour_roles(doc), key=lambda role: role.sentence_id))
    roles = _with_phrased_roles(doc, roles, phrased)
    if _confidence_model() is not None:
        floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
        roles = [role for role in roles if role.confidence >= floor]
        if floor > 0:
            roles = _without_doubtful_carries(roles, max(floor, CARRIED_MIN_CONFIDENCE))
    return tuple(
        _without_status(role) for role in roles
        if not _is_occupation(role) and not _names_a_degree(role) and not _in_a_passing_group(doc, role)
        and not _chairs_a_meeting(doc, role) and not _stands_in_for_a_holder(doc, role)
    )


# The endings of a group formed for one visit, event or funeral (in the shadow's characters):
# a delegation (考察團, 訪問團, 代表團), an organising committee (籌委會), a funeral committee.
_PASSING_GROUP = regex.compile(r"(?:考察|访问|参访|交流|庆贺|观摩|参观|代表)团$|治丧(?:委员)?会$|筹备会$|筹委会$|筹备委员会$")
# Words that make a delegation a standing one: a permanent mission, a congress's deputies.
_STANDING_DELEGATION = regex.compile(r"常驻|驻|人大|人民代表大会")


def _in_a_passing_group(doc: Document, role: Role) -> bool:
    """True for a post in a group formed for one visit, event or funeral (考察團團長,
    代表團成員, 籌委會主席, 治喪委員會榮譽主任): a part its holder plays there, not a post
    of a standing body. A permanent mission (常駐…代表團, the words maybe just before
    the body) and a congress's delegation (人大代表團) are standing bodies."""
    if role.org_start < 0:
        return False
    body = doc.shadow[max(0, role.org_start - 4):role.org_end]
    return _PASSING_GROUP.search(body) is not None and _STANDING_DELEGATION.search(body) is None


_DEGREES = frozenset(("博士", "硕士", "学士"))
_CONFERRED = ("荣誉", "名誉")


def _names_a_degree(role: Role) -> bool:
    """True for a degree with the body that awarded it (甲為某大學物理系博士, 乙是某大學
    工學博士): where one studied, not a post held there. An honorary degree
    (榮譽博士) is conferred and keeps its body; a degree with no body (甲博士) is a
    form of address and stays."""
    if not role.organization or _shadow_key(role.title_normalized or role.title) not in _DEGREES:
        return False
    return not any(word in _shadow_key(role.title) for word in _CONFERRED)


def _chairs_a_meeting(doc: Document, role: Role) -> bool:
    """True for a chair written right after 大會, an event's or a meeting's (大會主席甲,
    大會執行主席乙): a part in the event, not a post of a body. A members' general
    meeting's chair (會員大會主席, a standing office of an association) and a
    congress's (人民代表大會) are left alone."""
    before = doc.shadow[max(0, role.title_start - 3):role.title_start]
    return before.endswith("大会") and not before.endswith(("员大会", "表大会")) and _shadow_key(role.title_normalized or role.title).endswith("主席")


_STAND_IN_BODY_CLOSERS = frozenset("团处会")  # 代表團, 代表處, 代表會: bodies, not a stand-in


def _stands_in_for_a_holder(doc: Document, role: Role) -> bool:
    """True for 代表 written right after a title, and for that title (行政長官代表、丙司司長甲:
    甲 stands in for the holder at an event, a post of neither); not 代表團, 代表處 or
    代表會, a body."""
    if role.person_start < role.title_end:
        return False  # a name before its title, then 代表, acts for someone (甲副縣長代表乙縣長出席)
    if _shadow_key(role.title) == "代表":
        before = doc.shadow[max(0, role.title_start - 4):role.title_start]
        return any(before[-length:] in title_heads() for length in (2, 3, 4) if len(before) >= length)
    after = doc.shadow[role.title_end:role.title_end + 3]
    return after.startswith("代表") and after[2:3] not in _STAND_IN_BODY_CLOSERS


def _without_doubtful_carries(roles: list[Role], floor: float) -> list[Role]:
    """``roles`` (as :func:`_with_phrased_roles` orders them) less each whose body was
    carried from an earlier sentence (``topic_org``) with a confidence below ``floor``
    when its phrase's own reading, with no body, follows it."""
    return [
        role for role, following in zip(roles, [*roles[1:], None])
        if not (
            role.method == "topic_org" and role.confidence < floor and following is not None
            and following.org_start < 0 and (following.person_start, following.title_start) == (role.person_start, role.title_start)
        )
    ]


def _with_phrased_roles(doc: Document, roles: list[Role], phrased: list[Role]) -> list[Role]:
    """``roles`` (of ``doc``, in sentence order), each whose body was carried from an
    earlier sentence (``topic_org``) followed by the role as its own phrase writes it,
    with no organisation (主席乙 after 甲會今晚舉行晚宴。): the shape and offsets of the
    phrase (``phrased``, the roles before any body was carried), the carried role's
    title and confidence. A body heading the title's line before a colon (南投縣：…議長)
    is the line's own and is not repeated."""
    shapes = {(role.person_start, role.title_start): role.method for role in phrased if not role.organization}
    with_phrased = []
    for role in roles:
        with_phrased.append(role)
        shape = shapes.get((role.person_start, role.title_start))
        if role.method == "topic_org" and shape is not None and not _heads_line(doc, role.org_start, role.org_end, role.title_start):
            with_phrased.append(dataclasses.replace(
                role, organization="", organization_normalized="", org_start=-1, org_end=-1, method=shape,
            ))
    return with_phrased


def carried_roles(doc: Document, uncarried: list[Role] | None = None) -> list[Role]:
    """Return the document's roles, organisations carried, with the confidence their
    shapes give them (before the confidence model scores them). ``uncarried`` are the
    document's :func:`uncarried_roles` when the caller has them already."""
    bodies = sorted((m for m in doc.mentions if m.label == "ORG"), key=lambda m: m.start)
    body_starts = [m.start for m in bodies]
    return [
        _outside_body_part(_outside_party_committee(doc, _posted_abroad(doc, _led_delegation(doc, role, bodies, body_starts))))
        for role in _carry_organisations(doc, uncarried_roles(doc) if uncarried is None else uncarried)
    ]


def _led_delegation(doc: Document, role: Role, bodies: list[Mention], body_starts: list[int]) -> Role:
    """``role``, when it has no body and its sentence opens with a delegation's name
    before the title, with that delegation for its body (乙商會代表團由會長甲率領:
    :func:`_outside_body_part` then leaves the body, 乙商會); else ``role`` as it is.
    ``bodies`` are the document's ORG mentions in text order, ``body_starts`` their starts."""
    if role.org_start >= 0:
        return role
    sentence = doc.sentences[role.sentence_id]
    here = bodies[bisect.bisect_left(body_starts, sentence.start):bisect.bisect_left(body_starts, role.title_start)]
    if len(here) != 1 or doc.text[sentence.start:here[0].start].strip():
        return role
    body = here[0]
    ending = next((d for d in _DELEGATIONS if _shadow_key(body.text).endswith(d)), None)
    if ending is None or len(body.text) - len(ending) < 2:
        return role  # (訪問團 alone names no body of its own)
    return dataclasses.replace(
        role, organization=body.text, organization_normalized=body.normalized or body.text, org_start=body.start, org_end=body.end,
    )


def uncarried_roles(doc: Document) -> list[Role]:
    """Return the roles the document's sentences assert, in text order, before
    organisation-less ones take a body from the clause head or an earlier
    sentence (:func:`carry_choices` lists those bodies)."""
    by_sentence: dict[int, list[Mention]] = {}
    previous_end = -1
    for mention in doc.mentions:
        head = _shadow_key(mention.normalized or mention.text) if mention.label == "TITLE" else ""
        body_before = previous_end == mention.start or (previous_end >= 0 and _STATUS_GAP.match(doc.text[previous_end:mention.start]) is not None)  # 乙局新成員
        previous_end = mention.end if mention.label == "ORG" else -1
        if head in _NOT_POSTS and not _OFFICIAL_MEMBER.match(mention.text) and not (
            head in _BODY_MEMBERS and (
                body_before or _MEMBERS_LISTED.match(doc.text, mention.end)
                or _MEMBERS_APPOINTED.search(doc.text, max(0, mention.start - 6), mention.start)
            )
        ):
            continue
        if head.endswith(_DECORATION_ENDINGS) or _CANDIDACY_AFTER.match(doc.text, mention.end):
            continue
        by_sentence.setdefault(mention.sentence_id, []).append(mention)
    earlier: dict[str, list[Role]] = {}
    found: list[Role] = []
    topics: dict[int, Mention | None] = {}  # the person each sentence is about, None: several
    persons: list[Mention] = []
    heading: tuple[_Pending, int] | None = None  # the title a list heading gives, and the heading's sentence
    open_list: _Pending | None = None  # a colon list the sentence before left open at a semicolon
    for sentence_id in sorted(by_sentence):
        mentions = by_sentence[sentence_id]
        subject = _pronoun_subject(doc, sentence_id, mentions, topics, persons)
        sentence_roles = _sentence_roles(doc, sentence_id, mentions, earlier, subject)
        heading = _list_heading(doc, sentence_id, mentions, heading, sentence_roles)
        if open_list is not None:
            continued, still_open = _continued_colon_list(doc, sentence_id, mentions, open_list)
            sentence_roles += continued
            open_list = open_list if still_open else None
        else:
            open_list = _open_colon_list(doc, sentence_id, mentions, sentence_roles)
        if heading is not None and heading[1] != sentence_id:
            sentence_roles += [
                _role(m, labelled, sentence_id) for m in mentions
                if m.label == "PERSON" and (labelled := _labelled(doc, heading[0], m, mentions)) is not None
            ]
        sentence_roles += _past_posts_below(doc, mentions, persons[-1] if persons else None)
        for role in sentence_roles:
            found.append(role)
            earlier.setdefault(role.person, []).append(role)
        named = [m for m in mentions if m.label == "PERSON"]
        if named or subject is not None:
            topics[sentence_id] = _topic_for_pronouns(doc, sentence_id, mentions, named, subject, topics)
        persons.extend(named)
    found = _in_bodies_bracketed_after_names(doc, found)
    # A short mention (行政長官李家超 after 香港特區行政長官李家超, or before it) repeats
    # a role given in full: drop an organisation-less role whose title the same
    # person holds with an organisation elsewhere in the article.
    with_org = {(r.person, r.title) for r in found if r.organization}
    with_org |= {(r.person, r.title_normalized, _grade(r)) for r in found if r.organization}
    return _split_paired_posts([
        r for r in found
        if r.organization or ((r.person, r.title) not in with_org and (r.person, r.title_normalized, _grade(r)) not in with_org)
    ])


def _split_paired_posts(roles: list[Role]) -> list[Role]:
    """``roles`` with a post and its deputy written as one title (正副主席) split
    between the two names it was given, in text order (正副主席甲與乙: 甲 主席, 乙
    副主席); given to one name, or to more than two, which half is whose is unknown
    and those roles are left out."""
    holders: dict[int, list[Role]] = {}
    for role in roles:
        if _deputy_offset(role.title) is not None:
            holders.setdefault(role.title_start, []).append(role)
    if not holders:
        return roles
    split: dict[int, Role] = {}
    for paired in holders.values():
        if len({r.person for r in paired}) != 2 or len(paired) != 2:
            continue
        first, second = sorted(paired, key=lambda r: r.person_start)
        offset = _deputy_offset(first.title)
        normalized_offset = _deputy_offset(first.title_normalized)  # None: the head alone (主席)
        for role, deputy in ((first, False), (second, True)):
            cut = offset if deputy else offset + 1
            normalized = role.title_normalized
            if normalized_offset is not None:
                normalized = normalized[normalized_offset if deputy else normalized_offset + 1:]
            split[id(role)] = dataclasses.replace(role, title=role.title[cut:], title_start=role.title_start + cut, title_normalized=normalized)
    return [split.get(id(role), role) for role in roles if id(role) in split or _deputy_offset(role.title) is None]


@register_stage("roles")
class RoleResolver:
    """Stage ``roles``: fills ``doc.roles`` from the sentence's mentions, leaving out
    roles whose confidence is below ``min_confidence`` (``MIN_CONFIDENCE`` when None)."""

    name = "roles"
    requires = ("mentions",)
    provides = ("roles",)
    scope = "block"

    def __init__(self, min_confidence: float | None = None):
        self.min_confidence = min_confidence

    def __call__(self, doc: Document) -> Document:
        return doc.replace(roles=resolve_roles(doc, self.min_confidence))
