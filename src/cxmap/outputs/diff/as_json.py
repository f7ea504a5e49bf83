"""MapDiff -> JSON (the contract of docs/diff.md: summary and touchpoints, plus the details)."""

from __future__ import annotations

import json
from typing import Any

from cxmap.diff.compare import (
    STATUS_ORDER,
    GroupDiff,
    MapDiff,
    Mean,
    Side,
    Status,
    TargetStatus,
    TouchpointDiff,
)
from cxmap.metrics.survey import Estimate

#: Version of the JSON document (bumped only on incompatible changes).
JSON_VERSION = 1


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _side(side: Side) -> dict[str, Any]:
    return {"source": side.source, "id": side.id, "title": side.title,
            "scoredOn": side.scored_on}


def _mean(mean: Mean | None) -> dict[str, Any] | None:
    if mean is None:
        return None
    return {"mean": _num(mean.value), "scored": mean.scored, "touchpoints": mean.touchpoints}


def _group(g: GroupDiff) -> dict[str, Any]:
    return {"id": g.id, "name": g.name, "status": str(g.status),
            "before": _mean(g.before), "after": _mean(g.after), "delta": _num(g.delta),
            "renamed": None if g.old_name is None else {"from": g.old_name, "to": g.name}}


def _estimate(e: Estimate) -> dict[str, Any]:
    return {"responses": e.responses, "net": round(e.net, 4), "se": round(e.se, 4),
            "low": round(e.low, 3), "high": round(e.high, 3)}


def survey_fields(t: TouchpointDiff) -> dict[str, Any]:
    """``survey`` {before, after}, ``change`` and ``significant``, for a
    touchpoint with a survey block on both sides (else nothing)."""
    if t.survey_before is None or t.survey_after is None or t.survey_change is None:
        return {}
    return {"survey": {"before": _estimate(t.survey_before),
                       "after": _estimate(t.survey_after)},
            "change": round(t.survey_change.change, 4),
            "significant": t.survey_change.significant}


def touchpoint_obj(t: TouchpointDiff) -> dict[str, Any]:
    target = None
    if t.target_before is not None or t.target_after is not None:
        target = {"before": t.target_before, "after": t.target_after,
                  "status": None if t.target_status is None else str(t.target_status)}
    return {
        "id": t.id, "status": str(t.status), "before": t.before, "after": t.after,
        "delta": t.delta, "name": t.name, "stage": t.stage,
        "renamed": None if t.old_name is None else {"from": t.old_name, "to": t.name},
        "moved": None if t.old_stage is None else {"from": t.old_stage, "to": t.stage},
        "flagsOn": list(t.flags_on), "flagsOff": list(t.flags_off),
        "target": target, "changed": list(t.changed), "drift": t.drift,
        **survey_fields(t),
    }


def diff_obj(diff: MapDiff) -> dict[str, Any]:
    """The JSON document as Python data."""
    def count(groups: tuple[GroupDiff, ...], status: Status) -> int:
        return sum(g.status is status for g in groups)

    return {
        "version": JSON_VERSION,
        "old": _side(diff.old),
        "new": _side(diff.new),
        "summary": {str(s): diff.count(s) for s in STATUS_ORDER},
        "changes": {
            "renamed": len(diff.renamed),
            "moved": len(diff.moved),
            "drift": len(diff.drift),
            "flagsChanged": len(diff.flag_changes),
            "targetsReached": len(diff.targets(TargetStatus.REACHED)),
            "targetsKept": len(diff.targets(TargetStatus.KEPT)),
            "targetsLost": len(diff.targets(TargetStatus.LOST)),
            "targetsMissed": len(diff.targets(TargetStatus.MISSED)),
            "stagesAdded": count(diff.stages, Status.ADDED),
            "stagesRemoved": count(diff.stages, Status.REMOVED),
            "branchesAdded": count(diff.branches, Status.ADDED),
            "branchesRemoved": count(diff.branches, Status.REMOVED),
            "projectsChanged": len(diff.projects),
            "surveyed": len(diff.surveyed),
            "significant": len(diff.significant),
        },
        "mean": {"before": _num(diff.mean.before.value if diff.mean.before else None),
                 "after": _num(diff.mean.after.value if diff.mean.after else None),
                 "delta": _num(diff.mean.delta), "status": str(diff.mean.status)},
        "touchpoints": [touchpoint_obj(t) for t in diff.touchpoints],
        "drift": [t.id for t in diff.drift],
        "stages": [_group(g) for g in diff.stages],
        "branches": [_group(g) for g in diff.branches],
        "projects": [{"id": p.id, "title": p.title, "change": p.change,
                      "before": p.before, "after": p.after} for p in diff.projects],
    }


def dumps_layout(obj: dict[str, Any]) -> str:
    """Pretty JSON with each object of a top-level list on one line.

    Readable and grep-friendly: one touchpoint per line.
    """
    one = json.JSONEncoder(ensure_ascii=False).encode
    lines = ["{"]
    last = len(obj) - 1
    for i, (key, value) in enumerate(obj.items()):
        comma = "," if i < last else ""
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"  {one(key)}: [")
            lines.append(",\n".join(f"    {one(v)}" for v in value))
            lines.append(f"  ]{comma}")
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            lines.append(f"  {one(key)}: {text}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def format_json(diff: MapDiff, **_: Any) -> str:
    return dumps_layout(diff_obj(diff))
