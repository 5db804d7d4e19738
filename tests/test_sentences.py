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


def _split_line_by_character(line, offset):
    """The line splitter read one character at a time (how it was written first):
    the oracle for the splitter that jumps between quotes, brackets and end marks."""
    from pipeline.stages.sentences import _CLOSERS, _END_MARKS, _MAX_QUOTED, _OPENERS

    bounds, stack, start, i, n = [], [], 0, 0, len(line)
    while i < n:
        char = line[i]
        if stack and i - stack[-1][1] > _MAX_QUOTED:
            stack.clear()
        if char in _OPENERS:
            stack.append((_OPENERS[char], i))
        elif stack and char == stack[-1][0]:
            stack.pop()
        elif char in _END_MARKS and (not stack or (i + 1 < n and line[i + 1] == stack[-1][0] and len(stack) == 1)):
            j = i + 2 if stack else i + 1  # 。」 closes the quote and the sentence together
            stack.clear()
            while j < n and (line[j] in _END_MARKS or line[j] in _CLOSERS):
                j += 1
            bounds.append((start, j))
            start = i = j
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    result = []
    for s, e in bounds:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((offset + s, offset + e))
    return result


def test_split_line_matches_a_character_by_character_reading():
    import random

    from pipeline.stages.sentences import _split_line

    rng = random.Random(11)
    alphabet = "ab 。！？；!?;…「」『』“”‘’（）()《》〈〉【】[]﹁﹂﹃﹄\"'中文"
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert _split_line(line, 7) == _split_line_by_character(line, 7), line
    for _ in range(40):  # quotes left open past _MAX_QUOTED
        line = "".join(rng.choice(alphabet + "x" * 60) for _ in range(rng.randint(300, 1500)))
        assert _split_line(line, 0) == _split_line_by_character(line, 0)
