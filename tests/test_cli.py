import csv
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.tables import COLUMNS

ARTICLE = """某市新聞網5月2日電 某市青年協會會長陳志明表示，協會將舉辦交流活動。

【編輯：林美玲】
"""


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def _write(folder, name, data):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_every_command_has_help():
    runner = CliRunner()
    assert "extract" in runner.invoke(main, ["--help"]).output
    for command in main.commands:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert len(result.output.strip().splitlines()) > 2, command


def test_extract_writes_tables_and_accounts_for_every_input(tmp_path):
    inputs = tmp_path / "in"
    _write(inputs, "good.txt", ARTICLE)
    _write(inputs, "sub/other.txt", ARTICLE.replace("陳志明", "李國強"))
    _write(inputs, "empty.txt", b"")
    _write(inputs, "binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "--tokens"])
    assert result.exit_code == 1, result.output
    assert "2 articles, 2 errors" in result.output
    articles = _read_csv(out / "articles.csv")
    errors = _read_csv(out / "errors.csv")
    assert sorted(a["article_id"] for a in articles) == ["good", "sub/other"]
    assert sorted(e["error"] for e in errors) == ["binary", "empty"]
    assert all(e["path"] in e["message"] for e in errors)
    for table in ("articles", "mentions", "roles", "persons", "organizations", "tokens", "errors", "people"):
        header = (out / f"{table}.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
        assert header.split(",") == list(COLUMNS[table])
        for line in (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines():
            assert list(json.loads(line)) == list(COLUMNS[table])
    good = next(a for a in articles if a["article_id"] == "good")
    assert good["script"] == "traditional" and good["editor"] == "林美玲"
    assert not list(out.glob(".zhextract-staging-*")), "staging folder left behind"


def test_all_good_inputs_exit_zero_and_xlsx(tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--format", "csv,xlsx"])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    workbook = load_workbook(out / "tables.xlsx", read_only=True)
    assert {"articles", "mentions", "roles", "errors"} <= set(workbook.sheetnames)
    assert not (out / "articles.jsonl").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "does/not/exist", "-o", "OUT"],
        ["extract", "IN", "-o", "OUT", "--format", "pdf"],
        ["extract", "IN", "-o", "OUT", "--stages", "normalise,segment"],
    ],
)
def test_usage_errors_exit_two(tmp_path, args):
    _write(tmp_path, "IN/a.txt", ARTICLE)
    args = [a.replace("IN", str(tmp_path / "IN")).replace("OUT", str(tmp_path / "OUT")) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Error" in result.output


def test_sample_runs(tmp_path):
    from conftest import SEEDS

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    articles = _read_csv(out / "articles.csv")
    assert len(articles) == 1
    row = articles[0]
    assert row["script"] == "traditional"
    assert all(row[key] for key in ("title", "published", "source", "editor"))


def test_load_tables_gives_dataframes_with_the_documented_columns(tmp_path):
    import pipeline

    path = _write(tmp_path, "a.txt", ARTICLE)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "-j", "0"]).exit_code == 0
    tables = pipeline.load_tables(out)
    assert {"articles", "mentions", "roles", "errors"} <= set(tables)
    assert "tokens" not in tables
    assert list(tables["roles"].columns) == list(COLUMNS["roles"])
    assert len(tables["articles"]) == 1 and tables["articles"]["editor"][0] == "林美玲"
    with pytest.raises(FileNotFoundError):
        pipeline.load_tables(out, ["tokens"])


def test_a_second_run_on_a_busy_output_folder_stops_at_once(tmp_path):
    """While one run holds the output folder, another fails with one line and
    leaves the first run's tables alone."""
    import filelock

    from pipeline.runner import CACHE_DIR, LOCK_FILE

    path = _write(tmp_path, "a.txt", ARTICLE)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(path), "-o", str(out)]).exit_code == 0
    before = (out / "articles.csv").read_bytes()
    held = filelock.FileLock(str(out / CACHE_DIR / LOCK_FILE), timeout=0)
    with held:
        result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--workers", "0"])
    assert result.exit_code == 1, result.output
    assert "another zhextract run is writing to this folder" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (out / "articles.csv").read_bytes() == before
    assert CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--workers", "0"]).exit_code == 0
