"""The compiled lexicon cache: keyed by content, rebuilt when a source changes or
the file is damaged, written atomically, optional where the folder is read-only."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from pipeline import compiled as compiled_module
from pipeline.compiled import compiled


def _count_rows(path):
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(folder))
    return folder


def test_entry_is_built_once_then_loaded(cache, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n乙\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return {"rows": _count_rows(source)}

    assert compiled("words", build, [source]) == {"rows": 3}
    assert compiled("words", build, [source]) == {"rows": 3}
    assert len(builds) == 1
    assert len(list(cache.glob("words-*.pickle"))) == 1


def test_changed_tsv_is_picked_up(cache, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n", encoding="utf-8")

    def build():
        return _count_rows(source)

    assert compiled("words", build, [source]) == 2
    source.write_text("word\n甲\n丁\n", encoding="utf-8")
    assert compiled("words", build, [source]) == 3
    # Going back to the first content finds the first entry again, unbuilt.
    source.write_text("word\n甲\n", encoding="utf-8")
    assert compiled("words", lambda: pytest.fail("should load"), [source]) == 2


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_corrupt_cache_file_is_rebuilt_not_trusted(cache, tmp_path, damage):
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n", encoding="utf-8")
    value = {"answer": list(range(100))}
    assert compiled("words", lambda: value, [source]) == value
    (entry,) = cache.glob("words-*.pickle")
    data = entry.read_bytes()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data = data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:]
    elif damage == "garbage":
        data = b"\x80\x04not a pickle at all"
    else:
        data = b""
    entry.write_bytes(data)
    rebuilt = {"answer": "rebuilt"}
    assert compiled("words", lambda: rebuilt, [source]) == rebuilt
    # The damaged file was replaced by a good one.
    assert compiled("words", lambda: pytest.fail("should load"), [source]) == rebuilt


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes read-only folders")
def test_read_only_cache_folder_builds_in_memory(cache, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n", encoding="utf-8")
    cache.mkdir()
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert compiled("words", lambda: 7, [source]) == 7
        assert not list(cache.iterdir())
    finally:
        cache.chmod(stat.S_IRWXU)


def test_unwritable_cache_location_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(blocker / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n", encoding="utf-8")
    assert compiled("words", lambda: "built", [source]) == "built"


def test_two_writers_leave_one_whole_entry(cache, tmp_path):
    source = tmp_path / "words.tsv"
    source.write_text("word\n甲\n", encoding="utf-8")
    path = cache / "words-manual.pickle"
    compiled_module._write(path, {"first": 1})
    compiled_module._write(path, {"second": 2})
    assert compiled_module._read(path) == {"second": 2}
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]


def test_lexicon_edit_rebuilds_the_segmenter_dictionary(cache, tmp_path, monkeypatch):
    from pipeline.lexicons import models_dir
    from pipeline.segmenter import _build_dictionary

    models = tmp_path / "models"
    models.mkdir()
    for path in models_dir().glob("*.tsv"):
        (models / path.name).write_bytes(path.read_bytes())
    monkeypatch.setenv("ZHEXTRACT_MODELS", str(models))
    from pipeline.lexicons import load_lexicon

    load_lexicon.cache_clear()
    try:
        first = compiled("dictionary", _build_dictionary)
        assert "测试职衔" not in first.tags
        titles = models / "titles.tsv"
        titles.write_text(titles.read_text(encoding="utf-8") + "測試職銜\tother\n", encoding="utf-8")
        load_lexicon.cache_clear()
        second = compiled("dictionary", _build_dictionary)
        assert second.tags["测试职衔"] == "nz_title"
    finally:
        load_lexicon.cache_clear()
