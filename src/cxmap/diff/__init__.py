"""``cxmap diff`` and ``cxmap history`` as functions: sources -> models -> comparison.

:func:`diff_sources` is what the CLI calls: it reads both sides (a file or a
git ``REV:PATH``), validates them through :mod:`cxmap.api` and, when both are
valid, compares them (:func:`cxmap.diff.compare.compare`).  It returns data;
it never prints and never exits.  Git problems raise
:class:`cxmap.load.git.SourceError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.diff.compare import (
    STATUS_ORDER,
    GroupDiff,
    MapDiff,
    Mean,
    ProjectDiff,
    Side,
    Status,
    TargetStatus,
    TouchpointDiff,
    compare,
)
from cxmap.diff.gate import GATE_CONDITIONS, gate, parse_fail_on

if TYPE_CHECKING:
    from cxmap.api import LoadedMap

__all__ = [
    "GATE_CONDITIONS",
    "STATUS_ORDER",
    "DiffRun",
    "GroupDiff",
    "MapDiff",
    "Mean",
    "ProjectDiff",
    "Side",
    "Status",
    "TargetStatus",
    "TouchpointDiff",
    "compare",
    "diff_sources",
    "gate",
    "load_source",
    "parse_fail_on",
]


@dataclass
class DiffRun:
    """Both sides as loaded, and their comparison when both are valid."""

    old: LoadedMap
    new: LoadedMap
    diff: MapDiff | None

    @property
    def maps(self) -> list[LoadedMap]:
        return [self.old, self.new]

    @property
    def ok(self) -> bool:
        return self.diff is not None


def load_source(arg: str, cwd: Path | None = None) -> LoadedMap:
    """Read and check one side: a file path or ``REV:PATH`` (shown as given)."""
    from cxmap.api import load_bytes
    from cxmap.load.git import read_source

    return load_bytes(read_source(arg, cwd), arg)


def diff_sources(old: str, new: str, cwd: Path | None = None) -> DiffRun:
    """Load, validate and compare two maps (raises ``SourceError`` on git problems)."""
    old_map = load_source(old, cwd)
    new_map = load_source(new, cwd)
    if (old_map.journey is None or new_map.journey is None or old_map.errors
            or new_map.errors):
        return DiffRun(old_map, new_map, None)
    return DiffRun(old_map, new_map, compare(old_map.journey, new_map.journey, old, new))
