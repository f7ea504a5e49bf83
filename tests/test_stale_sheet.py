"""A spreadsheet exported before the map changed never silently reverts the
map's newer values: the workbook records what it exported (in its custom document properties, so
it keeps its one sheet),
and the import lists each value the map changed since, which the sheet would
overwrite (``id: field: exported X, map now Y, sheet Z``), writes nothing and
exits 1, unless ``--force``.  A CSV has no record and is trusted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.edit.table import EXPORTED_PREFIX

MAP = """\
cxmap: 1
id: konto
title: Konto osobiste
language: pl
stages:
  - id: wniosek
    name: Wniosek
    touchpoints:
      - id: formularz
        name: Formularz online
        score: 1
        reach: 40
      - id: selfie
        name: Weryfikacja tożsamości
        score: 0
      - id: karta
        name: Aktywacja karty
        score: -1
"""

runner = CliRunner()


def _sheet_edit(workbook: Path, edits: dict[str, dict[str, object]]) -> None:
    wb = load_workbook(workbook)
    ws = wb["touchpoints"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for column, value in edits.get(str(row[0].value), {}).items():
            row[header.index(column)].value = value
    wb.save(workbook)


def _export(tmp_path: Path, name: str) -> tuple[Path, Path]:
    bank = tmp_path / "bank.cxmap.yaml"
    bank.write_text(MAP, encoding="utf-8")
    table = tmp_path / name
    assert runner.invoke(app, ["export", str(bank), "-o", str(table)]).exit_code == 0
    return bank, table


def test_the_workbook_records_what_it_exported(tmp_path: Path) -> None:
    _, table = _export(tmp_path, "oceny.xlsx")
    wb = load_workbook(table)
    assert wb.sheetnames == ["touchpoints"]  # one sheet, the one people edit
    record = {p.name: p.value for p in wb.custom_doc_props.props}
    # score, target, momentOfTruth, customerEffort, confirmed, reach
    assert record == {f"{EXPORTED_PREFIX}formularz": "[1,null,false,false,false,40.0]",
                      f"{EXPORTED_PREFIX}selfie": "[0,null,false,false,false,null]",
                      f"{EXPORTED_PREFIX}karta": "[-1,null,false,false,false,null]"}


def test_a_record_that_is_not_plain_values_is_ignored(tmp_path: Path) -> None:
    from openpyxl.packaging.custom import StringProperty

    bank, table = _export(tmp_path, "oceny.xlsx")
    wb = load_workbook(table)
    props = wb.custom_doc_props
    for prop in list(props.props):
        props.props.remove(prop)
    for ident, value in (("formularz", "[" * 5000), ("selfie", '[{"a":1},0,0,0,0,0]'),
                         ("karta", "not json")):
        props.append(StringProperty(name=EXPORTED_PREFIX + ident, value=value))
    wb.save(table)
    bank.write_text(MAP.replace("score: 1", "score: 2"), encoding="utf-8")
    result = runner.invoke(app, ["import-scores", str(bank), str(table)])
    assert result.exit_code == 0, result.output  # no record: the sheet is trusted
    assert "score: 2" not in bank.read_text(encoding="utf-8")


def test_a_stale_workbook_is_a_conflict_and_nothing_is_written(tmp_path: Path) -> None:
    bank, table = _export(tmp_path, "oceny.xlsx")
    # the map changes after the export: two newer scores
    newer = MAP.replace("score: 1\n", "score: 2\n").replace("score: -1\n", "score: 0\n")
    bank.write_text(newer, encoding="utf-8")
    # the workshop edits the stale sheet: selfie only (the map kept its 0 there)
    _sheet_edit(table, {"selfie": {"score": -2}})
    for lang, words in (("en", "exported 1, map now 2, sheet 1"),
                        ("pl", "wyeksportowano 1, w mapie teraz 2, w arkuszu 1")):
        result = runner.invoke(app, ["import-scores", str(bank), str(table), "--lang", lang])
        assert result.exit_code == 1
        assert f"{table}:2: formularz: score: {words}" in result.stderr
        assert "karta: score" in result.stderr
        assert "selfie" not in result.stderr  # changed in the sheet only: not a conflict
        assert bank.read_text(encoding="utf-8") == newer  # nothing written
    forced = runner.invoke(app, ["import-scores", str(bank), str(table), "--force"])
    assert forced.exit_code == 0, forced.output
    text = bank.read_text(encoding="utf-8")
    assert "score: 1\n" in text and "score: -2\n" in text and "score: -1\n" in text


def test_a_fresh_workbook_imports_without_a_word(tmp_path: Path) -> None:
    bank, table = _export(tmp_path, "oceny.xlsx")
    _sheet_edit(table, {"selfie": {"score": -2}, "formularz": {"reach": 55}})
    result = runner.invoke(app, ["import-scores", str(bank), str(table)])
    assert result.exit_code == 0, result.output
    text = bank.read_text(encoding="utf-8")
    assert "score: -2\n" in text and "reach: 55\n" in text


def test_the_same_change_in_map_and_sheet_is_no_conflict(tmp_path: Path) -> None:
    bank, table = _export(tmp_path, "oceny.xlsx")
    bank.write_text(MAP.replace("score: 1\n", "score: 2\n"), encoding="utf-8")
    _sheet_edit(table, {"formularz": {"score": 2}})
    result = runner.invoke(app, ["import-scores", str(bank), str(table)])
    assert result.exit_code == 0, result.output


def test_a_csv_is_trusted_as_it_is(tmp_path: Path) -> None:
    bank, table = _export(tmp_path, "oceny.csv")
    bank.write_text(MAP.replace("score: 1\n", "score: 2\n"), encoding="utf-8")
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
    result = runner.invoke(app, ["import-scores", str(bank), str(table)])
    assert result.exit_code == 0, result.output
    assert rows[1][0] == "formularz" and "score: 1\n" in bank.read_text(encoding="utf-8")
    assert "CSV" in runner.invoke(app, ["import-scores", "--help"]).output
