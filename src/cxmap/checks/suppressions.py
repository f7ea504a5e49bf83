"""Inline suppressions: ``# cxmap: disable=CODE[,CODE...]`` comments.

The YAML parser's events carry no comments, so comments are found in the
text: a ``#`` starts a comment at the start of a line or after a space or a
tab, outside a quoted scalar (which may run over several lines) and outside
the content of a block scalar (``|`` / ``>``).  ``a#b`` and ``"a # b"`` hold
no comment.

* ``# cxmap: disable=...`` at the end of a line suppresses the rules named
  for problems reported on that line;
* alone on its line, it suppresses them on the next line that is not blank
  and not only a comment (so several such lines can stand above one line);
* ``# cxmap: disable-file=...`` anywhere suppresses them in the whole file.

Rules are named by code (``CX304``) or name (``unscored-touchpoint``), separated
by commas; anything after the list is a free reason:
``# cxmap: disable=stale-scoring -- re-scored in the spring wave``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"#\s*cxmap\s*:\s*(disable-file|disable)\s*=[ \t]*"
    r"([A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)?")
_BLOCK_SCALAR = re.compile(r"(?:^\s*|[:-]\s+)[|>][1-9+-]{0,2}\s*$")
#: characters after which a quote opens a quoted scalar
_BEFORE_SCALAR = set("-:[{,?")


@dataclass(frozen=True)
class Comment:
    line: int  # 1-based
    column: int  # 1-based, of the '#'
    text: str  # from the '#' to the end of the line
    own_line: bool  # nothing but blanks before it


@dataclass
class Suppression:
    line: int
    column: int
    #: the line whose problems it suppresses (0 for the whole file)
    target: int
    #: the names as written, in order
    names: list[str]
    #: the names that suppressed something
    used: set[str] = field(default_factory=set)
    #: what follows ``=`` when it names no rule (``*``, nothing): reported
    empty: str | None = None

    @property
    def file_wide(self) -> bool:
        return self.target == 0


def comments(text: str) -> Iterator[Comment]:
    """Every comment of a YAML text."""
    quote: str | None = None  # a quoted scalar that continues on the next line
    block_indent: int | None = None  # skipping a block scalar's content
    for number, line in enumerate(text.splitlines(), 1):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        i, n, content_end = 0, len(line), len(line)
        while i < n:
            ch = line[i]
            if quote == "'":
                if ch == "'":
                    if i + 1 < n and line[i + 1] == "'":
                        i += 1
                    else:
                        quote = None
            elif quote == '"':
                if ch == "\\":
                    i += 1
                elif ch == '"':
                    quote = None
            elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
                yield Comment(number, i + 1, line[i:], not line[:i].strip())
                content_end = i
                break
            elif ch in "'\"":
                before = line[:i].rstrip(" \t")
                if not before or (before[-1] in _BEFORE_SCALAR
                                  and (before[-1] in "[{," or len(before) < i)):
                    quote = ch
            i += 1
        if quote is None and _BLOCK_SCALAR.search(line[:content_end].rstrip()):
            block_indent = indent


def has_suppressions(text: str) -> bool:
    """Whether the text may hold a suppression (a quick look)."""
    return "disable" in text and _DIRECTIVE.search(text) is not None


def find_suppressions(text: str) -> list[Suppression]:
    """The suppression comments of a map's text."""
    if not has_suppressions(text):
        return []
    found: list[Suppression] = []
    waiting: list[Suppression] = []  # own-line suppressions before their line
    lines = text.splitlines()
    for comment in comments(text):
        m = _DIRECTIVE.search(comment.text)
        if m is None:
            continue
        names = [name.strip() for name in m.group(2).split(",")] if m.group(2) else []
        if m.group(1) == "disable-file":
            target = 0
        elif comment.own_line:
            target = -1  # the next content line: found below, in one pass
        else:
            target = comment.line
        suppression = Suppression(comment.line, comment.column + m.start(), target, names)
        if not names:
            suppression.empty = comment.text[m.end():].split("--")[0].strip()
        found.append(suppression)
        if target == -1:
            waiting.append(suppression)
    if waiting:
        _next_content_lines(lines, waiting)
    return found


def _next_content_lines(lines: list[str], waiting: list[Suppression]) -> None:
    """Give each own-line suppression the next line that is not blank and not
    only a comment (-1: nothing below).  One pass over the lines, however many
    suppressions stand above one line."""
    i = 0
    for number in range(1, len(lines) + 1):
        while i < len(waiting) and waiting[i].line < number:
            stripped = lines[number - 1].strip()
            if not stripped or stripped.startswith("#"):
                break
            waiting[i].target = number
            i += 1
        if i == len(waiting):
            return
