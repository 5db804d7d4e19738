"""Tests for the read stage: file discovery, encodings, HTML, JSON/JSONL, failures."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document, PipelineError
from pipeline.stages.read import (
    InputFile,
    ReadResult,
    decode_bytes,
    iter_documents,
    iter_input_files,
    read_file,
)

# Invented sentences; the traditional one uses characters whose Big5 and GB codes
# differ (發佈, 鐘, 藍, 辭, 區 …).
TRADITIONAL = "香港特別行政區政府發佈創新科技藍圖，鐘先生於會上致辭。\r\n記者會於週三舉行，與會者逾百人，現場氣氛熱烈。\r\n"
SIMPLIFIED = "北京市科学技术委员会举办创新论坛，钟女士在会上发表讲话。\n与会代表就人工智能发展交换意见。\n"


def item_for(path: Path) -> InputFile:
    return InputFile(path, path.parent, path.stem)


def read_one(path: Path) -> Document:
    result = read_file(item_for(path))
    assert isinstance(result, ReadResult)
    assert result.errors == []
    assert len(result.documents) == 1
    return result.documents[0]


def read_error(path: Path) -> PipelineError:
    with pytest.raises(PipelineError) as info:
        read_file(item_for(path))
    assert info.value.stage == "read"
    assert info.value.path == str(path)
    return info.value


# ------------------------------------------------------------------- encodings

ENCODED = {
    "utf8": TRADITIONAL.encode("utf-8"),
    "utf8_bom": TRADITIONAL.encode("utf-8-sig"),
    "utf16_le_bom": b"\xff\xfe" + TRADITIONAL.encode("utf-16-le"),
    "utf16_be_bom": b"\xfe\xff" + TRADITIONAL.encode("utf-16-be"),
    "utf32_bom": TRADITIONAL.encode("utf-32"),
    "big5hkscs": TRADITIONAL.encode("big5hkscs"),
    "big5": TRADITIONAL.encode("big5"),
    "gb18030": TRADITIONAL.encode("gb18030"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_traditional_text_decodes_identically_in_every_encoding(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(ENCODED[name])
    doc = read_one(path)
    assert doc.text == TRADITIONAL
    assert doc.article_id == name
    assert doc.path == str(path)
    assert doc.meta["format"] == "text"
    assert doc.shadow == "" and doc.script == "" and doc.mentions == ()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("utf8", "utf-8"),
        ("utf8_bom", "utf-8-sig"),
        ("utf16_le_bom", "utf-16-le"),
        ("utf16_be_bom", "utf-16-be"),
        ("utf32_bom", "utf-32-le"),
        ("big5hkscs", "big5hkscs"),
        ("big5", "big5hkscs"),
        ("gb18030", "gb18030"),
    ],
)
def test_encoding_recorded_in_meta(tmp_path, name, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(ENCODED[name])
    assert read_one(path).meta["encoding"] == expected


def test_simplified_gb18030(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    doc = read_one(path)
    assert doc.text == SIMPLIFIED
    assert doc.meta["encoding"] == "gb18030"


@pytest.mark.parametrize("text", ["鐘先生致辭。", "藍圖發佈", "會議", "钟女士讲话。", "创新论坛"])
@pytest.mark.parametrize("encoding", ["big5hkscs", "gb18030"])
def test_short_texts_pick_the_right_chinese_codec(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("not encodable in this codec")
    assert decode_bytes(data) == (text, encoding)


def test_hkscs_characters(tmp_path):
    text = "佢哋話嘅嘢唔係真㗎，記者會延期。\n"
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode("big5hkscs"))
    assert read_one(path).text == text


def test_bomless_utf16_recognised_by_nul_pattern(tmp_path):
    text = "Press release 2024-03-01: 創新科技藍圖 (draft)\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        doc = read_one(path)
        assert doc.text == text
        assert doc.meta["encoding"] == encoding


def test_crlf_kept(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一行\r\n第二行\r\n\r\n第三行".encode("utf-8"))
    assert read_one(path).text == "第一行\r\n第二行\r\n\r\n第三行"


def test_markdown_taken_as_is(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# 標題\n\n內文 *強調*。\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.text == "# 標題\n\n內文 *強調*。\n"
    assert doc.meta["format"] == "markdown"


def test_stray_nul_kept(tmp_path):
    path = tmp_path / "nul.txt"
    text = "鐘先生於會上致辭，並回答記者提問。" * 10 + "\x00" + "完。"
    path.write_bytes(text.encode("utf-8"))
    assert read_one(path).text == text


# -------------------------------------------------------------------- failures


def test_png_is_binary(tmp_path):
    rng = random.Random(1)
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)))
    error = read_error(path)
    assert error.code == "binary"
    assert "PNG" in error.reason
    assert str(error) == f"{path}: read: {error.reason}"


@pytest.mark.parametrize(
    "magic", [b"%PDF-1.7\n", b"PK\x03\x04\x14\x00", b"\x1f\x8b\x08\x00", b"\x7fELF\x02\x01\x01"]
)
def test_binary_magic_numbers(tmp_path, magic):
    path = tmp_path / "f.txt"
    path.write_bytes(magic + "香港".encode("utf-8") * 50)
    assert read_error(path).code == "binary"


def test_control_characters_dominate_binary(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes(range(1, 9)) * 50 + "香港".encode())
    assert read_error(path).code == "binary"


def test_nul_heavy_non_utf16_binary(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"\x00\x00\x00abc\x00\x00\x00\x00xyz" * 40)
    assert read_error(path).code == "binary"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_error(path).code == "empty"


@pytest.mark.parametrize("content", [b"   \n\t\r\n  ", "\u3000\u3000\n".encode("utf-8"), "  \n".encode("utf-16")])
def test_whitespace_only_file(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert read_error(path).code == "empty"


def test_random_bytes_undecodable_or_binary(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    assert read_error(path).code in ("undecodable", "binary")


def test_invalid_sequence_undecodable(tmp_path):
    path = tmp_path / "bad.txt"
    # 0xFF is no lead byte in UTF-8, Big5 or GB18030.
    path.write_bytes("記者會".encode("utf-8") + b"\xff\xff\xff" + "舉行".encode("utf-8"))
    error = read_error(path)
    assert error.code == "undecodable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("內容", encoding="utf-8")
    path.chmod(0)
    try:
        assert read_error(path).code == "unreadable"
    finally:
        path.chmod(0o644)


def test_read_oserror_is_unreadable(tmp_path, monkeypatch):
    # Runs as root too, where chmod cannot deny reading.
    path = tmp_path / "locked.txt"
    path.write_text("內容", encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    error = read_error(path)
    assert error.code == "unreadable"
    assert "Permission denied" in error.reason


def test_folder_passed_to_read_file_is_unreadable(tmp_path):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    assert read_error(folder).code == "unreadable"


# ------------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>頁面標題 | 某新聞網</title>
<meta property="og:title" content="政府發佈創新科技藍圖">
<meta property="article:published_time" content="2024-03-01T09:30:00+08:00">
<meta property="og:site_name" content="某新聞網">
<meta property="og:url" content="https://news.example/a/1">
<style>body { color: red; }</style>
<script>var secret = "不應出現";</script>
</head>
<body>
<nav><a href="/">首頁</a></nav>
<article>
<h1>政府發佈創新科技藍圖</h1>
<p>香港特別行政區政府今日發佈    創新科技藍圖。</p>
<p>鐘先生於會上致辭，<b>並</b>回答記者提問。<br>記者會歷時一小時。</p>
<script>track("也不應出現");</script>
<noscript>請啟用腳本</noscript>
<template><p>模板內容</p></template>
<svg><text>圖形文字</text></svg>
<!-- 註解 -->
<ul><li>第一項</li><li>第二項</li></ul>
<pre>  保留   空格
第二行</pre>
</article>
</body></html>
"""


def test_html_text_and_meta(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path)
    for hidden in ("不應出現", "也不應出現", "color", "請啟用腳本", "模板內容", "圖形文字", "註解", "頁面標題"):
        assert hidden not in doc.text
    lines = doc.text.split("\n")
    assert "香港特別行政區政府今日發佈 創新科技藍圖。" in lines
    assert "鐘先生於會上致辭，並回答記者提問。" in lines
    assert "記者會歷時一小時。" in lines
    assert "第一項" in lines and "第二項" in lines
    assert "  保留   空格" in lines
    assert "\n\n\n" not in doc.text
    assert doc.text.startswith("首頁")
    assert doc.meta["title"] == "政府發佈創新科技藍圖"
    assert doc.meta["published"] == "2024-03-01T09:30:00+08:00"
    assert doc.meta["source"] == "某新聞網"
    assert doc.meta["url"] == "https://news.example/a/1"
    assert doc.meta["format"] == "html"


def test_html_title_fallbacks_and_time(tmp_path):
    path = tmp_path / "p.htm"
    path.write_text(
        "<html><body><h1>科技局長出席論壇</h1><time datetime='2024-05-06'>五月六日</time>"
        "<link rel='canonical' href='https://x.example/2'><p>內文。</p></body></html>",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert doc.meta["title"] == "科技局長出席論壇"
    assert doc.meta["published"] == "2024-05-06"
    assert doc.meta["url"] == "https://x.example/2"
    path.write_text("<html><head><title> 標題 一 </title></head><body>內文</body></html>", encoding="utf-8")
    assert read_one(path).meta["title"] == "標題 一"


def test_html_declared_charset_used_for_legacy_bytes(tmp_path):
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body><p>鐘先生致辭。</p></body></html>'
    path = tmp_path / "b5.html"
    path.write_bytes(html.encode("big5hkscs"))
    doc = read_one(path)
    assert doc.text == "鐘先生致辭。"
    assert doc.meta["encoding"] == "big5hkscs"


def test_html_sniffed_in_txt(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text("<!doctype html><html><body><p>內文一</p><script>x()</script></body></html>", encoding="utf-8")
    doc = read_one(path)
    assert doc.text == "內文一"
    assert doc.meta["format"] == "html"


def test_html_without_visible_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>只有標題</title></head><body><script>x</script></body></html>", encoding="utf-8")
    assert read_error(path).code == "empty"


def test_deeply_nested_html(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 3000 + "深處的文字" + "</div>" * 3000, encoding="utf-8")
    assert read_one(path).text == "深處的文字"


# ------------------------------------------------------------------ JSON/JSONL


def test_jsonl_good_and_bad_records(tmp_path):
    path = tmp_path / "x.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "鐘先生致辭。", "title": "標題甲", "published": "2024-01-02"}, ensure_ascii=False),
        json.dumps({"text": "第二篇內文。", "source": "某報", "editor": "王小明"}, ensure_ascii=False),
        '{"id": "c", "text": "未完',
        "",
        json.dumps({"id": 7, "text": "第四篇。"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_file(InputFile(path, tmp_path, "x"))
    assert [d.article_id for d in result.documents] == ["x#a", "x#2", "x#7"]
    assert [d.text for d in result.documents] == ["鐘先生致辭。", "第二篇內文。", "第四篇。"]
    first, second, third = result.documents
    assert first.meta["title"] == "標題甲" and first.meta["published"] == "2024-01-02" and first.meta["id"] == "a"
    assert second.meta["source"] == "某報" and second.meta["editor"] == "王小明"
    assert third.meta["id"] == "7"
    assert first.meta["format"] == "jsonl" and first.meta["encoding"] == "utf-8"
    assert first.path == f"{path}#1"
    assert len(result.errors) == 1
    error = result.errors[0]
    assert (error.path, error.stage, error.code) == (f"{path}#3", "read", "bad_json")
    assert "line 1" in error.reason


def test_jsonl_records_without_text(tmp_path):
    path = tmp_path / "y.jsonl"
    path.write_text('{"text": 5}\n[1, 2]\n{"title": "無內文"}\n{"text": "  "}\n{"text": "好"}\n', encoding="utf-8")
    result = read_file(InputFile(path, tmp_path, "y"))
    assert [d.article_id for d in result.documents] == ["y#5"]
    assert [(e.path, e.code) for e in result.errors] == [
        (f"{path}#1", "bad_record"),
        (f"{path}#2", "bad_record"),
        (f"{path}#3", "bad_record"),
        (f"{path}#4", "empty"),
    ]


def test_jsonl_duplicate_id_reported(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "一"}\n{"id": "a", "text": "二"}\n', encoding="utf-8")
    result = read_file(InputFile(path, tmp_path, "d"))
    assert [d.text for d in result.documents] == ["一"]
    assert [(e.path, e.code) for e in result.errors] == [(f"{path}#2", "bad_record")]


def test_json_list(tmp_path):
    path = tmp_path / "batch.json"
    records = [
        {"id": "n1", "text": "香港科技論壇開幕。", "url": "https://x.example/n1", "author": "陳大文"},
        {"text": "論壇閉幕。"},
        {"id": "n3", "body": "沒有 text 欄位"},
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    result = read_file(InputFile(path, tmp_path, "batch"))
    assert [d.article_id for d in result.documents] == ["batch#n1", "batch#2"]
    assert result.documents[0].meta["url"] == "https://x.example/n1"
    assert result.documents[0].meta["author"] == "陳大文"
    assert [(e.path, e.code) for e in result.errors] == [(f"{path}#3", "bad_record")]


def test_json_single_object_is_one_article(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "z", "text": "單篇文章。", "title": "單篇"}, ensure_ascii=False), encoding="utf-8")
    doc = read_one(path)
    assert doc.article_id == "one"
    assert doc.meta["title"] == "單篇" and doc.meta["id"] == "z" and doc.meta["format"] == "json"


@pytest.mark.parametrize(
    "content, code",
    [
        ('{"text": "未完', "bad_json"),
        ('"只是字串"', "bad_record"),
        ('{"title": "沒有內文"}', "bad_record"),
        ("[]", "empty"),
        ("[" * 100000 + "]" * 100000, "bad_json"),
    ],
)
def test_json_file_errors(tmp_path, content, code):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert read_error(path).code == code


def test_json_in_big5(tmp_path):
    path = tmp_path / "b5.jsonl"
    path.write_bytes('{"text": "鐘先生致辭。"}\n'.encode("big5hkscs"))
    result = read_file(InputFile(path, tmp_path, "b5"))
    assert result.documents[0].text == "鐘先生致辭。"
    assert result.documents[0].meta["encoding"] == "big5hkscs"


# -------------------------------------------------------------- folder walking


def make_tree(root: Path) -> None:
    files = {
        "b.txt": "乙",
        "a.md": "甲",
        "sub/z.html": "<p>丙</p>",
        "sub/deeper/c.JSON": '{"text": "丁"}',
        "sub/deeper/d.jsonl": '{"text": "戊"}',
        "sub/e.htm": "<p>己</p>",
        "sub/image.png": "not really",
        "notes.docx": "skip",
        ".hidden.txt": "隱",
        ".git/config.txt": "隱",
        "sub/.cache/x.txt": "隱",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_walk_order_filters_and_article_ids(tmp_path):
    root = tmp_path / "in"
    make_tree(root)
    items = list(iter_input_files([root]))
    assert all(isinstance(i, InputFile) for i in items)
    assert [i.article_id for i in items] == ["a", "b", "sub/deeper/c", "sub/deeper/d", "sub/e", "sub/z"]
    assert all(i.root == root for i in items)
    assert items[2].path == root / "sub" / "deeper" / "c.JSON"
    assert list(iter_input_files([str(root)])) == items  # deterministic, str accepted


def test_file_given_directly_taken_whatever_extension(tmp_path):
    root = tmp_path / "in"
    make_tree(root)
    direct = root / "notes.docx"
    items = list(iter_input_files([direct, root / "sub" / "deeper" / "c.JSON"]))
    assert items == [
        InputFile(direct, root, "notes"),
        InputFile(root / "sub" / "deeper" / "c.JSON", root / "sub" / "deeper", "c"),
    ]


def test_same_file_yielded_once(tmp_path):
    root = tmp_path / "in"
    make_tree(root)
    items = list(iter_input_files([root, root / "b.txt", root]))
    assert [i.article_id for i in items] == ["a", "b", "sub/deeper/c", "sub/deeper/d", "sub/e", "sub/z"]


def test_article_ids_are_unique_within_a_run(tmp_path):
    for name in ("a/001.txt", "a/001.html", "b/001.txt", "c/001.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("甲", encoding="utf-8")
    # Same name in two folders given one by one: the later one is qualified by its folder.
    named = list(iter_input_files([tmp_path / "a" / "001.txt", tmp_path / "b" / "001.txt", tmp_path / "c"]))
    assert [i.article_id for i in named] == ["001", "b/001", "c/001"]
    # Same stem in one folder: the later one keeps its extension.
    walked = list(iter_input_files([tmp_path / "a"]))
    assert [i.article_id for i in walked] == ["001", "001.txt"]
    assert list(iter_input_files([tmp_path / "a"])) == walked  # deterministic


def test_input_file_is_frozen(tmp_path):
    item = InputFile(tmp_path / "a.txt", tmp_path, "a")
    with pytest.raises(AttributeError):
        item.article_id = "b"  # type: ignore[misc]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_broken_symlink_and_loops_are_error_items(tmp_path):
    root = tmp_path / "in"
    make_tree(root)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "sub" / "back").symlink_to(root)
    (root / "dangling.png").symlink_to(root / "missing.png")  # not an input name: skipped
    (root / "link.txt").symlink_to(root / "b.txt")
    items = list(iter_input_files([root]))
    errors = [(Path(i.path).relative_to(root).as_posix(), i.code) for i in items if isinstance(i, PipelineError)]
    assert errors == [
        ("dangling.txt", "broken_symlink"),
        ("self.txt", "symlink_loop"),
        ("sub/back", "symlink_loop"),
    ]
    assert all(i.stage == "read" for i in items if isinstance(i, PipelineError))
    ids = [i.article_id for i in items if isinstance(i, InputFile)]
    assert ids == ["a", "b", "link", "sub/deeper/c", "sub/deeper/d", "sub/e", "sub/z"]


def test_missing_top_level_path_raises_not_found(tmp_path):
    with pytest.raises(PipelineError) as info:
        iter_input_files([tmp_path, tmp_path / "nope"])
    assert info.value.code == "not_found"
    assert info.value.path == str(tmp_path / "nope")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_error_item(tmp_path):
    root = tmp_path / "in"
    make_tree(root)
    locked = root / "sub"
    locked.chmod(0)
    try:
        items = list(iter_input_files([root]))
    finally:
        locked.chmod(0o755)
    errors = [(i.path, i.code) for i in items if isinstance(i, PipelineError)]
    assert errors == [(str(locked), "unreadable")]


def test_iter_documents_streams_documents_and_errors(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("甲文。", encoding="utf-8")
    (root / "b.txt").write_bytes(b"")
    (root / "c.jsonl").write_text('{"text": "丙"}\nnot json\n', encoding="utf-8")
    out = list(iter_documents([root]))
    assert [type(x).__name__ for x in out] == ["Document", "PipelineError", "Document", "PipelineError"]
    assert [getattr(x, "article_id", None) or x.code for x in out] == ["a", "empty", "c#1", "bad_json"]


def test_large_file_is_read(tmp_path):
    path = tmp_path / "big.txt"
    line = "鐘先生於會上致辭，並回答記者提問。\n".encode("big5hkscs")
    path.write_bytes(line * (51_000_000 // len(line) + 1))
    assert path.stat().st_size > 50_000_000
    doc = read_one(path)
    assert doc.meta["encoding"] == "big5hkscs"
    assert doc.text.startswith("鐘先生")


# ------------------------------------------------------------------- property


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_arbitrary_bytes_give_documents_or_pipeline_error(scratch, data, suffix):
    path = scratch / f"f{suffix}"
    path.write_bytes(data)
    try:
        result = read_file(InputFile(path, scratch, "f"))
    except PipelineError as error:
        assert error.stage == "read" and error.code and "\n" not in str(error)
        return
    assert isinstance(result, ReadResult)
    for doc in result.documents:
        assert isinstance(doc, Document) and doc.text.strip()
    for error in result.errors:
        assert isinstance(error, PipelineError)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=200)
    .filter(lambda t: t.strip())
)
def test_utf8_text_round_trips(text):
    # NUL bytes are left out: NULs on alternate bytes are how BOM-less UTF-16 is sniffed.
    # Lone surrogates are left out: they have no valid UTF-8 encoding to round-trip.
    try:
        decoded, encoding = decode_bytes(text.encode("utf-8", "surrogatepass"))
    except PipelineError as error:
        assert error.code == "binary"  # control-heavy strings
        return
    assert decoded == text and encoding == "utf-8"


def test_control_characters_counted_are_the_c0_and_c1_controls_but_white_space():
    from pipeline.stages.read import _control_shares

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    controls = [c for c in every if (ord(c) < 0x20 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0]
    assert len(controls) == 60
    assert _control_shares(every)[1] == len(controls) / len(every)
