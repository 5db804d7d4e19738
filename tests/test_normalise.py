import pytest

from pipeline.document import Document
from pipeline.stages.normalise import Normaliser, detect_script, find_boilerplate, find_inline_glosses, shadow_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("香港特別行政區政府發佈報告", "香港特别行政区政府发布报告"),
        ("ＡＢＣ１２３　ｘ", "ABC123 x"),
        ("乾隆年間", None),  # a phrase rule may apply, the length must not change
        ("𠀋𠀋鐘", None),
    ],
)
def test_shadow_is_simplified_half_width_and_same_length(text, expected):
    shadow = shadow_of(text)
    assert len(shadow) == len(text)
    if expected is not None:
        assert shadow == expected


@pytest.mark.parametrize(
    "text, script",
    [
        ("這個機構於會議上發表聲明，並說明發展計劃。", "traditional"),
        ("这个机构于会议上发表声明，并说明发展计划。", "simplified"),
        ("這個機構于会议上发表聲明，並說明發展计划，这个机构", "mixed"),
        ("Hello world 123", "unknown"),
    ],
)
def test_script_detection(text, script):
    assert detect_script(text) == script


ARTICLE = """主頁 > 新聞 > 本地

某協會舉行周年晚宴

分享至：
2021-09-03 18:05 | 稿件來源:某某日報

【字號：大 中 小】

某某日報9月3日電 某協會周五晚舉行周年晚宴，會長陳大文致辭。

圖片來源：某協會

晚宴約有二百人出席。（完）

【編輯：黃小明】

相關新聞
某地舉行音樂節
"""


def test_boilerplate_is_marked_not_removed_and_metadata_read():
    doc = Normaliser()(Document("a", "", ARTICLE))
    assert doc.text == ARTICLE and len(doc.shadow) == len(ARTICLE)
    kinds = {e.label for e in doc.excluded}
    assert {"breadcrumb", "share", "font_size", "photo_credit", "related_links", "metadata"} <= kinds
    for e in doc.excluded:
        assert doc.text[e.start:e.end] == e.text
    related = next(e for e in doc.excluded if e.label == "related_links")
    assert related.text.startswith("相關新聞") and "音樂節" in related.text
    assert doc.meta["title"] == "某協會舉行周年晚宴"
    assert doc.meta["published"] == "2021-09-03 18:05"
    assert doc.meta["source"] == "某某日報"
    assert doc.meta["dateline"].startswith("某某日報9月3日電")
    assert doc.meta["editor"] == "黃小明"
    assert doc.script == "traditional"
    # the body is not boilerplate
    assert not doc.is_excluded(ARTICLE.index("會長陳大文"), ARTICLE.index("會長陳大文") + 5)


def test_reader_metadata_wins_over_text_metadata():
    doc = Normaliser()(Document("a", "", ARTICLE, meta={"title": "From HTML"}))
    assert doc.meta["title"] == "From HTML"


def test_related_header_early_in_the_text_is_not_boilerplate():
    text = "更多\n" + "這是一段很長的正文內容，講述某機構的發展。" * 5
    assert not any(e.label == "related_links" for e in find_boilerplate(text))


def test_sample_boilerplate_is_excluded_and_never_mentioned(default_pipeline):
    from conftest import SEEDS

    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = default_pipeline(Document(path.stem, str(path), text))
        kinds = {e.label for e in doc.excluded}
        assert {"breadcrumb", "share", "photo_credit", "related_links"} <= kinds
        related = next(e for e in doc.excluded if e.label == "related_links")
        assert related.end == len(text.rstrip())
        assert all(text[e.start:e.end] == e.text for e in doc.excluded)
        assert doc.mentions and not any(doc.is_excluded(m.start, m.end) for m in doc.mentions)
        for role in doc.roles:
            assert not doc.is_excluded(role.person_start, role.person_end)
            assert not doc.is_excluded(role.title_start, role.title_end)


def test_script_counts_agree_with_a_character_by_character_count():
    import operator
    import random

    from pipeline.stages.normalise import _code_points, _zero_words

    rng = random.Random(5)
    for _ in range(500):
        n = rng.randint(0, 40)
        text, simplified, traditional = ("".join(rng.choice(pool) for _ in range(n)) for pool in (
            "ab中國\ud800\U00020000", "ab中国\ufffd\U00020000", "ab中國"))
        own, to_s, to_t = _code_points(text), _code_points(simplified), _code_points(traditional)
        same_as_s = _zero_words(own ^ to_s, n)
        assert n - same_as_s == sum(map(operator.ne, text, simplified))
        assert same_as_s - _zero_words((own ^ to_s) | (own ^ to_t), n) == sum(
            map(operator.gt, map(operator.ne, text, traditional), map(operator.ne, text, simplified)))


def test_pinyin_readings_printed_inside_words_are_marked_not_cut():
    text = "東溪縣縣長(zhǎng)梁國強調(diào)任局長(zhǎng)。"
    glosses = find_inline_glosses(text)
    assert [g.text for g in glosses] == ["(zhǎng)", "(diào)", "(zhǎng)"]
    assert all(text[g.start:g.end] == g.text and g.label == "pinyin_gloss" for g in glosses)
    doc = Normaliser()(Document("a", "", text))
    assert doc.text == text and len(doc.shadow) == len(text)
    assert [e.text for e in doc.excluded if e.label == "pinyin_gloss"] == ["(zhǎng)", "(diào)", "(zhǎng)"]


def test_one_bracketed_letter_is_no_pinyin_gloss():
    assert find_inline_glosses("理由有二：甲(a)乙(b)。") == ()
    assert find_inline_glosses("梁國強(zhǎng)說。") == ()


def test_variant_list_marks_fold_to_the_enumeration_comma_in_the_shadow():
    text = "甲丶乙､丙﹑丁"
    assert shadow_of(text) == "甲、乙、丙、丁"
