"""``cxmap render`` as one function: a map file -> checked model -> diagram.

:func:`render_file` is what the CLI calls.  It returns data (the loaded map
with its diagnostics, and the diagram when the map is valid); it never prints
and never exits.

Graphviz's layout is the floor of a render; what comes before it is ours to
keep small, and on a machine with two cores most of it can run beside other
work.  So a forked helper process (:mod:`cxmap.util.fork`):

1. parses the YAML (without positions) while this process imports the map
   model - the two take about as long;
2. then imports pygraphviz and warms Graphviz up (plugins, fonts) while this
   process checks the map and builds the DOT text;
3. then lays the DOT out and hands back the drawing.

Anything unusual - no fork on the platform, other threads running, a parse
problem, an invalid map, the helper gone - falls back to doing the same work
here, in order, so the result never depends on the helper: a test holds the
two paths to the same bytes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxmap.outputs.render.options import RenderFormat, RenderOptions

if TYPE_CHECKING:
    from cxmap.api import LoadedMap
    from cxmap.util.fork import Child, Pipe


@dataclass
class RenderRun:
    """The map as loaded, and its diagram when it is valid."""

    loaded: LoadedMap
    output: bytes | str | None = None
    warnings: list[str] = field(default_factory=list)   # from Graphviz


#: what the helper sends when it could not parse the file (this process then
#: parses it again, with positions, to report where)
_PROBLEM = "problem"
#: a tiny graph drawn in the helper to load Graphviz's plugins and fonts
_WARM_UP = 'digraph { a [label="ą" shape=box] }'


def _helper(raw: bytes, fmt: RenderFormat) -> Callable[[Pipe], None]:
    def work(pipe: Pipe) -> None:
        from cxmap.load.yaml import YamlProblem, decode, parse_text

        try:
            pipe.send(("data", parse_text(decode(raw)).data))
        except YamlProblem:
            pipe.send((_PROBLEM, None))
            return
        if not fmt.needs_layout:
            return
        from cxmap.outputs.render.layout import LayoutError, layout

        with contextlib.suppress(LayoutError):
            layout(_WARM_UP, fmt)
        request = pipe.recv()
        if request is None:
            return
        dot, dot_fmt = request
        warnings: list[str] = []
        try:
            pipe.send(("ok", layout(dot, dot_fmt, warnings), warnings))
        except LayoutError as exc:
            pipe.send(("error", str(exc), warnings))
    return work


def _parsed_by(child: Child | None) -> Any:
    """The helper's parse as a position-less Document, or None to parse here."""
    from cxmap.load.yaml import Document
    from cxmap.util.fork import ChildLost

    if child is None:
        return None
    try:
        tag, data = child.recv()
    except ChildLost:
        return None
    return Document(data) if tag == "data" else None


def _laid_out_by(child: Child, dot: str, fmt: RenderFormat, run: RenderRun) -> bytes | None:
    """The helper's drawing of ``dot``; None when it is gone (draw it here)."""
    from cxmap.outputs.render.layout import LayoutError
    from cxmap.util.fork import ChildLost

    try:
        child.send((dot, fmt))
        reply = child.recv()
    except ChildLost:
        status = child.finish()
        if status < 0:  # killed by a signal: Graphviz crashed on this graph
            raise LayoutError(f"Graphviz crashed (signal {-status})") from None
        return None
    run.warnings.extend(reply[2])
    if reply[0] == "error":
        raise LayoutError(reply[1])
    data: bytes = reply[1]
    return data


def render_file(path: str | Path, fmt: RenderFormat, options: RenderOptions | None = None,
                *, parallel: bool = True) -> RenderRun:
    """Load, check and draw one map file.

    Raises :class:`cxmap.graph.UnknownBranchError` for an unknown
    ``options.branch`` and :class:`cxmap.outputs.render.layout.LayoutError`
    when Graphviz fails.  ``parallel=False`` keeps all the work in this process.
    """
    from cxmap.util.fork import fork_child

    options = options or RenderOptions()
    try:
        raw = Path(path).read_bytes()
    except OSError:
        from cxmap.api import load_map

        return RenderRun(load_map(path))
    child = fork_child(_helper(raw, fmt)) if parallel else None
    try:
        return _render(raw, str(path), fmt, options, child)
    finally:
        if child is not None:
            child.finish()


def _render(raw: bytes, file: str, fmt: RenderFormat, options: RenderOptions,
            child: Child | None) -> RenderRun:
    from cxmap.api import load_bytes
    from cxmap.outputs.render import render, render_dot
    from cxmap.outputs.render.layout import layout

    if child is not None and fmt.needs_layout:
        import graphviz  # noqa: F401 - for the DOT, while the helper still parses

    parsed = _parsed_by(child)
    run = RenderRun(load_bytes(raw, file))  # positioned; the helper's parse only signals "ok"
    journey = run.loaded.journey
    if journey is None:
        return run
    if not fmt.needs_layout:
        run.output = render(journey, fmt, options)
        return run
    dot = render_dot(journey, options)
    drawn = None
    if child is not None and parsed is not None:
        drawn = _laid_out_by(child, dot, fmt, run)
    run.output = drawn if drawn is not None else layout(dot, fmt, run.warnings)
    return run
