"""Usage errors, --lang and the environment: the command line speaks the
user's language; exit codes and machine formats do not change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.cli_errors import translate
from cxmap.i18n import Language

runner = CliRunner()


@pytest.mark.parametrize(("args", "en", "pl"), [
    (["validate", "--foo"], "Error: No such option: --foo", "Błąd: nie ma opcji --foo"),
    (["diff"], "Error: Missing argument 'OLD'.", "Błąd: brak argumentu 'STARA'."),
    (["validate", "--verbos", "x"], "Error: No such option: --verbos (Possible options: "
     "--verbose)", "Błąd: nie ma opcji --verbos (czy chodziło o: --verbose?)"),
    (["valdate", "x"], "Error: No such command 'valdate'. Did you mean 'validate'?",
     "Błąd: nie ma polecenia 'valdate'. Czy chodziło o 'validate'?"),
    (["diff", "a", "b", "--format", "xx"],
     "Error: Invalid value for '--format' / '-f': 'xx' is not one of 'text', "
     "'markdown', 'json'.",
     "Błąd: niepoprawna wartość '--format' / '-f': 'xx' nie należy do: 'text', "
     "'markdown', 'json'."),
    (["diff", "a", "b", "c"], "Error: Got unexpected extra argument(s) (c)",
     "Błąd: nieoczekiwany dodatkowy argument (c)"),
    (["diff", "a", "b", "--limit", "-1"],
     "Error: Invalid value for '--limit': Input should be greater than or equal to 0",
     "Błąd: niepoprawna wartość '--limit': najmniejsza dozwolona to 0."),
    (["render", "m", "-o", "m.png", "--dpi", "5000"],
     "Error: Invalid value for '--dpi': Input should be less than or equal to 1200",
     "Błąd: niepoprawna wartość '--dpi': największa dozwolona to 1200."),
    (["render", "m", "-o", "m.svg", "--timeout", "0.01"],
     "Error: Invalid value for '--timeout': Input should be greater than or equal to 0.1",
     "Błąd: niepoprawna wartość '--timeout': najmniejsza dozwolona to 0,1."),
    (["render", "m", "-o", "m.svg", "--timeout", "soon"],
     "Error: Invalid value for '--timeout': Input should be a valid number",
     "Błąd: niepoprawna wartość '--timeout': to nie jest liczba."),
    (["diff", "a", "b", "--limit", "many"],
     "Error: Invalid value for '--limit': Input should be a valid integer",
     "Błąd: niepoprawna wartość '--limit': to nie jest liczba całkowita."),
])
def test_usage_errors_in_both_languages(args: list[str], en: str, pl: str) -> None:
    result = runner.invoke(app, args, env={"CXMAP_LANG": "en"})
    assert result.exit_code == 2
    assert en in result.stderr
    assert "Try 'cxmap" in result.stderr and result.stderr.startswith("Usage: cxmap")
    result = runner.invoke(app, args, env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 2
    assert pl in result.stderr
    assert result.stderr.startswith("Użycie: cxmap") and "Pomoc: 'cxmap" in result.stderr


def test_lang_on_the_command_line_wins_for_usage_errors() -> None:
    result = runner.invoke(app, ["diff", "a", "b", "--bogus", "--lang", "pl"],
                           env={"CXMAP_LANG": "en"})
    assert result.exit_code == 2 and "Błąd: nie ma opcji --bogus" in result.stderr
    result = runner.invoke(app, ["diff", "--lang=en", "--bogus"], env={"CXMAP_LANG": "pl"})
    assert "Error: No such option: --bogus" in result.stderr


def test_unknown_message_stays_as_it_is() -> None:
    assert translate("something new", Language.PL) == "something new"


def test_unknown_language_is_a_usage_error_in_the_environment_language() -> None:
    result = runner.invoke(app, ["validate", "--lang", "de", "x"], env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 2 and "nieznany język 'de' (użyj en albo pl)" in result.stderr


def test_real_process_exit_codes_and_polish(tmp_path: Path) -> None:
    good = Path(__file__).parent / "cases" / "valid"
    env = {"CXMAP_LANG": "pl", "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "cxmap", "validate", "--nope"],
                         capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 2 and "Błąd: nie ma opcji --nope" in run.stderr
    run = subprocess.run([sys.executable, "-m", "cxmap", "validate", str(good)],
                         capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert " warning CX313 mapa ma oceny, ale nie ma daty 'scoredOn'" in run.stdout
    assert run.stdout.splitlines()[-1] == "Sprawdzono 3 pliki: 0 błędów, 10 ostrzeżeń"


def test_lang_on_the_command_line_speaks_for_every_word_of_the_run(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "f.cxmap.yaml"
    os.mkfifo(fifo)  # refused before any command option is looked at
    env = {k: v for k, v in os.environ.items()
           if k not in ("CXMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    run = subprocess.run([sys.executable, "-m", "cxmap", "validate", "--lang", "pl", str(fifo)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 1
    assert (f"{fifo}:1:1: error CX003 nie można odczytać pliku: to kolejka FIFO "
            "(nazwany potok), a nie zwykły plik") in run.stdout
    assert "Sprawdzono 1 plik: 1 błąd, 0 ostrzeżeń" in run.stdout


@pytest.mark.parametrize(("args", "pl"), [
    (["validate", "brak.yaml"], "cxmap: błąd: ścieżka 'brak.yaml' nie istnieje\n"),
    (["render", "brak.yaml", "-o", "x.svg"],
     "cxmap: błąd: mapa 'brak.yaml' nie istnieje albo nie jest plikiem\n"),
    (["render", "MAP", "-o", "x.txt"],
     "cxmap: błąd: nieznane rozszerzenie pliku wynikowego '.txt' (znane: .svg, .png, .pdf, "
     ".dot, .gv, .mmd, .mermaid); podaj --format\n"),
    (["render", "MAP", "-o", "-"],
     "cxmap: błąd: -o - wymaga --format (svg, dot, mmd albo mermaid-journey)\n"),
    (["render", "MAP", "-o", "-", "-f", "png"],
     "cxmap: błąd: png to format binarny: zapisz go do pliku, nie na standardowe wyjście\n"),
    (["render", "MAP", "-o", "x.dot", "--view", "canvas"],
     "cxmap: błąd: --view canvas rysuje svg, png albo pdf, nie dot\n"),
    (["render", "MAP", "-o", "x.svg", "-b", "nic"],
     "cxmap: błąd: nieznana ścieżka 'nic' (znane: online, salon, infolinia)\n"),
    (["report", "MAP", "-o", "x.doc"],
     "cxmap: błąd: nieznane rozszerzenie raportu '.doc' (znane: .md, .markdown, .html, .htm, "
     ".pdf, .pptx); podaj --format\n"),
    (["report", "MAP", "-o", "x.md", "-f", "word"],
     "cxmap: błąd: nieznany format raportu 'word' (do wyboru: markdown, html, pdf, pptx)\n"),
    (["report", "MAP", "-o", "x.md", "--each"],
     "cxmap: błąd: --each wymaga katalogu (portfela map)\n"),
    (["report", "DIR", "-o", "x.md", "--compare", "MAP"],
     "cxmap: błąd: --compare wymaga pliku mapy, nie katalogu\n"),
])
def test_the_command_lines_own_usage_errors_in_polish(args: list[str], pl: str,
                                                      tmp_path: Path) -> None:
    import shutil

    root = Path(__file__).resolve().parents[1]
    shutil.copy(root / "examples" / "sklep-omnichannel.cxmap.yaml", tmp_path / "m.cxmap.yaml")
    args = [str(tmp_path / "m.cxmap.yaml") if a == "MAP" else str(tmp_path) if a == "DIR"
            else a for a in args]
    result = runner.invoke(app, args, env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 2
    assert result.stderr == pl


def test_invalid_maps_under_fmt_and_render_are_told_in_polish(tmp_path: Path) -> None:
    bad = tmp_path / "zla.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: a\ntitle: T\nstages:\n  - id: s\n    name: Wizyta: oddział\n")
    expected = (f"{bad}:6:11: error CX001 tekst w 'name' zawiera „: ”, a YAML czyta to jako "
                "nowy klucz; ujmij tekst w cudzysłów: name: \"Wizyta: oddział\"\n"
                "Sprawdzono 1 plik: 1 błąd, 0 ostrzeżeń\n")
    result = runner.invoke(app, ["render", str(bad), "-o", str(tmp_path / "x.svg")],
                           env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 1
    assert result.stderr == expected
    # fmt gives the diagnostics as validate does, then says it left the file
    result = runner.invoke(app, ["fmt", str(bad)], env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 1
    assert result.stderr == expected + (f"cxmap: błąd: nie można odczytać pliku {bad} jako "
                                        "YAML, więc pozostawiono go bez zmian\n")


def test_diff_names_project_statuses_in_the_language() -> None:
    root = Path(__file__).resolve().parents[1] / "examples"
    args = ["diff", str(root / "telecom-contract.cxmap.yaml"),
            str(root / "telecom-contract-2025.cxmap.yaml"), "-f", "markdown"]
    pl = runner.invoke(app, [*args, "--lang", "pl"])
    assert pl.exit_code == 0
    assert "| `port-tracker` | Number-porting tracker with SMS at every step | status | " \
           "w realizacji → zakończony |" in pl.stdout
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert "| status | in-progress → done |" in en.stdout


# ------------------------------------------------------------------ --lang before the command
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TELECOM = EXAMPLES / "telecom-contract.cxmap.yaml"        # language: en
SKLEP = EXAMPLES / "sklep-omnichannel.cxmap.yaml"         # language: pl


@pytest.mark.parametrize("args", [
    ["--lang", "pl", "report", str(TELECOM), "-o", "-", "-f", "markdown"],
    ["report", "--lang", "pl", str(TELECOM), "-o", "-", "-f", "markdown"],
])
def test_lang_before_or_after_the_command_sets_the_reports_language(args: list[str]) -> None:
    result = runner.invoke(app, args, env={"CXMAP_LANG": "en"})
    assert result.exit_code == 0, result.stderr
    assert "**Ocena z dnia:** 2024-05-20" in result.stdout
    assert "## Podsumowanie" in result.stdout and "## Summary" not in result.stdout


def test_the_commands_own_lang_outranks_the_one_before_it() -> None:
    result = runner.invoke(app, ["--lang", "pl", "report", "--lang", "en", str(TELECOM),
                                 "-o", "-", "-f", "markdown"], env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 0, result.stderr
    assert "## Summary" in result.stdout and "## Podsumowanie" not in result.stdout


@pytest.mark.parametrize(("source", "args", "legend", "other"), [
    (TELECOM, ["render", "--lang", "pl"], "Ocena", "Score"),
    (TELECOM, ["--lang", "pl", "render"], "Ocena", "Score"),
    (SKLEP, ["render", "--lang", "en"], "Score", "Ocena"),
    (SKLEP, ["render"], "Ocena", "Score"),          # the map's own language
])
def test_render_draws_in_the_language_asked_for(source: Path, args: list[str], legend: str,
                                                other: str) -> None:
    result = runner.invoke(app, [*args, str(source), "-o", "-", "-f", "svg"],
                           env={"CXMAP_LANG": "en"})
    assert result.exit_code == 0, result.stderr
    assert f">{legend}<" in result.stdout and f">{other}<" not in result.stdout


def test_renders_note_speaks_the_drawings_language(tmp_path: Path) -> None:
    """A canvas too big for its page says so in the language of the drawing."""
    big = tmp_path / "big.cxmap.yaml"
    subprocess.run([sys.executable, str(Path(__file__).resolve().parent.parent / "benchmarks"
                                        / "generate.py"), "60", str(big), "--stages", "12"],
                   check=True, capture_output=True)
    for lang, note in (("en", "cxmap: note: the map does not fit A4 at 8 pt"),
                       ("pl", "cxmap: uwaga: mapa nie mieści się na A4 przy 8 pt")):
        result = runner.invoke(app, ["render", "--lang", lang, str(big), "--view", "canvas",
                                     "--page", "a4", "-o", str(tmp_path / f"{lang}.svg")],
                               env={"CXMAP_LANG": "en"})
        assert result.exit_code == 0, result.stderr
        assert result.stderr.startswith(note), result.stderr
