"""`cxmap export`: CSV, Excel CSV and .xlsx tables of the touchpoints."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.edit.table import COLUMNS, protect, read_xlsx, to_csv, to_xlsx, unprotect
from cxmap.outputs.render.style import SCORE_STYLES
from tests.conftest import CONFORMANCE, EXAMPLES

runner = CliRunner()
BANK = CONFORMANCE / "bank-2024.cxmap.yaml"

TRICKY = """\
cxmap: 1
id: tricky
title: Tricky texts
stages:
  - id: s1
    name: Start
    touchpoints:
      - id: t1
        name: "=HYPERLINK(\\"http://evil\\", \\"click\\")"
        channel: "+48 123"
        owner: "@team"
        score: -1
        reach: 42.5
        evidence: ["-minus first", "line one\\nline two", "semi; colon, comma \\"quoted\\""]
      - id: t2
        name: Zażółć gęślą jaźń
        channel: "\\ttab"
      - id: t3
        name: Plain
        branches: []
"""


def journey(text: str = TRICKY):  # type: ignore[no-untyped-def]
    loaded = load_bytes(text.encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def test_csv_columns_and_rows_of_the_conformance_map() -> None:
    result = runner.invoke(app, ["export", str(BANK)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert lines[1] == "comparison,decide,,Comparison site listing,,,0,,false,false,false,,,"
    assert lines[2] == ("office-visit,decide,branch-office,Visit to a branch office,,,-1,,"
                        "false,true,false,,,")
    assert lines[4] == "id-check,open,mobile,Identity check,,,-2,,false,true,false,35,,"
    assert len(lines) == 1 + 7
    assert result.stdout_bytes.startswith(b"id,")  # no BOM


def test_excel_csv_has_bom_semicolons_decimal_comma_crlf() -> None:
    data = to_csv(journey(), excel=True)
    assert data.startswith(b"\xef\xbb\xbfid;stage;branches;")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1][COLUMNS.index("reach")] == "42,5"
    assert rows[1][COLUMNS.index("score")] == "-1"


def test_formula_like_text_is_protected_in_csv() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(journey()).decode(), newline="")))
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["name"] == "'=HYPERLINK(\"http://evil\", \"click\")"
    assert first["channel"] == "'+48 123"
    assert first["owner"] == "'@team"
    assert first["evidence"] == ("'-minus first; line one\nline two; "
                                 "semi; colon, comma \"quoted\"")
    assert first["score"] == "-1"  # a number, not text: never prefixed
    second = dict(zip(COLUMNS, rows[2], strict=True))
    assert second["name"] == "Zażółć gęślą jaźń"
    assert second["channel"] == "'\ttab"
    assert second["score"] == "" and second["reach"] == ""


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_protect_and_unprotect_are_inverse(text: str) -> None:
    assert protect(text).startswith("'")
    assert unprotect(protect(text)) == text
    assert unprotect("'plain") == "'plain"  # an apostrophe of its own is kept


def test_xlsx_is_a_real_spreadsheet(tmp_path: Path) -> None:
    out = tmp_path / "bank.xlsx"
    result = runner.invoke(app, ["export", str(BANK), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    wb = load_workbook(out)
    # one sheet (the record of what was exported is in the document properties)
    assert [(w.title, w.sheet_state) for w in wb.worksheets] == [("touchpoints", "visible")]
    assert wb.sheetnames == ["touchpoints"]
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == list(COLUMNS)
    assert ws["A2"].value == "comparison" and ws["G3"].value == -1
    assert ws["I2"].value is False  # booleans are boolean cells
    assert ws.column_dimensions["D"].width > ws.column_dimensions["G"].width
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list" and dv.formula1 == '"-2,-1,0,1,2"'
    assert {str(r) for r in dv.sqref.ranges} == {"G2:G1048576", "H2:H1048576"}  # every row
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    colours = {rule.formula[0]: rule.dxf.fill.fgColor.rgb[-6:] for rule in rules}
    assert colours == {str(s): st.fill.lstrip("#").upper() for s, st in SCORE_STYLES.items()}
    # the cells are coloured as they are, too (for viewers without conditional formats)
    assert ws["G3"].fill.fgColor.rgb[-6:] == SCORE_STYLES[-1].fill.lstrip("#").upper()
    assert ws["G5"].fill.fgColor.rgb[-6:] == SCORE_STYLES[-2].fill.lstrip("#").upper()
    assert ws["G5"].font.color.rgb[-6:] == SCORE_STYLES[-2].font.lstrip("#").upper()


def test_xlsx_stores_formula_like_text_as_strings() -> None:
    data = to_xlsx(journey(), score_fills={})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert ('<c r="D2" t="inlineStr"><is><t>=HYPERLINK("http://evil", "click")</t></is></c>'
            in sheet)
    assert '<c r="E2" t="inlineStr"><is><t>+48 123</t></is></c>' in sheet
    table = read_xlsx(data)
    row = dict(zip(table.header, table.rows[0], strict=False))
    assert row["name"] == '=HYPERLINK("http://evil", "click")'
    assert row["reach"] == 42.5 and row["score"] == -1


def test_format_option_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "t.data"
    assert runner.invoke(app, ["export", str(BANK), "-o", str(out), "--format", "xlsx"]
                         ).exit_code == 0
    assert zipfile.is_zipfile(out)
    bad = runner.invoke(app, ["export", str(BANK), "--format", "ods"])
    assert bad.exit_code == 2 and "csv or xlsx" in bad.output
    both = runner.invoke(app, ["export", str(BANK), "-o", str(tmp_path / "a.xlsx"), "--excel"])
    assert both.exit_code == 2
    assert runner.invoke(app, ["export", str(BANK), "--format", "xlsx"]).exit_code == 2
    assert runner.invoke(app, ["export", str(tmp_path / "none.yaml")]).exit_code == 2


def test_invalid_map_is_reported_as_validate_does(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(CONFORMANCE / "bad-score.cxmap.yaml")])
    assert result.exit_code == 1
    assert "bad-score.cxmap.yaml:" in result.output and "error CX" in result.output


def test_every_example_exports(tmp_path: Path) -> None:
    for path in EXAMPLES.glob("*.cxmap.yaml"):
        loaded = load_bytes(path.read_bytes(), path.name)
        assert loaded.journey is not None
        rows = list(csv.reader(io.StringIO(to_csv(loaded.journey).decode(), newline="")))
        assert len(rows) == 1 + len(loaded.journey.touchpoints)


def test_export_never_writes_over_its_map(tmp_path: Path) -> None:
    target = tmp_path / "m.cxmap.yaml"
    target.write_bytes(BANK.read_bytes())
    result = runner.invoke(app, ["export", str(target), "-o", str(target)])
    assert result.exit_code == 2
    assert target.read_bytes() == BANK.read_bytes()
