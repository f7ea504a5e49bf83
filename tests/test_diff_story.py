"""diff and history tell the whole story, in English and Polish: flags of an
added touchpoint, a first score, a mean line that adds up, history's mean per
wave, tags as wave names, and scores changed under an unchanged scoredOn."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.diff.compare import compare
from cxmap.i18n import Language
from cxmap.outputs.diff import format_diff
from cxmap.outputs.diff.common import shown_delta
from cxmap.outputs.formats import DiffFormat
from tests.test_git import GitRepo, needs_git

runner = CliRunner()

OLD = """\
cxmap: 1
id: m
title: Wizyta
scoredOn: 2024-04-10
stages:
  - id: s
    name: Etap
    touchpoints:
      - id: a
        name: A
        score: 1
      - id: b
        name: B
      - id: c
        name: C
        score: 0
      - id: d
        name: D
        score: 0
      - id: e
        name: E
        score: 0
      - id: f
        name: F
        score: 0
      - id: g
        name: G
        score: 0
      - id: h
        name: H
        score: 0
"""
NEW = (OLD.replace("scoredOn: 2024-04-10", "scoredOn: 2025-04-14")
       .replace("      - id: b\n        name: B\n", "      - id: b\n        name: B\n"
                "        score: -1\n")
       + "      - id: kiosk\n        name: Kiosk\n        score: -2\n"
         "        momentOfTruth: true\n        customerEffort: true\n")


def _diff(fmt: DiffFormat, lang: Language = Language.EN) -> str:
    old, new = load_bytes(OLD.encode(), "old"), load_bytes(NEW.encode(), "new")
    assert old.journey is not None and new.journey is not None, new.diagnostics
    return format_diff(compare(old.journey, new.journey, "old", "new"), fmt, lang=lang,
                       width=200)


def _row(text: str, ident: str) -> str:
    return next(line for line in text.splitlines() if f" {ident} " in line
                or f"`{ident}`" in line)


def test_added_touchpoint_shows_its_flags() -> None:
    text = _diff(DiffFormat.TEXT)
    assert "moment of truth" in _row(text, "kiosk")
    assert "customer-effort point" in text
    md = _row(_diff(DiffFormat.MARKDOWN), "kiosk")
    assert "+ added | moment of truth; customer-effort point" in md
    pl = _row(_diff(DiffFormat.MARKDOWN, Language.PL), "kiosk")
    assert "+ nowy | moment prawdy; punkt wysiłku klienta" in pl


def test_first_score_reads_first_scored_and_json_stays_unscored() -> None:
    assert "• first scored" in _row(_diff(DiffFormat.TEXT), "b")
    md = _diff(DiffFormat.MARKDOWN)
    assert "| n/s | -1 |  | • first scored |" in _row(md, "b")
    assert "Summary: 0 improved, 0 worsened, 7 unchanged, 1 added, 0 removed, " \
           "1 first scored, 0 unscored" in md
    pl = _diff(DiffFormat.MARKDOWN, Language.PL)
    assert "| b.o. | -1 |  | • pierwsza ocena |" in _row(pl, "b")
    assert ("Podsumowanie: 0 popraw, 0 pogorszeń, 7 bez zmian, 1 nowy, 0 usuniętych, "
            "1 oceniony po raz pierwszy, 0 bez oceny") in pl
    data = json.loads(_diff(DiffFormat.JSON))
    b = next(tp for tp in data["touchpoints"] if tp["id"] == "b")
    assert b["status"] == "unscored"


def test_mean_line_adds_up_on_screen() -> None:
    # before: 1/7 = 0.142857 -> 0.14; after: -2/9 = -0.2222 -> -0.22; exact change -0.365
    md = _diff(DiffFormat.MARKDOWN)
    line = next(x for x in md.splitlines() if x.startswith("Mean score: "))
    assert line == "Mean score: 0.14 → -0.22 (-0.36)"
    before, after, delta = 0.14, -0.22, -0.36
    assert round(after - before, 2) == delta
    pl = _diff(DiffFormat.TEXT, Language.PL)
    assert "Średnia ocena: 0,14 → -0,22 (-0,36)" in pl
    assert shown_delta(0.125, 0.375, 0.25) == "+0.26"  # 0.12 → 0.38 (not +0.25)


def test_polish_diff_has_no_english_words_left() -> None:
    text = _diff(DiffFormat.TEXT, Language.PL)
    for word in ("Touchpoint", "Summary", "Mean score", "before:", "added", "Status before"):
        assert word not in text
    assert "Punkty styku, które się zmieniły" in text


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


@needs_git
def test_history_tags_means_and_rescored_commits(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "r")
    repo.write("m.cxmap.yaml", OLD)
    repo.commit("wave 2024")
    repo.git("tag", "fala-2024")
    repo.write("m.cxmap.yaml", OLD.replace("name: A\n", "name: A (typo fixed)\n"))
    repo.commit("typo")                       # same scores: same wave
    repo.write("m.cxmap.yaml", OLD.replace("score: 1", "score: -1"))
    repo.commit("rescored")                   # other scores, same scoredOn: kept apart
    repo.write("m.cxmap.yaml", NEW)
    repo.commit("wave 2025")
    repo.git("tag", "-a", "fala-2025", "-m", "wave 2025")
    path = str(repo.root / "m.cxmap.yaml")

    data = json.loads(cli("history", path, "-f", "json").stdout)
    assert [w["label"] for w in data["waves"]] == [
        "fala-2024", f"2024-04-10 ({data['waves'][1]['commit'][:7]})", "fala-2025"]
    assert [w["tag"] for w in data["waves"]] == ["fala-2024", None, "fala-2025"]
    assert [w["commits"] for w in data["waves"]] == [2, 1, 1]
    assert [w["mean"] for w in data["waves"]] == [0.1429, -0.1429, -0.2222]
    assert data["warnings"][0]["touchpoints"] == ["a"]

    text = cli("history", path).stdout
    assert "fala-2024" in text and "fala-2025" in text
    assert "warning: scores changed in" in text and "stayed 2024-04-10" in text
    mean_row = next(line for line in text.splitlines() if "Mean score" in line)
    assert mean_row.split("│")[3:6] == ["      0.14 ", "                -0.14 ", "     -0.22 "]

    md = cli("history", path, "-f", "markdown", "--lang", "pl").stdout
    assert "| Etap | Punkt styku | fala-2024 |" in md
    assert "|  | **Średnia ocena** | 0,14 | -0,14 | -0,22 |  |" in md
    assert "> uwaga: oceny zmieniły się w" in md and "a scoredOn pozostało 2024-04-10" in md


@needs_git
def test_diff_lang_from_environment(tmp_path: Path) -> None:
    old, new = tmp_path / "old.cxmap.yaml", tmp_path / "new.cxmap.yaml"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new)], env={"CXMAP_LANG": "pl"})
    assert "Podsumowanie:" in result.stdout
    result = runner.invoke(app, ["diff", str(old), str(new), "--lang", "en"],
                           env={"CXMAP_LANG": "pl"})
    assert "Summary:" in result.stdout
