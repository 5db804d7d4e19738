import json

import pytest

from pipeline.export import TableWriter, neutralise_cell, neutralise_row


@pytest.mark.parametrize(
    "value, expected",
    [("=1+1", "'=1+1"), ("+86", "'+86"), ("-x", "'-x"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("會長", "會長"), (-1, -1), (0.5, 0.5), ("", "")],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected
    assert neutralise_row([value, value]) == [expected, expected]


def test_formula_cells_neutralised_in_csv_and_xlsx_not_jsonl(tmp_path):
    writer = TableWriter(tmp_path, ["errors"], ("csv", "jsonl", "xlsx"))
    formula = '=HYPERLINK("http://x","y")'
    writer.write("errors", [{"path": formula, "stage": "read", "error": "empty", "message": "m"}])
    writer.commit()
    assert "'=HYPERLINK" in (tmp_path / "errors.csv").read_text(encoding="utf-8-sig")
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))["path"] == formula
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "tables.xlsx")["errors"]
    assert sheet["A2"].value == "'" + formula and sheet["A2"].data_type == "s"


def test_abort_leaves_previous_output_untouched(tmp_path):
    first = TableWriter(tmp_path, ["errors"], ("csv",))
    first.write("errors", [{"path": "a", "stage": "read", "error": "empty", "message": "m"}])
    first.commit()
    before = (tmp_path / "errors.csv").read_bytes()
    second = TableWriter(tmp_path, ["errors"], ("csv",))
    second.write("errors", [{"path": "b", "stage": "read", "error": "empty", "message": "m"}])
    second.abort()
    assert (tmp_path / "errors.csv").read_bytes() == before
    assert not list(tmp_path.glob(".zhextract-staging-*"))
