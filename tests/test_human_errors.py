"""The slips analysts make in YAML get a message that says where and what to
fix, in English and in Polish (the exact English messages are also kept in
tests/cases/invalid/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxmap.api import load_map
from cxmap.i18n import Language, plural, t

CASES = Path(__file__).parent / "cases" / "invalid"
HEAD = "cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"


def _one(tmp_path: Path, text: str, lang: Language) -> tuple[int, int, str, str, str | None]:
    path = tmp_path / "m.cxmap.yaml"
    path.write_text(text, encoding="utf-8")
    (d,) = load_map(path).diagnostics
    message, hint = d.text(lang)
    return d.line, d.column, d.code, message, hint


@pytest.mark.parametrize(("text", "en", "pl"), [
    (HEAD.replace("name: S", "name: Wizyta: oddział"),
     (6, 11, "CX001", "the text of 'name' contains \": \", which YAML reads as a new key; put "
      "the text in quotes: name: \"Wizyta: oddział\"", None),
     "tekst w 'name' zawiera „: ”, a YAML czyta to jako nowy klucz; ujmij tekst w "
     "cudzysłów: name: \"Wizyta: oddział\""),
    (HEAD.replace("name: S", 'name: The "best": offer  # a comment'),  # " inside: use '
     (6, 11, "CX001", "the text of 'name' contains \": \", which YAML reads as a new key; put "
      "the text in quotes: name: 'The \"best\": offer'", None), None),
    (HEAD + "      - id: a\n        name Wniosek\n        score: 1\n",
     (9, 13, "CX001", "a \":\" is missing after the key 'name'; write: name: Wniosek", None),
     "po kluczu 'name' brakuje „:”; napisz: name: Wniosek"),
    (HEAD + "      - id: a\n        name: A\n     - id: b\n",
     (10, 6, "CX001", "the list item '- id: b' is indented 1 space less than the item on "
      "line 8", "items of one list start with \"-\" in the same column: line it up with "
      "line 8"),
     "element listy '- id: b' ma wcięcie o 1 spację mniejsze niż element w wierszu 8"),
    (HEAD + "      - id: a\n        name: A\n           score: 1\n",
     (10, 12, "CX001", "'score' is indented 3 spaces more than 'name' on line 9",
      "keys of one object start in the same column: line it up with line 9"),
     "'score' ma wcięcie o 3 spacje większe niż 'name' w wierszu 9"),
    (HEAD + "      - id: a\n        name: A\n        score: −1\n",
     (10, 16, "CX103", "score '−1' of touchpoint 'a' is not a whole number from -2 to +2",
      "write -1 with the ordinary minus \"-\", not a typographic dash"),
     "score: '−1' w punkcie styku 'a' nie jest liczbą całkowitą od -2 do +2"),
    (HEAD + "      - id: a\n        name: A\n        target: –2\n",  # an en dash
     (10, 17, "CX103", "target '–2' of touchpoint 'a' is not a whole number from -2 to +2",
      "write -2 with the ordinary minus \"-\", not a typographic dash"), None),
    (HEAD + "      - id: a\n        name: A\n        score: \"+1\"\n",
     (10, 16, "CX103", "score '+1' of touchpoint 'a' is not a whole number from -2 to +2",
      "remove the quotes: score: +1"), None),
    (HEAD + "      - id: wniosek-oddział\n        name: A\n",
     (8, 13, "CX104", "id of touchpoint 'wniosek-oddział': 'wniosek-oddział' is not a valid "
      "identifier: use letters, digits, '-' and '_', starting with a letter or digit",
      "write it without diacritics: 'wniosek-oddzial'"),
     "id w punkcie styku 'wniosek-oddział': 'wniosek-oddział' nie jest poprawnym "
     "identyfikatorem: używaj liter bez polskich znaków, cyfr, „-” i „_”, zaczynając od "
     "litery albo cyfry"),
])
def test_slip_is_explained_where_the_fix_goes(tmp_path: Path, text: str,
                                              en: tuple[int, int, str, str, str | None],
                                              pl: str | None) -> None:
    assert _one(tmp_path, text, Language.EN) == en
    line, col, code, message, hint = _one(tmp_path, text, Language.PL)
    assert (line, col, code) == en[:3]
    if pl is not None:
        assert message == pl
    assert (hint is None) == (en[4] is None)


def test_polish_hints_of_the_slips(tmp_path: Path) -> None:
    minus = HEAD + "      - id: a\n        name: A\n        score: −1\n"
    assert _one(tmp_path, minus, Language.PL)[4] == (
        "wpisz -1 ze zwykłym minusem „-”, a nie z typograficzną kreską")
    quoted = HEAD + "      - id: a\n        name: A\n        score: \"+1\"\n"
    assert _one(tmp_path, quoted, Language.PL)[4] == "usuń cudzysłów: score: +1"
    ident = HEAD + "      - id: wniosek-oddział\n        name: A\n"
    assert _one(tmp_path, ident, Language.PL)[4] == "napisz bez polskich znaków: 'wniosek-oddzial'"


def test_missing_colon_points_at_its_own_line_not_the_next(tmp_path: Path) -> None:
    big = "\n".join(["cxmap: 1", "id: m", "title: T", "stages:", "  - id: s",
                     "    name: S", "    touchpoints:"]
                    + [f"      - id: t{i}\n        name: N{i}" for i in range(40)])
    lines = big.splitlines()
    lines[82] = lines[82].replace(": ", " ")  # line 83
    line, col, *_ = _one(tmp_path, "\n".join(lines) + "\n", Language.EN)
    assert line == 83
    assert lines[82][col - 2] != " " and lines[82][col - 1] == " "  # right after the key


def test_empty_file_suggests_init_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "nowa.cxmap.yaml"
    path.write_text("# only a comment\n", encoding="utf-8")
    (d,) = load_map(path).diagnostics
    assert d.code == "CX004"
    assert d.hint == f"start a new map with `cxmap init {path}`"
    assert "examples/" not in (d.hint or "")
    assert d.text(Language.PL) == ("plik jest pusty",
                                   f"nową mapę zacznij poleceniem `cxmap init {path}`")


def test_tab_and_unclosed_quote_stay_clear_in_polish(tmp_path: Path) -> None:
    tab = "cxmap: 1\nid: m\ntitle: T\nstages:\n\t- id: s\n"
    assert _one(tmp_path, tab, Language.PL)[2:] == (
        "CX001", "znak tabulacji tam, gdzie YAML wymaga spacji",
        "rób wcięcia spacjami, nie tabulatorami")
    quote = "cxmap: 1\nid: m\ntitle: \"T\nstages:\n  - id: s\n"
    assert _one(tmp_path, quote, Language.PL)[:2] == (3, 8)
    assert _one(tmp_path, quote, Language.PL)[3:] == (
        "cudzysłów otwierający tekst w 'title' nie został zamknięty, więc YAML czyta dalsze "
        "wiersze jako część tego tekstu",
        "zamknij cudzysłów tam, gdzie kończy się tekst: title: \"T\"")


@pytest.mark.parametrize(("n", "form"), [(0, "plików"), (1, "plik"), (2, "pliki"),
                                         (4, "pliki"), (5, "plików"), (12, "plików"),
                                         (14, "plików"), (22, "pliki"), (25, "plików"),
                                         (101, "plików"), (104, "pliki"), (112, "plików")])
def test_polish_plural(n: int, form: str) -> None:
    assert plural(n, Language.PL, "plik|pliki|plików") == form
    assert t("diagnostics.indent_key_more", Language.PL, key="a", other_key="b", n=n,
             other=1).startswith(f"'a' ma wcięcie o {n} ")


def test_english_plural() -> None:
    assert [plural(n, Language.EN, "file|files") for n in (0, 1, 2)] == [
        "files", "file", "files"]


def test_summary_line_in_both_languages(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cxmap.cli import app

    bad = tmp_path / "m.cxmap.yaml"
    bad.write_text(HEAD + "      - id: a\n        name: A\n        score: 3\n"
                   "      - id: b\n        name: B\n        score: 5\n", encoding="utf-8")
    runner = CliRunner()
    en = runner.invoke(app, ["validate", str(bad), "--lang", "en"]).stdout.splitlines()[-1]
    assert en == "1 file checked, 2 errors, 0 warnings"
    pl = runner.invoke(app, ["validate", str(bad)], env={"CXMAP_LANG": "pl"})
    assert pl.stdout.splitlines()[-1] == "Sprawdzono 1 plik: 2 błędy, 0 ostrzeżeń"
    assert "error CX103 score: 3 w punkcie styku 'a'" in pl.stdout  # `error` stays


def test_every_diagnostic_of_the_cases_and_rule_examples_speaks_polish(tmp_path: Path) -> None:
    """No message is left only in English: every diagnostic names catalogue keys."""
    from cxmap.checks.rules import RULES

    found = [d for p in sorted(CASES.glob("*.yaml")) for d in load_map(p).diagnostics]
    for rule in RULES.values():
        if rule.bad_example:
            path = tmp_path / f"{rule.code}.cxmap.yaml"
            path.write_text(rule.bad_example, encoding="utf-8")
            found += load_map(path).diagnostics
    assert len({d.code for d in found}) >= 30
    untranslated = sorted({d.code for d in found if d.key is None})
    assert untranslated == []
    for d in found:
        message, hint = d.text(Language.PL)
        assert message != d.message or d.code in ("CX001",), (d.code, message)
        assert (hint is None) == (d.hint is None)


def test_explain_speaks_polish_for_every_code() -> None:
    from typer.testing import CliRunner

    from cxmap.checks.rules import RULES
    from cxmap.cli import app
    from cxmap.i18n.explain import RULE_TEXTS

    assert sorted(RULE_TEXTS["pl"]) == sorted(RULES)
    runner = CliRunner()
    out = runner.invoke(app, ["explain", "CX103", "--lang", "pl"]).stdout
    assert out.startswith("CX103 score-range (error)\n\n`score` albo `target` nie jest")
    assert "Co zrobić: Wpisz -2, -1, 0, 1 albo 2" in out
    table = runner.invoke(app, ["explain", "all"], env={"CXMAP_LANG": "pl"}).stdout
    assert len([line for line in table.splitlines() if line.startswith("| CX")]) == len(RULES)
    assert runner.invoke(app, ["explain", "all", "--lang", "en"]).stdout.count("| [CX") == len(
        RULES)


def test_colon_in_a_list_item_made_it_a_key(tmp_path: Path) -> None:
    text = (HEAD + "      - id: a\n        name: A\n        evidence:\n"
            "          - Ankieta: NPS 2024\n")
    line, col, code, message, hint = _one(tmp_path, text, Language.EN)
    assert (line, col, code) == (11, 13, "CX102")
    assert message == "evidence item 1 of touchpoint 'a' must be text, not a mapping"
    assert hint == "the \": \" made the text a key: put the text in quotes: \"Ankieta: NPS 2024\""
    assert _one(tmp_path, text, Language.PL)[3:] == (
        "evidence, element 1 w punkcie styku 'a' musi być tekstem (jest: mapowanie)",
        "przez „: ” tekst stał się kluczem: ujmij tekst w cudzysłów: \"Ankieta: NPS 2024\"")
