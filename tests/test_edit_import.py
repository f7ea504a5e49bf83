"""`cxmap import-scores`: values from a spreadsheet back into the YAML, in place."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.commands.edit_import import import_scores
from cxmap.edit.scores import parse_bool, parse_reach, parse_score
from cxmap.edit.table import read_csv, to_csv, to_xlsx
from cxmap.i18n import Language
from tests.conftest import CONFORMANCE, EXAMPLES

runner = CliRunner()
BANK = CONFORMANCE / "bank-2024.cxmap.yaml"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    target = tmp_path / "bank.cxmap.yaml"
    shutil.copyfile(BANK, target)
    return target


def table(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_conformance_polish_excel_csv(bank: Path) -> None:
    result = runner.invoke(app, ["import-scores", str(bank),
                                 str(CONFORMANCE / "scores-pl-excel.csv"),
                                 "--scored-on", "2025-04-10"])
    assert result.exit_code == 0, result.output
    assert bank.read_bytes() == (CONFORMANCE / "bank-2024-imported.cxmap.yaml").read_bytes()
    assert result.stdout.splitlines() == [
        "scoredOn 2024-04-10 -> 2025-04-10",
        "office-visit: score -1 -> 0",
        "id-check: score -2 -> -1",
        "id-check: reach 35 -> 42.5",
        "id-check: confirmed false -> true",
        f"{bank}: 5 values changed",
    ]


def test_dry_run_lists_and_writes_nothing(bank: Path) -> None:
    before = bank.read_bytes()
    result = runner.invoke(app, ["import-scores", str(bank),
                                 str(CONFORMANCE / "scores-pl-excel.csv"), "--dry-run"])
    assert result.exit_code == 0
    assert "id-check: score -2 -> -1" in result.stdout
    assert "4 values would change (dry run: nothing written)" in result.stdout
    assert bank.read_bytes() == before


def test_nothing_to_change(bank: Path, tmp_path: Path) -> None:
    before = bank.read_bytes()
    t = table(tmp_path, "id,score\ncomparison,0\n")
    result = runner.invoke(app, ["import-scores", str(bank), str(t)])
    assert result.exit_code == 0
    assert result.stdout == f"{bank}: no value changed\n"
    assert bank.read_bytes() == before


#: tables with bad rows, and what import-scores says of each (after the
#: table's name); a row with an unknown id or an id given twice is not
#: imported, and its bad values are named as well: every problem at once
BAD_TABLES = {
    "bad rows": ("id,score,reach,confirmed\n"
                 "comparison,1,,\n"
                 "comparisn,1,,\n"
                 "card,3,,\n"
                 "comparison,0,,\n"
                 '"contract",1.5,,\n'
                 "welcome-call,,150,\n"
                 "app-install,,,yes\n"
                 ",1,,\n"
                 "id-check,\"+1\",,\n",
                 [":3: unknown touchpoint id 'comparisn' (did you mean 'comparison'?)",
                  ":4: score '3' is not a whole number from -2 to 2",
                  ":5: touchpoint id 'comparison' appears twice (first in row 2)",
                  ":6: score '1.5' is not a whole number from -2 to 2",
                  ":7: reach '150' is not a percentage from 0 to 100",
                  ":8: confirmed 'yes' is not true or false",
                  ":9: the row has values but no id"]),
    "bad ids with bad values": ("id,score,reach,confirmed\n"
                                "zz,5,,\n"
                                "card,1,,\n"
                                "card,,150,maybe\n",
                                [":2: unknown touchpoint id 'zz'",
                                 ":2: score '5' is not a whole number from -2 to 2",
                                 ":4: touchpoint id 'card' appears twice (first in row 3)",
                                 ":4: reach '150' is not a percentage from 0 to 100",
                                 ":4: confirmed 'maybe' is not true or false"]),
}


@pytest.mark.parametrize("case", BAD_TABLES)
def test_bad_rows_are_all_reported_and_nothing_is_written(
        bank: Path, tmp_path: Path, case: str) -> None:
    text, said = BAD_TABLES[case]
    before = bank.read_bytes()
    t = table(tmp_path, text)
    result = runner.invoke(app, ["import-scores", str(bank), str(t)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{t}{line}" for line in said] + [
        f"{bank}: nothing written"]
    assert bank.read_bytes() == before


def test_row_numbers_count_lines_of_multiline_fields(bank: Path, tmp_path: Path) -> None:
    t = table(tmp_path, 'id,name,score\ncomparison,"two\nlines",1\nnope,x,1\n')
    result = runner.invoke(app, ["import-scores", str(bank), str(t)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{t}:4: unknown touchpoint id 'nope'"


def test_header_problems(bank: Path, tmp_path: Path) -> None:
    no_id = runner.invoke(app, ["import-scores", str(bank),
                                str(table(tmp_path, "ident,score\nx,1\n"))])
    assert no_id.exit_code == 1 and ":1: the header row has no 'id' column" in no_id.stderr
    no_value = runner.invoke(app, ["import-scores", str(bank),
                                   str(table(tmp_path, "id,name\nx,1\n", "b.csv"))])
    assert no_value.exit_code == 1 and "none of the columns score, target" in no_value.stderr
    twice = runner.invoke(app, ["import-scores", str(bank),
                                str(table(tmp_path, "id,score,Score\n", "c.csv"))])
    assert twice.exit_code == 1 and "column 'score' appears twice" in twice.stderr
    empty = runner.invoke(app, ["import-scores", str(bank), str(table(tmp_path, "", "d.csv"))])
    assert empty.exit_code == 1 and "the table is empty" in empty.stderr


def test_polish_messages(bank: Path, tmp_path: Path) -> None:
    t = table(tmp_path, "id;score\nnope;1\n")
    result = runner.invoke(app, ["import-scores", str(bank), str(t), "--lang", "pl"])
    assert result.exit_code == 1
    assert f"{t}:2: nieznany identyfikator punktu styku 'nope'" in result.stderr


@pytest.mark.parametrize(("cell", "value"), [
    ("1", 1), ("+1", 1), ("−1", -1), ("–2", -2), (" 0 ", 0), ("'-1", -1), ("2,0", 2),
    (2.0, 2), (-1, -1)])
def test_scores_as_spreadsheets_write_them(cell: object, value: int) -> None:
    assert parse_score(cell) == value


@pytest.mark.parametrize("cell", ["3", "1.5", "abc", "true", True, 1.5, "-3", "1e0"])
def test_forbidden_scores(cell: object) -> None:
    assert parse_score(cell) is None


@pytest.mark.parametrize(("cell", "value"), [
    ("45%", 45.0), ("45 %", 45.0), ("42,5", 42.5), ("42.5", 42.5), (7, 7.0), ("0", 0.0),
    ("100", 100.0), ("12,5%", 12.5)])
def test_reach_cells(cell: object, value: float) -> None:
    assert parse_reach(cell) == value


@pytest.mark.parametrize("cell", ["101", "-1", "abc", "nan", True, "1,2,3"])
def test_forbidden_reach(cell: object) -> None:
    assert parse_reach(cell) is None


@pytest.mark.parametrize(("cell", "value"), [
    ("TRUE", True), ("FALSE", False), ("prawda", True), ("PRAWDA", True), ("fałsz", False),
    ("FAŁSZ", False), ("true", True), (True, True), (False, False)])
def test_booleans(cell: object, value: bool) -> None:
    assert parse_bool(cell) is value


@pytest.mark.parametrize("cell", ["yes", "1", "0", "tak", 1])
def test_forbidden_booleans(cell: object) -> None:
    assert parse_bool(cell) is None


def test_semicolon_bom_decimal_comma_and_trailing_empties(bank: Path, tmp_path: Path) -> None:
    t = tmp_path / "s.csv"
    t.write_bytes("\ufeffid;reach;score;;\r\nid-check;12,5 %;−1;;\r\n;;;;\r\n\r\n".encode())
    result = runner.invoke(app, ["import-scores", str(bank), str(t)])
    assert result.exit_code == 0, result.output
    journey = load_bytes(bank.read_bytes(), "b").journey
    assert journey is not None
    tp = journey.touchpoint("id-check")
    assert (tp.reach, tp.score) == (12.5, -1)


def test_windows_1250_csv_from_polish_excel(bank: Path, tmp_path: Path) -> None:
    t = table(tmp_path, "id;name;score\ncard;Karta płatnicza;2\n", encoding="cp1250")
    assert runner.invoke(app, ["import-scores", str(bank), str(t)]).exit_code == 0
    assert "        score: 2\n        momentOfTruth: true" in bank.read_text()


def test_percent_reach_keeps_its_form_and_quotes(tmp_path: Path) -> None:
    text = BANK.read_text().replace("reach: 35", "reach: \"35%\"  # survey 2024")
    target = tmp_path / "m.cxmap.yaml"
    target.write_text(text)
    t = table(tmp_path, "id,reach,target\nid-check,40,2\n")
    assert runner.invoke(app, ["import-scores", str(target), str(t)]).exit_code == 0
    after = target.read_text()
    assert '        reach: "40%"  # survey 2024\n' in after
    assert "        customerEffort: true\n        target: 2\n" not in after
    assert "        score: -2\n        target: 2\n        customerEffort: true\n" in after


def test_added_values_go_in_canonical_key_order(tmp_path: Path) -> None:
    target = tmp_path / "m.cxmap.yaml"
    target.write_text(
        "cxmap: 1\nid: m\ntitle: T  # the title\n\n# stages follow\nstages:\n"
        "  - id: s\n    name: S\n    touchpoints:\n"
        "      - id: a\n        name: A\n        channel: web  # the site\n"
        "        # evidence from research\n        evidence: [survey]\n"
        "      - {id: b, name: B}\n"
        "      - id: c\n        name: C\n        score:\n"
        "      - id: d\n        name: D\n        notes: |\n          long\n          text\n")
    t = table(tmp_path, "id,score,target,reach,momentOfTruth\n"
                        "a,1,2,50,true\nb,-1,,,\nc,0,,,\nd,2,,,FALSE\n")
    result = runner.invoke(app, ["import-scores", str(target), str(t),
                                 "--scored-on", "2026-01-31"])
    assert result.exit_code == 0, result.output
    assert target.read_text() == (
        "cxmap: 1\nid: m\ntitle: T  # the title\nscoredOn: 2026-01-31\n\n# stages follow\n"
        "stages:\n  - id: s\n    name: S\n    touchpoints:\n"
        "      - id: a\n        name: A\n        channel: web  # the site\n"
        "        score: 1\n        target: 2\n        momentOfTruth: true\n        reach: 50\n"
        "        # evidence from research\n        evidence: [survey]\n"
        "      - {id: b, name: B, score: -1}\n"
        "      - id: c\n        name: C\n        score: 0\n"
        "      - id: d\n        name: D\n        score: 2\n        notes: |\n          long\n"
        "          text\n")


def test_crlf_bom_map_keeps_its_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "m.cxmap.yaml"
    target.write_bytes(b"\xef\xbb\xbf" + BANK.read_bytes().replace(b"\n", b"\r\n"))
    t = table(tmp_path, "id,score,confirmed\ncard,2,true\n")
    assert runner.invoke(app, ["import-scores", str(target), str(t)]).exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf# Public")
    assert raw.count(b"\n") == raw.count(b"\r\n") == BANK.read_bytes().count(b"\n") + 1
    assert b"        score: 2\r\n        momentOfTruth: true\r\n        confirmed: true\r\n" in raw


def test_git_diff_shows_only_the_changed_lines(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    src = EXAMPLES / "telecom-contract.cxmap.yaml"
    target = repo / "map.cxmap.yaml"
    shutil.copyfile(src, target)
    env = {**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b",
           "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"}

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, env=env,
                              capture_output=True, text=True).stdout

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "wave 1")
    loaded = load_bytes(src.read_bytes(), "x")
    assert loaded.journey is not None
    tps = loaded.journey.touchpoints
    scored = [tp for tp in tps if tp.score is not None and tp.score < 2][:2]
    rows = "".join(f"{tp.id},{tp.score + 1}\n" for tp in scored)  # type: ignore[operator]
    t = table(tmp_path, "id,score\n" + rows)
    assert runner.invoke(app, ["import-scores", str(target), str(t)]).exit_code == 0
    diff = git("diff", "-U0", "--no-color")
    changed = [line for line in diff.splitlines()
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 4, diff
    assert sorted(line[0] for line in changed) == ["+", "+", "-", "-"]
    assert all("score:" in line for line in changed)


def test_xlsx_import(bank: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["id", "score", "reach", "confirmed", None])
    ws.append(["id-check", -1, 0.425, True, None])
    ws["C2"].number_format = "0.0%"
    ws.append(["card", "+2", None, "PRAWDA"])
    ws.append([None, None, None, None])
    wb.create_sheet("other").append(["id", "score"])
    path = tmp_path / "s.xlsx"
    wb.save(path)
    result = runner.invoke(app, ["import-scores", str(bank), str(path)])
    assert result.exit_code == 0, result.output
    journey = load_bytes(bank.read_bytes(), "b").journey
    assert journey is not None
    assert journey.touchpoint("id-check").reach == 42.5
    assert journey.touchpoint("card").score == 2 and journey.touchpoint("card").confirmed
    bad = Workbook()
    sheet = bad.active
    assert sheet is not None
    sheet.append(["id", "score"])
    sheet.append(["card", 1.5])
    sheet.append(["nope", 1])
    bad.save(tmp_path / "bad.xlsx")
    result = runner.invoke(app, ["import-scores", str(bank), str(tmp_path / "bad.xlsx")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.xlsx'}:2: score 1.5 is not a whole number" in result.stderr
    assert f"{tmp_path / 'bad.xlsx'}:3: unknown touchpoint id 'nope'" in result.stderr


def test_broken_table_files(bank: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    result = runner.invoke(app, ["import-scores", str(bank), str(fake)])
    assert result.exit_code == 1 and "cannot read the table" in result.stderr
    odd = tmp_path / "x.ods"
    odd.write_bytes(b"x")
    assert runner.invoke(app, ["import-scores", str(bank), str(odd)]).exit_code == 1
    assert runner.invoke(app, ["import-scores", str(bank), str(tmp_path / "no.csv")]
                         ).exit_code == 2
    assert runner.invoke(app, ["import-scores", str(bank), str(fake), "--scored-on",
                               "2025-02-30"]).exit_code == 2
    assert runner.invoke(app, ["import-scores", str(bank), str(fake), "--scored-on",
                               "2025-2-3"]).exit_code == 2


def test_invalid_map_is_never_touched(tmp_path: Path) -> None:
    target = tmp_path / "bad.cxmap.yaml"
    shutil.copyfile(CONFORMANCE / "bad-score.cxmap.yaml", target)
    before = target.read_bytes()
    t = table(tmp_path, "id,score\nx,1\n")
    result = runner.invoke(app, ["import-scores", str(target), str(t)])
    assert result.exit_code == 1
    assert "error CX" in result.stderr and "fix them first" in result.stderr
    assert target.read_bytes() == before


def test_symlinked_map_is_written_through_keeping_the_mode(bank: Path, tmp_path: Path) -> None:
    bank.chmod(0o640)
    link = tmp_path / "link.cxmap.yaml"
    link.symlink_to(bank)
    t = table(tmp_path, "id,score\ncard,-2\n")
    assert runner.invoke(app, ["import-scores", str(link), str(t)]).exit_code == 0
    assert link.is_symlink()
    assert "        score: -2\n        momentOfTruth: true" in bank.read_text()
    assert stat.S_IMODE(bank.stat().st_mode) == 0o640


def test_failing_write_leaves_the_original_intact(bank: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = bank.read_bytes()
    t = table(tmp_path, "id,score\ncard,-2\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    run = import_scores(bank, t, lang=Language.EN)
    assert run.problems == [f"cannot write {bank}: No space left on device"]
    assert not run.written
    assert bank.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.cxmap.yaml", "t.csv"]


def test_read_only_folder_is_reported(bank: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    t = table(tmp_path, "id,score\ncard,-2\n")
    tmp_path.chmod(0o500)
    try:
        result = runner.invoke(app, ["import-scores", str(bank), str(t)])
    finally:
        tmp_path.chmod(0o700)
    assert result.exit_code == 1 and "cannot write" in result.stderr


def test_export_then_import_changes_nothing_on_every_example(tmp_path: Path) -> None:
    for path in [*EXAMPLES.glob("*.cxmap.yaml"), BANK]:
        target = tmp_path / path.name
        shutil.copyfile(path, target)
        before = target.read_bytes()
        journey = load_bytes(before, path.name).journey
        assert journey is not None
        for name, data in [("a.csv", to_csv(journey)), ("b.csv", to_csv(journey, excel=True)),
                           ("c.xlsx", to_xlsx(journey, score_fills={}))]:
            t = tmp_path / name
            t.write_bytes(data)
            run = import_scores(target, t)
            assert run.problems == [] and run.changes == [], (path.name, name)
            assert target.read_bytes() == before


def test_read_csv_tracks_record_start_lines() -> None:
    data = read_csv(io.BytesIO(b'\n\nid,x\r\na,"1\r\n2"\r\nb,3\r\n').read())
    assert data.header_number == 3
    assert data.numbers == [4, 6]


def test_a_zip_that_is_not_a_workbook(bank: Path, tmp_path: Path) -> None:
    import zipfile

    fake = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    before = bank.read_bytes()
    result = runner.invoke(app, ["import-scores", str(bank), str(fake)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{fake}:1: cannot read the table: ")
    assert "Traceback" not in result.output
    assert bank.read_bytes() == before


def test_cells_of_other_types_are_reported(bank: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["id", "score", "confirmed"])
    ws.append(["card", datetime(2025, 1, 2), 1])
    wb.save(tmp_path / "d.xlsx")
    result = runner.invoke(app, ["import-scores", str(bank), str(tmp_path / "d.xlsx")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (f"{tmp_path / 'd.xlsx'}:2: score '2025-01-02 00:00:00' is not a whole "
                        "number from -2 to 2")
    assert lines[1] == f"{tmp_path / 'd.xlsx'}:2: confirmed 1 is not true or false"


@pytest.mark.parametrize(("block", "expected"), [
    ("description: >-\n          long\n          text\n\n",
     "description: >-\n          long\n          text\n        score: 1\n\n"),
    ("description: |+\n          kept\n\n\n",
     "description: |+\n          kept\n\n\n        score: 1\n"),
])
def test_a_line_added_after_a_block_scalar(tmp_path: Path, block: str, expected: str) -> None:
    head = ("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
            "      - id: a\n        name: A\n        ")
    target = tmp_path / "m.cxmap.yaml"
    target.write_text(head + block + "      - id: b\n        name: B\n")
    t = table(tmp_path, "id,score\na,1\n")
    result = runner.invoke(app, ["import-scores", str(target), str(t)])
    assert result.exit_code == 0, result.output
    assert target.read_text() == head + expected + "      - id: b\n        name: B\n"
