"""A refusal says everything in the run's language, including what it quotes.

When ``import-survey`` or ``import-scores`` refuses to write because the
rewritten map would not be valid, it quotes the map's first error: that
diagnostic is worded as ``validate`` words it in the run's language (its
code stays a code).  The same holds for a value that cannot be changed in
place, for ``fmt``'s reasons and for ``diff --fail-on``'s unknown conditions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.commands.edit_import import ImportRun, write_changes
from cxmap.commands.load import load_bytes
from cxmap.edit.patch import PatchError
from cxmap.edit.scores import Change
from cxmap.i18n import Language
from tests.conftest import CONFORMANCE

runner = CliRunner()
BANK = CONFORMANCE / "bank-2024.cxmap.yaml"
COUNTS = CONFORMANCE / "survey-counts.csv"


def run(lang: str, *args: object) -> tuple[int, str, str]:
    result = runner.invoke(app, [*map(str, args)], env={"CXMAP_LANG": lang,
                                                          "LANG": "pl_PL.UTF-8"})
    return result.exit_code, result.stdout, result.stderr


def bank_with(tmp_path: Path, old: str, new: str) -> Path:
    text = BANK.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "bank.cxmap.yaml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.fixture
def anchored_map(tmp_path: Path) -> Path:
    """Two touchpoints share a score through an anchor and an alias: changing
    the anchored value in place drops the anchor, so the rewritten map would
    not be valid (its alias has no anchor) and nothing is written."""
    text = BANK.read_text(encoding="utf-8")
    anchor = "        branch: branch-office\n        score: -1\n"
    alias = "        name: Sign the contract\n        branch: branch-office\n        score: 0\n"
    assert anchor in text and alias in text
    text = text.replace(anchor, anchor.replace("score: -1", "score: &low -1"), 1)
    text = text.replace(alias, alias.replace("score: 0", "score: *low"), 1)
    target = tmp_path / "bank.cxmap.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def office_visit_counts(tmp_path: Path) -> Path:
    counts = tmp_path / "ankieta.csv"
    counts.write_text("touchpoint,metric,responses,positive,negative\n"
                      "office-visit,csat5,50,40,2\n", encoding="utf-8")
    return counts


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "{map}: mapa po zmianie byłaby błędna, nic nie zapisano: 45:16: CX007 alias *low "
           "nie ma kotwicy\n{map}: nic nie zapisano\n"),
    ("en", "{map}: the rewritten map would not be valid, nothing written: 45:16: CX007 "
           "alias *low has no anchor\n{map}: nothing written\n"),
])
def test_import_survey_quotes_the_invalid_result_in_the_runs_language(
        anchored_map: Path, tmp_path: Path, lang: str, said: str) -> None:
    before = anchored_map.read_bytes()
    code, out, err = run(lang, "import-survey", anchored_map, office_visit_counts(tmp_path))
    assert (code, out) == (1, "")
    assert err == said.format(map=anchored_map)
    assert anchored_map.read_bytes() == before


def test_import_survey_with_lang_option_quotes_in_polish(anchored_map: Path,
                                                         tmp_path: Path) -> None:
    code, _, err = run("en", "import-survey", "--lang", "pl", anchored_map,
                       office_visit_counts(tmp_path))
    assert code == 1
    assert "45:16: CX007 alias *low nie ma kotwicy\n" in err


def test_import_scores_quotes_the_invalid_result_in_polish(anchored_map: Path,
                                                           tmp_path: Path) -> None:
    table = tmp_path / "oceny.csv"
    table.write_text("id,score\noffice-visit,2\n", encoding="utf-8")
    before = anchored_map.read_bytes()
    code, out, err = run("pl", "import-scores", anchored_map, table)
    assert (code, out) == (1, "")
    assert err == (f"{anchored_map}: mapa po zmianie byłaby błędna, nic nie zapisano: "
                   f"40:16: CX007 alias *low nie ma kotwicy\n{anchored_map}: nic nie zapisano\n")
    assert anchored_map.read_bytes() == before


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "bank.cxmap.yaml: mapa po zmianie byłaby błędna, nic nie zapisano: 46:16: CX103 "
           "score: 7 w punkcie styku 'card' nie jest liczbą całkowitą od -2 do +2"),
    ("en", "bank.cxmap.yaml: the rewritten map would not be valid, nothing written: 46:16: "
           "CX103 score 7 of touchpoint 'card' is not a whole number from -2 to +2"),
])
def test_write_changes_words_the_first_error_as_validate_does(tmp_path: Path, lang: str,
                                                              said: str) -> None:
    raw = BANK.read_bytes()
    target = tmp_path / "bank.cxmap.yaml"
    target.write_bytes(raw)
    loaded = load_bytes(raw, "bank.cxmap.yaml")
    planned = ImportRun(loaded=loaded, changes=[Change("card", "score", 1, 7)])
    done = write_changes(planned, raw, Path("bank.cxmap.yaml"), dry_run=True,
                         lang=Language(lang))
    assert done.problems == [said]
    assert done.new_text is None and not done.written


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "{map}: id-check: nie można zmienić survey bez naruszania reszty pliku: nie można "
           "usunąć klucza, który nie stoi sam w swoim wierszu\n{map}: nic nie zapisano\n"),
    ("en", "{map}: id-check: cannot change survey in place: cannot remove a key that is not "
           "alone on its line\n{map}: nothing written\n"),
])
def test_a_value_not_changeable_in_place_is_said_in_the_runs_language(
        tmp_path: Path, lang: str, said: str) -> None:
    target = bank_with(tmp_path, "        name: Identity check\n",
                       "        name: Identity check\n        survey:\n          metric: csat5\n"
                       "          responses: 40\n          positive: 20\n          negative: 9\n"
                       "          source: |\n            Wave one\n")
    before = target.read_bytes()
    code, out, err = run(lang, "import-survey", target, COUNTS)
    assert (code, out) == (1, "")
    assert err == said.format(map=target)
    assert target.read_bytes() == before


def test_a_top_level_value_not_changeable_in_place_in_polish(tmp_path: Path) -> None:
    target = bank_with(tmp_path, "scoredOn: 2024-04-10", "scoredOn: |-\n  2024-04-10")
    code, _, err = run("pl", "import-survey", target, COUNTS, "--scored-on", "2025-05-01")
    assert code == 1
    assert err == (f"{target}: nie można zmienić scoredOn bez naruszania reszty pliku: "
                   f"wartość jest tekstem blokowym (| albo >)\n{target}: nic nie zapisano\n")


def test_every_patch_reason_is_in_both_languages() -> None:
    reasons = ["key_not_text", "alias_key", "top_not_mapping", "not_scalar", "block_scalar",
               "no_colon", "no_place", "nested_values", "is_list", "not_alone"]
    for reason in reasons:
        english, polish = (PatchError(reason).text(lang) for lang in Language)
        assert english and polish and english != polish
    assert str(PatchError("no_touchpoint", id="x")) == "touchpoint 'x' not found"
    assert PatchError("no_touchpoint", id="x").text(Language.PL) == \
        "nie znaleziono punktu styku 'x'"


@pytest.mark.parametrize(("problem", "reason"), [
    (PatchError("alias_key"), "alias użyty jako klucz mapowania"),
    ("layout", "drugie formatowanie dałoby inny układ niż pierwsze"),
])
def test_fmt_says_why_it_cannot_reformat_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   problem: object, reason: str) -> None:
    from cxmap.edit import fmt

    def refuse(raw: bytes, item_comment_stays: bool = False) -> fmt.Formatted:
        raise problem if isinstance(problem, PatchError) else fmt.FormatProblem(str(problem))

    monkeypatch.setattr(fmt, "format_bytes", refuse)
    target = tmp_path / "bank.cxmap.yaml"
    shutil.copyfile(BANK, target)
    code, out, err = run("pl", "fmt", target)
    assert code == 1
    assert err == (f"cxmap: błąd: {target}: nie można sformatować: {reason}; plik "
                   "pozostawiono bez zmian\n")
    assert out == "sformatowano 0 z 1 pliku\n"


@pytest.mark.parametrize(("lang", "conditions", "said"), [
    ("pl", "bogus", "cxmap: błąd: nieznany warunek --fail-on: 'bogus'; do wyboru: "),
    ("pl", "worsened,bogus,nope", "cxmap: błąd: nieznane warunki --fail-on: 'bogus', 'nope'; "
                                  "do wyboru: "),
    ("en", "bogus", "cxmap: error: unknown --fail-on condition 'bogus'; choose from "),
])
def test_diff_names_unknown_gate_conditions_in_the_runs_language(lang: str, conditions: str,
                                                                 said: str) -> None:
    code, out, err = run(lang, "diff", BANK, BANK, "--fail-on", conditions)
    assert (code, out) == (2, "")
    assert err == said + ("improved, worsened, unchanged, added, removed, unscored, drift, "
                          "target-lost, mean-worsened, stage-removed, branch-removed, "
                          "survey-worsened, any\n")


# ----------------------------------------------------------------------------- configuration
@pytest.mark.parametrize(("text", "where", "message"), [
    ('[rules]\nCX301 = "off"\nunsed-branch = "error"\n', "3:1",
     "nieznana reguła 'unsed-branch'; czy chodziło o 'unused-branch'?"),
    ('[rules]\nCX301 = "of"\n', "2:1",
     "nieznany poziom 'of' dla CX301 (użyj \"off\", \"warning\" albo \"error\")"),
    ('[rules]\nCX201 = "off"\n', "2:1", "CX201 (CX201 unknown-branch) to błąd formatu: "
     "problemów o kodach poniżej CX300 nie można wyłączyć ani zmienić"),
    ('[rules]\n"stale-scoring" = { mnths = 6 }\n', "2:21",
     "nieznana opcja 'mnths' reguły stale-scoring (opcje: months); czy chodziło o 'months'?"),
    ('[rules.stale-scoring]\nseverity = "error"\nmonths = "six"\n', "3:1",
     "opcja 'months' reguły stale-scoring: wartość musi być liczbą całkowitą"),
    ('[rules.stale-scoring]\nmonths = 0\n', "2:1",
     "opcja 'months' reguły stale-scoring: wartość musi wynosić co najmniej 1"),
    ('[rules]\ntoo-many-delighters = { max-share = 1.5 }\n', "2:25",
     "opcja 'max-share' reguły too-many-delighters: wartość może wynosić najwyżej 1"),
    ('[rules]\nlow-reach-project = { min-reach = "5" }\n', "2:23",
     "opcja 'min-reach' reguły low-reach-project: wartość musi być liczbą"),
    ('[rules]\nself-loop = { severity = "error", limit = 2 }\n', "2:35",
     "reguła self-loop (CX302) nie ma opcji (znaleziono 'limit')"),
    ('[rules]\nCX301 = "off"\nunused-branch = "error"\n', "3:1",
     "CX301 (unused-branch) ustawiono dwa razy: jako 'CX301' i jako 'unused-branch'"),
    ("strict = 1\n", "1:1", "'strict' musi mieć wartość true albo false"),
    ("\n\nstrikt = true\n", "3:1", "nieznane ustawienie 'strikt' (znane: strict, rules, "
     "survey); czy chodziło o 'strict'?"),
    ("rules = 1\n", "1:1", "'rules' musi być tabelą wpisów reguła = poziom"),
    ("survey = 1\n", "1:1", "'survey' musi być tabelą"),
    ("[survey]\nmin-respones = 2\n", "2:1", "nieznane ustawienie ankiety 'min-respones' "
     "(znane: cuts, min-responses, min-confidence); czy chodziło o 'min-responses'?"),
    ("[survey]\ncuts = [1]\n", "2:1", "'cuts' w [survey] musi być czterema rosnącymi liczbami "
     "od -1 do 1, np. [-0.6, -0.2, 0.2, 0.6]"),
    ("[survey]\nmin-responses = 0\n", "2:1",
     "'min-responses' w [survey] musi być liczbą całkowitą nie mniejszą niż 1"),
    ("[survey]\nmin-confidence = 2\n", "2:1", "'min-confidence' w [survey] musi być liczbą "
     "od 0 do 1"),
    ('[rules]\nCX301 = "off\n', "2:13", "to nie jest poprawny TOML: niedozwolony znak '\\n'"),
    ("[rules]\nCX301 = \n", "2:9", "to nie jest poprawny TOML: niepoprawna wartość"),
    ("[rules]\n[rules]\n", "2:7", "to nie jest poprawny TOML: tabelę 'rules' zadeklarowano "
     "dwa razy"),
    ('strict = true false\n', "1:15", "to nie jest poprawny TOML: po wartości może być "
     "w tym samym wierszu już tylko komentarz"),
    ('[rules]\nCX301 = "off"\nCX301 = "error"\n', "3:16",
     "to nie jest poprawny TOML: nie można nadpisać wartości, którą ten klucz już ma"),
])
def test_configuration_errors_speak_polish(tmp_path: Path, text: str, where: str,
                                           message: str) -> None:
    """The configuration's problems, as test_config checks them in English."""
    shutil.copyfile(BANK, tmp_path / "bank.cxmap.yaml")
    config = tmp_path / ".cxmap.toml"
    config.write_text(text, encoding="utf-8")
    code, out, err = run("pl", "validate", tmp_path)
    assert (code, out) == (2, "")
    assert err == f"cxmap: błąd: {config}:{where}: {message}\n"


def test_import_survey_refuses_a_bad_configuration_in_polish(bank_in_folder: Path) -> None:
    config = bank_in_folder.parent / ".cxmap.toml"
    config.write_text("[survey]\nmin-confidence = 1.5\n", encoding="utf-8")
    before = bank_in_folder.read_bytes()
    code, out, err = run("pl", "import-survey", bank_in_folder, COUNTS)
    assert (code, out) == (2, "")
    assert err == (f"cxmap: błąd: {config}:2:1: 'min-confidence' w [survey] musi być liczbą "
                   "od 0 do 1\n")
    assert bank_in_folder.read_bytes() == before


@pytest.fixture
def bank_in_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mapy"
    folder.mkdir()
    return Path(shutil.copyfile(BANK, folder / "bank.cxmap.yaml"))


@pytest.mark.parametrize(("args", "said"), [
    (["--config", "brak.toml"], "cxmap: błąd: brak.toml:1:1: plik konfiguracji nie istnieje\n"),
])
def test_a_missing_configuration_in_polish(bank_in_folder: Path, args: list[str],
                                           said: str) -> None:
    code, _, err = run("pl", "validate", *args, bank_in_folder)
    assert (code, err) == (2, said)


def test_a_bad_cxmap_today_in_polish(bank_in_folder: Path) -> None:
    result = runner.invoke(app, ["validate", str(bank_in_folder)],
                           env={"CXMAP_LANG": "pl", "CXMAP_TODAY": "2025/04/01"})
    assert result.exit_code == 2
    assert result.stderr == ("cxmap: błąd: CXMAP_TODAY:1:1: '2025/04/01' nie jest datą "
                             "w postaci RRRR-MM-DD\n")


@pytest.mark.parametrize(("lang", "toml", "said"), [
    ("pl", '[columns]\nQ1 = { touchpoint = "id-check", metric = "csat5" \n',
     "{columns}:2: to nie jest poprawny TOML: niezamknięta tabela w nawiasach klamrowych "
     "(wiersz 2, kolumna 50)\n{map}: nic nie zapisano\n"),
    ("pl", '[columns]\nQ1 = "id-check\n',
     "{columns}:2: to nie jest poprawny TOML: niedozwolony znak '\\n' (wiersz 2, kolumna 15)\n"
     "{map}: nic nie zapisano\n"),
    ("pl", '[columns]\nQ1 = { touchpoint = "id-check", metric = "csat5"',
     "{columns}:2: to nie jest poprawny TOML: niezamknięta tabela w nawiasach klamrowych "
     "(na końcu pliku)\n{map}: nic nie zapisano\n"),
    ("en", '[columns]\nQ1 = { touchpoint = "id-check", metric = "csat5" \n',
     "{columns}:2: not valid TOML: Unclosed inline table (at line 2, column 50)\n"
     "{map}: nothing written\n"),
    ("en", '[columns]\nQ1 = { touchpoint = "id-check", metric = "csat5"',
     "{columns}:2: not valid TOML: Unclosed inline table (at end of document)\n"
     "{map}: nothing written\n"),
])
def test_a_columns_file_that_is_not_toml_is_said_in_the_runs_language(
        tmp_path: Path, bank_in_folder: Path, lang: str, toml: str, said: str) -> None:
    columns = tmp_path / "kolumny.toml"
    columns.write_text(toml, encoding="utf-8")
    code, out, err = run(lang, "import-survey", bank_in_folder, COUNTS, "--columns", columns)
    assert (code, out) == (1, "")
    assert err == said.format(columns=columns, map=bank_in_folder)


def test_every_toml_complaint_is_put_in_polish() -> None:
    """Real tomllib errors, one per message it has: each one is recognised
    (a Python that rewords one fails here, not in front of an analyst)."""
    import tomllib

    from cxmap.util.tomlerror import toml_problem

    broken = ["a b", "[t", "[[t]", 'a = "\\uD800"', "a = 1\na = 2", "[a]\n[a]",
              "a = {b = 1, b = 2}", 'a = "x\x01"', "a = 1 b", "= 1", "a = ?", "a = [1",
              "a = {b = 1", 'a = "\\q"', 'a = "x', "a = [1]\n[[a]]", "a = 0x",
              "a.b = 1\n[a.b.c]\n[a]", "a = 1979-05-27T25:00:00"]
    seen = set()
    for text in broken:
        with pytest.raises(tomllib.TOMLDecodeError) as info:
            tomllib.loads(text)
        english = toml_problem(info.value, text, Language.EN)
        polish = toml_problem(info.value, text, Language.PL)
        assert english.reason != polish.reason, (text, english)
        assert (english.line, english.column) == (polish.line, polish.column)
        assert polish.position.startswith(("(wiersz ", "(na końcu pliku)"))
        seen.add(english.reason)
    assert len(seen) >= 15


# ----------------------------------------------------------------------------- tables
def _zip(path: Path, files: dict[str, str]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def _damaged_sheet(folder: Path) -> Path:
    """A real workbook whose sheet's XML is cut in half."""
    import io
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["id", "score"])
    book.active.append(["card", 2])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        files = {i.filename: source.read(i.filename).decode("utf-8") for i in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    files[sheet] = files[sheet][:len(files[sheet]) // 2]
    return _zip(folder / "uszkodzony.xlsx", files)


@pytest.mark.parametrize("make", [
    lambda folder: _zip(folder / "dokument.xlsx", {"word/document.xml": "<w/>"}),
    lambda folder: _zip(folder / "typy.xlsx", {"[Content_Types].xml": "<Types/>"}),
    _damaged_sheet,
], ids=["zip-not-office", "no-workbook-part", "sheet-cut"])
@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "{table}:1: nie można odczytać tabeli: skoroszyt .xlsx jest uszkodzony albo to inny "
           "plik ze zmienioną nazwą (plik zip, ale nie skoroszyt, który cxmap umie odczytać): "
           "otwórz go w arkuszu kalkulacyjnym i zapisz ponownie jako .xlsx\n"
           "{map}: nic nie zapisano\n"),
    ("en", "{table}:1: cannot read the table: the .xlsx workbook is damaged or is another kind "
           "of file renamed (a zip file, but not a workbook cxmap can read): open it in the "
           "spreadsheet and save it again as .xlsx\n{map}: nothing written\n"),
])
def test_a_damaged_workbook_is_said_in_the_runs_language(bank_in_folder: Path, tmp_path: Path,
                                                        make: object, lang: str,
                                                        said: str) -> None:
    """openpyxl's own words ("There is no item named '[Content_Types].xml' in
    the archive", "unclosed token: line 1, column 286") are never shown."""
    table = make(tmp_path)  # type: ignore[operator]
    code, out, err = run(lang, "import-scores", bank_in_folder, table)
    assert (code, out) == (1, "")
    assert err == said.format(table=table, map=bank_in_folder)


@pytest.mark.parametrize(("lang", "command", "said"), [
    ("pl", "import-scores", "{table}:3: nie można odczytać tabeli: komórka ma więcej niż "
                            "131\u00a0072 znaki\n{map}: nic nie zapisano\n"),
    ("pl", "import-survey", "{table}:3: nie można odczytać tabeli: komórka ma więcej niż "
                            "131\u00a0072 znaki\n{map}: nic nie zapisano\n"),
    ("en", "import-scores", "{table}:3: cannot read the table: a cell holds more than "
                            "131,072 characters\n{map}: nothing written\n"),
])
def test_an_overlong_csv_cell_is_said_in_the_runs_language(
        bank_in_folder: Path, tmp_path: Path, lang: str, command: str, said: str) -> None:
    """csv's "field larger than field limit (131072)", with the line it is on."""
    table = tmp_path / "oceny.csv"
    table.write_text('id,score\ncard,1\nid-check,"' + "x" * 140_000 + '"\n', encoding="utf-8")
    code, out, err = run(lang, command, bank_in_folder, table)
    assert (code, out) == (1, "")
    assert err == said.format(table=table, map=bank_in_folder)


# ----------------------------------------------------------------------------- serve
@pytest.mark.parametrize(("problem", "said"), [
    (RuntimeError("Error creating recommended watcher: OS file watch limit reached."),
     "zmiany plików wykrywane przez odpytywanie (system nie zgłasza tu zmian plików: "
     "osiągnięto systemowy limit obserwowanych plików (w Linuksie: "
     "fs.inotify.max_user_watches))"),
    (OSError(24, "Too many open files"),
     "zmiany plików wykrywane przez odpytywanie (system nie zgłasza tu zmian plików: "
     "za dużo otwartych plików)"),
    (RuntimeError("Error creating recommended watcher: No path was found."),
     "zmiany plików wykrywane przez odpytywanie (system nie zgłasza tu zmian plików: "
     "nie udało się uruchomić systemowego obserwatora plików)"),
])
def test_serve_says_in_polish_why_it_polls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           problem: Exception, said: str) -> None:
    """watchfiles' English reason for falling back to polling is not shown:
    the terminal note says it in the run's language."""
    import time

    import watchfiles

    from cxmap.commands.serve import start

    calls: list[object] = []

    def watch(*_paths: object, force_polling: bool | None = None, **_options: object) -> object:
        calls.append(force_polling)
        if not force_polling:
            raise problem
        return iter(())

    monkeypatch.setattr(watchfiles, "watch", watch)
    monkeypatch.setenv("CXMAP_TODAY", "2025-06-01")
    target = Path(shutil.copyfile(BANK, tmp_path / "bank.cxmap.yaml"))
    notes: list[str] = []
    running = start(target, port=0, lang=Language.PL, on_note=notes.append)
    try:
        deadline = time.monotonic() + 30
        while not notes and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        running.stop(wait=2.0)
    assert notes == [said]
    assert calls == [None, True]


@pytest.mark.parametrize(("lang", "value", "said"), [
    ("pl", "1.5", "cxmap: błąd: --min-confidence musi mieścić się między 0 a 1, a nie 1,5\n"),
    ("pl", "2", "cxmap: błąd: --min-confidence musi mieścić się między 0 a 1, a nie 2\n"),
    ("en", "1.5", "cxmap: error: --min-confidence must be from 0 to 1, not 1.5\n"),
])
def test_a_refused_confidence_is_written_as_the_language_writes_numbers(
        bank_in_folder: Path, lang: str, value: str, said: str) -> None:
    code, out, err = run(lang, "import-survey", bank_in_folder, COUNTS,
                         f"--min-confidence={value}")
    assert (code, out, err) == (2, "", said)


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "cxmap: błąd wewnętrzny: ZeroDivisionError: division by zero\n"),
    ("en", "cxmap: internal error: ZeroDivisionError: division by zero\n"),
])
def test_a_bug_is_one_line_in_the_runs_language(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str],
                                                lang: str, said: str) -> None:
    """A bug is said in one line, never a traceback; its prefix in the run's
    language (what the bug says, from Python, stays as it is)."""
    import sys

    from cxmap import cli
    from cxmap.commands import explain

    def broken(code: str, lang: Language) -> str:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(explain, "explain", broken)
    monkeypatch.setattr(sys, "argv", ["cxmap", "explain", "CX103", "--lang", lang])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", said)
