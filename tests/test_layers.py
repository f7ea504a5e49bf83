"""The folders keep their layer: outputs turn results into text, pipelines live in commands."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "cxmap"

def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_outputs_never_run_a_pipeline() -> None:
    offenders = {}
    for path in sorted((SRC / "outputs").rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        bad = {m for m in imported_modules(path)
               if m == "cxmap.api" or m.startswith(("cxmap.commands", "cxmap.cli"))}
        if bad:
            offenders[rel] = sorted(bad)
    assert offenders == {}


def test_core_layers_do_not_reach_up() -> None:
    upper = ("cxmap.api", "cxmap.commands", "cxmap.cli", "cxmap.outputs")
    for package in ("load", "model", "graph", "diff"):
        for path in sorted((SRC / package).rglob("*.py")):
            rel = path.relative_to(SRC).as_posix()
            bad = {m for m in imported_modules(path) if m.startswith(upper)}
            assert bad == set(), rel


def test_one_module_per_command_pipeline() -> None:
    for command in ("validate", "diff", "history", "schema", "explain", "render", "report"):
        assert (SRC / "commands" / f"{command}.py").is_file(), command
