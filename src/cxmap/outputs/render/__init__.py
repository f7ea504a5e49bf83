"""Diagrams of a journey map: DOT, SVG/PNG/PDF and Mermaid.

:func:`render` is the one entry point the CLI calls.  The journey graph
(networkx) and the DOT text (the graphviz package) are imported inside the
functions that use them; Graphviz lays the DOT out in a child process
(:mod:`cxmap.layout`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cxmap.outputs.render.options import (
    Direction,
    FormatError,
    RenderFormat,
    RenderOptions,
    View,
    ViewError,
    check_view,
    format_for_path,
    parse_format,
)
from cxmap.outputs.render.page import Page

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

__all__ = ["Direction", "FormatError", "Page", "RenderFormat", "RenderOptions", "View",
           "ViewError", "draw_canvas", "draw_flow", "format_for_path", "parse_format",
           "render", "render_dot"]


def render_dot(journey: Journey, options: RenderOptions | None = None,
               graph: JourneyGraph | None = None) -> str:
    """The DOT source cxmap draws for a map (with ``options.page``: stages in
    rows fitted to the page, edges between rows as continuation marks)."""
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.render.dot import to_dot

    options = options or RenderOptions()
    graph = graph or build_graph(journey, options.branch)
    rows = None
    if options.page is not None:
        from cxmap.outputs.render.flowpage import flow_rows

        rows = flow_rows(journey, graph, options.page)
    return to_dot(journey, graph, options, rows)


#: lays DOT out and draws it: ``draw(dot, warnings) -> bytes``
Draw = Callable[[str, list[str] | None], bytes]


def draw_flow(journey: Journey, fmt: RenderFormat, options: RenderOptions, draw: Draw,
              warnings: list[str] | None = None, notes: list[str] | None = None) -> bytes:
    """The flow view as svg/png/pdf, Graphviz running through ``draw`` (which
    must draw SVG when ``options.page`` is set: the page is made from it).
    ``notes`` gets a sentence when the text comes out below 8 pt on the page."""
    dot = render_dot(journey, options)
    if options.page is None:
        return draw(dot, warnings)
    from cxmap.outputs.render.flowpage import MIN_FONT, on_page

    data, fitted = on_page(draw(dot, warnings), options.page, fmt.value, options.dpi)
    _small_text_note(journey, options, fitted.scale * MIN_FONT, notes)
    return data


def _small_text_note(journey: Journey, options: RenderOptions, smallest: float,
                     notes: list[str] | None) -> None:
    if notes is None or options.page is None or smallest >= 7.95:
        return
    from cxmap.i18n import decimal, language_of
    from cxmap.outputs.render.style import words

    size = decimal(f"{smallest:.1f}", language_of(journey.language))
    notes.append(words(journey.language)["too_big"].format(
        page=options.page.value.upper(), size=size))


def draw_canvas(journey: Journey, fmt: RenderFormat, options: RenderOptions,
                notes: list[str] | None = None) -> bytes:
    """The journey-map canvas as svg/png/pdf (``notes``: as for :func:`draw_flow`)."""
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.render.canvas import canvas_svg
    from cxmap.outputs.render.page import place_on_page, svg_to
    from cxmap.outputs.render.svg import XML_DECLARATION

    graph = build_graph(journey, options.branch)
    if len(graph) == 0:  # no card, no curve: said instead of an empty sheet
        from cxmap.i18n import resolve_language, t
        from cxmap.layout import LayoutError

        key = "canvas_no_touchpoints_branch" if options.branch else "canvas_no_touchpoints"
        raise LayoutError(t(f"render.{key}", resolve_language(), branch=options.branch))
    # laid out for the page's printable area (inside its margins), where
    # fewer bands win as long as the text stays at 8 pt or more
    page = options.page.inner if options.page is not None else None
    svg, lay = canvas_svg(journey, graph, page=page, title=options.title,
                          legend=options.legend, floor=8.0 if page is not None else None)
    if options.page is not None:
        from cxmap.outputs.render.canvas_geometry import MIN_FONT

        svg, fitted = place_on_page(svg, lay.width, lay.height, options.page)
        _small_text_note(journey, options, fitted.scale * MIN_FONT, notes)
    if fmt is RenderFormat.SVG:
        return (XML_DECLARATION + svg + "\n").encode("utf-8")
    return svg_to(svg, fmt.value, dpi=options.dpi)


def _graphviz(fmt: RenderFormat) -> Callable[[Journey, RenderOptions], bytes | str]:
    def draw(journey: Journey, options: RenderOptions) -> bytes:
        from cxmap.layout import layout

        laid_out = "svg" if options.page is not None else fmt.value
        return draw_flow(journey, fmt, options,
                         lambda dot, warnings: layout(dot, laid_out, warnings))
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
    ``options.branch``, :class:`ViewError` for a view or page the format
    cannot carry (the canvas or a page as DOT or Mermaid),
    :class:`cxmap.layout.LayoutError` when Graphviz fails and
    :class:`cxmap.outputs.render.page.ConvertError` when PNG/PDF cannot be made
    from an SVG.
    """
    options = options or RenderOptions()
    check_view(fmt, options)
    if options.view is View.CANVAS:
        return draw_canvas(journey, fmt, options)
    return RENDERERS[fmt](journey, options)
