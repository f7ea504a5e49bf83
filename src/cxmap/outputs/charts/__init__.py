"""Charts as inline SVG: plain markup, no script, no external request.

Each function takes numbers and the words to show (already in the report's
language) and returns one ``<svg>`` element as text, sized by its
``viewBox`` so CSS can fit it to the column or the printed page.  Every
chart has a ``<title>`` and ``role="img"``; the report also shows the same
figures as a table (a chart is never the only way to read them).

* :func:`distribution_chart` - touchpoints per score (bars in the score colours);
* :func:`mean_chart` - means on the -2...+2 axis, bars from 0 (stages, pillars);
* :func:`matrix_chart` - projects on the impact x cost matrix, the quick-win
  cell (high impact, low cost) highlighted.

The emotion curve lives in :mod:`cxmap.outputs.charts.curve` (shared with the
canvas view of ``cxmap render``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from cxmap.outputs.render import style as st
from cxmap.outputs.render.text import clean, score_text

FONT = st.FONT
GRID = "#b3b3b3"
INK = "#1a1a1a"
MUTED = "#555555"
QUICK_WIN_FILL = "#e5f5e0"
QUICK_WIN_BORDER = "#238b45"
#: average width of a character at font-size 1 (DejaVu Sans is wide)
_CHAR = 0.6


def _x(text: str) -> str:
    """Text for an SVG text node or attribute."""
    return escape(clean(text), quote=True)


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _open(width: float, height: float, title: str, css_class: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class}" role="img" '
            f'viewBox="0 0 {_fmt(width)} {_fmt(height)}" width="{_fmt(width)}" '
            f'height="{_fmt(height)}" font-family="{_x(FONT)}" font-size="13" '
            f'fill="{INK}">', f"<title>{_x(title)}</title>"]


def _score_fill(value: float | None) -> tuple[str, str]:
    """Fill and text colour of a score (a mean is rounded to the nearest score)."""
    if value is None:
        return st.UNSCORED.fill, st.UNSCORED.font
    s = st.SCORE_STYLES[max(-2, min(2, round(value)))]
    return s.fill, s.font


def _text_width(text: str, size: float = 13) -> float:
    return len(text) * size * _CHAR


@dataclass(frozen=True)
class Bar:
    #: the label left of the bar
    label: str
    #: the count (distribution) or mean (mean chart); None = nothing to draw
    value: float | None
    #: the value as the report writes it
    text: str
    #: the score whose colour the bar takes (None = unscored)
    score: int | None = None


def distribution_chart(bars: Sequence[Bar], title: str, width: float = 420) -> str:
    """Horizontal bars, one per score: how many touchpoints have it."""
    row, gap = 24, 6
    label_w = max((_text_width(b.label) for b in bars), default=0) + 12
    top = 6
    height = top + len(bars) * (row + gap) + 4
    most = max((b.value or 0 for b in bars), default=0) or 1
    widest = max((_text_width(b.text) for b in bars), default=0)
    room = max(width - label_w - widest - 10, 40)
    out = _open(width, height, title, "distribution")
    for i, b in enumerate(bars):
        y = top + i * (row + gap)
        fill, _ = _score_fill(b.score) if b.score is not None else _score_fill(None)
        length = room * (b.value or 0) / most
        out.append(f'<text x="{_fmt(label_w - 8)}" y="{_fmt(y + row * .68)}" '
                   f'text-anchor="end">{_x(b.label)}</text>')
        if length > 0:
            dash = ' stroke-dasharray="3 2"' if b.score is None else ""
            out.append(f'<rect x="{_fmt(label_w)}" y="{y}" width="{_fmt(length)}" '
                       f'height="{row}" fill="{fill}" stroke="{st.BORDER}" '
                       f'stroke-width="1"{dash}/>')
        out.append(f'<text x="{_fmt(label_w + length + 6)}" y="{_fmt(y + row * .68)}" '
                   f'font-weight="bold">{_x(b.text)}</text>')
    out.append(f'<line x1="{_fmt(label_w)}" y1="{top - 2}" x2="{_fmt(label_w)}" '
               f'y2="{_fmt(height - 2)}" stroke="{INK}" stroke-width="1"/>')
    out.append("</svg>")
    return "\n".join(out)


def mean_chart(bars: Sequence[Bar], title: str, width: float = 520,
               scale: Sequence[str] = ()) -> str:
    """Means on the -2...+2 axis: a bar from 0 to each mean, in the colour of
    the nearest score; ``scale`` = the five tick labels (default the scores)."""
    row, gap = 22, 6
    ticks = list(scale) or [score_text(s) for s in (-2, -1, 0, 1, 2)]
    label_w = min(max((_text_width(b.label) for b in bars), default=0) + 12, width * .45)
    top, bottom = 4, 22
    # room right of the +2 line for the widest value ("+2,00"), bold
    value_w = max((_text_width(b.text, 12) * 1.1 for b in bars if b.value is not None),
                  default=0.0)
    plot_l, plot_r = label_w + 6, width - max(14.0, value_w + 10)
    height = top + len(bars) * (row + gap) + bottom

    def x(v: float) -> float:
        return plot_l + (v + 2) / 4 * (plot_r - plot_l)

    out = _open(width, height, title, "means")
    for v in (-2, -1, 0, 1, 2):
        colour = INK if v == 0 else GRID
        out.append(f'<line x1="{_fmt(x(v))}" y1="{top}" x2="{_fmt(x(v))}" '
                   f'y2="{_fmt(height - bottom + 2)}" stroke="{colour}" stroke-width="1"/>')
        out.append(f'<text x="{_fmt(x(v))}" y="{_fmt(height - 6)}" text-anchor="middle" '
                   f'fill="{MUTED}" font-size="11">{_x(ticks[v + 2])}</text>')
    for i, b in enumerate(bars):
        y = top + i * (row + gap)
        label = b.label
        limit = int((label_w - 12) / (13 * _CHAR))
        if len(label) > limit:
            label = label[:max(1, limit - 1)].rstrip() + "…"
        out.append(f'<text x="{_fmt(label_w - 4)}" y="{_fmt(y + row * .7)}" '
                   f'text-anchor="end"><title>{_x(b.label)}</title>{_x(label)}</text>')
        if b.value is None:
            out.append(f'<text x="{_fmt(x(0) + 6)}" y="{_fmt(y + row * .7)}" '
                       f'fill="{MUTED}">{_x(b.text)}</text>')
            continue
        fill, _ = _score_fill(b.value)
        x0, x1 = sorted((x(0), x(b.value)))
        out.append(f'<rect x="{_fmt(x0)}" y="{y}" width="{_fmt(max(x1 - x0, 1.5))}" '
                   f'height="{row}" fill="{fill}" stroke="{st.BORDER}" stroke-width="1"/>')
        if b.value >= 0:
            tx, anchor = x1 + 5, "start"
        else:
            tx, anchor = x0 - 5, "end"
        if anchor == "end" and tx - _text_width(b.text, 12) < plot_l:
            tx, anchor = x1 + 5, "start"
        out.append(f'<text x="{_fmt(tx)}" y="{_fmt(y + row * .7)}" text-anchor="{anchor}" '
                   f'font-size="12" font-weight="bold">{_x(b.text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class MatrixProject:
    #: its number in the project table (shown in a circle)
    number: int
    title: str
    impact: str   # high / medium / low
    cost: str     # low / medium / high / "" (not set)


def matrix_chart(projects: Sequence[MatrixProject], title: str, *,
                 impact_label: str, cost_label: str, levels: dict[str, str],
                 unknown_cost: str, quick_win: str, width: float = 760) -> str:
    """The impact x cost matrix: impact rows (high on top), cost columns (low
    first), each project a numbered circle with its title; the quick-win cell
    (high impact, low cost) has a green ground and says so."""
    costs = ["low", "medium", "high"] + (["?"] if any(not p.cost for p in projects) else [])
    impacts = ["high", "medium", "low"]
    corner = f"{impact_label} ↓ / {cost_label} →"
    left = max(max(_text_width(levels[i], 12) for i in impacts) + 16,
               _text_width(corner, 11) + 8)
    top, head = 2, 26
    col_w = (width - left - 2) / len(costs)
    chars = max(8, int((col_w - 34) / (12 * _CHAR)))
    line_h = 15
    cells: dict[tuple[str, str], list[tuple[MatrixProject, list[str]]]] = {}
    for p in projects:
        lines = textwrap.wrap(clean(p.title), chars, max_lines=2, placeholder="…") or [""]
        cells.setdefault((p.impact, p.cost or "?"), []).append((p, lines))
    heights = {}
    for imp in impacts:
        need = max((sum(len(ls) * line_h + 8 for _, ls in cells.get((imp, c), []))
                    for c in costs), default=0)
        heights[imp] = max(50.0, need + (34 if imp == "high" else 14))
    height = top + head + sum(heights.values()) + 2
    out = _open(width, height, title, "matrix")
    out.append(f'<text x="2" y="{top + 17}" fill="{MUTED}" font-size="11">{_x(corner)}</text>')
    for j, c in enumerate(costs):
        cx = left + j * col_w + col_w / 2
        name = unknown_cost if c == "?" else levels[c]
        out.append(f'<text x="{_fmt(cx)}" y="{top + 17}" text-anchor="middle" '
                   f'font-weight="bold">{_x(name)}</text>')
    y: float = top + head
    for imp in impacts:
        h = heights[imp]
        out.append(f'<text x="{_fmt(left - 8)}" y="{_fmt(y + h / 2 + 4)}" text-anchor="end" '
                   f'font-weight="bold">{_x(levels[imp])}</text>')
        for j, c in enumerate(costs):
            x = left + j * col_w
            qw = imp == "high" and c == "low"
            fill = QUICK_WIN_FILL if qw else "#ffffff"
            stroke, sw = (QUICK_WIN_BORDER, 2.5) if qw else (GRID, 1)
            mark = ' class="quick-win"' if qw else ""
            out.append(f'<rect x="{_fmt(x + 1)}" y="{_fmt(y + 1)}" width="{_fmt(col_w - 2)}" '
                       f'height="{_fmt(h - 2)}" fill="{fill}" stroke="{stroke}" '
                       f'stroke-width="{sw}"{mark}/>')
            ty = y + 8
            if qw:
                out.append(f'<text x="{_fmt(x + 10)}" y="{_fmt(y + 18)}" font-size="11" '
                           f'font-weight="bold" fill="{QUICK_WIN_BORDER}">'
                           f'{_x(quick_win.upper())}</text>')
                ty += 18
            for p, lines in cells.get((imp, c), []):
                cy = ty + 9
                out.append(f'<g><title>{_x(p.title)}</title>'
                           f'<circle cx="{_fmt(x + 16)}" cy="{_fmt(cy)}" r="9" fill="{INK}"/>'
                           f'<text x="{_fmt(x + 16)}" y="{_fmt(cy + 4)}" text-anchor="middle" '
                           f'font-size="11" font-weight="bold" fill="#ffffff">{p.number}</text>')
                for k, line in enumerate(lines):
                    out.append(f'<text x="{_fmt(x + 30)}" y="{_fmt(cy + 4 + k * line_h)}" '
                               f'font-size="12">{_x(line)}</text>')
                out.append("</g>")
                ty += len(lines) * line_h + 6
        y += h
    out.append("</svg>")
    return "\n".join(out)


__all__ = ["Bar", "MatrixProject", "distribution_chart", "matrix_chart", "mean_chart"]
