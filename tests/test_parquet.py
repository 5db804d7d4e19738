"""Parquet output: same columns and rows as JSONL, typed columns, read back by load_tables."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow
import pyarrow.parquet
import pytest
from click.testing import CliRunner

from pipeline import load_tables
from pipeline.cli import main
from pipeline.export import TableWriter
from pipeline.runner import extract
from pipeline.tables import COLUMN_TYPES, COLUMNS
from test_batch import article, write

ARROW_TYPES = {"string": pyarrow.string(), "int64": pyarrow.int64(), "float64": pyarrow.float64(), "bool": pyarrow.bool_()}


def jsonl_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parquet_tables_hold_the_jsonl_rows_with_their_types(tmp_path):
    inputs = tmp_path / "in"
    for n in range(6):
        write(inputs, f"{n:02d}.txt", article(n))
    write(inputs, "empty.txt", b"")
    out = tmp_path / "out"
    summary = extract([inputs], out, formats=("jsonl", "parquet"), workers=0, with_tokens=True)
    assert summary.n_articles == 6 and summary.n_errors == 1
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {(f["table"], f["format"]): f["rows"] for f in manifest["files"]}
    for table in ("articles", "mentions", "roles", "persons", "organizations", "tokens", "errors", "people"):
        parquet = pyarrow.parquet.read_table(out / f"{table}.parquet")
        assert parquet.schema.names == list(COLUMNS[table])
        assert [parquet.schema.field(c).type for c in COLUMNS[table]] == [ARROW_TYPES[t] for t in COLUMN_TYPES[table].values()]
        expected = jsonl_rows(out / f"{table}.jsonl")
        assert parquet.to_pylist() == expected, table
        assert listed[(table, "parquet")] == len(expected) == parquet.num_rows
    roles = pyarrow.parquet.read_table(out / "roles.parquet")
    assert roles.num_rows > 0 and all(isinstance(v, int) for v in roles.column("person_start").to_pylist())


def test_empty_strings_stay_empty_and_empty_numbers_are_null(tmp_path):
    writer = TableWriter(tmp_path / "out", ["articles"], formats=("parquet",))
    row = {column: "" for column in COLUMNS["articles"]}
    row.update(article_id="x", encoding_uncertain=False, n_chars=12, n_sentences=1, n_persons=0, n_roles=0)
    writer.write("articles", [row])
    writer.commit()
    [read] = pyarrow.parquet.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    assert read["title"] == "" and read["published"] == "" and read["n_chars"] == 12
    assert read["encoding_confidence"] is None and read["encoding_uncertain"] is False


def test_load_tables_prefers_the_parquet_the_manifest_lists(tmp_path):
    inputs = tmp_path / "in"
    for n in range(3):
        write(inputs, f"{n}.txt", article(n))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "--format", "csv,parquet", "-j", "0", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in out.iterdir() if p.is_file() and p.name != "manifest.json") == [".csv"] * 7 + [".parquet"] * 7
    tables = load_tables(out)
    assert tables["roles"]["person_start"].dtype == "int64" and len(tables["articles"]) == 3
    assert tables["roles"]["confidence"].dtype == "float64"
    # The Parquet file is the one read: a changed one is refused, though the CSV is intact.
    (out / "roles.parquet").write_bytes((out / "roles.parquet").read_bytes() + b"\0")
    with pytest.raises(ValueError, match="roles.parquet"):
        load_tables(out, ["roles"])


def test_parquet_files_are_identical_for_any_number_of_workers(tmp_path):
    inputs = tmp_path / "in"
    for n in range(8):
        write(inputs, f"{n % 2}/{n}.txt", article(n))
    bytes_by_workers = []
    for workers in (0, 2):
        out = tmp_path / f"out{workers}"
        extract([inputs], out, formats=("parquet",), workers=workers)
        bytes_by_workers.append({p.name: p.read_bytes() for p in out.glob("*.parquet")})
    assert bytes_by_workers[0] == bytes_by_workers[1] and len(bytes_by_workers[0]) == 7


def test_report_and_eval_read_a_parquet_only_run_as_a_jsonl_one(tmp_path):
    from pipeline.evaluate import read_table
    from pipeline.report import write_report

    inputs = tmp_path / "in"
    for n in range(3):
        write(inputs, f"{n}.txt", article(n))
    for fmt in ("jsonl", "parquet"):
        extract([inputs], tmp_path / fmt, formats=(fmt,), workers=0)
        write_report(tmp_path / fmt)
    for table in ("articles", "roles", "people"):
        assert read_table(tmp_path / "parquet", table) == read_table(tmp_path / "jsonl", table)
    pages = {fmt: {p.relative_to(tmp_path / fmt): p.read_bytes() for p in (tmp_path / fmt / "report").rglob("*") if p.is_file()} for fmt in ("jsonl", "parquet")}
    assert pages["jsonl"] and pages["parquet"] == pages["jsonl"]


def test_a_large_table_is_a_folder_of_part_files_that_every_reader_takes(tmp_path, monkeypatch):
    from pipeline import export
    from pipeline.evaluate import read_table
    from pipeline.query import run_query
    from pipeline.report import write_report

    monkeypatch.setattr(export, "PARQUET_PART_ROWS", 5)
    inputs = tmp_path / "in"
    for n in range(6):
        write(inputs, f"{n:02d}.txt", article(n) + article(n + 6))
    out = tmp_path / "out"
    extract([inputs], out, formats=("jsonl", "parquet"), workers=0)
    manifest = {f["table"]: f for f in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"] if f["format"] == "parquet"}
    roles = jsonl_rows(out / "roles.jsonl")
    assert len(roles) > 10, "three parts at least"
    folder = out / "roles.parquet"
    parts = sorted(folder.iterdir())
    assert [p.name for p in parts] == [f"part-{n:05d}.parquet" for n in range(len(parts))]
    sizes = [pyarrow.parquet.read_table(p).num_rows for p in parts]
    assert sizes[:-1] == [5] * (len(parts) - 1) and 0 < sizes[-1] <= 5 and sum(sizes) == len(roles)
    assert [p["rows"] for p in manifest["roles"]["parts"]] == sizes and manifest["roles"]["rows"] == len(roles)
    assert [pyarrow.parquet.read_table(p).schema for p in parts] == [export.parquet_schema("roles")] * len(parts)
    assert (out / "articles.parquet").is_dir() and (out / "errors.parquet").is_file() and "parts" not in manifest["errors"], "no rows: one file"
    # Every reader sees the rows of the JSONL table, in order.
    assert export.read_parquet(folder).to_pylist() == roles
    assert read_table(out, "roles", fmt="parquet") == read_table(out, "roles", fmt="jsonl")
    loaded = load_tables(out, ["roles"])["roles"]
    assert loaded["person_start"].dtype == "int64" and loaded.to_dict("records") == pyarrow.Table.from_pylist(roles, schema=export.parquet_schema("roles")).to_pandas().to_dict("records")
    answer = run_query(out, "SELECT count(*) AS n, sum(person_start) AS s FROM roles").to_pylist()
    assert answer == [{"n": len(roles), "s": sum(r["person_start"] for r in roles)}]
    write_report(out)
    assert (out / "report" / "index.html").is_file()
    # A changed part file is refused; a rerun with a higher threshold replaces the folder by one file.
    parts[0].write_bytes(parts[0].read_bytes() + b"\0")
    with pytest.raises(ValueError, match="part-00000.parquet"):
        load_tables(out, ["roles"])
    monkeypatch.setattr(export, "PARQUET_PART_ROWS", 1_000)
    extract([inputs], out, formats=("parquet",), workers=0)
    assert folder.is_file() and pyarrow.parquet.read_table(folder).to_pylist() == roles
