"""DOT text -> SVG/PNG/PDF bytes, laid out in-process by the Graphviz engine
bundled in the pygraphviz wheel (no Graphviz installation needed)."""

from __future__ import annotations

from cxmap.outputs.render.options import RenderFormat


class LayoutError(RuntimeError):
    """Graphviz could not lay out or draw the diagram."""


def layout(dot_source: str, fmt: RenderFormat) -> bytes:
    """Lay ``dot_source`` out with the ``dot`` engine and draw it as ``fmt``."""
    if not fmt.needs_layout:
        raise ValueError(f"{fmt.value} is not drawn by Graphviz")
    import pygraphviz

    try:
        graph = pygraphviz.AGraph(string=dot_source)
        data = graph.draw(format=fmt.value, prog="dot")
    except (OSError, ValueError, pygraphviz.DotError) as exc:  # pragma: no cover
        raise LayoutError(f"Graphviz failed: {exc}") from exc
    if not isinstance(data, bytes) or not data:  # pragma: no cover
        raise LayoutError("Graphviz produced no output")
    return data
