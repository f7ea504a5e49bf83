"""``cxmap report`` as one function: a map file -> checked model -> report.

Returns data (the loaded map with its diagnostics, and the report when the
map is valid); never prints, never exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.outputs.report import ReportFormat, ReportOptions

if TYPE_CHECKING:
    from cxmap.api import LoadedMap


@dataclass
class ReportRun:
    """The map as loaded, and its report when it is valid."""

    loaded: LoadedMap
    output: str | None = None


def report_file(path: str | Path, fmt: ReportFormat,
                options: ReportOptions | None = None) -> ReportRun:
    """Load, check and report one map file."""
    from dataclasses import replace

    from cxmap.api import load_map
    from cxmap.outputs.report import render_report

    options = options or ReportOptions()
    if options.source is None:
        options = replace(options, source=Path(path).name)
    run = ReportRun(load_map(path))
    if run.loaded.journey is not None:
        run.output = render_report(run.loaded.journey, fmt, options)
    return run
