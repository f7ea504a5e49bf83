"""Significance of survey changes between two waves: `cxmap diff` (JSON, text,
Markdown, both languages) and `cxmap history`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.metrics.survey import estimate
from tests.conftest import CONFORMANCE
from tests.test_git import GitRepo, needs_git

runner = CliRunner()
WAVE_1 = (CONFORMANCE / "bank-2024-surveyed.cxmap.yaml").read_text(encoding="utf-8")
#: the next wave: id-check's balance fell a lot (60 / 20 / 25), contract's moved
#: within noise (20 / 7 / 6), and the team re-scored id-check to 0
WAVE_2 = (WAVE_1.replace("scoredOn: 2025-05-20", "scoredOn: 2026-05-20")
          .replace("          responses: 50\n          positive: 33\n          negative: 9",
                   "          responses: 60\n          positive: 20\n          negative: 25")
          .replace("          positive: 5\n          negative: 8",
                   "          positive: 7\n          negative: 6")
          .replace("        score: 1\n        customerEffort: true",
                   "        score: 0\n        customerEffort: true"))


def waves(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "w1.cxmap.yaml", tmp_path / "w2.cxmap.yaml"
    old.write_text(WAVE_1, encoding="utf-8")
    new.write_text(WAVE_2, encoding="utf-8")
    return old, new


def cli(*args: str | Path) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def test_json_survey_change_and_significance(tmp_path: Path) -> None:
    old, new = waves(tmp_path)
    result = cli("diff", old, new, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    tps = {tp["id"]: tp for tp in doc["touchpoints"]}
    check = tps["id-check"]
    assert check["survey"]["before"] == {"responses": 50, "net": 0.4528, "se": 0.1078,
                                         "low": 0.242, "high": 0.664}
    assert check["survey"]["after"]["responses"] == 60
    before, after = estimate(50, 33, 9), estimate(60, 20, 25)
    assert check["change"] == round(after.net - before.net, 4)
    z = abs(after.net - before.net) / math.hypot(before.se, after.se)
    assert z >= 1.96 and check["significant"] is True
    contract = tps["contract"]
    assert contract["significant"] is False
    assert contract["change"] == round(estimate(20, 7, 6).net - estimate(20, 5, 8).net, 4)
    assert "survey" not in tps["card"] and "significant" not in tps["card"]
    assert doc["changes"]["surveyed"] == 2 and doc["changes"]["significant"] == 1
    # the contract's fields are untouched
    assert check["status"] == "worsened" and (check["before"], check["after"]) == (1, 0)


def test_a_survey_on_one_side_only_has_no_significance(tmp_path: Path) -> None:
    _, new = waves(tmp_path)
    plain = (CONFORMANCE / "bank-2024.cxmap.yaml")
    doc = json.loads(cli("diff", plain, new, "--format", "json").output)
    assert all("significant" not in tp for tp in doc["touchpoints"])
    assert doc["changes"]["surveyed"] == 0


def test_text_and_markdown_say_significant_or_within_noise(tmp_path: Path) -> None:
    old, new = waves(tmp_path)
    text = cli("diff", old, new).output
    assert "survey net 0.453 → -0.079 (-0.532): significant" in text
    assert "survey net -0.130 → 0.043 (+0.174): within noise" in text
    assert "1 of 2 surveyed changes significant" in text
    md = cli("diff", old, new, "--format", "markdown").output
    assert "| survey net 0.453 → -0.079 (-0.532): significant |" in md
    assert "| survey net -0.130 → 0.043 (+0.174): within noise |" in md
    pl = cli("diff", old, new, "--format", "markdown", "--lang", "pl").output
    assert "bilans netto ankiety 0,453 → -0,079 (-0,532): zmiana istotna" in pl
    assert "bilans netto ankiety -0,130 → 0,043 (+0,174): w granicach błędu" in pl
    assert "zmian istotnych w ankietach: 1 z 2" in pl


def test_an_unchanged_survey_is_not_a_row(tmp_path: Path) -> None:
    old, _ = waves(tmp_path)
    doc = json.loads(cli("diff", old, old, "--format", "json").output)
    tps = {tp["id"]: tp for tp in doc["touchpoints"]}
    assert tps["id-check"]["change"] == 0 and tps["id-check"]["significant"] is False
    assert "survey net" not in cli("diff", old, old).output


@needs_git
def test_history_says_whether_the_last_survey_change_is_significant(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write("bank.cxmap.yaml", WAVE_1)
    repo.commit("wave 2025")
    repo.write("bank.cxmap.yaml", WAVE_2)
    repo.commit("wave 2026")
    path = repo.root / "bank.cxmap.yaml"
    doc = json.loads(cli("history", path, "--format", "json").output)
    tps = {tp["id"]: tp for tp in doc["touchpoints"]}
    assert tps["id-check"]["survey"][0] == {"responses": 50, "net": 0.4528, "low": 0.242,
                                            "high": 0.664}
    assert tps["id-check"]["significant"] is True
    assert tps["contract"]["significant"] is False
    assert "survey" not in tps["card"]
    text = cli("history", path).output
    assert "survey -0.532: significant" in text
    assert "survey +0.174: within noise" in text
    pl = cli("history", path, "--format", "markdown", "--lang", "pl").output
    assert "ankieta -0,532: zmiana istotna" in pl


def test_fail_on_survey_worsened(tmp_path: Path) -> None:
    old, new = waves(tmp_path)
    result = cli("diff", old, new, "--fail-on", "survey-worsened")
    assert result.exit_code == 1
    assert "survey-worsened (1)" in result.output + (result.stderr or "")
    assert cli("diff", new, old, "--fail-on", "survey-worsened").exit_code == 0
    assert cli("diff", old, old, "--fail-on", "survey-worsened").exit_code == 0
