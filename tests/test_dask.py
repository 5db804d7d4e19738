"""The Dask engine on a LocalCluster of 2 worker processes: same tables as the
local engine, timeouts, nothing lost when workers die, --resume after an interruption."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from types import SimpleNamespace

import pytest
from distributed import get_client

from batch_stages import CRASH, CRASH_ONCE, SLOW
from pipeline import cluster, export
from pipeline.runner import extract
from test_batch import HAZARD_STAGES, article, hazard_inputs, read_csv, snapshot, write

FORMATS = ("csv", "jsonl", "parquet")


@pytest.fixture(autouse=True)
def small_tasks(monkeypatch):
    # A few dozen files make several tasks, so order and retries are exercised.
    monkeypatch.setattr(cluster, "DEFAULT_FILES_PER_TASK", 4)


def mixed_inputs(folder):
    """Good articles in nested folders, bad files of each kind, a JSONL with a bad record."""
    for n in range(18):
        write(folder, f"{n % 3}/{n:03d}.txt", article(n) * (1 + n % 3))
    write(folder, "empty.txt", b"")
    write(folder, "binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    write(folder, "undecodable.txt", ("海濱青年協會".encode("utf-8")[:-1] + b"\xff") * 40)
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    records = [json.dumps({"id": "r1", "text": article(40)}, ensure_ascii=False), "{not json", json.dumps({"id": "r3", "text": article(41)}, ensure_ascii=False)]
    write(folder, "feed/records.jsonl", "\n".join(records) + "\n")
    write(folder, "page.html", f"<html><head><title>東灣商會</title></head><body><p>{article(50)}</p></body></html>")


def test_dask_engine_gives_the_local_engines_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "PARQUET_PART_ROWS", 8)  # the larger Parquet tables are folders of parts
    inputs = tmp_path / "in"
    mixed_inputs(inputs)
    local = extract([inputs], tmp_path / "local", formats=FORMATS, workers=2)
    dask = extract([inputs], tmp_path / "dask", formats=FORMATS, workers=2, engine="dask")
    assert (dask.n_articles, dask.n_errors) == (local.n_articles, local.n_errors) == (21, 5)
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    assert {"articles.parquet/part-00002.parquet", "errors.parquet"} <= set(snapshot(tmp_path / "dask"))
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in manifest["files"]} >= {"articles.parquet", "errors.csv", "people.jsonl"}


def test_dead_workers_lose_no_article(tmp_path, monkeypatch):
    monkeypatch.setenv("CRASH_ONCE_FLAG", str(tmp_path / "crashed-once"))
    inputs = tmp_path / "in"
    for n in range(14):
        write(inputs, f"{n:03d}.txt", article(n))
    write(inputs, "005b.txt", article(60, CRASH_ONCE))  # kills the worker holding its task, once
    write(inputs, "009b.txt", article(61, CRASH))  # kills every worker that runs it
    out = tmp_path / "out"
    # No timeout: the files are processed in the Dask workers themselves, so the
    # hazards kill Dask workers and Dask's retries are what is tested.
    summary = extract([inputs], out, workers=2, engine="dask", stages=HAZARD_STAGES.split(","), timeout=0)
    assert (tmp_path / "crashed-once").exists()
    articles, errors = read_csv(out / "articles.csv"), read_csv(out / "errors.csv")
    assert sorted(a["article_id"] for a in articles) == sorted([f"{n:03d}" for n in range(14)] + ["005b"])
    assert [(e["path"], e["stage"], e["error"]) for e in errors] == [(str(inputs / "009b.txt"), "worker", "worker_crashed")]
    assert summary.n_articles == 15 and summary.n_errors == 1
    assert [a["article_id"] for a in articles] == sorted(a["article_id"] for a in articles), "input order kept"


def test_timeouts_and_crashes_are_the_local_engines_error_rows(tmp_path):
    # With a timeout each Dask worker hands its files to a process of its own,
    # which a hanging file has killed and replaced, as the local engine does.
    inputs = tmp_path / "in"
    hazard_inputs(inputs, 9)
    runs = {}
    for engine in ("local", "dask"):
        runs[engine] = extract([inputs], tmp_path / engine, workers=2, timeout=2, stages=HAZARD_STAGES.split(","), engine=engine)
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    assert (runs["dask"].n_articles, runs["dask"].n_errors) == (9, 2)
    errors = {Path(e["path"]).name: (e["stage"], e["error"]) for e in read_csv(tmp_path / "dask" / "errors.csv")}
    assert errors == {"hang.txt": ("worker", "timeout"), "crash.txt": ("worker", "worker_crashed")}
    assert [a["article_id"] for a in read_csv(tmp_path / "dask" / "articles.csv")] == [f"ok{n}" for n in range(9)]


def test_a_dask_worker_killed_mid_run_loses_no_article(tmp_path):
    inputs = tmp_path / "in"
    for n in range(24):
        write(inputs, f"{n:03d}.txt", article(n, SLOW))
    killed = []

    def kill_a_worker_after_two(outcomes, total):
        for number, outcome in enumerate(outcomes):
            if number == 2:
                pids = get_client().run(os.getpid)
                os.kill(min(pids.values()), signal.SIGKILL)
                killed.append(min(pids.values()))
            yield outcome

    out = tmp_path / "out"
    summary = extract([inputs], out, workers=2, engine="dask", stages=HAZARD_STAGES.split(","), progress=kill_a_worker_after_two)
    assert killed and summary.n_articles == 24 and summary.n_errors == 0
    assert [a["article_id"] for a in read_csv(out / "articles.csv")] == [f"{n:03d}" for n in range(24)]
    extract([inputs], tmp_path / "local", workers=2, stages=HAZARD_STAGES.split(","))
    assert snapshot(out) == snapshot(tmp_path / "local")


def test_resume_after_an_interrupted_dask_run_gives_identical_tables(tmp_path):
    inputs = tmp_path / "in"
    mixed_inputs(inputs)
    out = tmp_path / "out"

    def interrupt_after_ten(outcomes, total):
        for number, outcome in enumerate(outcomes):
            if number == 10:
                raise KeyboardInterrupt
            yield outcome

    with pytest.raises(KeyboardInterrupt):
        extract([inputs], out, formats=FORMATS, workers=2, engine="dask", progress=interrupt_after_ten, window=1)
    assert not (out / "manifest.json").exists()
    resumed = extract([inputs], out, formats=FORMATS, workers=2, engine="dask", resume=True)
    # One task of 4 files in flight: the first 10 files, at most 12, were done before.
    assert 10 <= resumed.n_cached <= 12 and resumed.n_processed > 0
    assert resumed.n_processed + resumed.n_cached == resumed.n_files - 1  # the broken link is skipped
    extract([inputs], tmp_path / "local", formats=FORMATS, workers=0)
    assert snapshot(out) == snapshot(tmp_path / "local")


def test_engine_options_are_checked_before_any_work(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    write(tmp_path / "in", "a.txt", article(1))
    for options, message in ((["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is for --engine dask"), (["--engine", "dask", "-j", "0"], "at least one worker")):
        result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *options])
        assert result.exit_code == 2 and message in result.output
        assert not (tmp_path / "out").exists()


def test_a_daemon_worker_says_it_cannot_enforce_the_timeout(tmp_path, monkeypatch):
    # A nanny's worker is a daemon process unless DASK_DISTRIBUTED__WORKER__DAEMON=False.
    write(tmp_path / "in", "a.txt", article(1))
    monkeypatch.setattr(cluster.multiprocessing, "current_process", lambda: SimpleNamespace(daemon=True))
    task = [(0, str(tmp_path / "in" / "a.txt"), str(tmp_path / "in"), "a")]
    with pytest.raises(RuntimeError, match="DASK_DISTRIBUTED__WORKER__DAEMON=False"):
        cluster.process_task(task, (None, (), False, None, "", False), timeout=5)
    rows = cluster.decode_task(cluster.process_task(task, (None, (), False, None, "", False)))
    assert [o.n_articles for o in rows] == [1], "without a timeout the daemon worker processes the file itself"
