"""Start-up stays light: --version and --help import no heavy library."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = {"pydantic", "networkx", "graphviz", "pygraphviz", "jinja2", "ruamel", "rich"}


def imported_heavy(args: list[str]) -> set[str]:
    code = (
        "import sys\n"
        "from cxmap.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        "print('MODULES=' + ','.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    return set(out.removeprefix("MODULES=").split(",")) & HEAVY


@pytest.mark.parametrize("args", [["--version"], ["--help"], []])
def test_version_and_help_import_no_heavy_module(args: list[str]) -> None:
    assert imported_heavy(args) == set()


def test_command_help_imports_only_what_typer_needs() -> None:
    # typer >= 0.29 coerces parameters with pydantic TypeAdapters once a command
    # is invoked; nothing else heavy may come in.
    assert imported_heavy(["validate", "--help"]) <= {"pydantic"}


def test_python_dash_m() -> None:
    from cxmap import __version__

    out = subprocess.run([sys.executable, "-m", "cxmap", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out == f"cxmap {__version__}\n"
