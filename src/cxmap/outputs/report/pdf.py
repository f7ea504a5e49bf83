"""HTML -> PDF through WeasyPrint (its own CSS layout engine on Pango).

WeasyPrint reads the report's print style sheet: A4 pages with margins
(``@page``), the diagram on a landscape page of its own, table headers
repeated on every page, rows, charts and figures never cut in two.  It is
imported here only, when a PDF is asked for.
"""

from __future__ import annotations

import logging


class PdfError(RuntimeError):
    """WeasyPrint (or the Pango library it needs) is not available."""


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """A PDF of one self-contained HTML page (``base_url`` resolves relative links)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:   # OSError: Pango missing on the system
        raise PdfError(f"cannot write PDF: WeasyPrint is not usable here ({exc})") from None
    # WeasyPrint logs every CSS property it does not support; the report's
    # screen-only CSS (grid gaps...) is not a problem of the user's
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf = weasyprint.HTML(string=html, base_url=base_url).write_pdf()
    assert pdf is not None
    return bytes(pdf)
