"""``cxmap report``: a journey map as a report for management and for the
departments that own touchpoints (Markdown, one self-contained HTML page, a
PDF on A4 pages made from that page, or a PowerPoint deck of native shapes).

:func:`render_report` is the dispatcher (pure: journey in, text out); a test
proves every :class:`ReportFormat` member is handled.  jinja2 and the diagram
libraries are imported inside the functions that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, overload

from cxmap.outputs.formats import FormatChoice

if TYPE_CHECKING:
    from cxmap.diff.compare import MapDiff
    from cxmap.model.journey import Journey


class ReportFormat(StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    PPTX = "pptx"

    @property
    def binary(self) -> bool:
        return self in (ReportFormat.PDF, ReportFormat.PPTX)


#: file extensions and the format they mean
EXTENSIONS = {".md": ReportFormat.MARKDOWN, ".markdown": ReportFormat.MARKDOWN,
              ".html": ReportFormat.HTML, ".htm": ReportFormat.HTML, ".pdf": ReportFormat.PDF,
              ".pptx": ReportFormat.PPTX}
FORMAT_ALIASES = {"md": ReportFormat.MARKDOWN, "htm": ReportFormat.HTML}


class ReportFormatError(ValueError):
    """An unknown report format or output extension."""


_CHOICE = FormatChoice(ReportFormat, EXTENSIONS, FORMAT_ALIASES, ReportFormatError,
                       what="report format", extension="report extension")
#: the format ``--format NAME`` means; :class:`ReportFormatError` if none
parse_format = _CHOICE.parse
#: the format an output file name asks for, by its extension
format_for_path = _CHOICE.for_path


@dataclass(frozen=True)
class ReportOptions:
    #: ``en`` or ``pl``; None = the map's ``language``
    language: str | None = None
    #: heading; None = the map's title
    title: str | None = None
    #: include the diagram (inline SVG in HTML, Mermaid in Markdown)
    diagram: bool = True
    #: the map's file name, shown in the report's footer
    source: str | None = None
    #: what changed since an earlier wave (``--compare``), shown in the summary
    changes: MapDiff | None = None
    #: the earlier wave as the user named it (a file or ``REV:PATH``)
    compare_label: str = ""
    #: the time limit of each long step (seconds, ``--timeout``): Graphviz's
    #: layout of one diagram, WeasyPrint's PDF
    timeout: float = 60.0
    #: why the diagram could not be drawn, when that is already known (the
    #: full-size diagram failed: the page's is not tried again)
    diagram_error: str = ""
    #: the day a project's ``due`` is judged against: a planned or in-progress
    #: project due before it is marked overdue (None: no project is marked)
    today: date | None = None


def _markdown(journey: Journey, options: ReportOptions) -> str:
    from cxmap.outputs.report.render import markdown_report

    return markdown_report(journey, options)


def _html(journey: Journey, options: ReportOptions) -> str:
    from cxmap.outputs.report.render import html_report

    return html_report(journey, options)


def _pdf(journey: Journey, options: ReportOptions) -> bytes:
    from cxmap.outputs.report.pdf import html_to_pdf
    from cxmap.outputs.report.render import html_report

    return html_to_pdf(html_report(journey, options, pdf=True), timeout=options.timeout)


def _pptx(journey: Journey, options: ReportOptions) -> bytes:
    from cxmap.outputs.report.deck import journey_deck

    return journey_deck(journey, options)


#: one renderer per format (a test proves every ReportFormat member is here)
RENDERERS: dict[ReportFormat, Callable[[Journey, ReportOptions], str | bytes]] = {
    ReportFormat.MARKDOWN: _markdown,
    ReportFormat.HTML: _html,
    ReportFormat.PDF: _pdf,
    ReportFormat.PPTX: _pptx,
}


@overload
def render_report(journey: Journey, fmt: Literal[ReportFormat.MARKDOWN, ReportFormat.HTML],
                  options: ReportOptions | None = None) -> str: ...
@overload
def render_report(journey: Journey, fmt: ReportFormat,
                  options: ReportOptions | None = None) -> str | bytes: ...
def render_report(journey: Journey, fmt: ReportFormat,
                  options: ReportOptions | None = None) -> str | bytes:
    """The report of a valid map: text (Markdown, HTML) or bytes (PDF)."""
    return RENDERERS[fmt](journey, options or ReportOptions())


__all__ = ["EXTENSIONS", "RENDERERS", "ReportFormat", "ReportFormatError", "ReportOptions",
           "format_for_path", "parse_format", "render_report"]
