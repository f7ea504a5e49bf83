"""The flow view on a page: stages in rows, the drawing fitted to the page.

Before layout, each stage's size is estimated from its touchpoints: its
width from the longest run of touchpoints one path walks through it (the
slots of :func:`cxmap.outputs.charts.curve.stage_slots`), its height from the
most touchpoints side by side.  The stages are then cut into consecutive rows
- never inside a stage - choosing the number of rows that lets the drawing
be largest on the page; Graphviz lays out all rows at once (each an
unconnected part of the graph, with continuation marks on the edges
between rows), and the SVG it draws is fitted to the page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.page import PAGE_MARGIN, Fit, Page, place_on_page, svg_to

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

#: estimated size of a touchpoint box and the space after it (pt)
NODE_W = 170.0
NODE_H = 72.0
#: a stage cluster's own margins and title, and continuation marks beside it
STAGE_EXTRA_W = 30.0
MARKS_W = 220.0
STAGE_EXTRA_H = 50.0
#: the heading, the legend, and the space between rows (continuation marks)
TITLE_H = 60.0
LEGEND_H = 130.0
ROW_GAP_H = 60.0
#: the smallest text in the flow view (pt at 100 %: marks above a name)
MIN_FONT = 9.0


def stage_sizes(journey: Journey, graph: JourneyGraph) -> list[tuple[float, float]]:
    """Estimated (width, height) of each drawn stage, in pt."""
    from cxmap.outputs.charts.curve import stage_slots

    slots = stage_slots(journey, graph)
    sizes = []
    for _n, _si, _stage, members in st.drawn_stages(journey, graph):
        per_slot: dict[int, int] = {}
        for tp in members:
            per_slot[slots[tp.id].index] = per_slot.get(slots[tp.id].index, 0) + 1
        count = slots[members[0].id].count
        sizes.append((count * NODE_W + STAGE_EXTRA_W,
                      max(per_slot.values()) * NODE_H + STAGE_EXTRA_H))
    return sizes


def split_rows(sizes: list[tuple[float, float]], rows: int) -> list[list[int]]:
    """Consecutive stages into ``rows`` rows of similar width."""
    from cxmap.outputs.render.canvas import band_splits

    return band_splits([w for w, _h in sizes], rows)


def flow_rows(journey: Journey, graph: JourneyGraph, page: Page) -> list[list[int]]:
    """The rows of stages that let the drawing be largest on ``page``."""
    sizes = stage_sizes(journey, graph)
    pw, ph = page.size
    pw, ph = pw - 2 * PAGE_MARGIN, ph - 2 * PAGE_MARGIN
    best: tuple[float, list[list[int]]] | None = None
    for count in range(1, len(sizes) + 1):
        rows = split_rows(sizes, count)
        width = max(sum(sizes[i][0] for i in row) for row in rows) + (
            MARKS_W if count > 1 else 0)
        height = TITLE_H + LEGEND_H + sum(max(sizes[i][1] for i in row) + ROW_GAP_H
                                          for row in rows)
        scale = min(pw / width, ph / height)
        if best is None or scale > best[0] * 1.02:
            best = (scale, rows)
    assert best is not None
    return best[1]


_SIZE = re.compile(r'<svg\b[^>]*?viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"')


def on_page(svg: bytes, page: Page, fmt: str, dpi: int | None = None) -> tuple[bytes, Fit]:
    """Graphviz's SVG fitted to ``page``, as ``fmt`` (svg, png or pdf)."""
    text = svg.decode("utf-8")
    match = _SIZE.search(text)
    if match is None:
        raise ValueError("Graphviz's SVG has no viewBox")
    width, height = float(match.group(3)), float(match.group(4))
    placed, how = place_on_page(text, width, height, page)
    if fmt == "svg":
        return placed.encode("utf-8"), how
    return svg_to(placed, fmt, dpi=dpi), how
