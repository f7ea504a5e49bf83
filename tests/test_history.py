"""`cxmap history`: scores per wave from git, renames followed, trends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.commands.history import file_waves
from cxmap.diff.history import Trend, Wave, build
from cxmap.load.git import NotARepository
from cxmap.outputs.history import FORMATTERS, HistoryFormat, format_history
from tests.test_git import CONF, GitRepo, needs_git

runner = CliRunner()
BANK_2024 = (CONF / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
BANK_2025 = (CONF / "bank-2025.cxmap.yaml").read_text(encoding="utf-8")


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def history_repo(tmp_path: Path) -> GitRepo:
    """Wave 2024, a typo fix in the same wave, an invalid commit, a rename of the
    file, then wave 2025."""
    repo = GitRepo(tmp_path / "repo")
    repo.write("bank.cxmap.yaml", BANK_2024)
    repo.commit("wave 2024")
    repo.write("bank.cxmap.yaml", BANK_2024.replace("Welcome call", "Welcome phone call"))
    repo.commit("typo")
    repo.write("bank.cxmap.yaml", BANK_2024.replace("score: -1", "score: -5"))
    repo.commit("broken")
    repo.write("bank.cxmap.yaml", BANK_2024.replace("Welcome call", "Welcome phone call"))
    repo.commit("fixed")
    (repo.root / "maps").mkdir(exist_ok=True)
    repo.git("mv", "bank.cxmap.yaml", "maps/bank-account.cxmap.yaml")
    repo.commit("move the map")
    repo.write("maps/bank-account.cxmap.yaml", BANK_2025)
    repo.commit("wave 2025")
    return repo


@needs_git
def test_waves_follow_rename_and_collapse(history_repo: GitRepo) -> None:
    h = file_waves(history_repo.root / "maps" / "bank-account.cxmap.yaml")
    assert [w.label for w in h.waves] == ["2024-04-10", "2025-04-14"]
    assert h.waves[0].subject == "move the map"          # newest commit of the wave wins
    assert h.waves[0].commits == 4                       # wave 2024, typo, fixed, move
    assert h.waves[1].path == "maps/bank-account.cxmap.yaml"
    assert [m.file.split(":", 1)[1] for m in h.skipped] == ["bank.cxmap.yaml"]
    rows = {t.id: t for t in h.touchpoints}
    assert rows["id-check"].scores == (-2, 1) and rows["id-check"].trend is Trend.UP
    assert rows["card"].trend is Trend.DOWN and rows["card"].change == -1
    assert rows["comparison"].trend is Trend.FLAT
    assert rows["welcome-call"].trend is Trend.GONE
    assert rows["welcome-call"].name == "Welcome phone call"
    assert rows["push-tips"].trend is Trend.NEW and rows["push-tips"].present == (False, True)
    assert [t.id for t in h.touchpoints][-1] == "welcome-call"


@needs_git
def test_uncommitted_changes(history_repo: GitRepo) -> None:
    path = history_repo.root / "maps" / "bank-account.cxmap.yaml"
    path.write_text(BANK_2025.replace("scoredOn: 2025-04-14", "scoredOn: 2026-04-01")
                    .replace("score: 0\n        momentOfTruth", "score: 2\n        momentOfTruth"),
                    encoding="utf-8")
    h = file_waves(path)
    assert [w.label for w in h.waves] == ["2024-04-10", "2025-04-14", "2026-04-01"]
    assert h.waves[-1].commit is None
    assert {t.id: t.trend for t in h.touchpoints}["card"] is Trend.UP
    assert len(file_waves(path, include_worktree=False).waves) == 2
    # same scoredOn as the newest commit: the working copy replaces that wave
    path.write_text(BANK_2025.replace("score: 0\n        momentOfTruth",
                                      "score: 2\n        momentOfTruth"), encoding="utf-8")
    h = file_waves(path)
    assert [w.label for w in h.waves] == ["2024-04-10", "2025-04-14"]
    assert h.waves[-1].commit is None
    assert "2025-04-14*" in format_history(h, HistoryFormat.MARKDOWN)


@needs_git
def test_cli_formats(history_repo: GitRepo) -> None:
    path = str(history_repo.root / "maps" / "bank-account.cxmap.yaml")
    result = cli("history", path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [w["label"] for w in data["waves"]] == ["2024-04-10", "2025-04-14"]
    card = next(t for t in data["touchpoints"] if t["id"] == "card")
    assert card["scores"] == [1, 0] and card["trend"] == "down"
    tips = next(t for t in data["touchpoints"] if t["id"] == "push-tips")
    assert tips["scores"] == [None, None] and tips["present"] == [False, True]
    md = cli("history", path, "-f", "markdown").stdout
    assert "| Stage | Touchpoint | 2024-04-10 | 2025-04-14 | Trend |" in md
    assert "| `first-use` | `card` Payment card arrives | +1 | 0 | ↓ down |" in md
    text = cli("history", path).stdout
    assert "2024-04-10" in text and "↑ up" in text


def test_not_a_repository(tmp_path: Path) -> None:
    f = tmp_path / "m.cxmap.yaml"
    f.write_text(BANK_2024, encoding="utf-8")
    with pytest.raises(NotARepository):
        file_waves(f)
    result = cli("history", str(f))
    assert result.exit_code == 2 and "git repository" in result.stderr


@needs_git
def test_untracked_file_is_one_uncommitted_wave(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "r")
    f = repo.write("new.cxmap.yaml", BANK_2024)
    h = file_waves(f)
    assert [w.label for w in h.waves] == ["2024-04-10"] and h.waves[0].commit is None


def test_every_history_format_is_handled() -> None:
    assert set(FORMATTERS) == set(HistoryFormat)
    h = build("x", [])
    for fmt in HistoryFormat:
        assert format_history(h, fmt).endswith("\n")


def test_build_trend_none_and_same_label() -> None:
    from cxmap.api import load_bytes

    j = load_bytes(BANK_2024.encode(), "a").journey
    assert j is not None
    w1 = Wave("2024-04-10", "2024-04-10", "a" * 40, "2024-04-10T00:00:00+00:00", "s", "p")
    h = build("x", [(w1, j), (w1, j)])
    assert len(h.waves) == 1 and h.waves[0].commits == 2
    assert all(t.trend is Trend.NONE for t in h.touchpoints)


@needs_git
def test_directory_and_missing_paths_are_usage_errors(history_repo: GitRepo) -> None:
    result = cli("history", str(history_repo.root / "maps"))
    assert result.exit_code == 2 and "is a directory" in result.stderr
    result = cli("history", str(history_repo.root / "nowhere" / "x.cxmap.yaml"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
