"""The journey-map canvas: the classic sheet, drawn as SVG by cxmap itself.

Stages are columns (number, name, mean score); lanes are rows: the shared
lane ("All paths") and one lane per branch.  Each touchpoint is a card in its
stage's column and its lane - a touchpoint on some branches only sits in the
lane of the first of them and names the others ("also: …").  A stage whose
touchpoints are all shared has no use for branch lanes: its shared cards fill
the whole column.  Under the lanes runs the emotion curve
(:mod:`cxmap.outputs.charts.curve`), each point numbered like its card.

Cards use the flow view's marks: fill of the score badge from the same
palette with the score printed, a dashed grey border when unscored, a double
border and ★ for a moment of truth, a thick border and ⚠ for customer effort;
a target different from the score is a hollow badge "→ +2", as the curve's
hollow target markers.

:func:`layout_canvas` computes every box (pure geometry, tested);
:func:`canvas_svg` draws it.  With a page, the layout that fits the page at
the largest scale is chosen among card-column counts and numbers of rows of
stages ("bands"), each band with its own header, lanes and curve.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from cxmap.outputs.charts.curve import (
    CurveArea,
    LabelBox,
    curve_legend,
    draw_curve,
    number_touchpoints,
    stage_slots,
)
from cxmap.outputs.render import style as st
from cxmap.outputs.render.svg import Svg, ellipsize, fit_lines, text_width
from cxmap.outputs.render.text import MAX_NAME, MAX_TITLE, clean, score_text

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey, Stage, Touchpoint

# sizes in pt at 100 % (the smallest text is MIN_FONT: a page scale of at
# least 8 / MIN_FONT keeps every text at 8 pt or more)
CARD_W = 112.0
CARD_WIDTHS = (96.0, 104.0, 112.0, 120.0, 130.0, 140.0)
GAP = 4.0
PAD = 4.5
LABEL_W = 68.0
MIN_LABEL_W = 52.0
AXIS_W = 26.0
NAME_FONT = 8.5
NAME_LEAD = 9.8
META_FONT = 8.2
META_LEAD = 9.3
TOP_ROW = 12.0
MAX_NAME_LINES = 5
STAGE_FONT = 10.0
STAGE_LEAD = 11.8
SMALL = 8.2
MIN_FONT = META_FONT
TITLE_FONT = 14.0
SUB_FONT = 9.0
CURVE_H = 52.0
CURVE_TOP = 16.0
CURVE_BOTTOM = 11.0
MARGIN = 8.0
BAND_GAP = 6.0
#: up to this many touchpoints every card width and (up to 6 stages) every
#: column count per stage is tried; above, the narrowest width and one
#: column count for all stages (the search stays a small part of the work)
SEARCH_ALL = 40
#: the height of a lane no card sits in (in one band)
EMPTY_LANE = 18.0
#: between a channel and an owner sharing a line
META_SEP = " · "
LANE_FILL = ("#ffffff", "#f7f7f7")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Box, slack: float = 0.01) -> bool:
        return (other.x >= self.x - slack and other.y >= self.y - slack
                and other.right <= self.right + slack and other.bottom <= self.bottom + slack)

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)


@dataclass(frozen=True)
class Card:
    tp_id: str
    box: Box
    lane: str
    stage: int          # index among the drawn stages
    band: int


@dataclass
class Band:
    stages: list[int]                   # indexes among the drawn stages
    box: Box
    header: dict[int, Box]              # stage -> its header cell
    columns: dict[int, Box]             # stage -> header + lanes
    lanes: dict[str, Box]               # lane -> its row across the band
    cells: dict[tuple[int, str], Box]   # (stage, lane) -> the cell ("" lane of a merged
                                        # stage spans every lane)
    curve: CurveArea
    xs: dict[str, float] = field(default_factory=dict)
    #: the curve's points, target markers and labels, once drawn
    marks: list[LabelBox] = field(default_factory=list)


@dataclass(frozen=True)
class _Content:
    """A card's text, fitted to the card width: the name's lines, then the
    meta lines (channel, owner, other paths), each one or more pieces drawn
    side by side (a short channel and owner share a line: "web · Billing")."""

    name: list[str]
    meta: list[tuple[str, ...]]
    #: the name starts on the top row, between the number and the badges
    inline: bool = False

    @property
    def height(self) -> float:
        lines = len(self.name) - (1 if self.inline else 0)
        return 4 + TOP_ROW + lines * NAME_LEAD + len(self.meta) * META_LEAD + 3


@dataclass
class CanvasLayout:
    width: float
    height: float
    title: list[str]
    subtitle: list[str]
    lanes: list[tuple[str, str]]        # (lane id, name); "" = shared
    bands: list[Band]
    cards: dict[str, Card]
    legend_y: float
    card_h: dict[str, float]
    columns: dict[int, int]             # stage -> card columns
    label_w: float
    content: dict[str, _Content] = field(default_factory=dict)


def lane_of(tp: Touchpoint, journey: Journey, graph: JourneyGraph,
            taken: Mapping[str, int] | None = None) -> str:
    """The lane a touchpoint's card sits in ("" = shared by every path).

    A touchpoint on some branches only goes to the lane of one of them: the
    one with the fewest cards so far in its stage (``taken``), else the first."""
    ids = tp.branch_ids
    branches = journey.branch_ids
    if not branches or ids is None or set(branches) <= set(ids):
        return ""
    if graph.branch is not None:
        return graph.branch
    taken = taken or {}
    return min(ids, key=lambda b: (taken.get(b, 0), ids.index(b)))


def _card_content(tp: Touchpoint, journey: Journey, lane: str, words: Mapping[str, str],
                  dept_names: Mapping[str, str], branch_names: Mapping[str, str],
                  card_w: float = CARD_W, number: int = 0) -> _Content:
    inner = card_w - 2 * PAD
    text = clean(tp.name, MAX_NAME)
    # the name's first line between the number (and marks) and the badges
    first = inner - _left_w(tp, number) - _right_w(tp) - 3
    head = text.split()[0] if text.split() else ""
    inline = first >= 24 and text_width(head, NAME_FONT, bold=True) <= first
    name = fit_lines(text, inner, NAME_FONT, bold=True, max_lines=MAX_NAME_LINES,
                     first=first if inline else None)
    meta: list[tuple[str, ...]] = []
    channel = ellipsize(clean(tp.channel, 80), inner, META_FONT) if tp.channel else ""
    owner = clean(dept_names.get(tp.owner, tp.owner), 80) if tp.owner else ""
    if channel and owner and text_width(channel + META_SEP + owner, META_FONT) <= inner:
        meta.append((channel, owner))
    else:
        if channel:
            meta.append((channel,))
        if owner:
            meta.extend((ln,) for ln in fit_lines(owner, inner, META_FONT, max_lines=2))
    ids = tp.branch_ids
    if lane and ids and len(ids) > 1:
        others = [clean(branch_names.get(b, b), 40) for b in ids if b != lane]
        meta.extend((ln,) for ln in fit_lines(words["also"].format(names=", ".join(others)),
                                              inner, META_FONT, max_lines=2))
    return _Content(name, meta, inline)


def _marks(tp: Touchpoint) -> str:
    return (st.MOT_SYMBOL if tp.moment_of_truth else "") + (
        " " + st.EFFORT_SYMBOL if tp.customer_effort else "")


def _left_w(tp: Touchpoint, number: int) -> float:
    """Width of a card's number and marks, and the space after them."""
    w = text_width(str(number), SMALL, bold=True) + 4
    marks = _marks(tp).strip()
    return w + (text_width(marks, SMALL) + 4 if marks else 0)


def _badges(tp: Touchpoint) -> list[tuple[str, float]]:
    """The badges on a card's top row, right to left: (kind, width)."""
    out = []
    if tp.target is not None and tp.target != tp.score:
        out.append(("target", text_width(f"\u2192 {score_text(tp.target)}", SMALL) + 6))
    out.append(("score", max(text_width(score_text(tp.score), SMALL, bold=True) + 8, 20)))
    return out


def _right_w(tp: Touchpoint) -> float:
    return sum(w + 3 for _k, w in _badges(tp))


def band_splits(widths: Sequence[float], rows: int) -> list[list[int]]:
    """Consecutive stages into ``rows`` rows of similar width (greedy)."""
    total = sum(widths)
    target = total / rows
    out: list[list[int]] = [[]]
    acc = 0.0
    for i, w in enumerate(widths):
        left = len(widths) - i
        if out[-1] and acc + w / 2 > target * len(out) and len(out) < rows \
                and left >= rows - len(out):
            out.append([])
        out[-1].append(i)
        acc += w
    return [b for b in out if b]


def layout_canvas(journey: Journey, graph: JourneyGraph, *,
                  page: tuple[float, float] | None = None, title: str | None = None,
                  legend: bool = True, words: Mapping[str, str] | None = None) -> CanvasLayout:
    """Every box of the canvas.  ``page`` = (width, height) to fit (the
    layout with the largest scale wins); without it, the layout suits an A4
    landscape sheet's proportions and is drawn at its natural size."""
    words = words or st.words(journey.language)
    stages = st.drawn_stages(journey, graph)
    numbers = number_touchpoints(journey, graph)
    dept_names = {d.id: d.name for d in journey.departments or ()}
    branch_names = {b.id: b.name for b in journey.branches or ()}
    lane_ids = [""] + ([graph.branch] if graph.branch is not None else journey.branch_ids)
    lane_names = {"": words["all_paths"], **branch_names}
    lanes_of: dict[str, str] = {}
    for _n, _si, _stage, members in stages:
        taken: dict[str, int] = {}
        for tp in members:
            lanes_of[tp.id] = lane = lane_of(tp, journey, graph, taken)
            taken[lane] = taken.get(lane, 0) + 1
    # a lane nobody sits in still shows (its path uses shared touchpoints only)
    lanes = [(lane, clean(lane_names.get(lane, lane), MAX_TITLE)) for lane in lane_ids]
    if len(journey.branch_ids) == 0:
        lanes = [("", "")]
    multi = len(lanes) > 1
    # the lane names' column: as wide as their longest word needs (the curve's
    # score axis sits at its right edge); without lanes, the axis alone
    label_w = (min(LABEL_W, max(MIN_LABEL_W, 12 + max(
        text_width(word, SMALL, bold=True) for _l, name in lanes for word in name.split())))
        if multi else AXIS_W)

    # cell contents: per stage, per lane, the cards in journey order
    cell_ids: list[dict[str, list[str]]] = []
    merged: list[bool] = []
    for _n, _si, _stage, members in stages:
        cells: dict[str, list[str]] = {}
        for tp in members:
            cells.setdefault(lanes_of[tp.id], []).append(tp.id)
        cell_ids.append(cells)
        merged.append(not multi or set(cells) == {""})

    title_lines, sub_lines = _title_lines(journey, graph, title, words)
    pw, ph = page if page is not None else (842.0, 595.0)

    def score(plan: _Plan) -> tuple[float, int, float]:
        # the largest scale; then fewer bands; then the smaller drawing
        return (round(min(pw / plan.width, ph / plan.height), 3), -len(plan.splits),
                -plan.width * plan.height)

    needs = [max(len(v) for v in cells.values()) for cells in cell_ids]
    choices: list[dict[int, int]] = []
    most = max(needs, default=1)
    for k in range(1, min(most, 8) + 1):
        choices.append({i: max(1, min(k, n)) for i, n in enumerate(needs)})
    if len(stages) <= 6 and len(graph) <= SEARCH_ALL:
        # few stages: each its own number of columns (up to 3)
        import itertools

        options = [range(1, min(n, 3) + 1) for n in needs]
        if math.prod(len(o) for o in options) <= 729:
            choices.extend(dict(enumerate(c)) for c in itertools.product(*options))
    best: tuple[_Ctx, _Plan] | None = None
    best_score: tuple[float, int, float] | None = None
    # cards narrower (names on more lines) or wider (fewer lines): whichever
    # fits the page better; on big maps the middle width only
    longest = max((text_width(word, NAME_FONT, bold=True)
                   for _n, _si, _stage, members in stages for tp in members
                   for word in clean(tp.name, MAX_NAME).split()), default=0.0)
    # never so narrow that a word of a name is cut in two (unless no width helps)
    widths_tried = [w for w in CARD_WIDTHS if w - 2 * PAD >= longest] or [CARD_WIDTHS[-1]]
    for card_w in widths_tried if len(graph) <= SEARCH_ALL else widths_tried[:1]:
        contents = {tp.id: _card_content(tp, journey, lanes_of[tp.id], words, dept_names,
                                         branch_names, card_w, numbers.get(tp.id, 0))
                    for _n, _si, _stage, members in stages for tp in members}
        # cards of one lane are as tall as its tallest card (a merged column
        # stacks its cards at their own heights)
        card_h: dict[str, float] = {}
        for i, (_n, _si, _stage, members) in enumerate(stages):
            if merged[i] and multi:
                continue
            for tp in members:
                lane = lanes_of[tp.id]
                card_h[lane] = max(card_h.get(lane, 0.0), contents[tp.id].height)
        ctx = _Ctx(journey, graph, stages, cell_ids, merged, lanes, card_h, label_w,
                   title_lines, sub_lines, legend, words, card_w, contents)
        for cols in choices:
            widths = [cols[i] * (card_w + GAP) - GAP + 2 * PAD for i in range(len(stages))]
            for rows in range(1, min(len(stages), 8) + 1):
                splits = band_splits(widths, rows)
                for extra in (0, 1) if multi and any(merged) else (0,):
                    plan = _plan(ctx, cols, splits, extra)
                    sc = score(plan)
                    if best_score is None or sc > best_score:
                        best, best_score = (ctx, plan), sc
    assert best is not None
    lay = _place(*best)
    lay.content = best[0].contents
    return lay


@dataclass
class _Ctx:
    journey: Journey
    graph: JourneyGraph
    stages: list[tuple[int, int, Stage, list[Touchpoint]]]
    cell_ids: list[dict[str, list[str]]]
    merged: list[bool]
    lanes: list[tuple[str, str]]
    card_h: dict[str, float]
    label_w: float
    title_lines: list[str]
    sub_lines: list[str]
    legend: bool
    words: Mapping[str, str]
    card_w: float
    contents: dict[str, _Content]
    heads: dict[tuple[int, int], float] = field(default_factory=dict)
    stacks: dict[tuple[int, int], list[float]] = field(default_factory=dict)
    bands: dict[tuple[tuple[int, ...], tuple[int, ...], int],
                tuple[dict[str, int], float, dict[int, int], float]] = field(
        default_factory=dict)
    tops: dict[int, tuple[list[str], list[str], float]] = field(default_factory=dict)
    legends: dict[int, float] = field(default_factory=dict)

    @property
    def multi(self) -> bool:
        return len(self.lanes) > 1

    def row_h(self, lane: str) -> float:
        return self.card_h.get(lane, 40.0) + GAP

    @functools.cached_property
    def lane_ids(self) -> list[str]:
        return [lane for lane, _n in self.lanes]

    @functools.cached_property
    def row_hs(self) -> dict[str, float]:
        return {lane: self.row_h(lane) for lane in self.lane_ids}

    def stack_h(self, i: int, cols: int) -> float:
        return sum(self.stack(i, cols))

    def stack(self, i: int, cols: int) -> list[float]:
        """Heights of the card rows (gap included) of merged stage ``i`` in
        ``cols`` columns: each row as tall as its tallest card."""
        key = (i, cols)
        if key not in self.stacks:
            ids = self.cell_ids[i].get("", [])
            self.stacks[key] = [max(self.contents[t].height for t in ids[k:k + cols]) + GAP
                                for k in range(0, len(ids), cols)]
        return self.stacks[key]

    def head_h(self, i: int, cols: int) -> float:
        """The height of stage ``i``'s header in ``cols`` card columns."""
        key = (i, cols)
        if key not in self.heads:
            _lines, inline = _head_text(self.stages[i], cols * (self.card_w + GAP) - GAP,
                                        self.words)
            self.heads[key] = _head_height(len(_lines), inline)
        return self.heads[key]

    def top(self, width: float) -> tuple[list[str], list[str], float]:
        """Title lines, subtitle lines and the y under them, at ``width``
        (measured at the nearest smaller multiple of 20 pt)."""
        key = int(width // 20)
        if key not in self.tops:
            width = key * 20.0
            title = [ln for t in self.title_lines
                     for ln in fit_lines(t, width - 2 * MARGIN, TITLE_FONT, bold=True,
                                         max_lines=2)]
            sub = [ln for t in self.sub_lines
                   for ln in fit_lines(t, width - 2 * MARGIN, SUB_FONT, max_lines=2)]
            y = MARGIN
            if title:
                y += len(title) * (TITLE_FONT + 3)
            if sub:
                y += 2 + len(sub) * (SUB_FONT + 3)
            if title or sub:
                y += 4
            self.tops[key] = (title, sub, y)
        return self.tops[key]

    def legend_h(self, width: float) -> float:
        """The legend's height at ``width``, measured at the nearest smaller
        multiple of 40 pt (a little more room never hurts)."""
        key = int(width // 40)
        if key not in self.legends:
            probe = _Probe(width, 10)
            self.legends[key] = (_legend(probe, self.journey, self.graph, 0, key * 40.0,
                                         self.words) + 4 if self.legend else 0)
        return self.legends[key]


class _Probe(Svg):
    """An Svg that only measures: drawing calls write nothing."""

    def element(self, tag: str, **attrs: object) -> None:
        return None

    def text(self, x: float, y: float, text: str, size: float, **attrs: object) -> None:
        return None


@dataclass
class _Plan:
    cols: dict[int, int]
    splits: list[list[int]]
    rows: list[dict[str, int]]      # per band, card rows per lane
    pads: list[float]               # per band, extra height of the shared lane
    width: float
    height: float


def _plan(ctx: _Ctx, cols: dict[int, int], splits: list[list[int]], extra: int) -> _Plan:
    """Sizes for one choice: stages in ``splits`` bands, ``cols`` card columns
    per stage; a merged stage takes the fewest columns whose stack fits the
    height of its band's lanes (``extra``: one column fewer, the band made
    taller)."""
    cols = dict(cols)
    plans: list[dict[str, int]] = []
    pads: list[float] = []
    heights: list[float] = []
    for band_stages in splits:
        # ``extra`` changes only a band with a merged stage
        tall = ctx.multi and any(ctx.merged[i] for i in band_stages)
        key = (tuple(band_stages), tuple(cols[i] for i in band_stages), extra if tall else 0)
        if key not in ctx.bands:
            ctx.bands[key] = _band(ctx, band_stages, cols, key[2])
        lane_rows, pad, band_cols, height = ctx.bands[key]
        cols.update(band_cols)
        plans.append(lane_rows)
        pads.append(pad)
        heights.append(height)
    col_w = {i: cols[i] * (ctx.card_w + GAP) - GAP + 2 * PAD for i in cols}
    width = MARGIN * 2 + ctx.label_w + max(sum(col_w[i] for i in band) for band in splits)
    height = ctx.top(width)[2] + sum(heights) + ctx.legend_h(width) + MARGIN - 6
    return _Plan(cols, splits, plans, pads, width, height)


def _band(ctx: _Ctx, band_stages: list[int], cols: dict[int, int],
          extra: int) -> tuple[dict[str, int], float, dict[int, int], float]:
    """One band of a plan: card rows per lane, the shared lane's extra
    height, the merged stages' columns and the band's height."""
    lanes, row_h = ctx.lane_ids, ctx.row_hs
    cols = {i: cols[i] for i in band_stages}
    lane_rows = dict.fromkeys(lanes, 0)
    for i in band_stages:
        if ctx.merged[i] and ctx.multi:
            continue
        for lane, ids in ctx.cell_ids[i].items():
            lane_rows[lane] = max(lane_rows[lane], math.ceil(len(ids) / cols[i]))
    lanes_h = sum(lane_rows[lane] * row_h[lane] + GAP if lane_rows[lane] else EMPTY_LANE
                  for lane in lanes)
    pad = 0.0
    tall = [i for i in band_stages if ctx.merged[i] and ctx.multi]
    if tall:
        avail = lanes_h - GAP
        if any(lane_rows.values()):
            for i in tall:
                n = len(ctx.cell_ids[i].get("", []))
                fits = next((c for c in range(1, n + 1) if ctx.stack_h(i, c) <= avail),
                            max(n, 1))
                cols[i] = max(1, fits - extra)
        pad = max(0.0, max(ctx.stack_h(i, cols[i]) for i in tall) - avail)
    height = (max(ctx.head_h(i, cols[i]) for i in band_stages) + lanes_h + pad
              + CURVE_TOP + CURVE_H + CURVE_BOTTOM + BAND_GAP)
    return lane_rows, pad, cols, height


def _title_lines(journey: Journey, graph: JourneyGraph, title: str | None,
                 words: Mapping[str, str]) -> tuple[list[str], list[str]]:
    if title == "":
        return [], []
    text = clean(title if title is not None else journey.title, MAX_TITLE)
    sub: list[str] = []
    if graph.branch is not None:
        names = {b.id: b.name for b in journey.branches or ()}
        sub.append(f"{words['path']}: {clean(names.get(graph.branch, graph.branch), 80)}")
    if journey.persona:
        sub.append(clean(journey.persona, MAX_TITLE))
    if journey.scored_on:
        sub.append(f"{words['scored_on']} {journey.scored_on.isoformat()}")
    return [text.replace("\n", " ")], [" · ".join(sub).replace("\n", " ")] if sub else []


def _place(ctx: _Ctx, plan: _Plan) -> CanvasLayout:
    """Every box of the planned layout."""
    journey, graph, stages, lanes = ctx.journey, ctx.graph, ctx.stages, ctx.lanes
    cell_ids, merged, multi, label_w = ctx.cell_ids, ctx.merged, ctx.multi, ctx.label_w
    card_h, splits, cols, width = ctx.card_h, plan.splits, plan.cols, plan.width
    slots = stage_slots(journey, graph)
    row_h = {lane: ctx.row_h(lane) for lane, _n in lanes}
    card_w = ctx.card_w
    col_w = {i: cols[i] * (card_w + GAP) - GAP + 2 * PAD for i in cols}
    title, sub, y = ctx.top(width)
    bands: list[Band] = []
    cards: dict[str, Card] = {}
    for b, band_stages in enumerate(splits):
        top = y
        # header height: the stage names wrapped in their columns
        head_h = max(ctx.head_h(i, cols[i]) for i in band_stages)
        lane_rows = plan.rows[b]
        lane_h = {lane: lane_rows[lane] * row_h[lane] + GAP if lane_rows[lane]
                  else EMPTY_LANE for lane, _n in lanes}
        lane_h[""] += plan.pads[b]
        lanes_top = top + head_h
        lane_boxes: dict[str, Box] = {}
        ly = lanes_top
        for lane, _name in lanes:
            lane_boxes[lane] = Box(MARGIN, ly, label_w + sum(col_w[i] for i in band_stages),
                                   lane_h[lane])
            ly += lane_h[lane]
        lanes_bottom = ly
        curve = CurveArea(MARGIN + label_w + 4, MARGIN + label_w
                          + sum(col_w[i] for i in band_stages) - 4,
                          lanes_bottom + CURVE_TOP, CURVE_H)
        bottom = curve.top + curve.height + CURVE_BOTTOM
        header: dict[int, Box] = {}
        columns: dict[int, Box] = {}
        cells: dict[tuple[int, str], Box] = {}
        xs: dict[str, float] = {}
        x = MARGIN + label_w
        for i in band_stages:
            w = col_w[i]
            header[i] = Box(x, top, w, head_h)
            columns[i] = Box(x, top, w, bottom - top)
            if merged[i] and multi:
                cells[(i, "")] = Box(x, lanes_top, w, lanes_bottom - lanes_top)
            else:
                for lane, _name in lanes:
                    lb = lane_boxes[lane]
                    cells[(i, lane)] = Box(x, lb.y, w, lb.h)
            for lane, ids in cell_ids[i].items():
                cell = cells[(i, lane)]
                if merged[i] and multi:
                    # a merged column: rows as tall as their tallest card
                    ry = cell.y + GAP / 2
                    for k, rh in zip(range(0, len(ids), cols[i]), ctx.stack(i, cols[i]),
                                     strict=True):
                        for c, tp_id in enumerate(ids[k:k + cols[i]]):
                            box = Box(cell.x + PAD + c * (card_w + GAP), ry, card_w, rh - GAP)
                            cards[tp_id] = Card(tp_id, box, lane, i, b)
                        ry += rh
                    continue
                for k, tp_id in enumerate(ids):
                    r, c = divmod(k, cols[i])
                    box = Box(cell.x + PAD + c * (card_w + GAP),
                              cell.y + GAP / 2 + r * row_h[lane],
                              card_w, card_h[lane])
                    cards[tp_id] = Card(tp_id, box, lane, i, b)
            # curve x: the stage's touchpoints spread by their slots
            members = stages[i][3]
            count = slots[members[0].id].count if members else 1
            unit = (w - 2 * PAD) / count
            for tp in members:
                xs[tp.id] = x + PAD + (slots[tp.id].index + 0.5) * unit
            x += w
        bands.append(Band(band_stages, Box(MARGIN, top, label_w
                                           + sum(col_w[i] for i in band_stages), bottom - top),
                          header, columns, lane_boxes, cells, curve, xs))
        y = bottom + BAND_GAP
    legend_y = y
    height = y + ctx.legend_h(width) + MARGIN - 6
    return CanvasLayout(width, height, title, sub, lanes, bands, cards, legend_y, dict(card_h),
                        cols, label_w)


def _legend(svg: Svg, journey: Journey, graph: JourneyGraph, y: float, width: float,
            words: Mapping[str, str]) -> float:
    """The legend from ``y`` (top); returns the y under it."""
    x = MARGIN
    base = y + SMALL + 2
    svg.text(x, base, words["score"], SMALL, font_weight="bold", fill="#000000")
    x += text_width(words["score"], SMALL, bold=True) + 6
    labels = words["scores"].split("|")
    for score, label in zip((-2, -1, 0, 1, 2), labels, strict=True):
        sty = st.SCORE_STYLES[score]
        w = text_width(label, SMALL) + 8
        if x + w > width - MARGIN:
            x, base = MARGIN, base + SMALL + 7
        svg.rect(x, base - SMALL - 1, w, SMALL + 5, rx=2, fill=sty.fill, stroke=st.BORDER,
                 stroke_width=0.6)
        svg.text(x + 4, base + 1, label, SMALL, fill=sty.font)
        x += w + 3
    unscored = words["unscored"]
    w = text_width(unscored, SMALL) + 8
    if x + w > width - MARGIN:
        x, base = MARGIN, base + SMALL + 7
    svg.rect(x, base - SMALL - 1, w, SMALL + 5, rx=2, fill="white", stroke=st.UNSCORED_BORDER,
             stroke_width=0.8, stroke_dasharray="3 2")
    svg.text(x + 4, base + 1, unscored, SMALL, fill="#000000")
    x += w + 10
    for text in (f"{st.MOT_SYMBOL} {words['mot']}", f"{st.EFFORT_SYMBOL} {words['effort']}"):
        w = text_width(text, SMALL) + 12
        if x + w > width - MARGIN:
            x, base = MARGIN, base + SMALL + 7
        svg.text(x, base + 1, text, SMALL, fill="#000000")
        x += w
    return curve_legend(svg, journey, graph, MARGIN, base + 1, width - 2 * MARGIN,
                        words=words, font=SMALL, start=x, marks=False)


def _mean_words(members: Sequence[Touchpoint], words: Mapping[str, str]) -> str:
    mean = _mean(members)
    return (words["stage_mean"].format(mean=_mean_text(mean, words["decimal_mark"]))
            if mean is not None
            else words["no_scores"])


def _head_text(stage: tuple[int, int, Stage, list[Touchpoint]], width: float,
               words: Mapping[str, str]) -> tuple[list[str], bool]:
    """A stage header's name lines in ``width``, and whether the mean fits
    on the last of them (else it has a line of its own)."""
    number, _si, st_, members = stage
    lines = fit_lines(f"{number}. {clean(st_.name, MAX_TITLE)}", width, STAGE_FONT, bold=True,
                      max_lines=2)
    room = width - text_width(lines[-1], STAGE_FONT, bold=True) - 8
    return lines, text_width(_mean_words(members, words), SMALL) <= room


def _head_height(lines: int, inline: bool) -> float:
    return 5 + lines * STAGE_LEAD + (0 if inline else SMALL + 2) + 6


def _mean(touchpoints: Sequence[Touchpoint]) -> float | None:
    scores = [tp.score for tp in touchpoints if tp.score is not None]
    return sum(scores) / len(scores) if scores else None


def _mean_text(mean: float, mark: str = ".") -> str:
    """A stage's mean score as the report writes it: sign, two decimals, the
    language's decimal mark (``+0,25`` in Polish)."""
    mean = round(mean, 2)
    text = f"{abs(mean):.2f}".replace(".", mark)
    return ("\u2212" if mean < 0 else "+" if mean > 0 else "") + text


def canvas_svg(journey: Journey, graph: JourneyGraph, *, page: tuple[float, float] | None = None,
               title: str | None = None, legend: bool = True,
               language: str | None = None) -> tuple[str, CanvasLayout]:
    """The canvas as an SVG document (sizes in pt) and its layout."""
    words = st.words(language or journey.language)
    lay = layout_canvas(journey, graph, page=page, title=title, legend=legend, words=words)
    stages = st.drawn_stages(journey, graph)
    tps = {tp.id: tp for _n, _si, _s, members in stages for tp in members}
    numbers = number_touchpoints(journey, graph)
    dept_names = {d.id: d.name for d in journey.departments or ()}
    branch_names = {b.id: b.name for b in journey.branches or ()}
    styles = {b: st.branch_style(i) for i, b in enumerate(journey.branch_ids)}
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
    for band in lay.bands:
        _draw_band(svg, band, lay, stages, tps, numbers, words, dept_names, branch_names,
                   styles, journey, graph)
    if legend:
        svg.open("g", class_="legend")
        _legend(svg, journey, graph, lay.legend_y, lay.width, words)
        svg.close()
    return str(svg), lay


def _draw_band(svg: Svg, band: Band, lay: CanvasLayout,
               stages: list[tuple[int, int, Stage, list[Touchpoint]]],
               tps: Mapping[str, Touchpoint], numbers: Mapping[str, int],
               words: Mapping[str, str], dept_names: Mapping[str, str],
               branch_names: Mapping[str, str], styles: Mapping[str, tuple[str, str]],
               journey: Journey, graph: JourneyGraph) -> None:
    svg.open("g", class_="band")
    # lane backgrounds and labels
    for k, (lane, name) in enumerate(lay.lanes):
        box = band.lanes[lane]
        svg.rect(box.x, box.y, box.w, box.h, fill=LANE_FILL[k % 2], stroke="#d9d9d9",
                 stroke_width=0.6, class_="lane", data_lane=lane or "shared")
        if len(lay.lanes) > 1:
            lines = fit_lines(name, lay.label_w - 10, SMALL, bold=True, max_lines=4)
            svg.lines(box.x + 5, box.y + SMALL + 5, lines, SMALL, SMALL + 1.6,
                      font_weight="bold", fill="#000000", class_="lane-label")
            sy = box.y + SMALL + 5 + len(lines) * (SMALL + 1.6) - 2
            color, line = styles.get(lane, (st.SHARED_EDGE, "solid"))
            dash = {"dashed": "7 4", "dotted": "2 3"}.get(line)
            if box.h > sy - box.y + 4:
                svg.line(box.x + 5, sy, box.x + lay.label_w - 10, sy, stroke=color,
                         stroke_width=4.2 if not lane else 2.0, stroke_dasharray=dash)
    # stage columns: header and a faint frame
    for i in band.stages:
        _number, _si, stage, members = stages[i]
        col = band.columns[i]
        head = band.header[i]
        svg.rect(head.x + 1, head.y, head.w - 2, head.h - 3, rx=3, fill=st.STAGE_FILL,
                 stroke=st.STAGE_BORDER, stroke_width=0.8, class_="stage",
                 data_stage=stage.id)
        lines, inline = _head_text(stages[i], head.w - 2 * PAD, words)
        svg.lines(head.x + PAD, head.y + 5 + STAGE_FONT, lines, STAGE_FONT, STAGE_LEAD,
                  font_weight="bold", fill="#000000", class_="stage-name")
        mean_text = _mean_words(members, words)
        if inline:
            svg.text(head.right - PAD, head.y + 5 + STAGE_FONT + (len(lines) - 1) * STAGE_LEAD,
                     mean_text, SMALL, fill="#333333", class_="stage-mean",
                     text_anchor="end")
        else:
            svg.text(head.x + PAD, head.y + 5 + STAGE_FONT + len(lines) * STAGE_LEAD - 1,
                     mean_text, SMALL, fill="#333333", class_="stage-mean")
        svg.line(col.x, head.bottom, col.x, col.bottom, stroke=st.STAGE_BORDER,
                 stroke_width=0.8)
    last = band.columns[band.stages[-1]]
    svg.line(last.right, band.header[band.stages[-1]].bottom, last.right, last.bottom,
             stroke=st.STAGE_BORDER, stroke_width=0.8)
    # merged cells: a shared column spanning every lane
    for (i, lane), cell in band.cells.items():
        if lane == "" and len(lay.lanes) > 1 and all((i, ln) not in band.cells
                                                      for ln, _n in lay.lanes[1:]):
            svg.rect(cell.x + 1, cell.y + 1, cell.w - 2, cell.h - 2, fill=LANE_FILL[0],
                     stroke="none", class_="merged-cell")
    for card in lay.cards.values():
        if card.band != lay.bands.index(band):
            continue
        _draw_card(svg, card, tps[card.tp_id], numbers[card.tp_id], lay.content[card.tp_id])
    # the curve
    if len(lay.lanes) > 1:
        room = lay.label_w - 26
        if all(text_width(w, SMALL, bold=True) <= room for w in words["curve"].split()):
            svg.lines(MARGIN + 5, band.curve.top - 4,
                      fit_lines(words["curve"], room, SMALL, bold=True, max_lines=2),
                      SMALL, SMALL + 1.6, font_weight="bold", fill="#000000",
                      class_="curve-label")
        else:   # a narrow column: the label turned, as a swimlane's name
            cx, cy = MARGIN + 4 + SMALL, band.curve.top + band.curve.height / 2
            svg.text(cx, cy, words["curve"], SMALL, font_weight="bold", fill="#000000",
                     text_anchor="middle", transform=f"rotate(-90 {cx:.2f} {cy:.2f})",
                     class_="curve-label")
    band.marks = draw_curve(svg, journey, graph, band.xs, band.curve, numbers=numbers,
                            words=words, font=SMALL, room=(CURVE_TOP - 1, CURVE_BOTTOM - 1))
    svg.close()


def _draw_card(svg: Svg, card: Card, tp: Touchpoint, number: int,
               content: _Content) -> None:
    b = card.box
    svg.open("g", class_="card", data_id=tp.id)
    # the whole name as the card's tooltip and accessible name
    svg.raw(f"<title>{escape(clean(tp.name, MAX_NAME))}</title>")
    dashed = tp.score is None
    border = st.UNSCORED_BORDER if dashed else st.BORDER
    width = 2.6 if tp.customer_effort else 0.9
    svg.rect(b.x, b.y, b.w, b.h, rx=4, fill="white", stroke=border, stroke_width=width,
             stroke_dasharray="4 2.5" if dashed else None, class_="card-box")
    if tp.moment_of_truth:
        inset = 2.4 + (width / 2 if tp.customer_effort else 0)
        svg.rect(b.x + inset, b.y + inset, b.w - 2 * inset, b.h - 2 * inset, rx=3,
                 fill="none", stroke=border, stroke_width=0.9)
    # top row: number, marks, the name's start | score badge (and target badge)
    top = b.y + 4
    base = top + 9
    svg.text(b.x + PAD, base, str(number), SMALL, font_weight="bold", fill="#000000",
             class_="card-number")
    marks = _marks(tp)
    if marks:
        svg.text(b.x + PAD + text_width(str(number), SMALL, bold=True) + 4, base,
                 marks.strip(), SMALL, fill="#000000", class_="card-marks")
    x = b.right - PAD
    for kind, w in _badges(tp):
        if kind == "target":
            svg.rect(x - w, top, w, 11.5, rx=5.5, fill="white", stroke=st.BORDER,
                     stroke_width=0.9, class_="card-target")
            svg.text(x - w / 2, base, f"\u2192 {score_text(tp.target)}", SMALL,
                     text_anchor="middle", fill="#000000")
        else:
            sty = st.SCORE_STYLES[tp.score] if tp.score is not None else st.UNSCORED
            svg.rect(x - w, top, w, 11.5, rx=2.5, fill=sty.fill,
                     stroke=st.UNSCORED_BORDER if dashed else st.BORDER, stroke_width=0.8,
                     stroke_dasharray="2 1.5" if dashed else None, class_="card-score")
            svg.text(x - w / 2, base, score_text(tp.score), SMALL, text_anchor="middle",
                     font_weight="bold", fill=sty.font)
        x -= w + 3
    # name and meta
    lines = content.name
    if content.inline and lines:
        svg.text(b.x + PAD + _left_w(tp, number), base, lines[0], NAME_FONT,
                 font_weight="bold", fill="#000000", class_="card-name")
        lines = lines[1:]
        y = top + TOP_ROW + NAME_FONT - 1.5
    else:
        y = top + TOP_ROW + NAME_FONT - 1.5
    svg.lines(b.x + PAD, y, lines, NAME_FONT, NAME_LEAD, font_weight="bold",
              fill="#000000", class_="card-name")
    y += (len(lines) - 1) * NAME_LEAD + META_LEAD + 1 if lines else 0.5
    for pieces in content.meta:
        svg.pieces(b.x + PAD, y, pieces, META_FONT, sep=META_SEP, piece_class="card-meta",
                   sep_class="card-sep", fill="#333333")
        y += META_LEAD
    svg.close()

