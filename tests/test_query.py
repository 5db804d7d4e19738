"""zhextract query: SQL over a run's tables, whichever format the run wrote."""

from __future__ import annotations

import csv
from collections import Counter

import pyarrow.parquet
from click.testing import CliRunner

from pipeline import load_tables
from pipeline.cli import main
from pipeline.query import run_query
from test_batch import ORGS, article, write

GROUPED = "SELECT organization_normalized AS org, count(*) AS n FROM roles GROUP BY 1 ORDER BY 1"


def make_run(tmp_path, formats: str):
    inputs = tmp_path / "in"
    for n in range(10):
        write(inputs, f"{n:02d}.txt", article(n) + article(n + 3))
    out = tmp_path / f"out-{formats.replace(',', '-')}"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "--format", formats, "-j", "0", "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_query_answers_a_grouped_count_on_a_run_it_made(tmp_path):
    out = make_run(tmp_path, "jsonl,parquet")
    roles = load_tables(out, ["roles"])["roles"]
    expected = sorted(Counter(roles["organization_normalized"]).items())
    assert len(expected) >= 3 and {org for org, _ in expected} & set(ORGS)
    answer = run_query(out, GROUPED)
    assert list(zip(answer.column("org").to_pylist(), answer.column("n").to_pylist())) == expected

    result = CliRunner().invoke(main, ["query", str(out), GROUPED])
    assert result.exit_code == 0, result.output
    printed = result.output.splitlines()
    assert printed[0].split() == ["org", "n"]
    assert [line.split() for line in printed[1:]] == [[org, str(n)] for org, n in expected]


def test_query_views_are_typed_alike_from_csv_jsonl_and_parquet(tmp_path):
    sql = (
        "SELECT a.article_id, a.n_chars, a.encoding_uncertain, r.person, r.person_start, r.confidence "
        "FROM articles a JOIN roles r USING (article_id) ORDER BY 1, r.role_id"
    )
    answers = [run_query(make_run(tmp_path, fmt), sql) for fmt in ("csv", "jsonl", "parquet")]
    assert answers[0].num_rows > 10
    assert answers[0].schema == answers[1].schema == answers[2].schema
    assert answers[0].to_pylist() == answers[1].to_pylist() == answers[2].to_pylist()
    assert str(answers[0].schema.field("person_start").type) == "int64"


def test_query_writes_csv_and_parquet_files(tmp_path):
    out = make_run(tmp_path, "parquet")
    sql = "SELECT person, count(DISTINCT title) AS titles FROM roles GROUP BY 1 ORDER BY 2 DESC, 1"
    for name in ("top.csv", "top.parquet"):
        result = CliRunner().invoke(main, ["query", str(out), sql, "--to", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    expected = run_query(out, sql).to_pylist()
    assert pyarrow.parquet.read_table(tmp_path / "top.parquet").to_pylist() == expected
    data = (tmp_path / "top.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert [(r["person"], int(r["titles"])) for r in rows] == [(r["person"], r["titles"]) for r in expected]


def test_bad_sql_is_one_line_error(tmp_path):
    out = make_run(tmp_path, "csv")
    result = CliRunner().invoke(main, ["query", str(out), "SELECT no_such_column FROM roles"])
    assert result.exit_code == 1
    assert "no_such_column" in result.output and len(result.output.strip().splitlines()) == 1
