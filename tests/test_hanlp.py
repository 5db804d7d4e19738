"""The HanLP backend: ``--ner hanlp:MODEL``, ``--ner-merge`` and ``zhextract train``.

The first part runs everywhere: offset and label mapping, the merge policies and
batching with a stand-in for a HanLP component, and the errors that need no
HanLP. The second part trains a real HanLP model and runs it in fresh
processes; it is skipped where ``hanlp`` is not importable (``.ci/run`` runs it
in a second environment with the ``zhextract[hanlp]`` extra).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import Document, Pipeline
from pipeline import registry
from pipeline.cli import main
from pipeline.recognizers.hanlp_ner import BATCH_SENTENCES, MAX_TOKENS, HanLPRecognizer, entity_spans, sentence_tokens
from pipeline.registry import BackendError
from pipeline.stages.normalise import shadow_of

HAS_HANLP = importlib.util.find_spec("hanlp") is not None
needs_hanlp = pytest.mark.skipif(not HAS_HANLP, reason="hanlp is not installed (extra zhextract[hanlp])")


# ------------------------------------------------------------ a stand-in model


class FakeComponent:
    """Behaves like a HanLP NER component: takes sentences as lists of characters and
    returns ``(text, label, first, end)`` per entity, in no particular order. It
    finds the simplified ``entities`` it is given, so it only finds them in the shadow."""

    def __init__(self, entities: dict[str, str]):
        self.entities = entities
        self.calls: list[list[list[str]]] = []

    def __call__(self, batch):
        self.calls.append(batch)
        outputs = []
        for tokens in batch:
            joined = "".join(tokens)
            found = []
            for word, label in self.entities.items():
                at = joined.find(word)
                while at >= 0:
                    found.append((word, label, at, at + len(word)))
                    at = joined.find(word, at + 1)
            outputs.append(found[::-1])
        return outputs


@pytest.fixture
def fake_backend(monkeypatch):
    """Register ``fake:…`` as an NER backend around a FakeComponent; return the component."""
    component = FakeComponent({})
    monkeypatch.setitem(
        registry._BACKENDS, "fake", lambda model, merge="union": HanLPRecognizer(model, merge=merge, component=component)
    )
    return component


def _run(text: str, merge: str) -> Document:
    return Pipeline(ner="fake:model", ner_merge=merge)(Document("a", "", text))


def _spans(doc: Document, labels=("PERSON", "ORG")) -> set[tuple[str, str, str]]:
    return {(m.text, m.label, m.method) for m in doc.mentions if m.label in labels}


def test_sentence_tokens_leave_out_whitespace_and_keep_offsets():
    tokens, offsets = sentence_tokens("陈 大文\t说。")
    assert tokens == ["陈", "大", "文", "说", "。"]
    assert offsets == [0, 2, 3, 5, 6]


def test_entity_spans_map_labels_and_offsets_and_come_out_sorted():
    offsets = [0, 2, 3, 5, 6, 9]
    entities = [
        ("公司", "ORGANIZATION", 4, 6), ("北京", "NS", 0, 1), ("陈大", "NR", 1, 3),
        ("x", "PER", 2, 2), ("y", "ORG", 5, 9), ("李", "per", 0, 1), ("某会", "NT", 3, 4),
    ]
    assert entity_spans(entities, offsets) == [(0, 1, "PERSON"), (2, 4, "PERSON"), (5, 6, "ORG"), (6, 10, "ORG")]


def test_hanlp_mentions_point_into_the_traditional_text(fake_backend):
    fake_backend.entities.update({"陈大文": "NR", "蓝天动力": "ORGANIZATION", "维港": "LOCATION"})
    text = "據報，　陳大文今日到訪藍天動力，並遊覽維港。"
    doc = _run(text, "hanlp")
    found = sorted((m.start, m.end, m.label, m.method) for m in doc.mentions if m.label != "TITLE")
    assert found == [(4, 7, "PERSON", "hanlp"), (11, 15, "ORG", "hanlp")]
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    assert all(doc.sentences[m.sentence_id].start <= m.start for m in doc.mentions)
    # the model read the shadow, one character a token, without the full-width space
    assert fake_backend.calls[0][0][:5] == ["据", "报", shadow_of("，"), "陈", "大"]


def test_union_keeps_the_rules_mentions_and_adds_hanlp_ones_that_make_roles(fake_backend):
    text = "藍天動力董事長鍾浩然表示，活動將於下月舉行。"
    rules_only = Pipeline()(Document("a", "", text))
    assert ("藍天動力", "ORG", "hanlp") not in _spans(rules_only)
    fake_backend.entities.update({"钟浩然": "PERSON", "蓝天动力": "ORG", "董事长": "ORG"})
    doc = _run(text, "union")
    spans = _spans(doc)
    assert ("藍天動力", "ORG", "hanlp") in spans
    # the same span as a rules mention: the rules' one is kept
    person = next(m for m in doc.mentions if m.text == "鍾浩然")
    assert person.method != "hanlp" and person.label == "PERSON"
    # titles come from the project: a HanLP span over 董事長 is dropped
    assert [(m.text, m.label) for m in doc.mentions if m.text == "董事長"] == [("董事長", "TITLE")]
    assert [(r.person, r.title, r.organization) for r in doc.roles] == [("鍾浩然", "董事長", "藍天動力")]


def test_union_prefers_the_longer_span_and_rules_merge_keeps_the_rules(fake_backend):
    text = "海濱銀行總經理溫子晴表示，活動將於下月舉行。"
    fake_backend.entities.update({"温子晴表": "PERSON", "海滨银行总": "ORG"})
    union = _run(text, "union")
    assert ("溫子晴表", "PERSON", "hanlp") in _spans(union)  # longer than the rules' 溫子晴
    assert ("海濱銀行總", "ORG", "hanlp") not in _spans(union)  # it overlaps the title 總經理
    rules = _run(text, "rules")
    assert {m.text for m in rules.mentions if m.label == "PERSON"} == {"溫子晴"}
    assert all(m.method != "hanlp" for m in rules.mentions)


def test_rules_merge_adds_hanlp_spans_where_the_rules_found_nothing(fake_backend):
    text = "據悉祝志明與同事一同到場。"
    fake_backend.entities.update({"祝志明": "PER", "同事": "ORG"})
    doc = _run(text, "rules")
    assert ("同事", "ORG", "hanlp") in _spans(doc)


def test_hanlp_merge_takes_person_and_org_from_hanlp_alone(fake_backend):
    text = "海濱銀行董事長鄭國柱表示，活動將於下月舉行。"
    fake_backend.entities.update({"郑国柱": "PERSON"})
    doc = _run(text, "hanlp")
    assert _spans(doc) == {("鄭國柱", "PERSON", "hanlp")}  # no ORG: HanLP found none
    assert [(m.text, m.label) for m in doc.mentions if m.label == "TITLE"] == [("董事長", "TITLE")]
    assert [(r.person, r.title, r.organization) for r in doc.roles] == [("鄭國柱", "董事長", "")]


def test_sentences_go_to_the_model_in_batches_and_long_ones_in_pieces(fake_backend):
    fake_backend.entities.update({"陈大文": "PERSON"})
    text = "".join(f"第{i}句陳大文到場。" for i in range(BATCH_SENTENCES + 10))
    doc = _run(text, "hanlp")
    assert [len(batch) for batch in fake_backend.calls] == [BATCH_SENTENCES, 10]
    assert sum(m.label == "PERSON" for m in doc.mentions) == BATCH_SENTENCES + 10
    fake_backend.calls.clear()
    long_sentence = "某" * (MAX_TOKENS - 1) + "陳大文" + "某" * 20 + "。"
    doc = _run(long_sentence, "hanlp")
    assert [len(tokens) for tokens in fake_backend.calls[0]] == [MAX_TOKENS, len(long_sentence) - MAX_TOKENS]
    # an entity cut by the piece boundary is lost, the offsets of the rest stay exact
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)


def test_resume_key_changes_with_the_model_and_the_merge(tmp_path):
    from pipeline.runner import config_key

    model = tmp_path / "model"
    model.mkdir()
    (model / "model.pt").write_bytes(b"first")
    spec = f"hanlp:{model}"
    first = config_key(None, False, spec, "union")
    assert first != config_key(None, False, spec, "rules") != config_key()
    (model / "model.pt").write_bytes(b"retrained")
    assert config_key(None, False, spec, "union") != first


def test_summary_reports_the_memory_of_a_worker(tmp_path):
    from pipeline.runner import extract

    summary = extract([_article_folder(tmp_path)], tmp_path / "out", workers=1)
    assert summary.worker_memory_mib > 50
    assert f"{summary.worker_memory_mib:.0f} MiB per worker" in summary.line()


def test_the_model_is_loaded_once_per_process(tmp_path, monkeypatch):
    from pipeline.runner import extract

    loads = []

    def factory(model, merge="union"):
        loads.append(model)
        return HanLPRecognizer(model, merge=merge, component=FakeComponent({"卢美兰": "PERSON"}))

    monkeypatch.setitem(registry._BACKENDS, "counted", factory)
    monkeypatch.setattr("pipeline.runner._pipelines", {})
    folder = _article_folder(tmp_path)
    for name in ("b", "c"):
        (folder / f"{name}.txt").write_text((folder / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = extract([folder], tmp_path / "out", workers=0, ner="counted:m", ner_merge="hanlp")
    assert summary.n_articles == 3 and summary.counts["mentions"] == 6
    assert loads == ["m"]


def test_library_pipeline_rejects_a_backend_without_a_recognise_stage():
    with pytest.raises(ValueError, match="recognise"):
        Pipeline(["normalise", "sentences"], ner="hanlp:x")


# --------------------------------------------------------------------- errors


def _article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("港島青年商會會長盧美蘭表示，活動將於下月舉行。\n", encoding="utf-8")
    return folder


def _assert_backend_failed(result, out: Path, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hanlp backend: "), result.stderr
    assert all(f in lines[0] for f in fragments), lines[0]
    assert "Traceback" not in result.output
    assert not out.exists(), "the run wrote to its output folder"


def test_missing_model_folder_exits_2_before_any_article(tmp_path):
    out = tmp_path / "out"
    missing = tmp_path / "no-such-model"
    result = CliRunner().invoke(main, ["extract", str(_article_folder(tmp_path)), "-o", str(out), "--ner", f"hanlp:{missing}"])
    _assert_backend_failed(result, out, str(missing), "does not exist")


def test_folder_without_a_model_and_an_empty_model_name_exit_2(tmp_path):
    out = tmp_path / "out"
    articles = _article_folder(tmp_path)
    empty = tmp_path / "empty-model"
    empty.mkdir()
    for spec, fragment in ((f"hanlp:{empty}", "no config.json"), ("hanlp:", "name a model")):
        result = CliRunner().invoke(main, ["extract", str(articles), "-o", str(out), "--ner", spec])
        _assert_backend_failed(result, out, fragment)


def test_hanlp_not_installed_exits_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "hanlp", None)  # makes ``import hanlp`` fail as if absent
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(_article_folder(tmp_path)), "-o", str(out), "--ner", f"hanlp:{model}"])
    _assert_backend_failed(result, out, "not installed", "zhextract[hanlp]")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "陳大文表示。", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["train", str(gold), "-o", str(tmp_path / "trained")])
    _assert_backend_failed(result, tmp_path / "trained", "not installed")


def test_merge_without_a_backend_and_an_unknown_backend_are_usage_errors(tmp_path):
    folder = _article_folder(tmp_path)
    for extra in (["--ner-merge", "hanlp"], ["--ner", "spacy:model"]):
        result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "out"), *extra])
        assert result.exit_code == 2 and "--ner" in result.output, result.output
        assert not (tmp_path / "out").exists()


def test_train_reports_bad_gold_with_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "陳大文表示。", "entities": []}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["train", str(gold), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2 and f"{gold}:2" in result.output, result.output
    gold.write_text('{"id": "1", "text": "陳大文表示。", "entities": [{"start": 4, "end": 9, "label": "PERSON"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["train", str(gold), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2 and "outside the text" in result.output, result.output


def test_train_never_replaces_a_folder_that_holds_something_else(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "陳大文表示。", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}\n', encoding="utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "mine.txt").write_text("keep", encoding="utf-8")
    result = CliRunner().invoke(main, ["train", str(gold), "-o", str(notes)])
    assert result.exit_code == 2 and "something other than a model" in result.output, result.output
    assert [p.name for p in notes.iterdir()] == ["mine.txt"]


def test_gold_sentences_tag_the_shadow_per_sentence(tmp_path):
    from pipeline.training import gold_sentences

    path = tmp_path / "gold.jsonl"
    text = "海濱銀行總經理 溫子晴表示。南灣研究院昨日開幕。"
    record = {"id": "1", "text": text, "entities": [
        {"start": 0, "end": 4, "label": "ORG"}, {"start": 8, "end": 11, "label": "PERSON"},
        {"start": 14, "end": 19, "label": "ORG"}, {"start": 14, "end": 16, "label": "LOC"},
        {"start": 9, "end": 16, "label": "ORG"},
    ]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    samples, counts, skipped = gold_sentences(path)
    assert [("".join(s["token"])) for s in samples] == [shadow_of("海濱銀行總經理溫子晴表示。"), shadow_of("南灣研究院昨日開幕。")]
    assert samples[0]["tag"][:4] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert samples[0]["tag"][7:10] == ["B-PERSON", "I-PERSON", "I-PERSON"]
    assert samples[1]["tag"][:6] == ["B-ORG"] + ["I-ORG"] * 4 + ["O"]
    assert counts == {"ORG": 2, "PERSON": 1} and skipped == 1  # the ORG across two sentences


# ---------------------------------------------------- the real HanLP, end to end

NAMES = ["鄭國柱", "盧美蘭", "祝志明", "何嘉欣", "馮子健", "蔡文傑", "黎志豪", "袁少芬", "鍾浩然", "范曉晴", "姚家明", "溫子晴"]
ORGS = ["香港測量師學會", "九龍城區文化協會", "新界環保基金會", "藍天動力", "港島青年商會", "海濱銀行", "紫荊匯", "東區婦女聯會"]
TITLES = ["會長", "主席", "校長", "總經理", "秘書長", "董事長"]
TEMPLATES = [
    "{org}{title}{name}表示，活動將於下月舉行。",
    "{org}{title}{name}昨日出席典禮並致辭。",
    "{name}獲委任為{org}{title}。",
    "出席嘉賓包括{org}{title}{name}。",
    "{org}今日宣布，由{name}出任{title}。",
]


def _record(key: str, template: str, org: str, title: str, name: str) -> dict:
    text = template.format(org=org, title=title, name=name)
    return {"id": key, "text": text, "entities": [
        {"start": text.index(org), "end": text.index(org) + len(org), "label": "ORG"},
        {"start": text.index(name), "end": text.index(name) + len(name), "label": "PERSON"},
    ]}


def _gold(count: int) -> list[dict]:
    return [
        _record(str(i), TEMPLATES[i % len(TEMPLATES)], ORGS[i % len(ORGS)], TITLES[i % len(TITLES)], NAMES[(i * 5) % len(NAMES)])
        for i in range(count)
    ]


def _cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m pipeline ARGS`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, encoding="utf-8",
        env={**os.environ, **(env or {})}, cwd=cwd, timeout=600,
    )


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory):
    """A HanLP model trained by ``zhextract train`` on 48 sentences written for these tests."""
    if not HAS_HANLP:
        pytest.skip("hanlp is not installed")
    folder = tmp_path_factory.mktemp("hanlp")
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _gold(48)), encoding="utf-8")
    model = folder / "model"
    result = _cli("train", str(gold), "-o", str(model), "--epochs", "12", "--seed", "3", "-q")
    assert result.returncode == 0, result.stderr
    assert "trained on 44 sentences" in result.stderr
    return model


# Articles the model never saw: known names and bodies in new combinations.
ARTICLES = {
    "one": "紫荊匯主席袁少芬表示，活動將於下月舉行。\n海濱銀行董事長何嘉欣昨日出席典禮並致辭。\n",
    "two": "出席嘉賓包括藍天動力總經理姚家明。\n",
}


def _extract(model: Path, tmp_path: Path, merge: str) -> tuple[list[dict], list[dict], str]:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / f"out-{merge}"
    result = _cli("extract", str(folder), "-o", str(out), "--ner", f"hanlp:{model}", "--ner-merge", merge, "-j", "1", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    read = lambda table: [json.loads(line) for line in (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()]  # noqa: E731
    return read("mentions"), read("roles"), result.stderr


def _expected(article: str, label: str, words: list[str]) -> set[tuple[str, int, int, str]]:
    text = ARTICLES[article]
    return {(article, text.index(w), text.index(w) + len(w), label) for w in words}


@needs_hanlp
def test_trained_model_finds_persons_and_orgs_in_a_fresh_process(trained_model, tmp_path):
    config = json.loads((trained_model / "config.json").read_text(encoding="utf-8"))
    assert config["crf"] is False and config["token_delimiter"] == "" and config["seed"] == 3
    mentions, roles, stderr = _extract(trained_model, tmp_path, "hanlp")
    found = {(m["article_id"], m["start"], m["end"], m["label"]) for m in mentions if m["label"] in ("PERSON", "ORG")}
    expected = (
        _expected("one", "PERSON", ["袁少芬", "何嘉欣"]) | _expected("one", "ORG", ["紫荊匯", "海濱銀行"])
        | _expected("two", "PERSON", ["姚家明"]) | _expected("two", "ORG", ["藍天動力"])
    )
    assert found == expected
    for m in mentions:
        assert ARTICLES[m["article_id"]][m["start"]:m["end"]] == m["text"]
        assert (m["method"] == "hanlp") == (m["label"] != "TITLE")
    assert {(r["person"], r["title"], r["organization"]) for r in roles} == {
        ("袁少芬", "主席", "紫荊匯"), ("何嘉欣", "董事長", "海濱銀行"), ("姚家明", "總經理", "藍天動力"),
    }
    assert "MiB per worker" in stderr


@needs_hanlp
def test_union_adds_what_the_model_finds_to_the_rules(trained_model, tmp_path):
    mentions, roles, _ = _extract(trained_model, tmp_path, "union")
    by_text = {(m["article_id"], m["text"]): m for m in mentions}
    # the rules know no body called 藍天動力 or 紫荊匯; the model does
    assert by_text[("two", "藍天動力")]["method"] == "hanlp" and by_text[("two", "藍天動力")]["label"] == "ORG"
    assert by_text[("one", "紫荊匯")]["method"] == "hanlp"
    # where both found the same span, the rules' mention stays
    assert by_text[("one", "何嘉欣")]["method"] != "hanlp"
    assert by_text[("two", "總經理")]["label"] == "TITLE"
    assert ("姚家明", "總經理", "藍天動力") in {(r["person"], r["title"], r["organization"]) for r in roles}


@needs_hanlp
def test_trained_model_loads_in_the_library(trained_model):
    pipeline = Pipeline(ner=f"hanlp:{trained_model}", ner_merge="hanlp")
    doc = pipeline(Document("x", "", ARTICLES["two"]))
    assert {(m.text, m.label, m.method) for m in doc.mentions if m.label != "TITLE"} == {
        ("姚家明", "PERSON", "hanlp"), ("藍天動力", "ORG", "hanlp"),
    }


@needs_hanlp
def test_same_seed_same_model_and_retraining_replaces_the_folder(tmp_path):
    import torch

    from pipeline.training import train_ner_model

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _gold(20)), encoding="utf-8")
    model = tmp_path / "model"
    first = train_ner_model(gold, model, epochs=2, seed=5)
    before = torch.load(model / "model.pt", map_location="cpu", weights_only=True)
    second = train_ner_model(gold, model, epochs=2, seed=5)
    after = torch.load(model / "model.pt", map_location="cpu", weights_only=True)
    assert first.dev_scores == second.dev_scores
    assert before.keys() == after.keys() and all(torch.equal(before[k], after[k]) for k in before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold.jsonl", "model"]  # no staging folder left
    about = json.loads((model / "zhextract-train.json").read_text(encoding="utf-8"))
    assert about["seed"] == 5 and about["entities"] == {"ORG": 20, "PERSON": 20}


@needs_hanlp
@pytest.mark.parametrize("damage", ["weights", "config"])
def test_corrupt_model_exits_2_before_any_article(trained_model, tmp_path, damage):
    broken = tmp_path / "broken"
    shutil.copytree(trained_model, broken)
    if damage == "weights":
        data = (broken / "model.pt").read_bytes()
        (broken / "model.pt").write_bytes(data[: len(data) // 3])
    else:
        (broken / "config.json").write_text('{"classpath": ', encoding="utf-8")
    out = tmp_path / "out"
    result = _cli("extract", str(_article_folder(tmp_path)), "-o", str(out), "--ner", f"hanlp:{broken}")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"hanlp backend: cannot load the model in {broken}: corrupt"), result.stderr
    assert "Traceback" not in result.stdout + result.stderr and not out.exists()


@needs_hanlp
def test_failed_download_offline_exits_2_before_any_article(tmp_path):
    with socket.socket() as probe:  # a local port nothing listens on: the download is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "out"
    env = {"HANLP_URL": f"http://127.0.0.1:{port}/", "HANLP_HOME": str(tmp_path / "hanlp-home")}
    result = _cli("extract", str(_article_folder(tmp_path)), "-o", str(out), "--ner", "hanlp:MSRA_NER_ELECTRA_SMALL_ZH", env=env)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hanlp backend: cannot download MSRA_NER_ELECTRA_SMALL_ZH"), result.stderr
    assert "Traceback" not in result.stdout + result.stderr and not out.exists()
    assert not list((tmp_path / "hanlp-home").rglob("*.zip")), "a partial download was left"
