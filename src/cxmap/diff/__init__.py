"""``cxmap diff`` and ``cxmap history`` as functions: sources -> models -> comparison.

:func:`diff_sources` is what the CLI calls: it reads both sides (a file or a
git ``REV:PATH``), validates them through :mod:`cxmap.api` and, when both are
valid, compares them (:func:`cxmap.diff.compare.compare`).  It returns data;
it never prints and never exits.  Git problems raise
:class:`cxmap.load.git.SourceError`.
"""

from __future__ import annotations

import contextlib
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
from cxmap.util.gc import gc_paused

if TYPE_CHECKING:
    # cxmap.api (and with it the pydantic model, ~0.1 s to build) is imported
    # only once the two sides are loading, in both processes at the same time
    from cxmap.api import LoadedMap
    from cxmap.diff.snapshot import JourneyLike
    from cxmap.util.fork import Child, Pipe

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
    """Both sides as loaded, and their comparison when both are valid.

    When OLD was loaded in a second process (big maps), ``old.journey`` is
    ``None``: only its diagnostics and a snapshot for the comparison came back.
    """

    old: LoadedMap
    new: LoadedMap
    diff: MapDiff | None

    @property
    def maps(self) -> list[LoadedMap]:
        return [self.old, self.new]

    @property
    def ok(self) -> bool:
        return self.diff is not None


#: Below this many bytes (both sides together) the two sides load one after the
#: other; above it, OLD loads in a forked process while NEW loads here.  Loading
#: (YAML parsing) dominates a large diff: two 3 MB maps take ~1.4 s each.
PARALLEL_MIN_BYTES = 1_000_000


def load_source(arg: str, cwd: Path | None = None) -> LoadedMap:
    """Read and check one side: a file path or ``REV:PATH`` (shown as given)."""
    from cxmap.api import load_bytes
    from cxmap.load.git import read_source

    return load_bytes(read_source(arg, cwd), arg)


def _load_lean(raw: bytes, name: str) -> LoadedMap:
    """Load without keeping the positioned document (cheaper to send back)."""
    from cxmap.api import load_bytes

    loaded = load_bytes(raw, name)
    loaded.document = None
    return loaded


def _load_pair(old_raw: bytes, old: str, new_raw: bytes, new: str,
               parallel: bool | None) -> tuple[LoadedMap, JourneyLike | None, LoadedMap]:
    """Both sides loaded, and OLD's journey (or what compare() needs of it).

    Big maps: OLD loads in a forked child while NEW loads here (see
    :func:`_fork_old`); without a child, or if it fails, OLD loads here too.
    """
    from cxmap.diff.snapshot import journey_view
    from cxmap.util.fork import ChildLost

    if parallel is None:
        parallel = len(old_raw) + len(new_raw) >= PARALLEL_MIN_BYTES
    child = _fork_old(old_raw, old) if parallel else None
    try:
        new_map = _load_lean(new_raw, new)
        if child is not None:
            with contextlib.suppress(ChildLost):
                old_map, packed = child.recv()
                return old_map, (None if packed is None else journey_view(packed)), new_map
    finally:
        if child is not None:
            child.finish()
    old_map = _load_lean(old_raw, old)
    return old_map, old_map.journey, new_map


def _fork_old(old_raw: bytes, old: str) -> Child | None:
    """A forked child that loads OLD and sends back ``(LoadedMap, snapshot)``.

    The fork comes before the map model is imported, so both processes build
    it at the same time.  A valid OLD comes back as a snapshot (what compare()
    reads, packed with marshal: a quarter of the cost of pickling the model),
    so its ``LoadedMap.journey`` is ``None`` in the parent.
    """
    from cxmap.diff.snapshot import snapshot
    from cxmap.util.fork import fork_child

    def work(pipe: Pipe) -> None:
        loaded = _load_lean(old_raw, old)
        packed = None
        if loaded.journey is not None:
            packed = snapshot(loaded.journey)
            loaded.journey = None
        pipe.send((loaded, packed))

    return fork_child(work)


def diff_sources(old: str, new: str, cwd: Path | None = None,
                 parallel: bool | None = None) -> DiffRun:
    """Load, validate and compare two maps (raises ``SourceError`` on git problems).

    ``parallel``: load the sides in two processes (``None``: when they are big).
    """
    from cxmap.load.git import read_source

    old_raw = read_source(old, cwd)
    new_raw = read_source(new, cwd)
    with gc_paused():
        old_map, old_journey, new_map = _load_pair(old_raw, old, new_raw, new, parallel)
        if (old_journey is None or new_map.journey is None or old_map.errors
                or new_map.errors):
            return DiffRun(old_map, new_map, None)
        return DiffRun(old_map, new_map, compare(old_journey, new_map.journey, old, new))
