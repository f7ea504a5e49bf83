"""render_file and the layout child: same drawing as Graphviz in-process, bounded
in time, never outliving cxmap."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxmap.commands.render import render_file
from cxmap.layout import DENSE_ATTRS, LayoutError, LayoutProcess, LayoutTimeout, layout
from cxmap.outputs.render import RenderFormat, RenderOptions, render_dot

EXAMPLES = Path(__file__).parent.parent / "examples"
SKLEP = EXAMPLES / "sklep-omnichannel.cxmap.yaml"
linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def dense_map(n: int, stages: int = 5) -> str:
    """A valid map whose every touchpoint lists every other in ``next``."""
    ids = [f"t{i}" for i in range(n)]
    lines = ["cxmap: 1", "id: dense", "title: Dense", "stages:"]
    per = n // stages
    for s in range(stages):
        lines += [f"  - id: s{s}", f"    name: Stage {s}", "    touchpoints:"]
        for i in range(s * per, (s + 1) * per):
            others = ", ".join(x for x in ids if x != f"t{i}")
            lines += [f"      - id: t{i}", f"        name: Touchpoint {i}",
                      "        score: 1", f"        next: [{others}]"]
    return "\n".join(lines) + "\n"


def in_process(dot: str, fmt: str) -> bytes:
    import pygraphviz

    data: bytes = pygraphviz.AGraph(string=dot).draw(format=fmt, prog="dot")
    return data


@pytest.mark.parametrize("fmt", list(RenderFormat))
def test_the_layout_child_draws_the_same_bytes_as_graphviz_in_process(
        fmt: RenderFormat) -> None:
    options = RenderOptions(branch="online") if fmt is RenderFormat.PNG else None
    run = render_file(SKLEP, fmt, options)
    assert run.output is not None and run.loaded.diagnostics == []
    if fmt is RenderFormat.PDF:  # a PDF carries its creation time
        assert isinstance(run.output, bytes) and run.output.startswith(b"%PDF")
        return
    if not fmt.needs_layout:
        assert isinstance(run.output, str)
        return
    assert run.loaded.journey is not None
    assert run.output == in_process(render_dot(run.loaded.journey, options), fmt.value)


def test_invalid_map_gives_positioned_diagnostics_and_no_drawing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: x\ntitle: T\nstages:\n  - id: s\n    name: S\n"
                   "    touchpoints:\n      - id: t\n        name: N\n        score: 7\n",
                   encoding="utf-8")
    run = render_file(bad, RenderFormat.SVG)
    assert run.output is None
    assert [(d.line, d.column, d.code) for d in run.loaded.diagnostics] == [(10, 16, "CX103")]


def test_the_layout_child_starts_when_the_dot_is_ready(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmap.outputs.render as render_module

    events: list[str] = []
    real_init, real_dot = LayoutProcess.__init__, render_module.render_dot

    def init(self: LayoutProcess, *args: object, **kwargs: object) -> None:
        events.append("child")
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    def dot(*args: object, **kwargs: object) -> str:
        events.append("dot")
        return real_dot(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(LayoutProcess, "__init__", init)
    monkeypatch.setattr(render_module, "render_dot", dot)
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: x\n", encoding="utf-8")
    assert render_file(bad, RenderFormat.SVG).output is None
    assert events == []   # an invalid map never starts Graphviz
    run = render_file(SKLEP, RenderFormat.SVG)
    assert isinstance(run.output, bytes) and run.output.startswith(b"<?xml")
    assert events == ["dot", "child"]


def test_yaml_syntax_error_is_reported_where_it_is(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: [x\n", encoding="utf-8")
    run = render_file(bad, RenderFormat.SVG)
    assert run.output is None
    assert [(d.line, d.code) for d in run.loaded.diagnostics] == [(3, "CX001")]


def test_unreadable_file(tmp_path: Path) -> None:
    run = render_file(tmp_path / "missing.cxmap.yaml", RenderFormat.SVG)
    assert run.output is None
    assert [d.code for d in run.loaded.diagnostics] == ["CX003"]


def test_a_child_killed_while_drawing_is_a_layout_error() -> None:
    with LayoutProcess("svg") as child:
        os.kill(child._proc.pid, signal.SIGKILL)  # type: ignore[union-attr]
        time.sleep(0.1)
        with pytest.raises(LayoutError, match=r"Graphviz crashed \(signal 9\)"):
            child.draw('digraph { a -> b }')


def test_a_graphviz_error_is_a_layout_error() -> None:
    with pytest.raises(LayoutError, match="syntax error"):
        layout("digraph { a -> }", "svg", timeout=30)


def test_a_layout_over_the_time_limit_is_stopped(tmp_path: Path) -> None:
    import pygraphviz

    dot = render_dot_of(tmp_path, dense_map(50))
    graph = pygraphviz.AGraph(string=dot)
    for key in DENSE_ATTRS:
        assert key not in dict(graph.graph_attr)  # the DOT itself stays as drawn before
    started = time.monotonic()
    with pytest.raises(LayoutTimeout, match=r"within 0.3 s \(--timeout\)"):
        layout(dot, "svg", timeout=0.3)
    assert time.monotonic() - started < 5
    assert _children(os.getpid()) == []


def render_dot_of(tmp_path: Path, text: str) -> str:
    from cxmap.api import load_map

    path = tmp_path / "dense.cxmap.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_map(path)
    assert loaded.journey is not None, loaded.diagnostics
    return render_dot(loaded.journey)


def test_a_dense_50_touchpoint_map_renders_within_the_default_limit(tmp_path: Path) -> None:
    """Once 276 s: the child bounds Graphviz's work on dense graphs."""
    path = tmp_path / "dense.cxmap.yaml"
    path.write_text(dense_map(50), encoding="utf-8")
    out = tmp_path / "dense.svg"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "cxmap", "render", str(path), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert took < 60
    from xml.etree import ElementTree

    svg = ElementTree.fromstring(out.read_bytes())
    assert len([e for e in svg.iter() if e.get("class") == "edge"]) == 50 * 49


def test_the_cli_reports_a_timeout_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "dense.cxmap.yaml"
    path.write_text(dense_map(50), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cxmap", "render", str(path), "-o",
                           str(tmp_path / "d.svg"), "--timeout", "0.2"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.startswith("cxmap: error: Graphviz did not finish the layout within "
                                  "0.2 s (--timeout)")
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "d.svg").exists()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_long_render(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    path = tmp_path / "dense.cxmap.yaml"
    path.write_text(dense_map(60), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_RENDER, str(path),
                             str(tmp_path / "o.svg")], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        kids = _children(proc.pid)
        if kids:
            time.sleep(1.0)  # the child is in Graphviz now
            return proc, kids[0]
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("no layout child started")


#: cxmap's CLI with the dense-graph bounds switched off, so the layout runs for minutes
_SLOW_RENDER = """
import sys
import cxmap.layout as layout
layout.DENSE_MIN_EDGES = 10 ** 9
layout._BOOTSTRAP = layout._BOOTSTRAP.replace(
    "from cxmap.layout import child_main;",
    "import cxmap.layout as m; m.DENSE_MIN_EDGES = 10 ** 9; from cxmap.layout import child_main;")
sys.argv = ["cxmap", "render", sys.argv[1], "-o", sys.argv[2], "--timeout", "600"]
from cxmap.cli import main
main()
"""


@linux_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_to_cxmap_stops_the_layout_at_once(tmp_path: Path, signum: int) -> None:
    proc, child = _start_long_render(tmp_path)
    sent = time.monotonic()
    proc.send_signal(signum)
    proc.wait(timeout=10)
    assert time.monotonic() - sent < 3
    assert proc.returncode == -signum
    assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    deadline = time.monotonic() + 3
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
    assert list(tmp_path.glob("*.svg")) == [] and list(tmp_path.glob(".*tmp")) == []


@linux_only
def test_the_layout_child_dies_with_a_killed_cxmap(tmp_path: Path) -> None:
    proc, child = _start_long_render(tmp_path)
    proc.kill()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 3
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


# ------------------------------------------------------------------ started early
@linux_only
def test_cxmap_render_through_the_entry_point_leaves_no_process(tmp_path: Path) -> None:
    out = tmp_path / "s.svg"
    proc = subprocess.run([sys.executable, "-m", "cxmap", "render", str(SKLEP), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == render_file(SKLEP, RenderFormat.SVG).output
    # a usage error (a file where the output's folder should be): no child is left
    (tmp_path / "no").write_text("a file", encoding="utf-8")
    usage = subprocess.Popen([sys.executable, "-m", "cxmap", "render", str(SKLEP), "-o",
                              str(tmp_path / "no" / "s.svg")], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    _, err = usage.communicate(timeout=120)
    assert usage.returncode == 2 and b"Traceback" not in err
    time.sleep(0.5)
    assert _layout_children_of(usage.pid) == []


def _layout_children_of(pid: int) -> list[str]:
    """Layout children (alive, re-parented or not) started by process ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(b"child_main" in a for a in args) and str(pid).encode() in args:
            found.append(entry.name)
    return found
