"""`cxmap validate` through the CLI: exit codes, formats, discovery."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap import __version__
from cxmap.cli import app

CASES = Path(__file__).parent / "cases"
runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"cxmap {__version__}\n"


def test_help_lists_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("validate", "schema"):
        assert command in result.output


def test_valid_examples(examples_dir: Path) -> None:
    result = run("validate", str(examples_dir))
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.output


def test_invalid_exit_1_and_line_format() -> None:
    path = CASES / "invalid" / "refs.cxmap.yaml"
    result = run("validate", str(path))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (f"{path}:16:17: error CX201 unknown branch 'mobil' in touchpoint 'a'; "
                        "did you mean 'mobile'?")
    assert lines[-1] == "1 file checked, 6 errors, 0 warnings"


def test_every_problem_in_every_file_sorted_by_file_and_line() -> None:
    a = CASES / "invalid" / "refs.cxmap.yaml"
    b = CASES / "invalid" / "bad-choice.cxmap.yaml"
    result = run("validate", str(a), str(b))
    assert result.exit_code == 1
    diags = [line for line in result.output.splitlines() if ": error " in line]
    assert len(diags) == 9
    keys = [(line.split(":")[0], int(line.split(":")[1])) for line in diags]
    assert keys == sorted(keys)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("validate").exit_code == 2
    assert run("validate", "--bogus", str(tmp_path)).exit_code == 2
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_warnings_fail_only_with_strict() -> None:
    path = str(CASES / "invalid" / "self-loop-and-unused-branch.cxmap.yaml")
    assert run("validate", path).exit_code == 0
    assert run("validate", "--strict", path).exit_code == 1


def test_json_format() -> None:
    path = CASES / "invalid" / "bad-reach.cxmap.yaml"
    result = run("validate", "--format", "json", str(path))
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["summary"] == {"files": 1, "errors": 2, "warnings": 0, "skipped": 0,
                               "valid": False}
    first = data["diagnostics"][0]
    assert first == {"file": str(path), "line": 10, "column": 16, "severity": "error",
                     "code": "CX107", "name": "bad-reach",
                     "message": "reach '145%' is not a percentage from 0 to 100 in "
                                "touchpoint 'a'",
                     "hint": "reach is the share of customers the touchpoint reaches, in "
                             "percent: write a number from 0 to 100 (not a count of customers)"}


def test_github_format_escapes(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c.cxmap.yaml"
    path.write_text("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n"
                    "    touchpoints:\n      - id: a\n        name: A\n        reach: 100%\n"
                    "        scroe: 1\n", encoding="utf-8")
    result = run("validate", "--format", "github", str(path))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    escaped = str(path).replace(":", "%3A").replace(",", "%2C")
    assert lines[0] == (f"::error file={escaped},line={11},col=9,title=CX100 unknown-key::"
                        "unknown key 'scroe' in touchpoint 'a'; did you mean 'score'?")
    assert lines[-1] == "1 file checked, 1 error, 0 warnings"


def test_github_message_escapes_percent_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap.yaml"
    path.write_text("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n"
                    "    touchpoints:\n      - id: a\n        name: A\n"
                    "        reach: \"200%\\n\"\n", encoding="utf-8")
    out = run("validate", "--format", "github", str(path)).output.splitlines()[0]
    assert "reach '200%25\\n'" in out  # repr() already made the newline visible


def test_auto_format_picks_github_on_actions() -> None:
    path = str(CASES / "invalid" / "score-three.cxmap.yaml")
    assert run("validate", "-f", "auto", path,
               env={"GITHUB_ACTIONS": "true"}).output.startswith("::error ")
    assert run("validate", "-f", "auto", path, env={"GITHUB_ACTIONS": ""}).output.startswith(
        path)


def test_colour_only_when_forced_and_never_with_no_color() -> None:
    path = str(CASES / "invalid" / "score-three.cxmap.yaml")
    plain = run("validate", path, env={"NO_COLOR": "", "FORCE_COLOR": ""}).output
    assert "\x1b[" not in plain
    forced = run("validate", path, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).output
    assert "\x1b[31merror" in forced
    assert "\x1b[" not in run("validate", path,
                              env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).output


def test_directory_discovery(tmp_path: Path, examples_dir: Path) -> None:
    shutil.copy(examples_dir / "insurance-claim.cxmap.yaml", tmp_path / "a.cxmap.yaml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "plain.yaml").write_text("cxmap: 1\nid: m\n")  # a map, broken
    (tmp_path / "sub" / "ci.yml").write_text("jobs: {}\n")  # not a map: skipped
    (tmp_path / "broken.cxmap.yml").write_text("jobs: [\n")  # always taken
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.cxmap.yaml").write_text("garbage: [")  # not entered
    (tmp_path / "notes.txt").write_text("cxmap: 1")  # not YAML by name
    result = run("validate", "-v", "--format", "json", str(tmp_path))
    data = json.loads(result.output)
    files = [Path(f["file"]).relative_to(tmp_path).as_posix() for f in data["files"]]
    assert files == ["a.cxmap.yaml", "broken.cxmap.yml", "sub/plain.yaml"]
    assert [Path(s["file"]).name for s in data["skipped"]] == ["ci.yml"]
    assert result.exit_code == 1
    text = run("validate", "-v", str(tmp_path)).output
    assert f"skipped {tmp_path / 'sub' / 'ci.yml'}: no top-level 'cxmap' key" in text
    assert data["skipped"][0]["reason"] == "no top-level 'cxmap' key"
    polish = run("validate", "-v", "--lang", "pl", str(tmp_path)).output
    assert (f"pominięto {tmp_path / 'sub' / 'ci.yml'}: brak klucza 'cxmap' na najwyższym "
            "poziomie") in polish


def test_explicit_file_is_always_a_map(tmp_path: Path) -> None:
    path = tmp_path / "ci.yml"
    path.write_text("jobs: {}\n")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert "CX011" in result.output


@pytest.mark.parametrize("args", [["schema"]])
def test_schema_command_prints_json(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    assert json.loads(result.output)["$schema"] == "http://json-schema.org/draft-07/schema#"
