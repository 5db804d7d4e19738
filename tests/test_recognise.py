"""Recognition: (sentence, expected spans) cases written for these tests, not taken from news."""

import pytest

import pipeline
from conftest import assert_spans_point_into


def _mentions(text, label=None):
    doc = pipeline.process_text(text)
    assert_spans_point_into(doc, doc.mentions)
    return [(m.text, m.label) for m in doc.mentions if label is None or m.label == label], doc


def _assert_span(doc, text, label, occurrence=0):
    """The ``occurrence``-th ``text`` in the document is a ``label`` mention with exact offsets."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    end = start + len(text)
    assert any(m.start == start and m.end == end and m.label == label for m in doc.mentions), (
        text, label, [(m.text, m.label, m.start) for m in doc.mentions],
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("運輸署署長梁嘉豪今日到訪新界。", "梁嘉豪"),                 # title before
        ("梁嘉豪署長今日到訪新界。", "梁嘉豪"),                       # title after
        ("會上，何美寶女士分享了經驗。", "何美寶"),                   # honorific after
        ("郭志遠先生與家人出席活動。", "郭志遠"),                     # honorific after
        ("主席鄧偉倫、副主席蔡麗芬及秘書黃子傑出席。", "蔡麗芬"),     # list of title–name pairs
        ("會議上，馮家俊表示支持方案。", "馮家俊"),                   # speech verb after
        ("【責任編輯：羅曉晴】", "羅曉晴"),                           # editor credit
        ("國務卿安東尼·布林肯抵達北京。", "安東尼·布林肯"),           # transliterated with dot
        ("歐陽志明會長致辭。", "歐陽志明"),                           # compound surname
        ("記者聯絡了羅賓遜（Robinson）。", "羅賓遜"),                   # Latin original in brackets
        ("記者聯絡了羅賓遜（Robinson）。", "Robinson"),
        ("1921年亨利·杜蘭在巴黎開店。", "亨利·杜蘭"),                # 年 glued onto a dotted name
        ("記者見到了伊莉莎·沃夫於上月。", "伊莉莎·沃夫"),             # 於 glued onto its end
        ("教宗克萊孟七世抵達羅馬。", "克萊孟七世"),                   # regnal number
    ],
)
def test_person_evidence(text, name):
    _, doc = _mentions(text)
    _assert_span(doc, name, "PERSON")


def test_accepted_name_is_tagged_everywhere():
    text = "校長鍾嘉敏主持典禮。典禮後，鍾嘉敏與學生合照，學生都很喜歡鍾嘉敏。"
    found, doc = _mentions(text, "PERSON")
    assert found == [("鍾嘉敏", "PERSON")] * 3


def test_rules_alone_propagate_an_accepted_name():
    """Without the name model the later occurrences come from propagation."""
    from pipeline.recognizers.persons import PersonRecognizer
    from pipeline.recognizers.organizations import OrgRecognizer
    from pipeline.recognizers.titles import TitleRecognizer
    from pipeline.stages.recognise import Recognise

    rules_only = PersonRecognizer().load()
    rules_only.model = None
    stages = ["normalise", "sentences", "segment", Recognise([TitleRecognizer().load(), OrgRecognizer().load(), rules_only])]
    doc = pipeline.Pipeline(stages)(pipeline.Document(article_id="t", path="", text="校長翁嘉敏主持典禮。典禮後，翁嘉敏與學生合照。", meta={}))
    methods = [m.method for m in doc.mentions if m.label == "PERSON"]
    assert methods == ["pattern", "propagated"]


@pytest.mark.parametrize(
    "text",
    [
        "這項高科技產品在沙龍上大力支持本地設計。",
        "政府將全力支持高科企業發展。",
        "主席及副主席均已上任。",                 # titles alone
        "他由北京前往上海，再轉往廣州。",         # place names
        "周年晚會上，和平與安全是主題。",
        "他們到訪了佛羅里達州（Florida）。",       # the original of a place name
        "這是十三世紀的建築。",                     # a century, not a regnal number
        "資深古建築專家出席了論壇。",               # a surname before an ordinary word
    ],
)
def test_no_person_in_ordinary_words(text):
    found, _ = _mentions(text, "PERSON")
    assert found == []


@pytest.mark.parametrize(
    "text, title, head, qualifiers",
    [
        ("該校協理研究副校長陳大文表示。", "協理研究副校長", "校長", ("副", "協理")),
        ("前任署長李德明出席。", "前任署長", "署長", ("前任",)),
        ("名譽會長張國強致辭。", "名譽會長", "會長", ("名譽",)),
        ("該校副校長（研究及拓展）周志華致辭。", "副校長（研究及拓展）", "校長", ("副", "研究及拓展")),
    ],
)
def test_title_composition(text, title, head, qualifiers):
    _, doc = _mentions(text)
    mention = next(m for m in doc.mentions if m.label == "TITLE")
    assert (mention.text, mention.normalized) == (title, head)
    assert set(mention.qualifiers) == set(qualifiers)


def test_title_head_inside_a_word_is_not_a_title():
    found, _ = _mentions("這是難得的機會長期發展。", "TITLE")
    assert found == []


def test_organisation_in_front_of_a_title_is_split_off():
    found, doc = _mentions("全國政協常委王建華出席。")
    assert found[:3] == [("全國政協", "ORG"), ("常委", "TITLE"), ("王建華", "PERSON")]
    org = next(m for m in doc.mentions if m.label == "ORG")
    assert org.normalized == "中國人民政治協商會議全國委員會"


@pytest.mark.parametrize(
    "text, org",
    [
        ("九龍城潮州同鄉聯誼會會長陳志強。", "九龍城潮州同鄉聯誼會"),
        ("香港青年創業協會昨日成立。", "香港青年創業協會"),
        ("他加入了寶豐國際集團。", "寶豐國際集團"),
        ("特區政府運輸及物流局局長出席。", "特區政府運輸及物流局"),
        ("美軍昨日在海上演習。", "美軍"),                                # a known armed force
        ("她其後就讀於東京大學法學院。", "東京大學法學院"),              # the walk stops at the verb 就讀於
        ("他於1990年合併原嶺南工商學院。", "嶺南工商學院"),              # and at 原 (former)
        ("本週三於新加坡交易所上市。", "新加坡交易所"),                  # and at a guessed word ending in 於
        ("他代表德國隊出場。", "德國隊"),                                # a team the segmenter knows, before a noun
        ("鎮長表示，麥寮鄉公所將協助。", "麥寮鄉公所"),                  # a Taiwan township (places.tsv) opens the name
        ("原麥寮分局長王大明昨日出席。", "麥寮分局"),                    # a township's bare name opens a branch
    ],
)
def test_suffix_built_organisations(text, org):
    _, doc = _mentions(text)
    _assert_span(doc, org, "ORG")


def test_nested_organisation_keeps_its_parent():
    _, doc = _mentions("香港中聯辦青年部部長林志華出席。")
    org = next(m for m in doc.mentions if m.label == "ORG")
    assert org.text == "香港中聯辦青年部"
    assert org.parent == "香港中聯辦"


def test_abbreviation_defined_in_text_becomes_an_alias():
    text = "香港潮籍青年聯合會（潮青聯）今日成立。潮青聯將舉辦講座。"
    _, doc = _mentions(text)
    _assert_span(doc, "香港潮籍青年聯合會", "ORG")
    _assert_span(doc, "潮青聯", "ORG", occurrence=1)
    alias = [m for m in doc.mentions if m.text == "潮青聯"]
    assert len(alias) == 2 and all(m.normalized == "香港潮籍青年聯合會" for m in alias)


@pytest.mark.parametrize(
    "text, orgs",
    [
        ("國民黨主席朱立倫及民進黨秘書長林右昌出席。", ["國民黨", "民進黨"]),   # a known body is not extended over a name
        ("陳大文及香港青年協會代表出席。", ["香港青年協會"]),                 # nor is a built one
    ],
)
def test_organisation_names_stop_at_a_conjunction_after_a_name(text, orgs):
    found, _ = _mentions(text, "ORG")
    assert [t for t, _ in found] == orgs


@pytest.mark.parametrize(
    "text",
    [
        "金融機構代表出席了會議。",     # generic noun phrase before a weak suffix
        "社會各界都很關注。",           # an everyday word ending in an organisation suffix
        "全部人都同意。",
        "颱風在廣東省東北部登陸。",     # a direction word ending in 部
    ],
)
def test_no_organisation_in_generic_phrases(text):
    found, _ = _mentions(text, "ORG")
    assert found == []


def test_nothing_found_in_boilerplate():
    text = "首頁 > 新聞 > 本地\n\n某協會主席陳大文表示支持。\n\n圖片來源：某某協會會長李小明\n"
    doc = pipeline.process_text(text)
    assert doc.mentions
    for m in doc.mentions:
        assert not doc.is_excluded(m.start, m.end)
    assert "李小明" not in {m.text for m in doc.mentions}


def test_nested_organisation_under_a_known_body_is_normalised_through_it():
    _, doc = _mentions("特區政府運輸及物流局局長出席。")
    org = next(m for m in doc.mentions if m.label == "ORG")
    assert org.text == "特區政府運輸及物流局"
    assert org.normalized == "香港特別行政區政府運輸及物流局"


def test_two_readings_of_one_span_resolve_the_same_whatever_their_order():
    """總經理 is a head of its own and also 總 + 經理: the longer head wins, and the
    choice never depends on the order (or hash seed) the candidates come in."""
    from pipeline.document import Mention
    from pipeline.stages.recognise import resolve_overlaps

    whole = Mention(2, 5, "TITLE", "總經理", normalized="總經理", method="lexicon", score=0.9)
    composed = Mention(2, 5, "TITLE", "總經理", normalized="經理", method="lexicon", score=0.9, qualifiers=("總",))
    assert resolve_overlaps([whole, composed]) == [whole]
    assert resolve_overlaps([composed, whole]) == [whole]


def test_a_large_matcher_finds_what_a_plain_automaton_finds():
    """A matcher of many first characters scans a translated text (see Matcher):
    the same matches, in the same order, and the same keys."""
    import random

    import ahocorasick

    from pipeline.recognizers.base import Matcher

    rng = random.Random(3)
    chars = [chr(0x4E00 + k) for k in range(900)]
    entries = {"".join(rng.choice(chars) for _ in range(rng.randint(1, 4))): k for k in range(2000)}
    matcher = Matcher(entries)
    matcher.iter("")
    assert matcher._table is not None
    plain = ahocorasick.Automaton()
    for key, value in entries.items():
        plain.add_word(key, (len(key), value))
    plain.make_automaton()
    pool = chars[:950] + list("，。 ab\x00\x01") + ["\U00020000"]
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 80)))
        expected = [(end + 1 - length, end + 1, value) for end, (length, value) in plain.iter(text)]
        assert matcher.iter(text) == expected
    assert "\x00\x01" not in matcher and matcher.get("\x00\x01") is None
    key = next(iter(entries))
    assert key in matcher and matcher.get(key) == entries[key]


@pytest.mark.parametrize("text", ["東山青年協會會員大會選出新一屆理事。", "東山青年協會大會今天舉行。"])
def test_an_association_s_general_meeting_is_no_body_of_its_own(text):
    orgs, _ = _mentions(text, "ORG")
    assert orgs == [("東山青年協會", "ORG")]


def test_a_people_s_congress_keeps_its_ending():
    orgs, _ = _mentions("東山市人民代表大會主任鄭國柱出席。", "ORG")
    assert orgs == [("東山市人民代表大會", "ORG")]


@pytest.mark.parametrize("text, name", [
    ("東山工務司司長羅立文到碼頭視察。", "羅立文"),
    ("將由東山局副局長張子軒代任局長職務。", "張子軒"),
    ("東山同鄉會監事會召集人馮立群作了報告。", "馮立群"),
    ("副會長賴華玲做會計報告。", "賴華玲"),  # two surnames, then a verb of its own: no married name
])
def test_a_name_s_last_character_glued_onto_the_next_word_stays_the_name_s(text, name):
    persons = [t for t, label in _mentions(text, "PERSON")[0]]
    assert persons == [name]


def test_a_group_of_matchers_finds_what_each_finds_alone():
    """Matchers of one group scan a text together (see MatcherGroup): each member's
    matches are those of its own scan, in the same order, shared keys included."""
    import random

    from pipeline.recognizers.base import Matcher, MatcherGroup

    rng = random.Random(5)
    chars = [chr(0x4E00 + k) for k in range(900)]
    group = MatcherGroup()

    def lexicon(size, first_chars):
        return {"".join(rng.choice(chars[:first_chars]) for _ in range(rng.randint(1, 5))): k for k in range(size)}

    large, small = lexicon(2000, 900), lexicon(300, 40)
    shared = dict(list(large.items())[:50])  # keys also in another member, with other values
    members = [Matcher(large, group), Matcher(small, group), Matcher({k: -v for k, v in shared.items()}, group), Matcher({}, group)]
    pool = chars + list("，。 ab\x00\x01") + ["\U00020000"]
    for _ in range(200):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 80)))
        scanned = dict(group.scan(text))
        assert len(scanned) == len(members)
        for member in members:
            assert scanned[member] == member.iter(text)


def test_make_mention_builds_what_mention_builds():
    """make_mention sets Mention's fields itself (see there): the same fields, in the
    same order, with the same defaults, as the dataclass's own constructor."""
    import dataclasses
    import inspect

    from pipeline.document import Document, Mention
    from pipeline.recognizers.base import make_mention

    fields = dataclasses.fields(Mention)
    parameters = inspect.signature(make_mention).parameters
    assert [f.name for f in fields] == ["start", "end", "label", "text"] + list(parameters)[4:]
    for f in fields[4:]:
        assert parameters[f.name].default == f.default
    doc = Document("a", "", "香港大學校長")
    made = make_mention(doc, 2, 6, "TITLE", normalized="校長", method="lexicon", score=0.9, sentence_id=0, qualifiers=("副",), category="academic")
    expected = Mention(2, 6, "TITLE", "大學校長", normalized="校長", method="lexicon", score=0.9, sentence_id=0, qualifiers=("副",), category="academic")
    assert made == expected and hash(made) == hash(expected) and vars(made) == vars(expected)
    assert list(vars(made)) == [f.name for f in fields]
    assert make_mention(doc, 0, 2, "ORG") == Mention(0, 2, "ORG", "香港")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 3


def test_a_group_forgets_a_matcher_that_goes_away():
    """A group holds its members weakly: a matcher no one keeps leaves it, and the
    next scan is built without it."""
    import gc

    from pipeline.recognizers.base import Matcher, MatcherGroup

    group = MatcherGroup()
    kept = Matcher({"大学": 1}, group)
    dropped = Matcher({"校长": 2}, group)
    assert dict(group.scan("大学校长")) == {kept: [(0, 2, 1)], dropped: [(2, 4, 2)]}
    del dropped
    gc.collect()
    assert dict(group.scan("大学校长")) == {kept: [(0, 2, 1)]}


@pytest.mark.parametrize("text, not_a_name", [
    ("董事局主席應出席股東周年大會。", "應出席"),  # a surname character, then a verb news writes after names
    ("鄭國柱接任田協理事長。", "田協"),  # a sports association's short form before its title
    ("曾任高雄銀董事長的鄭國柱出席。", "高雄銀"),  # a bank's short form
])
def test_a_cue_verb_or_a_body_s_ending_is_no_given_name(text, not_a_name):
    persons = [t for t, _ in _mentions(text, "PERSON")[0]]
    assert not_a_name not in persons


@pytest.mark.parametrize("text, name", [
    ("校長夫人及千金楊如楨女士專程返臺。", "楊如楨"),  # 千金 (a daughter), then the name
    ("她又多謝彭健新先生及一眾歌手。", "彭健新"),  # 多謝 (thanks), then the name
    ("黃建嘉是前縣長潘孟安愛將。", "潘孟安"),  # the name, then 愛將
    ("奧運金牌得主李洋接東山部首任部長。", "李洋"),  # the name, then 接 before a body
    ("前政務司司長陳方安生出席典禮。", "陳方安生"),  # a married woman's double surname stays whole
])
def test_a_word_around_a_name_is_not_read_into_it(text, name):
    persons = [t for t, _ in _mentions(text, "PERSON")[0]]
    assert name in persons


@pytest.mark.parametrize("text, inside", [
    ("LGBT團體代表在會上發言。", "LG"),  # a company's Latin short form inside a longer Latin word
    ("他們在ASEANO論壇上發言。", "ASEAN"),
])
def test_a_latin_short_form_inside_a_longer_latin_word_is_no_body(text, inside):
    orgs = [t for t, _ in _mentions(text, "ORG")[0]]
    assert inside not in orgs


def test_a_latin_short_form_standing_alone_is_still_a_body():
    orgs = [t for t, _ in _mentions("LG集團會長今日訪台。", "ORG")[0]]
    assert "LG集團" in orgs


def test_a_suffix_the_canonical_name_already_ends_in_is_not_added_twice():
    doc = pipeline.process_text("中華郵政公司董事長王大明今日表示，將推動改革。")
    org = next(m for m in doc.mentions if m.label == "ORG" and m.text == "中華郵政公司")
    assert org.normalized == "中華郵政股份有限公司"


def test_a_body_before_the_verb_ban_is_no_office():
    orgs = [t for t, _ in _mentions("他參加了教協辦的講座，又到工聯會辦過的展覽參觀。", "ORG")[0]]
    assert "教協辦" not in orgs and "工聯會辦" not in orgs
    assert "教協" in orgs and "工聯會" in orgs


@pytest.mark.parametrize("text, event", [
    ("樂團昨晚舉行週年音樂會，團長陳大文致辭。", "週年音樂會"),
    ("商會下月合辦年度交易會，會長李小明主持。", "年度交易會"),
])
def test_an_event_the_dictionary_tags_as_a_body_is_no_body(text, event):
    orgs = [t for t, _ in _mentions(text, "ORG")[0]]
    assert not [o for o in orgs if o.endswith(event[-3:])], orgs


def test_a_province_and_one_character_after_it_is_no_name():
    persons = [t for t, _ in _mentions("江蘇紀監委書記陳大文昨日表示，將加強監督。", "PERSON")[0]]
    assert persons == ["陳大文"]


def test_a_county_written_short_opens_a_bureau_sharing_its_heads_first_character():
    doc = pipeline.process_text("竹縣消防局長陳大文昨日表示火勢受控。")
    assert [(r.person, r.title, r.organization) for r in doc.roles] == [("陳大文", "局長", "竹縣消防局")]


@pytest.mark.parametrize("text, kept", [
    ("這個分局長期人手不足，公司營運長期虧損。", []),  # 長 opens 長期
    ("陳大文擔任分局長期間表現出色，董事長期望員工努力。", ["分局長", "董事長"]),  # 期間, 期望 are words
])
def test_a_head_ending_in_zhang_before_qi_is_no_title_when_changqi_is_the_word(text, kept):
    assert [t for t, _ in _mentions(text, "TITLE")[0]] == kept


def test_a_company_named_with_its_stock_code_after_a_space_is_found_again_as_a_whole_word():
    found, doc = _mentions("大同 (2371-TW) 今日公布業績。大同副董事長鄭國柱表示，公司追求世界大同。", "ORG")
    _assert_span(doc, "大同", "ORG", 0)
    _assert_span(doc, "大同", "ORG", 1)  # 大同副董事長: the company again
    assert [text for text, _ in found].count("大同") == 2  # not inside 世界大同


def test_a_known_body_ending_a_longer_word_grows_to_that_word_and_the_place_before_it():
    found, doc = _mentions("東山省人民檢察院與湖北省人民檢察院今日表示。", "ORG")
    _assert_span(doc, "湖北省人民檢察院", "ORG")
    assert "檢察院" not in [text for text, _ in found]  # not the short known name inside 人民檢察院


def test_a_ministry_s_department_named_at_length_before_its_head_s_title_is_one_body():
    found, doc = _mentions("經濟部護理及健康照護司司長鄭國柱、東山高中童軍團團長盧美蘭表示。", "ORG")
    _assert_span(doc, "經濟部護理及健康照護司", "ORG")
    _assert_span(doc, "東山高中童軍團", "ORG")


def test_the_year_of_a_body_s_term_written_before_it_is_no_part_of_its_name():
    found, doc = _mentions("二○二二至二○二四年度東山體育委員會委員選舉昨日舉行，本年度東山藝術委員會亦然。", "ORG")
    assert [text for text, _ in found] == ["東山體育委員會", "東山藝術委員會"]


def test_a_body_s_name_stops_at_a_word_closed_by_the_verb_of_taking_a_post():
    for sentence in ("梁志強以高票當選西區商會主席。", "梁志強被選為西區商會主席。"):
        found, doc = _mentions(sentence)
        _assert_span(doc, "西區商會", "ORG")
        _assert_span(doc, "梁志強", "PERSON")


def test_a_body_s_name_stops_at_a_guessed_word_closed_by_a_verb_after_a_name():
    # The segmenter glues the verb to the name's last character (易路|達任, 樊慧秋接).
    for sentence, name, body in (("易路達任北山省委書記。", "易路達", "北山省委"), ("樊慧秋接北山青年部部長。", "樊慧秋", "北山青年部")):
        found, doc = _mentions(sentence)
        _assert_span(doc, body, "ORG")
        _assert_span(doc, name, "PERSON")
    found, _ = _mentions("葛歐珠調北山工務局局長。", "ORG")
    assert found == [("北山工務局", "ORG")]


def test_a_body_s_name_does_not_run_back_over_a_name_and_its_conjunction_or_verb():
    # Names the segmenter cuts or glues (莊明|孝|與, 詹昌偉及, 鄭輝孝獲) before a body it builds from its ending.
    for sentence, body in (
        ("莊明孝與北山同鄉會簽約。", "北山同鄉會"), ("詹昌偉及北山商會代表出席。", "北山商會"),
        ("鄭輝孝獲北山大學頒獎。", "北山大學"), ("趙永怡效力北山商會多年。", "北山商會"),
    ):
        found, doc = _mentions(sentence, "ORG")
        assert found == [(body, "ORG")], sentence


def test_an_adverb_after_a_three_character_name_is_no_married_name_s_last_character():
    for sentence, name in (("羅華義現為北山商會理事長。", "羅華義"), ("柯明明原為北山商會理事長。", "柯明明")):
        found, doc = _mentions(sentence, "PERSON")
        assert found == [(name, "PERSON")], sentence


def test_a_body_named_after_a_person_is_found_whole():
    for sentence, body in (("昨日在邱慧俊基金會舉行儀式。", "邱慧俊基金會"), ("儀式在周嘉建教育基金會舉行。", "周嘉建教育基金會")):
        found, doc = _mentions(sentence, "ORG")
        assert found == [(body, "ORG")], sentence


def test_no_body_runs_over_a_time_word_a_title_s_modifier_or_a_title_s_own_first_character():
    found, _ = _mentions("過去團長鄭國柱兼任指揮。", "ORG")
    assert found == []
    found, doc = _mentions("東山光學會創會常務理事鄭國柱出席。", "ORG")
    assert found == [("東山光學會", "ORG")]
    _assert_span(doc, "創會常務理事", "TITLE")
    found, doc = _mentions("鄭國柱曾任東山電機系副教授兼系主任。", "ORG")
    assert found == [("東山電機系", "ORG")]
    _assert_span(doc, "系主任", "TITLE")


def test_a_name_ending_in_a_section_s_character_before_another_title_is_no_section():
    found, doc = _mentions("議長鄭國柱肯定楊文科縣長的表現。", "ORG")
    assert found == []
    _assert_span(doc, "楊文科", "PERSON")
    found, _ = _mentions("東山縣政府林業科主任王大文表示。", "ORG")
    assert found == [("東山縣政府林業科", "ORG")]


def test_a_three_character_name_after_a_title_is_not_the_short_form_it_opens():
    found, doc = _mentions("東山銀行行政總裁歐冠明退任前發言。", "PERSON")
    assert found == [("歐冠明", "PERSON")]
    found, _ = _mentions("歐冠決賽今晚舉行。", "ORG")
    assert found == [("歐冠", "ORG")]


def test_a_married_name_whose_first_surname_the_segmenter_left_alone_is_one_name():
    found, _ = _mentions("得票最高的是黃陳美玲，其次是鄭國柱。", "PERSON")
    assert ("黃陳美玲", "PERSON") in found and ("陳美玲", "PERSON") not in found
    found, _ = _mentions("他向陳大文致謝。", "PERSON")
    assert found == [("陳大文", "PERSON")]


def test_a_married_name_read_short_before_a_word_or_opening_a_list_is_whole():
    found, _ = _mentions("出席者包括黃陳美玲、鄭國柱。", "PERSON")
    assert found == [("黃陳美玲", "PERSON"), ("鄭國柱", "PERSON")]
    found, _ = _mentions("張洪子芳的太太。", "PERSON")
    assert found == [("張洪子芳", "PERSON")]
    found, _ = _mentions("鄭國柱自2019年起擔任東山集團總經理。", "PERSON")
    assert found == [("鄭國柱", "PERSON")]
    found, _ = _mentions("東山宗親會理事長許榮明暨西山宮主委盧美蘭出席。", "PERSON")
    assert found == [("許榮明", "PERSON"), ("盧美蘭", "PERSON")]


def test_ju_according_to_opens_no_name():
    found, _ = _mentions("據范盛婷介紹，計劃順利。", "PERSON")
    assert found == [("范盛婷", "PERSON")]


def test_a_body_run_by_a_city_or_district_opens_with_its_owner():
    found, doc = _mentions("市立醫院院長鄭國柱表示，區立圖書館館長盧美蘭亦認同。", "ORG")
    _assert_span(doc, "市立醫院", "ORG")
    _assert_span(doc, "區立圖書館", "ORG")


def test_a_section_ending_in_zu_before_its_title():
    found, doc = _mentions("地檢署偵查組檢察官鄭國柱及政務組秘書盧美蘭出席。", "ORG")
    _assert_span(doc, "政務組", "ORG")
    assert any(text.endswith("偵查組") for text, _ in found)


def test_a_company_s_short_name_before_titles_one_person_holds():
    found, doc = _mentions("東晶財務長暨發言人盧美蘭表示，新團隊下月就任。", "ORG")
    _assert_span(doc, "東晶", "ORG")
    found, _ = _mentions("會上，盧美蘭主席、縣長鄭國柱一致呼籲團結。", "ORG")
    assert ("盧美蘭", "ORG") not in found


def test_macau_s_executive_council_is_a_body_before_its_members_title():
    found, doc = _mentions("行政長官委任行政會委員鄭國柱擔任發言人。", "ORG")
    _assert_span(doc, "行政會", "ORG")


def test_a_branch_named_with_a_word_read_as_a_given_name_before_its_shared_head():
    found, doc = _mentions("南投縣仁愛分局長鄭國柱出席，盧美蘭署長亦到場。", "ORG")
    _assert_span(doc, "南投縣仁愛分局", "ORG")
    assert not any(text.startswith("盧美蘭") for text, _ in found)
    found, _ = _mentions("社會工作局容光輝局長出席。", "ORG")
    assert found == [("社會工作局", "ORG")]  # 容|光輝: a surname, then a given name the segmenter knows


def test_a_name_after_you_before_an_agent_s_verb_whatever_the_segmenter_glued():
    found, doc = _mentions("總經理一職由葉向東出任，秘書長由何美玲擔任。", "PERSON")
    _assert_span(doc, "葉向東", "PERSON")
    _assert_span(doc, "何美玲", "PERSON")
    found, _ = _mentions("由於經濟出任何職務都不容易。", "PERSON")
    assert found == []


def test_a_title_s_holder_opens_no_body_ending_later():
    found, _ = _mentions("理事長陳志明報告會館今年將舉辦三場講座。")
    assert ("陳志明", "PERSON") in found and not any(label == "ORG" for _, label in found)
    found, _ = _mentions("總地質師王大明表示油田產量穩定。", "TITLE")
    assert found == [("總地質師", "TITLE")]


def test_a_less_common_surname_then_a_dictionary_word_after_a_title_is_no_name():
    found, _ = _mentions("他推崇黃石城任東山縣長時政績斐然。", "PERSON")
    assert ("時政績", "PERSON") not in found


def test_a_married_name_with_no_evidence_around_it_is_read_whole():
    found, _ = _mentions("黃鄭美娟通過視頻致辭。", "PERSON")
    assert found == [("黃鄭美娟", "PERSON")]
    found, _ = _mentions("陳林兩家通過協議。", "PERSON")
    assert ("陳林兩家", "PERSON") not in found  # 兩家 is a word: no given name


def test_a_name_the_segmenter_did_not_know_after_a_title_opens_no_body():
    found, _ = _mentions("會長陳明金冀望基金會繼續發展。")
    assert not any(label == "ORG" and text.startswith("陳") for text, label in found)


def test_cong_opens_a_given_name_a_title_and_a_cue_frame():
    found, _ = _mentions("理事長李從正表示，工會將健全服務。", "PERSON")
    assert found == [("李從正", "PERSON")]
    found, _ = _mentions("市長從今年起推動改革。", "PERSON")
    assert found == []


def test_the_name_in_a_bracketed_reporter_s_credit_whatever_its_shape():
    found, _ = _mentions("東山日報訊(記者 子明)東山同鄉會日前舉行就職典禮。", "PERSON")
    assert found == [("子明", "PERSON")]
    found, _ = _mentions("(專題部記者張鐘信綜合報導)近日多名官員落馬。", "PERSON")
    assert found == [("張鐘信", "PERSON")]


def test_bodies_ending_in_a_branch_a_vocational_school_a_patrol_district_or_a_taoist_hall():
    for text, body in (
        ("美國在台協會高雄分處處長陳大明表示。", "美國在台協會高雄分處"),
        ("東山高職校長陳大明表示。", "東山高職"),
        ("北部地區巡防局局長陳大明表示。", "北部地區巡防局"),
        ("蓬瀛仙館理事長陳大明表示。", "蓬瀛仙館"),
        ("河洛歌仔戲團團長陳大明表示。", "河洛歌仔戲團"),
    ):
        found, _ = _mentions(text, "ORG")
        assert any(body.endswith(name) and len(name) >= 4 for name, _ in found), (text, found)


def test_a_surnames_character_opens_a_transliteration_glossed_in_latin_after_a_title_or_de():
    persons, _ = _mentions("國會議員白恩斯（Parm Bains）出席，得票最高的李爾德（Danny Sauter）勝出。", "PERSON")
    assert ("白恩斯", "PERSON") in persons and ("李爾德", "PERSON") in persons
    assert ("恩斯", "PERSON") not in persons and ("爾德", "PERSON") not in persons
    persons, _ = _mentions("剛辭任法院院長的岑浩輝(Sam Hou Fai)宣布參選。", "PERSON")
    assert ("岑浩輝", "PERSON") in persons and not any(p.startswith("的") for p, _ in persons)


def test_a_two_character_name_keeps_no_verb_news_writes_after_names():
    persons, _ = _mentions("副市長王強涉嫌受賄，前局長陳明涉嫌貪污。", "PERSON")
    assert persons == [("王強", "PERSON"), ("陳明", "PERSON")]


def test_a_preposition_before_a_lists_comma_is_a_names_last_character():
    persons, _ = _mentions("公會理事長張麗在、工會理事長吳有彬等出席。", "PERSON")
    assert persons == [("張麗在", "PERSON"), ("吳有彬", "PERSON")]
    persons, _ = _mentions("會長陳大文在。", "PERSON")
    assert persons == [("陳大文", "PERSON")]


def test_a_latin_gloss_of_a_title_a_body_or_a_district_and_an_english_slogan_are_no_names():
    for text in (
        "他成為東山樂團行政總裁(Chief Executive)並正式上任。",
        "他曾任東山室樂團 (Ensemble Research East)行政總裁。",
        "東山中央區選區(East Central)只拿到18%得票率。",
        "活動以Follow Me為主題。",
    ):
        found, _ = _mentions(text, "PERSON")
        assert found == [], (text, found)
    found, _ = _mentions("美國國務卿魯比歐(Marco Rubio)出席。", "PERSON")
    assert ("Marco Rubio", "PERSON") in found


def test_a_case_or_a_colloquial_chairman_after_a_surname_is_no_married_name():
    found, _ = _mentions("法院審理鄭文明案時表示。", "PERSON")
    assert ("鄭文明案", "PERSON") not in found
    found, _ = _mentions("郭董緩頰說沒有問題。", "PERSON")
    assert ("郭董緩頰", "PERSON") not in found
    found, _ = _mentions("（記者邱芊攝）", "PERSON")
    assert found == [("邱芊", "PERSON")]


def test_former_and_a_title_s_last_character_open_no_name():
    mentions, _ = _mentions("原台博館長洪大佑接任。", "PERSON")
    assert mentions == [("洪大佑", "PERSON")]
    mentions, _ = _mentions("首席財務官馮小峰出席。", "PERSON")
    assert mentions == [("馮小峰", "PERSON")]


@pytest.mark.parametrize("text, title", [
    ("三人獲選為籌備委員，鄭國柱出任籌備主任。", ["籌備委員", "籌備主任"]),
    ("評審委員盧美蘭及當然委員祝志明出席。", ["評審委員", "當然委員"]),
    ("創辦會長鄭國柱致辭。", ["創辦會長"]),
])
def test_portfolio_and_honour_words_compose_with_a_title(text, title):
    titles, _ = _mentions(text, "TITLE")
    assert [t for t, _ in titles] == title


def test_a_verb_before_a_board_title_is_no_portfolio():
    titles, _ = _mentions("會員大會選舉理監事，鄭國柱當選理事長。", "TITLE")
    assert "選舉理監事" not in [t for t, _ in titles]


def test_taiwanese_company_chiefs_are_titles():
    titles, doc = _mentions("東山電子行銷長鄭國柱與永續長盧美蘭出席。", "TITLE")
    assert [t for t, _ in titles] == ["行銷長", "永續長"]


def test_an_association_named_with_a_verb_after_nouns_from_a_place():
    assert _mentions("香港視網膜色素病變協會成立於1995年。", "ORG")[0] == [("香港視網膜色素病變協會", "ORG")]
    assert _mentions("某人肯定農會的做法。", "ORG")[0] == []


def test_a_body_listed_after_another_whatever_its_name_s_words():
    orgs, _ = _mentions("演講會由香港中國商會、經緯集團贊助。", "ORG")
    assert [t for t, _ in orgs] == ["香港中國商會", "經緯集團"]
    orgs, _ = _mentions("演講會由經緯集團贊助。", "ORG")
    assert orgs == []
    orgs, _ = _mentions("他訪問了香港中國商會、友好協會。", "ORG")
    assert "友好協會" not in [t for t, _ in orgs]


def test_an_affiliated_school_and_a_news_agency_s_branch():
    assert ("東山大學附中", "ORG") in _mentions("東山大學附中校長蔡大華表示。", "ORG")[0]
    assert ("新華社香港分社", "ORG") in _mentions("前新華社香港分社社長周大南出席。", "ORG")[0]
    assert ("附屬小學", "ORG") in _mentions("陳大娟兼任附屬小學校監。", "ORG")[0]


def test_a_youth_association_is_no_annual_meeting():
    assert ("澳門青年會", "ORG") in _mentions("澳門青年會主席陳大光致詞。", "ORG")[0]
    assert _mentions("協會2025年年會昨日舉行。", "ORG")[0] == []


def test_a_name_ending_before_the_verb_of_reporting_opens_no_newspaper():
    orgs, doc = _mentions("（記者程向明報導）", "ORG")
    assert orgs == []
    assert ("明報", "ORG") in _mentions("明報報導指出", "ORG")[0]


def test_two_reporters_run_together_in_one_bracketed_credit():
    persons, _ = _mentions("(東方時報記者曹大哲苗小達報導)南灣同鄉會舉行年會。", "PERSON")
    assert [p for p, _ in persons] == ["曹大哲", "苗小達"]
    persons, _ = _mentions("(記者王大明報導)", "PERSON")
    assert [p for p, _ in persons] == ["王大明"]


def test_a_clause_verb_inside_an_associations_name_before_its_title():
    orgs, _ = _mentions("台北公民參與協會理事長何大勳昨日召開記者會。", "ORG")
    assert ("台北公民參與協會", "ORG") in orgs
    # Not without the title after the ending: the verb is the clause's.
    orgs, _ = _mentions("台灣民眾參與協會活動。", "ORG")
    assert not orgs


def test_a_name_between_a_district_and_its_chiefs_title_is_no_district():
    persons, doc = _mentions("北投區蔡文明區長與民眾座談。", "PERSON")
    assert ("蔡文明", "PERSON") in persons
    assert not [m for m in doc.mentions if m.label == "ORG" and m.text.startswith("文明")]
    persons, doc = _mentions("大安區劉大同區長致詞。", "PERSON")
    assert ("劉大同", "PERSON") in persons
    # A district written alone before its chief's title is still the district.
    orgs, _ = _mentions("北投區長出席。", "ORG")
    assert ("北投區", "ORG") in orgs


def test_a_given_name_ending_in_a_function_character_before_a_verb():
    persons, _ = _mentions("鎮公所由主任秘書張美如暫代。", "PERSON")
    assert ("張美如", "PERSON") in persons
    persons, _ = _mentions("工會理事長林啟之批評資方。", "PERSON")
    assert ("林啟之", "PERSON") in persons
    # 和 between a titled name and the next title joins two titled names.
    persons, _ = _mentions("社長劉文和副社長周志強出席。", "PERSON")
    assert ("劉文", "PERSON") in persons
    assert ("劉文和", "PERSON") not in persons
    # but not before an honorific: 和 ends the name there.
    persons, _ = _mentions("創辦人黃志和博士致辭。", "PERSON")
    assert ("黃志和", "PERSON") in persons


def test_a_set_phrase_names_a_unit_whose_heads_title_follows():
    orgs, _ = _mentions("研究所所長、成人教育中心主任梁美華出席。", "ORG")
    assert ("成人教育中心", "ORG") in orgs
    # Without a title after it, the phrase and 中心 stay a plain noun phrase.
    orgs, _ = _mentions("同學們到成人教育中心參觀。", "ORG")
    assert ("成人教育中心", "ORG") not in orgs


def test_a_name_whose_last_character_reads_with_an_acting_verb_as_a_word():
    persons, _ = _mentions("處長出缺，由副處長鄧守明代理。", "PERSON")
    assert ("鄧守明", "PERSON") in persons


def test_a_bureaus_short_form_before_its_heads_title_after_a_function_word():
    # 由 is a surname too, but tagged "by" here: 經規 is the bureau's name, not a person's.
    orgs, _ = _mentions("典禮由經規局長王小明主持。", "ORG")
    assert ("經規局", "ORG") in orgs
    # 緊接 is a word of its own: the verb 接運 across its edge is no word of the text.
    orgs, _ = _mentions("議程緊接運規局長陳大文發言。", "ORG")
    assert ("運規局", "ORG") in orgs
    # A surname the segmenter leaves alone still opens a name before the title.
    orgs, _ = _mentions("會議由容志明局長主持。", "ORG")
    assert not any(text.endswith("局") for text, _ in orgs)


def test_a_list_item_between_two_names_is_a_name_whole():
    # A name of no Han surname's shape, between two names set off by 、.
    persons, _ = _mentions("李建華、洛桑次仁、張文強當選為常委。", "PERSON")
    assert ("洛桑次仁", "PERSON") in persons
    assert ("桑次仁", "PERSON") not in persons
    persons, _ = _mentions("陳志明、阿不都‧熱依木、王小明當選為副主席。", "PERSON")
    assert ("阿不都‧熱依木", "PERSON") in persons
    # An item that holds a post before a name is no name whole.
    persons, _ = _mentions("出席者有陳大文、副內長巴差、王小明。", "PERSON")
    assert not any(text.startswith("副") for text, _ in persons)


def test_a_name_after_a_malaysian_honour_runs_on_over_unknown_words():
    persons, _ = _mentions("民興黨副主席拿督林加巴貢出任州副首長。", "PERSON")
    assert ("林加巴貢", "PERSON") in persons
    assert ("巴貢", "PERSON") not in persons
    persons, _ = _mentions("州務大臣拿督阿末查基尤丁今日出席。", "PERSON")
    assert ("阿末查基尤丁", "PERSON") in persons
    # A dictionary word of another kind ends the name: a Chinese name stays three characters.
    persons, _ = _mentions("行政議員拿督黃國華致詞時說。", "PERSON")
    assert ("黃國華", "PERSON") in persons


def test_a_place_word_before_a_title_is_no_name():
    persons, _ = _mentions("沙巴州首長出席開幕。", "PERSON")
    assert persons == []


def test_a_conjunction_before_a_shared_ending_opens_no_bureau():
    orgs, _ = _mentions("他感謝主席李大明的信任和局長陳大文的邀請。", "ORG")
    assert not any(text.endswith("局") for text, _ in orgs)


def test_two_touching_transliterated_names_are_one_name():
    persons, _ = _mentions("反對黨由州議員莫哈末阿茲米領導。", "PERSON")
    assert ("莫哈末阿茲米", "PERSON") in persons


def test_a_term_alone_before_a_boards_ending_is_no_body():
    orgs, _ = _mentions("該會新屆理事會主席李明發致詞。", "ORG")
    assert ("新屆理事會", "ORG") not in orgs


def test_a_transliterated_name_grows_back_over_its_unknown_first_part():
    persons, _ = _mentions("後排左起甘納巴迪勞、陳大文。", "PERSON")
    assert ("甘納巴迪勞", "PERSON") in persons
    # The honour Tun after a title is no part of the name.
    persons, _ = _mentions("儀式由州元首敦莫哈末卡立監誓。", "PERSON")
    assert ("莫哈末卡立", "PERSON") in persons


def test_an_association_short_form_in_xie_before_a_title_is_a_body_but_not_a_word_ending_in_xie():
    orgs, _ = _mentions("香港婦協主席王美玲與新北家協理事長李小明會面。", "ORG")
    assert orgs == [("香港婦協", "ORG"), ("新北家協", "ORG")]
    orgs, _ = _mentions("雙方妥協主席王大同表示滿意。", "ORG")
    assert orgs == []


def test_a_school_year_and_a_kind_of_school_are_no_schools_name():
    orgs, _ = _mentions("台南市99學年度市立國中小學校長交接典禮昨日舉行。", "ORG")
    assert orgs == []
    orgs, _ = _mentions("本學年度東山國小校長陳大文退休。", "ORG")
    assert orgs == [("東山國小", "ORG")]


def test_a_two_character_name_after_a_malaysian_honour_before_a_mark_and_a_party_state_committee():
    persons, _ = _mentions("俱樂部主席拿督拉端、市政廳秘書扎古安出席。", "PERSON")
    assert ("拉端", "PERSON") in persons
    orgs, _ = _mentions("民主黨柔州委會改選成績出爐。", "ORG")
    assert orgs == [("民主黨柔州委會", "ORG")]


def test_a_word_describing_the_holder_before_a_title_is_no_bodys_name():
    orgs, _ = _mentions("政府委任了一位外籍署長麥啟紓接任，他是該處首位女處長。", "ORG")
    assert orgs == []


def test_a_row_and_place_in_a_photograph_after_a_title_is_no_part_of_it():
    titles, _ = _mentions("主禮嘉賓包括陳大文署理署長（前排左六）、李小明校長（後排右三）。", "TITLE")
    assert titles == [("署理署長", "TITLE"), ("校長", "TITLE")]


def test_listed_outlets_and_bureau_short_forms_are_bodies_but_not_inside_everyday_words():
    orgs, _ = _mentions("據文匯網報道，運房局長陳帆昨日出席。", "ORG")
    assert ("文匯網", "ORG") in orgs and ("運房局", "ORG") in orgs
    # 中國報導 is "reports on China", no masthead.
    orgs, _ = _mentions("美國報章對中國報導甚多。", "ORG")
    assert not any(text.startswith("中國報") for text, _ in orgs)


def test_a_constituency_before_a_title_is_no_name_and_and_opens_no_body():
    persons, _ = _mentions("出席者包括望萬區州議員拿督吳俊強。", "PERSON")
    assert ("萬區", "PERSON") not in persons and ("吳俊強", "PERSON") in persons
    persons, _ = _mentions("國會議員拿督古乃光及野新區國會議員李大文出席。", "PERSON")
    assert ("古乃光", "PERSON") in persons


def test_a_group_word_before_a_title_is_no_company():
    orgs, _ = _mentions("一眾副主席鄧錦輝先生、陳植漢先生出席。", "ORG")
    assert orgs == []


def test_a_units_character_repeated_as_its_heads_first_names_the_unit():
    orgs, _ = _mentions("長期照護處處長由衛生局副局長莊素玲陞任。", "ORG")
    assert ("照護處", "ORG") in orgs or ("長期照護處", "ORG") in orgs


def test_a_transliterated_name_joined_by_a_full_width_or_ascii_dot():
    # The shadow writes a full-width ． as "."; a name typed with an ASCII "." is one name too.
    persons, _ = _mentions("副總統瑪麗亞．杜拉蒂出席。", "PERSON")
    assert ("瑪麗亞．杜拉蒂", "PERSON") in persons
    persons, _ = _mentions("總統提名巴萬.瓦旦為考試委員。", "PERSON")
    assert ("巴萬.瓦旦", "PERSON") in persons
    # An ASCII full stop after a word's last character opens no name with it.
    persons, _ = _mentions("同鄉會就職典禮.梁國強：感謝各界支持。", "PERSON")
    assert ("梁國強", "PERSON") in persons and not any("." in p for p, _ in persons)


def test_zong_dongshi_is_one_title():
    titles, _ = _mentions("宮董事會名單：總董事梁國強，副總董事許文龍。", "TITLE")
    assert ("總董事", "TITLE") in titles and ("副總董事", "TITLE") in titles


def test_english_post_words_of_a_bilingual_line_up_are_no_body_and_no_name():
    text = "理事會成員：主席梁國強先生 Mr Kwok Keung Leung, Chairman副主席許文龍博士 Dr Man Lung Hui, ViceChairman司庫趙美芬女士。"
    orgs, _ = _mentions(text, "ORG")
    persons, _ = _mentions(text, "PERSON")
    assert not [o for o, _ in orgs if "Chairman" in o]
    assert not [p for p, _ in persons if "Chairman" in p]


def test_acting_and_time_words_open_no_body_s_name():
    orgs, _ = _mentions("自去年起，梁國強暫任醫學院院長。", "ORG")
    assert orgs == [("醫學院", "ORG")]
    orgs, _ = _mentions("由現時集團投資銀行部門主管許文龍接任。", "ORG")
    assert ("集團投資銀行", "ORG") in orgs
    orgs, _ = _mentions("至於主席一職，梁推薦公司副主席許文龍繼任。", "ORG")
    assert not [o for o, _ in orgs if "推薦" in o]


def test_a_surname_then_a_verb_of_news_is_no_three_character_name():
    persons, _ = _mentions("梁國強其後淡出，梁宣佈辭任主席。", "PERSON")
    assert persons == [("梁國強", "PERSON")]
    persons, _ = _mentions("理事會首長尚包括執行主席許文龍。", "PERSON")
    assert persons == [("許文龍", "PERSON")]


def test_a_bracketed_note_on_the_list_is_no_part_of_the_title_before_it():
    titles, _ = _mentions("新一屆理事（排名不分先後）：梁國強、許文龍、趙美芬。", "TITLE")
    assert titles == [("理事", "TITLE")]


def test_tong_jun_the_scouts_is_no_name():
    persons, _ = _mentions("梁國強上月宣誓就任香港童軍總領袖。", "PERSON")
    assert persons == [("梁國強", "PERSON")]
    persons, _ = _mentions("典禮上，梁國強穿起香港童軍總領袖制服。", "PERSON")
    assert persons == [("梁國強", "PERSON")]


def test_zuo_yesterday_glued_after_a_two_character_name():
    persons, _ = _mentions("縣議會議長梁峻昨表示不意外。", "PERSON")
    assert persons == [("梁峻", "PERSON")]


def test_she_involved_in_glued_after_a_two_character_name():
    persons, _ = _mentions("副市長梁峻涉嚴重違紀，正接受調查。", "PERSON")
    assert persons == [("梁峻", "PERSON")]


def test_he_inside_a_given_name_framed_so_no_conjunction_fits():
    persons, _ = _mentions("基金會主任梁和平及秘書許文龍出席。", "PERSON")
    assert persons == [("梁和平", "PERSON"), ("許文龍", "PERSON")]
    persons, _ = _mentions("會上選出許世和先生為副主席。", "PERSON")
    assert persons == [("許世和", "PERSON")]
    persons, _ = _mentions("副局長趙國和表示歡迎。", "PERSON")
    assert persons == [("趙國和", "PERSON")]


def test_he_before_a_surname_still_joins_two_persons():
    persons, _ = _mentions("會長梁國強和副會長許文龍出席。", "PERSON")
    assert persons == [("梁國強", "PERSON"), ("許文龍", "PERSON")]
    persons, _ = _mentions("局長梁和許先生一同出席。", "PERSON")
    assert ("梁和許", "PERSON") not in persons


def test_a_word_that_is_also_a_full_name_right_after_a_title():
    persons, _ = _mentions("省委書記汪洋，市長許文龍出席。", "PERSON")
    assert persons == [("汪洋", "PERSON"), ("許文龍", "PERSON")]
    persons, _ = _mentions("眼前一片汪洋，許文龍說災情嚴重。", "PERSON")
    assert persons == [("許文龍", "PERSON")]
    persons, _ = _mentions("局長高升，市長許文龍祝福。", "PERSON")
    assert persons == [("許文龍", "PERSON")]


def test_police_and_garrison_bodies_whose_words_the_segmenter_tags_as_verbs():
    orgs, _ = _mentions("東山警察學院黨委書記、副院長梁國強被查。", "ORG")
    assert orgs == [("東山警察學院", "ORG")]
    orgs, _ = _mentions("重慶警備區司令員梁國強出席。", "ORG")
    assert orgs == [("重慶警備區", "ORG")]


def test_he_inside_a_given_name_before_a_verb_of_appointment():
    persons, _ = _mentions("原任區委書記的梁和平調任市委常委。", "PERSON")
    assert persons == [("梁和平", "PERSON")]
    persons, _ = _mentions("梁國強和出任局長的許文龍握手。", "PERSON")
    assert persons == [("梁國強", "PERSON"), ("許文龍", "PERSON")]


def test_bai_of_a_visit_is_no_married_name_s_given_character():
    persons, _ = _mentions("中國僑聯副秘書長梁權拜會同鄉會。", "PERSON")
    assert persons == [("梁權", "PERSON")]


def test_ban_zi_a_leading_group_is_no_name():
    persons, _ = _mentions("多地黨委常委班子成員陸續調整。", "PERSON")
    assert persons == []


def test_a_town_before_the_title_of_its_head_is_a_body():
    orgs, _ = _mentions("東溪鎮副鎮長梁國強致辭。", "ORG")
    assert orgs == [("東溪鎮", "ORG")]
    orgs, _ = _mentions("出席的有該鎮副鎮長梁國強。", "ORG")
    assert orgs == []


def test_yi_xing_the_party_of_a_visitor_follows_a_name():
    persons, _ = _mentions("主席梁國強一行禮訪同鄉會。", "PERSON")
    assert persons == [("梁國強", "PERSON")]


def test_a_short_form_announced_after_a_name_not_found_is_a_body():
    orgs, _ = _mentions("代表團禮訪旅菲各校友會聯合會（以下簡稱“校友聯”）。校友聯主席許文龍致辭。", "ORG")
    assert ("校友聯", "ORG") in orgs
    orgs, _ = _mentions("雙方簽署協議（以下簡稱“協議”）。許文龍致辭。", "ORG")
    assert ("協議", "ORG") not in orgs


def test_a_married_name_read_short_before_he_and_the_next_listed_name():
    persons, _ = _mentions("政府再度委任梁詩韻、龔楊恩慈和許文龍三位為非官守成員。", "PERSON")
    assert ("龔楊恩慈", "PERSON") in persons


def test_a_name_then_a_count_of_persons_is_no_married_name():
    persons, _ = _mentions("梁國強、許文龍和趙明三人當選理事。", "PERSON")
    assert persons == [("梁國強", "PERSON"), ("許文龍", "PERSON"), ("趙明", "PERSON")]
    persons, _ = _mentions("梁國強、許文龍、趙明共三人當選理事。", "PERSON")
    assert ("趙明", "PERSON") in persons
