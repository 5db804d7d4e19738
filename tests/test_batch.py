"""Batch runs: bad inputs, parallel workers, interruption, resume, timeouts, spreadsheets."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_stages import CRASH, HANG, SLOW
from pipeline import export
from pipeline.cli import main
from pipeline.export import TableWriter
from pipeline.runner import CACHE_DIR, extract

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
HAZARD_STAGES = "normalise,sentences,segment,recognise,roles,batch_stages:test_hazard"

SURNAMES = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"]
GIVEN = ["志明", "美玲", "國強", "嘉怡", "子軒", "詠琪", "家豪", "淑芬", "俊傑", "雅婷"]
ORGS = ["海濱青年協會", "北嶺科技大學", "東灣商會", "南港文化基金會", "西山醫學研究院"]
TITLES = ["會長", "副校長", "主席", "秘書長", "院長"]


def article(n: int, extra: str = "") -> str:
    """An invented short news article, different for each ``n``."""
    person = SURNAMES[n % 10] + GIVEN[(n // 10) % 10]
    org, title = ORGS[n % 5], TITLES[n % 5]
    return (
        f"{org}舉辦第{n + 1}屆交流活動\n"
        f"本報訊 {org}{title}{person}昨日表示，今年的活動吸引了{n + 30}位會員參加。{extra}\n\n"
        f"{person}指出，協會將繼續推動青年交流。\n"
    )


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_bytes().decode("utf-8-sig").splitlines()))


def snapshot(folder: Path, manifest: bool = False) -> dict[str, bytes]:
    """The published tables of an output folder, by relative path (part files of
    a folder table included; hidden entries left out; the manifest, which holds
    the run's id and time, only when asked)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(n.startswith(".") for n in p.relative_to(folder).parts)
        and (manifest or p.name != "manifest.json")
    }


def cache_entries(outdir: Path) -> int:
    return len(list((outdir / CACHE_DIR).glob("*/*.json")))


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TESTS), env.get("PYTHONPATH", "")])
    return env


def test_every_bad_input_is_accounted_for(tmp_path):
    inputs = tmp_path / "in"
    expected_ok = {
        str(write(inputs, "a.txt", article(1))),
        str(write(inputs, "nested/deeper/b.md", article(2))),
        str(write(inputs, "nested/c.html", f"<html><head><title>東灣商會</title></head><body><p>{article(3)}</p></body></html>")),
    }
    bad = {
        str(write(inputs, "binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)),
        str(write(inputs, "empty.txt", b"")),
        str(write(inputs, "nul.txt", b"\x00".join(article(4).encode("utf-8")[i:i + 1] for i in range(60)))),
        str(write(inputs, "undecodable.txt", ("海濱青年協會".encode("utf-8")[:-1] + b"\xff") * 40)),
    }
    (inputs / "nested" / "broken.txt").symlink_to(inputs / "nowhere.txt")
    (inputs / "loop1.txt").symlink_to(inputs / "loop2.txt")
    (inputs / "loop2.txt").symlink_to(inputs / "loop1.txt")
    bad |= {str(inputs / "nested" / "broken.txt"), str(inputs / "loop1.txt"), str(inputs / "loop2.txt")}
    records = [json.dumps({"id": "r1", "text": article(5)}, ensure_ascii=False), "{not json", json.dumps({"id": "r3", "text": article(6)}, ensure_ascii=False)]
    jsonl = write(inputs, "feed/records.jsonl", "\n".join(records) + "\n")
    expected_ok |= {f"{jsonl}#1", f"{jsonl}#3"}
    bad.add(f"{jsonl}#2")

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 1, result.output
    articles, errors = read_csv(out / "articles.csv"), read_csv(out / "errors.csv")
    seen = [a["path"] for a in articles] + [e["path"] for e in errors]
    assert sorted(seen) == sorted(expected_ok | bad), "every input exactly once"
    assert expected_ok <= {a["path"] for a in articles}
    codes = {Path(e["path"]).name: e["error"] for e in errors}
    assert codes["binary.txt"] == "binary" and codes["empty.txt"] == "empty"
    assert codes["broken.txt"] == "broken_symlink" and codes["records.jsonl#2"] == "bad_json"
    assert codes.get("undecodable.txt", "undecodable") == "undecodable"
    assert {codes[name] for name in ("loop1.txt", "loop2.txt")} == {"symlink_loop"}
    for error in errors:  # one-line messages naming the file
        assert error["path"] in error["message"] and "\n" not in error["message"]
        assert f"error: {error['message']}" in result.output
    ids = {a["article_id"] for a in articles}
    assert {"a", "nested/deeper/b", "nested/c", "feed/records#r1", "feed/records#r3"} <= ids
    mentions = read_csv(out / "mentions.csv")
    assert {m["article_id"] for m in mentions} >= {"a", "nested/deeper/b"}
    assert f"{len(articles)} articles, {len(errors)} errors" in result.output
    assert not list(out.glob(".zhextract-staging-*"))


def test_tables_identical_for_any_number_of_workers(tmp_path):
    inputs = tmp_path / "in"
    for n in range(24):
        write(inputs, f"{n % 3}/{n:03d}.txt", article(n) * (1 + n % 4))
    write(inputs, "empty.txt", b"")
    tables = {}
    for workers in (0, 1, 2):
        out = tmp_path / f"out{workers}"
        summary = extract([inputs], out, formats=("csv", "jsonl"), workers=workers, window=3)
        assert summary.n_articles == 24 and summary.n_errors == 1
        tables[workers] = snapshot(out)
    assert tables[0] == tables[1] == tables[2]


def test_formula_title_neutralised_in_csv_and_xlsx_not_jsonl(tmp_path):
    formula = '=HYPERLINK("http://x","y")'
    path = write(tmp_path / "in", "f.txt", formula + "\n" + article(7).split("\n", 1)[1])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "-j", "0", "--format", "csv,jsonl,xlsx"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "articles.jsonl").read_text(encoding="utf-8"))["title"] == formula
    assert read_csv(out / "articles.csv")[0]["title"] == "'" + formula
    from openpyxl import load_workbook

    sheet = load_workbook(out / "tables.xlsx", read_only=True)["articles"]
    header, row = list(sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    assert row[header.index("title")] == "'" + formula


def test_xlsx_splits_sheets_past_the_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "EXCEL_MAX_ROWS", 3)  # header + 2 rows a sheet
    writer = TableWriter(tmp_path, ["errors", "people"], ("xlsx",))
    writer.write("errors", [{"path": f"p{n}", "stage": "read", "error": "empty", "message": "m"} for n in range(5)])
    writer.commit()
    from openpyxl import load_workbook

    workbook = load_workbook(tmp_path / "tables.xlsx", read_only=True)
    assert workbook.sheetnames == ["errors", "errors_2", "errors_3", "people"]
    paths = [row[0] for name in ("errors", "errors_2", "errors_3") for row in workbook[name].iter_rows(min_row=2, values_only=True)]
    assert paths == [f"p{n}" for n in range(5)]
    assert [c.value for c in next(workbook["errors_3"].iter_rows(max_row=1))][0] == "path"


def hazard_inputs(folder: Path, n_good: int) -> None:
    """``n_good`` good articles ``okN.txt``, ``hang.txt`` that hangs and ``crash.txt``
    that kills its worker process (with HAZARD_STAGES)."""
    for n in range(n_good):
        write(folder, f"ok{n}.txt", article(n))
    write(folder, "hang.txt", article(8, HANG))
    write(folder, "crash.txt", article(9, CRASH))


def test_hung_and_crashing_articles_become_errors(tmp_path):
    inputs = tmp_path / "in"
    hazard_inputs(inputs, 5)
    out = tmp_path / "out"
    started = time.monotonic()
    summary = extract([inputs], out, workers=2, timeout=3, stages=HAZARD_STAGES.split(","))
    assert time.monotonic() - started < 40
    assert summary.n_articles == 5 and summary.n_errors == 2
    errors = {Path(e["path"]).name: e for e in read_csv(out / "errors.csv")}
    assert errors["hang.txt"]["stage"] == "worker" and errors["hang.txt"]["error"] == "timeout"
    assert errors["crash.txt"]["stage"] == "worker" and errors["crash.txt"]["error"] == "worker_crashed"
    assert "exit code 3" in errors["crash.txt"]["message"]
    assert sorted(a["article_id"] for a in read_csv(out / "articles.csv")) == [f"ok{n}" for n in range(5)]


def test_interrupted_run_into_empty_folder_leaves_nothing_complete(tmp_path):
    inputs = tmp_path / "in"
    for n in range(6):
        write(inputs, f"{n}.txt", article(n))

    def interrupt_after_three(outcomes, total):
        for number, outcome in enumerate(outcomes):
            if number == 3:
                raise KeyboardInterrupt
            yield outcome

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        extract([inputs], out, workers=0, progress=interrupt_after_three)
    assert snapshot(out) == {}
    assert not list(out.glob(".zhextract-staging-*"))
    assert cache_entries(out) == 4  # the four finished files are kept for --resume


def test_sigterm_keeps_previous_output_and_resume_finishes(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    for n in range(3):
        write(inputs, f"a{n}.txt", article(n))
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "--stages", HAZARD_STAGES, "-j", "1"]
    first = subprocess.run(command, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = snapshot(out, manifest=True)
    total = 3 + 70
    for n in range(3, total):
        write(inputs, f"b{n:03d}.txt", article(n, SLOW))

    with open(tmp_path / "stderr.txt", "w") as stderr:
        run = subprocess.Popen(command, env=cli_env(), stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 60
        while cache_entries(out) < 3 + 10 and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.05)
        assert run.poll() is None, "run finished before it could be interrupted"
        run.send_signal(signal.SIGTERM)
        assert run.wait(timeout=30) == 143
    assert "terminated" in (tmp_path / "stderr.txt").read_text()
    assert snapshot(out, manifest=True) == before, "previous output must be byte-identical"
    assert not list(out.glob(".zhextract-staging-*"))
    done = cache_entries(out)
    assert 13 <= done < total

    resumed = subprocess.run(command + ["--resume", "-v"], env=cli_env(), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    log = resumed.stderr.splitlines()
    assert sum(line.startswith("cached ") for line in log) == done
    assert sum(line.startswith("processed ") for line in log) == total - done
    assert f"{done} files from cache" in log[-1]
    assert len(read_csv(out / "articles.csv")) == total
    assert cache_entries(out) == total


def test_unwritable_output_folder_fails_before_work(tmp_path):
    path = write(tmp_path / "in", "a.txt", article(1))
    blocker = write(tmp_path, "file", "x")
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(blocker / "out")])
    assert result.exit_code == 2 and "cannot write output" in result.output
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            result = CliRunner().invoke(main, ["extract", str(path), "-o", str(locked)])
            assert result.exit_code == 2 and "cannot write output" in result.output
        finally:
            locked.chmod(0o700)


def test_missing_input_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    assert not (tmp_path / "out").exists()
