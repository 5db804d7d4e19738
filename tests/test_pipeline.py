import pytest

from pipeline import Document, Pipeline, register_stage, stage_names


def test_default_pipeline_has_every_stage_in_order():
    assert Pipeline().names == ["normalise", "sentences", "segment", "recognise", "roles"]


def test_missing_requirement_is_named():
    with pytest.raises(ValueError, match="segment.*sentences"):
        Pipeline(["normalise", "segment"])


def test_unknown_stage_is_named():
    with pytest.raises(KeyError, match="no_such_stage"):
        Pipeline(["no_such_stage"])


def test_a_registered_variant_replaces_a_stage_by_name():
    from pipeline.stages.sentences import SentenceSplitter

    calls = []

    class CountingSplitter(SentenceSplitter):
        def __call__(self, doc):
            calls.append(doc.article_id)
            return super().__call__(doc)

    register_stage("sentences")(CountingSplitter)
    try:
        Pipeline(["normalise", "sentences"])(Document("a", "", "一句。"))
        assert calls == ["a"]
    finally:
        register_stage("sentences")(SentenceSplitter)
    assert "sentences" in stage_names()


def test_a_failing_stage_becomes_a_pipeline_error():
    from pipeline import PipelineError

    class Broken:
        name = "broken"
        requires = ("text",)
        provides = ()

        def __call__(self, doc):
            raise RuntimeError("boom")

    with pytest.raises(PipelineError, match="broken: RuntimeError: boom") as info:
        Pipeline([Broken()])(Document("a", "a.txt", "x"))
    assert info.value.code == "stage_failed"


def test_long_articles_run_block_by_block_with_the_same_results(monkeypatch):
    import pipeline.pipeline as pipeline_module

    paragraphs = [
        "香港物流協會主席梁大明表示支持。",
        "九龍社團聯會會長何志強出席典禮。",
        "運輸署署長鄭家豪到訪新界。",
        "香港浸會大學副校長錢志明致辭。",
    ]
    text = "\n".join(paragraphs * 3) + "\n"
    whole = Pipeline()(Document("a", "", text))
    monkeypatch.setattr(pipeline_module, "BLOCK_CHARS", 40)
    assert len(pipeline_module.split_blocks(text, 40)) > 3
    blocked = Pipeline()(Document("a", "", text))
    assert [(s.start, s.end, s.paragraph) for s in blocked.sentences] == [(s.start, s.end, s.paragraph) for s in whole.sentences]
    assert [(m.start, m.end, m.label) for m in blocked.mentions] == [(m.start, m.end, m.label) for m in whole.mentions]
    assert [(r.person, r.title, r.organization, r.sentence_id, r.org_start) for r in blocked.roles] == [
        (r.person, r.title, r.organization, r.sentence_id, r.org_start) for r in whole.roles
    ]
    for m in blocked.mentions:
        assert text[m.start:m.end] == m.text
    assert blocked.tokens == ()


def test_split_blocks_tiles_the_text():
    from pipeline.pipeline import split_blocks

    text = "一二三。四五六\n七八九十。" * 10 + "無換行" * 50
    blocks = split_blocks(text, 16)
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:]))
    assert all(end - start <= 16 for start, end in blocks)
