"""The command contract, exactly: outputs, exit codes and messages that scripts
and people rely on, checked word for word in English and in Polish."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app

runner = CliRunner()

MAP = """\
cxmap: 1
id: konto
title: Konto
currency: {currency}
stages:
  - id: s
    name: S
    touchpoints:
      - id: a
        name: A
        score: 0
"""


@pytest.mark.parametrize(("currency", "lang", "line"), [
    ("pln", "en", "currency of the map is 'pln': not an ISO 4217 currency code; "
                  "did you mean 'PLN'?"),
    ("pln", "pl", "currency w mapie ma wartość 'pln': to nie jest kod waluty ISO 4217; "
                  "czy chodziło o 'PLN'?"),
    ("EURO", "en", "currency of the map is 'EURO': not an ISO 4217 currency code; "
                   "write three capital letters, e.g. PLN or EUR"),
    ("EURO", "pl", "currency w mapie ma wartość 'EURO': to nie jest kod waluty ISO 4217; "
                   "wpisz trzy wielkie litery, np. PLN albo EUR"),
])
def test_a_currency_that_is_not_a_code_is_said_in_the_run_language(
        tmp_path: Path, currency: str, lang: str, line: str) -> None:
    path = tmp_path / "m.cxmap.yaml"
    path.write_text(MAP.format(currency=currency), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--no-config", "--lang", lang, str(path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:4:11: error CX102 {line}"


COMMANDS = ["validate", "render", "report", "diff", "history", "serve", "schema", "explain",
            "init", "export", "dataset", "import-scores", "import-survey", "fmt"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_takes_lang_after_its_name(name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "--lang <en|pl>" in result.output or "--lang LANG" in result.output, result.output


def test_every_command_is_in_the_list() -> None:
    from typer.main import get_command

    assert sorted(get_command(app).commands) == sorted(COMMANDS)  # type: ignore[attr-defined]


def test_schema_refuses_an_output_under_a_file_in_the_run_language(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "cxmap.schema.json"
    result = runner.invoke(app, ["schema", "--lang", "pl", "-o", str(target)],
                           env={"CXMAP_LANG": "en"})
    assert result.exit_code == 2
    assert result.stderr == (f"cxmap: błąd: nie można zapisać {target}: {tmp_path / 'file'} "
                             "to plik, a nie katalog\n")


def test_an_unknown_choice_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap.yaml"
    path.write_text(MAP.format(currency="PLN"), encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "m.svg"),
                                 "--view", "grid"], env={"CXMAP_LANG": "en"})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--view': 'grid' is not one of 'flow', 'canvas'.")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "m.svg"),
                                 "--view", "grid"], env={"CXMAP_LANG": "pl"})
    assert result.stderr.splitlines()[-1] == (
        "Błąd: niepoprawna wartość '--view': 'grid' nie należy do: 'flow', 'canvas'.")


#: the columns the warehouse export promises for touchpoints, in this order
#: (other columns may stand between them)
TOUCHPOINT_COLUMNS = [
    "repo", "path", "journey_id", "stage_id", "touchpoint_id", "position", "name", "branches",
    "channel", "owner", "score", "target", "moment_of_truth", "customer_effort", "confirmed",
    "reach", "pillars", "evidence", "survey_metric", "survey_responses", "survey_positive",
    "survey_negative", "scored_on"]


def test_the_dataset_has_the_promised_tables_and_columns(tmp_path: Path) -> None:
    import shutil

    pq = pytest.importorskip("pyarrow.parquet")
    from tests.conftest import CONFORMANCE

    shutil.copy(CONFORMANCE / "bank-2024-surveyed.cxmap.yaml", tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["dataset", str(tmp_path), "-o", str(out), "--repo", "cx"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.parquet" for t in ("journeys", "stages", "touchpoints", "projects",
                                  "project_touchpoints", "departments")] + ["views.sql"])
    for table in ("journeys", "stages", "touchpoints", "projects", "project_touchpoints",
                  "departments"):
        assert pq.read_schema(out / f"{table}.parquet").names[:3] == [
            "repo", "path", "journey_id"]
    names = pq.read_schema(out / "touchpoints.parquet").names
    assert [n for n in names if n in TOUCHPOINT_COLUMNS] == TOUCHPOINT_COLUMNS
    rows = pq.read_table(out / "touchpoints.parquet").to_pylist()
    assert [r["touchpoint_id"] for r in rows] == [
        "comparison", "office-visit", "app-install", "id-check", "contract", "card",
        "welcome-call"]
    check = rows[3]
    assert (check["repo"], check["stage_id"], check["position"], check["branches"],
            check["score"], check["target"], check["survey_metric"],
            check["survey_responses"], check["survey_positive"], check["survey_negative"],
            str(check["scored_on"])) == ("cx", "open", 3, ["mobile"], 1, None, "csat5", 50,
                                         33, 9, "2025-05-20")
