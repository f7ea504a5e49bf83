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
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.page import PAGE_MARGIN, Fit, Page, place_on_page, svg_to

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

#: estimates of the drawn sizes (pt), measured on the page style of the
#: DOT (text at 8-10 pt): a rank (a box and the space after it), a level (a
#: box stacked under another), a stage's title and margins, the heading and
#: legend, the space between rows.  All rows share Graphviz's ranks, so a
#: row is as wide as its ranks, continuation marks included.
RANK_W = 117.0
LEVEL_H = 46.0
STAGE_EXTRA_H = 30.0
TITLE_LEGEND_H = 100.0
ROW_GAP_H = 6.0
#: a page scale this far above 1 (the smallest text at 8.8 pt) is roomy:
#: then a layout with fewer rows is kept unless one with more is 2 % larger
ROOMY = 1.1
#: every split of the stages into rows is tried up to this many stages
ALL_SPLITS = 12
#: the smallest text in the flow view on a page (pt at 100 %: marks above a
#: name, the score line, continuation marks, the legend)
MIN_FONT = 8.0


def stage_sizes(journey: Journey, graph: JourneyGraph) -> list[tuple[int, int]]:
    """(ranks, levels) of each drawn stage: the longest run of touchpoints one
    path walks through it, and the most touchpoints side by side."""
    from cxmap.outputs.charts.curve import stage_slots

    slots = stage_slots(journey, graph)
    sizes = []
    for _n, _si, _stage, members in st.drawn_stages(journey, graph):
        per_slot: dict[int, int] = {}
        for tp in members:
            per_slot[slots[tp.id].index] = per_slot.get(slots[tp.id].index, 0) + 1
        sizes.append((slots[members[0].id].count, max(per_slot.values())))
    return sizes


def estimate(sizes: list[tuple[int, int]], rows: list[list[int]]) -> tuple[float, float]:
    """Estimated (width, height) of the drawing with stages in ``rows``."""
    last = len(rows) - 1
    width = RANK_W * max(sum(sizes[i][0] for i in row) + (r > 0) + (r < last)
                         for r, row in enumerate(rows))
    height = TITLE_LEGEND_H + sum(max(sizes[i][1] for i in row) * LEVEL_H + STAGE_EXTRA_H
                                  + ROW_GAP_H for row in rows)
    return width, height


def _splits(count: int) -> Iterator[list[list[int]]]:
    """Every way to cut ``count`` stages into consecutive rows (few stages), or
    rows of similar length (many); fewer rows first, made one at a time (the
    cuts of 20,000 stages into 1...20,000 rows would fill gigabytes)."""
    if count <= ALL_SPLITS:
        out = []
        for mask in range(2 ** max(count - 1, 0)):
            rows = [[0]]
            for i in range(1, count):
                if mask >> (i - 1) & 1:
                    rows.append([])
                rows[-1].append(i)
            out.append(rows)
        yield from sorted(out, key=len)
        return
    from cxmap.outputs.render.canvas_geometry import band_splits

    for n in range(1, count + 1):
        yield band_splits([1.0] * count, n)


def flow_rows(journey: Journey, graph: JourneyGraph, page: Page) -> list[list[int]]:
    """The rows of stages that let the drawing be largest on ``page`` (fewer
    rows when two choices are within 2 % and both leave the text well above
    its smallest size)."""
    sizes = stage_sizes(journey, graph)
    pw, ph = page.size
    pw, ph = pw - 2 * PAGE_MARGIN, ph - 2 * PAGE_MARGIN
    best: tuple[float, list[list[int]]] | None = None
    for rows in _splits(len(sizes)):
        # every row is at least one level high: once even that height leaves
        # a smaller scale than the best, more rows cannot do better
        if best is not None and ph / (TITLE_LEGEND_H + len(rows) * (
                LEVEL_H + STAGE_EXTRA_H + ROW_GAP_H)) <= best[0]:
            break
        width, height = estimate(sizes, rows)
        scale = min(pw / width, ph / height)
        if best is None or scale > best[0] * (1.02 if best[0] >= ROOMY else 1.0):
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
