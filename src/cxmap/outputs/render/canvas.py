"""The journey-map canvas drawn as SVG: the classic sheet, by cxmap itself.

:mod:`cxmap.outputs.render.canvas_geometry` decides every box, line of text
and colour; this module only writes them.  Cards use the flow view's marks:
fill of the score badge from the same palette with the score printed, a
dashed grey border when unscored, a double border and ★ for a moment of
truth, a thick border and ⚠ for customer effort; a target different from the
score is a hollow badge "→ +2", as the curve's hollow target markers.  Each
card and curve point carries its number and the touchpoint's whole name as
its tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from cxmap.outputs.charts.curve import draw_legend, draw_plot
from cxmap.outputs.render import style as st
from cxmap.outputs.render.canvas_geometry import (
    LABEL_LEAD,
    LANE_FILL,
    MARGIN,
    META_FONT,
    META_LEAD,
    META_SEP,
    NAME_FONT,
    NAME_LEAD,
    PAD,
    SMALL,
    STAGE_FONT,
    STAGE_LEAD,
    SUB_FONT,
    TITLE_FONT,
    TOP_ROW,
    Band,
    CanvasLayout,
    Card,
    layout_canvas,
)
from cxmap.outputs.render.svg import Svg, text_width
from cxmap.outputs.render.text import MAX_TITLE, clean

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

__all__ = ["canvas_svg"]


def canvas_svg(journey: Journey, graph: JourneyGraph, *, page: tuple[float, float] | None = None,
               title: str | None = None, legend: bool = True,
               language: str | None = None,
               floor: float | None = None) -> tuple[str, CanvasLayout]:
    """The canvas as an SVG document (sizes in pt) and its layout (``page``
    and ``floor``: as :func:`layout_canvas` takes them)."""
    words = st.words(language or journey.language)
    lay = layout_canvas(journey, graph, page=page, title=title, legend=legend, words=words,
                        floor=floor)
    heading = (clean(title if title is not None else journey.title, MAX_TITLE)
               if title != "" else None)
    svg = Svg(lay.width, lay.height, title=heading, css_class="cxmap-canvas")
    svg.rect(0, 0, lay.width, lay.height, fill="white")
    y = MARGIN
    for line in lay.title:
        y += TITLE_FONT
        svg.text(MARGIN, y, line, TITLE_FONT, font_weight="bold", fill="#000000",
                 class_="title")
        y += 3
    if lay.subtitle:
        y += 2
    for line in lay.subtitle:
        y += SUB_FONT
        svg.text(MARGIN, y, line, SUB_FONT, fill="#333333", class_="subtitle")
        y += 3
    for b, band in enumerate(lay.bands):
        _draw_band(svg, band, b, lay)
    if legend:
        svg.open("g", class_="legend")
        draw_legend(svg, lay.legend, SMALL)
        svg.close()
    return str(svg), lay


def _draw_band(svg: Svg, band: Band, index: int, lay: CanvasLayout) -> None:
    svg.open("g", class_="band")
    multi = len(lay.lanes) > 1
    # lane backgrounds and labels
    for k, lane in enumerate(lay.lane_info):
        box = band.lanes[lane.id]
        svg.rect(box.x, box.y, box.w, box.h, fill=LANE_FILL[k % 2], stroke="#d9d9d9",
                 stroke_width=0.6, class_="lane", data_lane=lane.id or "shared")
        if multi:
            svg.lines(box.x + 5, box.y + SMALL + 5, lane.lines, SMALL, LABEL_LEAD,
                      font_weight="bold", fill="#000000", class_="lane-label")
            sy = box.y + SMALL + 5 + len(lane.lines) * LABEL_LEAD - 2
            dash = {"dashed": "7 4", "dotted": "2 3"}.get(lane.line)
            if box.h > sy - box.y + 4:
                svg.line(box.x + 5, sy, box.x + lay.label_w - 10, sy, stroke=lane.color,
                         stroke_width=4.2 if not lane.id else 2.0, stroke_dasharray=dash)
    # shared columns: the shared lane's cell down across every lane, named
    # on its top strip with the shared line's sample
    shared = lay.lane_info[0]
    for i in band.open_stages:
        cell = band.cells[(i, "")]
        svg.rect(cell.x, cell.y, cell.w, cell.h, fill=LANE_FILL[0], stroke="#d9d9d9",
                 stroke_width=0.6, class_="lane shared-column", data_lane="shared")
        name_w = text_width(shared.name, SMALL, bold=True)
        if band.open_turned:    # along the left edge, read bottom to top
            cx, top = cell.x + 3 + SMALL, cell.y + 5 + name_w
            svg.text(cx, top, shared.name, SMALL, font_weight="bold", fill="#000000",
                     transform=f"rotate(-90 {cx:.2f} {top:.2f})", class_="lane-label")
            sx = cx - SMALL / 3
            svg.line(sx, top + 5, sx, min(top + 35, cell.bottom - 5), stroke=shared.color,
                     stroke_width=4.2)
            continue
        base = cell.y + SMALL + 3
        svg.text(cell.x + PAD, base, shared.name, SMALL, font_weight="bold", fill="#000000",
                 class_="lane-label")
        sx = cell.x + PAD + name_w + 5
        if sx + 12 < cell.right - PAD:
            svg.line(sx, base - SMALL / 3, min(sx + 30, cell.right - PAD), base - SMALL / 3,
                     stroke=shared.color, stroke_width=4.2)
    # stage columns: header and a faint frame
    for i in band.stages:
        col = band.columns[i]
        head = band.heads[i]
        hb = head.box
        svg.rect(hb.x + 1, hb.y, hb.w - 2, hb.h - 3, rx=3, fill=st.STAGE_FILL,
                 stroke=st.STAGE_BORDER, stroke_width=0.8, class_="stage",
                 data_stage=head.stage_id)
        svg.lines(hb.x + PAD, hb.y + 5 + STAGE_FONT, head.lines, STAGE_FONT, STAGE_LEAD,
                  font_weight="bold", fill="#000000", class_="stage-name")
        if head.inline:
            svg.text(hb.right - PAD, hb.y + 5 + STAGE_FONT + (len(head.lines) - 1) * STAGE_LEAD,
                     head.mean, SMALL, fill="#333333", class_="stage-mean",
                     text_anchor="end")
        else:
            svg.text(hb.x + PAD, hb.y + 5 + STAGE_FONT + len(head.lines) * STAGE_LEAD - 1,
                     head.mean, SMALL, fill="#333333", class_="stage-mean")
        svg.line(col.x, hb.bottom, col.x, col.bottom, stroke=st.STAGE_BORDER,
                 stroke_width=0.8)
    last = band.columns[band.stages[-1]]
    svg.line(last.right, band.header[band.stages[-1]].bottom, last.right, last.bottom,
             stroke=st.STAGE_BORDER, stroke_width=0.8)
    for card in lay.cards.values():
        if card.band == index:
            _draw_card(svg, card)
    # the curve
    if lay.curve_label and not lay.curve_turned:
        svg.lines(MARGIN + 5, band.curve.top - 4, lay.curve_label, SMALL, LABEL_LEAD,
                  font_weight="bold", fill="#000000", class_="curve-label")
    elif lay.curve_label:   # a narrow column: the label turned, as a swimlane's name
        cx, cy = MARGIN + 4 + SMALL, band.curve.top + band.curve.height / 2
        svg.text(cx, cy, lay.curve_label[0], SMALL, font_weight="bold", fill="#000000",
                 text_anchor="middle", transform=f"rotate(-90 {cx:.2f} {cy:.2f})",
                 class_="curve-label")
    if band.plot is not None:
        draw_plot(svg, band.plot, SMALL)
    svg.close()


def _draw_card(svg: Svg, card: Card) -> None:
    b = card.box
    svg.open("g", class_="card", data_id=card.tp_id)
    # the number and whole name as the card's tooltip and accessible name
    svg.raw(f"<title>{escape(f'{card.number}. {card.name}')}</title>")
    dashed = card.score is None
    svg.rect(b.x, b.y, b.w, b.h, rx=4, fill="white", stroke=card.border,
             stroke_width=card.border_width, stroke_dasharray="4 2.5" if dashed else None,
             class_="card-box")
    inner = card.inner_frame
    if inner is not None:
        svg.rect(inner.x, inner.y, inner.w, inner.h, rx=3, fill="none", stroke=card.border,
                 stroke_width=0.9, class_="card-frame")
    # top row: number, marks, the name's start | score badge (and target badge)
    top = card.top
    base = top + 9
    svg.text(card.text_x, base, str(card.number), SMALL, font_weight="bold", fill="#000000",
             class_="card-number")
    if card.marks:
        svg.text(card.marks_x, base, card.marks, SMALL, fill="#000000", class_="card-marks")
    for badge in card.badges:
        bb = badge.box
        if badge.kind == "target":
            svg.rect(bb.x, bb.y, bb.w, bb.h, rx=5.5, fill=badge.fill, stroke=st.BORDER,
                     stroke_width=0.9, class_="card-target")
            svg.text(bb.x + bb.w / 2, base, badge.text, SMALL, text_anchor="middle",
                     fill=badge.font_color)
        else:
            svg.rect(bb.x, bb.y, bb.w, bb.h, rx=2.5, fill=badge.fill,
                     stroke=st.UNSCORED_BORDER if badge.dashed else st.BORDER,
                     stroke_width=0.8, stroke_dasharray="2 1.5" if badge.dashed else None,
                     class_="card-score")
            svg.text(bb.x + bb.w / 2, base, badge.text, SMALL, text_anchor="middle",
                     font_weight="bold", fill=badge.font_color)
    # name and meta
    lines = card.content.name
    if card.content.inline and lines:
        svg.text(card.name_x, base, lines[0], NAME_FONT, font_weight="bold", fill="#000000",
                 class_="card-name")
        lines = lines[1:]
    y = top + TOP_ROW + NAME_FONT - 1.5
    svg.lines(card.text_x, y, lines, NAME_FONT, NAME_LEAD, font_weight="bold",
              fill="#000000", class_="card-name")
    y += (len(lines) - 1) * NAME_LEAD + META_LEAD + 1 if lines else 0.5
    for pieces in card.content.meta:
        svg.pieces(card.text_x, y, pieces, META_FONT, sep=META_SEP, piece_class="card-meta",
                   sep_class="card-sep", fill="#333333")
        y += META_LEAD
    svg.close()
