"""The roles stage's learned parts: the carry model (which body written before a title an
organisation-less role takes) and the confidence model (how likely a role is right).

Every sentence here was written for these tests; the people and most bodies are invented.
"""

import dataclasses

import regex

import pipeline
from pipeline.lexicons import load_lexicon
from pipeline.pipeline import Pipeline
from pipeline.stages import roles as roles_stage
from pipeline.stages.roles import best_option, carry_choices, uncarried_roles

_BEFORE_ROLES = Pipeline(["normalise", "sentences", "segment", "recognise"])


def _choices(text):
    doc = _BEFORE_ROLES(pipeline.Document(article_id="t", path="", text=text, meta={}))
    roles = uncarried_roles(doc)
    return doc, roles, carry_choices(doc, roles)


def _carried(text):
    return [(r.person, r.title, r.organization, r.method, r.confidence) for r in pipeline.process_text(text).roles]


def test_options_are_no_body_first_then_the_bodies_before_the_title():
    doc, roles, choices = _choices("旺角街坊福利會昨晚舉行週年晚宴。主席鄭國柱致辭。")
    assert len(choices) == 1
    choice = choices[0]
    assert roles[choice.role_index].person == "鄭國柱"
    assert choice.options[0][0] is None and "none" in choice.options[0][1]
    bodies = [org.text for org, _ in choice.options[1:]]
    assert bodies == ["旺角街坊福利會"]
    assert choice.options[choice.rule_pick][0].text == "旺角街坊福利會"
    assert all(org.end <= choice.title.start for org, _ in choice.options[1:])


def test_the_model_carries_the_body_an_earlier_sentence_is_about():
    carried = _carried("旺角街坊福利會昨晚舉行週年晚宴。主席鄭國柱致辭。")
    assert [(p, t, o, m) for p, t, o, m, _ in carried] == [("鄭國柱", "主席", "旺角街坊福利會", "topic_org"), ("鄭國柱", "主席", "", "title")]


def test_a_carried_body_is_less_sure_than_one_written_next_to_its_title(monkeypatch):
    monkeypatch.setattr(roles_stage, "_confidence_model", lambda: None)  # the shapes' own confidence
    carried = _carried("旺角街坊福利會昨晚舉行週年晚宴。主席鄭國柱致辭，旺角街坊福利會秘書長盧美蘭主持。")
    confidence = {p: c for p, _, _, _, c in carried}
    assert 0.3 <= confidence["鄭國柱"] <= 0.75
    assert confidence["盧美蘭"] > confidence["鄭國柱"]


def test_an_honour_weighs_no_body():
    _, _, choices = _choices("香港大學昨日舉行典禮，鄭國柱教授出席。")
    assert all(len(choice.options) == 1 for choice in choices)  # no body, nothing else
    assert _carried("香港大學昨日舉行典禮，鄭國柱教授出席。")[0][2] == ""


def test_a_body_deep_in_an_earlier_sentence_is_no_option():
    text = "昨日活動由市民代表主持，另有南海同鄉會代表出席。天氣晴朗。會場佈置簡單。節目共有三項。來賓亦多。主席鄭國柱致辭。"
    _, _, choices = _choices(text)
    assert [len(choice.options) for choice in choices] == [1]


def test_without_the_weights_the_hand_rules_choose(monkeypatch):
    text = "應北區商會邀請，南區商會派出會長鄭國柱、副會長盧美蘭等赴會。"
    monkeypatch.setattr(roles_stage, "_carry_model", lambda: None)
    rules = [(r.person, r.organization) for r in pipeline.process_text(text).roles]
    assert rules == [("鄭國柱", "南區商會"), ("盧美蘭", "南區商會")]
    _, _, choices = _choices(text)
    assert all(choice.chosen == choice.rule_pick for choice in choices)


def test_the_highest_sum_of_weights_wins():
    _, _, choices = _choices("旺角街坊福利會昨晚舉行週年晚宴。主席鄭國柱致辭。")
    choice = choices[0]
    assert best_option({"none": 5.0}, choice) == 0
    assert best_option({"none": -5.0}, choice) == 1


def test_the_weights_name_no_text():
    features = load_lexicon("carry_model").column("feature")
    assert len(features) > 50
    assert not [name for name in features if regex.search(r"\p{Han}", name)]


# -- the confidence model -----------------------------------------------------------------


def test_confidence_is_the_models_probability_and_orders_the_evidence():
    roles = {r.person: r for r in pipeline.process_text("嶺南大學校長鄭國柱致辭。主席盧美蘭出席。").roles}
    assert all(0.0 < r.confidence < 1.0 for r in roles.values())
    assert roles["鄭國柱"].confidence > 0.8
    assert roles["鄭國柱"].confidence > roles["盧美蘭"].confidence


def test_without_the_confidence_weights_the_shapes_give_it(monkeypatch):
    monkeypatch.setattr(roles_stage, "_confidence_model", lambda: None)
    role = pipeline.process_text("嶺南大學校長鄭國柱致辭。").roles[0]
    assert role.method == "org_title" and role.confidence == roles_stage.ROLE_SHAPES["org_title"]


def test_role_features_describe_each_role_without_its_text():
    doc = pipeline.process_text("嶺南大學校長鄭國柱致辭，主席盧美蘭及理事祝志明出席。")
    features = roles_stage.role_features(doc, list(doc.roles))
    assert len(features) == len(doc.roles)
    assert all("bias" in names and f"shape={role.method}" in names for role, names in zip(doc.roles, features))
    assert not [name for names in features for name in names if regex.search(r"\p{Han}", name)]
    weights = load_lexicon("confidence_model").column("feature")
    assert "bias" in weights and not [name for name in weights if regex.search(r"\p{Han}", name)]


def test_roles_below_the_confidence_floor_are_left_out_unless_asked_for():
    text = "委員：鄭國柱、盧美蘭、祝志明。謝國柱會長任團長，帶領訪問團出發。"
    doc = _BEFORE_ROLES(pipeline.Document(article_id="t", path="", text=text, meta={}))
    every = roles_stage.resolve_roles(doc, 0.0)
    kept = roles_stage.resolve_roles(doc)
    assert any(r.confidence < roles_stage.MIN_CONFIDENCE for r in every)  # the sentences hold a doubtful role
    assert all(r.confidence >= roles_stage.MIN_CONFIDENCE for r in kept)
    assert set(kept) < set(every)
    assert roles_stage.RoleResolver(min_confidence=0.0)(doc).roles == every


def test_without_the_confidence_model_no_role_is_left_out(monkeypatch):
    text = "謝國柱會長任團長，帶領訪問團出發。"
    doc = _BEFORE_ROLES(pipeline.Document(article_id="t", path="", text=text, meta={}))
    monkeypatch.setattr(roles_stage, "_confidence_model", lambda: None)
    assert roles_stage.resolve_roles(doc) == tuple(roles_stage.carried_roles(doc))


def _carried_pair(confidence: float) -> list:
    """A role whose body was carried from an earlier sentence, then its phrase's own reading."""
    carried = pipeline.Role(
        person="王志明", title="主席", title_normalized="主席", qualifiers=(), organization="青年商會",
        organization_normalized="青年商會", sentence_id=1, person_start=14, person_end=17, title_start=12, title_end=14,
        org_start=0, org_end=4, method="topic_org", confidence=confidence,
    )
    return [carried, dataclasses.replace(carried, organization="", organization_normalized="", org_start=-1, org_end=-1, method="title")]


def test_a_doubtful_carried_body_gives_way_to_the_phrase_without_one():
    floor = roles_stage.CARRIED_MIN_CONFIDENCE
    doubtful, plain = _carried_pair(floor - 0.05)
    assert roles_stage._without_doubtful_carries([doubtful, plain], floor) == [plain]
    sure = _carried_pair(floor + 0.05)
    assert roles_stage._without_doubtful_carries(sure, floor) == sure
    alone = [doubtful]  # (no phrase of its own follows: the role stays)
    assert roles_stage._without_doubtful_carries(alone, floor) == alone
    other = dataclasses.replace(plain, person_start=20, person_end=23, person="李小梅")
    assert roles_stage._without_doubtful_carries([doubtful, other], floor) == [doubtful, other]


def test_titles_paired_with_names_in_turn_without_a_body_stay_above_the_floor():
    doc = pipeline.process_text("會上宣布，首席執行官及董事總經理分別為徐大頌及陸永新。")
    kept = {(r.person, r.title, r.organization) for r in doc.roles}
    assert ("徐大頌", "首席執行官", "") in kept and ("陸永新", "董事總經理", "") in kept
