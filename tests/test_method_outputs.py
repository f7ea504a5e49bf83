"""Method warnings reach every output format, at the right line, in both languages."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app

MAP = """\
cxmap: 1
id: shop
title: Buying
scoredOn: 2025-05-01
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        score: -2
"""
LINE = "maps/shop.cxmap.yaml:11:16: warning CX306 touchpoint 'pay' scores -2 and no live project "
MESSAGE = ("touchpoint 'pay' scores -2 and no live project addresses it; lift every -1/-2 to 0 "
           "first: add it to a project's touchpoints")


@pytest.fixture
def maps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "shop.cxmap.yaml").write_text(MAP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["validate", *args, "maps/"],
                                env={"CXMAP_TODAY": "2025-06-01", "NO_COLOR": "1",
                                     "GITHUB_ACTIONS": ""})
    return result.exit_code, result.stdout


def test_text(maps: Path) -> None:
    assert cli() == (0, f"maps/shop.cxmap.yaml:11:16: warning CX306 {MESSAGE}\n"
                        "1 file checked, 0 errors, 1 warning\n")
    code, out = cli("--strict")
    assert code == 1 and out.startswith(LINE)


def test_text_in_polish(maps: Path) -> None:
    code, out = cli("--lang", "pl")
    assert code == 0
    assert out.splitlines()[0] == (
        "maps/shop.cxmap.yaml:11:16: warning CX306 punkt styku 'pay' ma ocenę -2 i nie zajmuje "
        "się nim żaden trwający projekt; najpierw podnieś każde -1/-2 do 0: dodaj go do punktów "
        "styku projektu")
    assert cli("--lang", "xx")[0] == 2


def test_json(maps: Path) -> None:
    code, out = cli("-f", "json")
    (d,) = json.loads(out)["diagnostics"]
    assert code == 0 and d == {
        "file": "maps/shop.cxmap.yaml", "line": 11, "column": 16, "severity": "warning",
        "code": "CX306", "name": "negative-without-project",
        "message": "touchpoint 'pay' scores -2 and no live project addresses it",
        "hint": "lift every -1/-2 to 0 first: add it to a project's touchpoints"}


def test_github(maps: Path) -> None:
    code, out = cli("-f", "github")
    assert code == 0
    assert out.splitlines()[0] == (
        "::warning file=maps/shop.cxmap.yaml,line=11,col=16,"
        f"title=CX306 negative-without-project::{MESSAGE}")


def test_sarif_with_help_and_help_uri(maps: Path) -> None:
    code, out = cli("-f", "sarif")
    run = json.loads(out)["runs"][0]
    (result,) = run["results"]
    assert code == 0
    assert result["ruleId"] == "CX306" and result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 11,
                                                                     "startColumn": 16}
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "CX306" and rule["name"] == "negative-without-project"
    assert rule["help"]["text"].startswith("Add the touchpoint to a project")
    assert rule["helpUri"] == "https://cxmap.dev/docs/rules/CX306.md"


def test_sarif_level_follows_the_configuration(maps: Path) -> None:
    (maps / "maps" / ".cxmap.toml").write_text('[rules]\nnegative-without-project = "error"\n',
                                              encoding="utf-8")
    code, out = cli("-f", "sarif")
    run = json.loads(out)["runs"][0]
    assert code == 1 and run["results"][0]["level"] == "error"


def test_junit(maps: Path) -> None:
    code, out = cli("-f", "junit")
    case = ET.fromstring(out).find("./testsuite/testcase")
    assert code == 0 and case is not None and case.find("failure") is None
    assert case.findtext("system-out") == f"maps/shop.cxmap.yaml:11:16: warning CX306 {MESSAGE}"
    (maps / "maps" / ".cxmap.toml").write_text("strict = true\n", encoding="utf-8")
    code, out = cli("-f", "junit")
    failure = ET.fromstring(out).find("./testsuite/testcase/failure")
    assert code == 1 and failure is not None and failure.get("type") == "CX306"
