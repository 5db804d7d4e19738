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


_LONG_PARAGRAPHS = [
    "香港物流協會主席梁大明表示支持。",
    "九龍社團聯會會長何志強出席典禮，梁大明主席致辭。",
    "運輸署署長鄭家豪到訪新界。",
    "香港浸會大學副校長錢志明致辭。",
]


def test_stream_gives_the_blocks_of_the_merged_document(monkeypatch):
    import pipeline.pipeline as pipeline_module

    text = "\n".join(_LONG_PARAGRAPHS * 3) + "\n"
    monkeypatch.setattr(pipeline_module, "BLOCK_CHARS", 40)
    merged = Pipeline()(Document("a", "", text))
    header, blocks = Pipeline().stream(Document("a", "", text))
    assert header.shadow and not header.mentions
    blocks = list(blocks)
    assert len(blocks) > 3
    assert tuple(s for b in blocks for s in b.sentences) == merged.sentences
    assert tuple(m for b in blocks for m in b.mentions) == merged.mentions
    assert tuple(r for b in blocks for r in b.roles) == merged.roles
    # A short article, or block stages followed by a document stage, is not streamed.
    assert Pipeline().stream(Document("a", "", "短文。")) is None
    assert Pipeline(["normalise", "sentences", "segment", "recognise"]).stream(Document("a", "", text)) is not None


def test_rows_built_block_by_block_equal_the_whole_documents_rows(monkeypatch):
    import pipeline.pipeline as pipeline_module
    from pipeline.tables import ArticleRows, document_rows

    text = "\n".join(_LONG_PARAGRAPHS * 4) + "\n"
    monkeypatch.setattr(pipeline_module, "BLOCK_CHARS", 50)
    whole = document_rows(Pipeline()(Document("a", "a.txt", text)))
    header, blocks = Pipeline().stream(Document("a", "a.txt", text))
    article = ArticleRows(header)
    streamed: dict[str, list] = {}
    for block in blocks:
        for table, rows in article.add(block).items():
            streamed.setdefault(table, []).extend(rows)
    for table, rows in article.finish().items():
        streamed.setdefault(table, []).extend(rows)
    assert whole["roles"] and whole["persons"] and whole["organizations"]
    for table in ("articles", "mentions", "roles", "persons", "organizations"):
        assert streamed[table] == whole[table], table
    # What the people index needs: one role row per distinct role, in first-seen order.
    people = article.people_rows()
    distinct = list(dict.fromkeys((r["person"], r["title"], r["organization"]) for r in whole["roles"]))
    assert [(r["person"], r["title"], r["organization"]) for r in people["roles"]] == distinct


def test_a_long_article_is_written_from_spooled_rows_identically(monkeypatch, tmp_path):
    import json

    import pipeline.pipeline as pipeline_module
    from pipeline.runner import extract, process_file
    from pipeline.stages.read import iter_input_files

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("\n".join(_LONG_PARAGRAPHS * 4) + "\n", encoding="utf-8")
    (folder / "short.txt").write_text("運輸署署長鄭家豪到訪新界。\n", encoding="utf-8")
    monkeypatch.setattr(pipeline_module, "BLOCK_CHARS", 50)
    summary = extract([folder], tmp_path / "out", workers=0)
    spooled = list((tmp_path / "out" / ".zhextract-cache").rglob("*.rows.jsonl"))
    assert len(spooled) == 1  # the long article's rows went through a file; the short one's did not
    # The same rows as the whole merged document gives in memory (process_file).
    expected: dict[str, list] = {}
    for item in iter_input_files([folder]):
        for rows, error in process_file(item):
            assert error is None
            for table, table_rows in rows.items():
                expected.setdefault(table, []).extend(table_rows)
    assert expected["roles"] and summary.counts["roles"] == len(expected["roles"])

    def written(name):
        return [json.loads(line) for line in (tmp_path / "out" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]

    for name in ("articles", "mentions", "roles", "persons", "organizations"):
        assert written(name) == expected[name], name
    tables = {name: (tmp_path / "out" / f"{name}.csv").read_bytes() for name in ("mentions", "roles", "people")}
    # --resume replays the spooled rows from the cache; a missing spool file is a cache miss.
    again = extract([folder], tmp_path / "out", workers=0, resume=True)
    assert again.n_cached == 2
    assert {name: (tmp_path / "out" / f"{name}.csv").read_bytes() for name in tables} == tables
    spooled[0].unlink()
    third = extract([folder], tmp_path / "out", workers=0, resume=True)
    assert (third.n_cached, third.n_processed) == (1, 1)
    assert {name: (tmp_path / "out" / f"{name}.csv").read_bytes() for name in tables} == tables
    assert spooled[0].is_file()


def test_moved_spans_and_roles_equal_dataclasses_replace():
    import dataclasses

    from pipeline.document import Mention, Role, Sentence
    from pipeline.pipeline import _replaced

    items = [
        Sentence(3, 9, "SENTENCE", "甲任會長。", paragraph=2),
        Mention(1, 3, "PERSON", "李甲", normalized="李甲", method="model", score=0.7, sentence_id=4, qualifiers=("前",)),
        Role("李甲", "會長", "會長", (), "乙會", "乙會", 4, 1, 3, 5, 7, org_start=8, org_end=10, method="m", confidence=0.5),
    ]
    for item in items:
        changes = {"sentence_id": 9} if isinstance(item, Role) else {"start": 30, "end": 33}
        moved, expected = _replaced(item, changes), dataclasses.replace(item, **changes)
        assert moved == expected and hash(moved) == hash(expected) and repr(moved) == repr(expected)


def test_summaries_leave_out_a_bare_title_also_held_with_a_body():
    from pipeline.tables import PeopleIndex, document_rows

    text = "東山區街坊福利會昨日舉行會員大會。會上，主席鄭國柱宣布新計劃，立法會議員盧美蘭出席。"
    rows = document_rows(Pipeline()(Document("a", "a.txt", text)))
    held = {(r["person"], r["title"], r["organization"]) for r in rows["roles"]}
    assert {("鄭國柱", "主席", "東山區街坊福利會"), ("鄭國柱", "主席", "")} <= held
    titles = {r["person"]: r["titles"] for r in rows["persons"]}
    assert titles["鄭國柱"] == "主席@東山區街坊福利會"
    assert titles["盧美蘭"] == "議員@立法會"
    people = PeopleIndex()
    people.add({"articles": rows["articles"], "persons": rows["persons"], "roles": rows["roles"]})
    assert {r["person"]: r["roles"] for r in people.rows()}["鄭國柱"] == "主席@東山區街坊福利會"


_GLOSSED = "東溪縣統(tǒng)戰(zhàn)部部長(zhǎng)梁國(guó)強調(diào)任貴州省副省長(zhǎng)。"


def test_words_with_pinyin_glosses_inside_are_read_whole_and_spans_keep_the_raw_text():
    doc = Pipeline()(Document("a", "", _GLOSSED))
    persons = [m for m in doc.mentions if m.label == "PERSON"]
    assert [(m.text, m.normalized) for m in persons] == [("梁國(guó)強", "梁國強")]
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences + doc.tokens + doc.mentions)
    roles = {(r.person, r.title, r.organization) for r in doc.roles}
    assert ("梁國(guó)強", "部長", "統(tǒng)戰(zhàn)部") in roles
    assert ("梁國(guó)強", "副省長", "貴州省") in roles
    for r in doc.roles:
        assert doc.text[r.person_start:r.person_end] == r.person
        assert doc.text[r.title_start:r.title_end] == r.title
        assert doc.text[r.org_start:r.org_end] == r.organization


def test_a_long_glossed_article_streams_as_one_block(monkeypatch):
    import pipeline.pipeline as pipeline_module

    text = "\n".join([_GLOSSED] * 6) + "\n"
    monkeypatch.setattr(pipeline_module, "BLOCK_CHARS", 40)
    merged = Pipeline()(Document("a", "", text))
    header, blocks = Pipeline().stream(Document("a", "", text))
    blocks = list(blocks)
    assert len(blocks) == 1 and blocks[0].roles == merged.roles
    assert {r.person for r in merged.roles} == {"梁國(guó)強"}
