import pytest

from pipeline.document import Excluded
from pipeline.stages.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("他說：「我們會努力。」然後離開。", ["他說：「我們會努力。」", "然後離開。"]),
        ("今天開會！明天休息？好的。", ["今天開會！", "明天休息？", "好的。"]),
        ("會議（第一次。第二次）結束。下一句", ["會議（第一次。第二次）結束。", "下一句"]),
        ("第一段。\r\n\r\n  第二段  ", ["第一段。", "第二段"]),
        ("“甲說好。”乙說不。", ["“甲說好。”", "乙說不。"]),
    ],
)
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_paragraph_numbers_and_excluded_lines():
    text = "甲。乙。\n圖片來源：某處\n丙。"
    excluded = (Excluded(5, 12, "photo_credit", text[5:12]),)
    sentences = split_sentences(text, excluded)
    assert [(s.text, s.paragraph) for s in sentences] == [("甲。", 0), ("乙。", 0), ("丙。", 1)]
