"""Diff formats: pure functions MapDiff -> str, chosen by :class:`DiffFormat`.

A test proves every member of :class:`DiffFormat` has a formatter.
"""

from __future__ import annotations

from collections.abc import Callable

from cxmap.diff.compare import MapDiff
from cxmap.i18n import Language
from cxmap.outputs.diff.as_json import format_json
from cxmap.outputs.diff.as_markdown import format_markdown
from cxmap.outputs.diff.as_text import format_text
from cxmap.outputs.diff.common import DEFAULT_LIMIT
from cxmap.outputs.formats import DiffFormat

Formatter = Callable[..., str]

FORMATTERS: dict[DiffFormat, Formatter] = {
    DiffFormat.TEXT: format_text,
    DiffFormat.MARKDOWN: format_markdown,
    DiffFormat.JSON: format_json,
}


def format_diff(diff: MapDiff, fmt: DiffFormat, *, color: bool = False, width: int = 120,
                show_all: bool = False, limit: int | None = DEFAULT_LIMIT,
                lang: Language = Language.EN) -> str:
    """Render a diff in one format.

    ``color``/``width`` matter for text only; ``show_all`` (list unchanged
    touchpoints too) and ``limit`` (most touchpoint rows) for text and Markdown.
    JSON always lists every touchpoint and is never translated; ``lang`` is
    the language of text and Markdown.
    """
    return FORMATTERS[fmt](diff, color=color, width=width, show_all=show_all, limit=limit,
                           lang=lang)


__all__ = ["DEFAULT_LIMIT", "FORMATTERS", "DiffFormat", "format_diff", "format_json",
           "format_markdown", "format_text"]
