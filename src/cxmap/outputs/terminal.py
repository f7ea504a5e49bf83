"""Tables and text for the terminal, drawn by rich (``cxmap diff``, ``cxmap history``).

A cell is a ``str`` or a sequence of ``(text, style)`` segments; ``"\\n"``
starts a new line within the cell.  A style is a rich style name ("bold",
"red", "bold red"...; ``""`` for none).  Text never goes through rich's markup
parser, and control characters in it are shown as their Unicode "control
picture" (``␛``), never sent to the terminal; tabs become spaces.

rich is imported when the first table or line is drawn, not before: the
JSON and Markdown formats do not need it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

#: A piece of a cell: its text and its style ("" for none).
Segment = tuple[str, str]
#: A cell: plain text, or styled segments.
Cell = str | Sequence[Segment]

# Control characters would move the cursor or worse: show them as their
# Unicode "control picture", tabs as a space.
_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20)}
_VISIBLE.update({0x0A: 0x0A, 0x09: " ", 0x7F: 0x2421})
_VISIBLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: ``width`` fixes the width of its text; ``no_wrap``
    keeps its lines whole."""

    header: str
    justify: Literal["left", "right"] = "left"
    width: int | None = None
    no_wrap: bool = False


def visible(text: str) -> str:
    """``text`` with control characters made visible (``\\n`` kept)."""
    text = text.replace("\r\n", "\n")
    return text if text.isprintable() else text.translate(_VISIBLE)


def _text(cell: Cell, style: str = "") -> Text:
    from rich.text import Text

    if isinstance(cell, str):
        return Text(visible(cell), style=style)
    out = Text(style=style)
    for part, part_style in cell:
        out.append(visible(part), style=part_style or None)
    return out


def _console(buf: io.StringIO, width: int, color: bool) -> Console:
    from rich.console import Console

    return Console(file=buf, width=width, color_system="standard" if color else None,
                   force_terminal=color, no_color=not color, highlight=False, emoji=False,
                   markup=False, soft_wrap=False, legacy_windows=False)


#: trailing blanks of a line, also those before its closing escape codes
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$")


def _drawn(buf: io.StringIO) -> str:
    return "\n".join(_TRAILING.sub(r"\1", line)
                     for line in buf.getvalue().rstrip("\n").split("\n"))


def render_text(cell: Cell, *, width: int = 120, color: bool = False, style: str = "") -> str:
    """One paragraph (lines wrapped at ``width``), without a final newline."""
    buf = io.StringIO()
    _console(buf, width, color).print(_text(cell, style))
    return _drawn(buf)


def render_table(columns: Sequence[Column], rows: Iterable[Sequence[Cell]], *,
                 title: str | None = None, width: int = 120, color: bool = False) -> str:
    """A table in rich's default look (heavy header), without a final newline."""
    from rich.table import Table

    table = Table(title=visible(title) if title else None, title_justify="left")
    for c in columns:
        table.add_column(visible(c.header), justify=c.justify, width=c.width,
                         no_wrap=c.no_wrap)
    for row in rows:
        table.add_row(*(_text(cell) for cell in row))
    buf = io.StringIO()
    _console(buf, width, color).print(table)
    return _drawn(buf)
