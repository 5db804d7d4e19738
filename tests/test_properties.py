"""Any input string: no crash, a same-length shadow, and every span pointing into the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import assert_spans_point_into
from pipeline import Document

_PIECES = st.sampled_from([
    "香港特區政府", "局長", "陳大文", "表示", "。", "，", "、", "\r\n", "\n", "\x00", "𠀋", "e\u0301",
    "協會", "会长", "·", "（", "）", "「", "」", "ＡＢＣ", "圖片來源：", "首頁 > 新聞", "【編輯：", "】",
])
_TEXT = st.one_of(st.text(max_size=80), st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_keeps_offsets(default_pipeline, text):
    doc = default_pipeline(Document("p", "", text))
    assert doc.text == text
    assert len(doc.shadow) == len(text)
    for spans in (doc.excluded, doc.sentences, doc.tokens, doc.mentions):
        assert_spans_point_into(doc, spans)
    for role in doc.roles:
        assert text[role.person_start:role.person_end] == role.person
        assert text[role.title_start:role.title_end] == role.title
        if role.org_start >= 0:
            assert text[role.org_start:role.org_end] == role.organization
    for mention in doc.mentions:
        assert not doc.is_excluded(mention.start, mention.end)
