"""--help speaks the user's language: every command's description, example,
options, placeholders, and the parser's own words ("Usage:", "Options",
"[default: ...]", "[required]")."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from cxmap import __version__
from cxmap.cli import app
from cxmap.i18n import Language, catalogue

runner = CliRunner()
COMMANDS = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
#: words of the parser and of English prose that Polish help never shows
ENGLISH = re.compile(r"Usage:|Options:|Arguments:|Commands:|\[default|\[required\]|Show this"
                     r"|Example|\b(the|and|of|with|this|or|is|an|if|from|for)\b")


def help_of(args: list[str], lang: str) -> str:
    result = runner.invoke(app, args, env={"CXMAP_LANG": lang, "COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result.stdout


def test_root_help_in_english() -> None:
    out = help_of(["--help"], "en")
    assert out.startswith("Usage: cxmap [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nOptions:\n" in out and "\nCommands:\n" in out
    assert "  -h, --help      Show this message and exit.\n" in out
    assert "  --version       Show the version and exit.\n" in out
    assert "  validate       Check journey maps against the format and the" in out
    assert "  Example: cxmap validate maps/\n" in out


def test_root_help_in_polish() -> None:
    out = help_of(["--help"], "pl")
    assert out.startswith("Użycie: cxmap [OPCJE] POLECENIE [ARGUMENTY]...\n")
    assert "\nOpcje:\n" in out and "\nPolecenia:\n" in out
    assert "  -h, --help      Pokazuje tę pomoc i kończy działanie.\n" in out
    assert "  --version       Pokazuje wersję i kończy działanie.\n" in out
    assert "  Przykład: cxmap validate maps/\n" in out
    assert "  validate       Sprawdza mapy podróży klienta pod kątem" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


def test_command_help_in_both_languages() -> None:
    en = help_of(["validate", "--help"], "en")
    assert en.startswith("Usage: cxmap validate [OPTIONS] {PATH}...\n")
    assert "\nArguments:\n  PATH  Map files or directories to check.  [required]\n" in en
    assert "  -o, --output FILE" in en and "[default: text]" in en
    pl = help_of(["validate", "--help"], "pl")
    assert pl.startswith("Użycie: cxmap validate [OPCJE] {ŚCIEŻKA}...\n")
    assert "\nArgumenty:\n  ŚCIEŻKA  Pliki map lub katalogi do sprawdzenia.  [wymagane]\n" in pl
    assert "  -o, --output PLIK" in pl and "[domyślnie: text]" in pl
    assert "PLIK:WIERSZ:KOLUMNA: error|warning KOD komunikat" in pl
    render = help_of(["render", "--help"], "pl")
    assert "[domyślnie: 60,0; 0,1<=x<=86400,0]" in " ".join(render.split())  # a decimal comma
    english = " ".join(help_of(["render", "--help"], "en").split())
    assert "[default: 60.0; 0.1<=x<=86400.0]" in english
    serve = " ".join(help_of(["serve", "--help"], "pl").split())
    assert "[domyślnie: 127.0.0.1]" in serve  # an address is not a number
    assert "  --title TEKST " in render


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_one_example_and_reads_wholly_polish(command: str) -> None:
    en = help_of([command, "--help"], "en")
    assert en.count("Example: cxmap " + command + " ") == 1
    assert "Usage: cxmap " + command in en
    pl = help_of([command, "--help"], "pl")
    assert pl.count("Przykład: cxmap " + command + " ") == 1
    assert pl.startswith(f"Użycie: cxmap {command} [OPCJE]")
    assert "\nOpcje:\n" in pl
    assert not ENGLISH.search(pl), ENGLISH.search(pl)


def test_every_command_and_parameter_has_help_in_the_catalogue() -> None:
    group = typer.main.get_command(app)
    for lang in Language:
        table = catalogue("help", lang)
        for name, command in [("root", group), *group.commands.items()]:  # type: ignore[attr-defined]
            assert name in table
            for param in command.params:
                assert f"{name}.{param.name}" in table, (lang, name, param.name)
                if param.metavar:
                    assert f"meta.{param.metavar}" in table


@pytest.mark.parametrize("args", [
    ["--lang", "pl", "diff", "--help"],
    ["diff", "--help", "--lang", "pl"],
    ["diff", "--lang=pl", "--help"],
    ["--lang", "PL", "--help"],
])
def test_lang_on_the_command_line_chooses_the_help_language(args: list[str]) -> None:
    out = help_of(args, "en")
    assert out.startswith("Użycie: cxmap ")
    assert not ENGLISH.search(out)


def test_english_on_the_command_line_wins_over_the_environment() -> None:
    out = help_of(["diff", "--help", "--lang", "en"], "pl")
    assert out.startswith("Usage: cxmap diff [OPTIONS] {OLD} {NEW}\n")
    assert "Example: cxmap diff v2024:maps/bank.cxmap.yaml maps/bank.cxmap.yaml" in out


def test_the_locale_chooses_the_help_language() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("CXMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = "pl_PL.UTF-8"
    run = subprocess.run([sys.executable, "-m", "cxmap", "fmt", "--help"], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert run.stdout.startswith("Użycie: python -m cxmap fmt [OPCJE] {ŚCIEŻKA}...\n")
    assert "Przykład: cxmap fmt --check maps/" in run.stdout


def test_no_arguments_shows_the_help_in_the_language() -> None:
    result = runner.invoke(app, [], env={"CXMAP_LANG": "pl", "COLUMNS": "80"})
    assert result.exit_code == 2
    assert result.stderr.startswith("Użycie: cxmap [OPCJE] POLECENIE [ARGUMENTY]...\n\n"
                                    "  Mapy podróży klienta")
    assert "Błąd" not in result.stderr


def test_lang_before_the_command_speaks_for_it_and_is_not_kept() -> None:
    before = os.environ.get("CXMAP_LANG")
    result = runner.invoke(app, ["--lang", "pl", "explain", "CX004"], env={"CXMAP_LANG": "en"})
    assert result.exit_code == 0
    assert "Nową mapę zacznij poleceniem `cxmap init PLIK`" in result.stdout
    assert os.environ.get("CXMAP_LANG") == before
    result = runner.invoke(app, ["--lang", "xx", "explain", "CX004"], env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 2
    assert "niepoprawna wartość '--lang': 'xx' nie należy do: 'en', 'pl'." in result.stderr


def test_the_console_script_helps_and_fails_as_the_application() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cxmap", *args], capture_output=True,
                              text=True, timeout=60,
                              env={**os.environ, "CXMAP_LANG": "en", "COLUMNS": "80"})

    process = run("--lang", "pl", "validate", "--help")
    whole = runner.invoke(app, ["--lang", "pl", "validate", "--help"], env={"COLUMNS": "80"})
    assert process.returncode == whole.exit_code == 0
    # the same words (the wrapping width is the terminal's, not the same here)
    assert process.stdout.replace("python -m cxmap", "cxmap").split() == whole.stdout.split()
    version = run("--version")
    assert (version.returncode, version.stdout, version.stderr) == (0, f"cxmap {__version__}\n", "")
    wrong = run("valdate")
    assert wrong.returncode == 2
    assert "No such command 'valdate'. Did you mean 'validate'?" in wrong.stderr
