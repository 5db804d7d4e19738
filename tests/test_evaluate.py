"""Tests for pipeline.evaluate and benchmarks/uner_to_spans.py (invented fixtures only)."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import (
    EvalReport,
    SpanReport,
    format_report,
    load_gold,
    normalize_title,
    org_matches,
    score_output,
    score_spans,
)

ROOT = Path(__file__).resolve().parents[1]
MENTION_COLS = ["article_id", "mention_id", "sentence_id", "start", "end", "text", "label", "normalized", "method", "score"]
ROLE_COLS = [
    "article_id", "role_id", "person", "title", "title_normalized", "qualifiers", "organization",
    "organization_normalized", "sentence_id", "person_start", "person_end", "title_start", "title_end",
    "org_start", "org_end", "evidence", "method", "confidence",
]


# ------------------------------------------------------------------ helpers


def mention(text: str, label: str, article: str = "a1", start: int = 0, **extra: Any) -> dict[str, Any]:
    row = dict.fromkeys(MENTION_COLS, "")
    row.update(article_id=article, text=text, label=label, start=start, end=start + len(text))
    row.update(extra)
    return row


def role(person: str, title: str, org: str = "", org_norm: str = "", article: str = "a1") -> dict[str, Any]:
    row = dict.fromkeys(ROLE_COLS, "")
    row.update(article_id=article, person=person, title=title, organization=org, organization_normalized=org_norm or org)
    return row


def write_table(outdir: Path, name: str, rows: list[dict[str, Any]], fmt: str) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with (outdir / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        cols = {"mentions": MENTION_COLS, "roles": ROLE_COLS, "articles": ["article_id", "path", "title"]}[name]
        with (outdir / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            writer.writerows(rows)


def write_output(
    tmp_path: Path,
    mentions: list[dict] = (),
    roles: list[dict] = (),
    articles: tuple[str, ...] = ("a1",),
    fmt: str = "jsonl",
) -> Path:
    outdir = tmp_path / "out"
    write_table(outdir, "mentions", list(mentions), fmt)
    write_table(outdir, "roles", list(roles), fmt)
    write_table(outdir, "articles", [{"article_id": a, "path": f"{a}.txt", "title": ""} for a in articles], fmt)
    return outdir


def write_gold(tmp_path: Path, **fields: Any) -> Path:
    record = {"id": "a1", "persons": [], "organizations": [], "roles": [], **fields}
    path = tmp_path / "gold" / f"{record['id']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path.parent


def gold_role(person: str, title: str, org: str = "", title_alts=(), org_alts=()) -> dict[str, Any]:
    return {"person": person, "title": title, "title_alts": list(title_alts), "org": org, "org_alts": list(org_alts)}


def counts(report: EvalReport, metric: str) -> tuple[int, int, int, int]:
    s = report.metric(metric)
    return s.tp, s.tp_pred, s.fp, s.fn


# ------------------------------------------------------------------ gold loading


def test_load_gold_folder_json_and_jsonl_ignores_unknown_fields(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "one.json").write_text(
        json.dumps({"id": "x1", "persons": ["甄志明"], "whatever": 1}, ensure_ascii=False), encoding="utf-8"
    )
    (folder / "more.jsonl").write_text(
        json.dumps({"id": "x2", "roles": [gold_role("甄志明", "會長")]}, ensure_ascii=False) + "\n\n"
        + json.dumps({"id": "x3"}) + "\n",
        encoding="utf-8",
    )
    (folder / "README.md").write_text("# not gold", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.json").write_text(json.dumps({"id": "x9"}), encoding="utf-8")

    gold = load_gold(folder)
    assert sorted(g.id for g in gold) == ["x1", "x2", "x3"]
    by_id = {g.id: g for g in gold}
    assert by_id["x1"].persons == ("甄志明",)
    assert by_id["x2"].roles[0].title == "會長"
    assert [g.id for g in load_gold(folder / "one.json")] == ["x1"]


def test_load_gold_duplicate_id_and_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "x"}\n{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="already given"):
        load_gold(path)
    with pytest.raises(FileNotFoundError):
        load_gold(tmp_path / "nope")


# ------------------------------------------------------------------ persons


def test_persons_optional_names_are_ignored(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, persons=["甄志明", "柯美蘭"], persons_optional=["龐天佑"])
    out = write_output(
        tmp_path, [mention("甄志明", "PERSON"), mention("甄志明", "PERSON", start=9), mention("龐天佑", "PERSON"), mention("施大為", "PERSON")]
    )
    report = score_output(out, gold)
    assert counts(report, "persons") == (1, 1, 1, 1)
    errs = report.articles[0].metric("persons")
    assert errs.misses == ("柯美蘭",)
    assert errs.false_alarms == ("施大為",)


# ------------------------------------------------------------------ organisations


def test_org_match_rules() -> None:
    assert org_matches("翠湖市政府康體事務局", "康體事務局")  # parent written in front
    assert org_matches("事務局", "翠湖市康體事務局")  # own tail of 3 chars
    assert not org_matches("務局", "翠湖市康體事務局")  # tail of 2 chars
    assert not org_matches("翠湖市", "翠湖市康體事務局")  # a head is not enough
    assert org_matches("康體事務局", "翠湖市政府康體事務局")  # a longer tail also matches
    assert not org_matches("", "康體事務局")


def test_org_parent_prefixed_prediction_matches(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, organizations=["康體事務局"])
    out = write_output(tmp_path, [mention("翠湖市政府康體事務局", "ORG")])
    assert counts(score_output(out, gold), "organizations") == (1, 1, 0, 0)


def test_org_tail_of_three_chars_matches_but_two_does_not(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, organizations=["翠湖市聯絡辦公關處", "白石山文化協會"])
    out = write_output(tmp_path, [mention("公關處", "ORG"), mention("協會", "ORG")])
    report = score_output(out, gold)
    assert counts(report, "organizations") == (1, 1, 1, 1)
    assert report.articles[0].metric("organizations").false_alarms == ("協會",)


def test_org_prediction_matching_only_optional_is_ignored(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, organizations=["白石山文化協會"], organizations_optional=["翠湖市政府"])
    out = write_output(
        tmp_path,
        [mention("白石山文化協會", "ORG"), mention("翠湖市政府", "ORG"), mention("市政府", "ORG"), mention("青松書院", "ORG")],
    )
    report = score_output(out, gold)
    # 翠湖市政府 and its tail 市政府 match only the optional name: neither tp nor fp.
    assert counts(report, "organizations") == (1, 1, 1, 0)
    assert report.articles[0].metric("organizations").false_alarms == ("青松書院",)


def test_org_one_prediction_credits_at_most_one_gold_name(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, organizations=["東區公關處", "西區公關處"])
    out = write_output(tmp_path, [mention("公關處", "ORG")])
    # Recall counts gold names matched one-to-one; precision counts the matching prediction.
    assert counts(score_output(out, gold), "organizations") == (1, 1, 0, 1)


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("副校長（研究）（暫任）", "副校長"),
        ("副校長(研究)", "副校長"),
        ("前任局長", "局長"),  # longest status word first, not 前 leaving 任局長
        ("前局長", "局長"),
        ("已故主席", "主席"),
        ("原前局長", "前局長"),  # only one status word is dropped
        ("時任署長（署理）", "署長"),
        ("前", "前"),
    ],
)
def test_normalize_title(raw: str, expected: str) -> None:
    assert normalize_title(raw) == expected


def test_person_title_drops_bracketed_qualifiers(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "副校長", "青松書院")])
    out = write_output(tmp_path, roles=[role("甄志明", "副校長（研究）(暫任)", "青松書院")])
    report = score_output(out, gold)
    assert counts(report, "person_title") == (1, 1, 0, 0)
    assert counts(report, "roles") == (1, 1, 0, 0)


def test_person_title_drops_status_word_on_both_sides(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "時任局長", "康體事務局"), gold_role("柯美蘭", "主席")])
    out = write_output(tmp_path, roles=[role("甄志明", "前任局長", "康體事務局"), role("柯美蘭", "原主席")])
    assert counts(score_output(out, gold), "person_title") == (2, 2, 0, 0)


def test_person_title_status_variants_count_once(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "局長")])
    out = write_output(tmp_path, roles=[role("甄志明", "局長"), role("甄志明", "前局長")])
    assert counts(score_output(out, gold), "person_title") == (1, 1, 0, 0)


def test_person_title_accepts_title_alts(tmp_path: Path) -> None:
    with_alt = write_gold(tmp_path / "a", roles=[gold_role("甄志明", "協會會長", "白石山文化協會", title_alts=["會長"])])
    without = write_gold(tmp_path / "b", roles=[gold_role("甄志明", "協會會長", "白石山文化協會")])
    out = write_output(tmp_path, roles=[role("甄志明", "會長", "白石山文化協會")])
    assert counts(score_output(out, with_alt), "person_title") == (1, 1, 0, 0)
    assert counts(score_output(out, with_alt), "roles") == (1, 1, 0, 0)
    assert counts(score_output(out, without), "person_title") == (0, 0, 1, 1)


# ------------------------------------------------------------------ roles


@pytest.mark.parametrize(
    ("gold_org", "pred_org"),
    [("康體事務局", "翠湖市政府康體事務局"), ("翠湖市政府康體事務局", "康體事務局")],
)
def test_roles_org_suffix_either_way(tmp_path: Path, gold_org: str, pred_org: str) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "局長", gold_org)])
    out = write_output(tmp_path, roles=[role("甄志明", "局長", pred_org)])
    assert counts(score_output(out, gold), "roles") == (1, 1, 0, 0)


def test_roles_org_alts_and_mismatch(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        roles=[gold_role("甄志明", "會長", "白協", org_alts=["白石山文化協會"]), gold_role("柯美蘭", "校長", "青松書院")],
    )
    out = write_output(tmp_path, roles=[role("甄志明", "會長", "白石山文化協會"), role("柯美蘭", "校長", "綠林書院")])
    report = score_output(out, gold)
    assert counts(report, "roles") == (1, 1, 1, 1)
    assert report.articles[0].metric("roles").false_alarms == ("柯美蘭 / 校長 / 綠林書院",)


def test_roles_organization_normalized_is_tried(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "會長", "白石山文化協會")])
    hit = write_output(tmp_path / "hit", roles=[role("甄志明", "會長", "白文協", org_norm="白石山文化協會")])
    miss = write_output(tmp_path / "miss", roles=[role("甄志明", "會長", "白文協", org_norm="白文協")])
    assert counts(score_output(hit, gold), "roles") == (1, 1, 0, 0)
    assert counts(score_output(miss, gold), "roles") == (0, 0, 1, 1)


def test_roles_empty_org_triple_not_penalised_when_pair_matched_with_org(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("甄志明", "局長", "康體事務局")])
    both = write_output(tmp_path / "both", roles=[role("甄志明", "局長", "康體事務局"), role("甄志明", "局長", "")])
    alone = write_output(tmp_path / "alone", roles=[role("甄志明", "局長", "")])
    assert counts(score_output(both, gold), "roles") == (1, 1, 0, 0)
    assert counts(score_output(alone, gold), "roles") == (0, 0, 1, 1)


def test_roles_empty_org_matches_gold_without_org(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, roles=[gold_role("柯美蘭", "太平紳士", "")])
    out = write_output(tmp_path, roles=[role("柯美蘭", "太平紳士", "")])
    assert counts(score_output(out, gold), "roles") == (1, 1, 0, 0)


# ------------------------------------------------------------------ articles


def test_missing_output_article_is_all_misses_and_extra_output_ignored(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        id="gone",
        persons=["甄志明"],
        organizations=["青松書院"],
        roles=[gold_role("甄志明", "校長", "青松書院")],
    )
    out = write_output(tmp_path, [mention("施大為", "PERSON", article="other")], articles=("other",))
    report = score_output(out, gold)
    for metric in ("persons", "organizations", "person_title", "roles"):
        assert counts(report, metric) == (0, 0, 0, 1), metric
    assert report.missing_outputs == ("gone",)
    assert report.ignored_outputs == ("other",)
    assert report.articles[0].metric("roles").misses == ("甄志明 / 校長 / 青松書院",)


def test_gold_id_matches_last_path_component_and_rejects_ambiguity(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, persons=["甄志明"])
    out = write_output(tmp_path, [mention("甄志明", "PERSON", article="news/a1")], articles=("news/a1",))
    report = score_output(out, gold)
    assert report.articles[0].output_id == "news/a1"
    assert counts(report, "persons") == (1, 1, 0, 0)

    out2 = write_output(tmp_path / "two", articles=("x/a1", "y/a1"))
    with pytest.raises(ValueError, match="several output articles"):
        score_output(out2, gold)


def test_micro_average_sums_over_articles(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "all.jsonl").write_text(
        '{"id": "a1", "persons": ["甄志明"]}\n{"id": "a2", "persons": ["柯美蘭", "施大為"]}\n', encoding="utf-8"
    )
    out = write_output(
        tmp_path, [mention("甄志明", "PERSON"), mention("柯美蘭", "PERSON", article="a2")], articles=("a1", "a2")
    )
    s = score_output(out, gold_dir).metric("persons")
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    assert s.precision == 1.0
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(0.8)


# ------------------------------------------------------------------ tables


def test_csv_fallback_with_bom(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path, persons=["甄志明"], organizations=["康體事務局"], roles=[gold_role("甄志明", "局長", "康體事務局")]
    )
    out = write_output(
        tmp_path,
        [mention("甄志明", "PERSON"), mention("翠湖市政府康體事務局", "ORG")],
        [role("甄志明", "局長", "翠湖市政府康體事務局")],
        fmt="csv",
    )
    assert (out / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (out / "mentions.jsonl").exists()
    report = score_output(out, gold)
    for metric in ("persons", "organizations", "person_title", "roles"):
        assert counts(report, metric) == (1, 1, 0, 0), metric


def test_jsonl_preferred_over_csv(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, persons=["甄志明"])
    out = write_output(tmp_path, [mention("施大為", "PERSON")], fmt="csv")
    write_table(out, "mentions", [mention("甄志明", "PERSON")], "jsonl")
    assert counts(score_output(out, gold), "persons") == (1, 1, 0, 0)


def test_missing_table_raises(tmp_path: Path) -> None:
    gold = write_gold(tmp_path)
    out = tmp_path / "empty"
    out.mkdir()
    with pytest.raises(FileNotFoundError, match="mentions"):
        score_output(out, gold)


# ------------------------------------------------------------------ report


def test_format_report_and_to_dict(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, persons=["甄志明", "柯美蘭"])
    out = write_output(tmp_path, [mention("甄志明", "PERSON"), mention("施大為", "PERSON")])
    report = score_output(out, gold)
    text = format_report(report)
    for metric in ("persons", "organizations", "person_title", "roles"):
        assert metric in text
    assert "柯美蘭" not in text
    detail = format_report(report, detail=True)
    assert "persons miss: 柯美蘭" in detail
    assert "persons false alarm: 施大為" in detail
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["metrics"]["persons"]["tp"] == 1
    assert data["articles"][0]["metrics"]["persons"]["misses"] == ["柯美蘭"]
    with pytest.raises(TypeError):
        format_report("not a report")  # type: ignore[arg-type]


def test_detail_counts_missed_roles_by_shape_tag_and_by_cause(tmp_path: Path) -> None:
    roles = [
        {**gold_role("甄志明", "理事", "港島工商會"), "shape": "list"},
        {**gold_role("柯美蘭", "理事", "港島工商會"), "shape": "list"},
        {**gold_role("施大為", "處長", "社會處"), "shape": "compound_title"},
        gold_role("馮子聰", "主席", "九龍工商會"),
    ]
    gold = write_gold(tmp_path, persons=["甄志明", "柯美蘭", "施大為"], roles=roles)
    out = write_output(
        tmp_path,
        [
            mention("甄志明", "PERSON"), mention("柯美蘭", "PERSON"), mention("施大為", "PERSON"),
            mention("理事", "TITLE", normalized="理事"), mention("港島工商會", "ORG"), mention("處長", "TITLE", normalized="處長"),
        ],
        [role("甄志明", "理事", "港島工商會"), role("柯美蘭", "理事"), role("施大為", "處長")],
    )
    report = score_output(out, gold)
    shapes = sorted(item for article in report.articles for item in article.role_shapes)
    assert shapes == [
        ("", "name", True),                 # 馮子聰 was never found as a person
        ("compound_title", "missed_org", True),  # 社會處 was never found
        ("list", "", False),
        ("list", "list", True),             # 柯美蘭 / 理事 found, but not its organisation
    ]
    detail = format_report(report, detail=True)
    assert "roles by the gold's shape tag" in detail and "missed roles by likely cause" in detail
    by_tag, by_cause = detail.split("roles by the gold's shape tag")[1].split("missed roles by likely cause")
    tag_rows = {line.split()[0]: line.split()[1:] for line in by_tag.splitlines()[3:] if line.strip()}
    cause_rows = {line.split()[0]: line.split()[1:] for line in by_cause.split("\n\n")[0].splitlines()[3:]}
    assert tag_rows["list"] == ["2", "1", "0.500"] and tag_rows["compound_title"] == ["1", "1", "0.000"]
    assert cause_rows == {"list": ["1"], "missed_org": ["1"], "name": ["1"]}


# ------------------------------------------------------------------ spans


def write_span_gold(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "spans.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_score_spans_per_label(tmp_path: Path) -> None:
    text1 = "甄志明到訪白石山文化協會。"
    text2 = "柯美蘭在翠湖市。"
    gold = write_span_gold(
        tmp_path,
        [
            {"id": "s1", "text": text1, "entities": [
                {"start": 0, "end": 3, "label": "PERSON"},
                {"start": 5, "end": 12, "label": "ORG"},
            ]},
            {"id": "s2", "text": text2, "entities": [
                {"start": 0, "end": 3, "label": "PERSON"},
                {"start": 4, "end": 7, "label": "LOC"},
            ]},
            {"id": "s3", "text": "施大為。", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]},
        ],
    )
    out = write_output(
        tmp_path,
        [
            mention("甄志明", "PERSON", article="bench#s1", start=0),
            mention("文化協會", "ORG", article="bench#s1", start=8),  # wrong boundary
            mention("會長", "TITLE", article="bench#s1", start=1),  # label gold never uses
            mention("柯美蘭", "PERSON", article="bench#s2", start=0),
        ],
        articles=("bench#s1", "bench#s2"),
    )
    report = score_spans(gold, out)
    assert isinstance(report, SpanReport)
    assert [s.label for s in report.labels] == ["LOC", "ORG", "PERSON"]
    assert (report.label("PERSON").tp, report.label("PERSON").fp, report.label("PERSON").fn) == (2, 0, 1)
    assert (report.label("ORG").tp, report.label("ORG").fp, report.label("ORG").fn) == (0, 1, 1)
    assert (report.label("LOC").tp, report.label("LOC").fp, report.label("LOC").fn) == (0, 0, 1)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 1, 3)
    assert report.ignored_labels == ("TITLE",)
    assert report.missing_outputs == ("s3",)
    s1 = next(r for r in report.records if r.gold_id == "s1")
    assert s1.misses == ((5, 12, "ORG", "白石山文化協會"),)
    assert s1.false_alarms == ((8, 12, "ORG", "文化協會"),)
    assert "PERSON" in format_report(report, detail=True)
    json.dumps(report.to_dict(), ensure_ascii=False)


def test_score_spans_csv_offsets_and_id_suffix(tmp_path: Path) -> None:
    gold = write_span_gold(tmp_path, [{"id": "7", "text": "甄志明。", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}])
    out = write_output(tmp_path, [mention("甄志明", "PERSON", article="dir/file#7")], articles=("dir/file#7",), fmt="csv")
    report = score_spans(gold, out)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 0, 0)


# ------------------------------------------------------------------ converter


def load_converter():
    spec = importlib.util.spec_from_file_location("uner_to_spans", ROOT / "benchmarks" / "uner_to_spans.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


IOB2 = """# newdoc id = doc-1
# sent_id = t-1
# text = 甄志明到訪白石山文化協會和 Green Hill。
1\t甄志明\tB-PER\t-\t-
2\t到訪\tO\t-\t-
3\t白石山\tB-ORG\t-\t-
4\t文化協會\tI-ORG\t-\t-
5\t和\tO\t-\t-
6\tGreen\tB-LOC\t-\t-
7\tHill\tI-LOC\t-\t-
8\t。\tO\t-\t-

# sent_id = t-2
# text = 柯美蘭施大為
1\t柯美蘭\tB-PER\t-\t-
2\t施大為\tB-PER\t-\t-
"""


def test_converter_spans_and_labels() -> None:
    conv = load_converter()
    records = list(conv.convert(IOB2.splitlines(keepends=True)))
    assert [r["id"] for r in records] == ["t-1", "t-2"]
    first = records[0]
    assert first["text"] == "甄志明到訪白石山文化協會和 Green Hill。"
    got = [(e["label"], first["text"][e["start"]:e["end"]]) for e in first["entities"]]
    # The space in the text (absent from the joined words) must not shift offsets.
    assert got == [("PERSON", "甄志明"), ("ORG", "白石山文化協會"), ("LOC", "Green Hill")]
    for record in records:
        for e in record["entities"]:
            assert record["text"][e["start"]:e["end"]] == e["text"]
    # Two adjacent B- tags are two entities; a file without a final blank line still ends the sentence.
    assert [(e["start"], e["end"]) for e in records[1]["entities"]] == [(0, 3), (3, 6)]


def test_converter_without_text_line_and_bad_word() -> None:
    conv = load_converter()
    records = list(conv.convert(["1\t甄志明\tB-PER\n", "2\t好\tO\n", "\n"]))
    assert records == [
        {"id": "1", "text": "甄志明好", "entities": [{"start": 0, "end": 3, "label": "PERSON", "text": "甄志明"}]}
    ]
    with pytest.raises(ValueError, match="not found"):
        list(conv.convert(["# sent_id = z\n", "# text = 甲乙\n", "1\t丙\tO\n", "\n"]))


def test_converter_main_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conv = load_converter()
    src, dst = tmp_path / "in.iob2", tmp_path / "out.jsonl"
    src.write_text(IOB2, encoding="utf-8")
    assert conv.main([str(src), str(dst)]) == 0
    lines = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    assert "PERSON 3" in capsys.readouterr().err
    # The written file is valid span gold for score_spans.
    out = write_output(tmp_path, [mention("甄志明", "PERSON", article="in#t-1")], articles=("in#t-1",))
    report = score_spans(dst, out)
    assert report.label("PERSON").tp == 1
    assert report.label("PERSON").fn == 2
