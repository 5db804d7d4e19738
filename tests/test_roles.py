"""Roles: every shape the resolver handles, on sentences written for these tests."""

import pytest

import pipeline

pytestmark = pytest.mark.usefixtures("every_role")


def _roles(text, phrased=False):
    """(person, title, organisation) of each role of ``text``, checking every offset, and
    the document. Without ``phrased``, the row repeating a role whose body came from an
    earlier sentence as its phrase writes it (no body) is left out."""
    doc = pipeline.process_text(text)
    for r in doc.roles:
        assert doc.text[r.person_start:r.person_end] == r.person
        assert doc.text[r.title_start:r.title_end] == r.title
        if r.org_start >= 0:
            assert doc.text[r.org_start:r.org_end] == r.organization
        else:
            assert r.organization == ""
    shown = [
        r for previous, r in zip((None, *doc.roles), doc.roles)
        if phrased or not _phrased_copy(previous, r)
    ]
    return [(r.person, r.title, r.organization) for r in shown], doc


def _phrased_copy(previous, role):
    """True when ``role`` repeats ``previous``, a role carried from an earlier sentence, with no body."""
    return (
        previous is not None and previous.method == "topic_org" and not role.organization
        and (previous.person_start, previous.title_start) == (role.person_start, role.title_start)
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # [ORG][TITLE][PERSON]
        ("香港理工大學副校長張偉明今日到訪。", [("張偉明", "副校長", "香港理工大學")]),
        # [TITLE][PERSON]
        ("行政長官陳志強出席典禮。", [("陳志強", "行政長官", "")]),
        # [PERSON][TITLE] with no fuller mention anywhere
        ("陳志強局長在會上表示支持。", [("陳志強", "局長", "")]),
        # 先生 after the name is not a title
        ("香港物流協會主席梁大明先生致辭。", [("梁大明", "主席", "香港物流協會")]),
        # honour without organisation
        ("太平紳士羅文傑出席。", [("羅文傑", "太平紳士", "")]),
    ],
)
def test_simple_shapes(text, expected):
    assert _roles(text)[0] == expected


def test_chain_of_four_roles_then_a_second_chain():
    text = (
        "新界青年聯會名譽會長、全國政協委員、廣東省政協常委、香港潮州商會會長林國華，"
        "九龍社團聯會主席、香港物流協會顧問何志明出席。"
    )
    roles, _ = _roles(text)
    assert roles == [
        ("林國華", "名譽會長", "新界青年聯會"),
        ("林國華", "委員", "全國政協"),
        ("林國華", "常委", "廣東省政協"),
        ("林國華", "會長", "香港潮州商會"),
        ("何志明", "主席", "九龍社團聯會"),
        ("何志明", "顧問", "香港物流協會"),
    ]


def test_chain_of_name_title_pairs_does_not_leak():
    roles, _ = _roles("北區婦女會主席黃美華、南區街坊會會長鄭志強出席。")
    assert roles == [("黃美華", "主席", "北區婦女會"), ("鄭志強", "會長", "南區街坊會")]


def test_two_titles_joined_by_jian_share_the_organisation():
    roles, doc = _roles("香港物流協會副會長兼秘書長李家豪表示。")
    assert roles == [("李家豪", "副會長", "香港物流協會"), ("李家豪", "秘書長", "香港物流協會")]
    assert doc.roles[0].qualifiers == ("副",) and doc.roles[0].title_normalized == "會長"


def test_appointment_verb():
    roles, doc = _roles("黃美玲獲委任為香港藝術發展局主席。")
    assert roles == [("黃美玲", "主席", "香港藝術發展局")]
    assert doc.roles[0].method == "appointment"


def test_later_short_mention_links_to_the_full_role():
    text = "香港中華出入口商會會長吳志成出席。吳志成會長表示，商會將繼續支持。"
    roles, doc = _roles(text)
    assert roles == [("吳志成", "會長", "香港中華出入口商會")]
    assert [m.text for m in doc.mentions if m.label == "PERSON"] == ["吳志成", "吳志成"]


def test_abbreviation_defined_in_text_is_normalised():
    text = "香港潮籍青年聯合會（潮青聯）今日成立。潮青聯主席許文傑致辭。"
    _, doc = _roles(text)
    role = next(r for r in doc.roles if r.person == "許文傑")
    assert (role.title, role.organization, role.organization_normalized) == ("主席", "潮青聯", "香港潮籍青年聯合會")


def test_known_short_form_is_normalised_to_the_canonical_name():
    _, doc = _roles("貿發局總裁陳國明表示。")
    role = doc.roles[0]
    assert role.organization == "貿發局" and role.organization_normalized == "香港貿易發展局"


def test_organisation_carries_to_a_title_the_chain_leaves_bare():
    roles, _ = _roles("香港浸會大學校長、講座教授錢志明出席。")
    assert roles == [("錢志明", "校長", "香港浸會大學"), ("錢志明", "講座教授", "香港浸會大學")]


def test_no_role_across_a_full_stop_or_a_verb():
    roles, _ = _roles("香港物流協會主席。陳大文今日出席活動。")
    assert roles == []
    roles, _ = _roles("行政長官在會上表示，陳大文將負責跟進。")
    assert roles == []


def test_no_role_inside_boilerplate():
    text = "某協會舉行會議。\n\n圖片來源：香港物流協會主席梁大明\n"
    roles, _ = _roles(text)
    assert roles == []


def test_a_country_before_a_government_title_is_its_organisation():
    roles, doc = _roles("法國總統馬克龍與德國總理朔爾茨會面。")
    assert ("馬克龍", "總統", "法國") in roles
    role = next(r for r in doc.roles if r.person == "馬克龍")
    assert role.method == "place_title" and doc.text[role.org_start:role.org_end] == "法國"
    assert "法國" not in {m.text for m in doc.mentions if m.label == "ORG"}


def test_title_modifiers_overlapping_an_organisation_are_left_to_it():
    roles, _ = _roles("東海科技大學校務委員會副主任（暫任）王小明出席。")
    assert roles == [("王小明", "副主任（暫任）", "東海科技大學校務委員會")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("財政司長梁志強表示支持。", ("梁志強", "司長", "財政司")),
        ("運輸署長何家明到場視察。", ("何家明", "署長", "運輸署")),
    ],
)
def test_title_sharing_the_last_character_of_its_organisation(text, expected):
    roles, doc = _roles(text)
    assert roles == [expected]
    title_mention = next(m for m in doc.mentions if m.label == "TITLE")
    assert title_mention.normalized == expected[1]


def test_status_word_before_the_organisation_is_a_qualifier_of_the_title():
    _, doc = _roles("前運輸署署長梁嘉豪今日出席。")
    role = doc.roles[0]
    assert (role.person, role.title, role.organization) == ("梁嘉豪", "署長", "運輸署")
    assert role.qualifiers == ("前",)


def test_copula_before_organisation_and_title():
    roles, doc = _roles("何家俊為香港物流協會主席。")
    assert roles == [("何家俊", "主席", "香港物流協會")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("陸軍司令黃志遠上將今日出席授階典禮。", ("黃志遠", "司令", "陸軍")),
        ("海軍政治委員林國棟到場。", ("林國棟", "政治委員", "海軍")),
        ("空軍副司令陳立中致辭。", ("陳立中", "副司令", "空軍")),
    ],
)
def test_an_armed_service_named_alone_is_the_body_of_its_command_post(text, expected):
    roles, _ = _roles(text)
    assert expected in roles


def test_a_heading_before_names_with_titles_of_their_own_is_not_the_first_names_title():
    roles, _ = _roles("仁心醫院董事局成員包括黃曉明主席及陳國強第一副主席。")
    assert ("黃曉明", "成員", "仁心醫院董事局") not in roles
    assert ("黃曉明", "主席", "仁心醫院董事局") in roles
    assert ("陳國強", "第一副主席", "仁心醫院董事局") in roles
    # Names with no title after them still take the heading's (委員包括甲、乙).
    roles, _ = _roles("新一屆委員包括黃曉明、陳國強及曹思文。")
    assert [r[:2] for r in roles] == [("黃曉明", "委員"), ("陳國強", "委員"), ("曹思文", "委員")]


def test_a_unit_word_before_a_name_keeps_a_line_up_of_names_and_titles_going():
    _, doc = _roles("駐港辦事處黃志遠處長、李曉明副處長、經濟張家豪組長、陳美玲組長到場。")
    carried = {(r.person, r.title, r.organization) for r in doc.roles if r.method == "lineup_carried"}
    assert ("張家豪", "組長", "駐港辦事處") in carried
    assert ("陳美玲", "組長", "駐港辦事處") in carried
    # A word for the writer's own body is another body than the line-up's.
    _, doc = _roles("體育委員會何大衛主席、本會郭耀明董事一同出席。")
    assert not [r for r in doc.roles if r.person == "郭耀明" and r.method == "lineup_carried"]


def test_an_elected_representative_described_is_no_post():
    roles, _ = _roles("市議員陳淑美等多名民代出席座談會，另一位民代宋大林亦有發言。")
    assert ("陳淑美", "市議員", "") in roles
    assert not [r for r in roles if r[1] in ("民代", "民意代表")]


def test_the_chair_of_a_meeting_or_an_event_holds_no_post():
    roles, _ = _roles("校友會新春晚宴上，大會主席陳志強致辭，大會執行主席林美華宣布晚宴開始。")
    assert not [r for r in roles if r[1].endswith("主席")]
    roles, _ = _roles("福建同鄉會會長陳大文主持會員大會。")
    assert ("陳大文", "會長", "福建同鄉會") in roles


def test_someone_standing_in_for_a_title_holder_holds_neither_post():
    roles, _ = _roles("市長代表、民政局局長張大同出席開幕禮。")
    assert ("張大同", "局長", "民政局") in roles
    assert not [r for r in roles if r[1] in ("市長", "代表")]
    # A name before its title, then 代表 as a verb: the title is the name's own.
    roles, _ = _roles("會上由陳志明副局長代表局長致辭。")
    assert [r for r in roles if r[0] == "陳志明" and r[1] == "副局長"]
    roles, _ = _roles("駐美代表蕭大琴出席。")
    assert ("蕭大琴", "代表", "") in roles


def test_a_degree_and_the_school_that_awarded_it_is_no_post_there():
    roles, _ = _roles("新任院長林家明為英國劍橋大學化學系博士，專長材料科學。")
    assert ("林家明", "院長", "") in roles
    assert not [r for r in roles if r[1].endswith("博士")]
    roles, _ = _roles("副校長周淑芬是日本東京大學工學博士。")
    assert not [r for r in roles if r[1].endswith("博士")]
    # A doctorate as a form of address, with no body, stays.
    roles, _ = _roles("基金會主席何志遠博士致辭。")
    assert ("何志遠", "博士", "") in roles


def test_a_party_committee_post_keeps_the_committee_in_its_title():
    roles, _ = _roles("東海師範大學黨委副書記鄭立群、黨委常委孫海燕出席簽約儀式。")
    assert ("鄭立群", "黨委副書記", "東海師範大學") in roles
    assert ("孫海燕", "黨委常委", "東海師範大學") in roles


def test_titles_listed_then_names_after_fenbie_are_paired_in_turn():
    roles, _ = _roles("東區街坊福利會會長、副會長及司庫分別為梁志豪、黃麗萍和曾國輝。")
    assert ("梁志豪", "會長", "東區街坊福利會") in roles
    assert ("黃麗萍", "副會長", "東區街坊福利會") in roles
    assert ("曾國輝", "司庫", "東區街坊福利會") in roles
    assert not [r for r in roles if r[0] == "梁志豪" and r[1] != "會長"]
    # Each name may have its own words before it (its sector or party), and a bracket after.
    roles, _ = _roles("環境事務委員會主席及副主席分別是港島南區劉振華（民建聯）及教育界麥思敏。")
    assert ("劉振華", "主席", "環境事務委員會") in roles
    assert ("麥思敏", "副主席", "環境事務委員會") in roles


def test_liao_before_a_verb_of_appointment_is_speculation():
    roles, _ = _roles("消防處處長黃志遠料升任保安局常任秘書長。")
    assert ("黃志遠", "處長", "消防處") in roles
    assert not [r for r in roles if r[1].endswith("秘書長")]
    roles, _ = _roles("消防處處長黃志遠今日升任保安局常任秘書長。")
    assert [r for r in roles if r[0] == "黃志遠" and r[1] == "常任秘書長"]


def test_a_part_in_a_delegation_or_an_event_committee_is_no_post():
    roles, _ = _roles("工商聯會北京考察團團長陳家明、副團長劉美儀今早啟程。")
    assert not [r for r in roles if r[1] in ("團長", "副團長")]
    roles, _ = _roles("周年晚宴籌委會主席黃子健致辭。")
    assert not [r for r in roles if r[1] == "主席"]
    # A permanent mission and a congress's delegation are standing bodies.
    roles, _ = _roles("駐日內瓦常駐聯合國代表團團長張明遠出席。")
    assert [r for r in roles if r[0] == "張明遠" and r[1] == "團長"]
    roles, _ = _roles("港區全國人大代表團團長馬立成出席。")
    assert ("馬立成", "團長", "港區全國人大代表團") in roles


def test_a_countrys_short_name_is_the_body_of_its_head_of_state():
    roles, _ = _roles("澳門特首會見葡國總統羅德里格斯。")
    assert ("羅德里格斯", "總統", "葡國") in roles


def test_chiefs_of_a_leagues_matches_and_a_boards_chairman_are_whole_titles():
    roles, _ = _roles("超級籃球聯盟會長林志遠、賽務長陳家和出席記者會。")
    assert ("陳家和", "賽務長", "超級籃球聯盟") in roles
    roles, _ = _roles("東海電子集團董事主席鄧志明致辭。")
    assert ("鄧志明", "董事主席", "東海電子集團") in roles
    roles, _ = _roles("家長協會監事主席吳美華出席。")
    assert ("吳美華", "監事主席", "家長協會") in roles


def test_a_body_then_a_name_then_its_title_gives_the_body():
    roles, _ = _roles("頒獎嘉賓包括數據科學研究中心伍思明主任及歷史系葉家聲教授。")
    assert ("伍思明", "主任", "數據科學研究中心") in roles
    assert ("葉家聲", "教授", "歷史系") in roles


def test_a_village_named_by_a_verb_is_the_body_of_its_chief():
    roles, _ = _roles("市長、光明里長林大同、自立里長黃淑芬出席。")
    assert ("黃淑芬", "里長", "自立里") in roles


def test_a_counted_set_then_a_clause_ending_de_you_lists_its_holders():
    roles, _ = _roles("校友會今年新聘了六名顧問，當晚到場領取聘書的有：余家明、潘美玲和葉志遠。")
    assert [r[:2] for r in roles if r[1] == "顧問"] == [("余家明", "顧問"), ("潘美玲", "顧問"), ("葉志遠", "顧問")]
    # Without a count the set is no set: the names are left to the sentence's reading.
    roles, _ = _roles("校友會今年新聘顧問，當晚到場的有：余家明、潘美玲和葉志遠。")
    assert not [r for r in roles if r[1] == "顧問"]


def test_staff_a_titled_name_brings_along_take_its_body():
    # The clause's subject (婦女聯誼總會) is not the staff's body: the leader's office is.
    roles, _ = _roles("婦女聯誼總會舉行就職典禮，東區民政事務處處長吳志遠偕同聯絡主任黎美華、梁家輝受邀出席。")
    assert ("黎美華", "聯絡主任", "東區民政事務處") in roles
    assert ("梁家輝", "聯絡主任", "東區民政事務處") in roles
    # A title with its own body keeps it.
    roles, _ = _roles("東區民政事務處處長吳志遠偕同青年協會主席黎美華到場。")
    assert ("黎美華", "主席", "青年協會") in roles


def test_an_adverb_after_the_date_of_an_appointment_keeps_the_verb():
    # 將|於下月|正式|出任: adverbs on both sides of the date.
    doc = pipeline.process_text("梁志明將於下月正式出任房屋署署長。")
    assert [(r.person, r.title, r.organization, r.qualifiers) for r in doc.roles] == [("梁志明", "署長", "房屋署", ("候任",))]
    roles, _ = _roles("何家欣與譚永康已於本月起分別擔任教育局局長及勞工處處長。")
    assert ("何家欣", "局長", "教育局") in roles and ("譚永康", "處長", "勞工處") in roles
    assert ("何家欣", "處長", "勞工處") not in roles


def test_a_form_of_address_inside_a_list_is_its_name_s_alone():
    roles, _ = _roles("校董會感謝即將卸任的五名校董(周家明、溫思遠、鄧美玲博士及葉志強)多年的貢獻。")
    assert [r for r in roles if r[1] == "博士"] == [("鄧美玲", "博士", "")]
    # At the list's end it is every name's.
    roles, _ = _roles("頒獎嘉賓有周家明、溫思遠博士。")
    assert ("周家明", "博士", "") in roles and ("溫思遠", "博士", "") in roles


def test_a_seat_after_a_name_of_an_introduced_list_keeps_the_list_going():
    roles, _ = _roles("市議會黨團三位副召集人為許文龍、趙美芬、梁國強議員。")
    assert [r for r in roles if r[1] == "副召集人"] == [
        ("許文龍", "副召集人", "市議會黨團"), ("趙美芬", "副召集人", "市議會黨團"), ("梁國強", "副召集人", "市議會黨團"),
    ]
    roles, _ = _roles("市議會黨團發言人由許文龍議員、趙美芬議員擔任。")
    assert ("許文龍", "發言人", "市議會黨團") in roles and ("趙美芬", "發言人", "市議會黨團") in roles
    # A name's own seat after a title it took itself ends the list (議長甲及乙議員).
    roles, _ = _roles("議長許文龍及趙美芬議員出席。")
    assert not [r for r in roles if r[0] == "趙美芬" and r[1] == "議長"]


def test_a_title_then_a_clause_naming_its_holders_in_order():
    roles, _ = _roles("選舉結果揭曉，同鄉會新一屆常務理事，按得票多少依次為梁國強、趙美芬、許文龍。")
    assert [r[:2] for r in roles if r[1] == "常務理事"] == [("梁國強", "常務理事"), ("趙美芬", "常務理事"), ("許文龍", "常務理事")]
    # A clause naming other titles pairs them in turn instead.
    roles, _ = _roles("梁國強當選理事長，副理事長與秘書長分別是趙美芬與許文龍。")
    assert ("趙美芬", "秘書長", "") not in roles


def test_a_name_s_latin_spelling_before_the_appointment_verb():
    roles, _ = _roles("總統提名許文龍、梁國強Leung Kwok Keung 2位為監察院監察委員。")
    assert ("許文龍", "監察委員", "監察院") in roles and ("梁國強", "監察委員", "監察院") in roles


def test_two_names_then_a_post_and_its_deputy_pair_in_turn_after_a_term_or_a_photo_place():
    roles, _ = _roles("會員投票選出梁國強(前排中)、許文龍(前排左2)擔任首屆會長、副會長。")
    assert [r[:2] for r in roles] == [("梁國強", "會長"), ("許文龍", "副會長")]


def test_a_post_naming_its_own_body_after_jian_or_ji_takes_no_body_of_the_first():
    roles, _ = _roles("出席者包括溫哥華華商會會長暨僑務委員梁國強。")
    assert ("梁國強", "會長", "溫哥華華商會") in roles and ("梁國強", "僑務委員", "") in roles
    roles, _ = _roles("出席者包括溫哥華華商會副會長兼秘書長梁國強。")
    assert ("梁國強", "秘書長", "溫哥華華商會") in roles


def test_names_in_brackets_after_a_title_go_on_past_a_form_of_address():
    roles, _ = _roles("新一屆三名委員(梁國強、許文龍博士及趙美芬)明日上任。")
    assert [r[0] for r in roles if r[1] == "委員"] == ["梁國強", "許文龍", "趙美芬"]


def test_a_government_body_that_thanks_office_holders_is_not_their_body():
    roles, _ = _roles("民政事務局感謝即將卸任的主席梁國強及三名委員(許文龍、趙美芬及陳志遠)對委員會的貢獻。")
    assert [r for r in roles if r[1] == "委員"] == [
        ("許文龍", "委員", ""), ("趙美芬", "委員", ""), ("陳志遠", "委員", ""),
    ]


def test_a_bracketed_note_between_a_title_and_its_colon_list():
    roles, _ = _roles("新一屆理事（排名不分先後）：梁國強、許文龍、趙美芬。")
    assert [r[:2] for r in roles] == [("梁國強", "理事"), ("許文龍", "理事"), ("趙美芬", "理事")]


def test_names_listed_with_their_posts_then_removed_from_a_seat_together():
    roles, doc = _roles("常委會公告，陸軍前司令梁國強，海軍副司令許文龍，北部戰區空軍司令(第一艦隊司令)趙美芬等3人，均被其選舉單位決定罷免全國人民代表大會代表職務。")
    removed = [r for r in doc.roles if r.title == "代表"]
    assert [r.person for r in removed] == ["梁國強", "許文龍", "趙美芬"]
    assert all(r.organization == "全國人民代表大會" and r.qualifiers == ("卸任",) for r in removed)


def test_a_title_then_a_roster_of_those_elected_and_re_elected():
    roles, _ = _roles("新一屆全國政協常委來自澳門新當選有梁國強、許文龍，連任的包括趙美芬、陳志遠。")
    assert [r[0] for r in roles if r[1] == "常委"] == ["梁國強", "許文龍", "趙美芬", "陳志遠"]


def test_addressed_items_with_honour_letters_joined_by_commas_after_yi_ci_wei():
    roles, _ = _roles("同鄉會新一屆會董會選出三位副會長，依次為梁國強博士 MH，許文龍先生，趙美芬女士 BBS JP。")
    assert [r[0] for r in roles if r[1] == "副會長"] == ["梁國強", "許文龍", "趙美芬"]


def test_a_second_title_of_a_name_after_honour_letters():
    roles, _ = _roles("主講嘉賓為行政會議成員梁國強教授GBS太平紳士。")
    assert ("梁國強", "太平紳士", "") in roles


def test_deputies_elected_after_the_principal_take_the_principal_s_body():
    roles, _ = _roles("全國人大昨日閉幕。梁國強當選為全國人民代表大會常務委員會委員長，許文龍、趙美芬當選為副委員長。")
    assert ("許文龍", "副委員長", "全國人民代表大會常務委員會") in roles
    assert ("趙美芬", "副委員長", "全國人民代表大會常務委員會") in roles
    assert not [r for r in roles if r[1] == "副委員長" and r[2] == "全國人大"]


def test_a_title_whose_holder_follows_a_copula_ends_the_appointment_list():
    roles, _ = _roles("年會推選梁國強為會長、名譽秘書為許文龍。")
    assert ("許文龍", "名譽秘書", "") in roles
    assert not [r for r in roles if r[0] == "梁國強" and r[1] == "名譽秘書"]


def test_a_name_with_tong_zhi_moved_from_one_post_to_another():
    roles, _ = _roles("梁國強同志由東海大學校長轉任黨委書記。")
    assert ("梁國強", "校長", "東海大學") in roles
    assert ("梁國強", "黨委書記", "東海大學") in roles


def test_a_second_line_up_after_a_comma_keeps_its_own_body_for_its_items():
    roles, _ = _roles("東部戰區司令員梁國強、政治委員許文龍，南部戰區司令員趙明、副司令員陳大文出席。")
    assert ("許文龍", "政治委員", "東部戰區") in roles
    assert ("陳大文", "副司令員", "南部戰區") in roles


def test_a_dash_between_a_title_and_its_name_reads_as_a_colon():
    roles, _ = _roles("大會選出神學委員會主席─梁國強牧師、教育委員會主席——許文龍牧師。")
    assert ("梁國強", "主席", "神學委員會") in roles
    assert ("許文龍", "主席", "教育委員會") in roles


def test_posts_taken_again_or_newly_before_de_are_the_holder_s():
    roles, _ = _roles("接受祝賀的包括榮任全國政協常委的永遠榮譽會長梁國強；蟬聯全國人大代表的榮譽會長許文龍。")
    assert ("梁國強", "常委", "全國政協") in roles
    assert ("許文龍", "代表", "全國人大") in roles


def test_a_town_the_lexicon_does_not_list_before_its_head():
    roles, _ = _roles("東溪鎮副鎮長梁國強致辭。")
    assert ("梁國強", "副鎮長", "東溪鎮") in roles
    roles, _ = _roles("沙坪鎮長梁國強致辭。")
    assert ("梁國強", "鎮長", "沙坪鎮") in roles
    roles, _ = _roles("出席的有該鎮副鎮長梁國強。")
    assert ("梁國強", "副鎮長", "") in roles


def test_a_district_before_its_district_officer():
    roles, _ = _roles("黃大仙民政事務專員梁國強，深水埗民政事務專員許文龍出席。")
    assert ("梁國強", "民政事務專員", "黃大仙") in roles
    assert ("許文龍", "民政事務專員", "深水埗") in roles


def test_posts_held_before_de_go_to_the_names_listed_after_the_holder():
    roles, _ = _roles("包括蟬聯全國政協委員的名譽會長許文龍及趙明。")
    assert ("趙明", "委員", "全國政協") in roles


def test_a_chain_of_posts_held_before_de():
    roles, _ = _roles("包括蟬聯全國政協委員並榮任中華全國工商業聯合會副主席的永遠名譽會長梁國強。")
    assert ("梁國強", "委員", "全國政協") in roles
    assert ("梁國強", "副主席", "中華全國工商業聯合會") in roles


def test_overseas_affairs_staff_of_a_mission_take_its_body_unlike_conferred_posts():
    roles, _ = _roles("駐印尼代表處僑務組長梁國強、僑務秘書許文龍應邀出席。")
    assert ("許文龍", "僑務秘書", "印尼代表處") in roles
    roles, _ = _roles("駐印尼代表處組長梁國強、僑務委員許文龍應邀出席。")
    assert ("許文龍", "僑務委員", "") in roles


def test_each_post_of_a_list_written_yi_shen_fen():
    roles, _ = _roles("梁國強首次以甘肅省委常委、省委組織部部長身份公開亮相。")
    assert ("梁國強", "常委", "甘肅省委") in roles
    assert ("梁國強", "部長", "省委組織部") in roles
    roles, _ = _roles("許文龍今天以總統特使身分出訪。")
    assert [r for r in roles if r[0] == "許文龍" and r[1] == "特使"]


def test_a_standing_revoked_with_its_term_and_no_de():
    roles, _ = _roles("會議通過關於撤銷梁國強、許文龍第十四屆全國政協委員資格的決定。")
    assert ("梁國強", "委員", "全國政協") in roles
    assert ("許文龍", "委員", "全國政協") in roles


def test_a_list_of_names_joined_by_the_radical_zhu_used_as_a_comma():
    roles, _ = _roles("出席者包括副主席梁國強丶許文龍丶趙明。")
    assert [r[0] for r in roles if r[1] == "副主席"] == ["梁國強", "許文龍", "趙明"]


def test_a_list_a_comma_and_its_count_then_the_verb_of_election():
    roles, _ = _roles("新潮流有梁國強、許文龍、趙明、陳大文，共有四人當選中執委。")
    assert {r[0] for r in roles if r[1] == "中執委"} >= {"梁國強", "許文龍", "陳大文"}


def test_a_mission_s_overseas_affairs_secretary_takes_no_community_association():
    roles, _ = _roles("巴拉圭僑界關懷救助協會舉行年會，僑務秘書梁國強到場致意。")
    assert not [r for r in roles if r[1] == "僑務秘書" and r[2] == "巴拉圭僑界關懷救助協會"]
