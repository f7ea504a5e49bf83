"""``cxmap render`` as one function: a map file -> checked model -> diagram.

:func:`render_file` returns data (the loaded map with its diagnostics, and the
diagram when the map is valid); it never prints and never exits.

For svg/png/pdf the DOT text is laid out by Graphviz in a child process
(:func:`cxmap.layout.layout`), started when the DOT is ready and stopped after
``timeout`` seconds or whenever the drawing ends - so no process outlives the
render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.layout import DEFAULT_TIMEOUT
from cxmap.outputs.render.options import RenderFormat, RenderOptions

if TYPE_CHECKING:
    from cxmap.results import LoadedMap


@dataclass
class RenderRun:
    """The map as loaded, and its diagram when it is valid."""

    loaded: LoadedMap
    output: bytes | str | None = None
    warnings: list[str] = field(default_factory=list)   # from Graphviz
    notes: list[str] = field(default_factory=list)      # for the user (text too small)


def render_file(path: str | Path, fmt: RenderFormat, options: RenderOptions | None = None,
                *, timeout: float = DEFAULT_TIMEOUT) -> RenderRun:
    """Load, check and draw one map file.

    Raises :class:`cxmap.graph.UnknownBranchError` for an unknown
    ``options.branch``, :class:`cxmap.layout.LayoutError` when Graphviz fails
    and :class:`cxmap.layout.LayoutTimeout` when it takes longer than
    ``timeout`` seconds.
    """
    from cxmap.commands.load import load_map
    from cxmap.layout import layout
    from cxmap.outputs.render import View, draw_canvas, draw_flow, render
    from cxmap.outputs.render.options import check_view

    options = options or RenderOptions()
    check_view(fmt, options)
    run = RenderRun(load_map(path))
    journey = run.loaded.journey
    if journey is None:
        return run
    if options.view is View.CANVAS:
        run.output = draw_canvas(journey, fmt, options, run.notes)
    elif fmt.needs_layout:
        # a flow view on a page is made from Graphviz's SVG
        drawn = "svg" if options.page is not None else fmt.value
        run.output = draw_flow(journey, fmt, options,
                               lambda dot, warnings: layout(dot, drawn, warnings,
                                                            timeout=timeout),
                               run.warnings, run.notes)
    else:
        run.output = render(journey, fmt, options)
    return run
