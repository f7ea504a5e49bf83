"""The pre-commit hook manifest runs `cxmap validate` on map files."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.load.yaml import parse_text

ROOT = Path(__file__).resolve().parent.parent


def test_hook_manifest_runs_validate_on_map_files() -> None:
    hooks = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    hook = next(h for h in hooks if h["id"] == "cxmap-validate")
    assert [h["id"] for h in hooks] == ["cxmap-validate", "cxmap-fmt"]
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("maps/bank.cxmap.yaml") and pattern.search("a.cxmap.yml")
    assert not pattern.search(".github/workflows/ci.yaml")
    # pre-commit appends the staged file names to the entry
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["cxmap", "validate"]
    maps = sorted(str(p) for p in (ROOT / "examples").glob("*.cxmap.yaml"))
    result = CliRunner().invoke(app, [*argv[1:], *maps])
    assert result.exit_code == 0, result.output


def test_fmt_hook_formats_map_files_and_then_passes(tmp_path: Path) -> None:
    import shutil

    hooks = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    hook = next(h for h in hooks if h["id"] == "cxmap-fmt")
    assert hook["language"] == "python"
    assert re.compile(hook["files"]).search("maps/bank.cxmap.yaml")
    argv = shlex.split(hook["entry"])
    assert argv == ["cxmap", "fmt"]
    for path in (ROOT / "examples").glob("*.cxmap.yaml"):
        shutil.copyfile(path, tmp_path / path.name)
    maps = sorted(str(p) for p in tmp_path.glob("*.cxmap.yaml"))
    first = CliRunner().invoke(app, [*argv[1:], *maps])
    assert first.exit_code == 0, first.output
    # pre-commit fails a hook that modified files; the second run modifies nothing
    second = CliRunner().invoke(app, [*argv[1:], "--check", *maps])
    assert second.exit_code == 0, second.output
