import json

from pipeline.document import Document, Excluded, Mention, PipelineError, Role, Sentence, Token


def _sample() -> Document:
    text = "甲乙丙。丁戊"
    return Document(
        article_id="a/b",
        path="a/b.txt",
        text=text,
        shadow=text,
        script="traditional",
        meta={"title": "t"},
        excluded=(Excluded(4, 6, "share", "丁戊"),),
        sentences=(Sentence(0, 4, "SENT", "甲乙丙。", 0),),
        tokens=(Token(0, 2, "n", "甲乙"), Token(2, 3, "x", "丙")),
        mentions=(Mention(0, 2, "PERSON", "甲乙", normalized="甲乙", method="pattern", qualifiers=("副",)),),
        roles=(Role("甲乙", "會長", "會長", ("副",), "", "", 0, 0, 2, 2, 3),),
    )


def test_round_trip_through_json():
    doc = _sample()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc


def test_sha1_and_excluded_lookup():
    doc = _sample()
    assert len(doc.sha1) == 40
    assert doc.is_excluded(5, 6) and not doc.is_excluded(0, 4)
    assert doc.sentence_at(1) == 0 and doc.sentence_at(5) == -1


def test_pipeline_error_message_names_file_stage_and_reason():
    error = PipelineError("x/y.txt", "read", "empty", "file is empty")
    assert str(error) == "x/y.txt: read: file is empty"
    assert error.code == "empty"
