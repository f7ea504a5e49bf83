"""Tables and wrapped text for the terminal, drawn as rich draws its default table.

A small, dependency-free stand-in for ``rich.table.Table`` (rich spends about
1.5 ms a row, plus 0.1 s importing itself), for ``cxmap diff`` and
``cxmap history``::

    Touchpoints
    ┏━━━━━━━┳━━━━━━━┓
    ┃ Stage ┃ Score ┃
    ┡━━━━━━━╇━━━━━━━┩
    │ open  │    +1 │
    └───────┴───────┘

* Each cell is a ``str`` or a sequence of ``(text, style)`` segments; ``"\\n"``
  starts a new line within the cell.  A style is a space-separated list of
  :data:`SGR` names ("bold", "red", "bold red"...); ``""`` is no style.
* Column widths follow rich: every column as wide as its widest line (or its
  fixed ``width``) plus one space of padding on each side; when the table is
  wider than ``width``, the widest wrappable columns shrink first, then all
  columns evenly.  Unlike rich, a column keeps room for two cells of text, and
  a word longer than its column is broken rather than cut with an ellipsis.
* Text wraps at spaces with :mod:`textwrap` semantics
  (:func:`cxmap.outputs.render.text.wrap`), measured in terminal cells: East
  Asian wide characters count two, combining marks none; a word longer than
  its column starts a line and is broken there (:func:`wrap_line`).
* Control characters in the text are shown as their Unicode "control
  picture" (``␛``), never sent to the terminal; tabs become spaces.
* ANSI SGR codes only with ``color=True``; trailing spaces are stripped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cxmap.outputs.render.text import wrap as _wrap_narrow

#: A piece of a cell: its text and its style ("" for none).
Segment = tuple[str, str]
#: A cell: plain text, or styled segments.
Cell = str | Sequence[Segment]

#: Style names and their SGR parameters.
SGR: dict[str, str] = {
    "bold": "1", "dim": "2", "italic": "3", "underline": "4", "reverse": "7",
    "black": "30", "red": "31", "green": "32", "yellow": "33", "blue": "34",
    "magenta": "35", "cyan": "36", "white": "37",
}
#: The style of header cells and of the title (rich's "table.header" / "table.title").
HEADER_STYLE, TITLE_STYLE = "bold", "italic"

# HEAVY_HEAD: heavy lines around the header, light lines around the body.
_TOP = ("┏", "━", "┳", "┓")
_HEAD_SEP = ("┡", "━", "╇", "┩")
_BOTTOM = ("└", "─", "┴", "┘")
_HEAD_V, _BODY_V = "┃", "│"

#: Narrowest a column gets (two cells between its padding: room for any
#: character) unless its content is narrower.
_MIN_WIDTH = 4
_PAD = 2


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: ``width`` fixes the width of its text (the column then
    does not grow with its content, nor shrink before the others); ``no_wrap``
    keeps its lines whole (cut with "…" only as a last resort)."""

    header: str
    justify: Literal["left", "right"] = "left"
    width: int | None = None
    no_wrap: bool = False


# ----------------------------------------------------------------------------- width
class _CharWidths(dict[str, int]):
    """Display width of a character, computed once per character."""

    def __missing__(self, ch: str) -> int:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            width = 0
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            width = 2
        else:
            width = 1
        self[ch] = width
        return width


_CHAR_WIDTH = _CharWidths()


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes (no line breaks in it)."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTH.__getitem__, text))


def _narrow(text: str) -> bool:
    """Every character takes exactly one cell (so ``len`` is its width)."""
    return text.isascii() or all(_CHAR_WIDTH[ch] == 1 for ch in text)


def _cut(text: str, width: int) -> tuple[str, str]:
    """``text`` split after the most characters that fit in ``width`` cells."""
    used = 0
    for i, ch in enumerate(text):
        used += _CHAR_WIDTH[ch]
        if used > width:
            return text[:i], text[i:]
    return text, ""


def crop(text: str, width: int, ellipsis: bool = False) -> str:
    """``text`` cut to ``width`` cells (its last cell an "…" with ``ellipsis``)."""
    if display_width(text) <= width:
        return text
    if ellipsis and width >= 1:
        return _cut(text, width - 1)[0] + "…"
    return _cut(text, width)[0]


# ----------------------------------------------------------------------------- wrap
_SPACES = re.compile(r"( +)")
# Control characters would move the cursor or worse: show them as their
# Unicode "control picture", tabs as a space (as cxmap.outputs.render.text.clean).
_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20)}
_VISIBLE.update({0x09: " ", 0x7F: 0x2421})
_VISIBLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def _clean(line: str) -> str:
    return line if line.isprintable() else line.translate(_VISIBLE)


def _lines(text: str) -> list[str]:
    """The lines of ``text``, control characters made visible."""
    text = text.replace("\r\n", "\n")
    return [_clean(line) for line in text.split("\n")]


def wrap_line(line: str, width: int) -> list[str]:
    """One line (no ``"\\n"``; spaces as the only blanks) wrapped at ``width``
    cells: ``[""]`` for an empty line.

    While every word fits in ``width``, the lines of ``textwrap.wrap(line,
    width)`` (the spaces where a line breaks are dropped, others kept).  A
    word longer than ``width`` starts a line of its own and is cut into pieces
    of ``width`` cells, as rich folds it (textwrap would fill the rest of the
    line with its first letters: "Czat z kons" / "ultantem")."""
    width = max(width, 1)
    if _narrow(line) and (len(line) <= width or max(map(len, line.split(" "))) <= width):
        return _wrap_narrow(line, width)
    return _wrap_cells(line, width)


def _wrap_cells(line: str, width: int) -> list[str]:
    """``textwrap.TextWrapper._wrap_chunks`` counting cells instead of characters,
    long words folded as rich does (see :func:`wrap_line`)."""
    if display_width(line) <= width and line.strip(" ") == line:
        return [line]
    chunks = [c for c in _SPACES.split(line) if c]
    chunks.reverse()
    lines: list[str] = []
    while chunks:
        cur: list[str] = []
        cur_len = 0
        if lines and chunks[-1][0] == " ":
            del chunks[-1]
        while chunks:
            n = display_width(chunks[-1])
            if cur_len + n > width:
                break
            cur.append(chunks.pop())
            cur_len += n
        if (chunks and display_width(chunks[-1]) > width
                and all(c[0] == " " for c in cur)):
            # a word longer than a line, at the start of one: as much as fits
            head, tail = _cut(chunks[-1], width - cur_len)
            if not head:  # no room after the indentation
                cur = []
                head, tail = _cut(chunks[-1], width)
                if not head:  # a wide character in a one-cell line
                    head, tail = _cut(chunks[-1], 2)
            cur.append(head)
            if tail:
                chunks[-1] = tail
            else:
                del chunks[-1]
        if cur and cur[-1][0] == " ":
            del cur[-1]
        if cur:
            lines.append("".join(cur))
    return lines or [""]


# ----------------------------------------------------------------------------- style
@lru_cache(maxsize=64)
def sgr(style: str) -> str:
    """The escape sequence that starts ``style`` ("" for no style)."""
    if not style:
        return ""
    names = dict.fromkeys(style.split())
    unknown = [name for name in names if name not in SGR]
    if unknown:
        raise ValueError(f"unknown style {unknown[0]!r} (known: {', '.join(SGR)})")
    return "\x1b[" + ";".join(SGR[name] for name in names) + "m"


_RESET = "\x1b[0m"


def styled(text: str, style: str) -> str:
    """``text`` in ``style`` for a terminal."""
    start = sgr(style)
    return f"{start}{text}{_RESET}" if start and text else text


class _Line:
    """A line of a cell: its text, and where styles apply (only with colour)."""

    __slots__ = ("spans", "text", "width")

    def __init__(self, text: str, spans: tuple[tuple[int, int, str], ...] = ()) -> None:
        self.text = text
        self.spans = spans  # (start, end, style), in order, not overlapping
        self.width = display_width(text)

    def wrapped(self, width: int) -> list[_Line]:
        if self.width <= width:
            return [self]
        parts = wrap_line(self.text, width)
        if not self.spans:
            return [_Line(p) for p in parts]
        out, pos = [], 0
        for part in parts:  # each part is a substring of the line, in order
            start = self.text.find(part, pos)
            pos = start + len(part)
            out.append(_Line(part, _sub_spans(self.spans, start, pos)))
        return out

    def cropped(self, width: int) -> _Line:
        if self.width <= width:
            return self
        text = crop(self.text, width, ellipsis=True)
        return _Line(text, _sub_spans(self.spans, 0, len(text)))

    def render(self, color: bool) -> str:
        if not color or not self.spans:
            return self.text
        out, pos = [], 0
        for start, end, style in self.spans:
            out.append(self.text[pos:start])
            out.append(styled(self.text[start:end], style))
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


def _sub_spans(spans: tuple[tuple[int, int, str], ...], start: int,
               end: int) -> tuple[tuple[int, int, str], ...]:
    """The spans within text[start:end], as offsets into that slice."""
    return tuple((max(s, start) - start, min(e, end) - start, style)
                 for s, e, style in spans if s < end and e > start)


def _cell_lines(cell: Cell, color: bool, style: str = "") -> list[_Line]:
    """The lines of a cell; styles recorded only with ``color``."""
    if isinstance(cell, str):
        if not (color and style):
            return [_Line(line) for line in _lines(cell)]
        cell, style = ((cell, style),), ""
    elif not color:
        return [_Line(line) for line in _lines("".join(text for text, _ in cell))]
    lines: list[_Line] = []
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for seg_text, seg_style in cell:
        full = " ".join(filter(None, (style, seg_style)))
        for i, piece in enumerate(_lines(seg_text)):
            if i:  # a line break inside the segment
                lines.append(_Line("".join(text), tuple(spans)))
                text, spans, pos = [], [], 0
            if piece and full:
                if spans and spans[-1][1] == pos and spans[-1][2] == full:
                    spans[-1] = (spans[-1][0], pos + len(piece), full)
                else:
                    spans.append((pos, pos + len(piece), full))
            text.append(piece)
            pos += len(piece)
    lines.append(_Line("".join(text), tuple(spans)))
    return lines


def _pad(line: _Line, width: int, justify: str, color: bool) -> str:
    """The line without trailing spaces, padded to ``width`` cells."""
    if line.text.endswith(" ") or line.width > width:
        # (wider only when a wide character stands in a one-cell column)
        text = crop(line.text.rstrip(" "), width)
        line = _Line(text, _sub_spans(line.spans, 0, len(text)))
    gap = " " * (width - line.width)
    body = line.render(color)
    return gap + body if justify == "right" else body + gap


# ----------------------------------------------------------------------------- text
def render_text(cell: Cell, *, width: int = 120, color: bool = False, style: str = "") -> str:
    """Text for the terminal, wrapped at ``width`` cells (lines joined by
    ``"\\n"``, no final line break, trailing spaces stripped)."""
    out = []
    for line in _cell_lines(cell, color, style):
        for part in line.wrapped(width):
            out.append(part.render(color).rstrip(" "))
    return "\n".join(out)


# ----------------------------------------------------------------------------- table
def _ratio_reduce(total: int, ratios: list[int], maximums: list[int],
                  values: list[int]) -> list[int]:
    """``values`` less ``total`` in all, shared by ``ratios``, at most
    ``maximums`` each (rich's ``ratio_reduce``)."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            share = min(most, round(ratio * remaining / total_ratio))
            result.append(value - share)
            remaining -= share
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def column_widths(natural: list[int], wrappable: list[bool], max_width: int) -> list[int]:
    """Widths (padding included) that fit ``max_width`` if they can: the widest
    wrappable columns shrink first, to the width of the next widest, then all
    columns evenly; none below ``min(natural, 4)`` (rich's collapse, with a floor)."""
    widths = [min(w, max(max_width, 1)) for w in natural]
    floor = [min(w, _MIN_WIDTH) for w in natural]
    widths = [max(w, f) for w, f in zip(widths, floor, strict=True)]
    excess = sum(widths) - max_width
    while excess > 0:
        candidates = [w for w, ok, f in zip(widths, wrappable, floor, strict=True)
                      if ok and w > f]
        if not candidates:
            break
        widest = max(candidates)
        second = max([w for w, ok in zip(widths, wrappable, strict=True)
                      if ok and w != widest] + [_MIN_WIDTH])
        if widest <= second:
            break
        ratios = [1 if ok and w == widest else 0 for w, ok in zip(widths, wrappable, strict=True)]
        widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths),
                               widths)
        excess = sum(widths) - max_width
    while excess > 0:
        room = [w - f for w, f in zip(widths, floor, strict=True)]
        if not any(room):
            break
        widths = _ratio_reduce(excess, [1] * len(widths), room, widths)
        excess = sum(widths) - max_width
    return widths


def _rule(widths: list[int], parts: tuple[str, str, str, str]) -> str:
    left, fill, mid, right = parts
    return left + mid.join(fill * w for w in widths) + right


def render_table(columns: Sequence[Column], rows: Iterable[Sequence[Cell]], *,
                 title: str | None = None, width: int = 120, color: bool = False) -> str:
    """A table with a header row and rich's HEAVY_HEAD box, at most ``width``
    cells wide if its columns fit (lines joined by ``"\\n"``, no final line
    break, trailing spaces stripped)."""
    ncols = len(columns)
    if not ncols:
        return ""
    header = [_cell_lines(col.header, color, HEADER_STYLE) for col in columns]
    body: list[list[list[_Line]]] = []
    for row in rows:
        if len(row) != ncols:
            raise ValueError(f"a row of {len(row)} cells in a table of {ncols} columns")
        body.append([_cell_lines(cell, color) for cell in row])

    natural = []
    for i, col in enumerate(columns):
        if col.width is not None:
            natural.append(col.width + _PAD)
        else:
            most = max(line.width for line in header[i])
            for cells in body:
                for line in cells[i]:
                    if line.width > most:
                        most = line.width
            natural.append(most + _PAD)
    extra = ncols + 1  # the vertical lines
    widths = natural
    if sum(natural) + extra > width:
        widths = column_widths(natural, [c.width is None and not c.no_wrap for c in columns],
                               width - extra)
    inner = [max(w - _PAD, 0) for w in widths]

    out = []
    if title:
        out.append(render_text(title, width=sum(widths) + extra, color=color,
                               style=TITLE_STYLE))
    out.append(_rule(widths, _TOP))
    out += _row(header, columns, inner, _HEAD_V, color, bottom=True)
    out.append(_rule(widths, _HEAD_SEP))
    for cells in body:
        out += _row(cells, columns, inner, _BODY_V, color)
    out.append(_rule(widths, _BOTTOM))
    return "\n".join(out)


def _row(cells: list[list[_Line]], columns: Sequence[Column], inner: list[int],
         vertical: str, color: bool, bottom: bool = False) -> list[str]:
    """The lines of one row: cells wrapped to their columns, aligned to the top
    (the header to the bottom)."""
    laid: list[list[str]] = []
    for lines, col, w in zip(cells, columns, inner, strict=True):
        fitted: list[_Line] = []
        for line in lines:
            if line.width <= w:
                fitted.append(line)
            elif col.no_wrap:
                fitted.append(line.cropped(w))
            else:
                fitted += line.wrapped(w)
        laid.append([_pad(line, w, col.justify, color) for line in fitted])
    height = max(map(len, laid))
    for i, (col_lines, w) in enumerate(zip(laid, inner, strict=True)):
        if len(col_lines) < height:
            blank = [" " * w] * (height - len(col_lines))
            laid[i] = blank + col_lines if bottom else col_lines + blank
    sep = f" {vertical} "
    return [(f"{vertical} " + sep.join(parts) + f" {vertical}").rstrip(" ")
            for parts in zip(*laid, strict=True)]
