"""Compare two journey maps: two :class:`Journey` models -> a :class:`MapDiff`.

A pure function of its inputs: no files, no git, no printing.  Touchpoints,
stages, branches and projects are matched by ``id`` (docs/format.md).

Status of a touchpoint (the contract of ``cxmap diff --format json``):

* ``added`` - only in NEW; ``removed`` - only in OLD;
* ``unscored`` - in both, but the score is null on either side;
* ``improved`` / ``worsened`` / ``unchanged`` - both scored, compared.

Beyond the status each touchpoint records what else changed: a new name
(*renamed*), another stage (*moved*), flags switched on or off
(``momentOfTruth``, ``customerEffort``, ``confirmed``), its target and whether
it was reached, and the other keys whose value changed.  A touchpoint that
*worsened while nothing in it changed but its score* (same stage, every other
key equal) is **expectation drift** (docs/method.md, step 9): the service stayed
the same, the customers' expectations moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from cxmap.metrics import Mean as Mean  # the one mean: report, portfolio, history share it
from cxmap.metrics import branch_paths

if TYPE_CHECKING:
    from cxmap.metrics.survey import Change, Estimate
    from cxmap.model.journey import Journey, Survey, Touchpoint


class Status(StrEnum):
    """What happened to one touchpoint between two waves."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    UNCHANGED = "unchanged"
    ADDED = "added"
    REMOVED = "removed"
    UNSCORED = "unscored"


#: Order of the summary (and of the statuses in the JSON contract).
STATUS_ORDER: tuple[Status, ...] = (
    Status.IMPROVED, Status.WORSENED, Status.UNCHANGED,
    Status.ADDED, Status.REMOVED, Status.UNSCORED,
)


class TargetStatus(StrEnum):
    """How a touchpoint stands against its target (the NEW side's target)."""

    REACHED = "reached"  # met now, not met before (or not scored / not present before)
    KEPT = "kept"        # met before and now
    LOST = "lost"        # met before, not met now
    MISSED = "missed"    # not met now, not met before either


#: The boolean flags of a touchpoint, by their YAML key.
FLAGS: tuple[tuple[str, str], ...] = (
    ("momentOfTruth", "moment_of_truth"),
    ("customerEffort", "customer_effort"),
    ("confirmed", "confirmed"),
)

#: Keys not listed in ``changed`` because they have their own field.
_OWN_FIELDS = frozenset({"id", "name", "score", "target",
                         "moment_of_truth", "customer_effort", "confirmed", "survey"})


@dataclass(frozen=True, slots=True)
class TouchpointDiff:
    """One touchpoint, matched by id across OLD and NEW."""

    id: str
    status: Status
    before: int | None
    after: int | None
    name: str                      # NEW's name, or OLD's for a removed touchpoint
    stage: str                     # NEW's stage id, or OLD's for a removed touchpoint
    stage_name: str
    old_name: str | None = None    # set when renamed
    old_stage: str | None = None   # set when moved to another stage
    flags_on: tuple[str, ...] = ()
    flags_off: tuple[str, ...] = ()
    target_before: int | None = None
    target_after: int | None = None
    target_status: TargetStatus | None = None
    changed: tuple[str, ...] = ()  # other YAML keys whose value changed
    drift: bool = False
    #: the survey blocks' figures, when both sides have one
    survey_before: Estimate | None = None
    survey_after: Estimate | None = None
    survey_change: Change | None = None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def renamed(self) -> bool:
        return self.old_name is not None

    @property
    def moved(self) -> bool:
        return self.old_stage is not None

    @property
    def has_details(self) -> bool:
        """Anything to say beyond an unchanged score."""
        return bool(self.old_name is not None or self.old_stage is not None or self.flags_on
                    or self.flags_off or self.changed or self.drift
                    or self.survey_before != self.survey_after
                    or self.target_before != self.target_after
                    or self.target_status in (TargetStatus.REACHED, TargetStatus.LOST))

    @property
    def interesting(self) -> bool:
        """Worth a row in a human-readable account of the changes."""
        return self.status is not Status.UNCHANGED or self.has_details


@dataclass(frozen=True, slots=True)
class GroupDiff:
    """A stage or a branch: present on which side, and its mean before -> after."""

    id: str
    name: str
    status: Status                 # added / removed / improved / worsened / unchanged / unscored
    before: Mean | None
    after: Mean | None
    old_name: str | None = None    # set when renamed

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        b, a = self.before.exact(), self.after.exact()
        if a is None or b is None:
            return None
        return float(a - b)


@dataclass(frozen=True, slots=True)
class ProjectDiff:
    """A project added, removed, or whose status changed."""

    id: str
    title: str
    change: str                    # "added", "removed" or "status"
    before: str | None             # status before (None: not set / not present)
    after: str | None


@dataclass(frozen=True, slots=True)
class Side:
    """What identifies one side of the comparison."""

    source: str
    id: str
    title: str
    scored_on: str | None


@dataclass(frozen=True, slots=True)
class MapDiff:
    """Everything that changed between two waves of one journey map."""

    old: Side
    new: Side
    touchpoints: tuple[TouchpointDiff, ...]
    stages: tuple[GroupDiff, ...]
    branches: tuple[GroupDiff, ...]
    projects: tuple[ProjectDiff, ...]
    mean: GroupDiff
    summary: dict[Status, int] = field(default_factory=dict)

    def count(self, status: Status) -> int:
        return self.summary.get(status, 0)

    @property
    def drift(self) -> tuple[TouchpointDiff, ...]:
        return tuple(t for t in self.touchpoints if t.drift)

    @property
    def renamed(self) -> tuple[TouchpointDiff, ...]:
        return tuple(t for t in self.touchpoints if t.renamed)

    @property
    def moved(self) -> tuple[TouchpointDiff, ...]:
        return tuple(t for t in self.touchpoints if t.moved)

    def targets(self, status: TargetStatus) -> tuple[TouchpointDiff, ...]:
        return tuple(t for t in self.touchpoints if t.target_status is status)

    @property
    def flag_changes(self) -> tuple[TouchpointDiff, ...]:
        return tuple(t for t in self.touchpoints if t.flags_on or t.flags_off)

    @property
    def surveyed(self) -> tuple[TouchpointDiff, ...]:
        """The touchpoints with a survey block on both sides."""
        return tuple(t for t in self.touchpoints if t.survey_change is not None)

    @property
    def significant(self) -> tuple[TouchpointDiff, ...]:
        """The surveyed touchpoints whose net balance changed beyond noise."""
        return tuple(t for t in self.surveyed
                     if t.survey_change is not None and t.survey_change.significant)


# ----------------------------------------------------------------------------- compare
def _score_status(before: Fraction | int | None, after: Fraction | int | None) -> Status:
    """A score (or mean) before -> after; unscored when either side has none."""
    if before is None or after is None:
        return Status.UNSCORED
    if after > before:
        return Status.IMPROVED
    if after < before:
        return Status.WORSENED
    return Status.UNCHANGED


def _mean_status(before: Mean, after: Mean) -> Status:
    return _score_status(before.exact(), after.exact())


def _met(score: int | None, target: int | None) -> bool | None:
    if score is None or target is None:
        return None
    return score >= target


def _target_status(old: Touchpoint | None, new: Touchpoint) -> TargetStatus | None:
    """Judge NEW's score against NEW's target, and OLD's score against OLD's target."""
    met_now = _met(new.score, new.target)
    if met_now is None:
        return None
    met_before = bool(old is not None and _met(old.score, old.target))
    if met_now:
        return TargetStatus.KEPT if met_before else TargetStatus.REACHED
    return TargetStatus.LOST if met_before else TargetStatus.MISSED


#: The touchpoint fields compared, in the model's order, with their YAML keys.
#: ``branch: x`` and ``branches: [x]`` mean the same, so ``branch`` is folded
#: into ``branches`` (compared by meaning, through ``Touchpoint.branch_ids``).
#: A test holds this list to the model's fields.
COMPARED_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"), ("name", "name"), ("description", "description"),
    ("branches", "branches"), ("channel", "channel"), ("owner", "owner"),
    ("score", "score"), ("target", "target"), ("moment_of_truth", "momentOfTruth"),
    ("customer_effort", "customerEffort"), ("confirmed", "confirmed"), ("reach", "reach"),
    ("pillars", "pillars"), ("evidence", "evidence"), ("standard", "standard"),
    ("next", "next"), ("notes", "notes"), ("survey", "survey"),
)


def _estimate(block: Survey) -> Estimate:
    from cxmap.metrics.survey import estimate

    return estimate(block.responses, block.positive, block.negative)


def _survey(old: Touchpoint, new: Touchpoint) -> dict[str, Any]:
    """The survey fields of a touchpoint's diff (both sides surveyed: the
    change of the net balance and whether it is beyond noise)."""
    if old.survey is None or new.survey is None:
        return {}
    from cxmap.metrics.survey import compare

    before, after = _estimate(old.survey), _estimate(new.survey)
    return {"survey_before": before, "survey_after": after,
            "survey_change": compare(before, after)}


def _changed_fields(old: Touchpoint, new: Touchpoint) -> list[tuple[str, str]]:
    """The compared fields whose value differs, with their YAML keys."""
    return [(f, key) for f, key in COMPARED_FIELDS
            if (old.branch_ids != new.branch_ids if f == "branches"
                else getattr(old, f) != getattr(new, f))]


def compare_touchpoint(old: Touchpoint, new: Touchpoint, old_stage: str, new_stage: str,
                       new_stage_name: str) -> TouchpointDiff:
    status = _score_status(old.score, new.score)
    if old == new:  # most touchpoints of a re-scoring: nothing to look into
        moved = old_stage != new_stage
        return TouchpointDiff(
            id=new.id, status=status, before=old.score, after=new.score,
            name=new.name, stage=new_stage, stage_name=new_stage_name,
            old_stage=old_stage if moved else None,
            target_before=old.target, target_after=new.target,
            target_status=_target_status(old, new), **_survey(old, new))
    on = tuple(key for key, attr in FLAGS if getattr(new, attr) and not getattr(old, attr))
    off = tuple(key for key, attr in FLAGS if getattr(old, attr) and not getattr(new, attr))
    fields = _changed_fields(old, new)
    changed = tuple(key for f, key in fields if f not in _OWN_FIELDS)
    others_equal = all(f == "score" for f, _ in fields)
    moved = old_stage != new_stage
    drift = status is Status.WORSENED and others_equal and not moved
    return TouchpointDiff(
        id=new.id, status=status, before=old.score, after=new.score,
        name=new.name, stage=new_stage, stage_name=new_stage_name,
        old_name=old.name if old.name != new.name else None,
        old_stage=old_stage if moved else None,
        flags_on=on, flags_off=off,
        target_before=old.target, target_after=new.target,
        target_status=_target_status(old, new),
        changed=changed, drift=drift, **_survey(old, new),
    )


def _merged_order(old_ids: Sequence[str], new_ids: Sequence[str],
                  new_set: set[str]) -> list[tuple[str, bool]]:
    """NEW's journey order, each removed touchpoint placed after the touchpoint
    that preceded it in OLD (so it shows up where it used to be).

    Returns ``(id, in_new)`` pairs.
    """
    after: dict[str | None, list[str]] = {}
    anchor: str | None = None
    for tp_id in old_ids:
        if tp_id in new_set:
            anchor = tp_id
        else:
            after.setdefault(anchor, []).append(tp_id)
    order = [(r, False) for r in after.get(None, ())]
    for tp_id in new_ids:
        order.append((tp_id, True))
        if tp_id in after:
            order.extend((r, False) for r in after[tp_id])
    return order


def _side(journey: Journey, source: str) -> Side:
    return Side(source=source, id=journey.id, title=journey.title,
                scored_on=journey.scored_on.isoformat() if journey.scored_on else None)


def _group(gid: str, old_name: str | None, new_name: str | None,
           before: Mean | None, after: Mean | None) -> GroupDiff:
    if before is None:
        assert new_name is not None
        return GroupDiff(gid, new_name, Status.ADDED, None, after)
    if after is None:
        assert old_name is not None
        return GroupDiff(gid, old_name, Status.REMOVED, before, None)
    assert new_name is not None
    return GroupDiff(gid, new_name, _mean_status(before, after), before, after,
                     old_name=old_name if old_name != new_name else None)


def _merge_ids(old_ids: Sequence[str], new_ids: Sequence[str]) -> list[str]:
    """NEW's order, then the ids only OLD has, each after its old predecessor."""
    new_set = set(new_ids)
    return [i for i, _ in _merged_order(old_ids, new_ids, new_set)]


def compare(old: Journey, new: Journey, old_source: str = "OLD",
            new_source: str = "NEW") -> MapDiff:
    """Compare two waves of a journey map (OLD before, NEW after)."""
    old_tps = {tp.id: (stage, tp) for stage, tp in old.iter_touchpoints()}
    new_tps = {tp.id: (stage, tp) for stage, tp in new.iter_touchpoints()}
    new_set = set(new_tps)

    diffs: list[TouchpointDiff] = []
    for tp_id, in_new in _merged_order(list(old_tps), list(new_tps), new_set):
        if in_new:
            n_stage, n_tp = new_tps[tp_id]
            if tp_id in old_tps:
                o_stage, o_tp = old_tps[tp_id]
                diffs.append(compare_touchpoint(o_tp, n_tp, o_stage.id, n_stage.id,
                                                n_stage.name))
            else:
                diffs.append(TouchpointDiff(
                    id=tp_id, status=Status.ADDED, before=None, after=n_tp.score,
                    name=n_tp.name, stage=n_stage.id, stage_name=n_stage.name,
                    flags_on=tuple(k for k, a in FLAGS if getattr(n_tp, a)),
                    target_after=n_tp.target, target_status=_target_status(None, n_tp)))
        else:
            o_stage, o_tp = old_tps[tp_id]
            diffs.append(TouchpointDiff(
                id=tp_id, status=Status.REMOVED, before=o_tp.score, after=None,
                name=o_tp.name, stage=o_stage.id, stage_name=o_stage.name,
                target_before=o_tp.target))

    summary = dict.fromkeys(STATUS_ORDER, 0)
    for d in diffs:
        summary[d.status] += 1

    # Stages: mean of the touchpoints each side lists in it.
    old_stages = {s.id: s for s in old.stages}
    new_stages = {s.id: s for s in new.stages}
    stages = []
    for sid in _merge_ids(list(old_stages), list(new_stages)):
        os_, ns = old_stages.get(sid), new_stages.get(sid)
        stages.append(_group(
            sid, os_.name if os_ else None, ns.name if ns else None,
            Mean.of(os_.touchpoints) if os_ else None,
            Mean.of(ns.touchpoints) if ns else None))

    # Branches: mean over each branch's path (shared touchpoints lie on every path).
    old_br = {b.id: b for b in old.branches or ()}
    new_br = {b.id: b for b in new.branches or ()}
    old_all = [tp for _, tp in old_tps.values()]
    new_all = [tp for _, tp in new_tps.values()]
    old_means, new_means = ({b: Mean.of(tps) for b, tps in branch_paths(j).items()}
                            for j in (old, new))
    branches = []
    for bid in _merge_ids(list(old_br), list(new_br)):
        ob, nb = old_br.get(bid), new_br.get(bid)
        branches.append(_group(
            bid, ob.name if ob else None, nb.name if nb else None,
            old_means[bid] if ob else None, new_means[bid] if nb else None))

    overall = _group(new.id, old.title, new.title, Mean.of(old_all), Mean.of(new_all))

    # Projects: added, removed, or status changed.
    old_pr = {p.id: p for p in old.projects or ()}
    new_pr = {p.id: p for p in new.projects or ()}
    projects = []
    for pid in _merge_ids(list(old_pr), list(new_pr)):
        op, np_ = old_pr.get(pid), new_pr.get(pid)
        if op is None and np_ is not None:
            projects.append(ProjectDiff(pid, np_.title, "added", None, np_.status))
        elif np_ is None and op is not None:
            projects.append(ProjectDiff(pid, op.title, "removed", op.status, None))
        elif op is not None and np_ is not None and op.status != np_.status:
            projects.append(ProjectDiff(pid, np_.title, "status", op.status, np_.status))

    return MapDiff(
        old=_side(old, old_source), new=_side(new, new_source),
        touchpoints=tuple(diffs), stages=tuple(stages), branches=tuple(branches),
        projects=tuple(projects), mean=overall, summary=summary,
    )
