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
