"""The emotion curve: each path's scores along the journey, −2 … +2.

One line per branch through the scores of the touchpoints on its path, in
journey order, on a −2 … +2 axis whose 0 line ("as expected") is emphasised.
Where every path runs through the same touchpoints the paths are one journey,
drawn once as a thick dark-grey line (as shared edges are in the flow view); a
branch's own part is drawn in its colour and line style (Okabe-Ito colour and
solid/dashed/dotted), so paths differ by more than colour and convergence
shows where the coloured lines join the grey one.  An unscored touchpoint
breaks its line (a gap, marked ``?`` on the 0 line); a target different from
the score is a hollow marker joined to the score by a dotted line.  Each point
is filled with its score colour (the flow view's palette) and numbered like
the canvas's cards.

:func:`emotion_curve` returns a standalone ``<svg>`` (reports embed it);
:func:`draw_curve` draws the same curve into a larger drawing (the canvas),
at x positions the caller chooses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from cxmap.outputs.render import style as st
from cxmap.outputs.render.svg import Svg, ellipsize, fit_lines, text_width
from cxmap.outputs.render.text import MAX_TITLE, clean, score_text

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey, Stage, Survey, Touchpoint

__all__ = ["CurveArea", "CurveLabel", "CurveLine", "CurvePlot", "CurvePoint", "CurveTarget",
           "LabelBox", "LegendItem", "Slot", "crosses", "curve_legend", "draw_curve",
           "draw_legend", "draw_plot", "emotion_curve", "legend_items", "number_touchpoints",
           "plot_curve", "score_y", "segments", "stage_slots"]

#: smallest text in the chart (pt at 100 %)
SMALL = 8.5
GRID = "#d9d9d9"
ZERO_LINE = "#404040"
UNSCORED_MARK = "#7f7f7f"
POINT_R = 4.6
#: a shared segment is this much wider than a branch's own line
SHARED_WIDTH = 4.2
BRANCH_WIDTH = 2.0


@dataclass(frozen=True)
class Slot:
    """Where a touchpoint sits inside its stage's column: ``index`` of
    ``count`` positions, so that every path's touchpoints move rightwards."""

    stage: int
    index: int
    count: int


def stage_slots(journey: Journey, graph: JourneyGraph) -> dict[str, Slot]:
    """Horizontal slot of every drawn touchpoint within its stage.

    Touchpoints on one path take consecutive slots; touchpoints of different
    branches may share one (they are alternatives), and a shared touchpoint has
    one slot for all paths, so the lines meet there.
    """
    paths = graph.paths()
    out: dict[str, Slot] = {}
    for n, _si, _stage, members in st.drawn_stages(journey, graph):
        ids = [tp.id for tp in members]
        inside = set(ids)
        level = dict.fromkeys(ids, 0)
        # every path is a subsequence of journey order: one pass in that order
        # sees each touchpoint after all touchpoints before it on any path
        before: dict[str, set[str]] = {i: set() for i in ids}
        for path in paths.values():
            on = [t for t in path if t in inside]
            for a, b in pairwise(on):
                before[b].add(a)
        for tp_id in ids:
            if before[tp_id]:
                level[tp_id] = 1 + max(level[a] for a in before[tp_id])
        count = 1 + max(level.values())
        for tp_id in ids:
            out[tp_id] = Slot(n - 1, level[tp_id], count)
    return out


def number_touchpoints(journey: Journey, graph: JourneyGraph) -> dict[str, int]:
    """1, 2, 3 … for the drawn touchpoints in journey order (cards and curve
    points carry the same number)."""
    numbers: dict[str, int] = {}
    for _stage, tp in journey.iter_touchpoints():
        if tp.id in graph:
            numbers[tp.id] = len(numbers) + 1
    return numbers


@dataclass(frozen=True)
class CurveArea:
    """Where the curve is drawn: the plot's left and right edge, the y of
    the +2 line (``top``) and of the −2 line (``top + height``)."""

    left: float
    right: float
    top: float
    height: float


def score_y(score: float, area: CurveArea) -> float:
    """The y of a score: +2 at the top, −2 at the bottom."""
    return area.top + (2 - score) / 4 * area.height


@dataclass(frozen=True)
class Segment:
    source: str
    target: str
    #: branch ids that walk this segment ("" = the one path of a map without branches)
    branches: tuple[str, ...]
    shared: bool


def segments(journey: Journey, graph: JourneyGraph,
             shown: Sequence[str] | None = None) -> list[Segment]:
    """Line segments of the curve: consecutive scored touchpoints on a path
    (an unscored one between them leaves a gap).  ``shown``: only these
    touchpoints (a row of a page); a segment leaving them is not drawn."""
    scores = {tp.id: tp.score for _s, tp in journey.iter_touchpoints()}
    keep = set(shown) if shown is not None else None
    paths = graph.paths()
    used: dict[tuple[str, str], list[str]] = {}
    for b, path in paths.items():
        for a, c in pairwise(path):
            if scores.get(a) is None or scores.get(c) is None:
                continue
            if keep is not None and (a not in keep or c not in keep):
                continue
            used.setdefault((a, c), []).append(b)
    every = len(paths)
    return [Segment(a, c, tuple(bs), every > 1 and len(bs) == every)
            for (a, c), bs in used.items()]


def _branch_styles(journey: Journey) -> dict[str, tuple[str, str]]:
    return {b: st.branch_style(i) for i, b in enumerate(journey.branch_ids)}


_DASH = {"solid": None, "dashed": "7 4", "dotted": "2 3"}


@dataclass(frozen=True)
class CurveLine:
    """A segment of the curve from (x0, y0) to (x1, y1): ``shared`` (every
    path walks it, drawn once) or one ``branch``'s own (``dash`` = SVG dash
    pattern, None = solid)."""

    x0: float
    y0: float
    x1: float
    y1: float
    color: str
    width: float
    dash: str | None
    shared: bool
    branch: str
    source: str
    target: str


@dataclass(frozen=True)
class CurvePoint:
    """A touchpoint's point: filled with its score's colour (``score`` None:
    unscored, a dashed circle with ``?`` on the 0 line)."""

    tp_id: str
    x: float
    y: float
    r: float
    score: int | None
    fill: str
    stroke_width: float
    number: int
    name: str


@dataclass(frozen=True)
class CurveTarget:
    """A hollow target marker at (x, y); ``from_y``: the score's y it is
    joined to by a dotted line (None when unscored)."""

    tp_id: str
    x: float
    y: float
    r: float
    from_y: float | None
    target: int


@dataclass(frozen=True)
class CurveWhisker:
    """A surveyed touchpoint's 95 % interval of the net balance on the score
    axis (:func:`cxmap.metrics.survey.on_score_axis`), just right of its
    point: from ``top`` to ``bottom``, the estimate at ``mid``."""

    tp_id: str
    x: float
    top: float
    bottom: float
    mid: float
    low: float
    high: float
    responses: int


@dataclass(frozen=True)
class CurveLabel:
    """The numbers (and ★ ⚠ marks) of the points on one spot, in ``box``;
    ``baseline`` is the text's baseline, the marks start at ``marks_x``."""

    box: LabelBox
    text: str
    marks: str
    baseline: float
    marks_x: float
    ids: tuple[str, ...]


@dataclass
class CurvePlot:
    """Everything the curve draws, in the drawing's units (pure geometry:
    :func:`draw_plot` writes it as SVG; other outputs may draw it as shapes)."""

    area: CurveArea
    #: (score, y) of the five grid lines, +2 first
    axis: list[tuple[int, float]]
    lines: list[CurveLine]
    targets: list[CurveTarget]
    points: list[CurvePoint]
    labels: list[CurveLabel]
    #: the boxes of the points, target markers, whiskers and labels
    boxes: list[LabelBox]
    #: surveyed touchpoints' intervals
    whiskers: list[CurveWhisker] = field(default_factory=list)


def plot_curve(journey: Journey, graph: JourneyGraph, xs: Mapping[str, float],
               area: CurveArea, *, numbers: Mapping[str, int] | None = None,
               font: float = SMALL, room: tuple[float, float] = (16.0, 10.0),
               outside: Mapping[str, float] | None = None) -> CurvePlot:
    """The curve of the touchpoints in ``xs`` (id -> x) in ``area``: its lines,
    points, target markers and number labels (no label covers a point, a
    marker, another label or, where any spot allows, a line).  ``room``: how
    far labels may reach above the +2 line and below the −2 line.

    ``outside``: touchpoints drawn elsewhere (in another row of stages), at
    x positions beyond the area's left or right edge.  A segment from a
    shown touchpoint to one of them runs to that edge, heading for the
    other touchpoint's score, and stops there (the line goes on in the other
    row); they get no point or label here."""
    outside = {k: v for k, v in (outside or {}).items() if k not in xs}
    at = {**outside, **xs}
    tps = {tp.id: tp for _s, tp in journey.iter_touchpoints() if tp.id in at}
    styles = _branch_styles(journey)
    axis = [(score, score_y(score, area)) for score in (2, 1, 0, -1, -2)]
    lines: list[CurveLine] = []
    segs = [seg for seg in segments(journey, graph, list(at))
            if seg.source in xs or seg.target in xs]

    def line(a: Touchpoint, b: Touchpoint, dy: float, color: str, width: float,
             dash: str | None, shared: bool, branch: str) -> CurveLine:
        x0, y0, x1, y1 = _clip(at[a.id], score_y(a.score or 0, area) + dy, at[b.id],
                               score_y(b.score or 0, area) + dy, area.left, area.right)
        return CurveLine(x0, y0, x1, y1, color, width, dash, shared, branch, a.id, b.id)

    # shared parts once (thick grey), then each branch's own parts
    for seg in segs:
        if seg.shared:
            lines.append(line(tps[seg.source], tps[seg.target], 0.0, st.SHARED_EDGE,
                              SHARED_WIDTH, None, True, ""))
    for seg in segs:
        if seg.shared:
            continue
        n = len(seg.branches)
        for k, branch in enumerate(seg.branches):
            color, style = styles.get(branch, (st.SHARED_EDGE, "solid"))
            # several branches on one segment: parallel lines, side by side
            dy = (k - (n - 1) / 2) * (BRANCH_WIDTH + 0.8)
            lines.append(line(tps[seg.source], tps[seg.target], dy, color, BRANCH_WIDTH,
                              _DASH.get(style), False, branch))
    targets: list[CurveTarget] = []
    points: list[CurvePoint] = []
    for tp_id, x in xs.items():
        tp = tps[tp_id]
        if tp.target is not None and tp.target != tp.score:
            targets.append(CurveTarget(tp_id, x, score_y(tp.target, area), POINT_R - 0.6,
                                       score_y(tp.score, area) if tp.score is not None
                                       else None, tp.target))
        number = numbers.get(tp_id, 0) if numbers else 0
        name = clean(tp.name, 200).replace("\n", " ")
        if tp.score is None:
            points.append(CurvePoint(tp_id, x, score_y(0, area), POINT_R, None, "white", 1,
                                     number, name))
        else:
            mot = tp.moment_of_truth
            points.append(CurvePoint(tp_id, x, score_y(tp.score, area),
                                     POINT_R + (1.2 if mot else 0),
                                     tp.score, st.SCORE_STYLES[tp.score].fill,
                                     1.8 if mot else 1, number, name))
    # points that fall on one spot (alternatives with the same score) share
    # one label: "8, 10"
    spots: dict[tuple[float, float], list[str]] = {}
    for tp_id, x in xs.items():
        spot = tps[tp_id].score
        spots.setdefault((round(x, 1), spot if spot is not None else 0.5), []).append(tp_id)
    whiskers: list[CurveWhisker] = []
    beside: dict[float, int] = {}  # alternatives at one x: their whiskers side by side
    for tp_id, x in xs.items():
        if tps[tp_id].survey is not None:
            n = beside[round(x, 1)] = beside.get(round(x, 1), -1) + 1
            whiskers.append(_whisker(tp_id, x + 5 * n, tps[tp_id].survey, area))
    placed = _Boxes(_obstacles(tps, xs, area)
                    + [LabelBox("whisker", w.x - 2.5, w.top, w.x + 2.5, w.bottom)
                       for w in whiskers])
    rails = _Lines(lines)
    labels: list[CurveLabel] = []
    for ids in spots.values():
        tp = tps[ids[0]]
        x = xs[ids[0]]
        y = score_y(tp.score if tp.score is not None else 0, area)
        label = ", ".join(str(numbers[i]) for i in ids if i in numbers) if numbers else ""
        marks = "".join(
            (st.MOT_SYMBOL if tps[i].moment_of_truth else "")
            + (st.EFFORT_SYMBOL if tps[i].customer_effort else "") for i in ids)
        if not label and not marks:
            continue
        lw = text_width(label, font, bold=True) if label else 0.0
        mw = text_width(marks, font) if marks else 0.0
        gap = 1.5 if label and marks else 0.0
        box = LabelBox("label", *_place_label(x, y, lw + gap + mw, font, placed, rails, area,
                                              room))
        placed.add(box)
        labels.append(CurveLabel(box, label, marks, box.y1 - font * 0.22,
                                 box.x0 + lw + gap, tuple(ids)))
    return CurvePlot(area, axis, lines, targets, points, labels, placed.boxes, whiskers)


def _whisker(tp_id: str, x: float, survey: Survey | None, area: CurveArea) -> CurveWhisker:
    from cxmap.metrics.survey import estimate, on_score_axis

    assert survey is not None
    e = estimate(survey.responses, survey.positive, survey.negative)
    top, bottom = (score_y(on_score_axis(v), area) for v in (e.high, e.low))
    return CurveWhisker(tp_id, x + POINT_R + 4, top, bottom,
                        score_y(on_score_axis(e.net), area), e.low, e.high, e.responses)


def draw_curve(svg: Svg, journey: Journey, graph: JourneyGraph, xs: Mapping[str, float],
               area: CurveArea, *, numbers: Mapping[str, int] | None = None,
               words: Mapping[str, str] | None = None, font: float = SMALL,
               room: tuple[float, float] = (16.0, 10.0)) -> list[LabelBox]:
    """Draw the curve of the touchpoints in ``xs`` (id -> x) into ``svg``
    (:func:`plot_curve`); returns the boxes of its points, target markers and
    labels."""
    plot = plot_curve(journey, graph, xs, area, numbers=numbers, font=font, room=room)
    draw_plot(svg, plot, font)
    return plot.boxes


def draw_plot(svg: Svg, plot: CurvePlot, font: float = SMALL) -> None:
    """Write a :class:`CurvePlot` as SVG: each point carries its number and
    touchpoint name as its tooltip."""
    area = plot.area
    svg.open("g", class_="emotion-curve")
    # axis: grid at every score, the 0 line emphasised, labels on the left
    for score, y in plot.axis:
        if score == 0:
            svg.line(area.left, y, area.right, y, stroke=ZERO_LINE, stroke_width=1.4,
                     class_="zero-line")
        else:
            svg.line(area.left, y, area.right, y, stroke=GRID, stroke_width=0.7,
                     stroke_dasharray="3 3")
        style = st.SCORE_STYLES[score]
        svg.rect(area.left - 22, y - 6, 18, 12, rx=2.5, fill=style.fill, stroke=st.BORDER,
                 stroke_width=0.5)
        svg.text(area.left - 13, y + 3, score_text(score), font, text_anchor="middle",
                 fill=style.font, font_weight="bold")
    for ln in plot.lines:
        if ln.shared:
            svg.line(ln.x0, ln.y0, ln.x1, ln.y1, stroke=ln.color, stroke_width=ln.width,
                     stroke_linecap="round", class_="curve-shared", data_from=ln.source,
                     data_to=ln.target)
        else:
            svg.line(ln.x0, ln.y0, ln.x1, ln.y1, stroke=ln.color, stroke_width=ln.width,
                     stroke_dasharray=ln.dash, stroke_linecap="round", class_="curve-branch",
                     data_branch=ln.branch or None, data_from=ln.source, data_to=ln.target)
    # targets, then points on top
    for tg in plot.targets:
        if tg.from_y is not None:
            svg.line(tg.x, tg.from_y, tg.x, tg.y, stroke=st.BORDER, stroke_width=0.8,
                     stroke_dasharray="1.5 2")
        svg.circle(tg.x, tg.y, tg.r, fill="white", stroke=st.BORDER, stroke_width=1.3,
                   class_="curve-target", data_id=tg.tp_id, data_target=tg.target)
    # a surveyed touchpoint: its 95 % interval as a whisker beside the point
    for wh in plot.whiskers:
        svg.line(wh.x, wh.top, wh.x, wh.bottom, stroke=st.BORDER, stroke_width=1,
                 class_="curve-survey", data_id=wh.tp_id, data_low=f"{wh.low:.3f}",
                 data_high=f"{wh.high:.3f}", data_n=wh.responses)
        for y in (wh.top, wh.bottom):
            svg.line(wh.x - 2, y, wh.x + 2, y, stroke=st.BORDER, stroke_width=1)
        svg.line(wh.x - 1.5, wh.mid, wh.x + 1.5, wh.mid, stroke=st.BORDER, stroke_width=2)
    for pt in plot.points:
        svg.open("g", class_="curve-spot")
        tip = f"{pt.number}. {pt.name}" if pt.number else pt.name
        svg.raw(f"<title>{escape(tip)}</title>")
        if pt.score is None:
            svg.circle(pt.x, pt.y, pt.r, fill="white", stroke=UNSCORED_MARK, stroke_width=1,
                       stroke_dasharray="2 1.5", class_="curve-unscored", data_id=pt.tp_id)
            svg.text(pt.x, pt.y + 3, "?", font, text_anchor="middle", fill="#000000")
        else:
            svg.circle(pt.x, pt.y, pt.r, fill=pt.fill, stroke=st.BORDER,
                       stroke_width=float(pt.stroke_width), class_="curve-point",
                       data_id=pt.tp_id, data_score=pt.score)
        svg.close()
    for lab in plot.labels:
        if lab.text:
            svg.text(lab.box.x0, lab.baseline, lab.text, font, fill="#000000",
                     class_="curve-number", font_weight="bold")
        if lab.marks:
            svg.text(lab.marks_x, lab.baseline, lab.marks, font, fill="#000000",
                     class_="curve-marks")
    svg.close()


@dataclass(frozen=True)
class LabelBox:
    """A box the curve drew: a point, a target marker or a label (x0 < x1,
    y0 < y1)."""

    kind: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: LabelBox) -> bool:
        return (self.x0 < other.x1 and other.x0 < self.x1
                and self.y0 < other.y1 and other.y0 < self.y1)


class _Boxes:
    """Boxes drawn so far, bucketed by x so that a new label is checked only
    against its neighbours (the curve's cost stays linear in its points)."""

    STEP = 60.0

    def __init__(self, boxes: list[LabelBox]) -> None:
        self.boxes: list[LabelBox] = []
        self._buckets: dict[int, list[LabelBox]] = {}
        for box in boxes:
            self.add(box)

    def add(self, box: LabelBox) -> None:
        self.boxes.append(box)
        for k in range(int(box.x0 // self.STEP), int(box.x1 // self.STEP) + 1):
            self._buckets.setdefault(k, []).append(box)

    def hits(self, box: LabelBox) -> bool:
        return any(box.overlaps(other)
                   for k in range(int(box.x0 // self.STEP), int(box.x1 // self.STEP) + 1)
                   for other in self._buckets.get(k, ()))


def _clip(x0: float, y0: float, x1: float, y1: float, left: float,
          right: float) -> tuple[float, float, float, float]:
    """The segment cut to the x range [left, right] (an end beyond an edge
    moves along the segment onto that edge)."""
    def cut(x: float, y: float, ox: float, oy: float) -> tuple[float, float]:
        edge = left if x < left else right if x > right else x
        if edge == x or ox == x:
            return x, y
        return edge, y + (oy - y) * (edge - x) / (ox - x)

    a = cut(x0, y0, x1, y1)
    b = cut(x1, y1, x0, y0)
    return a[0], a[1], b[0], b[1]


def _obstacles(tps: Mapping[str, Touchpoint], xs: Mapping[str, float],
               area: CurveArea) -> list[LabelBox]:
    """The points and target markers, which labels must not cover."""
    out: list[LabelBox] = []
    for tp_id, x in xs.items():
        tp = tps[tp_id]
        r = POINT_R + (1.2 if tp.moment_of_truth and tp.score is not None else 0) + 0.5
        y = score_y(tp.score if tp.score is not None else 0, area)
        out.append(LabelBox("point", x - r, y - r, x + r, y + r))
        if tp.target is not None and tp.target != tp.score:
            ty = score_y(tp.target, area)
            out.append(LabelBox("target", x - POINT_R, ty - POINT_R, x + POINT_R,
                                ty + POINT_R))
    return out


class _Lines:
    """The curve's lines, bucketed by x: does a label box cross one?"""

    STEP = 60.0

    def __init__(self, lines: Sequence[CurveLine]) -> None:
        self._buckets: dict[int, list[CurveLine]] = {}
        for ln in lines:
            lo, hi = min(ln.x0, ln.x1), max(ln.x0, ln.x1)
            for k in range(int(lo // self.STEP), int(hi // self.STEP) + 1):
                self._buckets.setdefault(k, []).append(ln)

    def hits(self, box: LabelBox) -> bool:
        return any(crosses(ln, box)
                   for k in range(int(box.x0 // self.STEP), int(box.x1 // self.STEP) + 1)
                   for ln in self._buckets.get(k, ()))


def crosses(line: CurveLine, box: LabelBox) -> bool:
    """Whether ``line`` (with its stroke width) passes through ``box``
    (Liang-Barsky clipping of the segment against the box grown by half the
    stroke)."""
    pad = line.width / 2 + 0.3
    x0, y0, dx, dy = line.x0, line.y0, line.x1 - line.x0, line.y1 - line.y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - (box.x0 - pad)), (dx, (box.x1 + pad) - x0),
                 (-dy, y0 - (box.y0 - pad)), (dy, (box.y1 + pad) - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def _place_label(x: float, y: float, width: float, font: float, placed: _Boxes,
                 rails: _Lines, area: CurveArea,
                 room: tuple[float, float]) -> tuple[float, float, float, float]:
    """Where the label of the point at (x, y) goes: above it, else below,
    right, left, a little higher or lower - the first spot inside the plot
    that covers no point, marker, label or line drawn before; else the first
    that covers no point, marker or label (else above)."""
    h = font * 1.05
    r = POINT_R + 1.2
    spots = [(x - width / 2, y - r - 1.5 - h),           # above
             (x - width / 2, y + r + 1.5),               # below
             (x + r + 2, y - h / 2),                     # right
             (x - r - 2 - width, y - h / 2),             # left
             (x + r + 1, y - r - h),                     # above right
             (x - r - 1 - width, y - r - h),             # above left
             (x + r + 1, y + r),                         # below right
             (x - r - 1 - width, y + r)]                 # below left
    # then farther out, nearest first: off the lines where the near spots
    # all sit on one
    ring = [(x + dx - width / 2, y + dy - h / 2)
            for dx in (-2 * r - width / 2, -r - width / 2, 0.0, r + width / 2,
                       2 * r + width / 2)
            for dy in (-2.6 * r - h, -1.6 * r - h / 2, 0.0, 1.6 * r + h / 2, 2.6 * r + h)]
    spots += sorted((s for s in ring if s not in spots),
                    key=lambda s: (s[0] + width / 2 - x) ** 2 + (s[1] + h / 2 - y) ** 2)
    low, high = area.top - room[0], area.top + area.height + room[1]
    free: tuple[float, float, float, float] | None = None
    for sx, sy in spots:
        box = LabelBox("label", sx, sy, sx + width, sy + h)
        # within the plot's height (and room) and its width: never over the
        # score axis on the left nor past the right edge
        if sy < low or sy + h > high or sx < area.left or sx + width > area.right + 3:
            continue
        if not placed.hits(box):
            if not rails.hits(box):
                return sx, sy, sx + width, sy + h
            if free is None:
                free = (sx, sy, sx + width, sy + h)
    if free is not None:
        return free
    sx, sy = spots[0]
    return sx, sy, sx + width, sy + h


@dataclass(frozen=True)
class LegendItem:
    """One entry of a legend: a sample (a line, a marker, a score swatch) and
    its text.  ``x`` is the sample's left, ``y`` the text's baseline,
    ``text_x`` where the text starts; ``w`` the sample's width."""

    kind: str           # "line", "target", "gap", "text", "heading", "swatch", "unscored"
    x: float
    y: float
    text: str
    text_x: float
    w: float = 0.0
    color: str | None = None
    font_color: str = "#000000"
    stroke: float = 0.0
    dash: str | None = None


def legend_items(journey: Journey, graph: JourneyGraph, x: float, y: float, width: float, *,
                 words: Mapping[str, str], font: float = SMALL, start: float | None = None,
                 marks: bool = True) -> tuple[list[LegendItem], float]:
    """The curve's legend from (x, y) (baseline of the first line; ``start``:
    where on that line to begin), wrapped in ``width``; and the y below the
    last line.  ``marks=False`` leaves out ★ and ⚠ (said elsewhere)."""
    items: list[tuple[str, str, str | None, float]] = []  # kind, text, colour, width
    names = {b.id: b.name for b in journey.branches or ()}
    styles = _branch_styles(journey)
    shown = [graph.branch] if graph.branch is not None else list(styles)
    if len(shown) > 1:
        items.append(("line", words["shared_line"], st.SHARED_EDGE, SHARED_WIDTH))
    for b in shown[:21]:
        items.append(("line:" + styles[b][1], clean(names.get(b, b), 40), styles[b][0],
                      BRANCH_WIDTH))
    items.append(("target", words["target_marker"], None, 0))
    items.append(("gap", words["gap"], None, 0))
    if any(tp.survey is not None for tp in journey.touchpoints):
        items.append(("survey", words["survey_whisker"], None, 0))
    if marks:
        items.append(("text", words["mot_legend"], None, 0))
        items.append(("text", words["effort_legend"], None, 0))
    out: list[LegendItem] = []
    cx, cy = (x if start is None else start), y
    for kind, text, color, lw in items:
        sample = (22 if kind.startswith("line") else 12 if kind in ("target", "gap", "survey")
                  else 0)
        w = sample + (4 if sample else 0) + text_width(text, font) + 12
        if cx > x and cx + w > x + width:
            cx, cy = x, cy + font + 5
        tx = cx + sample + (4 if sample else 0)
        if kind.startswith("line"):
            out.append(LegendItem("line", cx, cy, text, tx, sample, color, stroke=lw,
                                  dash=_DASH.get(kind.partition(":")[2] or "solid")))
        else:
            out.append(LegendItem(kind, cx, cy, text, tx, sample))
        cx += w
    return out, cy + 4


def draw_legend(svg: Svg, items: Sequence[LegendItem], font: float = SMALL) -> None:
    """Write legend items as SVG."""
    for it in items:
        mid = it.y - font / 3
        if it.kind == "line":
            svg.line(it.x, mid, it.x + it.w, mid, stroke=it.color, stroke_width=it.stroke,
                     stroke_dasharray=it.dash, stroke_linecap="round")
        elif it.kind == "target":
            svg.circle(it.x + 6, mid, POINT_R - 0.6, fill="white", stroke=st.BORDER,
                       stroke_width=1.3)
        elif it.kind == "gap":
            svg.circle(it.x + 6, mid, POINT_R, fill="white", stroke=UNSCORED_MARK,
                       stroke_width=1, stroke_dasharray="2 1.5")
            svg.text(it.x + 6, mid + 3, "?", font, text_anchor="middle")
        elif it.kind == "survey":
            top, bottom = it.y - font, it.y + 2
            svg.line(it.x + 6, top, it.x + 6, bottom, stroke=st.BORDER, stroke_width=1)
            for end in (top, bottom):
                svg.line(it.x + 4, end, it.x + 8, end, stroke=st.BORDER, stroke_width=1)
        elif it.kind == "swatch":
            svg.rect(it.x, it.y - font - 1, it.w, font + 5, rx=2, fill=it.color,
                     stroke=st.BORDER, stroke_width=0.6)
        elif it.kind == "unscored":
            svg.rect(it.x, it.y - font - 1, it.w, font + 5, rx=2, fill="white",
                     stroke=UNSCORED_MARK, stroke_width=0.8, stroke_dasharray="3 2")
        weight = "bold" if it.kind == "heading" else None
        svg.text(it.text_x, it.y + (1 if it.kind in ("swatch", "unscored") else 0), it.text,
                 font, font_weight=weight, fill=it.font_color)


def curve_legend(svg: Svg, journey: Journey, graph: JourneyGraph, x: float, y: float,
                 width: float, *, words: Mapping[str, str], font: float = SMALL,
                 start: float | None = None, marks: bool = True) -> float:
    """Draw :func:`legend_items`; returns the y below the last line."""
    items, bottom = legend_items(journey, graph, x, y, width, words=words, font=font,
                                 start=start, marks=marks)
    draw_legend(svg, items, font)
    return bottom


def emotion_curve(journey: Journey, graph: JourneyGraph | None = None, *,
                  branch: str | None = None, width: float = 720, height: float = 150,
                  title: bool = True, legend: bool = True,
                  language: str | None = None) -> str:
    """A standalone ``<svg>`` of the emotion curve (sizes in pt).

    Stages are columns (their number and name on top); inside a stage the
    touchpoints are spread in journey order.  ``height`` is the plot's height
    from +2 to −2.  Raises :class:`cxmap.graph.UnknownBranchError` for an
    unknown ``branch``.
    """
    from cxmap.graph.journey import build_graph

    graph = graph or build_graph(journey, branch)
    words = st.words(language or journey.language)
    font = SMALL
    left = 34.0
    right = width - 10
    top = 12.0
    heading = ""
    if title:
        heading = clean(f"{words['curve']} — {journey.title}", MAX_TITLE)
        top += 18
    header_y = top + 2
    stages = st.drawn_stages(journey, graph)
    xs, bounds = _columns(journey, graph, stages, left, right)
    heads = [_stage_head(n, stage, x1 - x0 - 6, font)
             for (n, _si, stage, _m), (x0, x1) in zip(stages, bounds, strict=True)]
    lead = font * 1.2
    rows = max((len(h) for h in heads), default=1)
    area = CurveArea(left, right, header_y + font + (rows - 1) * lead + 14, height)
    legend_h = 0.0
    if legend:
        legend_h = legend_items(journey, graph, left, 0, right - left, words=words,
                                font=font)[1] + 8
    total_h = area.top + area.height + 12 + legend_h + 6
    svg = Svg(width, total_h, title=heading or None, css_class="cxmap-emotion-curve")
    svg.rect(0, 0, width, total_h, fill="white")
    if heading:
        svg.text(left - 24, 20, ellipsize(heading, width - 20, 12, bold=True), 12,
                 font_weight="bold", fill="#000000")
    for (n, _si, stage, _m), (x0, _x1), lines in zip(stages, bounds, heads, strict=True):
        if n > 1:
            svg.line(x0, header_y - 2, x0, area.top + area.height + 6, stroke=st.STAGE_BORDER,
                     stroke_width=0.8)
        svg.open("g", class_="curve-stage")
        svg.raw(f"<title>{escape(f'{n}. {_stage_name(stage)}')}</title>")
        svg.lines(x0 + 3, header_y + font, lines, font, lead, font_weight="bold",
                  fill="#000000")
        svg.close()
    draw_curve(svg, journey, graph, xs, area, numbers=number_touchpoints(journey, graph),
               words=words, font=font)
    if legend:
        curve_legend(svg, journey, graph, left, area.top + area.height + 12 + font,
                     right - left, words=words, font=font)
    return str(svg)


def _stage_head(number: int, stage: Stage, width: float, font: float) -> list[str]:
    """A stage's header over its column: "3. Name" on up to three lines when
    every word fits whole, else the number alone (the curve's key names the
    stage)."""
    text = f"{number}. {_stage_name(stage)}"
    lines = fit_lines(text, width, font, bold=True)
    if len(lines) <= 3 and " ".join(lines).split() == text.split():
        return lines
    return [f"{number}."]


def _stage_name(stage: Stage) -> str:
    return clean(stage.name, MAX_TITLE).replace("\n", " ")


def _columns(journey: Journey, graph: JourneyGraph,
             stages: list[tuple[int, int, Stage, list[Touchpoint]]], left: float,
             right: float) -> tuple[dict[str, float], list[tuple[float, float]]]:
    """x of every touchpoint and (x0, x1) of every stage: stage widths in
    proportion to their slot counts."""
    slots = stage_slots(journey, graph)
    counts = [slots[m[0].id].count for *_x, m in stages]
    total = sum(counts) or 1
    xs: dict[str, float] = {}
    bounds: list[tuple[float, float]] = []
    x = left + 6
    unit = (right - left - 12) / total
    for (_n, _si, _stage, members), count in zip(stages, counts, strict=True):
        x0, x1 = x, x + count * unit
        for tp in members:
            slot = slots[tp.id]
            xs[tp.id] = x0 + (slot.index + 0.5) * unit
        bounds.append((x0, x1))
        x = x1
    return xs, bounds

