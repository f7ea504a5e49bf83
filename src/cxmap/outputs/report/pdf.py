"""HTML -> PDF through WeasyPrint (its own CSS layout engine on Pango).

WeasyPrint reads the report's print style sheet: A4 pages with margins
(``@page``), the diagram on a landscape page of its own, table headers
repeated on every page, rows, charts and figures never cut in two.

It runs in a child process (``python -m cxmap.outputs.report.pdf``, HTML on
stdin, PDF on stdout): the Graphviz that pygraphviz bundles brings its own
copy of Pango, and two Pangos in one process crash it (GLib refuses to
register ``PangoFontMap`` twice).  The child costs one interpreter start
(~0.05 s) next to WeasyPrint's own seconds, and WeasyPrint is imported there
only, when a PDF is asked for.
"""

from __future__ import annotations

import subprocess
import sys


class PdfError(RuntimeError):
    """WeasyPrint (or the Pango library it needs) failed or is not available."""


def html_to_pdf(html: str, base_url: str | None = None, *,
                timeout: float | None = None) -> bytes:
    """A PDF of one self-contained HTML page (``base_url`` resolves relative links).

    The child is stopped after ``timeout`` seconds (the command's ``--timeout``;
    10,000 touchpoints take WeasyPrint minutes): :class:`PdfError` says so.
    """
    cmd = [sys.executable, "-m", "cxmap.outputs.report.pdf"]
    if base_url:
        cmd.append(base_url)
    try:
        proc = subprocess.run(cmd, input=html.encode("utf-8"), capture_output=True,
                              check=False, timeout=timeout)
    except subprocess.TimeoutExpired:  # the child was killed
        from cxmap.i18n import resolve_language, t

        raise PdfError(t("safety.pdf_timeout", resolve_language(),
                         seconds=timeout)) from None
    except OSError as exc:
        from cxmap.i18n import os_reason, resolve_language, t

        raise PdfError(t("safety.pdf_failed", resolve_language(),
                         reason=os_reason(exc))) from None
    if proc.returncode != 0 or not proc.stdout.startswith(b"%PDF-"):
        from cxmap.i18n import resolve_language, t

        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PdfError(t("safety.pdf_failed", resolve_language(), reason=reason[-1])
                       if reason else t("safety.pdf_failed_code", resolve_language(),
                                        code=proc.returncode))
    return proc.stdout


def _convert(html: bytes, base_url: str | None) -> bytes:
    """In the child: the conversion itself."""
    import logging

    try:
        import weasyprint
    except (ImportError, OSError) as exc:   # OSError: Pango missing on the system
        raise SystemExit(f"WeasyPrint is not usable here ({exc})") from None
    # WeasyPrint logs every CSS property it does not support; the report's
    # screen-only CSS is not the user's problem
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf = weasyprint.HTML(string=html.decode("utf-8"), base_url=base_url).write_pdf()
    assert pdf is not None
    return bytes(pdf)


def main() -> None:   # pragma: no cover - run in the child process
    data = _convert(sys.stdin.buffer.read(), sys.argv[1] if len(sys.argv) > 1 else None)
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


if __name__ == "__main__":   # pragma: no cover
    main()
