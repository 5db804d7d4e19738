from pipeline.document import Document
from pipeline.pipeline import Pipeline


def test_tokens_tile_each_sentence_and_point_into_raw_text():
    text = "香港特別行政區政府發佈新計劃。\n會議於週一舉行，ＡＢＣ公司代表出席。"
    doc = Pipeline(["normalise", "sentences", "segment"])(Document("a", "", text))
    assert doc.tokens
    for sentence in doc.sentences:
        inside = [t for t in doc.tokens if sentence.start <= t.start < sentence.end]
        assert inside[0].start == sentence.start and inside[-1].end == sentence.end
        for a, b in zip(inside, inside[1:]):
            assert a.end == b.start
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text


def test_segmenter_is_rjieba_with_user_words_and_removed_compounds():
    from pipeline.segmenter import load_tokenizer, word_frequency, word_tags

    segmenter = load_tokenizer()
    # A title head from the lexicon is a user word with its tag and frequency.
    assert word_tags()["会长"] == "nz_title" and word_frequency("会长") == 20000
    # A dictionary word gluing an organisation ending to a title is removed.
    from pipeline.segmenter import dictionary_entries

    assert ("协会会长", 3, "n") in dictionary_entries() and word_frequency("协会会长") == 0
    assert segmenter.knows("协会会") and not segmenter.knows("协会会长x")
    words = [w for w, _, _ in segmenter.tokenize("某协会会长出席")]
    assert "会长" in words


def test_segmenter_cuts_as_pure_python_jieba():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from segmenter import reference_tokenizer

    from pipeline.segmenter import load_tokenizer

    reference = reference_tokenizer()
    for text in ("他在机场用Wi-Fi发电子邮件给B.C.警方。", "每日0515-0545班次到达,副会长陈大文表示", "㗎嘢𠝹开,佢话"):
        assert load_tokenizer().tokenize(text) == list(reference.tokenize(text, HMM=True))


def test_a_joiner_glued_onto_the_name_after_it_is_cut_off():
    doc = Pipeline()(Document("t", "", "會議由林振成委員主持，並由林國輝委員致詞。"))
    words = [t.text for t in doc.tokens]
    assert words.count("由") == 2 and not any(w.startswith("由林") for w in words)
    assert {"林振成", "林國輝"} <= {m.text for m in doc.mentions if m.label == "PERSON"}


def test_a_conjunction_and_a_surname_the_dictionary_knows_as_a_company_open_a_name():
    doc = Pipeline()(Document("t", "", "感謝委員鄭國柱、盧美蘭和黃守明的貢獻。"))
    words = [t.text for t in doc.tokens]
    assert "和黃" not in words and "和" in words
    assert "黃守明" in {m.text for m in doc.mentions if m.label == "PERSON"}
    doc = Pipeline()(Document("t", "", "和黃今天公布業績。"))  # the company, no name after it
    assert "和黃" in [t.text for t in doc.tokens]


def test_a_title_made_of_a_body_ending_and_a_title_yields_to_the_body_before_it():
    from pipeline.segmenter import load_tokenizer

    segmenter = load_tokenizer()
    words = [w for w, _, _ in segmenter.tokenize("恩光堂主任牧师郑国柱")]
    assert "主任牧师" in words and "堂主任" not in words
    assert "堂主任" in [w for w, _, _ in segmenter.tokenize("恩光堂堂主任郑国柱")]


def test_a_place_yields_a_title_s_last_character_to_the_title_before_a_name():
    from pipeline.segmenter import load_tokenizer

    segmenter = load_tokenizer()
    for text, title in (("成员林国柱", "成员"), ("理事长江国柱", "理事长"), ("院士林国柱", "院士")):
        assert [w for w, _, _ in segmenter.tokenize(text)][0] == title, text
    assert [w for w, _, _ in segmenter.tokenize("在士林举行")] == ["在", "士林", "举行"]
