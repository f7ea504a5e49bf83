"""render_file: the helper process never changes the result, only the time."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from cxmap.outputs.render import RenderFormat, RenderOptions
from cxmap.outputs.render import run as render_run
from cxmap.outputs.render.layout import LayoutError
from cxmap.outputs.render.run import render_file
from cxmap.util.fork import Pipe

EXAMPLES = Path(__file__).parent.parent / "examples"
SKLEP = EXAMPLES / "sklep-omnichannel.cxmap.yaml"
ORIGINAL_HELPER = render_run._helper
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@needs_fork
@pytest.mark.parametrize("fmt", list(RenderFormat))
def test_helper_and_in_process_give_the_same_bytes(fmt: RenderFormat) -> None:
    options = RenderOptions(branch="online") if fmt is RenderFormat.PNG else None
    helped = render_file(SKLEP, fmt, options)
    alone = render_file(SKLEP, fmt, options, parallel=False)
    assert helped.output is not None and helped.loaded.diagnostics == []
    if fmt is RenderFormat.PDF:  # a PDF carries its creation time
        assert isinstance(helped.output, bytes) and helped.output.startswith(b"%PDF")
        return
    assert helped.output == alone.output


@pytest.mark.parametrize("parallel", [True, False])
def test_invalid_map_gives_positioned_diagnostics_and_no_drawing(
        tmp_path: Path, parallel: bool) -> None:
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: x\ntitle: T\nstages:\n  - id: s\n    name: S\n"
                   "    touchpoints:\n      - id: t\n        name: N\n        score: 7\n",
                   encoding="utf-8")
    run = render_file(bad, RenderFormat.SVG, parallel=parallel)
    assert run.output is None
    assert [(d.line, d.column, d.code) for d in run.loaded.diagnostics] == [(10, 16, "CX103")]


@pytest.mark.parametrize("parallel", [True, False])
def test_yaml_syntax_error_is_reported_where_it_is(tmp_path: Path, parallel: bool) -> None:
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: [x\n", encoding="utf-8")
    run = render_file(bad, RenderFormat.SVG, parallel=parallel)
    assert run.output is None
    assert [(d.line, d.code) for d in run.loaded.diagnostics] == [(3, "CX001")]


def test_unreadable_file(tmp_path: Path) -> None:
    run = render_file(tmp_path / "missing.cxmap.yaml", RenderFormat.SVG)
    assert run.output is None
    assert [d.code for d in run.loaded.diagnostics] == ["CX003"]


@needs_fork
def test_helper_that_dies_is_replaced_by_work_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def quits_after_parsing(raw: bytes, fmt: RenderFormat):  # type: ignore[no-untyped-def]
        real = ORIGINAL_HELPER(raw, fmt)

        def work(pipe: Pipe) -> None:
            real_send = pipe.send
            pipe.send = lambda obj: (real_send(obj), os._exit(0))  # type: ignore[method-assign]
            real(pipe)
        return work

    monkeypatch.setattr(render_run, "_helper", quits_after_parsing)
    run = render_file(SKLEP, RenderFormat.SVG)
    assert isinstance(run.output, bytes) and b"</svg>" in run.output


@needs_fork
def test_helper_killed_while_drawing_is_a_layout_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def crashes_when_drawing(raw: bytes, fmt: RenderFormat):  # type: ignore[no-untyped-def]
        real = ORIGINAL_HELPER(raw, fmt)

        def work(pipe: Pipe) -> None:
            real_recv = pipe.recv
            pipe.recv = lambda: (real_recv(), os.kill(os.getpid(), signal.SIGKILL))  # type: ignore[method-assign]
            real(pipe)
        return work

    monkeypatch.setattr(render_run, "_helper", crashes_when_drawing)
    with pytest.raises(LayoutError, match=r"Graphviz crashed \(signal 9\)"):
        render_file(SKLEP, RenderFormat.SVG)
