"""The journey-map canvas as geometry: every box, text line and colour, no SVG.

Stages are columns (number, name, mean score); lanes are rows: the shared
lane ("All paths") and one lane per branch.  Each touchpoint is a card in its
stage's column and its lane: a shared card stays in the shared lane; a
touchpoint on some branches only sits in the lane of one of them and names
the others ("also: …").  A stage whose touchpoints every path shares is a
shared column: its "All paths" cell runs down across every lane (the paths'
lanes stop at its edges) and is named along its left edge or on a strip on
top, whichever lets the drawing be larger on the page.  Under the lanes
runs the emotion curve (:mod:`cxmap.outputs.charts.curve`), each point
numbered like its card.

:func:`layout_canvas` returns a :class:`CanvasLayout`: the page's units are
pt at 100 % (a drawing fitted to a page is scaled as a whole); boxes are
(x, y, w, h) from the top-left corner; each card carries its number, its
text lines, its badges with their fill and text colours; each band its stage
headers, lanes, cells and the curve's plot (points, lines, labels).  The SVG
drawing (:mod:`cxmap.outputs.render.canvas`) only writes what this module
decided; other outputs (native slide shapes) can draw the same layout.

With a page, the layout that fits the page at the largest scale is chosen
among card widths, card-column counts and numbers of rows of stages
("bands"), each band with its own header, lanes and curve.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cxmap.outputs.charts.curve import (
    CurveArea,
    CurvePlot,
    LabelBox,
    LegendItem,
    legend_items,
    number_touchpoints,
    plot_curve,
    stage_slots,
)
from cxmap.outputs.render import style as st
from cxmap.outputs.render.svg import ellipsize, fit_lines, text_width
from cxmap.outputs.render.text import (
    MAX_NAME,
    MAX_TITLE,
    clean,
    glue_short_words,
    score_text,
    subtitle_parts,
)

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
#: the widest the lane names' column grows for one long word
MAX_LABEL_W = 120.0
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
#: a lane name's line height and the most lines it takes
LABEL_LEAD = SMALL + 1.6
LABEL_LINES = 4
#: up to this many touchpoints every card width and (up to 6 stages) every
#: column count per stage is tried; above, the narrowest width and one
#: column count for all stages (the search stays a small part of the work)
SEARCH_ALL = 40
#: the height of a lane no card sits in (in one band)
EMPTY_LANE = 18.0
#: the strip on top of a shared column that names it ("All paths"), or its
#: width when the name is turned along the column's left edge
OPEN_HEAD = SMALL + 7
OPEN_W = SMALL + 6
#: between a channel and an owner sharing a line
META_SEP = " · "
LANE_FILL = ("#ffffff", "#f7f7f7")
#: the inset of a moment of truth's inner frame (from the outer border)
MOT_INSET = 2.4


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
class CardContent:
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


@dataclass(frozen=True)
class Badge:
    """A badge on a card's top row: the score ("score": filled with the
    score's colour, dashed when unscored) or a target ("target": hollow)."""

    kind: str
    box: Box
    text: str
    fill: str
    font_color: str
    dashed: bool = False


@dataclass(frozen=True)
class Card:
    tp_id: str
    box: Box
    lane: str
    stage: int          # index among the drawn stages
    band: int
    number: int = 0
    content: CardContent = field(default_factory=lambda: CardContent([], []))
    #: the whole name (the tooltip)
    name: str = ""
    score: int | None = None
    moment_of_truth: bool = False
    customer_effort: bool = False
    #: number and marks ("★ ⚠") on the top row; where the name's first line starts
    marks: str = ""
    marks_x: float = 0.0
    name_x: float = 0.0
    badges: tuple[Badge, ...] = ()

    @property
    def border(self) -> str:
        return st.UNSCORED_BORDER if self.score is None else st.BORDER

    @property
    def border_width(self) -> float:
        return 2.6 if self.customer_effort else 0.9

    @property
    def inner_frame(self) -> Box | None:
        """A moment of truth's inner frame (a double border)."""
        if not self.moment_of_truth:
            return None
        inset = MOT_INSET + (self.border_width / 2 if self.customer_effort else 0)
        b = self.box
        return Box(b.x + inset, b.y + inset, b.w - 2 * inset, b.h - 2 * inset)

    @property
    def text_x(self) -> float:
        """Where the card's text lines start."""
        return self.box.x + PAD + (MOT_INSET if self.moment_of_truth else 0)

    @property
    def top(self) -> float:
        """The top of the card's first row."""
        return self.box.y + 4 + (MOT_INSET if self.moment_of_truth else 0)


@dataclass(frozen=True)
class StageHead:
    """A stage's header cell: its name's lines and its mean score's words
    (on the last name line when ``inline``, else on a line of its own)."""

    stage_id: str
    box: Box
    lines: list[str]
    mean: str
    inline: bool


@dataclass(frozen=True)
class Lane:
    """A lane: its id ("" = shared), name, the name's lines in the label
    column, and the colour and line style of its path's sample."""

    id: str
    name: str
    lines: list[str]
    color: str
    line: str


@dataclass
class Band:
    stages: list[int]                   # indexes among the drawn stages
    box: Box
    header: dict[int, Box]              # stage -> its header cell
    columns: dict[int, Box]             # stage -> header + lanes
    lanes: dict[str, Box]               # lane -> its row across the band
    cells: dict[tuple[int, str], Box]   # (stage, lane) -> the cell
    curve: CurveArea
    xs: dict[str, float] = field(default_factory=dict)
    heads: dict[int, StageHead] = field(default_factory=dict)
    #: the curve's points, lines, target markers and labels
    plot: CurvePlot | None = None
    #: stages whose touchpoints every path shares: their shared cell runs
    #: down across all lanes (a "shared column", named on its top strip)
    open_stages: list[int] = field(default_factory=list)
    #: their name turned along their left edge (else on a strip on top)
    open_turned: bool = False

    @property
    def marks(self) -> list[LabelBox]:
        """The boxes of the curve's points, target markers and labels."""
        return self.plot.boxes if self.plot is not None else []


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
    content: dict[str, CardContent] = field(default_factory=dict)
    lane_info: list[Lane] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    #: the curve's label in the lane column ("" none; turned when ``curve_turned``)
    curve_label: list[str] = field(default_factory=list)
    curve_turned: bool = False


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


def _inset(tp: Touchpoint) -> float:
    """Room kept inside a moment of truth's double border, each side."""
    return MOT_INSET if tp.moment_of_truth else 0.0


def card_content(tp: Touchpoint, lane: str, words: Mapping[str, str],
                 dept_names: Mapping[str, str], branch_names: Mapping[str, str],
                 card_w: float = CARD_W, number: int = 0) -> CardContent:
    """A card's text lines at ``card_w``."""
    inner = card_w - 2 * PAD - 2 * _inset(tp)
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
    return CardContent(name, meta, inline)


def _content_height(tp: Touchpoint, content: CardContent) -> float:
    return content.height + 2 * _inset(tp)


def card_marks(tp: Touchpoint) -> str:
    """A card's marks after its number: ★ moment of truth, ⚠ customer effort."""
    return ((st.MOT_SYMBOL if tp.moment_of_truth else "") + (
        " " + st.EFFORT_SYMBOL if tp.customer_effort else "")).strip()


def _left_w(tp: Touchpoint, number: int) -> float:
    """Width of a card's number and marks, and the space after them."""
    w = text_width(str(number), SMALL, bold=True) + 4
    marks = card_marks(tp)
    return w + (text_width(marks, SMALL) + 4 if marks else 0)


def _badge_widths(tp: Touchpoint) -> list[tuple[str, float]]:
    """The badges on a card's top row, right to left: (kind, width)."""
    out = []
    if tp.target is not None and tp.target != tp.score:
        out.append(("target", text_width(f"\u2192 {score_text(tp.target)}", SMALL) + 6))
    out.append(("score", max(text_width(score_text(tp.score), SMALL, bold=True) + 8, 20)))
    return out


def _right_w(tp: Touchpoint) -> float:
    return sum(w + 3 for _k, w in _badge_widths(tp))


def _card(tp: Touchpoint, box: Box, lane: str, stage: int, band: int, number: int,
          content: CardContent) -> Card:
    """A card with its face: number, marks, badges (right to left)."""
    inset = _inset(tp)
    top = box.y + 4 + inset
    x = box.right - PAD - inset
    badges: list[Badge] = []
    for kind, w in _badge_widths(tp):
        if kind == "target":
            badges.append(Badge("target", Box(x - w, top, w, 11.5),
                                f"\u2192 {score_text(tp.target)}", "white", "#000000"))
        else:
            sty = st.SCORE_STYLES[tp.score] if tp.score is not None else st.UNSCORED
            badges.append(Badge("score", Box(x - w, top, w, 11.5), score_text(tp.score),
                                sty.fill, sty.font, dashed=tp.score is None))
        x -= w + 3
    left = box.x + PAD + inset
    return Card(tp.id, box, lane, stage, band, number, content, clean(tp.name, MAX_NAME),
                tp.score, tp.moment_of_truth, tp.customer_effort, card_marks(tp),
                left + text_width(str(number), SMALL, bold=True) + 4,
                left + _left_w(tp, number), tuple(badges))


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


def balanced_splits(widths: Sequence[float], rows: int) -> list[list[int]]:
    """Consecutive stages into ``rows`` rows, the widest row as narrow as
    can be (the classic linear partition; ties: the earlier cut)."""
    n = len(widths)
    rows = max(1, min(rows, n))
    ends = list(itertools.accumulate(widths, initial=0.0))
    inf = float("inf")
    # best[k][i]: the widest row when the first i stages make k rows
    best = [[inf] * (n + 1) for _ in range(rows + 1)]
    cut = [[0] * (n + 1) for _ in range(rows + 1)]
    best[0][0] = 0.0
    for k in range(1, rows + 1):
        for i in range(k, n + 1):
            for j in range(k - 1, i):
                w = max(best[k - 1][j], ends[i] - ends[j])
                if w < best[k][i] - 1e-9:
                    best[k][i], cut[k][i] = w, j
    out: list[list[int]] = []
    i = n
    for k in range(rows, 0, -1):
        j = cut[k][i]
        out.append(list(range(j, i)))
        i = j
    return out[::-1]


def band_cuts(widths: Sequence[float], rows: int) -> list[list[list[int]]]:
    """The ways of cutting the stages into ``rows`` bands worth laying out:
    the greedy cut into rows of similar width (:func:`band_splits`) and the
    one whose widest row is narrowest (:func:`balanced_splits`), once each."""
    out = [band_splits(widths, rows)]
    other = balanced_splits(widths, rows)
    if other != out[0]:
        out.append(other)
    return out


def label_width(names: Sequence[str]) -> float:
    """The lane names' column: as wide as their longest word needs (a word
    with a one-letter word glued before it, "W oddziale", counts as one)."""
    longest = max((text_width(word, SMALL, bold=True)
                   for name in names for word in glue_short_words(name).split(" ")),
                  default=0.0)
    return min(MAX_LABEL_W, max(MIN_LABEL_W, longest + 12))


def layout_canvas(journey: Journey, graph: JourneyGraph, *,
                  page: tuple[float, float] | None = None, title: str | None = None,
                  legend: bool = True, words: Mapping[str, str] | None = None,
                  shared_columns: bool = True, floor: float | None = None) -> CanvasLayout:
    """Every box of the canvas.  ``page`` = (width, height) to fit (the
    layout with the largest scale wins); without it, the layout suits an A4
    landscape sheet's proportions and is drawn at its natural size.

    ``floor``: the smallest text size (pt on the page) that is enough: among
    the layouts that keep every text at ``floor`` or more, the one with the
    fewest bands wins (then the largest scale); when none does, the largest
    scale, however many bands it takes.

    ``shared_columns``: a stage whose touchpoints every path shares gets a
    shared column (its "All paths" cell down across every lane, named along
    its edge or on a top strip) instead of one tall shared lane across the
    whole sheet; off, every stage keeps the lanes (slides cut a band between
    lanes)."""
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
    # the lane names' column (the curve's score axis sits at its right edge);
    # without lanes, the axis alone
    label_w = label_width([name for _l, name in lanes]) if multi else AXIS_W
    styles = {b: st.branch_style(i) for i, b in enumerate(journey.branch_ids)}
    lane_info = []
    for lane, name in lanes:
        color, line = styles.get(lane, (st.SHARED_EDGE, "solid"))
        lines = (fit_lines(name, label_w - 10, SMALL, bold=True, max_lines=LABEL_LINES)
                 if multi else [])
        lane_info.append(Lane(lane, name, lines, color, line))
    # a lane is at least as tall as its name
    min_lane = {ln.id: 5 + len(ln.lines) * LABEL_LEAD + 8 for ln in lane_info}

    # cell contents: per stage, per lane, the cards in journey order
    cell_ids: list[dict[str, list[str]]] = []
    for _n, _si, _stage, members in stages:
        cells: dict[str, list[str]] = {}
        for tp in members:
            cells.setdefault(lanes_of[tp.id], []).append(tp.id)
        cell_ids.append(cells)

    title_lines, sub_lines = _title_lines(journey, graph, title, words)
    pw, ph = page if page is not None else (842.0, 595.0)

    def score(plan: _Plan) -> tuple[bool, int, float, int, float]:
        # readable at ``floor``: fewer bands first; then the largest scale;
        # then fewer bands; then the smaller drawing
        scale = round(min(pw / plan.width, ph / plan.height), 3)
        enough = floor is not None and scale * MIN_FONT >= floor
        return (enough, -len(plan.splits) if enough else 0, scale, -len(plan.splits),
                -plan.width * plan.height)

    needs = [max(len(v) for v in cells.values()) for cells in cell_ids]
    choices: list[dict[int, int]] = []
    most = max(needs, default=1)
    for k in range(1, min(most, 8) + 1):
        choices.append({i: max(1, min(k, n)) for i, n in enumerate(needs)})
    if len(stages) <= 6 and len(graph) <= SEARCH_ALL:
        # few stages: each its own number of columns (up to 3)
        options = [range(1, min(n, 3) + 1) for n in needs]
        if math.prod(len(o) for o in options) <= 729:
            choices.extend(dict(enumerate(c)) for c in itertools.product(*options))
    best: tuple[_Ctx, _Plan] | None = None
    best_score: tuple[bool, int, float, int, float] | None = None
    # cards narrower (names on more lines) or wider (fewer lines): whichever
    # fits the page better; on big maps the middle width only
    longest = max((text_width(word, NAME_FONT, bold=True) + 2 * _inset(tp)
                   for _n, _si, _stage, members in stages for tp in members
                   for word in clean(tp.name, MAX_NAME).split()), default=0.0)
    # never so narrow that a word of a name is cut in two (unless no width helps)
    widths_tried = [w for w in CARD_WIDTHS if w - 2 * PAD >= longest] or [CARD_WIDTHS[-1]]
    for card_w in widths_tried if len(graph) <= SEARCH_ALL else widths_tried[:1]:
        contents = {tp.id: card_content(tp, lanes_of[tp.id], words, dept_names,
                                        branch_names, card_w, numbers.get(tp.id, 0))
                    for _n, _si, _stage, members in stages for tp in members}
        heights = {tp.id: _content_height(tp, contents[tp.id])
                   for _n, _si, _stage, members in stages for tp in members}
        # the tallest card of each lane
        card_h: dict[str, float] = {}
        for tp_id, h in heights.items():
            card_h[lanes_of[tp_id]] = max(card_h.get(lanes_of[tp_id], 0.0), h)
        for turned in (False, True):
            ctx = _Ctx(journey, graph, stages, cell_ids, lanes, card_h, label_w, min_lane,
                       title_lines, sub_lines, legend, words, card_w, contents, heights,
                       turned, shared_columns)
            if turned and not ctx.open_stages:
                break
            for cols in choices:
                widths = [ctx.col_w(i, cols[i]) for i in range(len(stages))]
                for rows in range(1, min(len(stages), 8) + 1):
                    for splits in band_cuts(widths, rows):
                        plan = _plan(ctx, cols, splits)
                        sc = score(plan)
                        if best_score is None or sc > best_score:
                            best, best_score = (ctx, plan), sc
    assert best is not None
    ctx, plan = best
    lay = _place(ctx, plan)
    lay.content = ctx.contents
    lay.lane_info = lane_info
    tps = {tp.id: tp for _n, _si, _s, members in stages for tp in members}
    lay.cards = {tp_id: _card(tps[tp_id], c.box, c.lane, c.stage, c.band,
                              numbers.get(tp_id, 0), ctx.contents[tp_id])
                 for tp_id, c in lay.cards.items()}
    for b, band in enumerate(lay.bands):
        band.plot = plot_curve(journey, graph, band.xs, band.curve, numbers=numbers,
                               font=SMALL, room=(CURVE_TOP - 1, CURVE_BOTTOM - 1),
                               outside=_beyond(lay.bands, b))
        for i in band.stages:
            lines, inline = _head_text(stages[i], band.header[i].w - 2 * PAD, words)
            band.heads[i] = StageHead(stages[i][2].id, band.header[i], lines,
                                      _mean_words(stages[i][3], words), inline)
    if multi:
        room = label_w - 26
        if all(text_width(w, SMALL, bold=True) <= room for w in words["curve"].split()):
            lay.curve_label = fit_lines(words["curve"], room, SMALL, bold=True, max_lines=2)
        else:   # a narrow column: the label turned, as a swimlane's name
            lay.curve_label, lay.curve_turned = [words["curve"]], True
    if legend:
        lay.legend = _legend_items(journey, graph, lay.legend_y, lay.width, words)[0]
    return lay


def _beyond(bands: Sequence[Band], b: int) -> dict[str, float]:
    """The curve's touchpoints of the other bands, placed as if those bands
    ran on beside band ``b`` (earlier ones to its left, later ones to its
    right): a line between two bands runs to the edge of each, heading for
    the score at its other end."""
    band = bands[b]
    out: dict[str, float] = {}
    for c, other in enumerate(bands):
        if c < b:
            shift = band.curve.left - other.curve.right - 2 * PAD
        elif c > b:
            shift = band.curve.right - other.curve.left + 2 * PAD
        else:
            continue
        out.update({tp_id: x + shift for tp_id, x in other.xs.items()})
    return out


@dataclass
class _Ctx:
    journey: Journey
    graph: JourneyGraph
    stages: list[tuple[int, int, Stage, list[Touchpoint]]]
    cell_ids: list[dict[str, list[str]]]
    lanes: list[tuple[str, str]]
    card_h: dict[str, float]
    label_w: float
    min_lane: dict[str, float]
    title_lines: list[str]
    sub_lines: list[str]
    legend: bool
    words: Mapping[str, str]
    card_w: float
    contents: dict[str, CardContent]
    #: each card's height (its text's)
    heights: dict[str, float]
    #: shared columns named along their left edge (else on a top strip)
    open_turned: bool = False
    #: stages of shared cards only get a shared column
    shared_columns: bool = True
    heads: dict[tuple[int, int], float] = field(default_factory=dict)
    bands: dict[tuple[tuple[int, ...], tuple[int, ...]],
                tuple[_BandRows, float]] = field(default_factory=dict)
    tops: dict[int, tuple[list[str], list[str], float]] = field(default_factory=dict)
    legends: dict[int, float] = field(default_factory=dict)

    @functools.cached_property
    def lane_ids(self) -> list[str]:
        return [lane for lane, _n in self.lanes]

    def col_w(self, i: int, cols: int) -> float:
        """Stage ``i``'s column width with ``cols`` card columns."""
        turned = self.open_turned and i in self.open_stages
        return cols * (self.card_w + GAP) - GAP + 2 * PAD + (OPEN_W if turned else 0.0)

    @functools.cached_property
    def open_stages(self) -> frozenset[int]:
        """Stages with shared cards only (and lanes for paths): their shared
        cell takes the whole column under the header."""
        if len(self.lanes) < 2 or not self.shared_columns:
            return frozenset()
        return frozenset(i for i, cells in enumerate(self.cell_ids) if set(cells) == {""})

    def lane_h(self, lane: str, rows: Sequence[float]) -> float:
        """A lane's height with card rows of these heights: at least its name's."""
        h = sum(rows) + GAP if rows else EMPTY_LANE
        return max(h, self.min_lane.get(lane, 0.0) if len(self.lanes) > 1 else 0.0)

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
            self.legends[key] = (_legend_items(self.journey, self.graph, 0, key * 40.0,
                                               self.words)[1] + 4 if self.legend else 0)
        return self.legends[key]


@dataclass
class _Plan:
    cols: dict[int, int]
    splits: list[list[int]]
    rows: list[_BandRows]                # per band: its cells' card rows, its lanes
    width: float
    height: float


def _plan(ctx: _Ctx, cols: dict[int, int], splits: list[list[int]]) -> _Plan:
    """Sizes for one choice: stages in ``splits`` bands, ``cols`` card columns
    per stage."""
    plans: list[_BandRows] = []
    heights: list[float] = []
    for band_stages in splits:
        key = (tuple(band_stages), tuple(cols[i] for i in band_stages))
        if key not in ctx.bands:
            ctx.bands[key] = _band(ctx, band_stages, cols)
        lane_rows, height = ctx.bands[key]
        plans.append(lane_rows)
        heights.append(height)
    col_w = {i: ctx.col_w(i, cols[i]) for i in cols}
    width = MARGIN * 2 + ctx.label_w + max(sum(col_w[i] for i in band) for band in splits)
    height = ctx.top(width)[2] + sum(heights) + ctx.legend_h(width) + MARGIN - 6
    return _Plan(dict(cols), splits, plans, width, height)


def _band(ctx: _Ctx, band_stages: list[int],
          cols: dict[int, int]) -> tuple[_BandRows, float]:
    """One band of a plan: per cell (stage, lane), the heights of its card
    rows (each row as tall as its tallest card, gap included); per lane, its
    height (its tallest cell's); and the band's height."""
    cells: dict[tuple[int, str], list[float]] = {}
    tall: dict[str, float] = {lane: 0.0 for lane in ctx.lane_ids}
    column = 0.0    # the tallest shared column's cards
    for i in band_stages:
        for lane, ids in ctx.cell_ids[i].items():
            heights = [max(ctx.heights[t] for t in ids[k:k + cols[i]]) + GAP
                       for k in range(0, len(ids), cols[i])]
            cells[(i, lane)] = heights
            if i in ctx.open_stages:
                head = 0.0 if ctx.open_turned else OPEN_HEAD
                column = max(column, head + sum(heights) + GAP)
            else:
                tall[lane] = max(tall[lane], sum(heights))
    lanes = {lane: ctx.lane_h(lane, [tall[lane]] if tall[lane] else [])
             for lane in ctx.lane_ids}
    # a shared column taller than the lanes: the shared lane grows
    lanes[""] += max(0.0, column - sum(lanes.values()))
    height = (max(ctx.head_h(i, cols[i]) for i in band_stages) + sum(lanes.values())
              + CURVE_TOP + CURVE_H + CURVE_BOTTOM + BAND_GAP)
    return _BandRows(cells, lanes), height


@dataclass(frozen=True)
class _BandRows:
    #: (stage, lane) -> the heights of the cell's card rows, gap included
    cells: dict[tuple[int, str], list[float]]
    #: lane -> its height in the band
    lanes: dict[str, float]


def _title_lines(journey: Journey, graph: JourneyGraph, title: str | None,
                 words: Mapping[str, str]) -> tuple[list[str], list[str]]:
    if title == "":
        return [], []
    text = clean(title if title is not None else journey.title, MAX_TITLE)
    sub = subtitle_parts(journey, graph.branch, words)
    return [text.replace("\n", " ")], [" · ".join(sub).replace("\n", " ")] if sub else []


def _place(ctx: _Ctx, plan: _Plan) -> CanvasLayout:
    """Every box of the planned layout (cards without their faces yet)."""
    journey, graph, stages, lanes = ctx.journey, ctx.graph, ctx.stages, ctx.lanes
    cell_ids, label_w = ctx.cell_ids, ctx.label_w
    card_h, splits, cols, width = ctx.card_h, plan.splits, plan.cols, plan.width
    slots = stage_slots(journey, graph)
    card_w = ctx.card_w
    col_w = {i: ctx.col_w(i, cols[i]) for i in cols}
    title, sub, y = ctx.top(width)
    bands: list[Band] = []
    cards: dict[str, Card] = {}
    for b, band_stages in enumerate(splits):
        top = y
        # header height: the stage names wrapped in their columns
        head_h = max(ctx.head_h(i, cols[i]) for i in band_stages)
        band_rows = plan.rows[b]
        lanes_top = top + head_h
        lane_boxes: dict[str, Box] = {}
        ly = lanes_top
        band_w = label_w + sum(col_w[i] for i in band_stages)
        for lane, _name in lanes:
            h = band_rows.lanes[lane]
            lane_boxes[lane] = Box(MARGIN, ly, band_w, h)
            ly += h
        lanes_bottom = ly
        curve = CurveArea(MARGIN + label_w + 4, MARGIN + band_w - 4,
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
            head = left = 0.0
            if i in ctx.open_stages:
                cells[(i, "")] = Box(x, lanes_top, w, lanes_bottom - lanes_top)
                head, left = (0.0, OPEN_W) if ctx.open_turned else (OPEN_HEAD, 0.0)
            else:
                for lane, _name in lanes:
                    lb = lane_boxes[lane]
                    cells[(i, lane)] = Box(x, lb.y, w, lb.h)
            for lane, ids in cell_ids[i].items():
                cell = cells[(i, lane)]
                row_h = band_rows.cells[(i, lane)]
                tops = list(itertools.accumulate(row_h, initial=head))
                for k, tp_id in enumerate(ids):
                    # the cards of a row are as tall as the row's tallest
                    r, c = divmod(k, cols[i])
                    box = Box(cell.x + left + PAD + c * (card_w + GAP),
                              cell.y + GAP / 2 + tops[r], card_w, row_h[r] - GAP)
                    cards[tp_id] = Card(tp_id, box, lane, i, b)
            # curve x: the stage's touchpoints spread by their slots
            members = stages[i][3]
            count = slots[members[0].id].count if members else 1
            unit = (w - 2 * PAD) / count
            for tp in members:
                xs[tp.id] = x + PAD + (slots[tp.id].index + 0.5) * unit
            x += w
        bands.append(Band(band_stages, Box(MARGIN, top, band_w, bottom - top),
                          header, columns, lane_boxes, cells, curve, xs,
                          open_stages=[i for i in band_stages if i in ctx.open_stages],
                          open_turned=ctx.open_turned))
        y = bottom + BAND_GAP
    legend_y = y
    height = y + ctx.legend_h(width) + MARGIN - 6
    return CanvasLayout(width, height, title, sub, lanes, bands, cards, legend_y, dict(card_h),
                        cols, label_w)


def _legend_items(journey: Journey, graph: JourneyGraph, y: float, width: float,
                  words: Mapping[str, str]) -> tuple[list[LegendItem], float]:
    """The legend from ``y`` (top): score swatches, unscored, ★ and ⚠, then
    the curve's entries; and the y under it."""
    items: list[LegendItem] = []
    x = MARGIN
    base = y + SMALL + 2
    items.append(LegendItem("heading", x, base, words["score"], x))
    x += text_width(words["score"], SMALL, bold=True) + 6
    labels = words["scores"].split("|")
    for score, label in zip((-2, -1, 0, 1, 2), labels, strict=True):
        sty = st.SCORE_STYLES[score]
        w = text_width(label, SMALL) + 8
        if x + w > width - MARGIN:
            x, base = MARGIN, base + SMALL + 7
        items.append(LegendItem("swatch", x, base, label, x + 4, w, sty.fill, sty.font))
        x += w + 3
    unscored = words["unscored"]
    w = text_width(unscored, SMALL) + 8
    if x + w > width - MARGIN:
        x, base = MARGIN, base + SMALL + 7
    items.append(LegendItem("unscored", x, base, unscored, x + 4, w))
    x += w + 10
    for text in (f"{st.MOT_SYMBOL} {words['mot']}", f"{st.EFFORT_SYMBOL} {words['effort']}"):
        w = text_width(text, SMALL) + 12
        if x + w > width - MARGIN:
            x, base = MARGIN, base + SMALL + 7
        items.append(LegendItem("text", x, base + 1, text, x))
        x += w
    more, bottom = legend_items(journey, graph, MARGIN, base + 1, width - 2 * MARGIN,
                                words=words, font=SMALL, start=x, marks=False)
    return items + more, bottom


def _mean_words(members: Sequence[Touchpoint], words: Mapping[str, str]) -> str:
    mean = _mean(members)
    return (words["stage_mean"].format(mean=_mean_text(mean, words["decimal_mark"]))
            if mean is not None
            else words["no_scores"])


def _head_text(stage: tuple[int, int, Stage, list[Touchpoint]], width: float,
               words: Mapping[str, str]) -> tuple[list[str], bool]:
    """A stage header's name lines in ``width``, and whether the mean fits
    on the last of them (else it has a line of its own).  Up to three lines:
    a name is cut (…) only where a narrow column would need more."""
    number, _si, st_, members = stage
    lines = fit_lines(f"{number}. {clean(st_.name, MAX_TITLE)}", width, STAGE_FONT, bold=True,
                      max_lines=3)
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
