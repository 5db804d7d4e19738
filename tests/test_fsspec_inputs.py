"""Inputs given as fsspec URLs: the files under a prefix, read through fsspec, give
the tables of the same files on disk (only the path column names the URL)."""

from __future__ import annotations

import json

import fsspec
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.document import PipelineError
from pipeline.runner import extract
from pipeline.stages.read import InputFile, iter_input_files
from test_batch import article, snapshot, write

NAMES = ["b/02.txt", "a/01.txt", "a.b/03.txt", "00.html", "feed.jsonl", ".hidden/04.txt", "notes.bin", "empty.txt"]


def content(name: str, n: int) -> bytes:
    if name.endswith(".jsonl"):
        return (json.dumps({"id": "r1", "text": article(n)}, ensure_ascii=False) + "\n{broken\n").encode()
    if name.endswith(".html"):
        return f"<html><head><title>東灣商會</title></head><body><p>{article(n)}</p></body></html>".encode()
    return b"" if name == "empty.txt" else article(n).encode()


def same_files(folder, memory_root: str | None = None) -> None:
    """Write the same files to ``folder`` on disk and, when given, under ``memory://ROOT``."""
    memory = fsspec.filesystem("memory")
    for n, name in enumerate(NAMES):
        write(folder, name, content(name, n))
        if memory_root:
            memory.pipe(f"/{memory_root}/{name}", content(name, n))


def as_local(tables: dict[str, bytes], url: str, folder) -> dict[str, bytes]:
    return {name: data.replace(url.encode(), str(folder).encode()) for name, data in tables.items()}


def test_a_memory_url_prefix_reads_as_the_same_folder_on_disk(tmp_path):
    same_files(tmp_path / "in", "news-a")
    listed = [i for i in iter_input_files(["memory://news-a"]) if isinstance(i, InputFile)]
    on_disk = [i for i in iter_input_files([tmp_path / "in"]) if isinstance(i, InputFile)]
    assert [i.article_id for i in listed] == [i.article_id for i in on_disk] == ["00", "a/01", "a.b/03", "b/02", "empty", "feed"]
    assert str(listed[1].path) == "memory://news-a/a/01.txt"
    url_run = extract(["memory://news-a"], tmp_path / "url", workers=0)
    disk_run = extract([tmp_path / "in"], tmp_path / "disk", workers=0)
    assert (url_run.n_articles, url_run.n_errors) == (disk_run.n_articles, disk_run.n_errors) == (5, 2)
    assert as_local(snapshot(tmp_path / "url"), "memory://news-a", tmp_path / "in") == snapshot(tmp_path / "disk")
    assert b"memory://news-a/empty.txt" in snapshot(tmp_path / "url")["errors.csv"]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_file_urls_on_both_engines_give_the_tables_of_the_paths(tmp_path, engine):
    same_files(tmp_path / "in")
    url = (tmp_path / "in").as_uri()
    extract([url], tmp_path / "url", workers=2, engine=engine, formats=("csv", "jsonl"))
    extract([tmp_path / "in"], tmp_path / "disk", workers=2, formats=("csv", "jsonl"))
    assert url.startswith("file://") and url.encode() in snapshot(tmp_path / "url")["articles.csv"]
    assert as_local(snapshot(tmp_path / "url"), url, tmp_path / "in") == snapshot(tmp_path / "disk")


def test_a_missing_url_or_an_unknown_protocol_is_a_one_line_usage_error(tmp_path):
    with pytest.raises(PipelineError) as missing:
        iter_input_files(["memory://no-such-prefix"])
    assert missing.value.code == "not_found"
    for url, message in (("memory://no-such-prefix", "no such file or folder"), ("nosuch://bucket/x", "nosuch")):
        result = CliRunner().invoke(main, ["extract", url, "-o", str(tmp_path / "out")])
        assert result.exit_code == 2 and message in result.output, result.output
        assert not (tmp_path / "out").exists()
