"""Pages (landscape A4, A3, Letter) and SVG -> PNG/PDF conversion.

A drawing is fitted to a page by the root element alone: the page size in pt
as ``width``/``height`` and a ``viewBox`` around the drawing with the page's
proportions, so one unit of the drawing is ``scale`` pt on paper.  The PDF
made from it is exactly the page (cairo takes its page size from the root's
``width``/``height``); the PNG is the page at ``dpi`` dots per inch.

PNG and PDF come from the SVG through CairoSVG, which draws with the cairo
library every Linux distribution ships (``libcairo2`` on Debian): one
converter for both formats, with the fonts fontconfig finds (DejaVu Sans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Page(StrEnum):
    A4 = "a4"
    A3 = "a3"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in pt, landscape."""
        return PAGE_SIZES[self]

    @property
    def inner(self) -> tuple[float, float]:
        """(width, height) in pt inside the margins: what a drawing may fill."""
        pw, ph = PAGE_SIZES[self]
        return pw - 2 * PAGE_MARGIN, ph - 2 * PAGE_MARGIN


#: landscape page sizes in pt (1/72 in): ISO 216 A4 297 x 210 mm, A3 420 x 297 mm;
#: US Letter 11 x 8.5 in
PAGE_SIZES: dict[Page, tuple[float, float]] = {
    Page.A4: (841.89, 595.28),
    Page.A3: (1190.55, 841.89),
    Page.LETTER: (792.0, 612.0),
}
#: white space kept around a drawing on the page (pt): 5 mm, within what
#: office printers leave unprinted
PAGE_MARGIN = 14.17
#: PNG resolution when none is asked for: an A4 page is 1,754 px wide, a
#: Full-HD slide's width
DEFAULT_DPI = 150


@dataclass(frozen=True)
class Fit:
    """How a drawing of ``width`` x ``height`` units sits on a page."""

    scale: float           # pt per unit
    view_box: tuple[float, float, float, float]


def fit(width: float, height: float, page: Page, margin: float = PAGE_MARGIN) -> Fit:
    """The largest scale at which the drawing fits inside the margins, centred."""
    pw, ph = page.size
    scale = min((pw - 2 * margin) / width, (ph - 2 * margin) / height)
    vw, vh = pw / scale, ph / scale
    return Fit(scale, (-(vw - width) / 2, -(vh - height) / 2, vw, vh))


_ROOT = re.compile(r"<svg\b[^>]*>")
_SIZE_ATTR = re.compile(r'\s(width|height|viewBox)="[^"]*"')


def place_on_page(svg: str, width: float, height: float, page: Page) -> tuple[str, Fit]:
    """``svg`` (a drawing of ``width`` x ``height`` units, made by cxmap) with
    its root sized to ``page``."""
    placed = fit(width, height, page)
    pw, ph = page.size
    x, y, vw, vh = placed.view_box
    match = _ROOT.search(svg)
    if match is None:
        raise ValueError("not an SVG document")
    root = _SIZE_ATTR.sub("", match.group(0))
    root = root[:-1].rstrip("/") + (
        f' width="{pw:.2f}pt" height="{ph:.2f}pt" '
        f'viewBox="{x:.2f} {y:.2f} {vw:.2f} {vh:.2f}" preserveAspectRatio="xMidYMid meet">')
    return svg[:match.start()] + root + svg[match.end():], placed


class ConvertError(RuntimeError):
    """The SVG could not be converted (or the converter is not available)."""


def svg_to(svg: str, fmt: str, *, dpi: int | None = None) -> bytes:
    """PNG or PDF bytes of an SVG document (``fmt``: ``"png"`` or ``"pdf"``)."""
    try:
        import cairosvg
    except (ImportError, OSError) as exc:  # OSError: libcairo missing
        from cxmap.i18n import resolve_language, t

        raise ConvertError(t("render.no_cairo", resolve_language(), fmt=fmt.upper(),
                             reason=exc)) from exc
    from cairocffi import CairoError

    from cxmap.util.interrupt import deferred

    data = svg.encode("utf-8")
    try:
        with deferred():  # a signal inside cairo's callbacks would be lost
            if fmt == "pdf":
                out = cairosvg.svg2pdf(bytestring=data, unsafe=False)
            elif fmt == "png":
                # sizes are in pt: dpi / 72 pixels per pt
                out = cairosvg.svg2png(bytestring=data, unsafe=False,
                                       dpi=dpi or DEFAULT_DPI, background_color="white")
            else:
                raise ValueError(f"cannot convert SVG to {fmt}")
    except CairoError as exc:  # e.g. an image over 32,767 pixels a side
        from cxmap.i18n import resolve_language, t

        if "INVALID_SIZE" in str(exc):
            raise ConvertError(t("render.png_too_big", resolve_language(),
                                 fmt=fmt.upper())) from None
        raise ConvertError(t("render.draw_failed", resolve_language(), fmt=fmt.upper(),
                             reason=exc)) from None
    except (ValueError, OSError, MemoryError) as exc:
        from cxmap.i18n import os_reason, resolve_language, t

        reason = os_reason(exc) if isinstance(exc, OSError) else exc
        raise ConvertError(t("render.draw_failed", resolve_language(), fmt=fmt.upper(),
                             reason=reason)) from exc
    if not isinstance(out, bytes) or not out:
        from cxmap.i18n import resolve_language, t

        raise ConvertError(t("render.draw_empty", resolve_language(), fmt=fmt.upper()))
    return out
