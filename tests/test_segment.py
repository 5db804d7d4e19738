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


def test_private_tokenizer_leaves_the_global_one_alone():
    import jieba

    from pipeline.stages.segment import load_tokenizer

    assert load_tokenizer() is not jieba.dt
