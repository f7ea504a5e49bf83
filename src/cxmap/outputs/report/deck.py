"""The report as a PowerPoint deck (16:9) a team edits further, with python-pptx.

Nothing on a slide is a picture: the figures are text in shapes, the tables
native tables, the canvas one rounded rectangle per touchpoint card (filled
with its score's colour, its number, marks, name and score as its text), the
emotion curve a native line chart, the impact x cost matrix a grid of shapes.

Text is set in the theme's font, Calibri (on every PowerPoint; LibreOffice
shows it as the metric-compatible Carlito).  Every figure and word comes from
the report's content (:mod:`.content`, built
on :mod:`cxmap.metrics`) and the canvas's geometry
(:func:`cxmap.outputs.render.canvas.layout_canvas`): nothing is computed a
second time here.  Text sizes are chosen so that every text fits its shape
(measured with the same font metrics as the SVG drawings, which are wider
than Calibri's) and no text is set below :data:`MIN_PT` points; a canvas that
would need smaller text is split across slides by stages, "continued".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.canvas_geometry import Box
from cxmap.outputs.render.svg import ellipsize, fit_lines
from cxmap.outputs.render.text import glue_short_words
from cxmap.outputs.report.deck_canvas import canvas_slides
from cxmap.outputs.report.deck_shapes import (
    BODY_H,
    BODY_TOP,
    BODY_W,
    CELL_X,
    CELL_Y,
    HEADER_FILL,
    LEAD,
    MARGIN,
    MIN_PT,
    MUTED,
    SLIDE_H,
    Deck,
    Run,
    column_widths,
    fitted,
    lines_needed,
    paginate,
    pt,
    rgb,
    row_height,
    score_fill,
)

if TYPE_CHECKING:
    from pptx.slide import Slide

    from cxmap.graph.journey import JourneyGraph
    from cxmap.metrics.portfolio import Portfolio
    from cxmap.model.journey import Journey
    from cxmap.outputs.report import ReportOptions
    from cxmap.outputs.report.content import Content, TouchpointRow
    from cxmap.outputs.report.portfolio import PortfolioContent


# ----------------------------------------------------------------------------- slides
def _figure_cards(deck: Deck, slide: Slide, top: float,
                  figures: Sequence[tuple[str, str, str, str]]) -> float:
    """Key figures side by side: value, label and note in one rounded shape."""
    if not figures:
        return top
    gap = 12.0
    w = (BODY_W - gap * (len(figures) - 1)) / len(figures)
    h = 150.0 if any(note for _l, _v, note, _t in figures) else 90.0
    for i, (label, value, note, tone) in enumerate(figures):
        color = {"bad": "C00000", "good": "2E7D32"}.get(tone)
        inner = w - 2 * CELL_X
        label_lines, _ = fitted(label, inner, 36, 13, bold=True, smallest=11)
        value_size = 30.0
        while value_size > 14 and lines_needed(value, inner, value_size, True) > 1:
            value_size -= 2
        note_lines, note_size = fitted(note, inner, h - 2 * CELL_Y - 44 - value_size * LEAD,
                                        11)
        paras = [[Run(line, 13, True, MUTED)] for line in label_lines]
        paras.append([Run(value, value_size, True, color)])
        paras += [[Run(line, note_size, color=MUTED)] for line in note_lines]
        deck.text(slide, Box(MARGIN + i * (w + gap), top, w, h), paras, fill="F7F7F7",
                  line="D9D9D9", rounded=True, name=f"figure {i + 1}")
    return top + h + 14


def _bullets(deck: Deck, slide: Slide, box: Box, items: Sequence[str],
             size: float = 14.0) -> None:
    paras: list[list[Run]] = []
    room = box.h - 2 * CELL_Y
    for item in items:
        lines, size_ = fitted(item, box.w - 2 * CELL_X, room, size)
        room -= len(lines) * size_ * LEAD
        if room < 0:
            break
        paras.append([Run(" ".join(lines) if len(lines) > 1 else lines[0], size_)])
    deck.text(slide, box, paras)


def _title_slide(deck: Deck, c: Content, journey: Journey) -> None:
    w = c.w
    facts = [x for x in (f"{w['persona']}: {c.persona}" if c.persona else "",
                         f"{w['scored_on_label']}: {c.scored_on}" if c.scored_on else "",
                         f"{w['map_id']}: {c.map_id}") if x]
    slide = deck.slide(c.title, " · ".join(facts))
    figures = [(f.label, f.value, f.note, f.tone) for f in c.summary.figures]
    changes = c.summary.changes
    if changes is not None:
        counts = ", ".join(f"{label}: {n}" for label, n in changes.counts if n)
        figures.append((w["changes"], changes.mean, counts, ""))
    top = _figure_cards(deck, slide, BODY_TOP + 6, figures)
    if changes is not None:
        _bullets(deck, slide, Box(MARGIN, top, BODY_W, SLIDE_H - MARGIN - top),
                 [changes.since, *([changes.drift_note] if changes.drift_note else [])], 12)
    elif c.description:
        _bullets(deck, slide, Box(MARGIN, top, BODY_W, SLIDE_H - MARGIN - top),
                 [c.description], 14)
    deck.notes(slide, "\n".join(f"{label}: {value}" for label, value in c.summary.overview))


def _touchpoint_table(deck: Deck, c: Content, title: str, intro: str,
                      rows: Sequence[TouchpointRow], numbers: dict[str, int],
                      empty: str, notes: str = "") -> None:
    w = c.w
    header = [w["rank"], w["touchpoint"], w["stage"], w["score_col"], w["flags"], w["reach"],
              w["owner"]]
    widths = column_widths([4, 30, 18, 7, 15, 8, 18])
    values = [[str(numbers.get(r.id, "")), r.name, r.stage, r.score, r.marks, r.reach,
               r.owner] for r in rows]
    fills = [[None, None, None, score_fill(r.score_value), None, None, None] for r in rows]
    intro_h = 22.0 if intro else 0.0
    heights = [row_height(v, widths) for v in values]
    pages = paginate(header, values, widths, BODY_H - intro_h, heights) if values else [[]]
    for n, page in enumerate(pages):
        slide = deck.slide(title if n == 0 else f"{title} ({w['continued']})")
        top = BODY_TOP
        if intro:
            deck.text(slide, Box(MARGIN, top, BODY_W, intro_h),
                      [[Run(ellipsize(intro, BODY_W - 2 * CELL_X, 12), 12, color=MUTED)]])
            top += intro_h
        if not values:
            deck.text(slide, Box(MARGIN, top + 10, BODY_W, 30), [[Run(empty, 16)]])
        else:
            deck.table(slide, top, header, [values[i] for i in page], widths,
                       [fills[i] for i in page], [heights[i] for i in page])
        if notes:
            deck.notes(slide, notes)


def _quick_wins(deck: Deck, c: Content) -> None:
    w = c.w
    header = [w["project"], w["impact"], w["cost"], w["owner"], w["due"], w["lifts"]]
    widths = column_widths([28, 10, 10, 14, 10, 28])
    rows = [[p.title, p.impact, p.cost, p.owner, p.due, p.lifts] for p in c.summary.quick_wins]
    heights = [row_height(r, widths) for r in rows]
    pages = paginate(header, rows, widths, BODY_H - 22, heights) if rows else [[]]
    for n, page in enumerate(pages):
        slide = deck.slide(w["quick_wins"] if n == 0 else f"{w['quick_wins']} ({w['continued']})")
        deck.text(slide, Box(MARGIN, BODY_TOP, BODY_W, 22),
                  [[Run(ellipsize(w["quick_wins_intro"], BODY_W - 2 * CELL_X, 12), 12,
                        color=MUTED)]])
        if rows:
            deck.table(slide, BODY_TOP + 22, header, [rows[i] for i in page], widths,
                       heights=[heights[i] for i in page])
        else:
            deck.text(slide, Box(MARGIN, BODY_TOP + 32, BODY_W, 30),
                      [[Run(w["no_quick_wins"], 16)]])


#: scores as the report writes them: a sign, and a real minus (−1, not -1)
SCORE_FORMAT = '+0;"\u2212"0;0'


@dataclass(frozen=True)
class CurveSeries:
    """One line of the emotion curve: its name, the scores of the categories
    (None: not on its path, or not scored) and which categories are on its
    path."""

    name: str
    values: list[int | None]
    on: list[bool]


def curve_series(journey: Journey, graph: JourneyGraph,
                 numbers: dict[str, int]) -> tuple[list[str], list[CurveSeries],
                                                   list[int | None]]:
    """The emotion curve as chart data: categories (the drawn touchpoints in
    journey order, "number name"), one series per branch (or one for the
    journey) with the scores of the touchpoints on its path, and the
    targets."""
    tps = [tp for tp in journey.touchpoints if tp.id in numbers]
    categories = [f"{numbers[tp.id]} {ellipsize(tp.name, 110, 10)}" for tp in tps]
    ids = [graph.branch] if graph.branch is not None else journey.branch_ids
    names = {b.id: b.name for b in journey.branches or ()}
    series: list[CurveSeries] = []
    if ids:
        paths = graph.paths()
        for bid in ids:
            on = set(paths.get(bid, ()))
            series.append(CurveSeries(names.get(bid, bid),
                                      [tp.score if tp.id in on else None for tp in tps],
                                      [tp.id in on for tp in tps]))
    else:
        series.append(CurveSeries(journey.title, [tp.score for tp in tps], [True] * len(tps)))
    return categories, series, [tp.target for tp in tps]


def gap_points(line: CurveSeries) -> list[int]:
    """The categories whose incoming line is left out so that the line
    breaks where its own touchpoint is not scored: each scored one that
    comes, on the line's path, right after an unscored one."""
    out: list[int] = []
    after_unscored = False  # the previous touchpoint on the path is not scored
    for j, (value, on) in enumerate(zip(line.values, line.on, strict=True)):
        if not on:
            continue
        if value is not None and after_unscored:
            out.append(j)
        after_unscored = value is None
    return out


def _curve_slide(deck: Deck, c: Content, journey: Journey, graph: JourneyGraph,
                 numbers: dict[str, int]) -> None:
    """The emotion curve as a native line chart.  A branch's line runs on
    across the other branches' touchpoints (blank in its series: the chart
    spans blanks) and breaks where its own touchpoint is not scored (the
    line into the next scored one is left out; PowerPoint draws that gap,
    LibreOffice joins the line there).  A journey without branches leaves
    its blanks as gaps."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import (
        XL_CHART_TYPE,
        XL_LEGEND_POSITION,
        XL_MARKER_STYLE,
        XL_TICK_LABEL_POSITION,
    )
    from pptx.enum.dml import MSO_LINE_DASH_STYLE

    from cxmap.util.text import visible

    w = c.w
    categories, series, targets = curve_series(journey, graph, numbers)
    if not categories:
        return
    data = CategoryChartData(number_format=SCORE_FORMAT)
    data.categories = [visible(cat) for cat in categories]
    for line in series:
        data.add_series(visible(line.name), line.values)
    has_targets = any(t is not None for t in targets)
    if has_targets:
        data.add_series(w["target_col"], targets)
    slide = deck.slide(w["emotion_curve"])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, pt(MARGIN), pt(BODY_TOP),
                                   pt(BODY_W), pt(BODY_H), data)
    chart = frame.chart
    span = not all(all(line.on) for line in series)
    if span:  # python-pptx has no property for it: the chart's own XML element
        for blanks in chart.element.xpath("c:chart/c:dispBlanksAs"):
            blanks.set("val", "span")
    chart.font.size = pt(MIN_PT + 1)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = -2, 2, 1
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = SCORE_FORMAT
    axis.tick_labels.number_format_is_linked = False
    chart.category_axis.tick_labels.font.size = pt(MIN_PT)
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    tps = [tp for tp in journey.touchpoints if tp.id in numbers]
    plot = chart.plots[0]
    for i, ser in enumerate(plot.series):
        ser.smooth = False
        if has_targets and i == len(plot.series) - 1:
            ser.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            ser.format.line.color.rgb = rgb(MUTED)
            ser.marker.style = XL_MARKER_STYLE.CIRCLE
            ser.marker.format.fill.background()
            continue
        color = st.branch_style(i)[0] if len(series) > 1 else st.SHARED_EDGE
        ser.format.line.color.rgb = rgb(color)
        ser.format.line.width = pt(2.25)
        ser.marker.style = XL_MARKER_STYLE.CIRCLE
        ser.marker.size = 8
        if span:
            for j in gap_points(series[i]):
                point = ser.points[j]
                point.format.line.fill.background()
                point.marker.style = XL_MARKER_STYLE.CIRCLE
                point.marker.size = 8
        for j, tp in enumerate(tps):
            if series[i].values[j] is None or not (tp.moment_of_truth or tp.customer_effort):
                continue
            point = ser.points[j]
            marker = point.marker
            marker.style = (XL_MARKER_STYLE.STAR if tp.moment_of_truth else
                            XL_MARKER_STYLE.TRIANGLE if tp.customer_effort else
                            XL_MARKER_STYLE.CIRCLE)
            marker.size = 11 if tp.moment_of_truth or tp.customer_effort else 8
            marker.format.fill.solid()
            marker.format.fill.fore_color.rgb = rgb(score_fill(tp.score))
            marker.format.line.color.rgb = rgb(color)
    keys = [f"{st.MOT_SYMBOL} {w['mot_long']}", f"{st.EFFORT_SYMBOL} {w['effort_long']}"]
    deck.notes(slide, "\n".join([w["curve_key"].format(mot=keys[0], effort=keys[1]),
                                 *categories]))


def _matrix_slide(deck: Deck, c: Content) -> None:
    w = c.w
    if not c.matrix:
        return
    slide = deck.slide(w["chart_matrix"])
    head_w, head_h = 90.0, 28.0
    cols = len(c.matrix_costs)
    cell_w = (BODY_W - head_w) / max(cols, 1)
    note_h = 20.0 if c.matrix_left_out else 0.0
    cell_h = (BODY_H - head_h - 20 - note_h) / max(len(c.matrix), 1)
    deck.text(slide, Box(MARGIN + head_w, BODY_TOP, BODY_W - head_w, 20),
              [[Run(f"{w['cost']} →", 12, True, MUTED)]], align="center")
    top = BODY_TOP + 20
    for j, cost in enumerate(c.matrix_costs):
        deck.text(slide, Box(MARGIN + head_w + j * cell_w, top, cell_w, head_h),
                  [[Run(cost, 12, True)]], fill=HEADER_FILL, align="center", anchor="middle")
    for i, row in enumerate(c.matrix):
        y = top + head_h + i * cell_h
        deck.text(slide, Box(MARGIN, y, head_w, cell_h),
                  [[Run(f"{w['impact']}: {row.impact}", 12, True)]], fill=HEADER_FILL,
                  anchor="middle")
        for j, projects in enumerate(row.cells):
            quick = i == 0 and j == 0
            box = Box(MARGIN + head_w + j * cell_w, y, cell_w, cell_h)
            paras: list[list[Run]] = []
            if quick:
                paras.append([Run(f"★ {w['quick_win']}", 12, True, "2E7D32")])
            room = cell_h - 2 * CELL_Y - (12 * LEAD if quick else 0)
            size = 12.0
            while size > MIN_PT and sum(lines_needed(p, cell_w - 2 * CELL_X, size)
                                        for p in projects) * size * LEAD > room:
                size -= 1
            fit = max(1, int(room // (size * LEAD)))
            for p in projects:
                lines = fit_lines(p, cell_w - 2 * CELL_X, size)
                if len(lines) > fit:
                    break
                fit -= len(lines)
                paras.append([Run(p, size)])
            deck.text(slide, box, paras or [[Run("", size)]],
                      fill="E2F0D9" if quick else "FFFFFF", line="BFBFBF",
                      name="quick wins" if quick else None)
    if c.matrix_left_out:
        deck.text(slide, Box(MARGIN, SLIDE_H - MARGIN - note_h, BODY_W, note_h),
                  [[Run(ellipsize(w["matrix_left_out"], BODY_W - 2 * CELL_X, MIN_PT + 1),
                        MIN_PT + 1, color=MUTED)]])


def _stage_slides(deck: Deck, c: Content, journey: Journey, numbers: dict[str, int]) -> None:
    w = c.w
    header = [w["rank"], w["touchpoint"], w["score_col"], w["target_col"], w["flags"],
              w["channel"], w["owner"], w["reach"]]
    widths = column_widths([4, 30, 7, 7, 15, 12, 17, 8])
    by_id = {tp.id: tp for tp in journey.touchpoints}
    for section in c.stages:
        rows = [[str(numbers.get(r.id, "")), r.name, r.score, r.target, r.marks, r.channel,
                 r.owner, r.reach] for r in section.rows]
        fills = [[None, None, score_fill(r.score_value), None, None, None, None, None]
                 for r in section.rows]
        title = f"{section.number}. {section.name}"
        intro = section.summary + (f" {section.description}" if section.description else "")
        intro_lines, intro_size = fitted(intro, BODY_W - 2 * CELL_X, 44, 12)
        intro_h = len(intro_lines) * intro_size * LEAD + 2 * CELL_Y + 4
        heights = [row_height(r, widths) for r in rows]
        pages = paginate(header, rows, widths, BODY_H - intro_h, heights) if rows else [[]]
        for n, page in enumerate(pages):
            slide = deck.slide(title if n == 0 else f"{title} ({w['continued']})")
            deck.text(slide, Box(MARGIN, BODY_TOP, BODY_W, intro_h),
                      # one paragraph: PowerPoint wraps it (in no more lines than measured)
                      [[Run(glue_short_words(" ".join(intro_lines)), intro_size,
                            color=MUTED)]])
            if rows:
                deck.table(slide, BODY_TOP + intro_h, header, [rows[i] for i in page], widths,
                           [fills[i] for i in page], [heights[i] for i in page])
            else:
                deck.text(slide, Box(MARGIN, BODY_TOP + intro_h + 10, BODY_W, 30),
                          [[Run(w["no_touchpoints"], 16)]])
            notes = []
            for i in page:
                tp = by_id[section.rows[i].id]
                sources = [e.strip() for e in tp.evidence or () if e.strip()]
                notes.append(f"{numbers.get(tp.id, '')} {tp.name}: "
                             + ("; ".join(sources) if sources else w["no_evidence"]))
            deck.notes(slide, f"{w['evidence_notes']}\n" + "\n".join(notes))


# ----------------------------------------------------------------------------- decks
def journey_deck(journey: Journey, options: ReportOptions) -> bytes:
    """The deck of one valid map."""
    from cxmap.outputs.charts.curve import number_touchpoints
    from cxmap.outputs.report.render import _setup

    journey, ctx = _setup(journey, options)
    c: Content = replace(ctx["c"], w=_words(ctx["c"].w, ctx["c"].language))
    graph: JourneyGraph = ctx["graph"]
    numbers = number_touchpoints(journey, graph)
    deck = Deck()
    w = c.w
    _title_slide(deck, c, journey)
    _touchpoint_table(deck, c, w["summary_priorities"], w["summary_priorities_intro"],
                      c.priorities, numbers, w["no_priorities"])
    _quick_wins(deck, c)
    if journey.touchpoints:
        canvas_slides(deck, journey, graph, w)
    _curve_slide(deck, c, journey, graph, numbers)
    _matrix_slide(deck, c)
    _stage_slides(deck, c, journey, numbers)
    return deck.to_bytes()


def portfolio_deck(c: PortfolioContent, p: Portfolio) -> bytes:
    """The portfolio deck: one summary slide across journeys (their figures,
    then their table; a table too long for it goes on in further slides), then
    one slide per journey."""
    w = _words(c.w, c.language)
    deck = Deck()
    slide = deck.slide(c.title, c.intro)
    figures = [(label, value, "", "") for label, value in c.overview[:5]]
    top = _figure_cards(deck, slide, BODY_TOP + 6, figures)
    if c.stale_note:
        lines, size = fitted(c.stale_note, BODY_W - 2 * CELL_X, SLIDE_H - MARGIN - top, 12)
        note_h = len(lines) * size * LEAD + 2 * CELL_Y
        _bullets(deck, slide, Box(MARGIN, top, BODY_W, note_h), [c.stale_note], 12)
        top += note_h + 6
    header = [w["pf_journey"], w["touchpoints_n"], w["mean_score"], w["negative_figure"],
              w["pf_mot_negative"], w["debt"], w["scored_on_label"]]
    widths = column_widths([30, 10, 10, 10, 14, 10, 14])
    rows = [[j.title, str(j.touchpoints), j.mean, str(j.negative), str(j.mot_negative),
             j.debt, f"{j.scored_on} {j.stale_text}".strip()] for j in c.journeys]
    fills = [[None, None, _mean_fill(j.mean_value), None, None, None,
              "FCE4D6" if j.stale else None] for j in c.journeys]
    heights = [row_height(r, widths) for r in rows]
    room = SLIDE_H - MARGIN - top
    first = paginate(header, rows, widths, room, heights)[0] if rows else []
    if first and row_height(header, widths, bold=True) + heights[0] > room:
        first = []  # not even one row fits under the figures: the table starts anew
    if first:
        deck.table(slide, top, header, [rows[i] for i in first], widths,
                   [fills[i] for i in first], [heights[i] for i in first])
    rest = list(range(len(first), len(rows)))
    if rest:
        pages = paginate(header, [rows[i] for i in rest], widths, BODY_H,
                         [heights[i] for i in rest])
        for n, page in enumerate([rest[i] for i in page] for page in pages):
            # "continued" once the table has begun, on the summary slide or before
            slide = deck.slide(f"{w['pf_journeys']} ({w['continued']})" if first or n
                               else w["pf_journeys"])
            deck.table(slide, BODY_TOP, header, [rows[i] for i in page], widths,
                       [fills[i] for i in page], [heights[i] for i in page])
    for line, row in zip(c.journeys, p.rows, strict=True):
        slide = deck.slide(line.title, line.file)
        top = _figure_cards(deck, slide, BODY_TOP + 6, [
            (w["mean_score"], line.mean, "", "bad" if (line.mean_value or 0) < 0 else ""),
            (w["debt"], line.debt, "", "bad" if row.metrics.debt else "good"),
            (w["negative_figure"], str(line.negative), "", ""),
            (w["pf_stale"], line.stale_text or "–", line.scored_on, "bad" if line.stale
             else "")])
        worst = row.metrics.moments_of_truth_negative[:6]
        if worst:
            from cxmap.outputs.render.text import score_text

            head = [w["pf_worst_mot"], w["score_col"], w["reach"]]
            ws = column_widths([70, 12, 18])
            values = [[tp.name, score_text(tp.score),
                       f"{tp.reach:g} %" if tp.reach is not None else ""] for tp in worst]
            page = paginate(head, values, ws, SLIDE_H - MARGIN - top)[0]
            deck.table(slide, top, head, [values[i] for i in page], ws,
                       [[None, score_fill(worst[i].score), None] for i in page])
    return deck.to_bytes()


def _words(report_words: dict[str, str], language: str) -> dict[str, str]:
    """The report's words and the slides' own."""
    from cxmap.i18n import Language, catalogue

    lang = Language(language) if language in Language.__members__.values() else Language.EN
    return {**report_words, **catalogue("deck", lang)}


def _mean_fill(value: float | None) -> str | None:
    if value is None:
        return None
    return score_fill(max(-2, min(2, round(value))))
