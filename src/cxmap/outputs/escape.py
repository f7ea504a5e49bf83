"""One Markdown escaper for every Markdown cxmap writes (report, diff, history).

User text shows exactly as typed and never becomes markup:

* :func:`md_text` - inline text, also inside a table cell: Markdown syntax is
  backslash-escaped (no link, image, emphasis, code or strike-through can
  start), ``<``/``>`` and entity-like ``&`` are written as entities (no raw
  HTML), ``://`` and ``www.`` are broken up (GitHub would link them
  automatically), a line that would start a list, a quote or a heading is
  defused, line breaks become ``<br>``, control characters and bidirectional
  overrides are shown, not obeyed;
* :func:`md_code` - text in a code span (ids, file names), safe inside a table
  cell too.
"""

from __future__ import annotations

import re
from typing import Any

from cxmap.util.text import visible

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~!])")
_MD_ENTITY = re.compile(r"&(?=[#A-Za-z0-9]+;)")
#: what would start a list, a quote or a rule at the start of a paragraph
_MD_LINE_START = re.compile(r"^([+=-](?=\s|[+=-]|$)|#)|^(\d+)(?=[.)](?:\s|$))")
#: what GitHub turns into a link by itself (extended autolinks)
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?<![A-Za-z0-9])(www)(\.)", re.IGNORECASE)


class Raw(str):
    """Text that is already Markdown written by cxmap itself (not escaped)."""

    __slots__ = ()


def _clean(text: str) -> str:
    return visible(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def md_text(value: Any) -> str:
    """A value as Markdown text that shows exactly as typed, also inside a
    table cell (no ``|`` ends the cell, no line break ends the row)."""
    if isinstance(value, Raw):
        return str(value)
    if value is None:
        return ""
    text = _clean(str(value))
    text = _MD_ENTITY.sub("&amp;", text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(_break_link, text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    lines = [_MD_LINE_START.sub(_escape_start, line.strip()) for line in text.split("\n")]
    return "<br>".join(lines)


def _break_link(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\:"
    return m.group(2) + "\\."


def _escape_start(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    return m.group(2) + "\\"   # "1." -> "1\." (not an ordered list)


def md_code(text: str) -> str:
    """``text`` as a code span, on one line, safe inside a table cell."""
    text = " ".join(_clean(text).split("\n")).replace("|", "\\|")
    if not text:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if "`" in text or text.startswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
