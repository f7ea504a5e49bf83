"""Comparing waves of a map: two models -> :class:`MapDiff` (:mod:`.compare`), the
``--fail-on`` gate (:mod:`.gate`), and a map's history across git revisions
(:mod:`.history`).

Reading the two sides is the pipeline's job (:mod:`cxmap.commands.diff`).
"""

from __future__ import annotations

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

__all__ = [
    "GATE_CONDITIONS",
    "STATUS_ORDER",
    "GroupDiff",
    "MapDiff",
    "Mean",
    "ProjectDiff",
    "Side",
    "Status",
    "TargetStatus",
    "TouchpointDiff",
    "compare",
    "gate",
    "parse_fail_on",
]
