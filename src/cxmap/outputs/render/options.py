"""Render formats and options."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cxmap.outputs.formats import FormatChoice
from cxmap.outputs.render.page import Page


class RenderFormat(StrEnum):
    SVG = "svg"
    PNG = "png"
    PDF = "pdf"
    DOT = "dot"
    MERMAID = "mmd"
    MERMAID_JOURNEY = "mermaid-journey"

    @property
    def is_binary(self) -> bool:
        return self in (RenderFormat.PNG, RenderFormat.PDF)

    @property
    def needs_layout(self) -> bool:
        """Whether Graphviz lays the diagram out (svg, png, pdf)."""
        return self in (RenderFormat.SVG, RenderFormat.PNG, RenderFormat.PDF)


#: extra names accepted by ``--format``
FORMAT_ALIASES = {"mermaid": RenderFormat.MERMAID, "gv": RenderFormat.DOT,
                  "journey": RenderFormat.MERMAID_JOURNEY}

#: file extensions and the format they mean
EXTENSIONS = {".svg": RenderFormat.SVG, ".png": RenderFormat.PNG, ".pdf": RenderFormat.PDF,
              ".dot": RenderFormat.DOT, ".gv": RenderFormat.DOT,
              ".mmd": RenderFormat.MERMAID, ".mermaid": RenderFormat.MERMAID}


class FormatError(ValueError):
    """An unknown format name or output extension."""


_CHOICE = FormatChoice(RenderFormat, EXTENSIONS, FORMAT_ALIASES, FormatError,
                       extra_names=("mermaid",))
#: the format ``--format NAME`` means; :class:`FormatError` if none
parse_format = _CHOICE.parse
#: the format an output file name asks for, by its extension
format_for_path = _CHOICE.for_path


class View(StrEnum):
    FLOW = "flow"
    CANVAS = "canvas"


class Direction(StrEnum):
    LR = "LR"
    TB = "TB"
    RL = "RL"
    BT = "BT"


@dataclass(frozen=True)
class RenderOptions:
    #: show only this branch's path
    branch: str | None = None
    #: layout direction; stages run left to right by default
    direction: Direction = Direction.LR
    #: heading; None = the map's title, "" = no heading
    title: str | None = None
    legend: bool = True
    #: the journey graph (flow) or the journey-map sheet (canvas)
    view: View = View.FLOW
    #: fit a landscape page (svg, png, pdf); None = the drawing's natural size
    page: Page | None = None
    #: PNG resolution (dots per inch); None = 150 on a page or canvas, else Graphviz's 96
    dpi: int | None = None
    #: the language of the drawing's words (legend, notes); None = the map's
    language: str | None = None


class ViewError(ValueError):
    """A format the chosen view cannot be drawn in (the canvas has no DOT or Mermaid)."""


def check_view(fmt: RenderFormat, options: RenderOptions) -> None:
    """Raise :class:`ViewError` when ``fmt`` cannot carry ``options``' view or page."""
    from cxmap.i18n import resolve_language, t

    if options.view is View.CANVAS and not fmt.needs_layout:
        raise ViewError(t("core.view_canvas", resolve_language(), fmt=fmt.value))
    if options.page is not None and not fmt.needs_layout:
        raise ViewError(t("core.view_page", resolve_language(), fmt=fmt.value))
