"""Format checks for the lexicon files in ``models/``.

Parses the TSV files directly (standard library only) so the data can be checked
without importing the pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parent.parent / "models"

# file stem -> (expected header, {column: allowed values})
SPECS: dict[str, tuple[tuple[str, ...], dict[str, frozenset[str]]]] = {
    "titles": (
        ("title", "category"),
        {
            "category": frozenset(
                "government legislature party judicial academic association corporate "
                "media military religious honour profession sport".split()
            )
        },
    ),
    "title_modifiers": (
        ("modifier", "kind"),
        {"kind": frozenset({"rank", "honour", "status", "acting"})},
    ),
    "title_domains": (
        ("word", "kind"),
        {"kind": frozenset({"portfolio", "unit"})},
    ),
    "org_suffixes": (
        ("suffix", "kind", "strength"),
        {
            "kind": frozenset(
                "government legislature association academic corporate media party military "
                "religious medical judicial other".split()
            ),
            "strength": frozenset({"strong", "weak"}),
        },
    ),
    "organizations": (
        ("name", "canonical", "kind", "region"),
        {
            "kind": frozenset(
                "government legislature consultative party academic association corporate "
                "media international military judicial".split()
            ),
            "region": frozenset("HK MO TW CN INT US UK EU JP KR other".split()),
        },
    ),
    "surnames": (
        ("surname", "kind", "frequency"),
        {
            "kind": frozenset({"single", "compound"}),
            "frequency": frozenset({"high", "medium", "low"}),
        },
    ),
    "places": (
        ("name", "kind"),
        {
            "kind": frozenset(
                "country region province city district area continent".split()
            )
        },
    ),
    "transliteration_chars": (
        ("char", "note"),
        {"note": frozenset({"xinhua", "common"})},
    ),
    "person_cues": (
        ("cue", "kind"),
        {"kind": frozenset({"honorific", "speech", "action"})},
    ),
    "non_names": (
        ("word", "note"),
        {"note": frozenset({"word", "name"})},
    ),
}


def _tsv_files() -> list[Path]:
    return sorted(MODELS.glob("*.tsv"))


def _parse(path: Path) -> tuple[list[str], tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """Return (comment lines, header, [(line number, fields)]) for a lexicon file."""
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\n")
    assert lines[-1] == "", f"{path.name}: must end with a newline"
    lines = lines[:-1]
    comments: list[str] = []
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        comments.append(lines[index])
        index += 1
    assert index < len(lines), f"{path.name}: no header line"
    header = tuple(lines[index].split("\t"))
    rows = [
        (number, tuple(line.split("\t")))
        for number, line in enumerate(lines[index + 1 :], start=index + 2)
    ]
    return comments, header, rows


def test_every_spec_has_a_file() -> None:
    names = {path.stem for path in _tsv_files()}
    assert set(SPECS) <= names, f"missing lexicons: {sorted(set(SPECS) - names)}"


@pytest.fixture(params=_tsv_files(), ids=lambda p: p.name)
def lexicon(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_utf8_without_bom_and_lf(lexicon: Path) -> None:
    data = lexicon.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "file starts with a BOM"
    data.decode("utf-8")  # raises on invalid UTF-8
    assert b"\r" not in data, "CR found: use LF line endings"


def test_comment_block(lexicon: Path) -> None:
    comments, _, _ = _parse(lexicon)
    assert comments, "no leading # comment lines"
    block = "\n".join(comments).lower()
    assert "source" in block, "comments must say where the facts come from"
    if lexicon.stem in SPECS:
        assert "licence" in block or "license" in block, "comments must state the licence"


def test_single_header_and_column_counts(lexicon: Path) -> None:
    _, header, rows = _parse(lexicon)
    assert all(header), "empty column name in header"
    assert len(set(header)) == len(header), "duplicate column name in header"
    if lexicon.stem in SPECS:
        assert header == SPECS[lexicon.stem][0]
    assert rows, "no data rows"
    for number, fields in rows:
        assert fields != ("",), f"line {number}: blank line"
        assert not fields[0].startswith("#"), f"line {number}: comment after header"
        assert fields != header, f"line {number}: repeated header"
        assert len(fields) == len(header), (
            f"line {number}: {len(fields)} fields, header has {len(header)}"
        )


def test_fields_are_clean(lexicon: Path) -> None:
    _, _, rows = _parse(lexicon)
    for number, fields in rows:
        assert fields[0], f"line {number}: empty first column"
        for field in fields:
            assert field, f"line {number}: empty field"
            assert field == field.strip(), f"line {number}: whitespace around {field!r}"
            assert "\u3000" not in field, f"line {number}: full-width space in {field!r}"


def test_first_column_unique_and_sorted(lexicon: Path) -> None:
    _, _, rows = _parse(lexicon)
    keys = [fields[0] for _, fields in rows]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"duplicate first column: {duplicates[:10]}"
    assert keys == sorted(keys), "rows are not sorted by first column (code-point order)"


def test_allowed_values(lexicon: Path) -> None:
    if lexicon.stem not in SPECS:
        pytest.skip("no value constraints for this file")
    header, allowed = SPECS[lexicon.stem]
    _, _, rows = _parse(lexicon)
    for column, values in allowed.items():
        position = header.index(column)
        bad = sorted({fields[position] for _, fields in rows} - values)
        assert not bad, f"{column}: values not allowed: {bad}"


def test_organization_canonicals_have_own_row() -> None:
    _, header, rows = _parse(MODELS / "organizations.tsv")
    name, canonical = header.index("name"), header.index("canonical")
    table = {fields[name]: fields[canonical] for _, fields in rows}
    for alias, target in table.items():
        assert target in table, f"{alias}: canonical {target} has no row"
        assert table[target] == target, f"{target}: canonical row must point to itself"


def test_single_characters_where_required() -> None:
    _, _, rows = _parse(MODELS / "transliteration_chars.tsv")
    assert all(len(fields[0]) == 1 for _, fields in rows)
    _, _, rows = _parse(MODELS / "surnames.tsv")
    for _, (surname, kind, _frequency) in rows:
        assert len(surname) == (1 if kind == "single" else 2), surname
