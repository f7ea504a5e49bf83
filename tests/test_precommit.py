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
    [hook] = parse_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    assert hook["id"] == "cxmap-validate"
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
