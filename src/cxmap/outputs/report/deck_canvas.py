"""The canvas on slides: the journey-map sheet as native, editable shapes.

The layout is the canvas's own
(:func:`~cxmap.outputs.render.canvas_geometry.layout_canvas`): its bands (rows
of stages, each with its stage headers and lanes) are placed on slides at one
scale, chosen so that no text is smaller than
:data:`~cxmap.outputs.report.deck.MIN_PT`.  When the whole canvas would need
smaller text, it is laid out in more, narrower bands and they go on several
slides ("continued").  The emotion curve under the lanes is left out here:
the deck has it as a native chart on a slide of its own.

Each card is one rounded rectangle filled with its score's colour; its text
is the card's: number, marks (★ ⚠), score (and target), then the name's
lines and the channel and owner, as the canvas fitted them to the card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.canvas_geometry import (
    LANE_FILL,
    META_LEAD,
    MIN_FONT,
    NAME_FONT,
    NAME_LEAD,
    PAD,
    SMALL,
    STAGE_FONT,
    STAGE_LEAD,
    TOP_ROW,
    Band,
    CanvasLayout,
    Card,
    layout_canvas,
)
from cxmap.outputs.render.canvas_geometry import META_FONT as META_SIZE
from cxmap.outputs.render.canvas_geometry import Box as CanvasBox
from cxmap.outputs.render.svg import text_width
from cxmap.outputs.render.text import score_text
from cxmap.outputs.report.deck import (
    BODY_H,
    BODY_TOP,
    BODY_W,
    MARGIN,
    MIN_PT,
    SLIDE_H,
    Box,
    Deck,
    Run,
)

if TYPE_CHECKING:
    from pptx.slide import Slide

    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

#: height kept under the canvas for its legend
LEGEND_H = 24.0
#: how many times taller than a slide the canvas may be laid out (more bands)
MAX_STACK = 8


@dataclass(frozen=True)
class Placed:
    """One slide's share of the canvas: its bands, and the scale they are drawn at."""

    bands: list[int]
    scale: float


def extent(band: Band) -> tuple[float, float, float, float]:
    """The band without its curve: left, top, right, bottom (pt at 100 %)."""
    left = min(box.x for box in band.lanes.values())
    right = max(box.right for box in band.lanes.values())
    bottom = max(box.bottom for box in band.lanes.values())
    return left, band.box.y, right, bottom


def plan_slides(lay: CanvasLayout, width: float, height: float,
                smallest: float) -> list[Placed] | None:
    """The bands per slide at one scale at which the smallest text is
    ``smallest`` points or more; None when a band alone would need less."""
    sizes = [(r - x, b - y) for x, y, r, b in (extent(band) for band in lay.bands)]
    need = smallest / MIN_FONT
    scale = min(width / max(w for w, _h in sizes), height / max(h for _w, h in sizes))
    if scale < need:
        return None
    slides: list[list[int]] = [[]]
    used = 0.0
    for i, (_w, h) in enumerate(sizes):
        if slides[-1] and (used + h) * max(need, 1e-9) > height:
            slides.append([])
            used = 0.0
        slides[-1].append(i)
        used += h
    scale = min(scale, *(height / sum(sizes[i][1] for i in s) for s in slides))
    return [Placed(s, scale) for s in slides]


def canvas_slides(deck: Deck, journey: Journey, graph: JourneyGraph,
                  w: Mapping[str, str]) -> None:
    """The canvas on as few slides as keep every text readable."""
    height = BODY_H - LEGEND_H
    plan: list[Placed] | None = None
    for stack in range(1, MAX_STACK + 1):
        lay = layout_canvas(journey, graph, page=(BODY_W, height * stack), title="",
                            legend=False, words=w)
        plan = plan_slides(lay, BODY_W, height, MIN_PT)
        if plan is not None:
            break
    if plan is None:  # a band wider than any slide at that size: the size that fits
        plan = plan_slides(lay, BODY_W, height, 0.0)
        assert plan is not None
    for n, placed in enumerate(plan):
        slide = deck.slide(w["canvas_title"] if n == 0
                           else f"{w['canvas_title']} ({w['continued']})")
        y = BODY_TOP
        for b in placed.bands:
            y = _band(deck, slide, lay, b, y, placed.scale)
        _legend(deck, slide, w)


def _band(deck: Deck, slide: Slide, lay: CanvasLayout, index: int, top: float,
          s: float) -> float:
    """Band ``index`` with its top at ``top`` (slide pt), at scale ``s``;
    returns the y under it."""
    band = lay.bands[index]
    left, y0, _right, bottom = extent(band)

    def at(bx: CanvasBox) -> Box:
        return Box(MARGIN + (bx.x - left) * s, top + (bx.y - y0) * s, bx.w * s, bx.h * s)

    multi = len(lay.lanes) > 1
    for k, lane in enumerate(lay.lane_info):
        paras = [[Run(line, SMALL * s, True)] for line in lane.lines] if multi else []
        deck.text(slide, at(band.lanes[lane.id]), paras, fill=LANE_FILL[k % 2], line="D9D9D9",
                  line_w=0.6, name=f"lane {lane.id or 'shared'}", pad=(5 * s, 5 * s))
    for i in band.stages:
        head = band.heads[i]
        paras = [[Run(line, STAGE_FONT * s, True)] for line in head.lines]
        paras.append([Run(head.mean, SMALL * s, color="333333")])
        deck.text(slide, at(head.box), paras, fill=st.STAGE_FILL, line=st.STAGE_BORDER,
                  line_w=0.8, rounded=True, name=f"stage {head.stage_id}",
                  pad=(PAD * s, 4 * s), spacing=[STAGE_LEAD * s] * len(paras))
    for card in lay.cards.values():
        if card.band == index:
            _card(deck, slide, card, at(card.box), s)
    return top + (bottom - y0) * s + 6


def card_paragraphs(card: Card, s: float) -> list[list[Run]]:
    """A card's text: number, marks and score (and target) on the top row,
    with the name's first line when the canvas put it there; the name; the
    channel and owner."""
    fill = st.SCORE_STYLES[card.score] if card.score is not None else st.UNSCORED
    color = fill.font.lstrip("#")
    badges = " ".join(b.text for b in reversed(card.badges))
    head = " ".join(x for x in (str(card.number), card.marks, badges) if x)
    name = list(card.content.name)
    top = [Run(head + " ", SMALL * s, True, color)]
    if card.content.inline and name:
        top.append(Run(name.pop(0), NAME_FONT * s, True, color))
    return [top, *([Run(line, NAME_FONT * s, True, color)] for line in name),
            *([Run(" · ".join(piece), META_SIZE * s, False, color)]
              for piece in card.content.meta)]


def _card(deck: Deck, slide: Slide, card: Card, box: Box, s: float) -> None:
    paras = card_paragraphs(card, s)
    fill = st.SCORE_STYLES[card.score] if card.score is not None else st.UNSCORED
    spacing = [TOP_ROW * s] + [NAME_LEAD * s] * (len(paras) - 1 - len(card.content.meta)) \
        + [META_LEAD * s] * len(card.content.meta)
    deck.text(slide, box, paras, fill=fill.fill, line=card.border, rounded=True,
              line_w=card.border_width * s, dashed=card.score is None,
              name=f"card {card.tp_id}",
              pad=((card.text_x - card.box.x) * s, (card.top - card.box.y) * s),
              spacing=spacing)


def _legend(deck: Deck, slide: Slide, w: Mapping[str, str]) -> None:
    y = SLIDE_H - MARGIN - LEGEND_H + 6
    x = MARGIN
    meanings = w["score_words"].split("|")
    items = [(f"{score_text(v)} {meanings[i]}", st.SCORE_STYLES[v])
             for i, v in enumerate(range(-2, 3))]
    items.append((f"? {w['unscored_word']}", st.UNSCORED))
    for label, style in items:
        width = text_width(label, MIN_PT) + 14
        deck.text(slide, Box(x, y, width, 18), [[Run(label, MIN_PT, False,
                                                     style.font.lstrip("#"))]],
                  fill=style.fill, line="7F7F7F", line_w=0.6, rounded=True, anchor="middle",
                  name="legend", pad=(7, 1))
        x += width + 6
    marks = f"{st.MOT_SYMBOL} {w['mot_long']}   {st.EFFORT_SYMBOL} {w['effort_long']}"
    deck.text(slide, Box(x + 6, y, text_width(marks, MIN_PT) + 14, 18), [[Run(marks, MIN_PT)]],
              anchor="middle", name="legend", pad=(7, 1))
