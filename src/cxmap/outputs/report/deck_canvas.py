"""The canvas on slides: the journey-map sheet as native, editable shapes.

The layout is the canvas's own
(:func:`~cxmap.outputs.render.canvas_geometry.layout_canvas`): its bands (rows
of stages, each with its stage headers and lanes) are placed on slides at one
scale, chosen so that no text is smaller than
:data:`~cxmap.outputs.report.deck.MIN_PT`.  When the whole canvas would need
smaller text, it is laid out in more, narrower bands and they go on several
slides ("continued").  The emotion curve under the lanes is left out here:
the deck has it as a native chart on a slide of its own.  A band whose lanes
are too tall for one slide at that size is cut between lanes: each piece has
the stage headers and some of the lanes; a piece whose lanes hold no card
is left out (its stages show on the piece with their cards).

Each card is one rounded rectangle filled with its score's colour; its text
is the card's: number, marks (★ ⚠), score (and target), then the name and
the channel and owner, as the canvas fitted them to the card (the name one
paragraph, wrapped by PowerPoint in no more lines than the canvas's).
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
    Box,
    CanvasLayout,
    Card,
    layout_canvas,
)
from cxmap.outputs.render.canvas_geometry import META_FONT as META_SIZE
from cxmap.outputs.render.svg import fit_lines, text_width
from cxmap.outputs.render.text import glue_short_words, score_text
from cxmap.outputs.report.deck_shapes import (
    BODY_W,
    COMPACT_TOP,
    MARGIN,
    MIN_PT,
    SLIDE_H,
    Deck,
    Run,
)

if TYPE_CHECKING:
    from pptx.slide import Slide

    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey

#: height kept under the canvas for its legend (two rows of chips)
LEGEND_ROW = 18.0
LEGEND_H = 2 * LEGEND_ROW + 2
#: the bottom margin of a canvas slide
BOTTOM = 14.0
#: the canvas is laid out for pages this many times wider and taller than a
#: slide (more stages side by side, or more bands), and the best is kept
CANDIDATES = ((1.0, 1.0), (2.0, 1.0), (1.0, 2.0), (4.0, 1.0), (1.0, 4.0))
#: a map with more drawn touchpoints than this takes the first readable
#: layout of :data:`CANDIDATES` (each layout of a big map costs tens of ms;
#: the canvas's own layout search narrows on big maps too)
SEARCH_ALL = 40


@dataclass(frozen=True)
class Piece:
    """Some consecutive stages and lanes of one band, with the lane names'
    column and the stage headers."""

    band: int
    stages: tuple[int, ...]
    #: the lane names' column: its left and right edge (pt at 100 %)
    left: float
    label_right: float
    #: the stages' span: left and right edge; the band's top and the lanes' bottom
    x0: float
    x1: float
    top: float
    bottom: float
    #: the lanes shown (ids), the band's first lane's top and the first shown one's
    lanes: tuple[str, ...] = ()
    band_lanes_top: float = 0.0
    lanes_top: float = 0.0

    @property
    def width(self) -> float:
        return self.label_right - self.left + self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top - (self.lanes_top - self.band_lanes_top)

    def y(self, y: float) -> float:
        """Where ``y`` (at 100 %) lands, from the piece's top: the headers as
        they are, the shown lanes right under them."""
        if y < self.band_lanes_top - 0.01:
            return y - self.top
        return self.band_lanes_top - self.top + y - self.lanes_top

    def x(self, x: float) -> float:
        """Where ``x`` (at 100 %) lands, from the piece's left edge."""
        if x < self.label_right - 0.01:
            return x - self.left
        return self.label_right - self.left + x - self.x0


@dataclass(frozen=True)
class Placed:
    """One slide's share of the canvas: its pieces, top to bottom, and the scale."""

    pieces: tuple[Piece, ...]
    scale: float


def _lane_groups(lay: CanvasLayout, b: int,
                 height: float) -> list[tuple[str, ...]] | None:
    """The band's lanes in runs that fit ``height`` (at 100 %) under the stage
    headers; None when one lane alone does not."""
    band = lay.bands[b]
    ids = [lane.id for lane in lay.lane_info if lane.id in band.lanes]
    head = min(band.lanes[i].y for i in ids) - band.box.y
    groups: list[list[str]] = []
    for lane in ids:
        box = band.lanes[lane]
        if head + box.h > height:
            return None
        if groups and head + box.bottom - band.lanes[groups[-1][0]].y <= height:
            groups[-1].append(lane)
        else:
            groups.append([lane])
    return [tuple(g) for g in groups]


def pieces_of(lay: CanvasLayout, width: float,
              height: float = float("inf")) -> list[Piece] | None:
    """Each band cut into runs of stages no wider than ``width`` (at 100 %,
    with the lane names' column), and into runs of lanes no taller than
    ``height`` with the headers (a run of lanes without a card in those
    stages left out, unless it is their only one); None when one stage or
    one lane alone does not fit."""
    out: list[Piece] = []
    occupied = {(card.band, card.stage, card.lane) for card in lay.cards.values()}
    for b, band in enumerate(lay.bands):
        left = min(box.x for box in band.lanes.values())
        label_right = band.columns[band.stages[0]].x
        lanes_top = min(box.y for box in band.lanes.values())
        groups = _lane_groups(lay, b, height)
        if groups is None:
            return None
        runs: list[list[int]] = [[]]
        for i in band.stages:
            col = band.columns[i]
            if label_right - left + col.w > width:
                return None
            if runs[-1] and label_right - left + col.right - band.columns[runs[-1][0]].x > width:
                runs.append([])
            runs[-1].append(i)
        for run in runs:
            # lanes without a card in these stages need no slide of their own
            # (the stages show with their other lanes)
            full = [g for g in groups
                    if any((b, i, lane) in occupied for i in run for lane in g)]
            for group in full or groups[:1]:
                out.append(Piece(b, tuple(run), left, label_right, band.columns[run[0]].x,
                                 band.columns[run[-1]].right, band.box.y,
                                 band.lanes[group[-1]].bottom, group, lanes_top,
                                 band.lanes[group[0]].y))
    return out


def plan_slides(lay: CanvasLayout, width: float, height: float,
                smallest: float) -> list[Placed] | None:
    """The canvas's pieces on slides, at one scale at which the smallest text
    is ``smallest`` points or more; None when that cannot be had."""
    need = smallest / MIN_FONT
    pieces = pieces_of(lay, width / need, height / need)
    if pieces is None or any(p.height * need > height for p in pieces):
        return None
    slides: list[list[Piece]] = [[]]
    used = 0.0
    for p in pieces:
        if slides[-1] and (used + p.height) * need > height:
            slides.append([])
            used = 0.0
        slides[-1].append(p)
        used += p.height
    scale = min(min(width / max(p.width for p in s), height / sum(p.height for p in s))
                for s in slides)
    return [Placed(tuple(s), scale) for s in slides]


def canvas_plan(journey: Journey, graph: JourneyGraph, w: Mapping[str, str],
                width: float, height: float,
                smallest: float) -> tuple[CanvasLayout, list[Placed]] | None:
    """The canvas laid out for the fewest slides at a readable size (then the
    largest text); on a map of more than :data:`SEARCH_ALL` touchpoints the
    first readable layout.  None when no layout is readable (one stage's
    cards in one lane are taller than a slide)."""
    best: tuple[CanvasLayout, list[Placed]] | None = None
    # the shared lane's name as the canvas has it ("All paths"; the report's
    # own "all_paths" is a table cell's "all")
    words = {**w, "all_paths": w["lane_all_paths"]}
    for wider, taller in CANDIDATES:
        # lanes straight across every stage: a slide may cut a band between them
        lay = layout_canvas(journey, graph, page=(width * wider, height * taller),
                            title="", legend=False, words=words, shared_columns=False)
        plan = plan_slides(lay, width, height, smallest)
        if plan is not None and (best is None or (len(plan), -plan[0].scale)
                                 < (len(best[1]), -best[1][0].scale)):
            best = lay, plan
            if len(plan) == 1 or len(lay.cards) > SEARCH_ALL:
                break
    return best


def canvas_slides(deck: Deck, journey: Journey, graph: JourneyGraph,
                  w: Mapping[str, str]) -> None:
    """The canvas on as few slides as keep every text readable."""
    height = SLIDE_H - COMPACT_TOP - BOTTOM - LEGEND_H
    best = canvas_plan(journey, graph, w, BODY_W, height, MIN_PT)
    if best is None:  # never text too small to read: say where to see the map
        slide = deck.slide(w["canvas_title"], compact=True)
        deck.text(slide, Box(MARGIN, COMPACT_TOP + 10, BODY_W, 80),
                  [[Run(line, 14.0)] for line in fit_lines(w["canvas_too_dense"], BODY_W - 20,
                                                           14.0)])
        return
    lay, plan = best
    names = {tp.id: tp.name for tp in journey.touchpoints}
    for n, placed in enumerate(plan):
        slide = deck.slide(w["canvas_title"] if n == 0
                           else f"{w['canvas_title']} ({w['continued']})", compact=True)
        y = COMPACT_TOP
        for piece in placed.pieces:
            y = _piece(deck, slide, lay, piece, y, placed.scale, names)
        _legend(deck, slide, w)


def _piece(deck: Deck, slide: Slide, lay: CanvasLayout, piece: Piece, top: float,
           s: float, names: Mapping[str, str]) -> float:
    """A piece of a band with its top at ``top`` (slide pt), at scale ``s``;
    returns the y under it."""
    band = lay.bands[piece.band]

    def at(bx: Box) -> Box:
        return Box(MARGIN + piece.x(bx.x) * s, top + piece.y(bx.y) * s, bx.w * s,
                   bx.h * s)

    multi = len(lay.lanes) > 1
    for k, lane in enumerate(lay.lane_info):
        if lane.id not in piece.lanes:
            continue
        row = band.lanes[lane.id]
        paras = [[Run(line, SMALL * s, True)] for line in lane.lines] if multi else []
        deck.text(slide, Box(MARGIN, top + piece.y(row.y) * s, piece.width * s, row.h * s),
                  paras, fill=LANE_FILL[k % 2], line="D9D9D9", line_w=0.6,
                  name=f"lane {lane.id or 'shared'}", pad=(5 * s, 5 * s))
    for i in piece.stages:
        head = band.heads[i]
        paras = [[Run(line, STAGE_FONT * s, True)] for line in head.lines]
        mean = Run(head.mean, SMALL * s, color="333333")
        if head.inline and paras:  # on the name's last line, as the canvas has it
            paras[-1] += [Run("  ", SMALL * s), mean]
        else:
            paras.append([mean])
        deck.text(slide, at(head.box), paras, fill=st.STAGE_FILL, line=st.STAGE_BORDER,
                  line_w=0.8, rounded=True, name=f"stage {head.stage_id}",
                  pad=(PAD * s, 4 * s), spacing=[STAGE_LEAD * s] * len(paras))
    for card in lay.cards.values():
        if card.band == piece.band and card.stage in piece.stages and card.lane in piece.lanes:
            _card(deck, slide, card, at(card.box), s, names.get(card.tp_id, ""))
    return top + piece.height * s + 6


def card_paragraphs(card: Card, s: float, name_text: str = "") -> list[list[Run]]:
    """A card's text: number, marks and score (and target) on the top row,
    with the name's first line when the canvas put it there; the (rest of
    the) name as one paragraph, which wraps in no more lines than the canvas
    gave it (Calibri is narrower than the metrics it measured with; a line
    a paragraph of its own where the canvas cut a word of ``name_text``, the
    touchpoint's name); the channel and owner, a paragraph per line of the
    canvas's."""
    fill = st.SCORE_STYLES[card.score] if card.score is not None else st.UNSCORED
    color = fill.font.lstrip("#")
    badges = " ".join(b.text for b in reversed(card.badges))
    head = " ".join(x for x in (str(card.number), card.marks, badges) if x)
    name = list(card.content.name)
    top = [Run(head + " ", SMALL * s, True, color)]
    if card.content.inline and name:
        top.append(Run(name.pop(0), NAME_FONT * s, True, color))
    whole = set(name_text.split())
    if name and all(word in whole for line in name for word in line.split()):
        # one-letter words stay glued to the next, as the canvas keeps them
        name = [glue_short_words(" ".join(name))]
    return [top, *([Run(line, NAME_FONT * s, True, color)] for line in name),
            *([Run(" · ".join(piece), META_SIZE * s, False, color)]
              for piece in card.content.meta)]


def _card(deck: Deck, slide: Slide, card: Card, box: Box, s: float, name: str) -> None:
    paras = card_paragraphs(card, s, name)
    fill = st.SCORE_STYLES[card.score] if card.score is not None else st.UNSCORED
    spacing = [TOP_ROW * s] + [NAME_LEAD * s] * (len(paras) - 1 - len(card.content.meta)) \
        + [META_LEAD * s] * len(card.content.meta)
    deck.text(slide, box, paras, fill=fill.fill, line=card.border, rounded=True,
              line_w=card.border_width * s, dashed=card.score is None,
              name=f"card {card.tp_id}",
              pad=((card.text_x - card.box.x) * s, (card.top - card.box.y) * s),
              spacing=spacing)


def _legend(deck: Deck, slide: Slide, w: Mapping[str, str]) -> None:
    """The scores' colours and the marks, as chips under the canvas (wrapped
    onto a second row when one is not wide enough)."""
    meanings = w["score_words"].split("|")
    items: list[tuple[str, st.ScoreStyle | None]] = [
        (f"{score_text(v)} {meanings[i]}", st.SCORE_STYLES[v]) for i, v in enumerate(range(-2, 3))]
    items.append((f"? {w['unscored_word']}", st.UNSCORED))
    items += [(f"{st.MOT_SYMBOL} {w['mot_long']}", None),
              (f"{st.EFFORT_SYMBOL} {w['effort_long']}", None)]
    x, y = MARGIN, SLIDE_H - BOTTOM - LEGEND_H + 2
    for label, style in items:
        width = text_width(label, MIN_PT) + 22
        if x + width > MARGIN + BODY_W:
            x, y = MARGIN, y + LEGEND_ROW
        color = style.font.lstrip("#") if style else None
        deck.text(slide, Box(x, y, width, LEGEND_ROW - 3), [[Run(label, MIN_PT, False, color)]],
                  fill=style.fill if style else None, line="7F7F7F" if style else None,
                  line_w=0.6, rounded=True, anchor="middle", name="legend", pad=(8, 0))
        x += width + 6
