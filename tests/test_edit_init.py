"""`cxmap init`: the commented starter map (golden files in tests/golden/edit/).

Regenerate after an intended change with
``CXMAP_REGEN_GOLDEN=1 pytest tests/test_edit_init.py`` and review the diff.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.commands.edit_init import init_map
from cxmap.edit.starter import schema_reference, starter_text
from cxmap.graph import build_graph
from cxmap.i18n import Language

GOLDEN = Path(__file__).parent / "golden" / "edit"
DAY = date(2026, 3, 2)
runner = CliRunner()


@pytest.mark.parametrize("lang", list(Language))
def test_starter_matches_golden(lang: Language) -> None:
    text = starter_text(lang, name="journey.cxmap.yaml", today=DAY)
    golden = GOLDEN / f"starter.{lang.value}.cxmap.yaml"
    if os.environ.get("CXMAP_REGEN_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", list(Language))
def test_starter_validates_strictly_with_no_warning(lang: Language, tmp_path: Path) -> None:
    target = tmp_path / "journey.cxmap.yaml"
    result = runner.invoke(app, ["init", str(target), "--lang", lang.value])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=cxmap.schema.json\n")
    assert f"scoredOn: {date.today().isoformat()}" in text
    check = runner.invoke(app, ["validate", "--strict", str(target)])
    assert check.exit_code == 0, check.output
    assert "0 errors, 0 warnings" in check.output


@pytest.mark.parametrize("lang", list(Language))
def test_starter_teaches_the_method(lang: Language) -> None:
    text = starter_text(lang, today=DAY)
    loaded = load_bytes(text.encode(), "starter")
    journey = loaded.journey
    assert journey is not None and loaded.diagnostics == []
    assert journey.language == lang.value
    assert len(journey.stages) == 4
    assert len(journey.branch_ids) == 2
    tps = journey.touchpoints
    assert any(tp.moment_of_truth and tp.confirmed and tp.evidence for tp in tps)
    assert any(tp.customer_effort and tp.confirmed and tp.evidence for tp in tps)
    assert all(tp.owner and tp.score is not None and tp.target is not None for tp in tps)
    assert all(d.ambassador for d in journey.departments or ())
    assert journey.projects and all(p.owner and p.due for p in journey.projects)
    assert journey.scored_on == DAY
    # two branches split after the shared start and converge at after-sales
    graph = build_graph(journey)
    assert graph.convergence_points() == ["first-use" if lang is Language.EN else "pierwsza-kawa"]
    assert graph.split_points() == ["comparison" if lang is Language.EN else "porownanie"]
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) >= 25


def test_polish_starter_speaks_polish() -> None:
    text = starter_text(Language.PL, today=DAY)
    for word in ("Przed zakupem", "Zakup", "Realizacja", "Po sprzedaży", "Moment prawdy",
                 "wysiłku klienta", "Ambasador", "Projekty"):
        assert word in text, word


def test_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "mine.cxmap.yaml"
    target.write_text("my own work\n")
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_text() == "my own work\n"
    # nor a dangling symlink's target
    link = tmp_path / "link.cxmap.yaml"
    link.symlink_to(tmp_path / "elsewhere.yaml")
    assert runner.invoke(app, ["init", str(link)]).exit_code == 1
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_existing_file_message_in_polish(tmp_path: Path) -> None:
    target = tmp_path / "m.cxmap.yaml"
    target.write_text("x")
    run = init_map(target, Language.PL)
    assert not run.written and "już istnieje" in run.message


def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "no" / "such" / "m.cxmap.yaml")])
    assert result.exit_code == 1
    assert "cannot write" in result.output


def test_schema_reference_finds_the_schema_upwards(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "cxmap.schema.json").write_text("{}")
    (tmp_path / "maps" / "2026").mkdir(parents=True)
    assert schema_reference(tmp_path / "maps" / "2026" / "j.cxmap.yaml") == \
        "../../schemas/cxmap.schema.json"
    assert schema_reference(Path("/nonexistent-dir/j.cxmap.yaml")) == "cxmap.schema.json"


def test_language_follows_cxmap_lang_without_lang_option(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXMAP_LANG", "pl")
    target = tmp_path / "m.cxmap.yaml"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0
    assert "language: pl" in target.read_text(encoding="utf-8")
    assert result.stdout.startswith(f"zapisano {target}")


def test_an_empty_file_is_filled_as_validate_suggests(tmp_path: Path) -> None:
    target = tmp_path / "nowa.cxmap.yaml"
    target.write_text("\n  \n")
    hint = runner.invoke(app, ["validate", str(target)], env={"CXMAP_LANG": "pl"})
    assert hint.exit_code == 1
    assert f"nową mapę zacznij poleceniem `cxmap init {target}`" in hint.stdout
    result = runner.invoke(app, ["init", str(target)], env={"CXMAP_LANG": "pl"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"zapisano {target}")
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0
    # a file with anything in it, even a comment, stays as it is
    kept = tmp_path / "kept.cxmap.yaml"
    kept.write_text("# my notes\n")
    assert runner.invoke(app, ["init", str(kept)]).exit_code == 1
    assert kept.read_text() == "# my notes\n"
