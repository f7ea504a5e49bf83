"""`cxmap render`: formats, stdout, exit codes, start-up cost."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from tests.conftest import CONFORMANCE, EXAMPLES, example_maps
from tests.test_startup import imported_heavy

runner = CliRunner()
MAP = str(EXAMPLES / "telecom-contract.cxmap.yaml")

MAGIC = {"svg": b"<?xml", "png": b"\x89PNG", "pdf": b"%PDF-", "dot": b"digraph",
         "mmd": b"---\ntitle:"}


@pytest.mark.parametrize("ext", list(MAGIC))
def test_render_by_extension(tmp_path: Path, ext: str) -> None:
    out = tmp_path / f"map.{ext}"
    result = runner.invoke(app, ["render", MAP, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(MAGIC[ext])


def test_format_overrides_extension(tmp_path: Path) -> None:
    out = tmp_path / "journey.mmd"
    result = runner.invoke(app, ["render", MAP, "-o", str(out), "--format", "mermaid-journey"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("journey\n")


@pytest.mark.parametrize("fmt,start", [("dot", "digraph"), ("svg", "<?xml"),
                                       ("mmd", "---"), ("mermaid-journey", "journey")])
def test_stdout_for_text_formats(fmt: str, start: str) -> None:
    result = runner.invoke(app, ["render", MAP, "-o", "-", "-f", fmt])
    assert result.exit_code == 0
    assert result.stdout.startswith(start)


@pytest.mark.parametrize("args,message", [
    (["-o", "-", "-f", "png"], "binary"),
    (["-o", "-"], "needs --format"),
    (["-o", "map.txt"], "unknown output extension"),
    (["-o", "map"], "no extension"),
    (["-o", "x.svg", "-f", "jpeg"], "unknown format"),
    (["-o", "x.svg", "--branch", "fax"], "unknown branch 'fax'"),
])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a if not a.startswith(("x.", "map")) else str(tmp_path / a) for a in args]
    result = runner.invoke(app, ["render", MAP, *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_missing_map_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(tmp_path / "no.cxmap.yaml"), "-o",
                                 str(tmp_path / "x.svg")])
    assert result.exit_code == 2


def test_invalid_map_prints_diagnostics_like_validate(tmp_path: Path) -> None:
    bad = str(CONFORMANCE / "bad-score.cxmap.yaml")
    out = tmp_path / "x.svg"
    result = runner.invoke(app, ["render", bad, "-o", str(out)])
    assert result.exit_code == 1
    validate = runner.invoke(app, ["validate", bad])
    assert result.stderr == validate.stdout
    assert not out.exists()


def test_options(tmp_path: Path) -> None:
    out = tmp_path / "x.dot"
    result = runner.invoke(app, ["render", MAP, "-o", str(out), "--branch", "online",
                                 "--direction", "tb", "--title", "Only online", "--no-legend"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "rankdir=TB" in text and "Only online" in text and "Legend" not in text
    assert "shop-visit" not in text
    result = runner.invoke(app, ["render", MAP, "-o", str(out), "--no-title"])
    assert "New mobile contract" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_example_renders_through_the_command(tmp_path: Path, path: Path) -> None:
    for ext in ("svg", "png", "pdf", "dot", "mmd"):
        out = tmp_path / f"map.{ext}"
        result = runner.invoke(app, ["render", str(path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0


def test_render_help_imports_no_graph_library() -> None:
    assert imported_heavy(["render", "--help"]) <= {"pydantic"}


def test_render_as_a_process_has_clean_stderr(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    proc = subprocess.run([sys.executable, "-m", "cxmap", "render", MAP, "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert out.read_bytes().startswith(b"<?xml")


def test_graphviz_warnings_only_with_verbose(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.commands import render as render_run

    real = render_run.render_file

    def with_warning(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        result.warnings.append("Warning: something odd")
        return result

    monkeypatch.setattr(render_run, "render_file", with_warning)
    out = tmp_path / "m.svg"
    quiet = runner.invoke(app, ["render", MAP, "-o", str(out)])
    loud = runner.invoke(app, ["render", MAP, "-o", str(out), "-v"])
    assert quiet.exit_code == loud.exit_code == 0
    assert "graphviz" not in quiet.stderr
    assert loud.stderr == "cxmap: graphviz: Warning: something odd\n"


# ---------------------------------------------------------------- --view, --page, --dpi
@pytest.mark.parametrize("ext", ["svg", "png", "pdf"])
def test_canvas_and_page_by_extension(tmp_path: Path, ext: str) -> None:
    for extra in (["--view", "canvas"], ["--page", "a4"], ["--view", "canvas", "--page", "a3"]):
        out = tmp_path / f"map.{ext}"
        result = runner.invoke(app, ["render", MAP, "-o", str(out), *extra])
        assert result.exit_code == 0, result.output
        assert out.read_bytes().startswith(MAGIC[ext])


@pytest.mark.parametrize("ext", ["dot", "mmd"])
def test_canvas_or_page_as_dot_or_mermaid_is_a_usage_error(tmp_path: Path, ext: str) -> None:
    for extra, word in ((["--view", "canvas"], "--view canvas"), (["--page", "a4"], "--page")):
        out = tmp_path / f"map.{ext}"
        result = runner.invoke(app, ["render", MAP, "-o", str(out), *extra])
        assert result.exit_code == 2
        assert word in result.output
        assert not out.exists()


def test_unknown_view_page_or_dpi_is_a_usage_error(tmp_path: Path) -> None:
    out = str(tmp_path / "m.png")
    for extra in (["--view", "sheet"], ["--page", "a5"], ["--dpi", "0"], ["--dpi", "x"]):
        result = runner.invoke(app, ["render", MAP, "-o", out, *extra])
        assert result.exit_code == 2, extra


def test_dpi_sets_the_png_size(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "m.png"
    result = runner.invoke(app, ["render", MAP, "-o", str(out), "--view", "canvas",
                                 "--page", "letter", "--dpi", "72"])
    assert result.exit_code == 0, result.output
    assert Image.open(out).size == (792, 612)


def test_a_map_too_big_for_the_page_says_how_small_its_text_is(tmp_path: Path) -> None:
    # every example fits A4; a generated 12-stage map (in Polish) does not
    big = str(tmp_path / "big.cxmap.yaml")
    subprocess.run([sys.executable, str(EXAMPLES.parent / "benchmarks" / "generate.py"),
                    "--stages", "12", "60", big], check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-m", "cxmap", "render", big, "--page", "a4",
                             "-o", str(tmp_path / "m.svg")], capture_output=True, text=True)
    assert result.returncode == 0
    assert re.search(r"cxmap: uwaga: mapa nie mieści się na A4 przy 8 pt; tekst ma \d,\d pt",
                     result.stderr), result.stderr
    small = subprocess.run([sys.executable, "-m", "cxmap", "render", MAP, "--page", "a3",
                            "--view", "canvas", "-o", str(tmp_path / "m.svg")],
                           capture_output=True, text=True)
    assert small.returncode == 0 and "note" not in small.stderr
