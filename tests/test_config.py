"""Configuration of the method rules: .cxmap.toml, [tool.cxmap], --config,
--no-config; errors name the file and the line (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.checks.config import ConfigFinder, parse_config
from cxmap.cli import app
from cxmap.diagnostics import ConfigError, Severity

MAP = """\
cxmap: 1
id: shop
title: Buying
scoredOn: 2024-06-10
branches:
  - id: online
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        branch: online
        score: 0
"""
# with every rule at its default on 2025-06-01: CX301 (store) only;
# on 2025-02-01 with months = 1: CX313 too


def cli(*args: str, today: str = "2025-02-01") -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"CXMAP_TODAY": today, "NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "maps" / "team").mkdir(parents=True)
    (tmp_path / "maps" / "team" / "shop.cxmap.yaml").write_text(MAP, encoding="utf-8")
    return tmp_path


def _codes(out: str) -> list[str]:
    return [line.split()[2] for line in out.splitlines() if ": warning " in line
            or ": error " in line]


def test_defaults_without_configuration(tree: Path) -> None:
    code, out, _ = cli("validate", str(tree / "maps"))
    assert code == 0 and _codes(out) == ["CX301"]


def test_cxmap_toml_by_code_and_by_name_with_options(tree: Path) -> None:
    (tree / "maps" / ".cxmap.toml").write_text(
        '[rules]\nCX301 = "error"\nstale-scoring = { severity = "warning", months = 1 }\n',
        encoding="utf-8")
    code, out, _ = cli("validate", str(tree / "maps"))
    assert code == 1
    assert ": error CX301 branch 'store'" in out
    assert ": warning CX313 the scoring of 2024-06-10 is more than 1 month old" in out


def test_pyproject_table_and_the_nearest_wins(tree: Path) -> None:
    (tree / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.cxmap]\nstrict = true\n[tool.cxmap.rules]\n'
        'unused-branch = "off"\n', encoding="utf-8")
    code, out, _ = cli("validate", str(tree / "maps"))
    assert code == 0 and _codes(out) == []
    # a pyproject.toml without [tool.cxmap] nearer the map is passed by
    (tree / "maps" / "pyproject.toml").write_text('[project]\nname = "y"\n', encoding="utf-8")
    assert cli("validate", str(tree / "maps"))[1].endswith("0 warnings\n")
    # .cxmap.toml wins over pyproject.toml in the same folder
    (tree / "maps" / "team" / "pyproject.toml").write_text(
        '[tool.cxmap.rules]\nunused-branch = "off"\n', encoding="utf-8")
    (tree / "maps" / "team" / ".cxmap.toml").write_text("strict = true\n", encoding="utf-8")
    code, out, _ = cli("validate", str(tree / "maps"))
    assert code == 1 and _codes(out) == ["CX301"]  # strict: the warning fails
    # --no-config: every rule at its default, not strict
    code, out, _ = cli("validate", "--no-config", str(tree / "maps"))
    assert code == 0 and _codes(out) == ["CX301"]
    # --config FILE: that one for every map
    other = tree / "other.toml"
    other.write_text('[rules]\nCX301 = "off"\n', encoding="utf-8")
    code, out, _ = cli("validate", "--config", str(other), str(tree / "maps"))
    assert code == 0 and _codes(out) == []
    # --config of a pyproject.toml reads its [tool.cxmap]
    code, out, _ = cli("validate", "--config", str(tree / "pyproject.toml"), str(tree / "maps"))
    assert code == 0 and _codes(out) == []


@pytest.mark.parametrize(("text", "where", "message"), [
    ('[rules]\nCX301 = "off"\nunsed-branch = "error"\n', "3:1",
     "unknown rule 'unsed-branch'; did you mean 'unused-branch'?"),
    ('[rules]\nCX301 = "of"\n', "2:1",
     "unknown severity 'of' for CX301 (use \"off\", \"warning\" or \"error\")"),
    ('[rules]\nCX201 = "off"\n', "2:1", "CX201 (CX201 unknown-branch) is an error of the "
     "format: problems below CX300 cannot be switched off or changed"),
    ('[rules]\n"stale-scoring" = { mnths = 6 }\n', "2:21",
     "unknown option 'mnths' for stale-scoring (options: months); did you mean 'months'?"),
    ('[rules.stale-scoring]\nseverity = "error"\nmonths = "six"\n', "3:1",
     "option 'months' of stale-scoring: Input should be a valid integer"),
    ('[rules]\nself-loop = { severity = "error", limit = 2 }\n', "2:35",
     "rule self-loop (CX302) has no options (found 'limit')"),
    ('[rules]\nCX301 = "off"\nunused-branch = "error"\n', "3:1",
     "CX301 (unused-branch) is configured twice: as 'CX301' and as 'unused-branch'"),
    ("strict = 1\n", "1:1", "'strict' must be true or false"),
    ("\n\nstrikt = true\n", "3:1", "unknown setting 'strikt' (known: strict, rules, survey); "
     "did you mean 'strict'?"),
    ('[rules]\nCX301 = "off\n', "2:13", "not valid TOML: Illegal character '\\n'"),
])
def test_configuration_errors_name_file_and_line(tree: Path, text: str, where: str,
                                                 message: str) -> None:
    config = tree / "maps" / ".cxmap.toml"
    config.write_text(text, encoding="utf-8")
    code, out, err = cli("validate", str(tree / "maps"))
    assert code == 2 and out == ""
    assert err == f"cxmap: error: {config}:{where}: {message}\n"


def test_a_configuration_found_above_a_map_is_named_as_the_map_is(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A map named from the current folder (``maps/``) gets its configuration's
    problem named from there too, as the docs show it; an absolute map, an
    absolute name."""
    (tree / "maps" / ".cxmap.toml").write_text('[rules]\nunsed-branch = "off"\n',
                                               encoding="utf-8")
    message = "2:1: unknown rule 'unsed-branch'; did you mean 'unused-branch'?\n"
    monkeypatch.chdir(tree)
    code, _, err = cli("validate", "maps")
    assert code == 2 and err == "cxmap: error: maps/.cxmap.toml:" + message
    monkeypatch.chdir(tree / "maps" / "team")
    code, _, err = cli("validate", "shop.cxmap.yaml")  # the configuration is above: not in .
    assert code == 2 and err == f"cxmap: error: {tree / 'maps' / '.cxmap.toml'}:" + message
    code, _, err = cli("validate", str(tree / "maps"))
    assert code == 2 and err == f"cxmap: error: {tree / 'maps' / '.cxmap.toml'}:" + message


def test_pyproject_errors_point_into_tool_cxmap(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.ruff]\nline-length = 100\n\n[tool.cxmap.rules]\nline-length = "off"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        parse_config(path)
    assert (info.value.line, info.value.column) == (5, 1)
    assert "unknown rule 'line-length'" in info.value.message


def test_missing_config_file_is_a_usage_error(tree: Path) -> None:
    code, _, err = cli("validate", "--config", str(tree / "nope.toml"), str(tree / "maps"))
    assert code == 2 and "nope.toml:1:1: the configuration file does not exist" in err


def test_finder_caches_and_parses_severities(tree: Path) -> None:
    (tree / ".cxmap.toml").write_text('[rules]\n"CX304" = "error"\nCX305 = "off"\n',
                                      encoding="utf-8")
    finder = ConfigFinder()
    settings = finder.for_map(tree / "maps" / "team" / "shop.cxmap.yaml")
    assert settings.severities == {"CX304": Severity.ERROR, "CX305": None}
    assert settings.source == str(tree / ".cxmap.toml")
    assert finder.for_map(tree / "maps" / "x.cxmap.yaml") is settings
