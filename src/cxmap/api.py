"""cxmap's Python API: the pipelines of the commands, as functions.

Every function here returns data (diagnostics, models, comparisons, text);
none prints and none exits.  The pipelines themselves live in
:mod:`cxmap.commands` (one module per command); this module gathers the ones
meant for use from Python::

    from cxmap.api import load_map, validate_paths, diff_sources
"""

from __future__ import annotations

from cxmap.commands.diff import DiffRun, diff_sources, load_source
from cxmap.commands.load import load_bytes, load_map
from cxmap.commands.validate import validate, validate_paths
from cxmap.results import LoadedMap, ValidationRun

__all__ = [
    "DiffRun",
    "LoadedMap",
    "ValidationRun",
    "diff_sources",
    "load_bytes",
    "load_map",
    "load_source",
    "validate",
    "validate_paths",
]
