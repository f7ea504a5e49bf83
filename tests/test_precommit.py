"""The pre-commit hook manifest, and a real `pre-commit try-repo` of this checkout."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.load.yaml import parse_text

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "cases"


def _hooks() -> dict[str, dict[str, object]]:
    hooks = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    return {h["id"]: h for h in hooks}


def test_hook_manifest_runs_validate_on_map_files() -> None:
    hook = _hooks()["cxmap-validate"]
    assert list(_hooks()) == ["cxmap-validate", "cxmap-fmt"]
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]  # every YAML file: cxmap skips those that are not maps
    assert "files" not in hook or re.compile(str(hook["files"])).search("maps/bank.yaml")
    # pre-commit appends the staged file names to the entry
    argv = shlex.split(str(hook["entry"]))
    assert argv[:3] == ["cxmap", "validate", "--maps-only"]
    maps = sorted(str(p) for p in (ROOT / "examples").glob("*.cxmap.yaml"))
    result = CliRunner().invoke(app, [*argv[1:], *maps, str(ROOT / ".pre-commit-hooks.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("4 files checked, 0 errors, 0 warnings, 1 skipped\n")


def test_maps_only_skips_named_files_that_are_not_maps_but_never_a_broken_map(
        tmp_path: Path) -> None:
    (tmp_path / "ci.yaml").write_text("name: ci\non: push\n", encoding="utf-8")
    (tmp_path / "broken.cxmap.yaml").write_text("name: [\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("cxmap: 1\n", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("ci.yaml", "broken.cxmap.yaml", "notes.txt")]
    result = CliRunner().invoke(app, ["validate", "--maps-only", *files])
    assert result.exit_code == 1
    assert "broken.cxmap.yaml:2:1: error CX001" in result.output
    assert "ci.yaml" not in result.output and "notes.txt" not in result.output
    assert result.output.endswith("1 file checked, 1 error, 0 warnings, 2 skipped\n")
    # without --maps-only a file named is always a map
    assert CliRunner().invoke(app, ["validate", files[0]]).exit_code == 1


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_try_repo_with_a_good_and_a_bad_map(tmp_path: Path) -> None:
    """A real pre-commit run: it installs this checkout into its own environment."""
    repo = tmp_path / "team-maps"
    (repo / "maps").mkdir(parents=True)
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / "maps" / "good.cxmap.yaml").write_text(
        f"cxmap: 1\nid: good\ntitle: Good\nscoredOn: {date.today().isoformat()}\nstages:\n"
        "  - id: s\n    name: S\n    touchpoints:\n      - id: a\n        name: A\n"
        "        score: 1\n", encoding="utf-8")
    (repo / "maps" / "bad.yaml").write_text(  # a map by its top-level key, not its name
        "cxmap: 1\nid: bad\ntitle: Bad\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
        "      - id: a\n        name: A\n        score: 3\n", encoding="utf-8")
    (repo / ".github" / "workflows" / "ci.yaml").write_text("name: ci\non: push\n",
                                                            encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["NO_COLOR"] = "1"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")  # hermetic: no shared cache

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "cxmap-validate",
             "--color", "never", *(["--files", *files] if files else ["--all-files"])],
            cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    out = failed.stdout
    assert "cxmap validate" in out and "Failed" in out
    assert ("maps/bad.yaml:10:16: error CX103 score 3 of touchpoint 'a' is not a whole "
            "number from -2 to +2") in out
    assert "good.cxmap.yaml" not in out and "ci.yaml" not in out
    assert "2 files checked, 1 error, 0 warnings, 1 skipped" in out
    passed = try_repo("maps/good.cxmap.yaml", ".github/workflows/ci.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"cxmap validate\.+Passed", passed.stdout)


def test_fmt_hook_formats_map_files_and_then_passes(tmp_path: Path) -> None:
    import shutil

    hooks = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    hook = next(h for h in hooks if h["id"] == "cxmap-fmt")
    assert hook["language"] == "python"
    assert re.compile(hook["files"]).search("maps/bank.cxmap.yaml")
    argv = shlex.split(hook["entry"])
    assert argv == ["cxmap", "fmt", "--maps-only"]
    for path in (ROOT / "examples").glob("*.cxmap.yaml"):
        shutil.copyfile(path, tmp_path / path.name)
    maps = sorted(str(p) for p in tmp_path.glob("*.cxmap.yaml"))
    first = CliRunner().invoke(app, [*argv[1:], *maps])
    assert first.exit_code == 0, first.output
    # pre-commit fails a hook that modified files; the second run modifies nothing
    second = CliRunner().invoke(app, [*argv[1:], "--check", *maps])
    assert second.exit_code == 0, second.output


def test_fmt_hook_formats_maps_of_any_name_and_skips_other_yaml(tmp_path: Path) -> None:
    hooks = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    hook = next(h for h in hooks if h["id"] == "cxmap-fmt")
    files = re.compile(hook["files"])
    assert files.search("maps/bank.yaml") and files.search("maps/bank.cxmap.yml")
    assert hook["types"] == ["yaml"]
    messy = ("title: T\ncxmap: 1\nid: bank\nstages:\n- id: s\n  name: S\n  touchpoints:\n"
             "  - id: a\n    name: A\n")
    (tmp_path / "bank.yaml").write_text(messy)
    (tmp_path / "ci.yaml").write_text("on: push\njobs: {}\n")
    argv = shlex.split(hook["entry"])
    paths = [str(tmp_path / "bank.yaml"), str(tmp_path / "ci.yaml")]
    result = CliRunner().invoke(app, [*argv[1:], *paths], env={"CXMAP_LANG": "en"})
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"reformatted {paths[0]}", "1 of 1 file reformatted"]
    assert (tmp_path / "ci.yaml").read_text() == "on: push\njobs: {}\n"
    assert (tmp_path / "bank.yaml").read_text() != messy
