"""Diagrams of a journey map: DOT, SVG/PNG/PDF (Graphviz, in-process) and Mermaid.

:func:`render` is the one entry point the CLI calls.  Heavy libraries
(networkx, graphviz, pygraphviz) are imported inside the functions that use
them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cxmap.outputs.render.options import (
    Direction,
    FormatError,
    RenderFormat,
    RenderOptions,
    format_for_path,
    parse_format,
)

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

__all__ = ["Direction", "FormatError", "RenderFormat", "RenderOptions", "format_for_path",
           "parse_format", "render", "render_dot"]


def render_dot(journey: Journey, options: RenderOptions | None = None,
               graph: JourneyGraph | None = None) -> str:
    """The DOT source cxmap draws for a map."""
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.render.dot import to_dot

    options = options or RenderOptions()
    graph = graph or build_graph(journey, options.branch)
    return to_dot(journey, graph, options)


def _graphviz(fmt: RenderFormat) -> Callable[[Journey, RenderOptions], bytes | str]:
    def draw(journey: Journey, options: RenderOptions) -> bytes:
        from cxmap.outputs.render.layout import layout

        return layout(render_dot(journey, options), fmt)
    return draw


def _dot(journey: Journey, options: RenderOptions) -> str:
    return render_dot(journey, options)


def _mermaid(journey: Journey, options: RenderOptions) -> str:
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.render.mermaid import to_mermaid_flowchart

    return to_mermaid_flowchart(journey, build_graph(journey, options.branch), options)


def _mermaid_journey(journey: Journey, options: RenderOptions) -> str:
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.render.mermaid import to_mermaid_journey

    return to_mermaid_journey(journey, build_graph(journey, options.branch), options)


#: one renderer per format (a test proves every RenderFormat member is here)
RENDERERS: dict[RenderFormat, Callable[[Journey, RenderOptions], bytes | str]] = {
    RenderFormat.SVG: _graphviz(RenderFormat.SVG),
    RenderFormat.PNG: _graphviz(RenderFormat.PNG),
    RenderFormat.PDF: _graphviz(RenderFormat.PDF),
    RenderFormat.DOT: _dot,
    RenderFormat.MERMAID: _mermaid,
    RenderFormat.MERMAID_JOURNEY: _mermaid_journey,
}


def render(journey: Journey, fmt: RenderFormat,
           options: RenderOptions | None = None) -> bytes | str:
    """A diagram of ``journey``: ``bytes`` for png/pdf/svg, ``str`` for the
    text formats (dot, Mermaid).

    Raises :class:`cxmap.graph.UnknownBranchError` for an unknown
    ``options.branch`` and :class:`cxmap.outputs.render.layout.LayoutError`
    when Graphviz fails.
    """
    return RENDERERS[fmt](journey, options or RenderOptions())
