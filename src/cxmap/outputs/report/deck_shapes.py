"""The building blocks of the slides: a deck, text in shapes, native tables,
and text fitted to its room before it is written (python-pptx).

Sizes are in points; text is measured with the font metrics of the SVG
drawings (wider than Calibri's, the theme font every slide uses), so text
fitted here fits on the slide.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from cxmap.outputs.render import style as st
from cxmap.outputs.render.canvas_geometry import Box
from cxmap.outputs.render.svg import ellipsize, fit_lines
from cxmap.util.text import visible

if TYPE_CHECKING:
    from pptx.slide import Slide

#: the slide, in points (13.333 x 7.5 in, 16:9)
SLIDE_W = 960.0
SLIDE_H = 540.0
MARGIN = 30.0
TITLE_TOP = 20.0
TITLE_SIZE = 26.0
TITLE_H = 40.0
#: where a slide's body starts and how tall it may be
BODY_TOP = TITLE_TOP + TITLE_H + 12.0
BODY_H = SLIDE_H - BODY_TOP - MARGIN
BODY_W = SLIDE_W - 2 * MARGIN
#: where the body of a slide with a compact title starts (the canvas)
COMPACT_TOP = 48.0
#: the smallest text on any slide
MIN_PT = 10.0
TABLE_PT = 11.0
#: line height as a multiple of the font size
LEAD = 1.2
#: a table cell's inner margins (left/right, top/bottom)
CELL_X = 5.0
CELL_Y = 3.0
#: a shape's inner margins when not set: PowerPoint's own (0.1 in, 0.05 in)
DEFAULT_PAD = (7.2, 3.6)
#: a table cell's margins: PowerPoint's own (0.1 in, 0.05 in), left as they are
TABLE_X = 7.2
TABLE_Y = 3.6
#: text colours; None leaves the colour to the theme or the table style
TEXT: str | None = None
MUTED = "595959"
HEADER_FILL = "E7E6E6"


def rgb(color: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(color.lstrip("#").upper())


def pt(value: float) -> Any:
    from pptx.util import Emu

    return Emu(round(value * 12700))


@dataclass(frozen=True)
class Run:
    """A piece of text with its look."""

    text: str
    size: float = TABLE_PT
    bold: bool = False
    color: str | None = TEXT


def lines_needed(text: str, width: float, size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in ``width`` points at ``size``."""
    return len(fit_lines(text, max(width, size), size, bold=bold)) if text else 1


class Deck:
    """A presentation being built: slides with a title, text in shapes, tables."""

    def __init__(self) -> None:
        from pptx import Presentation

        self.prs = Presentation()
        self.prs.slide_width = pt(SLIDE_W)
        self.prs.slide_height = pt(SLIDE_H)
        self._blank = self.prs.slide_layouts[6]

    def slide(self, title: str, subtitle: str = "", *, compact: bool = False) -> Slide:
        """A new slide with its title (``compact``: a smaller title, leaving
        the body from :data:`COMPACT_TOP` on)."""
        slide = self.prs.slides.add_slide(self._blank)
        width = BODY_W
        size = 20.0 if compact else TITLE_SIZE
        while size > 16 and lines_needed(title, width - 2 * CELL_X, size, True) > 1:
            size -= 2
        text = ellipsize(title, width - 2 * CELL_X, size, bold=True)
        box = (Box(MARGIN, 10, width, COMPACT_TOP - 14) if compact
               else Box(MARGIN, TITLE_TOP, width, TITLE_H))
        self.text(slide, box, [[Run(text, size, True)]], anchor="middle")
        if subtitle:
            self.text(slide, Box(MARGIN, TITLE_TOP + TITLE_H - 4, width, 18),
                      [[Run(ellipsize(subtitle, width - 2 * CELL_X, 12), 12, color=MUTED)]])
        return slide

    def text(self, slide: Slide, box: Box, paragraphs: Sequence[Sequence[Run]], *,
             fill: str | None = None, line: str | None = None, line_w: float = 1.0,
             rounded: bool = False, dashed: bool = False, align: str = "left",
             anchor: str = "top", name: str | None = None,
             pad: tuple[float, float] = (CELL_X, CELL_Y),
             spacing: Sequence[float] | None = None) -> Any:
        """A shape holding ``paragraphs`` (each a list of runs), as given: the
        caller has fitted the text to the box.  ``pad``: the inner margins
        (left and right, top and bottom); ``spacing``: each paragraph's line
        pitch in points (else the font's own)."""
        from pptx.enum.dml import MSO_LINE_DASH_STYLE
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN

        # A rounded shape is an autoshape: it takes the theme's style for
        # shapes (an effect, white text) unless told otherwise.  Any other box
        # is a text box (filled or framed as asked), which has no style: its
        # text is the theme's dark colour, at the top left, as a slide's text.
        autoshape = rounded and bool(fill or line)
        if autoshape:
            shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, pt(box.x), pt(box.y),
                                           pt(box.w), pt(box.h))
            shape.adjustments[0] = min(0.5, 4.0 / max(min(box.w, box.h), 1.0))
            shape.shadow.inherit = False
        else:
            shape = slide.shapes.add_textbox(pt(box.x), pt(box.y), pt(box.w), pt(box.h))
        if name:
            shape.name = name
        if fill:
            shape.fill.solid()
            shape.fill.fore_color.rgb = rgb(fill)
        elif line and autoshape:
            shape.fill.background()
        if line:
            shape.line.color.rgb = rgb(line)
            shape.line.width = pt(line_w)
            if dashed:
                shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        elif fill and autoshape:
            shape.line.fill.background()
        frame = shape.text_frame
        if not autoshape:  # a text box neither wraps nor keeps its size by default
            frame.word_wrap = True
            frame.auto_size = MSO_AUTO_SIZE.NONE
        if pad[0] != DEFAULT_PAD[0]:
            frame.margin_left = frame.margin_right = pt(pad[0])
        if pad[1] != DEFAULT_PAD[1]:
            frame.margin_top = frame.margin_bottom = pt(pad[1])
        # an autoshape's text is centred both ways by default, a text box's at the top left
        if autoshape or anchor != "top":
            frame.vertical_anchor = {"top": MSO_ANCHOR.TOP,
                                     "middle": MSO_ANCHOR.MIDDLE}[anchor]
        alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER,
                     "right": PP_ALIGN.RIGHT}[align]
        for i, runs in enumerate(paragraphs):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            if align != "left" or (i == 0 and autoshape):
                para.alignment = alignment
            if spacing is not None and i < len(spacing):
                para.line_spacing = pt(spacing[i])
            for r in runs:
                _run(para, r if r.color is not None or not autoshape
                     else replace(r, color="000000"))
        return shape

    def table(self, slide: Slide, top: float, header: Sequence[str],
              rows: Sequence[Sequence[str]], widths: Sequence[float],
              fills: Sequence[Sequence[str | None]] | None = None,
              heights: Sequence[float] | None = None) -> float:
        """A native table at ``top`` in PowerPoint's own table style, columns
        ``widths`` (points); a cell of ``fills`` other than None gets that
        colour (a score's).  Rows must fit (see :func:`paginate`; ``heights``:
        the rows' heights as :func:`row_height` measured them, else measured
        here); returns the table's height."""
        if heights is None:
            heights = [row_height(r, widths) for r in rows]
        heights = [row_height(header, widths, bold=True), *heights]
        # python-pptx shares the height out evenly among the rows: give it the
        # most common row height's share, and set only the rows that differ
        # (each row set makes python-pptx add up the table's height again)
        usual = max(set(heights), key=heights.count)
        frame = slide.shapes.add_table(len(rows) + 1, len(header), pt(MARGIN), pt(top),
                                       pt(sum(widths)), pt(usual) * (len(rows) + 1))
        table = frame.table
        for column, w in zip(table.columns, widths, strict=True):
            column.width = pt(w)
        for r, (row, values, h) in enumerate(zip(table.rows, [header, *rows], heights,
                                                 strict=True)):
            if h != usual:
                row.height = pt(h)
            colors = fills[r - 1] if fills and r else None
            for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                fill = colors[c] if colors else None
                if fill:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = rgb(fill)
                # the table style's body text is black: only white text is said
                color = _text_on(fill) if fill else None
                # an empty run's size is lost on PowerPoint, which then sets the
                # empty cell at its default 18 pt and the row grows: a space keeps it
                _run(cell.text_frame.paragraphs[0],
                     Run(value or " ", TABLE_PT, color=None if color == "000000" else color))
        return sum(heights)

    def notes(self, slide: Slide, text: str) -> None:
        frame = slide.notes_slide.notes_text_frame
        if frame is not None:
            frame.text = visible(text)

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def _run(para: Any, r: Run) -> None:
    run = para.add_run()
    run.text = visible(r.text)  # user text: control characters shown, never obeyed
    font = run.font
    font.size = pt(r.size)
    if r.bold:
        font.bold = True
    if r.color is not None:
        font.color.rgb = rgb(r.color)


def _text_on(fill: str) -> str:
    """Black or white text on ``fill`` (the palette's choice for score colours)."""
    for style in (*st.SCORE_STYLES.values(), st.UNSCORED):
        if style.fill.lstrip("#").lower() == fill.lstrip("#").lower():
            return style.font.lstrip("#")
    return "000000"


def row_height(values: Sequence[str], widths: Sequence[float], *, bold: bool = False,
               size: float = TABLE_PT) -> float:
    lines = max(lines_needed(v, w - 2 * TABLE_X, size, bold) for v, w in zip(values, widths,
                                                                              strict=True))
    return lines * size * LEAD + 2 * TABLE_Y + 2


def paginate(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
             height: float, heights: Sequence[float] | None = None) -> list[list[int]]:
    """Row indexes per slide so that each slide's table fits ``height``
    (``heights``: the rows' as :func:`row_height` measures them)."""
    room = height - row_height(header, widths, bold=True)
    if heights is None:
        heights = [row_height(row, widths) for row in rows]
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


def column_widths(shares: Sequence[float], total: float = BODY_W) -> list[float]:
    whole = sum(shares)
    return [total * s / whole for s in shares]


def score_fill(value: int | None) -> str:
    return (st.SCORE_STYLES[value] if value is not None else st.UNSCORED).fill


def fitted(text: str, width: float, height: float, size: float, *, bold: bool = False,
            smallest: float = MIN_PT) -> tuple[list[str], float]:
    """``text`` wrapped to ``width`` at the largest size from ``size`` down to
    ``smallest`` whose lines fit ``height``; cut with … at ``smallest``."""
    while True:
        lines = fit_lines(text, width, size, bold=bold)
        if len(lines) * size * LEAD <= height or size <= smallest:
            break
        size = max(smallest, size - 1)
    most = max(1, int(height // (size * LEAD)))
    return fit_lines(text, width, size, bold=bold, max_lines=most), size


