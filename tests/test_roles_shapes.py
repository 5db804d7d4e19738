"""Roles in the shapes real news writes them: lists, line-ups, compound titles, clause-head
and earlier organisations, hard names, acting and speculative posts, honours.

Every sentence here was written for these tests; the people are invented.
"""

import pytest
from test_roles import _roles

import pipeline

pytestmark = pytest.mark.usefixtures("every_role")


def _persons(doc):
    return [m.text for m in doc.mentions if m.label == "PERSON"]


# -- 1. a title shared by a list of names -------------------------------------------------


def test_title_before_a_list_after_baokuo_goes_to_every_name():
    roles, _ = _roles("出席的香港物流協會理事包括鄭國柱、盧美蘭、祝志明及馬家寶。")
    assert roles == [(name, "理事", "香港物流協會") for name in ("鄭國柱", "盧美蘭", "祝志明", "馬家寶")]


def test_list_before_a_title_with_a_count_word():
    roles, _ = _roles("鄭國柱、盧美蘭和祝志明三名副主席亦有到場。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "副主席"), ("盧美蘭", "副主席"), ("祝志明", "副主席")]


def test_list_then_deng_and_a_status_word_before_the_body_and_its_title():
    roles, doc = _roles("包括鄭國柱、盧美蘭等前東山局局長都有出席。")
    assert roles == [("鄭國柱", "局長", "東山局"), ("盧美蘭", "局長", "東山局")]
    assert all(r.qualifiers == ("前",) for r in doc.roles)


def test_a_title_then_cheng_yuan_then_names_gives_each_name_the_title():
    roles, _ = _roles("會上，董事成員鄭國柱、盧美蘭等三人都有發言。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "董事"), ("盧美蘭", "董事")]


def test_colon_list():
    roles, _ = _roles("委員：鄭國柱、盧美蘭、祝志明。")
    assert [p for p, _, _ in roles] == ["鄭國柱", "盧美蘭", "祝志明"]


def test_list_followed_by_a_second_predicate_gives_each_name_both_roles():
    roles, _ = _roles("裁判官鄭國柱、盧美蘭及祝志明獲委任為區域法院法官。")
    assert ("盧美蘭", "裁判官", "") in roles
    assert [(p, o) for p, t, o in roles if t == "法官"] == [("鄭國柱", "區域法院"), ("盧美蘭", "區域法院"), ("祝志明", "區域法院")]


def test_co_titles_joined_by_ji_go_to_each_name_of_the_list():
    roles, _ = _roles("副總裁暨財務長鄭國柱與盧美蘭出席發布會。")
    assert sorted((p, t) for p, t, _ in roles) == sorted(
        [("鄭國柱", "副總裁"), ("鄭國柱", "財務長"), ("盧美蘭", "副總裁"), ("盧美蘭", "財務長")]
    )


def test_board_line_up_gives_each_name_the_title_before_it():
    roles, _ = _roles("主席鄭國柱，副主席盧美蘭、祝志明，秘書長馬家寶，委員溫子健、鍾麗雯。")
    assert [(p, t) for p, t, _ in roles] == [
        ("鄭國柱", "主席"), ("盧美蘭", "副主席"), ("祝志明", "副主席"), ("馬家寶", "秘書長"),
        ("溫子健", "委員"), ("鍾麗雯", "委員"),
    ]


def test_line_up_carries_the_first_organisation_to_fitting_titles():
    roles, _ = _roles("嶺南大學校長鄭國柱、副校長盧美蘭出席。")
    assert roles == [("鄭國柱", "校長", "嶺南大學"), ("盧美蘭", "副校長", "嶺南大學")]


def test_names_of_a_coordinated_clause_all_take_the_appointment():
    roles, _ = _roles("前教育局副局長鄭國柱、中大教授盧美蘭與會計師祝志明則當選獨立董事。")
    assert [p for p, t, _ in roles if t == "獨立董事"] == ["鄭國柱", "盧美蘭", "祝志明"]


def test_fenbie_pairs_names_and_titles_in_order():
    roles, _ = _roles("鄭國柱、盧美蘭分別連任會長及理事長。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "會長"), ("盧美蘭", "理事長")]


def test_title_then_you_name_danren():
    roles, _ = _roles("秘書長一職則由盧美蘭擔任。")
    assert [(p, t) for p, t, _ in roles] == [("盧美蘭", "秘書長")]


# -- 2. compound titles and titles sharing a character with the body -------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("公司秘書鄭國柱列席會議。", "公司秘書"),
        ("財務主管盧美蘭報告賬目。", "財務主管"),
        ("東區消防局高級消防隊長祝志明到場。", "高級消防隊長"),
        ("該黨幹事長馬家寶表示。", "幹事長"),
        ("集團輪值主席鄭國柱致辭。", "輪值主席"),
    ],
)
def test_compound_heads_are_one_title(text, title):
    roles, _ = _roles(text)
    assert [t for _, t, _ in roles] == [title]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("國發會主任委員鄭國柱表示。", ("鄭國柱", "主任委員", "國發會")),
        ("前立法院長鄭國柱出席。", ("鄭國柱", "院長", "立法院")),
        ("社會處長盧美蘭表示，補助將於下月發放。", ("盧美蘭", "處長", "社會處")),
        ("嘉義市長祝志明視察工地。", ("祝志明", "市長", "嘉義市")),
        ("苗栗縣副縣長馬家寶出席。", ("馬家寶", "副縣長", "苗栗縣")),
    ],
)
def test_compound_and_shared_character_titles(text, expected):
    roles, _ = _roles(text)
    assert roles == [expected]


def test_a_name_before_a_shared_head_is_no_body():
    roles, doc = _roles("鄭國柱署長今日到訪。")
    assert roles == [("鄭國柱", "署長", "")]
    assert not [m for m in doc.mentions if m.label == "ORG"]


def test_a_rank_before_a_shared_head_is_no_body():
    roles, doc = _roles("助理處長盧美蘭表示。")
    assert roles == [("盧美蘭", "助理處長", "")]
    assert not [m for m in doc.mentions if m.label == "ORG"]


# -- 3. the organisation heads the clause, or an earlier sentence names it ------------------


def test_clause_head_organisation_goes_to_every_title_of_the_clause():
    roles, doc = _roles("瑪麗醫院的出席陣容包括院長鄭國柱、副院長盧美蘭。")
    assert roles == [("鄭國柱", "院長", "瑪麗醫院"), ("盧美蘭", "副院長", "瑪麗醫院")]
    assert {r.method for r in doc.roles} == {"clause_org"}


def test_subject_of_the_previous_clause():
    roles, _ = _roles("嶺大亦派出百人參與，新任校長鄭國柱帶隊。")
    assert roles == [("鄭國柱", "校長", "嶺大")]


def test_body_named_in_an_earlier_sentence_with_its_bare_ending():
    roles, doc = _roles("香港測量師公會今晚舉行周年晚宴。公會主席鄭國柱致辭，副主席盧美蘭及委員祝志明出席。")
    assert ("鄭國柱", "主席", "公會") in roles
    bodies = {r.person: r.organization_normalized for r in doc.roles if r.organization}
    assert bodies == {"鄭國柱": "香港測量師公會", "盧美蘭": "香港測量師公會", "祝志明": "香港測量師公會"}
    short = [m for m in doc.mentions if m.label == "ORG" and m.text == "公會"]
    assert short and short[0].normalized == "香港測量師公會"


def test_a_strong_ending_alone_before_a_title_is_a_body_even_with_none_named_before():
    roles, doc = _roles("僑聯主席鄭國柱致辭，疾控中心主任盧美蘭報告疫情。")
    assert ("鄭國柱", "主席", "僑聯") in roles and ("盧美蘭", "主任", "疾控中心") in roles
    assert {m.normalized for m in doc.mentions if m.label == "ORG"} == {"僑聯", "疾控中心"}
    roles, doc = _roles("各協會會長祝志明等出席。")
    assert not any(m.label == "ORG" for m in doc.mentions)


def test_a_count_of_holders_between_a_body_and_their_title_keeps_the_body():
    roles, doc = _roles("業務部3位負責人鄭國柱、盧美蘭、祝志明出席。")
    assert {(p, o) for p, t, o in roles if t == "負責人"} == {("鄭國柱", "業務部"), ("盧美蘭", "業務部"), ("祝志明", "業務部")}
    roles, _ = _roles("東區商會兩位副會長鄭國柱及盧美蘭出席。")
    assert ("鄭國柱", "副會長", "東區商會") in roles and ("盧美蘭", "副會長", "東區商會") in roles


def test_a_body_in_a_names_bracketed_gloss_is_carried_to_no_other_name():
    roles, _ = _roles("政府今日公布委員會新成員，主席鄭國柱（東亞銀行總裁），委員盧美蘭及祝志明。")
    assert ("鄭國柱", "總裁", "東亞銀行") in roles
    assert not any(p in {"盧美蘭", "祝志明"} and o == "東亞銀行" for p, _, o in roles)


def test_a_career_sentence_opened_by_a_date_and_任_is_about_the_biographys_person():
    text = "鄭國柱，男，1950年生於廣東。1970年參加工作，先後任東山縣委書記。1990年6月任廣東省委常委、組織部部長。"
    roles, _ = _roles(text)
    assert ("鄭國柱", "書記", "東山縣委") in roles and ("鄭國柱", "常委", "廣東省委") in roles
    roles, _ = _roles("鄭國柱，男，1950年生於廣東。1990年6月任命盧美蘭為秘書。")
    assert not any(p == "鄭國柱" for p, _, _ in roles)
    roles, _ = _roles("鄭國柱，男，1950年生。此後歷任東山電力公司總經理、西河集團董事長。")
    assert ("鄭國柱", "總經理", "東山電力公司") in roles and ("鄭國柱", "董事長", "西河集團") in roles


def test_a_career_list_goes_on_past_commas_but_an_appointment_does_not():
    roles, _ = _roles("鄭國柱先後任東山縣委組織部副部長，西河區委書記，南山地委副書記等。")
    assert ("鄭國柱", "書記", "西河區委") in roles and ("鄭國柱", "副書記", "南山地委") in roles
    roles, _ = _roles("鄭國柱出任東山區區長，盧美蘭則出任西河區區長。")
    assert ("盧美蘭", "區長", "西河區") in roles and not any(p == "鄭國柱" and o == "西河區" for p, _, o in roles)


def test_a_bodys_short_form_announced_in_brackets_stands_between_it_and_its_title():
    roles, _ = _roles("行政長官委任高等法院法官鄭國柱法官為選舉管理委員會(下稱「選管會」)主席，任期三年。")
    assert ("鄭國柱", "主席", "選舉管理委員會") in roles
    roles, _ = _roles("東區體育總會（以下簡稱：體總）主席盧美蘭致辭。")
    assert ("盧美蘭", "主席", "東區體育總會") in roles


def test_a_body_carried_from_an_earlier_sentence_keeps_the_role_as_its_phrase_writes_it():
    roles, doc = _roles("東山區街坊福利會昨日舉行會員大會。會上，主席鄭國柱宣布新計劃。", phrased=True)
    assert roles == [("鄭國柱", "主席", "東山區街坊福利會"), ("鄭國柱", "主席", "")]
    assert _roles(doc.text)[0] == roles[:1]
    carried, phrased = doc.roles
    assert (carried.method, phrased.method) == ("topic_org", "title")
    assert (phrased.person_start, phrased.title_start, phrased.confidence) == (carried.person_start, carried.title_start, carried.confidence)


def test_a_body_of_the_same_sentence_is_not_doubled():
    roles, _ = _roles("東山區街坊福利會昨日舉行會員大會，主席鄭國柱宣布新計劃。")
    assert roles == [("鄭國柱", "主席", "東山區街坊福利會")]


def test_a_title_does_not_take_a_body_it_does_not_fit():
    roles, _ = _roles("教育局今日公布新措施，區議員鄭國柱批評。")
    assert roles == [("鄭國柱", "區議員", "")]


def test_honours_and_self_contained_posts_take_no_carried_body():
    roles, _ = _roles("香港大學舉行典禮，太平紳士鄭國柱及行政長官盧美蘭出席。")
    assert ("鄭國柱", "太平紳士", "") in roles and ("盧美蘭", "行政長官", "") in roles


# -- 4. organisations that used to be missed ---------------------------------------------------


def test_latin_company_names():
    roles, doc = _roles("Harbour Crest Holdings Limited主席鄭國柱表示，Northwind Supplies Inc.將成為股東。")
    orgs = [m.text for m in doc.mentions if m.label == "ORG"]
    assert orgs == ["Harbour Crest Holdings Limited", "Northwind Supplies Inc."]
    assert roles == [("鄭國柱", "主席", "Harbour Crest Holdings Limited")]


def test_a_latin_word_before_a_title_and_a_chinese_name_is_the_body():
    roles, doc = _roles("Northwind執行長鄭國柱表示，NORTEX Labs 董事盧美蘭亦有出席。")
    assert roles == [("鄭國柱", "執行長", "Northwind"), ("盧美蘭", "董事", "NORTEX Labs")]
    assert "Northwind" not in _persons(doc)


def test_a_latin_name_before_a_title_with_no_name_after_it_stays_a_person():
    roles, doc = _roles("Lucy會長致辭後，Smith主任表示，總裁John Smith主持。")
    assert not [m for m in doc.mentions if m.label == "ORG"]
    assert {"Lucy", "Smith", "John Smith"} <= set(_persons(doc))


def test_the_is_not_a_company():
    doc = pipeline.process_text("他說 The Group 會繼續擴張。")
    assert not [m for m in doc.mentions if m.label == "ORG"]


# -- 5. person names --------------------------------------------------------------------------


def test_married_double_surnames_are_whole_names():
    roles, doc = _roles("委員包括鄭何秀芬、盧陳美蘭、祝黃麗華及馬李淑儀。")
    assert _persons(doc) == ["鄭何秀芬", "盧陳美蘭", "祝黃麗華", "馬李淑儀"]
    assert [p for p, _, _ in roles] == _persons(doc)


def test_married_name_after_a_title():
    roles, _ = _roles("社聯主席黃何淑芬致辭。")
    assert roles == [("黃何淑芬", "主席", "社聯")]


def test_a_function_character_is_no_part_of_a_married_name():
    _, doc = _roles("局長郭文進則表示反對。")
    assert "郭文進則" not in _persons(doc)


def test_one_character_given_name_after_a_title():
    roles, _ = _roles("院長吳華指出，醫院將增設病床。")
    assert roles == [("吳華", "院長", "")]


def test_a_name_glued_to_the_next_verb_is_cut_back():
    roles, doc = _roles("由運輸及物流局局長鄭國柱署任政務司司長。")
    assert "鄭國柱" in _persons(doc)
    assert ("鄭國柱", "局長", "運輸及物流局") in roles


@pytest.mark.parametrize("text", ["安全專家認為金融市場方便向前。", "江門市政府與董事會代表出席馬術比賽。"])
def test_ordinary_words_are_not_persons(text):
    _, doc = _roles(text)
    assert _persons(doc) == []


# -- 6. acting, future, past and speculation --------------------------------------------------


def test_acting_duty_is_no_role():
    roles, _ = _roles("由政務司司長鄭國柱署理行政長官職務。")
    assert roles == [("鄭國柱", "司長", "政務司")]


def test_speculation_gives_no_role():
    roles, _ = _roles("消息指，鄭國柱可能接任保安局局長。")
    assert roles == []
    roles, _ = _roles("據悉盧美蘭有望出任主席。")
    assert roles == []


def test_past_and_leaving_posts_are_roles_with_their_status():
    _, doc = _roles("鄭國柱曾任保安局局長。")
    assert [(r.title, r.organization, r.qualifiers) for r in doc.roles] == [("局長", "保安局", ("曾任",))]
    _, doc = _roles("盧美蘭卸任獨立非執行董事。")
    assert [(r.title_normalized, r.qualifiers) for r in doc.roles] == [("獨立非執行董事", ("卸任",))]


def test_acting_title_keeps_its_qualifier():
    _, doc = _roles("署理教育局長鄭國柱表示。")
    assert [(r.title, r.organization, r.qualifiers) for r in doc.roles] == [("局長", "教育局", ("署理",))]


# -- 7. honours and academic titles ------------------------------------------------------------


def test_honours_have_no_organisation_unless_written():
    roles, _ = _roles("鄭國柱教授、盧美蘭博士及祝志明大律師出席論壇。")
    assert roles == [("鄭國柱", "教授", ""), ("盧美蘭", "博士", ""), ("祝志明", "大律師", "")]
    roles, _ = _roles("理大講座教授馬家寶獲選為院士。")
    assert ("馬家寶", "講座教授", "理大") in roles and ("馬家寶", "院士", "") in roles


# -- confidence ---------------------------------------------------------------------------------


def test_confidence_follows_the_evidence():
    _, doc = _roles("香港測量師公會今晚舉行晚宴。嶺南大學校長鄭國柱致辭，主席盧美蘭及理事祝志明出席。")
    by_person = {r.person: r for r in doc.roles}
    assert by_person["鄭國柱"].method == "org_title"
    assert by_person["鄭國柱"].confidence > by_person["祝志明"].confidence
    orgless = pipeline.process_text("主席鄭國柱致辭。").roles[0]
    honour = pipeline.process_text("太平紳士鄭國柱致辭。").roles[0]
    # A chair of no named body is a coin toss; an honour needs no body.
    assert orgless.confidence < 0.6 and orgless.confidence + 0.3 < honour.confidence


def test_membership_and_occupation_words_give_no_role():
    roles, doc = _roles("射擊選手鄭國柱與理事會成員盧美蘭出席。")
    assert roles == []
    assert [m.normalized for m in doc.mentions if m.label == "TITLE"] == ["選手", "成員"]


# -- 8. appointment verbs, subjectless clauses, lists with gaps, framed names ----------------


def test_rongying_with_the_term_before_the_title():
    roles, _ = _roles("九龍東區工商聯誼會昨日舉行就職禮。鄭國柱榮膺新一屆會長。")
    assert roles == [("鄭國柱", "會長", "九龍東區工商聯誼會")]


@pytest.mark.parametrize("text, expected", [
    ("鄭國柱作為東山人民黨的副主席，他表示支持。", ("鄭國柱", "副主席", "東山人民黨")),
    ("盧美蘭正式接下東山電影節主席一職。", ("盧美蘭", "主席", "東山電影節")),
    ("祝志明此次擔任東山商會會長，率團出訪。", ("祝志明", "會長", "東山商會")),
    ("鄭國柱有過擔任東山區議會議員的經驗。", ("鄭國柱", "議員", "東山區議會")),
])
def test_more_verbs_and_adverbs_of_taking_a_post(text, expected):
    roles, _ = _roles(text)
    assert expected in roles


def test_names_with_their_own_bracketed_posts_take_the_post_written_before_you_and_the_verb():
    roles, _ = _roles("副主席分別由鄭國柱（東山銀行董事）、盧美蘭（西湖公司主席）分別擔任。")
    held = {(p, t) for p, t, _ in roles}
    assert {("鄭國柱", "副主席"), ("盧美蘭", "副主席"), ("鄭國柱", "董事"), ("盧美蘭", "主席")} <= held


def test_a_bracket_after_a_form_of_address_gives_the_name_its_posts():
    roles, _ = _roles("鄭國柱先生（前東山文化中心主席）及盧美蘭女士（西湖商會秘書長）致辭。")
    assert ("鄭國柱", "主席", "東山文化中心") in roles and ("盧美蘭", "秘書長", "西湖商會") in roles


def test_clause_with_no_name_takes_the_sentences_one_person():
    roles, _ = _roles("新任院長鄭國柱早年加入東華醫院，先後擔任過外科部主任及醫務秘書等職務。")
    assert ("鄭國柱", "主任", "外科部") in roles
    assert ("鄭國柱", "醫務秘書") in [(p, t) for p, t, _ in roles]
    # Two people before the clause: whose posts these are is not written.
    roles, _ = _roles("鄭國柱與盧美蘭早年加入東華醫院，先後擔任過外科部主任及醫務秘書等職務。")
    assert roles == []


def test_a_list_goes_on_past_an_item_not_read_as_a_name():
    roles, _ = _roles("委員鄭國柱、百強、盧美蘭及祝志明列席會議。")
    assert [p for p, t, _ in roles if t == "委員"] == ["鄭國柱", "盧美蘭", "祝志明"]


def test_a_name_with_its_own_title_after_it_ends_the_list():
    roles, _ = _roles("縣議會議長鄭國柱及盧美蘭議員未能出席。")
    assert ("鄭國柱", "議長", "縣議會") in roles
    assert [t for p, t, _ in roles if p == "盧美蘭"] == ["議員"]
    # A form of address (醫生) after the last name keeps the list's title.
    roles, _ = _roles("新委任的委員包括鄭國柱、盧美蘭及祝志明醫生。")
    assert [p for p, t, _ in roles if t == "委員"] == ["鄭國柱", "盧美蘭", "祝志明"]


def test_names_whose_given_part_opens_with_a_function_character():
    _, doc = _roles("立法議員吳在權以及鄉長蕭如意、議員王再生、李大文出席。")
    assert _persons(doc) == ["吳在權", "蕭如意", "王再生", "李大文"]
    # Unframed, the same characters are words, not names.
    _, doc = _roles("局長陳在會上表示支持。")
    assert _persons(doc) == []


def test_yu_written_as_the_surname_is_a_surname():
    _, doc = _roles("【記者于郁文/台中報導】縣長于偉民今日出席。會議於今日舉行。")
    assert _persons(doc) == ["于郁文", "于偉民"]


def test_acting_head_written_with_dai():
    roles, _ = _roles("勞工事務局代局長鄭國柱出席記者會。")
    assert roles == [("鄭國柱", "代局長", "勞工事務局")]


# -- 9. bodies bounded by quotation marks or brackets, shared characters ----------------------


def test_a_quoted_body_keeps_the_titles_inside_its_name():
    roles, _ = _roles("政府委任鄭國柱為「前任官員離職後工作諮詢委員會」主席，而兩名新委員為盧美蘭和祝志明。")
    assert ("鄭國柱", "主席", "前任官員離職後工作諮詢委員會") in roles
    assert [(p, o) for p, t, o in roles if t == "委員"] == [("盧美蘭", "前任官員離職後工作諮詢委員會"), ("祝志明", "前任官員離職後工作諮詢委員會")]


def test_the_body_in_brackets_after_a_title():
    roles, _ = _roles("議長鄭國柱牧師（前鎮教會）、書記盧美蘭長老（德和教會）出席。")
    assert ("鄭國柱", "牧師", "前鎮教會") in roles and ("盧美蘭", "長老", "德和教會") in roles
    # A bracket of portfolio words stays part of the title.
    roles, _ = _roles("嶺南大學副校長（研究）鄭國柱出席。")
    assert roles == [("鄭國柱", "副校長（研究）", "嶺南大學")]


def test_a_paper_reporting_is_not_the_body_of_a_member():
    roles, _ = _roles("【本報訊】東網報道，兩名新委員為盧美蘭和祝志明。")
    assert all(o != "東網" for _, _, o in roles)


def test_no_shared_character_when_a_whole_body_ends_before_it():
    roles, _ = _roles("國立嘉義大學校長鄭國柱與街總會長盧美蘭出席。")
    assert ("鄭國柱", "校長", "國立嘉義大學") in roles
    assert ("盧美蘭", "會長", "街總") in roles


def test_association_line_up_after_the_body_is_named():
    roles, _ = _roles("羅省中山會館元旦舉行全體理監事就職典禮。新一屆首長中，主席鄭國柱、副主席盧美蘭連任。")
    assert roles == [("鄭國柱", "主席", "羅省中山會館"), ("盧美蘭", "副主席", "羅省中山會館")]


def test_a_list_with_a_count_before_the_appointment_verb():
    roles, _ = _roles("行政院提名鄭國柱、盧美蘭及祝志明等3人為專任委員。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "專任委員"), ("盧美蘭", "專任委員"), ("祝志明", "專任委員")]
    roles, _ = _roles("鄭國柱先生於 2023 年 7 月 24 日辭任董事會主席。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "董事會主席")]


def test_district_before_its_chief_and_bodies_before_titles_are_no_names():
    roles, doc = _roles("安平區長鄭國柱、海大副校長盧美蘭與文宣組召集人祝志明出席。")
    assert ("鄭國柱", "區長", "安平區") in roles
    assert _persons(doc) == ["鄭國柱", "盧美蘭", "祝志明"]
    _, doc = _roles("他於二零二一年出任局長。")
    assert _persons(doc) == []


def test_two_titles_after_a_name_and_a_term_between_body_and_title():
    roles, _ = _roles("鄭國柱博士太平紳士致辭。")
    assert roles == [("鄭國柱", "博士", ""), ("鄭國柱", "太平紳士", "")]
    roles, _ = _roles("香港潮州商會第十七屆會長盧美蘭致辭。")
    assert roles == [("盧美蘭", "會長", "香港潮州商會")]


def test_organisation_names_stop_at_verbs_counts_and_deictic_words():
    _, doc = _roles("特區政府高度讚揚街坊總會的工作。四所國立大學首任校長鄭國柱出席。")
    orgs = [m.text for m in doc.mentions if m.label == "ORG"]
    assert not any(o.startswith("高度") or o.startswith("讚揚") for o in orgs)
    assert "四所國立大學" not in orgs
    _, doc = _roles("鄭國柱先生於 2023 年 7 月 24 日辭任本公司董事。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == []


def test_gai_ju_before_a_title_is_the_body_named_before():
    roles, doc = _roles("原行政公職局代副局長鄭國柱則獲委任為該局副局長。")
    role = next(r for r in doc.roles if r.title == "副局長")
    assert (role.organization, role.organization_normalized) == ("該局", "行政公職局")
    _, doc = _roles("行政公職局表示，該會議於今日舉行。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["行政公職局"]


def test_gai_and_a_two_character_ending_before_a_title_is_the_body_ending_so():
    # 該中心 is the last body ending in 中心, not the association named between.
    _, doc = _roles("出席者包括僑光文化中心董事長梁家明、華僑總會會長鄭國柱、該中心副董事長盧美蘭。")
    role = next(r for r in doc.roles if r.person == "盧美蘭")
    assert (role.organization, role.organization_normalized) == ("該中心", "僑光文化中心")
    _, doc = _roles("僑光文化中心董事長梁家明表示，該中心地方不大。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["僑光文化中心"]


def test_a_clause_with_no_name_may_name_its_body_in_words_not_found():
    roles, _ = _roles("新任院長鄭國柱早年加入東華醫院，先後擔任過心臟科部主任及醫務秘書等職務，也曾擔任香港醫學會理事長。")
    assert ("鄭國柱", "主任") in [(p, t) for p, t, _ in roles]
    assert ("鄭國柱", "理事長", "香港醫學會") in roles


def test_company_names_with_a_bracketed_part():
    roles, _ = _roles("華星(集團)有限公司總經理鄭國柱及東亞銀行（香港）有限公司總裁盧美蘭出席。")
    assert ("鄭國柱", "總經理", "華星(集團)有限公司") in roles
    assert ("盧美蘭", "總裁", "東亞銀行（香港）有限公司") in roles


def test_idioms_and_numbers_are_no_names():
    _, doc = _roles("今年雙喜臨門，大家開心。司長於二零二五年三月作出批示。")
    assert _persons(doc) == []
    _, doc = _roles("主席范徐麗泰出席。")
    assert _persons(doc) == ["范徐麗泰"]


def test_an_appointment_ends_at_a_comma():
    roles, _ = _roles("該會永遠會長鄭國柱任顧問，會長盧美蘭任團長。")
    assert ("鄭國柱", "顧問") in [(p, t) for p, t, _ in roles]
    assert [t for p, t, _ in roles if p == "鄭國柱"] == ["永遠會長", "顧問"]
    assert ("盧美蘭", "會長") in [(p, t) for p, t, _ in roles]


def test_a_news_outlet_credited_as_source_employs_no_one_but_its_reporter():
    roles, _ = _roles("【大紀元記者鄭國柱台北報導】代理董事長盧美蘭今日表示。")
    assert ("盧美蘭", "代理董事長", "") in roles
    assert ("鄭國柱", "記者", "大紀元") in roles


def test_a_branch_chief_belongs_to_a_branch():
    roles, _ = _roles("民政局今日舉行活動，第四分局長鄭國柱出席。")
    assert [(t, o) for p, t, o in roles if p == "鄭國柱"] == [("分局長", "第四分局")]  # a numbered branch, not 民政局


def test_a_body_before_its_term_and_title_after_an_election():
    roles, _ = _roles("九龍各區工商聯今年舉行選舉大會，鄭國柱獲會董一致通過，推選擔任九龍各區工商聯第十七屆會長。")
    assert ("鄭國柱", "會長", "九龍各區工商聯") in roles


def test_a_rank_between_a_body_and_a_title_is_the_titles_and_district_councillors():
    roles, _ = _roles("教育局總學校發展主任鄭國柱、中西區區議員盧美蘭出席。")
    assert ("鄭國柱", "總學校發展主任", "教育局") in roles
    assert ("盧美蘭", "區議員", "中西區") in roles


def test_a_title_before_and_a_cue_after_frame_a_name_with_a_function_character():
    _, doc = _roles("協調部副部長高其興出席。澳門婦女會聯合總會會長賀定一致辭。")
    assert _persons(doc) == ["高其興", "賀定一"]
    assert ("賀定一", "會長", "澳門婦女會聯合總會") in [(r.person, r.title, r.organization) for r in doc.roles]


def test_gai_hui_is_the_body_the_article_is_about():
    _, doc = _roles("九龍南海同鄉會昨晚舉辦就職典禮。全國政協委員澳門立法會議員該會會長鄭國柱等嘉賓出席。")
    role = next(r for r in doc.roles if r.title == "會長")
    assert (role.person, role.organization, role.organization_normalized) == ("鄭國柱", "該會", "九龍南海同鄉會")
    assert [r.title for r in doc.roles] == ["委員", "議員", "會長"]


def test_a_career_clause_after_a_speaker_belongs_to_the_one_other_person():
    roles, _ = _roles("鄭國柱表示，盧美蘭歷練完整，公職生涯長達40年，曾任縣府主計處副處長及參議等職務。")
    assert ("盧美蘭", "副處長", "縣府主計處") in roles and ("盧美蘭", "參議") in [(p, t) for p, t, _ in roles]
    assert all(p == "盧美蘭" for p, _, _ in roles)


def test_an_appointment_verb_before_a_name_stays_whole():
    _, doc = _roles("民政事務局局長委任何志明、林小紅為委員。")
    assert _persons(doc) == ["何志明", "林小紅"]


def test_fu_zong_and_a_reporter_credited_with_a_slash():
    roles, _ = _roles("中鋼行政副總鄭國柱出席。(新聞來源:工商時報記者/盧美蘭)")
    assert ("鄭國柱", "行政副總", "中鋼") in roles
    assert ("盧美蘭", "記者", "工商時報") in roles


def test_titles_in_a_names_own_bracket_go_to_that_name_with_their_bodies():
    roles, _ = _roles("出席者包括鄭國柱(台大醫學院內科教授、台大醫院主治醫師)、盧美蘭(海洋大學副校長)。")
    assert roles == [
        ("鄭國柱", "教授", "台大醫學院"), ("鄭國柱", "主治醫師", "台大醫院"), ("盧美蘭", "副校長", "海洋大學"),
    ]


def test_a_bracket_with_no_title_gives_no_role():
    roles, _ = _roles("鄭國柱（右）與盧美蘭（民建聯）握手。")
    assert roles == []


def test_a_body_right_before_a_name_and_a_title_after_it_that_fits():
    roles, _ = _roles("中聯辦鄭國柱副主任、民建聯盧美蘭主席出席。")
    assert roles == [("鄭國柱", "副主任", "中聯辦"), ("盧美蘭", "主席", "民建聯")]


def test_a_pronoun_opening_a_sentence_stands_for_the_person_before():
    roles, _ = _roles("盧美蘭擁有法律學位。她於2010年入職海事局，2021年出任海事局副局長。")
    assert roles == [("盧美蘭", "副局長", "海事局")]


def test_a_pronoun_after_a_sentence_about_two_people_gives_no_role():
    roles, _ = _roles("鄭國柱與盧美蘭昨日會面。她於2021年出任海事局副局長。")
    assert roles == []


def test_a_lone_surname_and_a_body_between_zai_and_the_verb():
    _, doc = _roles("鄭國柱曾任經濟部部長。鄭也曾在台中地方法院擔任法官。")
    judge = next(r for r in doc.roles if r.title == "法官")
    assert (judge.person, judge.organization, judge.qualifiers) == ("鄭國柱", "台中地方法院", ("曾任",))
    assert doc.text[judge.person_start:judge.person_end] == "鄭國柱"


def test_the_person_opening_a_sentence_is_the_subject_of_its_career_clauses():
    roles, _ = _roles("鄭國柱出身商人家庭，父親鄭大海為首任台中市長，鄭國柱後來從政，當選市議員並擔任台中市議會議長。")
    assert ("鄭大海", "市長", "台中市") in roles
    assert ("鄭國柱", "議長", "台中市議會") in roles


def test_a_name_after_de_holds_the_title_a_verb_of_holding_introduced():
    roles, _ = _roles("原本擔任足總主席的鄭國柱今年成為會長。")
    assert ("鄭國柱", "主席", "足總") in roles
    assert roles[-1][:2] == ("鄭國柱", "會長")


def test_a_list_heading_gives_its_title_to_the_name_of_each_line():
    text = "基金會公布新一屆董事名單如下：\n港島區議員鄭國柱\n會計師盧美蘭\n其他成員：\n律師祝志明\n\n另外，盧美蘭將出任司庫。\n馬家寶出席。"
    roles, _ = _roles(text)
    assert [p for p, t, _ in roles if t == "董事"] == ["鄭國柱", "盧美蘭", "祝志明"]
    assert ("鄭國柱", "區議員") in [(p, t) for p, t, _ in roles]


def test_a_government_body_naming_people_to_another_body_is_not_theirs():
    roles, _ = _roles("行政院今天提名文化委員會委員人選，現任委員鄭國柱為主委、盧美蘭為副主委。")
    assert roles == [("鄭國柱", "委員", "文化委員會"), ("鄭國柱", "主委", "文化委員會"), ("盧美蘭", "副主委", "文化委員會")]


def test_a_company_nominating_its_own_directors_keeps_them():
    roles, _ = _roles("德信銀行宣布，已提名會計師盧美蘭為獨立非執行董事。")
    assert ("盧美蘭", "獨立非執行董事", "德信銀行") in roles


def test_a_longer_body_ending_shares_its_last_character_with_the_title():
    roles, _ = _roles("台中醫學院長鄭國柱、南投同鄉會聯合總會長盧美蘭出席。")
    assert roles == [("鄭國柱", "院長", "台中醫學院"), ("盧美蘭", "會長", "南投同鄉會聯合總會")]


def test_a_single_hui_after_a_whole_body_stays_the_titles():
    roles, _ = _roles("香港青年聯盟會長鄭國柱出席。")
    assert roles == [("鄭國柱", "會長", "香港青年聯盟")]


def test_by_agent_after_a_vacancy_with_a_time_before_the_verb():
    roles, _ = _roles("民政處處長的空缺，就由教育局副秘書長鄭國柱，在十月四日接任。")
    assert ("鄭國柱", "處長", "民政處") in roles and ("鄭國柱", "副秘書長", "教育局") in roles


def test_no_longer_holding_a_post_is_a_post_left():
    _, doc = _roles("鄭國柱不再擔任工聯會副理事長。")
    assert [(r.person, r.title, r.organization, r.qualifiers[0]) for r in doc.roles] == [("鄭國柱", "副理事長", "工聯會", "卸任")]


def test_a_branch_a_division_and_a_task_force_before_their_titles_are_bodies():
    roles, _ = _roles("中國銀行澳門分行副行長鄭國柱、社工局家庭及社區服務廳長盧美蘭、土地供應專責小組主席祝志明出席。")
    assert roles == [
        ("鄭國柱", "副行長", "中國銀行澳門分行"), ("盧美蘭", "廳長", "社工局家庭及社區服務廳"), ("祝志明", "主席", "土地供應專責小組"),
    ]


def test_an_acting_modifier_between_a_body_and_its_shared_title_is_the_titles():
    _, doc = _roles("海關稽查廳代廳長鄭國柱出席。")
    assert not [m.text for m in doc.mentions if m.label == "ORG" and m.text.endswith("代廳")]
    assert [m.text for m in doc.mentions if m.label == "TITLE"] == ["代廳長"]


def test_names_listed_after_a_set_title_hold_it():
    text = "行政會議今日公布名單。其餘12名非官守議員中，5人是新加入，分別是大學校董會主席鄭國柱、銀行前總裁盧美蘭及曾任馬家寶助理的祝志明。"
    roles, _ = _roles(text)
    members = [p for p, t, o in roles if t == "非官守議員"]
    assert members == ["鄭國柱", "盧美蘭", "祝志明"]  # not 馬家寶, named inside a phrase
    assert {o for p, t, o in roles if t == "非官守議員"} == {"行政會議"}


def test_an_appointment_ends_at_a_comma_before_a_new_body():
    roles, _ = _roles("鄭國柱、盧美蘭亦連任副會長，工聯會秘書長祝志明則新當選成為理事。")
    assert ("鄭國柱", "秘書長") not in [(p, t) for p, t, _ in roles]
    assert ("祝志明", "秘書長", "工聯會") in roles


def test_bodies_joined_before_a_title_share_it():
    roles, _ = _roles("鄭國柱曾先後任北區醫院及青山醫院院長。")
    assert [(p, t, o) for p, t, o in roles] == [("鄭國柱", "院長", "青山醫院"), ("鄭國柱", "院長", "北區醫院")]


def test_an_appointment_verb_after_a_form_of_address():
    roles, _ = _roles("鄭國柱醫生獲委任為北區醫院院長。")
    assert ("鄭國柱", "院長", "北區醫院") in roles


def test_a_duty_phrase_with_de_between_the_verb_and_the_title():
    roles, _ = _roles("工程學院講座教授鄭國柱獲委任為負責環球事務的副校長。")
    assert ("鄭國柱", "副校長") in [(p, t) for p, t, _ in roles]


def test_dao_a_body_then_the_verb_and_an_inner_body():
    roles, _ = _roles("盧美蘭之前到海洋大學擔任社科院院長。")
    assert ("盧美蘭", "院長", "社科院") in roles


def test_votes_between_the_name_and_the_verb():
    roles, _ = _roles("鄭國柱以最高票當選第14屆台北市議會議長，盧美蘭以38票連任副議長。")
    assert ("鄭國柱", "議長", "台北市議會") in roles
    assert ("盧美蘭", "副議長") in [(p, t) for p, t, _ in roles]


def test_a_name_after_a_known_body_and_before_a_delimiter():
    _, doc = _roles("出席的立法會議員包括保險界鄭國柱、工聯會祝志明及民建聯盧美蘭。")
    assert _persons(doc) == ["鄭國柱", "祝志明", "盧美蘭"]


def test_a_status_word_after_the_list_comma_keeps_the_chain():
    roles, _ = _roles("前財政部長、現任海洋大學校長鄭國柱昨日辭世。")
    assert roles == [("鄭國柱", "部長", "財政部"), ("鄭國柱", "校長", "海洋大學")]


def test_jian_and_unknown_words_before_a_title_keep_the_chain():
    roles, _ = _roles("典禮由海洋大學校長兼校務議庭主席鄭國柱主持。")
    assert ("鄭國柱", "校長", "海洋大學") in roles and ("鄭國柱", "主席") in [(p, t) for p, t, _ in roles]


def test_an_ending_that_closes_a_title_head_is_not_a_bodys():
    roles, _ = _roles("駐港部隊副政委鄭國柱出席。")
    assert roles == [("鄭國柱", "副政委", "駐港部隊")]


def test_a_bare_doctor_after_a_name_is_a_form_of_address_not_a_post():
    roles, _ = _roles("鄭國柱醫生出席，顧問醫生盧美蘭亦有到場。")
    assert roles == [("盧美蘭", "顧問醫生", "")]


def test_zheng_after_a_name_closes_the_name_not_ranks_the_title():
    _, doc = _roles("副議長林宗正牧師出席。")
    assert _persons(doc) == ["林宗正"]


def test_a_married_name_gives_up_a_last_character_that_opens_a_word():
    _, doc = _roles("轉授予委員會主席梁惠敏作出下列行為的權限。政務司司長陳方安生出席。")
    assert _persons(doc) == ["梁惠敏", "陳方安生"]


def test_a_counted_title_then_baokuo_gives_each_listed_name_the_title_and_its_body():
    roles, _ = _roles("新成員包括馬家寶，以及3名立法會議員，包括保險界鄭國柱、工聯會祝志明及民建聯盧美蘭。")
    assert [(p, o) for p, t, o in roles if t == "議員"] == [("鄭國柱", "立法會"), ("祝志明", "立法會"), ("盧美蘭", "立法會")]


def test_a_title_introduced_by_wei_reaches_the_name_after_another_body_and_title():
    roles, _ = _roles("南海同鄉會昨日舉行就職典禮。新一屆會長為全國政協常委鄭國柱。")
    assert ("鄭國柱", "常委", "全國政協") in roles
    assert ("鄭國柱", "會長") in [(p, t) for p, t, _ in roles]


def test_business_words_used_as_nouns_or_verbs_are_no_company():
    _, doc = _roles("兩地推動京港科技交流，把香港建設成為創科中心。瑞晟科技今日公布業績。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["瑞晟科技"]


def test_a_vice_president_is_not_carried_to_a_department():
    roles, _ = _roles("化學系講座教授鄭國柱獲委任為負責創新的暫任副校長。")
    assert ("鄭國柱", "講座教授", "化學系") in roles
    assert [o for p, t, o in roles if t.endswith("副校長")] == [""]


def test_zheng_fu_titles_pair_two_names_and_a_county_heading_its_line_is_the_polity():
    text = "各縣市議長名單如下。\n\n南投縣：國民黨鄭國柱、盧美蘭兩人順利連任正副議長。\n\n新竹市：祝志明以20票當選議長。\n"
    _, doc = _roles(text)
    assert [(r.person, r.title, r.organization) for r in doc.roles] == [
        ("鄭國柱", "議長", "南投縣"), ("盧美蘭", "副議長", "南投縣"), ("祝志明", "議長", "新竹市"),
    ]
    assert all(doc.text[r.title_start:r.title_end] == r.title for r in doc.roles)


def test_a_photo_position_between_the_name_and_the_verb():
    roles, _ = _roles("盧美蘭(右)接任田徑協會理事長。")
    assert roles == [("盧美蘭", "理事長", "田徑協會")]


def test_a_body_deep_in_an_earlier_sentence_carries_only_a_few_sentences():
    text = ("昨日活動由市民代表主持，另有南海同鄉會代表出席。天氣晴朗。會場佈置簡單。節目共有三項。"
            "來賓亦多。主席鄭國柱致辭。")
    roles, _ = _roles(text)
    assert roles == [("鄭國柱", "主席", "")]


def test_a_name_before_a_slash_credit_or_a_titled_bracket_is_a_name():
    _, doc = _roles("〔記者唐在馨/台中報導〕到場的有鄭國柱(台大醫學院教授)。")
    assert _persons(doc) == ["唐在馨", "鄭國柱"]
    assert ("鄭國柱", "教授", "台大醫學院") in [(r.person, r.title, r.organization) for r in doc.roles]


def test_a_pronoun_opening_a_later_clause_is_the_speaker():
    _, doc = _roles("鄭國柱表示，他曾任教育局局長。鄭國柱與盧美蘭會面，他曾任保安局局長。")
    assert [(r.person, r.title, r.organization, r.qualifiers) for r in doc.roles] == [("鄭國柱", "局長", "教育局", ("曾任",))]


def test_a_married_name_with_evidence_stands_whole():
    roles, doc = _roles("行政長官委任何美玲和梁陳淑芬為委員。")
    assert _persons(doc) == ["何美玲", "梁陳淑芬"]
    assert [p for p, t, _ in roles if t == "委員"] == ["何美玲", "梁陳淑芬"]


def test_a_counted_item_word_goes_on_with_the_list_and_a_measure_word_opens_no_name():
    roles, doc = _roles("其餘委員為鄭國柱、盧美蘭、以及3位新成員祝志明、馬家寶。")
    assert [p for p, t, _ in roles if t == "委員"] == ["鄭國柱", "盧美蘭", "祝志明", "馬家寶"]
    assert "位新" not in _persons(doc)


def test_a_time_word_or_adverb_between_a_titled_name_and_its_verb():
    roles, doc = _roles("彰化市長鄭其嵐今（8）日出席典禮。")
    assert roles == [("鄭其嵐", "市長", "彰化市")]
    roles, doc = _roles("北城交響樂團音樂總監薩瓦特將於明年卸任。")
    assert _persons(doc) == ["薩瓦特"]
    assert roles == [("薩瓦特", "音樂總監", "北城交響樂團")]


def test_a_county_head_glued_to_the_surname_after_it_is_still_the_head():
    # jieba may cut 縣長林… as 縣|長林|…; the title is still 縣長 of the county.
    roles, _ = _roles("宜蘭縣長林慧貞表示支持。")
    assert roles == [("林慧貞", "縣長", "宜蘭縣")]
    roles, doc = _roles("台中市長期推動公共運輸。")
    assert roles == [] and _persons(doc) == []


def test_yu_written_as_a_name_character_in_traditional_text():
    roles, doc = _roles("書院副院長（學術）林于嵐出席。")
    assert _persons(doc) == ["林于嵐"]
    _, doc = _roles("該會於今日成立，陳於今日出席。")
    assert _persons(doc) == []


def test_a_later_clause_joining_a_body_to_serve_is_the_sentence_persons():
    roles, _ = _roles("鄭國柱早年任職於北海銀行，其後加入南山銀行擔任董事總經理。")
    assert ("鄭國柱", "董事總經理", "南山銀行") in roles


def test_a_latin_name_after_a_title_and_a_space():
    roles, doc = _roles("Northwind Holdings Limited 行政總裁 Peter Lawson 表示滿意。")
    assert _persons(doc) == ["Peter Lawson"]
    assert roles == [("Peter Lawson", "行政總裁", "Northwind Holdings Limited")]


def test_the_head_of_a_branch_or_unit_is_its_branch_head():
    roles, _ = _roles("東港分局長鄭國柱今日交接。")
    assert roles == [("鄭國柱", "分局長", "東港分局")]
    roles, _ = _roles("運輸署長盧美蘭出席。")
    assert roles == [("盧美蘭", "署長", "運輸署")]


def test_overseas_community_posts_name_their_own_body():
    roles, _ = _roles("北灣同鄉會今日舉行年會，僑務顧問鄭國柱及僑務促進委員盧美蘭出席。")
    assert ("鄭國柱", "僑務顧問", "") in roles and ("盧美蘭", "僑務促進委員", "") in roles


def test_taiwan_committee_conveners_and_association_officers():
    roles, _ = _roles("交通委員會召委鄭國柱主持會議，總務盧美蘭及副總務祝志明列席。")
    assert roles[0] == ("鄭國柱", "召委", "交通委員會")
    assert [(p, t) for p, t, _ in roles[1:]] == [("盧美蘭", "總務"), ("祝志明", "副總務")]


def test_the_body_opening_the_titles_clause_beats_the_sentence_opener():
    roles, _ = _roles("應北區商會邀請，南區商會派出會長鄭國柱、副會長盧美蘭等赴會。")
    assert roles == [("鄭國柱", "會長", "南區商會"), ("盧美蘭", "副會長", "南區商會")]


def test_a_universitys_faculty_is_no_body_for_a_vice_chancellor():
    roles, _ = _roles("北城大學今日公布人事任命。北城大學醫學院講座教授鄭國柱獲委任為副校長。")
    assert ("鄭國柱", "副校長", "北城大學") in roles


def test_a_line_up_after_a_clause_opening_body_keeps_that_body():
    roles, _ = _roles("應北區商會邀請，南區商會派出理事長鄭國柱，副理事長盧美蘭、祝志明，常務理事馬家寶等赴會。")
    assert {o for _, _, o in roles} == {"南區商會"} and len(roles) == 4


def test_bodies_each_before_a_name_under_a_title():
    roles, _ = _roles("本學期共有3位新任校長，名單為東山國小陳志明、西湖國中林美玲。")
    assert [(p, o) for p, _, o in roles] == [("陳志明", "東山國小"), ("林美玲", "西湖國中")]
    assert all(t.endswith("校長") for _, t, _ in roles)


def test_a_judge_or_priest_addressed_by_the_post_is_appointed_to_another():
    roles, _ = _roles("任命鄭國柱法官出任中級法院院長。")
    assert ("鄭國柱", "院長", "中級法院") in roles
    roles, _ = _roles("盧美蘭神父出任北角聖猶達堂區主任司鐸。")
    assert ("盧美蘭", "主任司鐸", "北角聖猶達堂區") in roles


def test_a_status_word_before_a_body_is_not_the_bodys_name():
    roles, _ = _roles("現職高等法院上訴法庭法官鄭國柱退休。")
    assert roles == [("鄭國柱", "法官", "高等法院上訴法庭")]


def test_a_post_filled_by_a_deputy_keeps_the_deputys_own_post():
    roles, _ = _roles("民政處長由副處長鄭國柱出任。")
    assert ("鄭國柱", "處長", "民政處") in roles
    assert ("鄭國柱", "副處長", "民政處") in roles


def test_a_district_office_head_is_its_district_head():
    roles, _ = _roles("中西區公所區長鄭國柱出席。")
    assert roles == [("鄭國柱", "區長", "中西區公所")]


def test_a_department_head_named_between_bureau_and_title():
    roles, _ = _roles("出席的還有社工局鄭國柱副局長、衛生局盧美蘭廳長及法務局祝志明處長。")
    assert roles == [("鄭國柱", "副局長", "社工局"), ("盧美蘭", "廳長", "衛生局"), ("祝志明", "處長", "法務局")]


def test_a_post_filled_by_a_list_of_names_goes_to_each():
    roles, _ = _roles("副會長由陳大文、湯志強、馬家寶出任。")
    assert [p for p, t, _ in roles if t == "副會長"] == ["陳大文", "湯志強", "馬家寶"]


def test_married_names_go_on_with_a_list():
    roles, doc = _roles("港區全國政協委員鄭國柱、盧美蘭、朱李月華等出席。")
    assert [p for p, t, _ in roles] == ["鄭國柱", "盧美蘭", "朱李月華"]


def test_a_bracketed_other_name_does_not_end_a_list():
    roles, _ = _roles("委員包括鄭國柱、吳志強(吳雨)、伍美玲和楊國華。")
    assert [p for p, _, _ in roles] == ["鄭國柱", "吳志強", "伍美玲", "楊國華"]


def test_a_bureau_that_announces_appointments_is_not_the_appointees_body():
    text = "政府委任鄭國柱為海港盛事委員會主席。文化體育及旅遊局昨(17日)公布，委任鄭國柱為海港盛事委員會主席。另有委員包括盧美蘭及祝志明。"
    roles, _ = _roles(text)
    assert ("盧美蘭", "委員", "海港盛事委員會") in roles


def test_a_title_then_de_you_lists_its_holders():
    roles, _ = _roles("當選理事的有三位：鄭國柱、盧美蘭、祝志明；候補理事的有：馬家寶。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "理事"), ("盧美蘭", "理事"), ("祝志明", "理事"), ("馬家寶", "候補理事")]


def test_a_bureau_ending_glued_to_the_titles_rank_still_ends_the_bureau():
    roles, _ = _roles("中聯辦協調部副部長鄭國柱出席。")
    assert roles == [("鄭國柱", "副部長", "中聯辦協調部")]


def test_a_rank_that_is_also_a_title_composes_with_a_head_opening_with_a_surname():
    roles, _ = _roles("海關助理關長盧美蘭出席。")
    assert roles == [("盧美蘭", "助理關長", "海關")]


def test_a_members_meeting_is_no_body():
    _, doc = _roles("北區商會昨日舉行會員大會，該會會長鄭國柱致辭。")
    assert "會員大會" not in [m.text for m in doc.mentions if m.label == "ORG"]
    assert [(r.person, r.title, r.organization_normalized) for r in doc.roles] == [("鄭國柱", "會長", "北區商會")]


def test_a_bracketed_body_after_a_title_may_end_in_a_weak_ending():
    roles, _ = _roles("堂會長執：鄭國柱執事（全完堂）、盧美蘭執事（國語堂）。")
    assert roles == [("鄭國柱", "執事", "全完堂"), ("盧美蘭", "執事", "國語堂")]


def test_a_time_word_before_the_verb_still_lets_the_rules_see_the_verb():
    _, doc = _roles("會上，陳志強今日表示支持。")
    assert [(m.text, m.method) for m in doc.mentions if m.label == "PERSON"] == [("陳志強", "pattern")]


def test_titles_listed_before_fenbie_you_go_to_the_names_in_order():
    roles, _ = _roles("新一屆理監事選出後，主委、副主委則分別由鄭國柱、盧美蘭當選。")
    assert roles == [("鄭國柱", "主委", ""), ("盧美蘭", "副主委", "")]


def test_titles_listed_before_you_without_fenbie_go_to_every_name():
    roles, _ = _roles("主委、副主委由鄭國柱擔任。")
    assert roles == [("鄭國柱", "主委", ""), ("鄭國柱", "副主委", "")]


def test_two_names_fenbie_taking_zhengfu_title_split_it():
    roles, _ = _roles("鄭國柱和盧美蘭分別就任正副會長。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "會長"), ("盧美蘭", "副會長")]


def test_resigning_from_the_issuer_in_a_company_notice_is_a_left_post():
    _, doc = _roles("鄭國柱先生於2024年5月3日辭任本公司非執行董事。")
    assert [(r.person, r.title, r.organization, r.qualifiers) for r in doc.roles] == [("鄭國柱", "非執行董事", "", ("辭任",))]


def test_a_representative_posted_abroad_is_a_post_without_the_place_as_body():
    roles, _ = _roles("台灣駐紐西蘭代表鄭國柱到場。盧美蘭代表商會致辭。")
    assert roles == [("鄭國柱", "代表", "")]


@pytest.mark.parametrize("title", ["督察長", "技正", "正工程司", "專門委員", "學生事務長", "助理入境事務主任", "總民航事務主任", "私人助理"])
def test_civil_service_and_police_grades_are_whole_titles(title):
    roles, _ = _roles(f"會上，{title}鄭國柱致辭。")
    assert roles == [("鄭國柱", title, "")]


def test_a_school_ending_jieba_hardly_knows_stays_whole_before_a_name():
    roles, _ = _roles("新任校長名單如下：東山國小林美玲、西湖國中張淑芬。")
    assert roles == [("林美玲", "校長", "東山國小"), ("張淑芬", "校長", "西湖國中")]


def test_gai_hui_refers_to_the_body_named_earlier_in_its_sentence_not_the_visitors():
    _, doc = _roles("北區廠商會會長鄭國柱一行到訪南區商會，受到該會理事長盧美蘭接待。")
    assert ("盧美蘭", "理事長", "南區商會") in [(r.person, r.title, r.organization_normalized) for r in doc.roles]


def test_fenren_gives_the_first_name_the_first_title_and_the_rest_the_last():
    roles, _ = _roles("大會選出鄭國柱為主席；盧美蘭、祝志明、馬家寶分任理事長和副理事長。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "主席"), ("盧美蘭", "理事長"), ("祝志明", "副理事長"), ("馬家寶", "副理事長")]


def test_a_name_opening_a_list_before_a_found_name_is_a_person():
    _, doc = _roles("大會選出鄭國柱為主席；梁健行、李冰分任監事長和監事。")
    assert "梁健行" in [m.text for m in doc.mentions if m.label == "PERSON"]


def test_a_presentation_form_colon_introduces_a_list_like_a_colon():
    roles, _ = _roles("候補監事︰鄭國柱、盧美蘭。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "候補監事"), ("盧美蘭", "候補監事")]


def test_a_board_named_by_its_members_title_gives_the_listed_names_that_title():
    roles, _ = _roles("北區商會今日舉行就職典禮。理事會當選名單︰鄭國柱、盧美蘭。監事會成員：祝志明。")
    assert roles == [("鄭國柱", "理事", "北區商會"), ("盧美蘭", "理事", "北區商會"), ("祝志明", "監事", "北區商會")]


def test_a_board_list_ends_at_the_first_item_that_is_not_a_name():
    roles, _ = _roles("理事會當選名單︰鄭國柱、盧美蘭。會上秘書長祝志明致辭。")
    assert ("祝志明", "理事", "") not in roles


def test_a_one_character_verb_inside_a_federation_name_stays_in_the_name():
    _, doc = _roles("菲華商聯總會昨日舉行大會。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["菲華商聯總會"]


def test_a_charity_boards_zongli_take_the_board_and_a_premier_keeps_the_cabinet():
    roles, _ = _roles("出席之博愛醫院董事局成員包括鄭國柱主席、盧美蘭總理、祝志明總理。國務院總理馬家寶出席。")
    assert ("盧美蘭", "總理", "博愛醫院董事局") in roles and ("祝志明", "總理", "博愛醫院董事局") in roles
    assert ("馬家寶", "總理", "國務院") in roles


def test_names_set_apart_by_spaces_in_a_byline_are_all_reporters():
    roles, _ = _roles("東方報記者 鄭國柱 盧美蘭 祝志明")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "記者"), ("盧美蘭", "記者"), ("祝志明", "記者")]


def test_a_byline_title_before_a_slash_introduces_the_names_after_it():
    roles, _ = _roles("記者/鄭國柱 盧美蘭 編輯/祝志明")
    assert ("盧美蘭", "編輯", "") not in roles
    assert ("祝志明", "編輯", "") in roles


def test_a_function_word_surname_glued_before_a_listed_name_is_left_out():
    roles, _ = _roles("鄭國柱當選會長，副會長由黎文傑、祝志明出任。")
    assert ("黎文傑", "副會長", "") in roles
    assert not any(p.startswith("由") for p, _, _ in roles)


def test_xi_is_a_surname():
    _, doc = _roles("國家主席習國強今日出席。")
    assert _persons(doc) == ["習國強"]


def test_church_elders_after_a_presbytery_are_not_split_by_a_surname_reading():
    _, doc = _roles("邀請兩位中布中會長老出席。")
    assert "會長" not in [m.text for m in doc.mentions if m.label == "TITLE"]


def test_a_department_head_is_the_departments_zhuren():
    roles, _ = _roles("國立南山大學資訊工程學系主任鄭國柱出席。")
    assert roles == [("鄭國柱", "主任", "國立南山大學資訊工程學系")]
    roles, _ = _roles("国立南山大学资讯工程学系主任郑国柱出席。")  # the same in simplified characters
    assert roles == [("郑国柱", "主任", "国立南山大学资讯工程学系")]


def test_a_departments_last_character_repeated_opens_the_title():
    roles, _ = _roles("鄭國柱曾任南山大學建築系系主任。")
    assert [(p, t, o) for p, t, o in roles] == [("鄭國柱", "系主任", "南山大學建築系")]


def test_a_title_then_its_elected_list_after_dangxuanren_wei():
    roles, _ = _roles("大會昨日改選。候補理事當選人為鄭國柱、盧美蘭、祝志明。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "候補理事"), ("盧美蘭", "候補理事"), ("祝志明", "候補理事")]


def test_a_title_then_mingdan_baokuo_and_a_colon_lists_its_holders():
    roles, _ = _roles("第五屆副會長名單包括：鄭國柱、盧美蘭 、祝志明。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "副會長"), ("盧美蘭", "副會長"), ("祝志明", "副會長")]


def test_chanlian_is_an_appointment_verb():
    roles, _ = _roles("南山校友會理事會成立，鄭國柱蟬聯理事長。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "理事長")]


def test_an_unknown_body_between_two_titles_of_a_chain_keeps_the_chain():
    roles, _ = _roles("全國人大代表、立法會議員、青進協創會會長鄭國柱出席。")
    assert ("鄭國柱", "代表", "全國人大") in roles and ("鄭國柱", "議員", "立法會") in roles
    assert [t for p, t, _ in roles if p == "鄭國柱"] == ["代表", "議員", "創會會長"]


def test_a_chamber_or_congress_has_no_huizhang():
    roles, _ = _roles("全國人大代表鄭國柱，會長盧美蘭出席。")
    assert ("盧美蘭", "會長", "全國人大") not in roles


def test_a_meetings_presidium_is_no_body():
    roles, _ = _roles("會員大會主席團主席鄭國柱、理事長盧美蘭致辭。")
    assert all(o == "" for _, _, o in roles)


def test_a_body_name_list_goes_on_past_an_item_it_cannot_read_and_takes_unfound_school_names():
    roles, _ = _roles("接任校長名單為東山國小林美玲、西湖國中Amo.Lan、大成國中張淑芬、北山國小陳志豪。")
    assert ("張淑芬", "校長", "大成國中") in roles and ("陳志豪", "校長", "北山國小") in roles
    assert ("林美玲", "校長", "東山國小") in roles


def test_reporters_after_a_date_and_time_line_opening_are_kept():
    roles, doc = _roles("2026/03/12 05:30 記者鄭國柱、盧美蘭／台北報導\n會議今日舉行。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "記者"), ("盧美蘭", "記者")]
    assert doc.meta.get("published", "").startswith("2026-03-12")


def test_a_bracket_after_a_form_of_address_gives_the_name_its_post():
    roles, _ = _roles("成員︰鄭國柱醫生(衛生局代表)、盧美蘭醫生(南山醫院代表)。")
    assert ("鄭國柱", "代表", "衛生局") in roles and ("盧美蘭", "代表", "南山醫院") in roles


def test_a_bracket_naming_another_post_is_no_qualifier_of_the_title_before_it():
    _, doc = _roles("鄭國柱醫生(衛生局代表)出席。")
    assert "醫生" in [m.text for m in doc.mentions if m.label == "TITLE"]


def test_shengren_with_the_county_before_a_bureau_is_an_appointment():
    roles, _ = _roles("鄭國柱陞任南山縣地政局長。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "局長")]
    assert roles[0][2].endswith("地政局")


def test_names_the_model_chose_lend_their_list_neighbours_evidence_but_keep_their_own_span():
    _, doc = _roles("其餘五位總理依次為李澤明、麥鄧美蘭、吳鄭雅文、蔡國柱。")
    persons = _persons(doc)
    assert "李澤明" in persons and "麥鄧美蘭" in persons and "蔡國柱" in persons
    spans = sorted((m.start, m.end) for m in doc.mentions if m.label == "PERSON")
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def test_enumerated_ordinals_before_a_numbered_title_give_every_agent_the_post():
    roles, _ = _roles("第一、二及第三副主席則分別由鄭國柱、盧美蘭及祝志明當選。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "副主席"), ("盧美蘭", "副主席"), ("祝志明", "副主席")]


def test_lao_is_a_surname_but_zhanglao_after_a_presbytery_stays_a_title():
    _, doc = _roles("教育局副局長老國柱出席。兩位中布中會長老也出席。")
    assert _persons(doc) == ["老國柱"]
    assert "長老" in [m.text for m in doc.mentions if m.label == "TITLE"]


def test_a_rural_committee_is_a_body():
    roles, _ = _roles("沙田鄉委會主席鄭國柱當選。")
    assert roles == [("鄭國柱", "主席", "沙田鄉委會")]


def test_decorations_and_award_winners_are_no_posts():
    roles, _ = _roles("行政長官鄭國柱獲頒大蓮花榮譽勳章。得主盧美蘭表示開心。")
    assert roles == [("鄭國柱", "行政長官", "")]


def test_a_function_character_may_end_a_given_name_a_title_and_a_delimiter_frame():
    _, doc = _roles("嘉華國際老闆呂志和、局長鄭國柱出席。鄭議長曾擔任立法委員。")
    assert _persons(doc) == ["呂志和", "鄭國柱"]


def test_religious_names_before_a_clerics_title_are_persons_and_take_no_body():
    roles, doc = _roles("南山佛教會昨日舉行法會，出席的有覺明大師、慧心法師及淨圓法師。會上，各位法師誦經。")
    assert _persons(doc) == ["覺明", "慧心", "淨圓"]
    assert all(o == "" for _, _, o in roles)


def test_a_bracket_after_a_names_title_gives_the_name_the_posts_in_it():
    roles, _ = _roles("其他成員包括鄭國柱議員(代表團副團長兼經濟事務委員會主席)、盧美蘭議員(工商事務委員會副主席)。")
    assert ("鄭國柱", "主席", "經濟事務委員會") in roles and ("盧美蘭", "副主席", "工商事務委員會") in roles
    assert ("鄭國柱", "副團長", "") in roles


def test_a_university_officer_introduced_by_wei_takes_the_university_not_a_department():
    roles, _ = _roles("南山大學公布新任主管，主任秘書為化工系教授鄭國柱、教務長為經濟系教授盧美蘭。")
    assert ("盧美蘭", "教務長", "南山大學") in roles and ("盧美蘭", "教授", "經濟系") in roles
    assert ("盧美蘭", "教務長", "化工系") not in roles


@pytest.mark.parametrize("body", ["主計處", "建設處"])
def test_taiwan_county_offices_before_a_shared_head_are_bodies(body):
    roles, _ = _roles(f"縣府{body}長鄭國柱出席。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "處長")] and roles[0][2].endswith(body)


def test_the_prosecutions_office_before_its_head_is_a_body():
    roles, _ = _roles("檢察院檢察長鄭國柱出席。")
    assert roles == [("鄭國柱", "檢察長", "檢察院")]


def test_a_unit_named_by_an_everyday_word_after_a_known_body_is_a_body_before_its_head():
    roles, _ = _roles("出席嘉賓包括中聯辦宣文部部長鄭國柱、處長盧美蘭。")
    assert ("鄭國柱", "部長", "中聯辦宣文部") in roles


def test_a_portfolio_word_that_ends_a_body_after_a_name_closes_the_body():
    roles, _ = _roles("南山學校執行校長鄭國柱出席。教育局總學校發展主任盧美蘭出席。")
    assert ("鄭國柱", "執行校長", "南山學校") in roles
    assert ("盧美蘭", "總學校發展主任", "教育局") in roles


def test_a_polity_kind_before_a_councillor_belongs_to_the_polity():
    roles, _ = _roles("昆士蘭州議員Michael Choi出席。")
    assert roles == [("Michael Choi", "議員", "昆士蘭州")]


def test_renzhi_is_an_appointment_verb():
    roles, _ = _roles("財經事務及庫務局副秘書長鄭國柱將任職文化體育及旅遊局副局長。")
    assert ("鄭國柱", "副局長", "文化體育及旅遊局") in roles


def test_a_plural_pronoun_after_a_list_of_names_takes_the_clauses_posts():
    roles, _ = _roles("兩名政治助理獲提拔，包括鄭國柱和盧美蘭，他們將分別出任創新科技及工業局副局長及教育局副局長。")
    assert ("鄭國柱", "副局長", "創新科技及工業局") in roles and ("盧美蘭", "副局長", "教育局") in roles


def test_a_byline_does_not_reach_past_its_line():
    roles, _ = _roles("東方報記者 鄭國柱\n盧美蘭表示支持。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "記者")]


def test_a_board_elected_before_a_comma_is_no_title_of_the_line_up_after_it():
    roles, _ = _roles("會上選出第十屆理監事，理事長鄭國柱，副理事長盧美蘭、祝志明。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "理事長"), ("盧美蘭", "副理事長"), ("祝志明", "副理事長")]


def test_a_date_after_you_is_no_agent_of_the_post_before_it():
    roles, _ = _roles("行政長官委任鄭國柱為平等機會委員會主席，由明年一月一日起生效。")
    assert roles == [("鄭國柱", "主席", "平等機會委員會")]


def test_a_chain_of_transfers_gives_each_name_the_post_before_it_and_the_post_after_diao():
    roles, _ = _roles("市府人事異動，衛生局保健科長鄭國柱調社會處副處長、工務局建管科長盧美蘭調消防局督察室主任。")
    assert ("鄭國柱", "副處長", "社會處") in roles and ("盧美蘭", "主任", "消防局督察室") in roles
    assert ("盧美蘭", "科長", "工務局建管科") in roles
    assert not any(p == "鄭國柱" and o in ("工務局建管科", "消防局督察室") for p, _, o in roles)


def test_a_church_before_a_pastors_name_is_the_pastors_body():
    roles, _ = _roles("典禮邀請了荃灣宣道堂盧美蘭牧師主禮。")
    assert roles == [("盧美蘭", "牧師", "荃灣宣道堂")]


def test_farmers_and_fishermens_associations_are_bodies_of_their_line_ups():
    roles, _ = _roles("改選結果，大園區農會理事長鄭國柱、常務監事盧美蘭；東港區漁會總幹事祝志明。")
    assert ("鄭國柱", "理事長", "大園區農會") in roles and ("盧美蘭", "常務監事", "大園區農會") in roles
    assert ("祝志明", "總幹事", "東港區漁會") in roles


def test_a_section_head_shares_the_sections_last_character():
    roles, _ = _roles("鄉公所人事異動，財政課長鄭國柱榮退。學生上課時間延長。")
    assert roles == [("鄭國柱", "課長", "財政課")]


def test_a_representative_in_a_line_up_is_a_title_not_the_verb():
    roles, _ = _roles("大安區民代表會主席鄭國柱、秘書盧美蘭、代表祝志明、黃文傑到場。")
    assert ("祝志明", "代表", "大安區民代表會") in roles and ("黃文傑", "代表", "大安區民代表會") in roles


def test_a_name_before_a_place_opening_with_a_conjunction_keeps_the_place():
    roles, _ = _roles("和平區民代表會主席鄭國柱到場。")
    assert roles == [("鄭國柱", "主席", "和平區民代表會")]


def test_an_acting_post_is_a_role_with_its_status():
    doc = pipeline.process_text("黃文傑代理清潔隊隊長，即起生效。原工務局長鄭國柱調任副秘書長兼代理工務局長。")
    found = {(r.person, r.title, r.organization, r.qualifiers) for r in doc.roles}
    assert ("黃文傑", "隊長", "清潔隊", ("代理",)) in found
    assert ("鄭國柱", "局長", "工務局", ("代理",)) in found


def test_a_body_whose_name_opens_with_letters_and_digits_is_found():
    roles, _ = _roles("出席者包括A1聯盟會長鄭國柱、秘書長盧美蘭。")
    assert ("鄭國柱", "會長", "A1聯盟") in roles and ("盧美蘭", "秘書長", "A1聯盟") in roles


def test_jianren_after_a_name_is_the_verb_and_jian_does_not_end_the_name():
    roles, _ = _roles("政委鄭國柱兼任海洋委員會主委、政委龔明華兼國家發展委員會主委。")
    assert ("鄭國柱", "主委", "海洋委員會") in roles and ("龔明華", "主委", "國家發展委員會") in roles
    assert ("龔明華", "政委", "") in roles  # a cabinet member without portfolio names no body


def test_permanent_secretary_short_form_and_civil_service_grades_are_titles():
    roles, _ = _roles("勞工及福利局常秘鄭國柱將退休。")
    assert roles == [("鄭國柱", "常秘", "勞工及福利局")]
    roles, _ = _roles("首席政府工程師盧美蘭將出任渠務署署長。")
    assert ("盧美蘭", "首席政府工程師", "") in roles and ("盧美蘭", "署長", "渠務署") in roles


def test_two_names_elected_post_and_deputy_take_one_each():
    roles, _ = _roles("鄭國柱和盧美蘭當選經濟發展事務委員會主席和副主席。")
    assert ("鄭國柱", "主席", "經濟發展事務委員會") in roles and ("盧美蘭", "副主席", "經濟發展事務委員會") in roles
    assert ("鄭國柱", "副主席", "經濟發展事務委員會") not in roles and ("盧美蘭", "主席", "經濟發展事務委員會") not in roles


def test_a_sector_after_a_title_word_is_no_title():
    roles, _ = _roles("選委界鄭國柱出席。")
    assert not any(t == "選委" for _, t, _ in roles)


def test_names_listed_after_a_title_and_colon_take_it_past_their_own_words():
    roles, _ = _roles("交通委員會召委：國民黨「立委」鄭國柱、民進黨「立委」盧美蘭。")
    assert ("鄭國柱", "召委", "交通委員會") in roles and ("盧美蘭", "召委", "交通委員會") in roles


def test_the_successor_not_the_predecessor_takes_the_post():
    roles, _ = _roles("鄭國柱接替盧美蘭當選交通事務委員會主席。")
    assert ("鄭國柱", "主席", "交通事務委員會") in roles
    assert not any(p == "盧美蘭" for p, _, _ in roles)


def test_an_adverb_before_the_verb_after_you_keeps_the_agent():
    roles, _ = _roles("交通事務委員會主席由鄭國柱連任，副主席則由盧美蘭自動當選。")
    assert ("鄭國柱", "主席", "交通事務委員會") in roles and ("盧美蘭", "副主席", "交通事務委員會") in roles


def test_a_portfolio_affairs_committee_at_a_clause_head_is_a_body():
    roles, _ = _roles("在教育事務委員會，鄭國柱當選主席。")
    assert roles == [("鄭國柱", "主席", "教育事務委員會")]


def test_a_company_named_with_its_stock_code_is_a_body():
    roles, _ = _roles("持有東方商業銀行的東方金融(588)副董事總經理鄭國柱回應。")
    assert roles == [("鄭國柱", "副董事總經理", "東方金融")]
    roles, _ = _roles("【本報訊】青松科技國際(01234-HK)公布，委任鄭國柱為執行董事。")
    assert roles == [("鄭國柱", "執行董事", "青松科技國際")]


def test_a_year_in_brackets_is_no_stock_code():
    doc = pipeline.process_text("去年(2019)業績理想，董事長鄭國柱表示滿意。")
    assert not any(m.label == "ORG" for m in doc.mentions)


def test_a_title_introduced_by_wei_with_a_status_before_the_next_body():
    roles, _ = _roles("綜合規劃司長為前體育署副署長鄭國柱。")
    assert ("鄭國柱", "司長", "綜合規劃司") in roles and ("鄭國柱", "副署長", "體育署") in roles


def test_a_career_sentence_with_no_name_is_the_previous_sentences_persons():
    roles, _ = _roles("鄭國柱生於1941年，畢業於香港大學。歷任社會福利署署長、教育局局長等公職。")
    assert ("鄭國柱", "署長", "社會福利署") in roles and ("鄭國柱", "局長", "教育局") in roles


def test_a_post_and_its_deputy_after_you_go_to_two_agents_in_turn():
    roles, _ = _roles("縣議會正副議長由鄭國柱、陳志明連任。")
    assert ("鄭國柱", "議長", "縣議會") in roles and ("陳志明", "副議長", "縣議會") in roles


def test_you_before_a_surname_after_a_title_is_no_two_character_name():
    doc = pipeline.process_text("議會正副議長由張國柱、陳志明連任。")
    assert {m.text for m in doc.mentions if m.label == "PERSON"} == {"張國柱", "陳志明"}


def test_a_post_appointed_by_a_board_belongs_to_the_body_it_governs():
    roles, _ = _roles("理大校董會通過委任鄭國柱教授(左)為副校長(研究)，任期三年。")
    assert ("鄭國柱", "副校長(研究)", "理大") in roles
    assert ("鄭國柱", "教授", "") in roles  # the photo position is no part of the title


def test_transfer_verbs_after_an_agent_with_its_own_post():
    roles, _ = _roles("社會局長將由原勞動局長鄭國柱調任，財政局長由該局副局長盧美蘭陞任。")
    assert ("鄭國柱", "局長", "社會局") in roles and ("鄭國柱", "局長", "勞動局") in roles
    assert ("盧美蘭", "局長", "財政局") in roles


def test_a_colon_list_goes_on_past_each_names_form_of_address():
    roles, _ = _roles("專業委員會委員︰鄭國柱醫生、陳志明醫生、黃文傑醫生。")
    assert {p for p, t, o in roles if t == "委員" and o == "專業委員會"} == {"鄭國柱", "陳志明", "黃文傑"}


def test_married_names_in_a_list_keep_both_surnames():
    doc = pipeline.process_text("其餘五位總理依次為鄭國柱、麥鄧蕙敏、吳鄭雅瑜、黃文傑。")
    names = {m.text for m in doc.mentions if m.label == "PERSON"}
    assert {"麥鄧蕙敏", "吳鄭雅瑜"} <= names and "鄧蕙敏" not in names


def test_a_line_up_of_each_bodys_chair_carries_no_body_to_the_items_after_it():
    roles, _ = _roles("公益金舉行酒會。嘉賓包括籌募委員會主席鄭國柱，公共關係委員會主席丘李賜恩，分配委員會主席黃文傑，名譽副會長陳志明、林李婉冰，董事李大明。")
    assert ("黃文傑", "主席", "分配委員會") in roles
    assert not any(o == "分配委員會" for p, _, o in roles if p in ("陳志明", "林李婉冰", "李大明"))


def test_a_line_up_under_one_body_still_carries_it():
    roles, _ = _roles("工聯會會長鄭國柱，副會長陳志明、黃文傑，秘書長李大明出席。")
    assert {("陳志明", "副會長", "工聯會"), ("黃文傑", "副會長", "工聯會"), ("李大明", "秘書長", "工聯會")} <= set(roles)


def test_a_body_does_not_run_back_over_a_title_and_the_name_after_it():
    roles, _ = _roles("前立法會議員鄭國柱、香港潮屬社團總會名譽會長胡劍江任監事會副主席。")
    assert ("胡劍江", "名譽會長", "香港潮屬社團總會") in roles
    doc = pipeline.process_text("天主教宗教聯絡委員會主席鄭國柱出席。")
    assert "天主教宗教聯絡委員會" in {m.text for m in doc.mentions if m.label == "ORG"}


def test_a_conjunction_and_the_next_names_surname_are_no_short_company_name():
    doc = pipeline.process_text("由委員林玉鶴和黃德清進行第二輪。")
    assert not any(m.label == "ORG" for m in doc.mentions)


def test_names_one_to_a_line_under_a_heading_are_persons_with_its_title():
    roles, _ = _roles("本校新任校董名單如下：\n鄭國柱\n陳志明\n黃文傑\n")
    assert {p for p, t, _ in roles if t == "校董"} == {"鄭國柱", "陳志明", "黃文傑"}


def test_a_label_before_a_name_on_a_list_line_is_its_body_and_blank_lines_do_not_end_the_list():
    roles, _ = _roles("各縣市黨部新任主委名單如下：\n\n台北市 鄭國柱\n\n新北市 陳志明\n")
    assert ("鄭國柱", "主委", "台北市") in roles and ("陳志明", "主委", "新北市") in roles


def test_a_title_labelling_a_list_line_is_the_names_own_not_a_body():
    roles, _ = _roles("第十屆理事名單如下：\n會長 鄭國柱\n副會長 陳志明\n")
    assert ("鄭國柱", "會長", "") in roles and ("陳志明", "副會長", "") in roles
    assert not any(o in {"會長", "副會長"} for _, _, o in roles)
    roles, _ = _roles("第十屆理事名單如下：\n會長：鄭國柱\n副會長：陳志明\n盧美蘭\n")
    assert ("鄭國柱", "會長", "") in roles and ("盧美蘭", "理事", "") in roles
    assert not any(p in {"鄭國柱", "陳志明"} and t == "理事" for p, t, _ in roles)


def test_items_of_a_body_a_dash_and_a_name_under_a_heading_take_their_bodies_across_blank_lines():
    text = (
        "本市新任校長名單如下:\n\n高中:東山高中-鄭國柱(連)西河高中-盧美蘭(新)\n\n"
        "國小:中和國小-祝志明(連)\n\n市長表示,新校長經驗豐富,定能帶領學校發展。\n"
    )
    roles, _ = _roles(text)
    assert {(p, o) for p, t, o in roles if t == "校長"} == {("鄭國柱", "東山高中"), ("盧美蘭", "西河高中"), ("祝志明", "中和國小")}


def test_a_colon_list_goes_on_past_forms_of_address_and_honour_letters_and_members_of_a_title_introduce_names():
    roles, _ = _roles("新一屆會董會成員：鄭國柱博士 MH，盧美蘭女士，祝志明先生 BBS JP，馬家寶先生。")
    assert {p for p, t, _ in roles if t == "成員"} == {"鄭國柱", "盧美蘭", "祝志明", "馬家寶"}
    roles, _ = _roles("校董會選出12名董事成員分別為鄭國柱、盧美蘭、祝志明。")
    assert {p for p, t, _ in roles if t == "董事"} == {"鄭國柱", "盧美蘭", "祝志明"}


def test_a_list_under_a_heading_ends_at_a_line_of_prose():
    roles, _ = _roles("本校新任校董名單如下：\n鄭國柱\n\n校長陳志明表示，新校董經驗豐富，定能帶領學校發展。\n")
    assert not any(p == "陳志明" and t == "校董" for p, t, _ in roles)


def test_a_title_a_name_in_the_heading_holds_heads_no_list():
    roles, _ = _roles("會長陳大文主持典禮，以下為其致辭全文：\n各位嘉賓，李小明先生、張志強先生，大家好。")
    assert ("陳大文", "會長", "") in roles
    assert not any(t == "會長" for p, t, _ in roles if p in {"李小明", "張志強"})


def test_a_title_a_clause_before_the_heading_ends_heads_no_list():
    roles, _ = _roles("現填補本局高級技術員一缺，面試結果如下：\n\n何國強\n林美儀")
    assert not any(p in {"何國強", "林美儀"} for p, _, _ in roles)


def test_a_heading_may_count_its_names_or_point_ahead_past_a_clause():
    roles, _ = _roles("大會選出新一屆理事三十五名，名單如下：\n陳大文\n李小明")
    assert {p for p, t, _ in roles if t == "理事"} == {"陳大文", "李小明"}
    roles, _ = _roles("理事會今日委任以下人士為顧問，任期兩年，即日生效：\n陳大文先生、李小明女士。")
    assert {p for p, t, _ in roles if t == "顧問"} == {"陳大文", "李小明"}


def test_a_monks_form_of_address_after_his_name_in_religion_goes_to_no_lay_name_listed_before():
    roles, _ = _roles("右起為鄭國柱、盧美蘭、日恆法師。")
    assert [(p, t) for p, t, _ in roles] == [("日恆", "法師")]
    roles, _ = _roles("鄭國柱、盧美蘭兩位法師出席。")
    assert {p for p, t, _ in roles if t == "法師"} == {"鄭國柱", "盧美蘭"}


def test_a_listed_name_with_its_own_address_takes_no_title_after_the_last_name():
    roles, _ = _roles("陳大文先生、李小明博士及王美玲女士出席。")
    assert ("李小明", "博士", "") in roles
    assert not any(p == "陳大文" for p, _, _ in roles)
    roles, _ = _roles("陳大文、李小明博士出席。")
    assert {p for p, t, _ in roles if t == "博士"} == {"陳大文", "李小明"}


def test_who_appoints_or_removes_takes_no_post_named_after_the_verb():
    roles, _ = _roles("國家主席鄭國柱今日任命下列駐外大使：")
    assert not any(p == "鄭國柱" and t == "大使" for p, t, _ in roles)
    roles, _ = _roles("國家主席鄭國柱根據決定任免下列駐外大使。")
    assert not any(p == "鄭國柱" and t == "大使" for p, t, _ in roles)
    roles, _ = _roles("盧美蘭任駐法國大使。")
    assert any(p == "盧美蘭" and t == "大使" for p, t, _ in roles)


def test_a_title_whose_holder_authorises_a_participle_is_no_post_taken():
    roles, _ = _roles("盧美蘭作為行政長官授權的監誓人監誓。")
    assert not any(p == "盧美蘭" for p, _, _ in roles)
    roles, _ = _roles("盧美蘭作為行政長官出席。")
    assert ("盧美蘭", "行政長官", "") in roles


def test_an_appointment_after_a_name_and_its_title_is_the_names():
    roles, _ = _roles("謝國柱會長任團長，帶領訪問團出發。")
    assert ("謝國柱", "團長", "") in roles
    roles, _ = _roles("民政事務局鄭國柱局長將為新任董事局主持監誓。")
    assert not any(t.endswith("董事") for _, t, _ in roles)


def test_a_hong_kong_surname_before_a_title_and_a_body_before_it():
    roles, _ = _roles("評審由社會工作局容志輝局長擔任。")
    assert ("容志輝", "局長", "社會工作局") in roles


def test_a_list_then_a_total_count_and_a_title_gives_each_name_the_title():
    roles, _ = _roles("大會通過何俊傑、葉美玲及孔令輝共廿三名副理事長。")
    assert {p for p, t, _ in roles if t == "副理事長"} == {"何俊傑", "葉美玲", "孔令輝"}


def test_a_roster_of_a_title_introduced_by_fenbie_shi_goes_to_each_name():
    roles, _ = _roles("四位副主席名單不變，分別是何俊傑、葉美玲及孔令輝。")
    assert {p for p, t, _ in roles if t == "副主席"} == {"何俊傑", "葉美玲", "孔令輝"}


def test_a_counted_set_of_holders_with_titles_of_their_own_takes_the_set_title_too():
    roles, _ = _roles("治喪委員會五名副主任包括漁農處處長何俊傑、前局長葉美玲及大律師孔令輝。")
    assert {p for p, t, _ in roles if t == "副主任"} == {"何俊傑", "葉美玲", "孔令輝"}
    assert ("何俊傑", "處長", "漁農處") in roles


def test_zhengfu_title_then_fenbie_wei_gives_the_head_and_the_deputy_in_turn():
    roles, _ = _roles("東區工商會選出正副會長，分別為孔令輝及葉美玲。")
    assert ("孔令輝", "會長", "東區工商會") in roles and ("葉美玲", "副會長", "東區工商會") in roles


def test_an_event_part_before_an_introduced_list_is_no_title_of_its_names():
    roles, _ = _roles("出席的六名代表包括主席何俊傑、司庫葉美玲及幹事孔令輝。")
    assert not any(t == "代表" for _, t, _ in roles)
    roles, _ = _roles("參與訪問的三名顧問名單不變，分別是主席何俊傑、司庫葉美玲及幹事孔令輝。")
    assert not any(t == "顧問" for _, t, _ in roles)


def test_a_successor_takes_the_post_its_holder_left():
    roles, _ = _roles("水務局長葉美玲退休後，由副局長何俊傑接任。")
    assert ("何俊傑", "局長", "水務局") in roles
    roles, doc = _roles("東方紡織原總經理孔令輝任期屆滿，由協理何俊傑接任。")
    successor = next(r for r in doc.roles if r.person == "何俊傑" and r.title == "總經理")
    assert "原" not in successor.qualifiers
    roles, _ = _roles("醫院昨日舉行院長交接典禮，外科主任何俊傑接任。")
    assert any(p == "何俊傑" and t == "院長" for p, t, _ in roles)


def test_a_successor_needs_a_freed_post_and_no_guess():
    roles, _ = _roles("經理事長葉美玲推薦，由副會長何俊傑接任。")
    assert not any(p == "何俊傑" and t == "理事長" for p, t, _ in roles)
    roles, _ = _roles("水務局長葉美玲退休後，可能由副局長何俊傑接任。")
    assert not any(p == "何俊傑" and t == "局長" for p, t, _ in roles)


def test_an_event_named_like_a_body_is_no_body_a_title_is_carried_to():
    roles, _ = _roles("第二十屆全國運動會昨日閉幕。田徑協會改選，新任理事何俊傑及葉美玲出席。")
    assert not any(o.endswith("運動會") for _, _, o in roles)


def test_rongsheng_and_rongren_are_appointment_verbs():
    roles, _ = _roles("東區商會會員大會上，副會長何俊傑榮升會長。")
    assert ("何俊傑", "會長", "東區商會") in roles
    roles, _ = _roles("東區商會昨舉行會員大會，葉美玲榮任第五屆理事長。")
    assert ("葉美玲", "理事長", "東區商會") in roles


def test_a_name_one_character_short_of_a_delimiter_takes_that_character():
    _, doc = _roles("新任理事包括何俊傑、江佑任、葉美玲和鍾立和。")
    assert _persons(doc) == ["何俊傑", "江佑任", "葉美玲", "鍾立和"]
    _, doc = _roles("出席者有前議員區梁淑怡、何俊傑等。")
    assert "區梁淑怡" in _persons(doc)


def test_a_particle_or_time_word_before_a_delimiter_is_no_given_character():
    _, doc = _roles("社會文化司司長歐陽瑜昨(25)日表示，局長何俊傑等，均會出席。")
    assert "歐陽瑜" in _persons(doc) and "歐陽瑜昨" not in _persons(doc)
    assert "何俊傑" in _persons(doc) and "何俊傑等" not in _persons(doc)


def test_an_adverb_glued_after_a_name_opens_the_clause_not_the_name():
    _, doc = _roles("僑務委員何俊則表示歡迎。會長葉美祥另提到，協理孔令輝自2026年起接任。")
    assert {"何俊", "葉美祥", "孔令輝"} <= set(_persons(doc))
    assert not {"何俊則", "葉美祥另", "孔令輝自"} & set(_persons(doc))


def test_jp_after_a_name_and_its_honours_letters_is_an_honour():
    roles, _ = _roles("主禮嘉賓為發展局局長何俊傑先生, SBS, JP及葉美玲女士JP。")
    assert ("何俊傑", "JP", "") in roles and ("葉美玲", "JP", "") in roles
    roles, _ = _roles("摩根大通JP Morgan今日公布業績，主席何俊傑出席。")
    assert not any(t == "JP" for _, t, _ in roles)


def test_everyday_words_opening_with_a_surname_character_are_no_names():
    _, doc = _roles("各界同仁齊聚一堂，感謝義工辛勤付出，特別鳴謝高爾夫球會贊助公益活動。")
    assert _persons(doc) == []


def test_a_school_right_before_its_head_s_name_is_a_body():
    roles, doc = _roles("新任校長名單為紅葉國小鄭家樂、地利國中蔡美玲。")
    assert "紅葉國小" in {m.text for m in doc.mentions if m.label == "ORG"}
    assert ("鄭家樂", "校長", "紅葉國小") in roles and ("蔡美玲", "校長", "地利國中") in roles


def test_an_aide_holds_only_the_aide_s_title_not_the_principal_s():
    roles, _ = _roles("政務司司長特別助理何俊傑及教育局局長政治助理葉美玲出席。")
    assert not any(p == "何俊傑" and t == "司長" for p, t, _ in roles)
    assert not any(p == "葉美玲" and t == "局長" for p, t, _ in roles)
    assert any(p == "何俊傑" and t == "特別助理" for p, t, _ in roles)


def test_an_envoy_or_adviser_holds_only_that_post_not_the_principal_s():
    roles, _ = _roles("總統特使鄭國柱及行政長官特別顧問盧美蘭出席，祝志明此次擔任總理特使出訪。")
    held = {(p, t) for p, t, _ in roles}
    assert {("鄭國柱", "特使"), ("盧美蘭", "特別顧問"), ("祝志明", "特使")} <= held
    assert not held & {("鄭國柱", "總統"), ("盧美蘭", "行政長官"), ("祝志明", "總理")}


def test_a_name_before_the_principal_s_title_is_the_principal():
    roles, _ = _roles("鄭國柱總統特使盧美蘭出席。")
    assert ("鄭國柱", "總統", "") in roles


def test_a_heading_naming_the_people_below_gives_the_next_line_s_names_its_title():
    roles, _ = _roles("主教今日任命以下各位為教區傳播委員會委員，任期兩年，明年一月一日起生效：\n\n陳家樂女士、馮志明博士、何美玲女士。\n\n另外，教區將舉行彌撒，主禮為黃大文神父。")
    assert {p for p, t, o in roles if t == "委員" and o == "教區傳播委員會"} == {"陳家樂", "馮志明", "何美玲"}
    assert not any(p == "黃大文" and t == "委員" for p, t, _ in roles)


def test_association_officers_treasurer_auditor_and_secretary_are_titles():
    roles, _ = _roles("本會新一屆職員：主席陳大文，副主席李小明，財政張志強，核數王美玲，文書何家樂。")
    assert {(p, t) for p, t, _ in roles} >= {("張志強", "財政"), ("王美玲", "核數"), ("何家樂", "文書")}
    roles, _ = _roles("財政司司長陳茂波公布財政預算案。")
    assert not any(t == "財政" for _, t, _ in roles)


def test_a_title_held_through_a_verb_before_de_goes_to_the_name_after_it():
    roles, _ = _roles("身為東區商會理事長的張俊平表示歡迎。")
    assert ("張俊平", "理事長", "東區商會") in roles
    roles, _ = _roles("擔任協會主委的謝清良致辭。")
    assert any(p == "謝清良" and t == "主委" for p, t, _ in roles)


def test_a_board_word_before_a_title_leaves_the_role_s_title_bare():
    roles, doc = _roles("華興銀行董事會主席張志強及某商會監事會監事陳大文出席。")
    assert ("張志強", "主席", "華興銀行") in roles
    assert any(p == "陳大文" and t == "監事" for p, t, _ in roles)
    role = next(r for r in doc.roles if r.person == "張志強")
    assert doc.text[role.title_start:role.title_end] == "主席"


def test_a_field_of_work_before_a_chair_s_title_is_not_part_of_it():
    roles, _ = _roles("新興發展主席林志遠與常務副主席何家樂出席。")
    assert any(p == "林志遠" and t == "主席" for p, t, _ in roles)
    assert any(p == "何家樂" and t == "常務副主席" for p, t, _ in roles)


def test_committees_named_with_a_verb_are_bodies():
    roles, _ = _roles("東興銀行審核委員會主席陳大文及提名委員會委員李小明出席。")
    assert ("陳大文", "主席", "東興銀行審核委員會") in roles
    assert ("李小明", "委員", "提名委員會") in roles


def test_a_member_of_a_body_written_before_it_holds_a_seat():
    roles, _ = _roles("陳大文曾任教育局局長、東興銀行董事及行政會議成員。")
    assert ("陳大文", "成員", "行政會議") in roles
    roles, _ = _roles("球隊成員李小明入球。")
    assert not any(t == "成員" for _, t, _ in roles)


def test_the_name_replaced_is_given_no_post_only_its_successor_takes_it():
    # News rarely means the replaced name's post as a fact to record: on the blind sets
    # such roles were wrong three times in four (see README, Roles).
    roles, _ = _roles("王志強將出任消防處處長，接替退休的張國華。")
    assert ("王志強", "處長", "消防處") in roles and not any(p == "張國華" for p, _, _ in roles)
    roles, _ = _roles("原東興商會會長王志強當選主席，接替任滿的張國華及李美玲。")
    assert {p for p, t, _ in roles if t == "主席"} == {"王志強"}


def test_the_name_before_jieti_takes_the_post_written_after_the_replaced_name_and_party():
    roles, _ = _roles("王志強接替公民黨張國華當選主席。")
    assert any(p == "王志強" and t == "主席" for p, t, _ in roles)
    roles, doc = _roles("民建聯柯創昇接替工聯會麥美娟擔任主席。")
    assert "柯創昇" in _persons(doc) and any(p == "柯創昇" and t == "主席" for p, t, _ in roles)
    assert not any(p == "張國華" for p, _, _ in roles)
    roles, _ = _roles("王志強將接替現任主席張國華。")
    assert not any(p == "王志強" for p, _, _ in roles)


def test_a_name_in_a_list_that_opens_with_a_title_head_is_a_name():
    _, doc = _roles("監事劉文欽、王子明、謝大隆。")
    assert _persons(doc) == ["劉文欽", "王子明", "謝大隆"]
    _, doc = _roles("出席者有英國王子、公主及首相。")
    assert "王子" in {m.text for m in doc.mentions if m.label == "TITLE"}


def test_a_head_of_state_s_title_takes_no_field_of_work_before_it():
    roles, _ = _roles("林英文總統主持典禮。")
    assert ("林英文", "總統", "") in roles


def test_posts_of_school_councils_boards_and_orchestras_are_titles():
    roles, _ = _roles("港大校委李國章、東興樂團樂團首席王美玲及替任董事何家樂出席。")
    assert ("李國章", "校委", "港大") in roles
    assert any(p == "王美玲" and t == "樂團首席" for p, t, _ in roles)
    assert any(p == "何家樂" and t == "替任董事" for p, t, _ in roles)


def test_a_post_between_commas_after_a_name_is_the_name_s():
    roles, _ = _roles("陳大文，東興大學校長，表示支持。")
    assert ("陳大文", "校長", "東興大學") in roles
    roles, _ = _roles("出席者包括陳大文，現任東興大學校長；李小明，華興銀行主席。")
    assert ("陳大文", "校長", "東興大學") in roles and ("李小明", "主席", "華興銀行") in roles
    roles, _ = _roles("陳大文，校長李小明表示。")
    assert not any(p == "陳大文" for p, _, _ in roles)
    roles, _ = _roles("陳大文，57歲，現任東興銀行副總裁。")
    assert ("陳大文", "副總裁", "東興銀行") in roles
    roles, _ = _roles("陳大文醫生，東興醫院院長，表示支持。")
    assert ("陳大文", "院長", "東興醫院") in roles
    roles, _ = _roles("陳大文，東興商會會長，亦是華興協會理事長。")
    assert ("陳大文", "理事長", "華興協會") in roles
    roles, _ = _roles("陳大文，東興商會會長，也是華興協會理事長李小明的好友。")
    assert not any(p == "陳大文" and t == "理事長" for p, t, _ in roles)


def test_posts_held_through_shenjian_before_de_go_to_the_name_after_it():
    roles, _ = _roles("身兼東興集團主席及華興銀行董事的陳大文表示。")
    assert ("陳大文", "主席", "東興集團") in roles and ("陳大文", "董事", "華興銀行") in roles


def test_the_chair_of_a_meeting_takes_no_standing_body():
    roles, _ = _roles("東興同鄉會今日舉行會員大會。大會主席陳大文致辭。")
    assert not any(p == "陳大文" and o == "東興同鄉會" for p, _, o in roles)
    roles, _ = _roles("東興同鄉會今日舉行會員大會。主席陳大文致辭。")
    assert ("陳大文", "主席", "東興同鄉會") in roles


def test_a_verb_glued_onto_a_four_character_name_is_cut_off():
    _, doc = _roles("副大隊長王惠慧調消防局科長。")
    assert "王惠慧" in _persons(doc)
    _, doc = _roles("本屆理事伊莎貝拉出席。")
    assert "伊莎貝拉" in _persons(doc)


def test_a_married_woman_s_name_may_end_in_ru():
    _, doc = _roles("東興大學校長朱葉玉如教授致辭。")
    assert "朱葉玉如" in _persons(doc)


def test_a_common_word_opening_a_three_character_name_is_weighed_not_taken_on_trust():
    _, doc = _roles("局長方面有十名新面孔。")
    assert "方面有" not in _persons(doc)


def test_yu_granting_something_to_a_name_does_not_end_a_name():
    _, doc = _roles("大會頒發賀狀予會長李小明。")
    assert _persons(doc) == ["李小明"]


def test_a_unit_written_twice_is_the_body_once_and_the_title_once():
    roles, _ = _roles("保安警察大隊大隊長張國明致辭。")
    assert ("張國明", "大隊長", "保安警察大隊") in roles


def test_a_police_precinct_named_by_a_new_taipei_district_is_a_body():
    roles, _ = _roles("中和分局分局長葉大偉出席。")
    assert ("葉大偉", "分局長", "中和分局") in roles


def test_a_title_then_ze_shi_and_words_on_the_name_goes_to_the_name():
    roles, _ = _roles("縣議會議長沈大明順利連任，副議長則是無黨籍的蔡小華。")
    assert any(p == "蔡小華" and t == "副議長" for p, t, _ in roles)
    roles, _ = _roles("主委由王大明擔任，副主委則為李小華。")
    assert any(p == "李小華" and t == "副主委" for p, t, _ in roles)


def test_names_listed_after_members_and_a_colon_sit_on_the_body():
    roles, _ = _roles("東興醫學委員會今日成立。成員︰李大文醫生、鄭小明醫生、林美玲醫生。")
    assert {p for p, t, _ in roles if t == "成員"} == {"李大文", "鄭小明", "林美玲"}
    roles, _ = _roles("其他成員包括李大文議員及鄭小明議員。")
    assert not any(t == "成員" for _, t, _ in roles)


def test_a_title_ending_its_line_with_baokuo_and_a_colon_heads_the_next_line_s_names():
    roles, _ = _roles("新任理事包括：\n陳大文、李小明、王美玲。")
    assert {p for p, t, _ in roles if t == "理事"} == {"陳大文", "李小明", "王美玲"}
    roles, _ = _roles("會長陳大文出席，嘉賓包括：\n李小明、王美玲。")
    assert not any(p in ("李小明", "王美玲") for p, _, _ in roles)


def test_zhe_xiao_refers_to_a_university_named_before():
    roles, _ = _roles("東興大學宣布，陳大文將出任該校首席副校長。")
    assert any(p == "陳大文" and t == "首席副校長" for p, t, _ in roles)


def test_a_conjunction_glued_to_the_next_surname_is_cut_off():
    _, doc = _roles("副會長李小明及王美玲出席。")
    assert _persons(doc) == ["李小明", "王美玲"]


def test_jiazuo_a_venue_ends_the_body_before_it():
    _, doc = _roles("東興商會假座東興酒店舉行就職典禮。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["東興商會", "東興酒店"]


def test_a_married_name_before_zeng_ren_and_bodies_listed_before_one_title():
    roles, doc = _roles("陳黃美玲曾任東興中學議會主席，亦曾任教育委員會、師資諮詢委員會和考試局委員。")
    assert "陳黃美玲" in _persons(doc)
    assert {o for p, t, o in roles if p == "陳黃美玲" and t == "委員"} == {"教育委員會", "師資諮詢委員會", "考試局"}
    roles, _ = _roles("代表團參觀了東興大學光電技術實驗室、東興大學副校長汪大明親自介紹。")
    assert [(p, t, o) for p, t, o in roles if p == "汪大明"] == [("汪大明", "副校長", "東興大學")]


def test_chu_le_before_the_verb_keeps_the_appointment():
    roles, _ = _roles("王大明除了擔任東興工業協進會理事長，也推動體育發展。")
    assert ("王大明", "理事長", "東興工業協進會") in roles


def test_royal_titles_that_are_nicknames_or_places_name_no_royalty():
    roles, _ = _roles("撐竿跳王子張大煌出席。")
    assert not any(t == "王子" for _, t, _ in roles)
    _, doc = _roles("皇后大道中交通擠塞。")
    assert not [m for m in doc.mentions if m.label == "TITLE"]
    roles, _ = _roles("英國王子威廉訪港。")
    assert any(p == "威廉" and t == "王子" for p, t, _ in roles)


def test_a_squad_is_not_cut_by_a_short_form_inside_it():
    roles, _ = _roles("義警大隊長陳大文致辭。")
    assert ("陳大文", "大隊長", "義警大隊") in roles


def test_posts_listed_after_words_on_someone_s_posts_are_that_person_s():
    roles, _ = _roles("陳大文曾於不同團體擔任要職，包括東興樂團總經理及華興室樂團秘書長。")
    assert ("陳大文", "總經理", "東興樂團") in roles and ("陳大文", "秘書長", "華興室樂團") in roles
    roles, _ = _roles("陳大文與李小明身兼多項公職，包括東興樂團總經理。")
    assert not any(t == "總經理" for _, t, _ in roles)


def test_a_surname_and_a_kin_word_is_no_name():
    for words in ("許妻", "霍老", "李氏", "張家", "陳母"):
        _, doc = _roles(f"{words}表示感謝各界支持。")
        assert _persons(doc) == [], words
    _, doc = _roles("李家豪表示感謝各界支持。")
    assert _persons(doc) == ["李家豪"]


def test_the_variant_wei_reads_as_the_copula():
    roles, doc = _roles("東興商會聘請林大展爲榮譽會長。")
    assert any(p == "林大展" and t == "榮譽會長" for p, t, _ in roles)
    assert doc.text.count("爲") == 1  # the document keeps its text as written


def test_xin_before_the_title_of_an_appointment():
    roles, _ = _roles("東興大學校董會昨日選出陳志明為新校長。")
    assert ("陳志明", "校長", "東興大學") in roles


def test_titles_listed_before_de_and_a_name_are_that_name_s():
    roles, _ = _roles("出席者包括全國政協委員、行政會議成員的李大章。")
    assert ("李大章", "委員", "全國政協") in roles and ("李大章", "成員", "行政會議") in roles
    roles, _ = _roles("他一向批評行政長官的李大章表示支持。")
    assert not any(p == "李大章" for p, _, _ in roles)


def test_words_between_an_appointment_verb_and_a_title_name_its_body():
    roles, _ = _roles("陳大安及郭小淳也獲選為奧會執行委員。")
    assert ("陳大安", "執行委員", "奧會") in roles and ("郭小淳", "執行委員", "奧會") in roles
    roles, _ = _roles("李大文當選己亥年董事局主席。")
    assert not any(o == "己亥年" for _, _, o in roles)
    roles, _ = _roles("王大明獲委任為法人董事。")
    assert not any(o == "法人" for _, _, o in roles)


def test_a_verb_ending_in_ren_is_not_cut_before_the_body_after_it():
    roles, doc = _roles("黎小瑜曾任智經研究中心總監。")
    assert _persons(doc) == ["黎小瑜"]
    assert ("黎小瑜", "總監", "智經研究中心") in roles


def test_a_field_of_work_between_a_body_and_its_title_is_the_title_s():
    roles, _ = _roles("黎小瑜曾任智經研究中心政策倡議總監。")
    assert ("黎小瑜", "政策倡議總監", "智經研究中心") in roles


def test_small_form_commas_and_honorifics_between_listed_names():
    roles, _ = _roles("出席嘉賓包括立法會議員張大峰先生﹑姚大榮先生﹑及謝大銓先生。")
    assert {p for p, t, o in roles if t == "議員" and o == "立法會"} == {"張大峰", "姚大榮", "謝大銓"}


def test_removed_from_a_post_and_huan_before_the_verb():
    roles, _ = _roles("黃大權被任命為國務院港澳辦副主任，周大波被免去港澳辦副主任一職。")
    assert ("周大波", "副主任", "港澳辦") in roles
    roles, _ = _roles("宋大哲出身外交背景，還曾擔任國務院辦公廳局長。")
    assert ("宋大哲", "局長", "國務院辦公廳") in roles


def test_a_title_joined_by_jian_to_one_not_found_still_reaches_the_name():
    roles, _ = _roles("是次音樂會由香港中樂團藝術總監兼終身指揮閻大昌擔任指揮。")
    assert ("閻大昌", "藝術總監", "香港中樂團") in roles


def test_a_move_from_one_post_to_another():
    roles, _ = _roles("此外，徐大麟由東興市政府辦公室副主任升為主任。")
    assert ("徐大麟", "副主任", "東興市政府辦公室") in roles and ("徐大麟", "主任", "東興市政府辦公室") in roles


def test_names_listed_then_deng_words_and_a_verb_share_its_title():
    roles, _ = _roles("蔡大彥、吳大中等人均擔任董事。")
    assert {p for p, t, _ in roles if t == "董事"} == {"蔡大彥", "吳大中"}


def test_time_words_and_camp_words_are_no_names():
    for words in ("今早", "來季", "官委", "藍綠"):
        _, doc = _roles(f"{words}發言人表示歡迎。")
        assert _persons(doc) == [], words


def test_a_post_handed_over_or_a_seat_to_fill_goes_to_the_name_that_rises():
    roles, _ = _roles("趙大雄昨日宣布，把東興人壽董事長職位交棒，由總經理屠大生升任。")
    assert ("屠大生", "董事長", "東興人壽") in roles
    roles, _ = _roles("至於東興人壽總經理寶座，由執行副總經理趙大清升任。")
    assert ("趙大清", "總經理", "東興人壽") in roles


def test_a_post_written_yi_shenfen_is_held_by_the_name_acting_in_it():
    roles, _ = _roles("最後一次以經濟財政司司長身份列席立法會的李大農表示感謝。")
    assert ("李大農", "司長", "經濟財政司") in roles
    roles, _ = _roles("王大明今天以華興商會會長身份致辭。")
    assert ("王大明", "會長", "華興商會") in roles


def test_a_transliterated_name_glossed_by_its_original_is_a_name():
    _, doc = _roles("他與美國國務卿魯比歐(Marco Rubio)會面。")
    assert "魯比歐" in _persons(doc) and "Marco Rubio" in _persons(doc)


def test_shu_before_ren_opens_the_verb_of_acting_not_a_bureau():
    _, doc = _roles("副局長胡健民會署任局長職務。")
    assert "胡健民" in _persons(doc)
    assert not any(m.label == "ORG" and m.text.endswith("署") for m in doc.mentions)


def test_caucus_and_prosecutors_titles():
    roles, _ = _roles("國民黨團書記長羅大強表示，北檢主任檢察官王大健亦出席。")
    assert ("羅大強", "書記長", "國民黨團") in roles and ("王大健", "主任檢察官", "北檢") in roles


def test_a_foreign_city_in_no_lexicon_before_its_council_s_title_is_a_body():
    roles, doc = _roles("庫帕拉諾市議員魏虹、費爾蒙多市議員黃潔宜出席。")  # towns made up for the test
    assert ("魏虹", "市議員", "庫帕拉諾") in roles and ("黃潔宜", "市議員", "費爾蒙多") in roles
    assert _persons(doc) == ["魏虹", "黃潔宜"]
    roles, _ = _roles("庫柏蒂諾市議員魏虹出席。")  # a listed town: a councillor of the city
    assert ("魏虹", "議員", "庫柏蒂諾市") in roles


def test_a_head_of_state_takes_no_body_from_around_it():
    roles, _ = _roles("東興電視新聞部昨日播出專題，前國家主席江大民的訪問引起討論。")
    assert not any(p == "江大民" and o for p, _, o in roles)


def test_how_long_a_post_was_held_between_it_and_de_and_the_name():
    roles, _ = _roles("出任香港醫學會會長8年的蔡大堅，在7月正式退下火線。")
    assert ("蔡大堅", "會長", "香港醫學會") in roles


def test_a_preposition_glued_to_a_body_s_first_characters_is_cut_off():
    roles, _ = _roles("儀式由藝群醫學美容集團總裁王大坤主持。")
    assert ("王大坤", "總裁", "藝群醫學美容集團") in roles


def test_more_verbs_of_taking_a_post():
    roles, _ = _roles("中華職棒會長蔡大昌身兼中華隊領隊，親自到場。")
    assert ("蔡大昌", "領隊", "中華隊") in roles
    roles, _ = _roles("張大涵自總統府副秘書長轉任行政院秘書長。")
    assert ("張大涵", "副秘書長", "總統府") in roles and ("張大涵", "秘書長", "行政院") in roles
    roles, _ = _roles("東興商會選出新一屆理事，王大明獲理事會委任為東興商會秘書長。")
    assert ("王大明", "秘書長", "東興商會") in roles


def test_joining_a_body_then_serving_in_it_with_a_year_before():
    roles, _ = _roles("許大輝1988年加盟東興電視台做記者，2年後當上主播。")
    assert ("許大輝", "記者", "東興電視台") in roles
    assert any(p == "許大輝" and t == "主播" for p, t, _ in roles)


def test_a_village_before_its_chief_s_title_is_that_village():
    roles, _ = _roles("富台里長羅大佑表示，三犁里里長翁大利也到場。")
    assert ("羅大佑", "里長", "富台里") in roles and ("翁大利", "里長", "三犁里") in roles


def test_the_palace_museum_s_short_name_before_its_director():
    roles, _ = _roles("故宮院長吳大察表示歡迎。")
    assert ("吳大察", "院長", "故宮") in roles


def test_a_verb_before_a_body_is_not_part_of_its_name():
    _, doc = _roles("在首相宣布解散國會之前，各黨已委任協調員。")
    assert not any(m.label == "ORG" and "解散" in m.text for m in doc.mentions)


def test_liren_before_a_post_and_names_are_its_successive_holders():
    roles, _ = _roles("典禮由東興黨部主委黃大益擔任呈旗官，歷任行政院長游大堃、謝大廷及蘇大昌擔任覆旗官。")
    assert {p for p, t, o in roles if t == "院長" and o == "行政院"} == {"游大堃", "謝大廷", "蘇大昌"}
    roles, _ = _roles("黃大益早年任職教育局，歷任教育局副局長、局長。")
    assert ("黃大益", "副局長", "教育局") in roles


def test_a_body_s_bracketed_short_name_before_its_title():
    roles, _ = _roles("國際亞洲學研究所(IIAS)主席菲力普‧裴肯出席。")
    assert ("菲力普‧裴肯", "主席", "國際亞洲學研究所") in roles


def test_a_verb_glued_to_a_name_is_cut_before_the_model_weighs_it():
    _, doc = _roles("東興黨主席柯大哲涉圖利案遭聲押。")
    assert "柯大哲" in _persons(doc)


def test_police_units_numbered_and_their_heads():
    roles, _ = _roles("保安警察第五總隊副總隊長葉大煙表示，刑事警察大隊第一大隊大隊長陳大奇亦到場。")
    assert ("葉大煙", "副總隊長", "保安警察第五總隊") in roles
    assert ("陳大奇", "大隊長", "刑事警察大隊第一大隊") in roles


def test_a_preposition_ti_glued_to_a_body_and_judges_ranks():
    roles, _ = _roles("廟方成立建醮委員會，由主委蔡大壽替建醮委員會主委王大南披上彩帶。")
    assert ("王大南", "主委", "建醮委員會") in roles
    roles, _ = _roles("陪席法官魏大明表示。")
    assert any(p == "魏大明" and t == "陪席法官" for p, t, _ in roles)


def test_cantonese_xi_introduces_the_holder():
    roles, _ = _roles("監委會主席係林大岳，副主席係李大壯。")
    assert ("林大岳", "主席", "監委會") in roles and ("李大壯", "副主席", "監委會") in roles


def test_jixu_before_you_and_a_quoted_body_after_jian():
    roles, _ = _roles("東興聯推選盧大國接任主席，副主席繼續由林大鋒、張大峰出任。")
    assert {p for p, t, _ in roles if t == "副主席"} == {"林大鋒", "張大峰"}
    roles, _ = _roles("立法院長兼「日台交流聯誼會」會長韓大瑜今天率團訪日。")
    assert ("韓大瑜", "院長", "立法院") in roles and ("韓大瑜", "會長", "日台交流聯誼會") in roles


def test_names_appointed_as_new_members_of_a_body():
    roles, _ = _roles("政府同時委任林大鋒、黃小文為旅發局新成員，任期2年。")
    assert ("林大鋒", "成員", "旅發局") in roles and ("黃小文", "成員", "旅發局") in roles


def test_a_field_of_affairs_is_no_title_and_a_follow_up_committee_is_a_body():
    roles, doc = _roles("麥大明兼任立法會公共財政事務跟進委員會主席。")
    assert not any(m.label == "TITLE" and m.text == "財政" for m in doc.mentions)
    assert ("麥大明", "主席", "立法會公共財政事務跟進委員會") in roles


def test_a_government_secretary_takes_no_company_as_body():
    roles, _ = _roles("東興建築集團有限公司舉行晚宴。署理財政司司長劉大翔致辭。")
    assert not any(p == "劉大翔" and o.endswith("公司") for p, _, o in roles)


def test_liantong_and_yizhong_end_a_body_s_name_on_its_left():
    _, doc = _roles("主席彭大雲並聯同一眾政府官員出席。")
    assert not any(m.label == "ORG" and "聯同" in m.text for m in doc.mentions)


def test_hong_kong_honours_and_district_officers():
    roles, _ = _roles("嗇色園監院李大輝表示，油尖旺民政事務專員陳大羚亦有出席。")
    assert ("李大輝", "監院", "嗇色園") in roles
    assert any(p == "陳大羚" and t == "民政事務專員" for p, t, _ in roles)


def test_rongdiao_is_a_verb_of_moving_to_a_post_not_a_name():
    roles, doc = _roles("市長恭喜何大祥分局長榮調連江縣警察局督察長。")
    assert "榮調" not in _persons(doc)
    assert ("何大祥", "督察長", "連江縣警察局") in roles


def test_a_short_name_before_a_title_and_its_holder_is_no_person():
    _, doc = _roles("雙方召開說明會，包括明揚董事長劉大晧、明安總經理周大男等人都出席。")
    assert _persons(doc) == ["劉大晧", "周大男"]


def test_a_career_of_posts_separated_by_commas():
    roles, _ = _roles("2008年後，王大俊先後擔任中科院副院長，科技部副部長，北京市委常委，2018年轉任天津市委副書記。")
    assert {(t, o) for p, t, o in roles if p == "王大俊"} >= {("副院長", "中科院"), ("副部長", "科技部"), ("常委", "北京市委"), ("副書記", "天津市委")}


def test_jian_and_a_status_word_go_on_with_the_chain():
    roles, _ = _roles("政府表彰身兼全國政協委員、特區立會副主席兼新任中總會長的崔大昌。")
    assert ("崔大昌", "會長", "中總") in roles and ("崔大昌", "委員", "全國政協") in roles
    roles, _ = _roles("今日交流會包括商總理事長許大博。")
    assert ("許大博", "理事長", "商總") in roles


def test_weekdays_unnamed_suspects_and_malaysian_towns_are_no_names():
    for text in ("周五舉行記者會，局長表示歡迎。", "警方拘捕郭姓男子，郭嫌已被起訴。", "關丹州議員李大明表示。"):
        _, doc = _roles(text)
        assert not ({"周五", "郭姓", "郭嫌", "關丹"} & set(_persons(doc))), text


def test_a_surname_glued_to_a_preposition_or_a_body_s_ending_is_cut_free():
    _, doc = _roles("交通部由陳世凱部長率鐵道局楊正君局長參加，市政府由張溫德副市長出席。")
    assert {"楊正君", "張溫德"} <= set(_persons(doc))


def test_party_central_committee_and_academy_registrar_titles():
    roles, _ = _roles("民主黨選出中委胡大偉、尹大堅，香港演藝學院校務長蔡大志亦出席。")
    assert ("胡大偉", "中委", "民主黨") in roles and ("蔡大志", "校務長", "香港演藝學院") in roles


def test_jianren_after_a_name_is_the_verb_and_zeng_ren_before_a_listed_name():
    roles, _ = _roles("陽明校區校務長楊大華也將同時兼任副校長。")
    assert any(p == "楊大華" and t == "副校長" for p, t, _ in roles)
    roles, _ = _roles("巡邏隊成員也有曾任中華公所主席的黃大祥。")
    assert ("黃大祥", "主席", "中華公所") in roles


def test_jieguo_ends_a_body_s_name_on_its_left():
    _, doc = _roles("結果廣東隊後備門將楊大超上陣。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["廣東隊"]


def test_descriptions_ending_in_jia_are_no_posts():
    roles, _ = _roles("著名企業家王大明與作曲家李小文出席，東興商會會長陳大文致辭。")
    assert not any(t in ("企業家", "作曲家") for _, t, _ in roles)
    assert ("陳大文", "會長", "東興商會") in roles


def test_a_year_before_ren_is_cut_off_the_verb():
    roles, doc = _roles("王志強2019年任國家海洋總局黨組書記、副局長。")
    assert "國家海洋總局" in [m.text for m in doc.mentions if m.label == "ORG"]
    assert ("王志強", "副局長", "國家海洋總局") in roles


def test_ji_after_a_title_joins_titles_not_a_body_s_name():
    _, doc = _roles("兩人原任市府地政局副局長及交通局副局長。")
    orgs = [m.text for m in doc.mentions if m.label == "ORG"]
    assert "交通局" in orgs and not any("副局長" in o for o in orgs)


def test_a_dictionary_word_ending_in_the_shared_head_character_is_the_body():
    roles, _ = _roles("高雄市經發局長陳大文出席。")
    assert ("陳大文", "局長", "高雄市經發局") in roles


def test_a_title_before_a_word_opening_with_no_surname_gives_no_name():
    _, doc = _roles("經專案小組檢察官複訊後，認定前議長郭大良涉犯貪污罪嫌重大。")
    assert _persons(doc) == ["郭大良"]


def test_a_name_written_elsewhere_cuts_a_glued_fourth_character():
    _, doc = _roles("市警察局長黃宗明自1月上任以來深受好評。局長黃宗明讓破案同仁坐上局長大位。")
    assert set(_persons(doc)) == {"黃宗明"}


def test_a_rare_surname_before_a_polity_is_a_phrase_but_a_common_one_a_name():
    _, doc = _roles("不可以說全香港校長都有問題，副市長李四川表示。")
    assert _persons(doc) == ["李四川"]


def test_a_jointly_appointed_professor_keeps_the_department():
    roles, _ = _roles("東海大學物理系合聘教授周美如表示。")
    assert ("周美如", "合聘教授", "東海大學物理系") in roles


def test_gai_hui_is_the_body_that_opened_a_sentence_not_a_sponsor():
    roles, _ = _roles("東區同鄉聯誼會本月六日晚舉行晚會。活動獲文化基金、大華慈善基金會贊助。該會名譽會長梁大華出席。")
    assert any(p == "梁大華" and o == "該會" for p, t, o in roles)
    _, doc = _roles("東區同鄉聯誼會本月六日晚舉行晚會。活動獲文化基金、大華慈善基金會贊助。該會名譽會長梁大華出席。")
    assert [m.normalized for m in doc.mentions if m.text == "該會"] == ["東區同鄉聯誼會"]


def test_titles_listed_after_an_appointment_s_body_share_it():
    roles, _ = _roles("組織部宣布，由陳大文接替王小明出任東華集團董事長及黨組書記。")
    assert ("陳大文", "黨組書記", "東華集團") in roles
    roles, _ = _roles("陳大文則轉任東華集團董事、總經理及黨組副書記。")
    assert {("陳大文", t, "東華集團") for t in ("董事", "總經理", "黨組副書記")} <= set(roles)


def test_a_career_list_of_bodies_lends_no_body_to_a_bare_title():
    _, doc = _roles("陳大文曾任移民署專門委員、行政處長、建設處長、秘書長等職務。")
    secretary = [r for r in doc.roles if r.title == "秘書長"]
    assert secretary and all(r.method != "appointment" for r in secretary)  # the sentence gives it no body


def test_a_two_character_name_is_cut_before_ren_and_a_body():
    _, doc = _roles("張明任黨工委書記。")
    assert _persons(doc) == ["張明"]


def test_a_ministry_of_two_portfolios_is_the_body_of_its_minister():
    roles, _ = _roles("數碼發展及新聞部長楊大明出席，林小華接任青年及體育部長職務。")
    assert ("楊大明", "部長", "數碼發展及新聞部") in roles
    assert ("林小華", "部長", "青年及體育部") in roles


def test_malaysian_and_singapore_posts_are_titles():
    roles, _ = _roles("雪州州務大臣陳大明、商會永久名譽會長林小華及國務資政王志強出席。")
    titles = {t for _, t, _ in roles}
    assert {"州務大臣", "永久名譽會長", "國務資政"} <= titles


def test_deng_after_a_titled_name_closes_it_and_a_division_slash_ends_a_byline_name():
    roles, doc = _roles("到場的還有光復鄉長林清水等多人。記者范振和∕花蓮報導")
    assert ("林清水", "鄉長", "光復鄉") in roles
    assert "范振和" in _persons(doc)
    _, doc = _roles("典禮包括致贈卸任校長紀念品等流程。")
    assert _persons(doc) == []


def test_a_title_s_name_glued_to_ji_does_not_open_the_next_body():
    roles, doc = _roles("縣議員陳碧華、鎮長方進興及鎮民代表會主席何秀綿等人出席。")
    assert "方進興" in _persons(doc)
    assert ("何秀綿", "主席", "鎮民代表會") in roles


def test_a_national_federation_ending():
    roles, _ = _roles("中華民國醫師公會全聯會理事長邱大源表示。")
    assert ("邱大源", "理事長", "中華民國醫師公會全聯會") in roles


def test_an_acting_word_before_a_unit_is_no_body_s_name():
    _, doc = _roles("港交所代理集團行政總裁戴大堅表示。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["港交所"]


def test_a_party_before_a_legislator_s_seat_is_not_its_body():
    roles, _ = _roles("民進黨立委尤美華表示支持，國民黨台北市議員王大明反對。")
    assert ("尤美華", "立委", "") in roles and ("尤美華", "立委", "民進黨") not in roles
    assert ("王大明", "議員", "台北市") in roles


def test_a_career_sentence_with_no_subject_after_a_possessive_one():
    text = (
        "吳大明，早年執教於東華中學。其書法作品曾以「王羲之詩帖」為題展出。"
        "曾任第九、十屆全國人大代表，基本法諮詢委員會委員。現任東區坊會永遠會長。"
    )
    roles, _ = _roles(text)
    assert {("吳大明", "代表", "全國人大"), ("吳大明", "委員", "基本法諮詢委員會"), ("吳大明", "永遠會長", "東區坊會")} <= set(roles)
    assert not any(p == "王羲之" for p, _, _ in roles)


def test_a_body_s_name_does_not_run_back_over_a_person_s_name_before_a_place():
    _, doc = _roles("李大鵬美國康乃爾大學電機工程系博士畢業。香港孫中山紀念館今日開放。")
    orgs = [m.text for m in doc.mentions if m.label == "ORG"]
    assert "美國康乃爾大學電機工程系" in orgs and "李大鵬" in _persons(doc)
    assert "香港孫中山紀念館" in orgs


def test_a_move_before_the_verb_of_a_post():
    roles, _ = _roles("李大鵬2002年返台擔任中山大學特聘教授。他回憶擔任其秘書期間受益良多。")
    assert ("李大鵬", "特聘教授", "中山大學") in roles


def test_a_career_sentence_opened_by_a_date_and_a_move():
    roles, _ = _roles("資料顯示，景大海曾任陝西省副省長；2015年後調往北京，曾任中央宣傳部副部長。")
    assert ("景大海", "副部長", "中央宣傳部") in roles


def test_a_transfer_to_a_place_before_the_next_post():
    roles, doc = _roles("沈大明2016年任中國教育部副部長，一年後調任海南，任海南省委副書記，一年後任雲南省委書記。")
    assert ("沈大明", "副書記", "海南省委") in roles and ("沈大明", "書記", "雲南省委") in roles
    assert "後任雲南省委" not in [m.text for m in doc.mentions]


def test_prosecutors_serve_a_prosecutors_office_not_a_court():
    roles, _ = _roles("此案由東山地方法院審理。東山地檢署指出，檢察官陳大文與主任檢察官王小明已起訴，南山地檢檢察長李志強亦表示支持。")
    assert not any(o == "東山地方法院" for p, t, o in roles if p in ("陳大文", "王小明"))
    assert ("李志強", "檢察長", "南山地檢") in roles


def test_a_verb_glued_to_a_name_under_a_compound_surname_or_before_jiang():
    _, doc = _roles("鋼琴家吳宜玲與法官歐陽儀演出。就像司法院長許宗力講的，制度很重要。")
    assert {"歐陽儀", "許宗力"} <= set(_persons(doc))


def test_a_form_of_address_ends_a_body_s_name_and_a_head_cut_in_two_stands():
    roles, doc = _roles("高博集團有限公司主席梁國邦先生及天龍人力資源有限公司主席陳偉龍先生主禮。旅法華人會館會長江基民致辭。")
    assert ("梁國邦", "主席", "高博集團有限公司") in roles
    assert ("陳偉龍", "主席", "天龍人力資源有限公司") in roles
    assert ("江基民", "會長", "旅法華人會館") in roles


def test_malaysian_and_singapore_bodies_short_forms_take_their_titles():
    roles, _ = _roles("職總秘書長陳大聲表示，董總主席葉大田與教總主席王大群出席，華總總秘書蔡大衍致辭。")
    assert {("陳大聲", "秘書長", "職總"), ("葉大田", "主席", "董總"), ("王大群", "主席", "教總"), ("蔡大衍", "總秘書", "華總")} <= set(roles)


def test_an_estate_agents_authority_and_a_long_vice_president_title():
    roles, doc = _roles("地產代理監管局主席梁大祥將於本月底離任。大河娛樂集團公共關係社區關係助理副總裁冼大雯出席。")
    assert ("梁大祥", "主席", "地產代理監管局") in roles
    assert [m.text for m in doc.mentions if m.label == "TITLE" and "副總" in m.text] == ["公共關係社區關係助理副總裁"]


def test_a_party_before_an_elected_head_is_not_its_polity():
    roles, _ = _roles("國民黨里長李大中表示，三犁里里長王小明出席，民進黨市長陳大同致辭。")
    assert ("李大中", "里長", "") in roles and ("王小明", "里長", "三犁里") in roles
    assert not any(o == "民進黨" for _, _, o in roles)


def test_a_shared_head_keeps_its_bracketed_portfolio():
    roles, _ = _roles("教育部長(學校)兼交通部第二部長黃大明相信。")
    assert ("黃大明", "部長(學校)", "教育部") in roles


def test_a_known_body_s_last_character_is_no_rank_of_the_title_after_it():
    roles, _ = _roles("商會代表團由中總榮譽主席謝大民率領，東華總經理陳大文隨團。")
    assert ("謝大民", "榮譽主席", "中總") in roles
    assert any(p == "陳大文" and t == "總經理" for p, t, _ in roles)


def test_a_bracket_holding_another_post_and_its_holder_is_no_qualifier():
    roles, _ = _roles("馬主席(政府人員協會主席馬大成)、唐副會長(工聯會副會長唐大堯)、各位議員。")
    assert ("馬大成", "主席", "政府人員協會") in roles and ("唐大堯", "副會長", "工聯會") in roles


def test_a_bare_ending_after_a_name_glued_to_wei_is_the_body_named_before():
    _, doc = _roles("東山城市音樂研究學會日前舉行大會，選出鄭國柱為學會主席。")
    assert ("鄭國柱", "主席", "東山城市音樂研究學會") in [(r.person, r.title, r.organization_normalized) for r in doc.roles]


def test_names_appointed_new_members_sit_on_the_body_of_the_clause():
    roles, _ = _roles("政府委任鄭國柱為文物諮詢委員會主席，以及委任盧美蘭和祝志明為新成員。")
    assert ("盧美蘭", "成員", "文物諮詢委員會") in roles and ("祝志明", "成員", "文物諮詢委員會") in roles


def test_newcomers_introduced_as_a_set_hold_its_title_besides_their_own():
    roles, _ = _roles("行政會議由主要官員及非官守成員組成，新加入的非官守成員，包括東山大學校長鄭國柱、西湖銀行主席盧美蘭。")
    assert ("鄭國柱", "校長", "東山大學") in roles and ("盧美蘭", "主席", "西湖銀行") in roles
    assert ("鄭國柱", "非官守成員", "行政會議") in roles and ("盧美蘭", "非官守成員", "行政會議") in roles


def test_a_clause_of_holding_a_post_before_a_name_gives_the_name_the_post():
    roles, _ = _roles("在擔任文物諮詢委員會主席期間，鄭國柱推動多項改革。")
    assert roles == [("鄭國柱", "主席", "文物諮詢委員會")]
    roles, _ = _roles("他在擔任主席期間，盧美蘭推動改革。")
    assert roles == []  # the clause has a subject of its own


def test_a_body_opening_its_clause_before_a_time_word_is_a_body():
    roles, _ = _roles("為就預算提交意見，青年工業總會今午舉行午宴，主席鄭國柱希望政府支持業界。")
    assert ("鄭國柱", "主席", "青年工業總會") in roles


def test_a_status_word_before_a_title_is_a_qualifier_not_part_of_it():
    _, doc = _roles("歷任社長為鄭國柱、盧美蘭，現任社長為祝志明。首任校長馬家寶出席。")
    assert {(r.person, r.title) for r in doc.roles} >= {("鄭國柱", "社長"), ("盧美蘭", "社長"), ("祝志明", "社長"), ("馬家寶", "校長")}
    assert [r.qualifiers for r in doc.roles if r.person == "馬家寶"] == [("首任",)]


def test_a_polity_s_party_committee_is_the_body_of_its_secretary():
    roles, _ = _roles("廣西自治區黨委書記鄭國柱、東山大學黨委書記盧美蘭出席。")
    assert ("鄭國柱", "書記", "廣西自治區黨委") in roles and ("盧美蘭", "黨委書記", "東山大學") in roles


def test_words_before_a_bureau_head_name_the_bureau_with_the_head_s_first_character():
    _, doc = _roles("鄭國柱升任國傳司長。")
    assert [(r.person, r.title, r.organization, r.organization_normalized) for r in doc.roles] == [("鄭國柱", "司長", "國傳", "國傳司")]


def test_a_posting_abroad_between_the_verb_and_the_title():
    roles, _ = _roles("任命盧美蘭為中華人民共和國駐東山共和國特命全權大使，祝志明為駐英國代表。")
    assert ("盧美蘭", "特命全權大使", "") in roles and ("祝志明", "代表", "") in roles


def test_a_roster_heading_with_groups_gives_each_name_its_title():
    roles, _ = _roles("新任院士名單：數理科學組的鄭國柱、盧美蘭、祝志明。")
    assert roles == [(name, "院士", "") for name in ("鄭國柱", "盧美蘭", "祝志明")]


def test_a_counted_honour_after_names_a_heading_title_took():
    roles, _ = _roles("會議由主持人鄭國柱、盧美蘭、祝志明等院士共同主持。")
    assert [p for p, t, _ in roles if t == "院士"] == ["鄭國柱", "盧美蘭", "祝志明"]
    roles, _ = _roles("副理事長鄭國柱、盧美蘭等理監事出席。")
    assert ("鄭國柱", "理監事", "") not in roles  # the board at large, not a post of theirs


def test_a_malaysian_state_opens_an_association_s_name():
    roles, _ = _roles("霹靂育才校友會第38屆理事會成立，鄭國柱蟬聯理事長。")
    assert ("鄭國柱", "理事長", "霹靂育才校友會") in roles


def test_a_company_s_short_name_heading_an_item_before_a_corporate_title_and_a_name():
    roles, _ = _roles("出席的有東揚總經理鄭國柱、華岳董事長盧美蘭。")
    assert ("鄭國柱", "總經理", "東揚") in roles and ("盧美蘭", "董事長", "華岳") in roles
    roles, _ = _roles("李明董事長表示，公司業績理想。")
    assert not any(o == "李明" for _, _, o in roles)  # no name after the title: the word is its holder's


def test_an_occupation_without_a_body_or_rank_is_no_role_but_a_post_is():
    roles, _ = _roles("律師鄭國柱表示不滿，大律師盧美蘭代表上訴人，東山醫院醫師祝志明作供。")
    assert not any(p == "鄭國柱" for p, _, _ in roles)
    assert ("盧美蘭", "大律師", "") in roles and ("祝志明", "醫師", "東山醫院") in roles


def test_a_player_s_position_or_a_placing_is_no_post():
    roles, _ = _roles("東山足球會門將鄭國柱及後衛盧美蘭入選，主教練祝志明表示滿意。")
    assert not any(t in ("門將", "後衛") for _, t, _ in roles)
    assert any(p == "祝志明" and t == "主教練" for p, t, _ in roles)


def test_gai_dang_refers_to_the_party_named_before():
    _, doc = _roles("東山黨昨日舉行集思會，探討發展路向，該黨代主席鄭國柱會後指黨員意見分歧。")
    assert ("鄭國柱", "代主席", "東山黨") in [(r.person, r.title, r.organization_normalized) for r in doc.roles]


def test_a_byline_s_outlet_is_its_reporter_s_body():
    roles, _ = _roles("[東山新聞雲]記者 鄭國柱/苗栗報導")
    assert roles == [("鄭國柱", "記者", "東山新聞雲")]
    roles, _ = _roles("【西湖雙語網訊】記者盧美蘭報道：大會昨日舉行。")
    assert roles == [("盧美蘭", "記者", "西湖雙語網")]
    roles, _ = _roles("【本報記者鄭志強報道】大會昨日舉行。")
    assert roles == [("鄭志強", "記者", "")]


def test_a_list_of_names_goes_on_past_a_constituency_or_a_bracketed_party():
    roles, _ = _roles("選委界陳大文和九龍中楊小明分別出任房屋事務委員會主席和副主席。")
    assert ("陳大文", "主席", "房屋事務委員會") in roles and ("楊小明", "副主席", "房屋事務委員會") in roles
    roles, _ = _roles("港島東議員陳大文（民建聯）與九龍西梁小明分別出任發展事務委員會主席、副主席。")
    assert ("陳大文", "主席", "發展事務委員會") in roles and ("梁小明", "副主席", "發展事務委員會") in roles


def test_a_party_in_brackets_after_a_name_is_no_body_for_a_later_title():
    roles, _ = _roles("陳大文（民建聯）、梁小明（工聯會）及李小華當選委員。")
    assert not any(o for _, t, o in roles if t == "委員")


def test_a_career_listed_right_after_a_name_with_no_verb():
    roles, _ = _roles("根據資料顯示，鄭國柱勞動部部長、行政院蒙藏委員會委員長、嘉義縣副縣長。")
    assert roles == [("鄭國柱", "部長", "勞動部"), ("鄭國柱", "委員長", "行政院蒙藏委員會"), ("鄭國柱", "副縣長", "嘉義縣")]
    roles, _ = _roles("陳大文東山公司董事長表示支持。")
    assert roles == []  # one post: not a career list


def test_a_one_character_adjective_opening_a_list_item_opens_the_body_s_name():
    roles, _ = _roles("東山同鄉會永遠會長、新基地產發展有限公司董事總經理鄭國柱先生昨日辭世。")
    assert ("鄭國柱", "董事總經理", "新基地產發展有限公司") in roles and ("鄭國柱", "永遠會長", "東山同鄉會") in roles


def test_a_counted_title_then_a_comma_introduces_bodies_each_with_a_name():
    roles, _ = _roles("專訪3位國民法官專庭審判長，桃園地院鄭國柱、新北地院盧美蘭、台北地院祝志明。")
    assert {(p, o) for p, t, o in roles if t == "審判長"} >= {("鄭國柱", "桃園地院"), ("盧美蘭", "新北地院"), ("祝志明", "台北地院")}


def test_a_temple_s_name_in_quotation_marks_is_a_body():
    roles, _ = _roles("潭子信仰中心「東山亭觀音媽廟」昨晚舉辦主委遴選大會，最後選出新科主委鄭國柱。")
    assert ("鄭國柱", "主委", "東山亭觀音媽廟") in roles


def test_a_party_committee_is_the_secretary_s_body_not_the_director_s():
    roles, _ = _roles("東山委黨委書記、主任鄭國柱出席會議。東山委黨委委員、副主任盧美蘭、祝志明出席座談會。")
    # The committee is written in the party post's title (黨委書記), never in the director's body.
    assert ("鄭國柱", "黨委書記", "東山委") in roles and ("鄭國柱", "主任", "東山委") in roles
    assert ("盧美蘭", "黨委委員", "東山委") in roles and ("盧美蘭", "副主任", "東山委") in roles
    assert not [r for r in roles if r[1] in ("主任", "副主任") and r[2].endswith("黨委")]


def test_dai_after_an_ordinal_is_a_generation_not_acting():
    roles, _ = _roles("第三代總理鄭國柱同日宣誓就職，代總理盧美蘭監誓。")
    assert ("鄭國柱", "總理", "") in roles and ("盧美蘭", "代總理", "") in roles


def test_a_post_abroad_written_with_its_place_needs_no_body_to_be_kept():
    from pipeline.stages import roles as stage
    doc = pipeline.process_text("任命鄭國柱為中華人民共和國駐東山共和國特命全權大使。")
    kept = [r for r in doc.roles if r.confidence >= 0.35]  # the shipped floor, not the test fixture's 0
    assert [(r.person, r.title, r.organization) for r in kept] == [("鄭國柱", "特命全權大使", "")]
    assert stage.MIN_CONFIDENCE == 0.0  # (the fixture keeps every role)


def test_a_surname_alone_before_an_adverb_is_the_person_named_in_full():
    roles, doc = _roles("東山律師會副會長盧曉峰昨日表示支持。盧現為某律師行的顧問，並擔任東山律師會理事。")
    assert "盧現" not in _persons(doc)
    assert any(p == "盧曉峰" and t == "理事" for p, t, _ in roles)


def test_a_board_or_a_delegation_closing_a_body_s_name_is_left_out_of_the_role_s_body():
    roles, _ = _roles("東山糖業公司董事會昨日通過，由鄭國柱出任代理董事長。")
    assert ("鄭國柱", "代理董事長", "東山糖業公司") in roles
    roles, _ = _roles("東山中華總商會佛山參觀考察團昨日出發，副理事長鄭國柱及團長盧美蘭帶領。")
    assert ("鄭國柱", "副理事長", "東山中華總商會") in roles
    roles, _ = _roles("東山大學校董會主席鄭國柱表示。")
    assert ("鄭國柱", "主席", "東山大學校董會") in roles  # a board's chair is the board's own


def test_a_known_body_sharing_its_head_grows_by_the_place_before_it():
    roles, _ = _roles("鄭國柱歷任台北市長、中華民國內政部長、中國國民黨秘書長等重要公職。")
    assert ("鄭國柱", "部長", "中華民國內政部") in roles and ("鄭國柱", "秘書長", "中國國民黨") in roles


def test_the_name_after_a_title_that_mianqu_dismisses_from_is_its_holder():
    roles, _ = _roles("國務院宣布，根據行政長官鄭國柱建議，免去東山事務局局長盧美蘭職務。")
    assert ("盧美蘭", "局長", "東山事務局") in roles and ("鄭國柱", "局長", "東山事務局") not in roles


def test_yuan_before_the_verb_makes_a_past_post_and_a_later_clause_the_new_one():
    roles, _ = _roles("盧美蘭原為東山海關副關長，去年升任關長。")
    assert ("盧美蘭", "副關長", "東山海關") in roles and ("盧美蘭", "關長", "東山海關") in roles


def test_the_holder_named_after_yuanren_post_de_is_not_the_byline_s_reporter():
    roles, _ = _roles("本報訊（記者鄭國柱）東山工會新領導層誕生，原任會長的盧美蘭獲推選為榮譽會長。")
    assert not any(p == "鄭國柱" and t == "會長" for p, t, _ in roles)


def test_a_title_before_houxuanren_is_sought_not_held():
    roles, _ = _roles("東山金控今日改選董事，盧美蘭是董事候選人中得票最高者。")
    assert not any(p == "盧美蘭" and t == "董事" for p, t, _ in roles)


def test_a_constituency_between_a_title_s_wei_and_the_name():
    roles, _ = _roles("交通事務委員會主席為新界東李大華，副主席為九龍西陳小明。")
    assert ("李大華", "主席", "交通事務委員會") in roles and ("陳小明", "副主席", "交通事務委員會") in roles


def test_a_unit_named_by_the_character_its_head_repeats():
    roles, _ = _roles("鄭國柱調陞警政署保安組組長，盧美蘭出席。")
    assert ("鄭國柱", "組長", "警政署保安組") in roles
    roles, _ = _roles("出席者有東山觀光署企畫組組長鄭國柱、國際組組長盧美蘭。")
    assert ("盧美蘭", "組長", "國際組") in roles


def test_a_status_word_before_a_body_is_not_part_of_its_name():
    roles, _ = _roles("業務總監鄭國柱（候任東山青年協會會長）出席。")
    assert ("鄭國柱", "會長", "東山青年協會") in roles


def test_a_name_s_posts_written_as_its_duties():
    roles, _ = _roles("人大常委會決定免去鄭國柱的科學技術部部長職務。")
    assert ("鄭國柱", "部長", "科學技術部") in roles
    roles, _ = _roles("盧美蘭的東山人民代表大會常務委員會委員、教育委員會委員職務相應撤銷。")
    assert ("盧美蘭", "委員", "東山人民代表大會常務委員會") in roles and ("盧美蘭", "委員", "教育委員會") in roles


def test_a_move_before_the_verb_and_le_after_it_keep_the_appointment():
    roles, _ = _roles("時任東山日報社總編輯鄭國柱，南下出任廣東省委常委。")
    assert ("鄭國柱", "常委", "廣東省委") in roles
    roles, _ = _roles("盧美蘭辭去了公司非執行董事、副董事長等職務。")
    assert any(p == "盧美蘭" and t == "副董事長" for p, t, _ in roles)


def test_lvxin_before_the_posts_a_name_holds():
    roles, _ = _roles("剛剛履新遼寧省委常委的鄭國柱表示支持。")
    assert ("鄭國柱", "常委", "遼寧省委") in roles


def test_a_move_from_one_post_to_an_acting_mayor_s_post_of_a_city():
    doc = pipeline.process_text("東山大學前校長鄭國柱將由環保部長轉任北京代理市長。")
    roles = [(r.person, r.title, r.organization) for r in doc.roles]
    assert ("鄭國柱", "代理市長", "北京") in roles and ("鄭國柱", "部長", "環保部") in roles
    assert len(roles) == len(set(roles))  # the move's shape and the appointment's give one role each


def test_religious_names_after_a_title_and_after_a_joiner_between_clerics():
    roles, doc = _roles("東山紀念館館長如常法師導覽，副住持慧開法師和慧昭法師陪同。")
    assert {"如常", "慧開", "慧昭"} <= set(_persons(doc)) and "和慧昭" not in _persons(doc)
    assert ("如常", "館長", "東山紀念館") in roles
    roles, _ = _roles("信眾前往禮拜佛光山開山祖師星雲大師。")
    assert ("星雲", "開山祖師", "佛光山") in roles


def test_a_move_from_a_post_whose_new_post_was_named_before():
    roles, _ = _roles("三位副秘書長中，鄭國柱由原本的婦女部主任升任。")
    assert ("鄭國柱", "主任", "婦女部") in roles


def test_jingwenchu_is_a_known_body_and_heads_a_line_up():
    roles, _ = _roles("經文處洪大珠處長、盧美蘭副處長出席。")
    assert ("洪大珠", "處長", "經文處") in roles and ("盧美蘭", "副處長", "經文處") in roles


def test_a_centre_s_name_holds_huodong_and_ends_before_its_bracketed_abbreviation():
    roles, _ = _roles("東山華人活動中心(ECC)董事長盧美蘭致詞。")
    assert ("盧美蘭", "董事長", "東山華人活動中心") in roles


def test_a_committee_named_by_its_task_alone():
    roles, _ = _roles("籌募委員會成員鄭國柱、盧美蘭出席。")
    assert ("鄭國柱", "成員", "籌募委員會") in roles
    doc = pipeline.process_text("相關委員會及專門委員會將跟進。")
    assert not [m for m in doc.mentions if m.label == "ORG"]


def test_malaysian_transliterated_names_with_mo_and_gu():
    roles, doc = _roles("教育部長莫哈末拉茲表示，外交部副部長東姑阿茲蘭出席。")
    assert {"莫哈末拉茲", "東姑阿茲蘭"} <= set(_persons(doc))
    assert ("莫哈末拉茲", "部長", "教育部") in roles


def test_a_post_left_by_tuiren_goes_to_the_name_taking_it_over():
    roles, _ = _roles("東山大學校長林建明由於年齡原因退任，由鄭國柱接任。")
    assert ("鄭國柱", "校長", "東山大學") in roles


def test_a_division_chief_in_a_line_up_takes_the_department_before():
    roles, _ = _roles("東山省民政廳副廳長鄭國柱、處長盧美蘭介紹情況。")
    assert ("盧美蘭", "處長", "東山省民政廳") in roles
    roles, _ = _roles("東山縣財政處處長鄭國柱、科長盧美蘭出席。")
    assert ("盧美蘭", "科長", "東山縣財政處") in roles


def test_adjectives_inside_a_committee_s_name_and_a_police_division():
    roles, _ = _roles("會上，種族平等委員會代表盧美蘭發言。")
    assert ("盧美蘭", "代表", "種族平等委員會") in roles
    roles, _ = _roles("旺角分區指揮官鄭國柱到場。")
    assert ("鄭國柱", "指揮官", "旺角分區") in roles


def test_a_branch_word_right_after_its_body_opens_the_title():
    roles, _ = _roles("東山消防處分區指揮官鄭國柱到場。")
    assert any(r[0] == "鄭國柱" and r[1] == "分區指揮官" and r[2].endswith("消防處") for r in roles)


def test_a_titled_list_goes_on_after_a_form_of_address():
    roles, _ = _roles("委員包括鄭國柱教授、盧美蘭博士及林建明先生。")
    assert {("鄭國柱", "委員", ""), ("盧美蘭", "委員", ""), ("林建明", "委員", "")} <= set(roles)


def test_holders_confirmed_as_and_a_post_then_shi_you():
    roles, _ = _roles("東山總商會四名副會長確定為鄭國柱、盧美蘭、林建明及何志強。")
    assert {r[0] for r in roles if r[1] == "副會長"} == {"鄭國柱", "盧美蘭", "林建明", "何志強"}
    roles, _ = _roles("東山總商會秘書長則是由盧美蘭擔任。")
    assert ("盧美蘭", "秘書長", "東山總商會") in roles or ("盧美蘭", "秘書長", "") in roles


def test_a_move_written_with_wei_after_the_verb():
    roles, _ = _roles("東山市教育局宣布，鄭國柱升任為副局長。")
    assert any(r[0] == "鄭國柱" and r[1] == "副局長" and r[2].endswith("教育局") for r in roles)


def test_a_counted_set_moving_up_keeps_both_posts():
    roles, _ = _roles("兩名政治助理升任為副局長，包括鄭國柱和盧美蘭。")
    for name in ("鄭國柱", "盧美蘭"):
        assert (name, "副局長", "") in roles and (name, "政治助理", "") in roles
    roles, _ = _roles("東山商會委任了多名顧問，包括鄭國柱、盧美蘭和林建明。")
    assert {r[0] for r in roles if r[1] == "顧問"} == {"鄭國柱", "盧美蘭", "林建明"}


def test_a_member_s_constituency_office_is_one_body():
    roles, _ = _roles("林建明立委服務處主任鄭國柱到場。")
    assert ("鄭國柱", "主任", "林建明立委服務處") in roles
    roles, _ = _roles("林建明、何志強議員服務處秘書鄭國柱到場。")
    assert ("林建明", "議員", "") in roles and ("何志強", "議員", "") in roles


def test_a_career_list_goes_on_after_a_unit_s_head_joined_by_jian():
    roles, _ = _roles("鄭國柱曾任東大物理系教授兼系主任、光學所教授兼所長、理學院院長。")
    assert ("鄭國柱", "系主任", "東大物理系") in roles  # 系主任 written whole after 兼
    assert ("鄭國柱", "所長", "光學所") in roles and ("鄭國柱", "院長", "理學院") in roles


def test_posts_held_now_and_on_secondment():
    roles, _ = _roles("鄭國柱目前兼任東山研究院協理。")
    assert ("鄭國柱", "協理", "東山研究院") in roles
    roles, _ = _roles("鄭國柱曾借調東山大學擔任副校長。")
    assert ("鄭國柱", "副校長", "東山大學") in roles


def test_a_post_written_before_its_holder_after_shi_or_yuanwei():
    roles, _ = _roles("同時也是東山工會理事長的鄭國柱正式卸任。")
    assert ("鄭國柱", "理事長", "東山工會") in roles
    roles, _ = _roles("東山隊宣布，原為副主教練的盧美蘭成為新帥。")
    assert any(r[0] == "盧美蘭" and r[1] == "副主教練" for r in roles)
    roles, _ = _roles("他批評主席的鄭國柱。")
    assert not any(r[0] == "鄭國柱" for r in roles)


def test_a_post_abroad_written_as_a_duty_after_de():
    roles, _ = _roles("免去鄭國柱的中華人民共和國駐東山共和國特命全權大使職務。")
    assert any(r[0] == "鄭國柱" and r[1] == "特命全權大使" for r in roles)


def test_a_name_before_a_mayor_s_title_is_no_foreign_city():
    roles, doc = _roles("局長請辭，張萬安市長已准辭。")
    assert "張萬安" in _persons(doc) and not [m for m in doc.mentions if m.label == "ORG" and m.text.endswith("萬安")]
    roles, _ = _roles("、羅斯密市長盧美蘭出席。")
    assert ("盧美蘭", "市長", "羅斯密") in roles


def test_hui_after_a_name_is_will_and_an_acting_word_after_an_adverb_is_the_verb():
    roles, doc = _roles("東山局副局長鄭國柱會出任局長。")
    assert not [m for m in doc.mentions if m.label == "ORG" and m.text.endswith("會")]
    assert ("鄭國柱", "局長", "東山局") in roles and ("鄭國柱", "副局長", "東山局") in roles
    roles, _ = _roles("東山局副局長鄭國柱將署任局長。")
    assert ("鄭國柱", "局長", "東山局") in roles


def test_a_photo_pointer_after_a_name_is_no_part_of_the_sentence():
    roles, _ = _roles("現任東山署副署長鄭國柱(下圖)將於下月出任東山署署長。")
    assert ("鄭國柱", "署長", "東山署") in roles
    roles, _ = _roles("東山工會理事長鄭國柱（左二）與副理事長盧美蘭（右）出席。")
    assert ("鄭國柱", "理事長", "東山工會") in roles and ("盧美蘭", "副理事長", "東山工會") in roles


def test_a_party_written_before_a_name_is_its_label_not_the_body_of_a_post():
    roles, _ = _roles("東山事務委員會主席為民建聯鄭國柱，副主席為民主黨盧美蘭。")
    assert ("鄭國柱", "主席", "東山事務委員會") in roles and ("盧美蘭", "副主席", "東山事務委員會") in roles
    roles, _ = _roles("在東山事務委員會上，民建聯鄭國柱接替民主黨盧美蘭擔任主席。")
    assert ("鄭國柱", "主席", "東山事務委員會") in roles
    roles, _ = _roles("國民黨主席鄭國柱出席。")  # a title after the party: its own post
    assert ("鄭國柱", "主席", "國民黨") in roles


def test_zheng_mark_fu_title_is_the_post_and_its_deputy():
    roles, _ = _roles("東區工商會選出正、副會長，分別為孔令輝及葉美玲。")
    assert ("孔令輝", "會長", "東區工商會") in roles and ("葉美玲", "副會長", "東區工商會") in roles
    roles, doc = _roles("林宗正、副會長葉美玲出席。")  # 正 closing a name
    assert "林宗正" in _persons(doc) and ("葉美玲", "副會長", "") in roles


def test_a_zhengfu_title_before_two_names_is_split_and_never_kept_whole():
    roles, _ = _roles("包括東山黨正副主席孔令輝與葉美玲。")
    assert ("孔令輝", "主席", "東山黨") in roles and ("葉美玲", "副主席", "東山黨") in roles
    roles, _ = _roles("正副主委分別由孔令輝、葉美玲擔任。")
    assert not any(t.startswith("正") for _, t, _ in roles)


def test_jianren_right_after_a_title_joins_a_second_post():
    roles, _ = _roles("東山黨公布人事，包括副主席兼任秘書長鄭國柱。")
    assert ("鄭國柱", "秘書長", "東山黨") in roles and ("鄭國柱", "副主席", "東山黨") in roles
    roles, _ = _roles("東山大學副校長兼任教授鄭國柱出席。")  # an adjunct professor
    assert any(p == "鄭國柱" and t == "兼任教授" for p, t, _ in roles)


def test_a_founding_modifier_after_a_body_is_the_title_s():
    roles, _ = _roles("東山大學醫學院創院院長鄭國柱教授今天出席。")
    assert ("鄭國柱", "創院院長", "東山大學醫學院") in roles
    roles, _ = _roles("東山中學創校校長盧美蘭出席。")
    assert ("盧美蘭", "創校校長", "東山中學") in roles


def test_zong_huizhang_after_a_known_body_is_its_head_s_title():
    roles, _ = _roles("馬華總會長鄭國柱今天致詞。")
    assert ("鄭國柱", "總會長", "馬華") in roles
    roles, _ = _roles("香港中總會長鄭國柱今天致詞。")  # 中總 ends in 總: its 會長
    assert ("鄭國柱", "會長", "香港中總") in roles


def test_a_body_name_title_run_gives_the_body_even_to_a_professor_or_monk():
    roles, _ = _roles("座談會由東山大學法律學系鄭國柱教授主講。")
    assert ("鄭國柱", "教授", "東山大學法律學系") in roles
    roles, _ = _roles("東山浸信會盧美蘭牧師今天致詞。")
    assert ("盧美蘭", "牧師", "東山浸信會") in roles
    roles, _ = _roles("東山黨鄭國柱立委與東山大學盧美蘭博士出席。")  # a polity post and a degree stay bare
    assert ("鄭國柱", "立委", "") in roles and ("盧美蘭", "博士", "") in roles


def test_a_body_joined_by_ji_after_a_listed_title_keeps_its_whole_name():
    roles, _ = _roles("出席者包括東山總署鄭國柱代部長、文化暨旅遊局盧美蘭處長。")
    assert ("盧美蘭", "處長", "文化暨旅遊局") in roles
    roles, _ = _roles("副局長及交通局代表出席。")  # a title, then 及: no body's name runs over it
    assert not any(o.startswith("副局長") for _, _, o in roles)


def test_xianwei_between_two_posts_before_de_and_a_name_chains_them():
    roles, _ = _roles("時任東山大學教授、現為西山銀行董事長的鄭國柱今天出席。")
    assert ("鄭國柱", "教授", "東山大學") in roles and ("鄭國柱", "董事長", "西山銀行") in roles


def test_a_taiwan_bank_s_short_form_before_a_title_is_its_body():
    roles, _ = _roles("高雄銀董事長鄭國柱與台中銀總經理盧美蘭今天出席。")
    assert ("鄭國柱", "董事長", "高雄銀") in roles and ("盧美蘭", "總經理", "台中銀") in roles


def test_an_association_s_or_team_s_short_form_before_a_title_is_its_body():
    roles, _ = _roles("籃協理事長鄭國柱表示，港隊主教練盧美蘭亦同意。")
    assert ("鄭國柱", "理事長", "籃協") in roles and ("盧美蘭", "主教練", "港隊") in roles


def test_ying_alone_is_a_verb_of_taking_a_post():
    roles, _ = _roles("東山街坊會選出新一屆理監事，鄭國柱連任理事長，盧美蘭膺監事長。")
    assert ("盧美蘭", "監事長", "東山街坊會") in roles


def test_an_honour_after_a_post_takes_none_of_its_words():
    roles, doc = _roles("東山公會總財政拿督鄭國柱及副總會長丹斯里盧美蘭出席。")
    titles = [m.text for m in doc.mentions if m.label == "TITLE"]
    assert "總財政拿督" not in titles and "拿督" in titles
    assert ("鄭國柱", "拿督", "") in roles and any(p == "鄭國柱" and t == "總財政" for p, t, _ in roles)
    assert ("盧美蘭", "丹斯里", "") in roles


def test_a_unit_named_by_its_task_verb_is_a_body():
    roles, _ = _roles("東山局技正鄭國柱調東山局火災鑑識中心主任，盧美蘭調拆除大隊副大隊長。")
    assert ("鄭國柱", "主任", "東山局火災鑑識中心") in roles and ("盧美蘭", "副大隊長", "拆除大隊") in roles


def test_cai_between_the_time_and_the_verb_keeps_the_appointment():
    roles, _ = _roles("鄭國柱去年才升任東山大學校長。")
    assert ("鄭國柱", "校長", "東山大學") in roles


def test_a_colon_list_goes_on_after_a_semicolon_with_its_next_group():
    roles, _ = _roles("新任院士名單：物理組的鄭國柱、盧美蘭；化學組的林志明、黃文德。會議由趙小雲主持。")
    for name in ("鄭國柱", "盧美蘭", "林志明", "黃文德"):
        assert any(p == name and t == "院士" for p, t, _ in roles)
    assert not any(p == "趙小雲" and t == "院士" for p, t, _ in roles)


def test_a_colon_list_ends_when_the_next_sentence_is_no_group_of_names():
    roles, _ = _roles("新任院士名單：物理組的鄭國柱、盧美蘭；趙小雲表示祝賀。")
    assert not any(p == "趙小雲" and t == "院士" for p, t, _ in roles)


def test_a_company_named_by_its_business_word_before_a_title_is_its_body():
    roles, _ = _roles("東元電機董事長鄭國柱與南山輪胎總經理盧美蘭今天出席。")
    assert ("鄭國柱", "董事長", "東元電機") in roles and ("盧美蘭", "總經理", "南山輪胎") in roles


def test_qingci_is_leaving_a_post_the_person_held():
    roles, doc = _roles("鄭國柱昨日請辭中華電信董事長。")
    assert ("鄭國柱", "董事長", "中華電信") in roles
    assert any("請辭" in r.qualifiers for r in doc.roles if r.person == "鄭國柱")


def test_xianren_after_the_copula_keeps_the_post():
    roles, _ = _roles("鄭國柱是現任東華三院董事，盧美蘭為現任中華電信董事長。")
    assert ("鄭國柱", "董事", "東華三院") in roles and ("盧美蘭", "董事長", "中華電信") in roles


def test_the_name_replaced_is_not_the_one_taking_the_post():
    roles, _ = _roles("鄭國柱則接替盧美蘭任中華電信董事長。")
    assert ("鄭國柱", "董事長", "中華電信") in roles
    assert not any(p == "盧美蘭" for p, _, _ in roles)


def test_a_referring_body_before_a_board_s_title_is_the_body_named_before():
    _, doc = _roles("同善堂於初春時節探訪院舍。該堂值理會主席鄭國柱出席。")
    role = next(r for r in doc.roles if r.person == "鄭國柱")
    assert role.organization == "該堂" and role.organization_normalized.endswith("同善堂")


def test_the_chair_of_a_members_general_meeting_is_a_post_of_the_association():
    roles, _ = _roles("澳門東山校友會會員大會主席鄭國柱、理事長盧美蘭出席。")
    assert ("鄭國柱", "主席", "澳門東山校友會") in roles
    roles, _ = _roles("澳門東山校友會昨日舉行週年大會。大會主席鄭國柱致辭。")
    assert not any(p == "鄭國柱" and o for p, _, o in roles)


def test_adverbs_of_cause_and_time_before_the_verb_keep_the_appointment():
    roles, _ = _roles("鄭國柱因出任律政司司長而辭職，盧美蘭近期請辭東山大學校長一職。")
    assert ("鄭國柱", "司長", "律政司") in roles and ("盧美蘭", "校長", "東山大學") in roles
    roles, _ = _roles("林志明突獲中央任命為運輸及物流局局長。")
    assert ("林志明", "局長", "運輸及物流局") in roles


def test_xiexia_leaves_a_post_and_diaodao_names_the_body_served_in():
    roles, doc = _roles("鄭國柱卸下東華三院主席職務，盧美蘭被調到陸委會擔任副主委。")
    assert ("鄭國柱", "主席", "東華三院") in roles and ("盧美蘭", "副主委", "陸委會") in roles
    assert any("卸下" in r.qualifiers for r in doc.roles if r.person == "鄭國柱")


def test_posts_held_before_de_go_to_the_name_after_its_own_post():
    roles, _ = _roles("曾任金管會主委、高雄銀董事長的台中銀董事鄭國柱今天出席。")
    assert {("鄭國柱", "主委", "金管會"), ("鄭國柱", "董事長", "高雄銀"), ("鄭國柱", "董事", "台中銀")} <= set(roles)
    roles, _ = _roles("批評主席的立委鄭國柱今天出席。")
    assert not any(t == "主席" for _, t, _ in roles)


def test_a_board_s_year_in_the_sexagenary_cycle_is_its_term():
    roles, _ = _roles("鄭國柱當選東華三院己亥年董事局主席。")
    assert ("鄭國柱", "主席", "東華三院") in roles


def test_a_foreign_city_written_with_its_own_shi_before_shizhang_is_the_body():
    roles, _ = _roles("庫柏提諾市市長鄭國柱與菲利蒙市議員盧美蘭出席。")
    assert ("鄭國柱", "市長", "庫柏提諾市") in roles


def test_a_title_ending_in_zhang_before_a_surname_the_dictionary_glues_to_it():
    roles, _ = _roles("東山會選出理事長江毅，監事長盧美蘭。")
    assert ("江毅", "理事長", "東山會") in roles
    roles, _ = _roles("原地方稅務局長林延文屆齡退休。")
    assert any(p == "林延文" and t.endswith("長") for p, t, _ in roles)


def test_rooms_relations_and_classes_of_bodies_are_no_organisations():
    _, doc = _roles("兩岸關係論壇在酒店三樓宴會廳舉行，國際組織代表及愛國社團成員出席。")
    assert not [m.text for m in doc.mentions if m.label == "ORG"]


def test_a_bare_zhengxie_before_weiyuan_is_the_body():
    roles, _ = _roles("政協委員鄭國柱與政協常委盧美蘭出席。")
    assert ("鄭國柱", "委員", "政協") in roles and ("盧美蘭", "常委", "政協") in roles


def test_a_city_named_without_its_shi_before_shizhang_is_the_body():
    roles, doc = _roles("鄭國柱為首任板橋市長，盧美蘭曾任中和市長。")
    assert ("鄭國柱", "市長", "板橋") in roles and ("盧美蘭", "市長", "中和") in roles
    assert {r.organization_normalized for r in doc.roles} == {"板橋市", "中和市"}


def test_more_verbs_of_holding_and_adverbs_before_them():
    roles, _ = _roles("鄭國柱曾長期擔任東山會副會長，盧美蘭貶任安徽省政協主席。")
    assert ("鄭國柱", "副會長", "東山會") in roles and ("盧美蘭", "主席", "安徽省政協") in roles
    roles, _ = _roles("林志明曾歷練國防部常務次長，黃文德被聘為中國石油副總裁。")
    assert ("林志明", "常務次長", "國防部") in roles and ("黃文德", "副總裁", "中國石油") in roles


def test_tongzhi_after_a_name_keeps_the_verb_the_name_s():
    roles, _ = _roles("鄭國柱同志不再兼任天津市委書記職務。")
    assert ("鄭國柱", "書記", "天津市委") in roles



def test_a_school_s_two_character_name_before_a_short_ending():
    _, doc = _roles("至誠國小校長鄭國柱、億載國中教務主任盧美蘭及大業國中林志明出席。")
    orgs = {m.text for m in doc.mentions if m.label == "ORG"}
    assert {"至誠國小", "億載國中", "大業國中"} <= orgs
    _, doc = _roles("她就讀國小時在偏鄉國小上課，公立高中與全市國中小的校長也來了。")
    assert not [m.text for m in doc.mentions if m.label == "ORG"]


def test_a_bureau_the_dictionary_knows_as_one_word_is_a_body():
    _, doc = _roles("活動由文化局、旅遊局主辦，體育局贊助部分經費。")
    assert {m.text for m in doc.mentions if m.label == "ORG"} == {"文化局", "旅遊局", "體育局"}
    _, doc = _roles("他到警察局報案後，政府當局表示會跟進。")
    assert not [m.text for m in doc.mentions if m.label == "ORG"]


def test_an_english_honorific_is_not_part_of_a_latin_name():
    roles, doc = _roles("教育學院副院長Professor Peter Hall獲委任為院長，醫學院院長Dr. Mary Lowe出席。")
    persons = {m.text for m in doc.mentions if m.label == "PERSON"}
    assert {"Peter Hall", "Mary Lowe"} <= persons and not any("Professor" in p or "Dr" in p for p in persons)
    assert ("Peter Hall", "副院長", "教育學院") in roles and ("Mary Lowe", "院長", "醫學院") in roles


def test_a_county_head_and_a_chief_commander_are_titles():
    roles, _ = _roles("郡長鄭國柱與工程總指揮盧美蘭出席。")
    assert {(p, t) for p, t, _ in roles} >= {("鄭國柱", "郡長"), ("盧美蘭", "工程總指揮")}


def test_a_body_just_set_up_and_a_transfer_before_the_verb_of_taking_a_post():
    roles, _ = _roles("民政處長鄭國柱轉調出任新成立的勞青處處長，盧美蘭將出任新設的環境局局長。")
    assert ("鄭國柱", "處長", "勞青處") in roles and ("鄭國柱", "處長", "民政處") in roles
    assert ("盧美蘭", "局長", "環境局") in roles


def test_a_title_before_places_each_followed_by_a_name():
    roles, _ = _roles("新任分局長苗栗鄭國柱、竹南盧美蘭及頭份林志明宣誓就職。")
    assert {("鄭國柱", "分局長", "苗栗"), ("盧美蘭", "分局長", "竹南"), ("林志明", "分局長", "頭份")} <= set(roles)
    roles, _ = _roles("分局長苗栗鄭國柱出席。")
    assert ("鄭國柱", "分局長", "苗栗") not in roles  # one pair is no list


def test_emergency_and_relief_are_portfolios_of_a_title():
    roles, _ = _roles("消防局技正鄭國柱調消防局緊急救護科長。")
    assert ("鄭國柱", "緊急救護科長", "消防局") in roles


def test_a_ministry_taipei_shares_with_beijing_keeps_its_short_name_in_a_taiwan_story():
    _, doc = _roles("行政院長鄭國柱與國防部長盧美蘭、民進黨立委林志明出席。")
    assert {m.normalized for m in doc.mentions if m.text == "國防部"} == {"國防部"}
    _, doc = _roles("國務院批准後，國防部長鄭國柱在北京表示，中共中央已通過。")
    assert {m.normalized for m in doc.mentions if m.text == "國防部"} == {"中華人民共和國國防部"}


def test_bodies_each_followed_by_a_name_after_the_title_that_heads_them():
    roles, _ = _roles("局長方面，創科局鄭國柱、環境局盧美蘭、民政局林志明三人留任。")
    assert {("鄭國柱", "局長", "創科局"), ("盧美蘭", "局長", "環境局"), ("林志明", "局長", "民政局")} <= set(roles)


def test_an_ambassador_and_a_state_councillor_carry_no_body_from_before():
    roles, _ = _roles("外交部發言人鄭國柱表示，國務委員盧美蘭與大使林志明將出席。")
    assert ("盧美蘭", "國務委員", "") in roles and ("林志明", "大使", "") in roles
    roles, _ = _roles("鄭國柱出任駐日本大使。")
    assert ("鄭國柱", "大使", "") in roles  # complete without a body, so sure enough to be written



def test_a_sector_s_jie_is_cut_off_the_name_after_it():
    _, doc = _roles("選委界鄭國柱和勞工界盧美蘭當選主席、副主席。")
    assert {"鄭國柱", "盧美蘭"} <= {m.text for m in doc.mentions if m.label == "PERSON"}


def test_a_listed_name_is_not_read_as_a_short_form_after_its_surname():
    _, doc = _roles("監事鄭國柱、盧美蘭、郭北榮出席，醫院代表來自台大、北榮。")
    assert "郭北榮" in {m.text for m in doc.mentions if m.label == "PERSON"}
    assert [m.text for m in doc.mentions if m.label == "ORG"].count("北榮") == 1


def test_a_latin_name_may_open_with_initials_after_a_title():
    _, doc = _roles("下任院長Professor A. Lin Goodwin於本年接任。")
    assert "A. Lin Goodwin" in {m.text for m in doc.mentions if m.label == "PERSON"}


def test_a_name_between_a_body_and_a_title_sharing_its_ending_stays_a_name():
    roles, doc = _roles("當晚接受外交部鄭國柱部長邀請。")
    assert ("鄭國柱", "部長", "外交部") in roles
    assert "外交部鄭國柱部" not in {m.text for m in doc.mentions if m.label == "ORG"}


def test_te_glued_after_three_characters_under_one_surname_is_the_adverb():
    _, doc = _roles("行政院長鄭國柱特致賀電，院長李大特與董事長歐陽大特出席。")
    assert {"鄭國柱", "李大特", "歐陽大特"} <= {m.text for m in doc.mentions if m.label == "PERSON"}


def test_a_bare_ending_after_the_verb_is_the_body_its_own_head_heads():
    roles, _ = _roles("人事異動中，鄭國柱調任圖書館館長，盧美蘭出任基金會主席。")
    assert ("鄭國柱", "館長", "圖書館") in roles
    assert not any(p == "盧美蘭" and o == "基金會" for p, _, o in roles)  # a body named before, not this bare ending


def test_a_name_then_two_titles_joined_by_jian_holds_both():
    roles, _ = _roles("大會由東山會鄭國柱會長、盧美蘭常務副會長兼理事長主持。")
    assert ("盧美蘭", "常務副會長", "東山會") in roles and ("盧美蘭", "理事長", "東山會") in roles


def test_a_special_judge_and_the_years_served_inside_a_bracket():
    roles, _ = _roles("鄭國柱曾擔任律政司司長、高等法院特委法官、香港大律師公會主席。")
    assert ("鄭國柱", "特委法官", "高等法院") in roles and ("鄭國柱", "主席", "香港大律師公會") in roles
    roles, _ = _roles("倡議者有鄭國柱（東山會庚午年90~91年主席、太平紳士）、盧美蘭（西山會秘書長）。")
    assert {("鄭國柱", "主席", "東山會"), ("鄭國柱", "太平紳士", ""), ("盧美蘭", "秘書長", "西山會")} <= set(roles)


def test_a_village_chief_takes_no_city_government_from_before():
    roles, _ = _roles("市府今日在禮堂舉行表揚大會。獲獎的里長鄭國柱致詞，自強里里長盧美蘭也出席。")
    assert ("鄭國柱", "里長", "") in roles and ("鄭國柱", "里長", "市府") not in roles


def test_a_line_up_s_director_belongs_to_a_statutory_body_or_an_association():
    roles, _ = _roles("遴選小組成員包括證監會主席鄭國柱、非執董盧美蘭。")
    assert ("盧美蘭", "非執董", "證監會") in roles
    roles, _ = _roles("出席的有東山會主席鄭國柱、立法會議員盧美蘭。")
    assert ("盧美蘭", "議員", "東山會") not in roles  # a legislator is no association's


# -- fifteenth session: conductors' and other posts, overseas states, teachers, well-known bodies


def test_an_orchestra_s_deputy_and_lifetime_conductors_are_posts_of_the_orchestra():
    roles, _ = _roles("東山國樂團副指揮鄭國柱、終身指揮盧美蘭一同謝幕。")
    assert ("鄭國柱", "副指揮", "東山國樂團") in roles and ("盧美蘭", "終身指揮", "東山國樂團") in roles
    roles, _ = _roles("他負責指揮交通，副指揮官祝志明到場。")
    assert not any(t == "指揮" for _, t, _ in roles)  # the verb alone stays no title


def test_chiefs_of_staff_and_senators_are_titles():
    roles, _ = _roles("前參謀總長鄭國柱、東山集團營運長盧美蘭及上議員祝志明出席。")
    assert {("鄭國柱", "參謀總長", ""), ("盧美蘭", "營運長", "東山集團"), ("祝志明", "上議員", "")} <= set(roles)
    _, doc = _roles("政府推動創新長期發展，並重視人資長期培育。")
    assert not [m.text for m in doc.mentions if m.label == "TITLE"]  # no 長-title cut out of 長期


def test_an_overseas_state_or_city_written_short_is_the_post_s_polity():
    roles, _ = _roles("新州州長鄭國柱與愛城市長盧美蘭會面。")
    assert ("鄭國柱", "州長", "新州") in roles and ("盧美蘭", "市長", "愛城") in roles


def test_a_teacher_is_an_occupation_kept_only_with_a_school():
    from pipeline.lexicons import to_shadow_key
    from pipeline.recognizers.resources import title_heads

    assert title_heads()[to_shadow_key("老師")][1] == "profession"  # left out without a body, as 律師 is
    roles, _ = _roles("表演由鄭國柱老師帶領學生演出，東山中學老師盧美蘭亦有參與。")
    assert not any(p == "鄭國柱" for p, _, _ in roles)
    assert ("盧美蘭", "老師", "東山中學") in roles


def test_short_forms_of_well_known_bodies_are_found():
    roles, doc = _roles("醫委會主席鄭國柱、航天科工董事長盧美蘭及實政圓桌召集人祝志明出席。")
    assert {("鄭國柱", "主席", "醫委會"), ("盧美蘭", "董事長", "航天科工"), ("祝志明", "召集人", "實政圓桌")} <= set(roles)
    assert {m.normalized for m in doc.mentions if m.label == "ORG"} >= {"香港醫務委員會", "中國航天科工集團有限公司"}


def test_civil_service_grades_police_ranks_and_school_posts_are_titles():
    roles, _ = _roles("東山區政府四級調研員鄭國柱、東山分局偵查佐盧美蘭及不分區立委祝志明出席。")
    assert {("鄭國柱", "四級調研員", "東山區政府"), ("盧美蘭", "偵查佐", "東山分局"), ("祝志明", "不分區立委", "")} <= set(roles)
    roles, _ = _roles("懲教署懲教主任鄭國柱及東山小學訓導主任盧美蘭獲嘉許。")
    assert ("鄭國柱", "懲教主任", "懲教署") in roles and ("盧美蘭", "訓導主任", "東山小學") in roles
    _, doc = _roles("他以人民代表身份發言，選民代表亦有出席。")
    assert not any(m.text in ("民代", "民代表") for m in doc.mentions if m.label == "TITLE")  # the short 民代 cuts no longer word


def test_agencies_written_with_their_ministry_are_the_agency_not_the_ministry():
    roles, doc = _roles("衛福部疾管署署長鄭國柱、監警會主席盧美蘭及財政部國庫署署長祝志明出席。")
    assert ("祝志明", "署長", "財政部國庫署") in roles  # Taiwan's treasury, not the mainland's 財政部
    normalized = {m.text: m.normalized for m in doc.mentions if m.label == "ORG"}
    assert normalized["衛福部疾管署"] == "衛生福利部疾病管制署" and normalized["監警會"] == "投訴警方獨立監察委員會"


def test_foreign_presidential_offices_and_sports_federations_keep_their_country():
    roles, doc = _roles("韓國總統府發言人鄭國柱及國際足總主席盧美蘭出席。")
    assert ("鄭國柱", "發言人", "韓國總統府") in roles  # not Taiwan's 總統府
    assert [m.normalized for m in doc.mentions if m.text == "國際足總"] == ["國際足球聯合會"]  # not Hong Kong's 足總


def test_a_malaysian_style_after_a_post_is_a_second_title_of_the_name():
    roles, _ = _roles("東山商會婦女組主席拿汀巴杜卡鄭美蘭致詞。")
    assert ("鄭美蘭", "拿汀巴杜卡", "") in roles
    assert any(p == "鄭美蘭" and t.endswith("主席") and o == "東山商會" for p, t, o in roles)


def test_overseas_community_towns_and_states_written_whole_are_the_post_s_polity():
    roles, doc = _roles("馬里蘭州州長鄭國柱與萬錦市長盧美蘭會面。")
    assert ("鄭國柱", "州長", "馬里蘭州") in roles  # not 蘭州, a mainland city
    assert any(p == "盧美蘭" and o.startswith("萬錦") for p, _, o in roles)
    assert "萬錦" not in [m.text for m in doc.mentions if m.label == "PERSON"]


def test_an_association_s_full_time_posts_and_its_units_posts_are_read_whole():
    roles, _ = _roles("東山商會專職副主席鄭國柱、婦女組副主任盧美蘭及東山集團投資者關係總監祝志明出席。")
    assert {("鄭國柱", "專職副主席", "東山商會"), ("盧美蘭", "婦女組副主任", "東山商會"),
            ("祝志明", "投資者關係總監", "東山集團")} <= set(roles)


def test_a_head_opening_a_longer_dictionary_word_is_no_title_after_a_portfolio():
    _, doc = _roles("教育主管部門表示，金融主管機關及研究專家組亦會出席。")
    assert not [m.text for m in doc.mentions if m.label == "TITLE"]
    roles, _ = _roles("東山大學學術副校長鄭國柱、東山集團財務總監盧美蘭出席。")
    assert ("鄭國柱", "學術副校長", "東山大學") in roles and ("盧美蘭", "財務總監", "東山集團") in roles


def test_a_us_state_written_with_zhou_is_not_the_shorter_state_or_city_inside_it():
    roles, _ = _roles("阿拉斯加州州長鄭國柱與內華達州州長盧美蘭會面。")
    assert ("鄭國柱", "州長", "阿拉斯加州") in roles and ("盧美蘭", "州長", "內華達州") in roles  # not 加州, 達州


def test_short_forms_of_banks_and_sports_associations_name_their_own_body():
    roles, doc = _roles("國泰世華董事長鄭國柱、羽總主席盧美蘭及中國排協主席祝志明出席。")
    assert ("盧美蘭", "主席", "羽總") in roles  # not a title 總主席
    normalized = {m.text: m.normalized for m in doc.mentions if m.label == "ORG"}
    assert normalized["國泰世華"] == "國泰世華商業銀行股份有限公司"  # not the airline
    assert normalized["中國排協"] == "中國排球協會"  # not Taiwan's association


def test_short_forms_of_overseas_and_macau_associations_are_not_read_as_other_bodies():
    _, doc = _roles("留台聯總會長鄭國柱、新青協理事長盧美蘭及隆雪中總會長祝志明出席。")
    normalized = {m.text: m.normalized for m in doc.mentions if m.label == "ORG"}
    assert normalized == {"留台聯總": "馬來西亞留台校友會聯合總會", "新青協": "澳門中華新青年協會",
                          "隆雪中總": "吉隆坡暨雪蘭莪中華總商會"}  # not 台聯, Hong Kong's 青協 or 中總


def test_a_status_word_opening_a_longer_word_stays_in_the_title():
    roles, _ = _roles("民進黨原住民立委陳美玲今日質詢。國民黨前立委王大文亦有出席。")
    titles = {p: t for p, t, _ in roles}
    assert titles.get("陳美玲") == "原住民立委"  # 原住民 (indigenous), not 原 (former) + 住民立委
    assert titles.get("王大文") == "立委"  # 前 is still a status word


def test_names_listed_after_a_counted_set_s_clause_hold_the_set_s_title():
    roles, _ = _roles("五名本港立法會議員獲邀出席論壇，包括東山商會主席鄭國柱、盧美蘭和祝志明。")
    assert {("鄭國柱", "議員", "立法會"), ("盧美蘭", "議員", "立法會"), ("祝志明", "議員", "立法會")} <= set(roles)
    assert ("鄭國柱", "主席", "東山商會") in roles
    roles, _ = _roles("該會的兩名副主席是退休法官鄭國柱、東山大學教授盧美蘭。")
    assert {("鄭國柱", "副主席", ""), ("盧美蘭", "副主席", "")} <= set(roles)
    roles, _ = _roles("東山商會會長鄭國柱在論壇上發言，包括盧美蘭和祝志明在內的嘉賓鼓掌。")
    assert ("盧美蘭", "會長", "東山商會") not in roles  # no counted set: the title is one name's


def test_a_village_cut_from_its_unit_is_the_village_chief_s_body():
    roles, doc = _roles("新任會長由光明里里長鄭國柱接任，龍門里里長盧美蘭監交。")
    assert ("鄭國柱", "里長", "光明里") in roles and ("盧美蘭", "里長", "龍門里") in roles


def test_names_in_brackets_after_a_title_hold_it_and_the_titles_joined_to_it():
    roles, _ = _roles("三任副市長兼公安局長（鄭國柱、盧美蘭、祝志明）先後落馬。")
    for name in ("鄭國柱", "盧美蘭", "祝志明"):
        assert (name, "副市長", "") in roles and (name, "局長", "") in roles
    roles, _ = _roles("東山大學校長鄭國柱（曾任副校長）致辭。")
    assert ("鄭國柱", "校長", "東山大學") in roles


def test_a_department_s_head_is_its_xi_zhuren_written_once_or_twice():
    for text in ("東山大學電機系主任鄭國柱表示。", "東山大學電機系系主任鄭國柱表示。"):
        roles, _ = _roles(text)
        assert ("鄭國柱", "系主任", "東山大學電機系") in roles
    roles, _ = _roles("東山大學電機系教授鄭國柱、東山醫院急診部主任盧美蘭表示。")
    assert ("鄭國柱", "教授", "東山大學電機系") in roles and ("盧美蘭", "主任", "東山醫院急診部") in roles


def test_every_name_of_a_list_closed_by_deng_or_dou_takes_the_post_its_verb_gives():
    roles, _ = _roles("東山研究院由陳大文擔任董事長，東山局副局長鄭國柱、東山大學校長盧美蘭、祝志明等政府要員都擔任董事。")
    for name in ("鄭國柱", "盧美蘭", "祝志明"):
        assert (name, "董事", "東山研究院") in roles
    assert ("鄭國柱", "副局長", "東山局") in roles and ("陳大文", "董事", "東山研究院") not in roles
    roles, _ = _roles("北京市長鄭國柱、福建省委書記盧美蘭和前農業部長祝志明，都當選新一屆中央委員會委員。")
    for name in ("鄭國柱", "盧美蘭", "祝志明"):
        assert (name, "委員", "中央委員會") in roles
    assert ("鄭國柱", "市長", "北京市") in roles


def test_a_post_held_in_years_past_is_read_after_a_pronoun_and_marked_as_past():
    roles, doc = _roles("東山局局長鄭國柱今日主持典禮。鄭國柱致辭時說，他當年出任入境處處長期間，與同事反覆討論。")
    held = [r for r in doc.roles if (r.person, r.title, r.organization) == ("鄭國柱", "處長", "入境處")]
    assert held and "曾任" in held[0].qualifiers


def test_a_kind_of_hospital_is_no_hospital_and_a_region_s_branch_is_part_of_its_body():
    roles, doc = _roles("東山醫院歷史悠久，曾是南部最大的公立醫院，現任院長鄭國柱邀請前院長盧美蘭出席。")
    assert ("鄭國柱", "院長", "東山醫院") in roles and ("盧美蘭", "院長", "東山醫院") in roles
    roles, _ = _roles("海巡署北部分署展開行動，副分署長鄭國柱坐鎮。海巡署北部分署副分署長盧美蘭表示。")
    assert ("盧美蘭", "副分署長", "海巡署北部分署") in roles


def test_a_title_counted_after_it_introduces_the_names_that_hold_it():
    roles, _ = _roles("東山會理事會共有20名理事，其中屬於改革派的理事有6人，包括鄭國柱、盧美蘭及祝志明。")
    assert {("鄭國柱", "理事", "東山會"), ("盧美蘭", "理事", "東山會"), ("祝志明", "理事", "東山會")} <= set(roles)



def test_a_counted_set_s_first_item_keeps_its_own_title_to_itself():
    roles, _ = _roles("東山諮詢委員會三名委員包括主席鄭國柱、盧美蘭及祝志明。")
    assert {("鄭國柱", "委員", "東山諮詢委員會"), ("盧美蘭", "委員", "東山諮詢委員會"),
            ("祝志明", "委員", "東山諮詢委員會"), ("鄭國柱", "主席", "東山諮詢委員會")} <= set(roles)
    assert not any(p in ("盧美蘭", "祝志明") and t == "主席" for p, t, _ in roles)


def test_an_honour_of_address_before_each_name_of_a_list_keeps_the_list_going():
    roles, _ = _roles("東山商會出席者包括名譽會長拿督鄭國柱、拿督盧美蘭、丹斯里祝志明及總會長林德和。")
    assert {("鄭國柱", "名譽會長", "東山商會"), ("盧美蘭", "名譽會長", "東山商會"), ("祝志明", "名譽會長", "東山商會")} <= set(roles)
    assert {("鄭國柱", "拿督", ""), ("盧美蘭", "拿督", ""), ("祝志明", "丹斯里", "")} <= set(roles)
    assert not any(p == "盧美蘭" and t == "丹斯里" for p, t, _ in roles)
    roles, _ = _roles("東山黨總會長拿督斯里鄭國柱今日主持典禮。")
    assert ("鄭國柱", "總會長", "東山黨") in roles and ("鄭國柱", "拿督斯里", "") in roles


def test_an_honour_shared_by_a_list_still_goes_to_every_name():
    roles, _ = _roles("大紫荊勳賢鄭國柱、盧美蘭出席晚宴。")
    assert ("鄭國柱", "大紫荊勳賢", "") in roles and ("盧美蘭", "大紫荊勳賢", "") in roles


def test_a_name_s_sex_or_age_in_brackets_does_not_cut_it_from_its_verb():
    roles, _ = _roles("國務院任命鄭國柱（女）為駐東山國大使。")
    assert [(p, t) for p, t, _ in roles] == [("鄭國柱", "大使")]
    roles, _ = _roles("東山銀行宣布，鄭國柱（56歲）獲委任為行政總裁。")
    assert roles == [("鄭國柱", "行政總裁", "東山銀行")]


def test_a_name_chosen_at_the_meeting_takes_the_post():
    for sentence in ("鄭國柱在會上被推舉為東山商會主席。", "鄭國柱被選為東山商會主席。", "鄭國柱在大會上以高票當選東山商會主席。"):
        roles, _ = _roles(sentence)
        assert roles == [("鄭國柱", "主席", "東山商會")], sentence


def test_hong_kong_honours_letters_after_a_name_keep_the_list_going():
    roles, _ = _roles("東山商會副會長鄭國柱MH、盧美蘭BBS, JP及祝志明出席。")
    assert {("鄭國柱", "副會長", "東山商會"), ("盧美蘭", "副會長", "東山商會"), ("祝志明", "副會長", "東山商會")} <= set(roles)


def test_a_counted_list_takes_the_post_of_the_body_written_after_the_count():
    roles, _ = _roles("鄭國柱、盧美蘭和祝志明三位立法會議員出席。")
    assert {("鄭國柱", "議員", "立法會"), ("盧美蘭", "議員", "立法會"), ("祝志明", "議員", "立法會")} <= set(roles)


def test_a_body_and_its_of_before_a_name_and_title_is_the_title_s_body():
    roles, _ = _roles("東山大學的鄭國柱教授表示，研究仍在進行。")
    assert roles == [("鄭國柱", "教授", "東山大學")]
    roles, _ = _roles("民建聯的鄭國柱議員表示。")  # a party is no chamber: its member's seat is elsewhere
    assert ("鄭國柱", "議員", "民建聯") not in roles


def test_a_span_of_years_before_the_verb_keeps_the_appointment():
    roles, _ = _roles("鄭國柱在2017年至2023年間出任東山大學校長。")
    assert roles == [("鄭國柱", "校長", "東山大學")]


def test_a_benevolent_association_s_directors_and_cashier_are_posts():
    roles, _ = _roles("東山公所主席鄭國柱、總董盧美蘭、祝志明及出納林德和出席。")
    assert {("鄭國柱", "主席", "東山公所"), ("盧美蘭", "總董", "東山公所"), ("祝志明", "總董", "東山公所"), ("林德和", "出納", "東山公所")} <= set(roles)


def test_names_sharing_a_post_with_tong_wei_take_it_all():
    roles, _ = _roles("鄭國柱、盧美蘭同為東山商會副會長。")
    assert roles == [("鄭國柱", "副會長", "東山商會"), ("盧美蘭", "副會長", "東山商會")]


def test_a_line_up_written_with_spaces_gives_each_title_to_the_name_after_it():
    roles, _ = _roles("東山商會會長鄭國柱 副會長盧美蘭　秘書長祝志明")
    assert roles == [("鄭國柱", "會長", "東山商會"), ("盧美蘭", "副會長", "東山商會"), ("祝志明", "秘書長", "東山商會")]


def test_a_state_s_own_title_keeps_its_state_character():
    roles, _ = _roles("柔佛州務大臣鄭國柱出席，昆士蘭州議員盧美蘭亦有出席。")
    assert ("鄭國柱", "州務大臣", "柔佛") in roles and ("盧美蘭", "議員", "昆士蘭州") in roles


def test_overseas_associations_chinese_and_english_secretaries_and_a_church_are_found():
    roles, _ = _roles("紐約東山同鄉會中文書鄭國柱、英文書盧美蘭出席，東山天主堂主任司鐸祝志明主持。")
    assert {("鄭國柱", "中文書", "紐約東山同鄉會"), ("盧美蘭", "英文書", "紐約東山同鄉會"), ("祝志明", "主任司鐸", "東山天主堂")} <= set(roles)


def test_a_field_joined_by_ji_to_the_title_s_portfolio_keeps_the_body_before_it():
    roles, _ = _roles("前東山電視台新聞及公共事務副總裁鄭國柱昨日離職。")
    assert roles == [("鄭國柱", "新聞及公共事務副總裁", "東山電視台")]


def test_a_name_after_de_holds_the_post_it_was_appointed_to():
    roles, _ = _roles("被委任為東山部副部長的鄭國柱和西山部副部長盧美蘭均已上任，新任南山局局長的祝志明亦表示歡迎。")
    assert {("鄭國柱", "副部長", "東山部"), ("盧美蘭", "副部長", "西山部"), ("祝志明", "局長", "南山局")} <= set(roles)
    roles, _ = _roles("即將卸任東山商會會長的鄭國柱表示感謝。")
    assert roles == [("鄭國柱", "會長", "東山商會")]


def test_leaving_a_post_names_the_post_left():
    roles, _ = _roles("鄭國柱上月離開東山部發言人、南山司副司長職位。")
    assert {("鄭國柱", "發言人", "東山部"), ("鄭國柱", "副司長", "南山司")} <= set(roles)


def test_a_church_s_senior_pastor_keeps_the_church_ending_in_tang():
    roles, _ = _roles("東山恩光堂主任牧師鄭國柱主持崇拜，西山堂堂主任盧美蘭亦有出席。")
    assert {("鄭國柱", "主任牧師", "東山恩光堂"), ("盧美蘭", "堂主任", "西山堂")} <= set(roles)


def test_a_designate_keeps_the_word_in_the_title():
    roles, _ = _roles("東山中學候任校長鄭國柱昨日到校。")
    assert roles == [("鄭國柱", "候任校長", "東山中學")]


def test_a_post_held_now_after_a_profile_of_the_name():
    roles, _ = _roles("鄭國柱，男，1965年生，現任東山集團董事長。盧美蘭現職東山集團總經理。")
    assert roles == [("鄭國柱", "董事長", "東山集團"), ("盧美蘭", "總經理", "東山集團")]


def test_the_new_party_is_a_body_but_a_counted_or_founded_new_party_is_not():
    roles, doc = _roles("新黨主席鄭國柱表示，不會籌組另一個新黨，也不會另組新黨。")
    assert roles == [("鄭國柱", "主席", "新黨")]
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["新黨"]
    _, doc = _roles("當時有一支英軍駐守。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["英軍"]


def test_a_name_right_after_a_post_held_now_holds_it_not_the_sentence_s_person():
    roles, _ = _roles("鄭國柱下月退休，外界預料，現任東山處副處長盧美蘭將獲任命為東山處處長。")
    assert ("盧美蘭", "副處長", "東山處") in roles and ("鄭國柱", "副處長", "東山處") not in roles


def test_a_post_held_now_whose_holder_is_named_after_a_copula_is_not_the_speaker_s():
    roles, _ = _roles("東山黨發言人鄭國柱指出，現任東山律師公會理事長即為前立委盧美蘭。")
    assert ("鄭國柱", "理事長", "東山律師公會") not in roles


def test_a_capacity_glued_to_the_name_and_a_capacity_opening_the_clause():
    roles, _ = _roles("王明德以東華潮州商會會長身份出席。作為東華大學校長，鄭國柱表示歡迎。")
    assert roles == [("王明德", "會長", "東華潮州商會"), ("鄭國柱", "校長", "東華大學")]


def test_a_total_of_a_title_s_holders_then_the_names_it_includes():
    roles, _ = _roles("東山商會理事共20人，包括鄭國柱、盧美蘭及祝志明。")
    assert roles == [("鄭國柱", "理事", "東山商會"), ("盧美蘭", "理事", "東山商會"), ("祝志明", "理事", "東山商會")]


def test_posts_held_in_a_lifetime_or_taken_later_and_a_post_after_a_lifespan():
    roles, _ = _roles("鄭國柱生前曾任東山商會會長。盧美蘭早年任職東山銀行，後出任西山銀行行政總裁。")
    assert roles == [("鄭國柱", "會長", "東山商會"), ("盧美蘭", "行政總裁", "西山銀行")]
    roles, _ = _roles("祝志明（1950年－2020年），東山商會前會長。")
    assert roles == [("祝志明", "會長", "東山商會")]


def test_a_delegation_opening_the_sentence_gives_its_body_to_the_posts_it_lists():
    roles, _ = _roles("東山商會代表團由會長鄭國柱率領，成員包括副會長盧美蘭。")
    assert roles == [("鄭國柱", "會長", "東山商會"), ("盧美蘭", "副會長", "東山商會")]
    # The delegation's own leader plays a part in the visit: no post of a standing body.
    roles, _ = _roles("東山商會訪問團團長鄭國柱表示。")
    assert roles == []


def test_names_listed_with_their_own_posts_all_take_the_appointment_after_the_last():
    roles, _ = _roles("前東山局副局長鄭國柱、東山議會議員盧美蘭雙雙獲委任為東山銀行獨立非執行董事。")
    assert sorted(p for p, t, o in roles if (t, o) == ("獨立非執行董事", "東山銀行")) == sorted(["鄭國柱", "盧美蘭"])
    roles, _ = _roles("祝志明則與前駐日代表鄭國柱、前駐印度公使盧美蘭出任東山協會副執行長。")
    assert sorted(p for p, t, _ in roles if t == "副執行長") == sorted(["祝志明", "鄭國柱", "盧美蘭"])
    roles, _ = _roles("東山局局長鄭國柱、東山議會議員盧美蘭分別出任東山商會會長及副會長。")
    assert ("鄭國柱", "副會長", "東山商會") not in roles and ("盧美蘭", "會長", "東山商會") not in roles


def test_a_post_returned_to_and_a_post_won_by_votes():
    roles, _ = _roles("新聞部主任由東山局前局長鄭國柱回任。")
    assert ("鄭國柱", "主任", "新聞部") in roles
    roles, _ = _roles("最後盧美蘭以20票拿下東山公會理事長。")
    assert roles == [("盧美蘭", "理事長", "東山公會")]


def test_a_post_held_now_after_a_clause_about_the_person():
    roles, _ = _roles("鄭國柱原籍廣東潮州，現為東山投資有限公司董事長。")
    assert roles == [("鄭國柱", "董事長", "東山投資有限公司")]
    roles, _ = _roles("鄭國柱表示，現為公司發展的關鍵時刻，董事長將親自督導。")
    assert roles == []


def test_a_rank_reached_before_the_name_and_a_secondment_to_a_body():
    roles, _ = _roles("如今官拜國務院副總理的鄭國柱出席開幕禮。")
    assert roles == [("鄭國柱", "副總理", "國務院")]
    roles, _ = _roles("盧美蘭先前借調至東山研究院擔任副院長。")
    assert roles == [("盧美蘭", "副院長", "東山研究院")]


def test_a_body_s_numbered_board_between_the_body_and_the_title():
    roles, _ = _roles("政府委任鄭國柱和盧美蘭擔任東山商會第六屆董事會的顧問。")
    assert roles == [("鄭國柱", "顧問", "東山商會"), ("盧美蘭", "顧問", "東山商會")]


def test_a_body_then_its_head_s_name_then_the_head_s_title():
    roles, _ = _roles("現任客家事務處鄭國柱處長分享經驗，科技組盧美蘭組長亦有出席。")
    assert roles == [("鄭國柱", "處長", "客家事務處"), ("盧美蘭", "組長", "科技組")]
    roles, _ = _roles("會旗由雲林縣鄭國柱縣長交給花蓮縣盧美蘭縣長。")
    assert roles == [("鄭國柱", "縣長", "雲林縣"), ("盧美蘭", "縣長", "花蓮縣")]


def test_an_auditor_general_is_a_post_of_its_own_in_a_line_up():
    roles, _ = _roles("前東山司司長鄭國柱、前審計長盧美蘭及前海關關長祝志明同獲授勳。")
    assert ("盧美蘭", "審計長", "") in roles and not [r for r in roles if r[0] == "盧美蘭" and r[2]]


def test_a_hospital_or_an_office_named_before_a_title_is_the_title_s_body():
    roles, _ = _roles("中葡論壇秘書處副秘書長鄭國柱致詞。")
    assert roles == [("鄭國柱", "副秘書長", "中葡論壇秘書處")]
    roles, _ = _roles("社區心理健康辦公室主任盧美蘭表示。")
    assert roles == [("盧美蘭", "主任", "社區心理健康辦公室")]
    roles, _ = _roles("辦公室主任祝志明表示。")
    assert roles == [("祝志明", "辦公室主任", "")]  # no body's name before the unit


def test_a_two_character_portfolio_s_section_head_is_one_title_a_longer_section_a_body():
    roles, _ = _roles("財政組長鄭國柱表示，東山署運動設施組長盧美蘭亦同意。")
    assert ("鄭國柱", "財政組長", "") in roles and ("盧美蘭", "組長", "東山署運動設施組") in roles


def test_a_title_introducing_its_holders_after_jiu_and_a_colon_list_s_group_found_as_a_body():
    roles, _ = _roles("出席的議員就包括鄭國柱、盧美蘭。")
    assert roles == [("鄭國柱", "議員", ""), ("盧美蘭", "議員", "")]
    roles, _ = _roles("新任院士名單：數理科學組的鄭國柱；人文及社會科學組的盧美蘭、祝志明。")
    assert sorted(p for p, t, _ in roles if t == "院士") == sorted(["鄭國柱", "盧美蘭", "祝志明"])


def test_a_director_named_he_after_the_title_is_not_read_as_any():
    roles, _ = _roles("東山縣社會局主任何美玲出席。")
    assert roles == [("何美玲", "主任", "東山縣社會局")]


def test_a_body_then_names_each_before_its_title_shares_the_body():
    roles, _ = _roles("嘉賓有東山總領事館鄭國柱總領事，盧美蘭副總領事，祝志明領事。")
    assert roles == [("鄭國柱", "總領事", "東山總領事館"), ("盧美蘭", "副總領事", "東山總領事館"), ("祝志明", "領事", "東山總領事館")]
    roles, _ = _roles("東山大學鄭國柱教授、盧美蘭議員出席。")
    assert ("盧美蘭", "議員", "東山大學") not in roles  # a legislator is no university's
    roles, _ = _roles("東山科技組鄭國柱組長，盧美蘭州長的代表祝志明出席。")
    assert ("盧美蘭", "州長", "東山科技組") not in roles  # a governor heads a state


def test_a_title_written_before_another_name_is_that_name_s_not_an_appointment_s():
    roles, _ = _roles("陳大文，署理民政事務局局長李小明及商會會長王志強均有出席。")
    assert ("李小明", "局長", "民政事務局") in roles
    assert not any(p == "陳大文" for p, _, _ in roles)  # 署理 after a comma is the next name's status
    roles, _ = _roles("他獲委任為主席王大文的特別助理。")
    assert ("王大文", "主席", "") in roles


def test_the_votes_won_before_the_verb_of_election():
    roles, _ = _roles("陳大文和王小明都拿下20票當選正副會長。")
    assert ("陳大文", "會長", "") in roles and ("王小明", "副會長", "") in roles


def test_a_counted_title_then_as_many_names_after_a_comma():
    roles, _ = _roles("三名副主席，張文強、李嘉明和王志遠，均有出席。")
    assert sorted(p for p, t, _ in roles if t == "副主席") == sorted(["張文強", "李嘉明", "王志遠"])
    roles, _ = _roles("三名委員，張文強及李嘉明均有出席。")
    assert not any(t == "委員" for _, t, _ in roles)  # two names for a count of three: not the set


def test_a_seat_s_sector_between_a_title_and_its_holder():
    roles, _ = _roles("福利事務委員會方面，上年度主席社福界陳大文擔任副主席。")
    assert ("陳大文", "主席", "福利事務委員會") in roles and ("陳大文", "副主席", "福利事務委員會") in roles


def test_an_acting_post_and_the_post_itself_are_two_roles():
    roles, _ = _roles("東山銀行昨日召開董事會，通過代理總經理張志強真除案，正式派任張志強為東山銀行總經理。")
    assert ("張志強", "代理總經理", "東山銀行") in roles and ("張志強", "總經理", "東山銀行") in roles


def test_hospitals_named_before_their_chief_executive_s_title():
    roles, _ = _roles("東山醫院及北山醫院行政總監李小明表示。")
    assert ("李小明", "行政總監", "東山醫院") in roles and ("李小明", "行政總監", "北山醫院") in roles
    roles, _ = _roles("醫院行政總監李小明表示。")
    assert roles == [("李小明", "醫院行政總監", "")]
    roles, _ = _roles("院方出席的包括醫院行政總監李小明。")
    assert roles == [("李小明", "醫院行政總監", "")]  # 包括 is no hospital's name


def test_a_permanent_mission_after_wei_is_the_post_s_place():
    roles, _ = _roles("政府任命朱大一為常駐世界貿易組織代表團常任代表。")
    assert roles == [("朱大一", "常任代表", "世界貿易組織代表團")]


def test_names_appointed_respectively_to_the_posts_of_bodies_listed_in_turn():
    roles, _ = _roles("董事局分別委任了蔡大忠先生及孔令明先生為審計委員會及投資委員會的新任主席。")
    assert set(roles) == {("孔令明", "主席", "投資委員會"), ("蔡大忠", "主席", "審計委員會")}
    roles, _ = _roles("董事局委任蔡大忠為審計委員會及投資委員會的主席。")
    assert set(roles) == {("蔡大忠", "主席", "投資委員會"), ("蔡大忠", "主席", "審計委員會")}


def test_a_second_post_joined_by_ye_shi_goes_to_the_same_name():
    roles, _ = _roles("東山會館總務主任、也是東山同鄉會主席陳大福說，這是首次活動。")
    assert ("陳大福", "總務主任", "東山會館") in roles and ("陳大福", "主席", "東山同鄉會") in roles


def test_a_hometown_association_named_after_a_county():
    roles, _ = _roles("新會同鄉會舉行聯歡餐會，理事長陳大明表示，同鄉會將團結會員。")
    assert roles == [("陳大明", "理事長", "新會同鄉會")]


def test_bodies_each_with_a_name_before_a_counted_title():
    roles, _ = _roles("東山大學陳大文、西山大學李小明及北山大學王志強等3位校長出席。")
    assert set(roles) == {("陳大文", "校長", "東山大學"), ("李小明", "校長", "西山大學"), ("王志強", "校長", "北山大學")}
    roles, _ = _roles("東山大學陳大文、西山大學李小明等3位校長出席。")
    assert ("陳大文", "校長", "東山大學") not in roles  # two items for a count of three


def test_a_party_committee_post_listed_after_a_university_post_shares_the_university():
    roles, _ = _roles("楊大樹任東山科技大學校長、黨委副書記。")
    assert ("楊大樹", "校長", "東山科技大學") in roles and ("楊大樹", "黨委副書記", "東山科技大學") in roles


def test_an_ensemble_named_after_its_founder_is_the_body_of_its_posts():
    roles, _ = _roles("陳大文打擊樂團今天宣布，由盧大韋接任團長。")
    assert ("盧大韋", "團長", "陳大文打擊樂團") in roles


def test_jp_after_other_letters_and_after_the_name_s_title():
    roles, _ = _roles("保安局局長李大超先生, SBS, PDSM, PMSM, JP出席。")
    assert ("李大超", "JP", "") in roles
    roles, _ = _roles("成員包括黃大君主席、陳大基第一副主席MH, JP、曹大豪第二副主席。")
    assert ("陳大基", "JP", "") in roles and ("陳大基", "第一副主席", "") in roles


def test_civil_service_court_and_school_posts_and_co_opted_members():
    roles, _ = _roles("終審法院非常任香港法官陳大明表示。")
    assert roles == [("陳大明", "非常任香港法官", "終審法院")]
    roles, _ = _roles("陳大明獲選為審計委員會增選委員。")
    assert roles == [("陳大明", "增選委員", "審計委員會")]
    roles, _ = _roles("第一審法院合議庭主席陳大明宣判。")
    assert roles == [("陳大明", "合議庭主席", "第一審法院")]


def test_an_aide_s_title_between_the_principal_and_the_aide():
    roles, _ = _roles("市議員吳上明、張秀明特助林慧霞等多位貴賓均到場。")
    assert ("林慧霞", "特助", "") in roles
    assert not any(p == "張秀明" for p, _, _ in roles)


def test_a_post_kept_by_its_holder_after_wei_chi_you():
    roles, _ = _roles("東山鐵路總經理則維持由馮大昇擔任。")
    assert roles == [("馮大昇", "總經理", "東山鐵路")]


def test_a_village_named_by_a_good_word_before_its_chief_s_title():
    roles, _ = _roles("東區自由里長陳大財、中坑里長李美雲到場。")
    assert ("陳大財", "里長", "自由里") in roles and ("李美雲", "里長", "中坑里") in roles


def test_a_body_glossed_in_latin_letters_before_the_title():
    roles, _ = _roles("她與青年權益促進會(Youth Rights Alliance)行政主任黃大琪會面。")
    assert roles == [("黃大琪", "行政主任", "青年權益促進會")]


def test_a_township_office_s_chief_secretary_promoted_by_the_office():
    roles, _ = _roles("東湖鄉公所依據規定，核派原秘書陳大坤陞任主任秘書。")
    assert ("陳大坤", "主任秘書", "東湖鄉公所") in roles


def test_a_list_of_posted_names_then_also_all_elected():
    roles, _ = _roles("湖北省委書記陳大力、江蘇省委書記黃小全，這次也都當選中央委員會委員。")
    assert ("陳大力", "委員", "中央委員會") in roles and ("黃小全", "委員", "中央委員會") in roles
    roles, _ = _roles("廣東省省長陳大力、湖南省省長黃小全等人，也都當選中央委員會委員。")
    assert ("陳大力", "委員", "中央委員會") in roles and ("黃小全", "委員", "中央委員會") in roles


def test_a_polity_s_congress_of_a_numbered_term_is_the_members_body():
    roles, _ = _roles("陳大文曾任第九屆全國人大代表，廣東省第八屆人大代表，澳門推廣委員會委員。")
    assert roles == [
        ("陳大文", "代表", "全國人大"), ("陳大文", "代表", "廣東省第八屆人大"), ("陳大文", "委員", "澳門推廣委員會"),
    ]
    roles, _ = _roles("李小華是廣州市第十四屆政協委員。")
    assert roles == [("李小華", "委員", "廣州市第十四屆政協")]


def test_a_career_list_goes_on_over_bodies_sharing_a_title():
    roles, _ = _roles("黃大同現任東城推廣協會名譽顧問，東城基金會、東城科技大學基金會信託委員，東城美術協會、東城書法協會榮譽會長。")
    assert set(roles) == {
        ("黃大同", "名譽顧問", "東城推廣協會"), ("黃大同", "信託委員", "東城基金會"), ("黃大同", "信託委員", "東城科技大學基金會"),
        ("黃大同", "榮譽會長", "東城美術協會"), ("黃大同", "榮譽會長", "東城書法協會"),
    }


def test_an_orchestra_s_section_principals_are_titles():
    roles, _ = _roles("東城國樂團嗩吶首席馬大謙擔任獨奏，琵琶首席張小瑩及笛子首席孫永強擔任領奏。")
    assert ("馬大謙", "嗩吶首席", "東城國樂團") in roles
    assert {("張小瑩", "琵琶首席"), ("孫永強", "笛子首席")} <= {(p, t) for p, t, _ in roles}


def test_a_section_named_by_a_phrase_before_its_chief_s_title():
    roles, _ = _roles("教育處長謝國森、國民教育科長盧泓明出席。")
    assert ("盧泓明", "科長", "國民教育科") in roles


def test_a_bookshop_or_hotel_before_its_head_is_a_body_not_a_name():
    roles, _ = _roles("部長頒獎給東亭書店負責人葉小榮(右)。")
    assert roles == [("葉小榮", "負責人", "東亭書店")]
    roles, _ = _roles("台北晶華飯店總經理陳大文表示。")
    assert roles == [("陳大文", "總經理", "台北晶華飯店")]


def test_an_association_named_by_its_activity_before_its_ending():
    roles, _ = _roles("中華民國拔河協會理事游大雄出席。")
    assert roles == [("游大雄", "理事", "中華民國拔河協會")]
    roles, _ = _roles("台灣生態學會理事楊大禎表示。")
    assert roles == [("楊大禎", "理事", "台灣生態學會")]
    assert not _roles("他們感謝協會支持。")[0]


def test_new_holders_introduced_by_shi_each_with_a_post_of_their_own():
    roles, _ = _roles("新任副會長是前任市長胡張燕燕、副市長周大華、教委吳大臻。")
    assert {p for p, t, _ in roles if t == "副會長"} == {"胡張燕燕", "周大華", "吳大臻"}


def test_a_transliterated_name_between_a_title_and_its_latin_original():
    roles, doc = _roles("但黨魁博勵治(Pierre Lastname)落選。")
    assert ("博勵治", "黨魁", "") in roles
    assert "博勵治" in _persons(doc)


def test_a_list_of_posts_goes_on_over_a_unit_inside_the_body():
    roles, _ = _roles("中共東城市委常委、市委教育工委書記趙大桐出席。")
    assert ("趙大桐", "常委", "中共東城市委") in roles
    assert any(p == "趙大桐" and t == "書記" for p, t, _ in roles)


def test_a_registered_company_name_whatever_its_words():
    roles, doc = _roles("負責營運場館的東灣體育園有限公司行政總裁滕大儀亦列席會議。")
    assert roles == [("滕大儀", "行政總裁", "東灣體育園有限公司")]
    _, doc = _roles("陳大文投資東方發展有限公司。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["東方發展有限公司"]


def test_a_dated_step_of_a_career_after_a_clause_about_the_person():
    roles, _ = _roles("侯大國曾在東城大學工作數十年，2008年任東城大學校長。")
    assert ("侯大國", "校長", "東城大學") in roles
    roles, _ = _roles("現年62歲的劉大星曾長期在外交系統工作，2018年起任中央國安辦副主任。")
    assert ("劉大星", "副主任", "中央國安辦") in roles


def test_no_career_step_in_what_is_said_nor_in_a_predecessor_s_move():
    roles, _ = _roles("主任柯大生出任東城農業大學校長，接替調任廣西副主席的陳大良。")
    assert not any(p == "柯大生" and t == "副主席" for p, t, _ in roles)
    roles, _ = _roles("陳大文昨日發表告別信。他又形容，擔任港交所行政總裁是獨一無二的旅程。")
    assert not any(p == "陳大文" for p, _, _ in roles)


def test_a_province_s_own_body_named_by_its_kind_in_a_list_of_posts():
    roles, _ = _roles("省委書記、省人大常委會主任徐大麟出席。")
    assert ("徐大麟", "主任", "省人大常委會") in roles and any(p == "徐大麟" and t == "書記" for p, t, _ in roles)


def test_a_leaving_word_read_into_the_title_is_the_verb_after_the_name():
    roles, doc = _roles("陳志強將卸任副秘書長，返回學界。")
    assert ("陳志強", "副秘書長", "") in roles
    role = next(r for r in doc.roles if r.person == "陳志強")
    assert "卸任" in role.qualifiers
    roles, _ = _roles("林小芬昨日離任主任一職。")
    assert ("林小芬", "主任", "") in roles


def test_a_bare_province_before_a_body_after_the_verb():
    roles, _ = _roles("會議接受王大明、李小華辭去省人大常委會副主任職務。")
    assert {p for p, t, o in roles if t == "副主任" and o.endswith("人大常委會")} == {"王大明", "李小華"}


def test_each_name_s_party_bracket_before_the_verb():
    roles, _ = _roles("陳大勇（民建聯）和李小強（自由黨）當選政制事務委員會主席、副主席。")
    assert ("陳大勇", "主席", "政制事務委員會") in roles
    assert ("李小強", "副主席", "政制事務委員會") in roles
    roles, _ = _roles("陳大勇（民建聯）表示支持。")
    assert roles == []


def test_a_year_in_digits_between_the_body_and_its_title():
    roles, _ = _roles("王大明、李小美榮膺中華會館2018年正副主席。")
    assert ("王大明", "主席", "中華會館") in roles and ("李小美", "副主席", "中華會館") in roles


def test_a_department_s_head_after_its_name_ending_in_the_same_character():
    roles, doc = _roles("王大明曾任院長、教育學系系主任。")
    assert ("王大明", "系主任", "教育學系") in roles
    roles, _ = _roles("化學系系主任李小明出席。")
    assert ("李小明", "系主任", "化學系") in roles


def test_a_university_post_in_a_career_after_a_college_is_the_university_s():
    roles, _ = _roles("王大明曾任東城大學教育學院院長、副校長、學務長、主任秘書。")
    assert ("王大明", "院長", "東城大學教育學院") in roles
    assert {(t, o) for p, t, o in roles if t != "院長"} == {("副校長", "東城大學"), ("學務長", "東城大學"), ("主任秘書", "東城大學")}
    roles, _ = _roles("港大醫學院院長王大明表示，校長將出席。")
    assert not any(t == "校長" and o == "港大醫學院" for _, t, o in roles)


def test_a_bureau_s_deputy_head_written_short():
    roles, _ = _roles("體育局副長劉大遠出席活動。")
    assert ("劉大遠", "副長", "體育局") in roles


def test_a_bare_ending_before_a_title_names_the_body_written_out_later():
    roles, _ = _roles("選出新一屆總會幹部，由總會議長薛大讚牧師、總會副議長陳小岳牧師當選。東方基督教會總會年會在台南舉行。")
    assert ("薛大讚", "議長", "總會") in roles and ("陳小岳", "副議長", "總會") in roles
    _, doc = _roles("總會今日舉行會議。東方基督教會總會年會在台南舉行。")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["東方基督教會總會"]


def test_posts_before_jian_go_to_the_name_between_the_next_body_and_its_title():
    roles, _ = _roles("中共東城省委常委兼統戰部雷大美部長致辭。")
    assert ("雷大美", "常委", "中共東城省委") in roles and ("雷大美", "部長", "統戰部") in roles
    roles, _ = _roles("東城省委常委及統戰部雷大美部長致辭。")
    assert not any(p == "雷大美" and t == "常委" for p, t, _ in roles)


def test_a_malaysian_state_assemblymans_title_takes_no_body_carried():
    roles, _ = _roles("檳州議會今日舉行首次會議。雙溪區州議員陳大文擔任反對黨領袖。")
    assert ("陳大文", "州議員", "") in roles
    assert not any(p == "陳大文" and t == "州議員" and o for p, t, o in roles)


def test_a_bracketed_line_below_a_name_gives_its_past_post():
    text = "新任區長名單如下：\n\n東區區公所區長陳小玉\n\n（原北區戶政事務所主任）\n\n西區區公所區長王大同\n\n（原任西區區公所主任秘書）"
    roles, _ = _roles(text)
    assert ("陳小玉", "主任", "北區戶政事務所") in roles
    assert ("王大同", "主任秘書", "西區區公所") in roles
    # A bracket that names no earlier post gives none.
    roles, _ = _roles("東區區公所區長陳小玉\n\n（東區區公所提供）")
    assert [r for r in roles if r[0] == "陳小玉"] == [("陳小玉", "區長", "東區區公所")]


def test_who_appoints_between_the_appointee_and_the_verb_is_passed_over():
    roles, _ = _roles("陳志明獲行政長官委任為運輸署署長。")
    assert ("陳志明", "署長", "運輸署") in roles
    roles, _ = _roles("林美玲被總統賴大同任命為外交部次長。")
    assert ("林美玲", "次長", "外交部") in roles and ("賴大同", "總統", "") in roles
    assert not any(p == "賴大同" and t == "次長" for p, t, _ in roles)
    # A name glossed in another script is the appointer's too.
    roles, _ = _roles("東城教區秘書長周文德神父被教宗良望(Pope Leo)任命為北城教區主教。")
    assert ("周文德", "主教", "北城教區") in roles



def test_a_ministry_bracketed_after_a_listed_name_is_its_posts_body():
    roles, _ = _roles("三名副部長分別是陳大文(財政部)、李小明(交通及運輸部)及王美玲(衛生部)。")
    assert ("陳大文", "副部長", "財政部") in roles and ("李小明", "副部長", "交通及運輸部") in roles
    assert ("王美玲", "副部長", "衛生部") in roles
    # A party in brackets is an affiliation, not the post's body.
    roles, _ = _roles("委員包括陳大文(民建聯)、李小明(工聯會)。")
    assert not any(o for p, t, o in roles if t == "委員")


def test_sworn_in_as_a_post_is_taking_it():
    roles, _ = _roles("州議員陳大文及李小明今早宣誓為州行政議員。")
    assert ("陳大文", "州行政議員", "") in roles and ("李小明", "州行政議員", "") in roles
    roles, _ = _roles("王美玲昨日宣誓就任東城區議會主席。")
    assert ("王美玲", "主席", "東城區議會") in roles


def test_a_list_goes_on_past_a_name_glossed_in_latin_letters():
    roles, _ = _roles("委員陳大文、李小明(Peter Lee)及王美玲出席。")
    assert ("王美玲", "委員", "") in roles
    roles, _ = _roles("上議員貝大衛(Lord Bell)、吉文德(Lord Gill)出席晚宴。")
    assert ("吉文德", "上議員", "") in roles


def test_filling_a_vacant_post_is_taking_it():
    roles, _ = _roles("東城商會會長一職出缺，由副會長李曉松填補。")
    assert ("李曉松", "會長", "東城商會") in roles


def test_a_prefecture_or_working_committee_is_the_secretarys_body():
    roles, _ = _roles("陳大文曾任浙江省東湖地委書記、市委教育工委書記。")
    assert ("陳大文", "書記", "浙江省東湖地委") in roles and ("陳大文", "書記", "市委教育工委") in roles


def test_posts_of_one_body_listed_in_an_apposition_are_each_the_names():
    roles, _ = _roles("陳大文，60歲，東方電信股份有限公司執行董事、董事長兼首席執行官。")
    for title in ("執行董事", "董事長", "首席執行官"):
        assert ("陳大文", title, "東方電信股份有限公司") in roles


def test_a_successor_glossed_in_latin_letters_takes_the_post():
    roles, _ = _roles("東城部長轉任農業部長之後，衛生部長一職由副部長蘇大猜(Suchai Sompong)接任。")
    assert ("蘇大猜", "部長", "衛生部") in roles
