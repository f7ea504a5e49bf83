"""DOT text -> SVG/PNG/PDF bytes, laid out in-process by the Graphviz engine
bundled in the pygraphviz wheel (no Graphviz installation needed).

Graphviz reports problems by writing to the process's stderr (file
descriptor 2) from C.  :func:`layout` captures that stream while it runs:
an ``Error`` becomes a :class:`LayoutError`, other messages are handed back
through ``warnings`` (fontconfig's noise about the host's configuration files
is dropped), so core code never prints.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile

from cxmap.outputs.render.options import RenderFormat


class LayoutError(RuntimeError):
    """Graphviz could not lay out or draw the diagram."""


def layout(dot_source: str, fmt: RenderFormat, warnings: list[str] | None = None) -> bytes:
    """Lay ``dot_source`` out with the ``dot`` engine and draw it as ``fmt``."""
    if not fmt.needs_layout:
        raise ValueError(f"{fmt.value} is not drawn by Graphviz")
    import pygraphviz

    with _capture_stderr() as captured:
        try:
            graph = pygraphviz.AGraph(string=dot_source)
            data = graph.draw(format=fmt.value, prog="dot")
        except (OSError, ValueError, pygraphviz.DotError) as exc:
            raise LayoutError(f"Graphviz failed: {exc}") from exc
    messages = [line for line in captured if line.strip()
                and not line.startswith("Fontconfig")]
    errors = [m for m in messages if m.startswith("Error")]
    if errors:
        raise LayoutError("Graphviz failed: " + " ".join(messages))
    if warnings is not None:
        warnings.extend(messages)
    if not isinstance(data, bytes) or not data:
        raise LayoutError("Graphviz produced no output")
    return data


@contextlib.contextmanager
def _capture_stderr():  # type: ignore[no-untyped-def]
    """Collect what C code writes to fd 2 (lines), then restore it."""
    lines: list[str] = []
    fd = 2  # C code writes to the descriptor, whatever sys.stderr is now
    try:
        saved = os.dup(fd)
    except OSError:  # no stderr at all
        yield lines
        return
    with contextlib.suppress(AttributeError, OSError, ValueError):
        sys.stderr.flush()
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), fd)
        try:
            yield lines
        finally:
            with contextlib.suppress(AttributeError, OSError, ValueError):
                sys.stderr.flush()
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            lines.extend(tmp.read().decode("utf-8", "replace").splitlines())
