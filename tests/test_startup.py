"""Start-up stays light: --version and --help import no heavy library."""

from __future__ import annotations

import subprocess
import sys

import pydantic
import pytest

from cxmap.model.journey import Journey

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


def test_command_help_imports_no_heavy_module_but_pydantic() -> None:
    # typer (>= 0.29) converts a command's parameters with pydantic TypeAdapters
    assert imported_heavy(["validate", "--help"]) == {"pydantic"}


def test_validate_and_render_import_the_journey_graphs_libraries() -> None:
    # networkx builds the journey graph (validate's graph rules ask it, on a
    # valid map); the graphviz package writes the DOT; pygraphviz is imported
    # by the layout child only
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    example = str(root / "examples" / "telecom-contract.cxmap.yaml")
    checked = imported_heavy(["validate", example])
    assert {"ruamel", "networkx"} <= checked and "graphviz" not in checked
    drawn = imported_heavy(["render", example, "-f", "dot", "-o", "-"])
    assert {"networkx", "graphviz"} <= drawn and "pygraphviz" not in drawn


def test_validate_runs_pydantic_on_every_map(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the map model is pydantic's: `cxmap validate` imports it and validates
    # every map it reads with it, valid or not (docs/architecture.md)
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    maps = sorted(str(p) for p in (root / "examples").glob("*.cxmap.yaml"))
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: m\ntitle: T\nstages: []\n")
    code = (
        "import sys, pydantic\n"
        "from cxmap.model.journey import Journey\n"
        "seen = []\n"
        "real = Journey.model_validate\n"
        "def spy(cls, data, **kw):\n"
        "    try:\n"
        "        got = real(data, **kw)\n"
        "    except pydantic.ValidationError:\n"
        "        seen.append('invalid')\n"
        "        raise\n"
        "    seen.append('model' if isinstance(got, pydantic.BaseModel) else 'other')\n"
        "    return got\n"
        "Journey.model_validate = classmethod(spy)\n"
        "from cxmap.cli import app\n"
        f"try:\n    app(['validate', *{[*maps, str(bad)]!r}])\nexcept SystemExit:\n    pass\n"
        "print('SEEN=' + ','.join(seen))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    assert len(maps) >= 3
    assert sorted(out.removeprefix("SEEN=").split(",")) == ["invalid"] + ["model"] * len(maps)
    assert issubclass(Journey, pydantic.BaseModel)


def test_python_dash_m() -> None:
    from cxmap import __version__

    out = subprocess.run([sys.executable, "-m", "cxmap", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out == f"cxmap {__version__}\n"


def test_console_entry_point_flushes_output_and_exit_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 2\n")
    run = subprocess.run([sys.executable, "-m", "cxmap", "validate", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stdout.endswith("1 file checked, 1 error, 0 warnings\n")
    usage = subprocess.run([sys.executable, "-m", "cxmap", "validate", "--nope"],
                           capture_output=True, text=True)
    assert usage.returncode == 2
    assert "No such option" in usage.stderr


def test_diff_modules_leave_the_model_to_the_loading_processes() -> None:
    # `cxmap diff` forks before the map model is built, so both sides build it
    # at the same time: importing the diff machinery must not import it.
    code = ("import sys, cxmap.diff, cxmap.diff.gate, cxmap.outputs.diff\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith(('pydantic', "
            "'cxmap.model', 'cxmap.api')))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""
