"""Nothing lost (issue 15): bad names and bytes, one-run output folders, XLSX limits,
per-record timeouts, disk full, and a publish step that stays whole under faults."""

from __future__ import annotations

import builtins
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_stages import CRASH, HANG
from pipeline import export, load_tables, process_text, publish
from pipeline.cli import main
from pipeline.export import EXCEL_MAX_CELL_CHARS, STAGING_PREFIX, TableWriter
from pipeline.publish import JOURNAL, MANIFEST, OutputWriteError, file_sha256
from pipeline.runner import extract
from test_batch import HAZARD_STAGES, article, read_csv, snapshot, write


def run_cli(*args: str):
    return CliRunner().invoke(main, ["extract", *map(str, args)])


def jsonl_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def leftovers(out: Path) -> list[str]:
    """Hidden publish or staging entries a finished run must not leave behind."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".zhextract-") and p.name != ".zhextract-cache")


def assert_agrees_with_manifest(out: Path) -> dict:
    """The folder holds exactly the files its manifest lists, with those bytes, and
    load_tables returns exactly the manifest's tables with its row counts."""
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    listed = {f["file"]: f for f in manifest["files"]}
    present = {p.name for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert present == set(listed) | {MANIFEST}
    for name, entry in listed.items():
        assert file_sha256(out / name) == entry["sha256"], name
    tables = load_tables(out)
    assert {name: len(frame) for name, frame in tables.items()} == {
        name: info["rows"] for name, info in manifest["tables"].items()
    }
    return manifest


# ----------------------------------------------------------------- 1. bad names


def test_undecodable_file_name_and_lone_surrogate_become_error_rows(tmp_path):
    inputs = tmp_path / "in"
    good = write(inputs, "good.txt", article(1))
    gbk_name = os.path.join(os.fsencode(inputs), "中文".encode("gbk") + b".txt")
    with open(gbk_name, "wb") as handle:
        handle.write(article(2).encode("utf-8"))
    records = [
        json.dumps({"id": "ok", "text": article(3)}, ensure_ascii=False),
        '{"id": "bad", "text": "' + article(4).replace("\n", "\\n") + '\\ud800"}',
        '{"id": "badtitle", "title": "\\udcff", "text": "' + article(5).replace("\n", "\\n") + '"}',
    ]
    feed = write(inputs, "feed.jsonl", "\n".join(records) + "\n")
    out = tmp_path / "out"
    result = run_cli(inputs, "-o", out, "-j", "2")
    assert result.exit_code == 1, result.output
    articles = {a["path"] for a in read_csv(out / "articles.csv")}
    assert articles == {str(good), f"{feed}#1"}
    errors = {e["path"]: e for e in read_csv(out / "errors.csv")}
    escaped = f"{inputs}/\\xd6\\xd0\\xce\\xc4.txt"
    assert errors[escaped]["error"] == "bad_name"
    assert errors[f"{feed}#2"]["error"] == "bad_record" and "U+D800" in errors[f"{feed}#2"]["message"]
    assert errors[f"{feed}#3"]["error"] == "bad_record" and "'title'" in errors[f"{feed}#3"]["message"]
    assert f"error: {escaped}: read:" in result.output


def test_newline_in_a_bad_files_name_stays_on_one_error_line(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "ok.txt", article(1))
    write(inputs, "two\nlines.txt", b"")
    out = tmp_path / "out"
    result = run_cli(inputs, "-o", out, "-j", "0")
    assert result.exit_code == 1
    (error,) = read_csv(out / "errors.csv")
    assert error["path"] == f"{inputs}/two\\nlines.txt" and "\n" not in error["message"]
    assert f"error: {inputs}/two\\nlines.txt: read: file is empty (0 bytes)\n" in result.output
    assert [a["article_id"] for a in read_csv(out / "articles.csv")] == ["ok"]


# ------------------------------------------------------------- 2. NUL and XLSX


def test_nul_character_changes_only_the_xlsx_cell_and_every_format_is_published(tmp_path):
    inputs = tmp_path / "in"
    text = article(1).replace("昨日", "昨\x00日")
    write(inputs, "nul.txt", text)
    write(inputs, "plain.txt", article(2))
    out = tmp_path / "out"
    result = run_cli(inputs, "-o", out, "-j", "0", "--format", "csv,jsonl,xlsx")
    assert result.exit_code == 0, result.output
    assert "note: tables.xlsx: " in result.output and "control character" in result.output
    assert {a["article_id"] for a in jsonl_rows(out / "articles.jsonl")} == {"nul", "plain"}
    mentions = jsonl_rows(out / "mentions.jsonl")
    assert any(m["article_id"] == "plain" for m in mentions)
    from openpyxl import load_workbook

    evidence = [r["evidence"] for r in jsonl_rows(out / "roles.jsonl") if r["article_id"] == "nul"]
    assert evidence and all("昨\x00日" in e for e in evidence)
    sheet = load_workbook(out / "tables.xlsx", read_only=True)["roles"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    cells = [row[header.index("evidence")] for row in rows if row[0] == "nul"]
    assert cells == [e.replace("\x00", "\ufffd") for e in evidence]
    assert json.loads((out / MANIFEST).read_text())["formats"] == ["csv", "jsonl", "xlsx"]
    # The character itself reaches an XLSX cell only as U+FFFD.
    assert export.xlsx_cell("a\x00b\x1fc") == "a\ufffdb\ufffdc"


def test_a_workbook_that_cannot_be_built_does_not_stop_csv_and_jsonl(tmp_path, monkeypatch):
    inputs = tmp_path / "in"
    write(inputs, "a.txt", article(1))
    write(inputs, "b.txt", article(2))
    out = tmp_path / "out"
    assert run_cli(inputs, "-o", out, "-j", "0", "--format", "csv,jsonl,xlsx").exit_code == 0

    def broken(self, path):
        raise RuntimeError("openpyxl exploded")

    monkeypatch.setattr(TableWriter, "_write_xlsx", broken)
    result = run_cli(inputs, "-o", out, "-j", "0", "--format", "csv,jsonl,xlsx")
    assert result.exit_code == 1
    assert "tables.xlsx: not written (RuntimeError: openpyxl exploded)" in result.output
    assert not (out / "tables.xlsx").exists(), "the previous run's workbook must not stay beside the new tables"
    manifest = assert_agrees_with_manifest(out)
    assert manifest["formats"] == ["csv", "jsonl"]
    assert sorted(a["article_id"] for a in read_csv(out / "articles.csv")) == ["a", "b"]


# ------------------------------------------------------ 3. output inside input


def test_output_folder_equal_to_the_input_folder_reads_every_article_once(tmp_path, monkeypatch):
    same = tmp_path / "same"
    for n in range(3):
        write(same, f"{n}.txt", article(n))
    for _ in range(2):  # the second run must not read the first run's tables
        result = run_cli(same, "-o", same, "-j", "0")
        assert result.exit_code == 0, result.output
        assert sorted(a["article_id"] for a in read_csv(same / "articles.csv")) == ["0", "1", "2"]
    monkeypatch.chdir(same)
    result = run_cli(".", "-o", ".", "-j", "0", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(a["article_id"] for a in jsonl_rows(same / "articles.jsonl")) == ["0", "1", "2"]
    assert not (same / "articles.csv").exists()


def test_output_folder_inside_the_input_folder_is_skipped_whole(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "a.txt", article(1))
    write(inputs, "out/old.txt", article(2))
    result = run_cli(inputs, "-o", inputs / "out", "-j", "0")
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in read_csv(inputs / "out" / "articles.csv")] == ["a"]


def test_a_run_that_finds_no_input_says_so_and_touches_nothing(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "notes.docx", b"not an article")
    out = tmp_path / "out"
    write(out, "keep.txt", "mine")
    result = run_cli(inputs, "-o", out, "-j", "0")
    assert result.exit_code == 1
    assert "no input found in" in result.output and "Usage:" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


# ------------------------------------------------------- 4. one run per folder


def test_second_run_with_fewer_formats_leaves_only_its_own_files(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "a.txt", article(1))
    write(inputs, "b.txt", article(2))
    out = tmp_path / "out"
    assert run_cli(inputs, "-o", out, "-j", "0", "--format", "csv,jsonl,xlsx", "--tokens").exit_code == 0
    assert (out / "tokens.jsonl").exists() and (out / "tables.xlsx").exists()
    first = json.loads((out / MANIFEST).read_text())
    (inputs / "b.txt").unlink()
    assert run_cli(inputs, "-o", out, "-j", "0", "--format", "csv").exit_code == 0
    manifest = assert_agrees_with_manifest(out)
    assert manifest["run_id"] != first["run_id"] and manifest["formats"] == ["csv"]
    assert {"run_id", "created", "version", "formats", "tables", "files"} <= set(manifest)
    assert sorted(snapshot(out, manifest=True)) == sorted(
        [f"{t}.csv" for t in ("articles", "mentions", "roles", "persons", "organizations", "errors", "people")] + [MANIFEST]
    )
    tables = load_tables(out)
    assert "tokens" not in tables and list(tables["articles"]["article_id"]) == ["a"]
    assert manifest["tables"]["articles"]["rows"] == 1
    assert not leftovers(out)
    with open(out / "roles.csv", "a", encoding="utf-8") as handle:
        handle.write("edited,by,hand\n")
    with pytest.raises(ValueError, match="does not match manifest.json"):
        load_tables(out, ["roles"])


def stage_tables(out: Path, paths: list[str], formats=("csv", "jsonl")) -> TableWriter:
    writer = TableWriter(out, ["errors", "people"], formats)
    writer.write("errors", [{"path": p, "stage": "read", "error": "empty", "message": f"{p}: empty"} for p in paths])
    return writer


def published_pair(tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """An output folder holding an old run (with a table the new run lacks), and
    the snapshots of the old set and of what the new run publishes on its own."""
    out = tmp_path / "out"
    old = TableWriter(out, ["errors", "people", "tokens"], ("csv", "jsonl", "xlsx"))
    old.write("errors", [{"path": "old", "stage": "read", "error": "empty", "message": "old: empty"}])
    old.commit()
    reference = tmp_path / "reference"
    stage_tables(reference, ["new1", "new2"]).commit()
    return out, snapshot(out, manifest=True), snapshot(reference)


def count_renames(tmp_path: Path, monkeypatch) -> int:
    out, _, _ = published_pair(tmp_path / "count")
    calls = []
    monkeypatch.setattr(publish, "_rename", lambda a, b: (calls.append(a), os.replace(a, b)))
    stage_tables(out, ["new1", "new2"]).commit()
    monkeypatch.undo()
    return len(calls)


def test_failed_rename_at_any_step_keeps_the_complete_old_set(tmp_path, monkeypatch):
    total = count_renames(tmp_path, monkeypatch)
    assert total >= 10  # 1 manifest + 7 old files out, 4 new + manifest in
    for k in range(1, total + 1):
        out, old_files, _ = published_pair(tmp_path / f"k{k}")
        calls = []

        def failing(source, target, k=k, calls=calls):
            calls.append(source)
            if len(calls) == k:
                raise OSError(5, "Input/output error")
            os.replace(source, target)

        monkeypatch.setattr(publish, "_rename", failing)
        with pytest.raises(OutputWriteError, match="previous tables were kept"):
            stage_tables(out, ["new1", "new2"]).commit()
        monkeypatch.undo()
        assert snapshot(out, manifest=True) == old_files, f"rename {k} of {total}"
        assert not leftovers(out), f"rename {k}"
        assert list(assert_agrees_with_manifest(out)["tables"]) == ["errors", "people", "tokens"]
        assert list(load_tables(out)["errors"]["path"]) == ["old"]


def publish_killed_at(out: Path, k: int, probe: Path) -> bool:
    """Publish a new run into ``out`` in a child process that is killed at its k-th
    rename; return True when it was (False: it finished, and wrote its rename
    count to ``probe``)."""
    child = os.fork()
    if child == 0:
        calls = []

        def dying(source, target):
            calls.append(source)
            if len(calls) == k:
                os._exit(9)
            os.replace(source, target)

        publish._rename = dying
        stage_tables(out, ["new1", "new2"]).commit()
        probe.write_text(str(len(calls)))
        os._exit(0)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) != 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked publishing process")
def test_process_killed_between_two_renames_is_completed_on_next_read(tmp_path):
    probe = tmp_path / "renames.txt"
    for k in range(1, 40):
        out, _, new_files = published_pair(tmp_path / f"k{k}")
        if not publish_killed_at(out, k, probe):
            assert snapshot(out) == new_files and not leftovers(out)
            break
        assert (out / JOURNAL).exists(), f"killed at rename {k}: the journal says a publish was under way"
        if k % 2:
            tables = load_tables(out)  # finishes the publish first
        else:
            stage_tables(out, ["next"]).abort()  # the next run finishes it before its own
            tables = load_tables(out)
        assert snapshot(out) == new_files, f"killed at rename {k}: not the complete new set"
        assert list(tables["errors"]["path"]) == ["new1", "new2"]
        assert_agrees_with_manifest(out)
        assert not leftovers(out)
    assert int(probe.read_text()) >= 10 and k == int(probe.read_text()) + 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked publishing process")
def test_killed_publish_that_cannot_complete_is_rolled_back(tmp_path):
    probe = tmp_path / "renames.txt"
    for k in (1, 5, 10):
        out, old_files, _ = published_pair(tmp_path / f"k{k}")
        assert publish_killed_at(out, k, probe)
        journal = json.loads((out / JOURNAL).read_text())
        # Someone deleted the staged files: the new set cannot be completed.
        for staged in (out / journal["staging"]).iterdir():
            staged.unlink()
        assert publish.recover(out) == "rolled back"
        assert snapshot(out, manifest=True) == old_files, f"killed at rename {k}"
        assert not leftovers(out)
        assert list(load_tables(out)["errors"]["path"]) == ["old"]


def test_a_journal_naming_other_files_is_refused(tmp_path):
    out, old_files, _ = published_pair(tmp_path)
    victim = write(tmp_path, "victim/keep.txt", "mine")
    journal = {"run_id": "x", "staging": "../victim", "backup": ".zhextract-previous-x", "new": [], "old": []}
    (out / JOURNAL).write_text(json.dumps(journal))
    with pytest.raises(OSError, match="unreadable publish journal"):
        publish.recover(out)
    assert victim.read_text() == "mine" and snapshot(out, manifest=True) == old_files


# ------------------------------------------------------------ 5. long XLSX cells


def test_cell_over_the_xlsx_limit_is_cut_visibly_and_kept_whole_elsewhere(tmp_path):
    title = "長" * (EXCEL_MAX_CELL_CHARS + 5000)
    feed = write(tmp_path / "in", "feed.jsonl", "\n".join(
        json.dumps({"id": str(n), "title": title if n == 1 else f"標題{n}", "text": article(n)}, ensure_ascii=False)
        for n in (1, 2)
    ))
    out = tmp_path / "out"
    result = run_cli(feed, "-o", out, "-j", "0", "--format", "csv,jsonl,xlsx")
    assert result.exit_code == 0, result.output
    assert "note: tables.xlsx: 1 cell(s) longer than 32,767 characters cut" in result.output
    assert [a["title"] for a in jsonl_rows(out / "articles.jsonl")] == [title, "標題2"]
    assert read_csv(out / "articles.csv")[0]["title"] == title
    from openpyxl import load_workbook

    sheet = load_workbook(out / "tables.xlsx", read_only=True)["articles"]
    header, first, second = list(sheet.iter_rows(min_row=1, max_row=3, values_only=True))
    cell = first[header.index("title")]
    kept, more = cell.rsplit("…(+", 1)
    assert len(cell) == EXCEL_MAX_CELL_CHARS and more.endswith(" more)")
    assert len(kept) + int(more.split()[0]) == len(title) and title.startswith(kept)
    assert second[header.index("title")] == "標題2"


# -------------------------------------------------------- 6. slow JSONL records


def test_hung_or_crashing_record_costs_only_itself(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "a.txt", article(1))
    records = [{"id": f"r{n}", "text": article(n, HANG if n == 3 else CRASH if n == 5 else "")} for n in range(1, 7)]
    feed = write(inputs, "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken\n")
    out = tmp_path / "out"
    summary = extract([inputs], out, workers=1, timeout=3, stages=HAZARD_STAGES.split(","))
    ids = [a["article_id"] for a in read_csv(out / "articles.csv")]
    assert ids == ["a", "feed#r1", "feed#r2", "feed#r4", "feed#r6"]
    errors = {e["path"]: e["error"] for e in read_csv(out / "errors.csv")}
    assert errors == {f"{feed}#3": "timeout", f"{feed}#5": "worker_crashed", f"{feed}#7": "bad_json"}
    assert summary.n_articles == 5 and summary.n_errors == 3


# -------------------------------------------------------------- 7. '#' in names


def test_hash_in_a_file_name_never_takes_a_records_id(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "a#1.txt", article(1))
    write(inputs, "a.jsonl", json.dumps({"id": "1", "text": article(2)}, ensure_ascii=False) + "\n")
    write(inputs, "b.txt", article(3))
    out = tmp_path / "out"
    assert run_cli(inputs, "-o", out, "-j", "0").exit_code == 0
    rows = read_csv(out / "articles.csv")
    assert {a["article_id"]: Path(a["path"]).name for a in rows} == {"a%231": "a#1.txt", "a#1": "a.jsonl#1", "b": "b.txt"}


# ---------------------------------------------------------------- 8. disk full


def test_disk_full_is_one_line_exit_1_and_previous_tables_stay(tmp_path, monkeypatch):
    inputs = tmp_path / "in"
    for n in range(3):
        write(inputs, f"{n}.txt", article(n))
    out = tmp_path / "out"
    assert run_cli(inputs, "-o", out, "-j", "0").exit_code == 0
    before = snapshot(out, manifest=True)
    write(inputs, "3.txt", article(3) * 300)  # enough rows to fill a buffer mid-run

    def full_disk(file, mode="r", *args, **kwargs):
        # The disk is full for every staged table (their buffers cannot be flushed).
        if STAGING_PREFIX in str(file):
            return builtins.open("/dev/full", mode, *args, **kwargs)
        return builtins.open(file, mode, *args, **kwargs)

    monkeypatch.setattr(export, "open", full_disk, raising=False)
    result = run_cli(inputs, "-o", out, "-j", "0")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Usage:" not in result.output
    assert re.search(rf"^Error: no space left on device while writing {re.escape(str(out))}/\w+\.(csv|jsonl)$", lines[0])
    assert snapshot(out, manifest=True) == before and not leftovers(out)


# -------------------------------------------------------------- smaller items


def test_low_confidence_decoding_is_flagged_in_articles(tmp_path):
    inputs = tmp_path / "in"
    write(inputs, "fr.txt", "Ça va très bien, merci. Où est la gare?\n".encode("latin-1"))
    write(inputs, "zh.txt", article(1).encode("big5"))
    write(inputs, "utf8.txt", article(2))
    out = tmp_path / "out"
    assert run_cli(inputs, "-o", out, "-j", "0").exit_code == 0
    rows = {a["article_id"]: a for a in jsonl_rows(out / "articles.jsonl")}
    assert rows["fr"]["encoding_uncertain"] is True and rows["fr"]["encoding_confidence"] < 0.5
    assert rows["zh"]["encoding"] == "big5hkscs" and rows["zh"]["encoding_uncertain"] is False
    assert rows["zh"]["encoding_confidence"] >= 0.5
    assert rows["utf8"]["encoding_confidence"] == 1.0 and rows["utf8"]["encoding_uncertain"] is False


def test_process_text_rejects_none_and_copes_with_lone_surrogates():
    with pytest.raises(TypeError, match="str, not NoneType"):
        process_text(None)
    text = "行政長官李家超\ud800出席典禮。"
    doc = process_text(text)
    assert doc.text == text and len(doc.shadow) == len(text)
    assert ("李家超", "PERSON") in {(m.text, m.label) for m in doc.mentions}
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
