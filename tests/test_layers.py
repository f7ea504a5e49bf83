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


def test_commands_never_import_the_public_api() -> None:
    offenders = {path.relative_to(SRC).as_posix() for path in (SRC / "commands").rglob("*.py")
                 if any(m == "cxmap.api" for m in imported_modules(path))}
    assert offenders == set()


def test_diagnostics_is_a_leaf() -> None:
    # types and the format's codes; its words come from the catalogue
    imported = {m for m in imported_modules(SRC / "diagnostics.py") if m.startswith("cxmap")}
    assert imported <= {"cxmap.i18n"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """The cxmap modules ``path`` imports when it runs (anywhere in it, also
    inside functions; not under ``if TYPE_CHECKING``)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in modules else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    out = set()
    for module in found:
        while module and module not in modules:
            module = module.rpartition(".")[0]
        if module and module != name:
            out.add(module)
    return out


def test_no_import_cycle_among_cxmaps_modules() -> None:
    import networkx as nx

    files = sorted(SRC.rglob("*.py"))
    modules = {_module_name(path) for path in files}
    graph = nx.DiGraph()
    for path in files:
        graph.add_node(_module_name(path))
        graph.add_edges_from((_module_name(path), m) for m in _runtime_imports(path, modules))
    assert "cxmap.checks.rules.empty_stage" in graph["cxmap.checks.rules"]  # the graph is real
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []
