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
