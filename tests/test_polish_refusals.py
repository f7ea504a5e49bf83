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
def line_separator_map(tmp_path: Path) -> Path:
    """A title pasted from a word processor with a line separator (U+2028) in
    it: YAML counts it as a line break, so the edit lands a line too high and
    the rewritten map would not be valid (nothing is written)."""
    return bank_with(tmp_path, "title: Opening a personal account",
                     'title: "Opening a\u2028personal account"')


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", "{map}: mapa po zmianie byłaby błędna, nic nie zapisano: 48:9: CX001 'survey' ma "
           "wcięcie o 4 spacje większe niż 'id' w wierszu 47\n{map}: nic nie zapisano\n"),
    ("en", "{map}: the rewritten map would not be valid, nothing written: 48:9: CX001 "
           "'survey' is indented 4 spaces more than 'id' on line 47\n{map}: nothing written\n"),
])
def test_import_survey_quotes_the_invalid_result_in_the_runs_language(
        line_separator_map: Path, lang: str, said: str) -> None:
    before = line_separator_map.read_bytes()
    code, out, err = run(lang, "import-survey", line_separator_map, COUNTS)
    assert (code, out) == (1, "")
    assert err == said.format(map=line_separator_map)
    assert line_separator_map.read_bytes() == before


def test_import_survey_with_lang_option_quotes_in_polish(line_separator_map: Path) -> None:
    code, _, err = run("en", "import-survey", "--lang", "pl", line_separator_map, COUNTS)
    assert code == 1
    assert "48:9: CX001 'survey' ma wcięcie o 4 spacje większe niż 'id' w wierszu 47" in err


def test_import_scores_quotes_the_invalid_result_in_polish(line_separator_map: Path,
                                                           tmp_path: Path) -> None:
    table = tmp_path / "oceny.csv"
    table.write_text("id,score\noffice-visit,2\n", encoding="utf-8")
    before = line_separator_map.read_bytes()
    code, out, err = run("pl", "import-scores", line_separator_map, table)
    assert (code, out) == (1, "")
    assert err == (f"{line_separator_map}: mapa po zmianie byłaby błędna, nic nie zapisano: "
                   "24:9: CX100 nieznany klucz 'custome2ffort' w punkcie styku "
                   f"'office-visit'\n{line_separator_map}: nic nie zapisano\n")
    assert line_separator_map.read_bytes() == before


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
