"""The ``cxmap`` entry point: for ``cxmap render`` to svg, png or pdf it starts
the Graphviz layout child first, before the command line is even imported, so
that the child's start-up (Python, pygraphviz, Graphviz's plugins and fonts)
runs on the other core while cxmap starts, loads and checks the map.

The arguments are only looked at, never judged: a guess that turns out wrong
(an option the command line then refuses, a map that is invalid, a different
format) costs an unused child, which :meth:`cxmap.layout.LayoutProcess.take`
replaces or which ends with cxmap.
"""

from __future__ import annotations

import sys

_LAID_OUT = {"svg", "png", "pdf"}


def layout_wanted(args: list[str]) -> tuple[str, float] | None:
    """``(format Graphviz draws, time limit)`` when ``cxmap render ARGS`` will
    surely lay a flow diagram out, else None."""
    values: dict[str, str] = {}
    names = {"-o": "output", "--output": "output", "-f": "format", "--format": "format",
             "--view": "view", "--page": "page", "--timeout": "timeout"}
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if arg.startswith("--") and eq and name in names:
            values[names[name]] = value
        elif arg in names and i + 1 < len(args):
            values[names[arg]] = args[i + 1]
            i += 1
        i += 1
    fmt = values.get("format", "").lower()
    if not fmt:
        output = values.get("output", "")
        fmt = output.rpartition(".")[2].lower() if "." in output else ""
    if fmt not in _LAID_OUT or values.get("view", "flow").lower() != "flow":
        return None
    try:
        timeout = float(values.get("timeout", "60"))
    except ValueError:
        return None
    if not 0.1 <= timeout < 1e9:
        return None
    return ("svg" if "page" in values else fmt), timeout


def main() -> None:
    """Console-script entry point (see :func:`cxmap.cli.main`)."""
    if sys.argv[1:2] == ["render"]:
        wanted = layout_wanted(sys.argv[2:])
        if wanted is not None:
            from cxmap.layout import start_early

            start_early(*wanted)
    from cxmap.cli import main as cli_main

    cli_main()
