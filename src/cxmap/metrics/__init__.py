"""The numbers of a journey map, computed once: means, distributions, pain
points, targets, quick wins and the experience debt.

Everything here is language-free and pure (a valid :class:`Journey` in,
plain data out): the report, the portfolio, diff and history all read the
same figures, and each output words and formats them for itself.

Definitions (also in ``docs/report.md``):

* **mean** - the mean score of the *scored* touchpoints of a group (unscored
  ones are left out, and counted apart);
* **pain point** - a touchpoint scored -1 or -2.  Ranked worst score first,
  then by its share of the experience debt (reach, moments of truth counted
  twice), then moments of truth, then customer-effort points, then in
  journey order;
* **experience debt** - ``sum(weight * (-score) * reach / 100)`` over the pain
  points, where ``weight`` is 2 for a moment of truth and 1 otherwise, and an
  unmeasured ``reach`` counts as 100 % (until research measures it, assume it
  touches every customer).  One point of debt is one step below "as expected"
  for every customer; lifting every -1/-2 to 0 pays it off;
* **quick win** - an open project (not done or dropped) of high impact
  (given or derived) and low cost;
* **stale scoring** - no ``scoredOn``, or ``scoredOn`` plus the cutoff in
  calendar months (the ``stale-scoring`` rule's ``months``, default
  :data:`STALE_AFTER_MONTHS`) is before today: see :func:`is_stale`.  The
  rule, the portfolio and the warehouse's ``views.sql`` all use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmap.model.journey import Journey, Project, Touchpoint

#: the scores, worst first
SCORES = (-2, -1, 0, 1, 2)
#: the six pillars and their level (foundation, intermediate, differentiator)
PILLAR_LAYERS = {"integrity": "foundation", "resolution": "foundation",
                 "expectations": "intermediate", "time-and-effort": "intermediate",
                 "personalisation": "differentiator", "empathy": "differentiator"}
#: experience-debt weight of a moment of truth (other pain points weigh 1)
MOT_WEIGHT = 2
#: reach assumed for a pain point whose reach was not measured (percent)
UNKNOWN_REACH = 100.0
#: how many calendar months a scoring stays current when the configuration
#: does not say (the ``stale-scoring`` rule's default ``months``; step 9 of the
#: method: re-score every 6-12 months)
STALE_AFTER_MONTHS = 12
_LEVEL_RANK = {"high": 0, "medium": 1, "low": 2}
_COST_RANK = {"low": 0, "medium": 1, "high": 2}
CLOSED = ("done", "dropped")
#: the statuses of a project in the plan, with an owner and a date to keep
#: (a project without a status counts as planned; an ``idea`` has neither yet)
COMMITTED = ("planned", "in-progress")


@dataclass(frozen=True, slots=True)
class Mean:
    """The mean score of a group of touchpoints (unscored ones are left out)."""

    total: int = 0
    scored: int = 0
    touchpoints: int = 0

    @property
    def value(self) -> float | None:
        return None if self.scored == 0 else self.total / self.scored

    def exact(self) -> Fraction | None:
        return None if self.scored == 0 else Fraction(self.total, self.scored)

    @classmethod
    def of(cls, tps: Iterable[Touchpoint]) -> Mean:
        total = scored = count = 0
        for tp in tps:
            count += 1
            if tp.score is not None:
                total += tp.score
                scored += 1
        return cls(total, scored, count)


@dataclass(frozen=True, slots=True)
class Distribution:
    """How many touchpoints have each score, and how many none."""

    counts: dict[int, int]
    unscored: int
    total: int

    @classmethod
    def of(cls, tps: Sequence[Touchpoint]) -> Distribution:
        counts = dict.fromkeys(SCORES, 0)
        unscored = 0
        for tp in tps:
            if tp.score is None:
                unscored += 1
            else:
                counts[tp.score] += 1
        return cls(counts, unscored, len(tps))

    @property
    def negative(self) -> int:
        return self.counts[-2] + self.counts[-1]

    @property
    def scored(self) -> int:
        return self.total - self.unscored


@dataclass(frozen=True, slots=True)
class Group:
    """A stage, branch, department or pillar: its touchpoints and their mean."""

    id: str
    name: str
    touchpoints: tuple[Touchpoint, ...]
    mean: Mean
    negative: int

    @classmethod
    def of(cls, gid: str, name: str, tps: Iterable[Touchpoint]) -> Group:
        members = tuple(tps)
        return cls(gid, name, members, Mean.of(members),
                   sum(1 for tp in members if tp.score is not None and tp.score < 0))


@dataclass(frozen=True, slots=True)
class DepartmentGroup(Group):
    #: the department's ambassador ("" = none named)
    ambassador: str = ""
    #: declared under ``departments`` (else only named as an owner)
    declared: bool = True


@dataclass(frozen=True, slots=True)
class Targets:
    """Touchpoints with a target and a score: how many meet it, which do not."""

    set: int
    met: int
    #: below target, biggest gap first, then by reach, then journey order
    below: tuple[Touchpoint, ...]


@dataclass(frozen=True, slots=True)
class ProjectFigures:
    project: Project
    impact: str
    quick_win: bool
    open: bool


@dataclass(frozen=True, slots=True)
class JourneyMetrics:
    """Every figure of one journey map."""

    overall: Mean
    distribution: Distribution
    stages: tuple[Group, ...]
    #: one per declared branch (the touchpoints on its path, shared ones included)
    branches: tuple[Group, ...]
    #: declared departments first, then owners named but not declared, then
    #: "" (no owner) when some touchpoints have an owner and some not
    departments: tuple[DepartmentGroup, ...]
    #: the pillars some touchpoint is tagged with, in the method's order
    pillars: tuple[Group, ...]
    #: touchpoints scored below 0, ranked (see :func:`rank_pain_points`)
    pain_points: tuple[Touchpoint, ...]
    #: moments of truth and customer-effort points, journey order
    key_moments: tuple[Touchpoint, ...]
    targets: Targets
    #: projects ranked by impact then cost (the map's order within a cell)
    projects: tuple[ProjectFigures, ...]
    debt: float
    #: pain points whose reach was not measured (the debt assumed 100 % for them)
    debt_unmeasured: int
    stage_of: dict[str, str] = field(default_factory=dict)

    @property
    def quick_wins(self) -> tuple[ProjectFigures, ...]:
        return tuple(p for p in self.projects if p.quick_win)

    def priorities(self, at_most: int = 5) -> tuple[Touchpoint, ...]:
        """The first pain points: what to lift to 0 first."""
        return self.pain_points[:at_most]

    @property
    def moments_of_truth_negative(self) -> tuple[Touchpoint, ...]:
        return tuple(tp for tp in self.pain_points if tp.moment_of_truth)


def pain_key(tp: Touchpoint, order: int) -> tuple[int, float, bool, bool, int]:
    """Sort key of a pain point: worst score, share of the debt, moment of
    truth, customer effort, journey order."""
    return (tp.score if tp.score is not None else 3, -debt_of(tp), not tp.moment_of_truth,
            not tp.customer_effort, order)


def rank_pain_points(tps: Sequence[Touchpoint]) -> list[Touchpoint]:
    """Touchpoints scored -1/-2, ranked (worst score, share of the experience
    debt, moments of truth, customer-effort points, journey order)."""
    order = {id(tp): i for i, tp in enumerate(tps)}
    negative = [tp for tp in tps if tp.score is not None and tp.score < 0]
    return sorted(negative, key=lambda tp: pain_key(tp, order[id(tp)]))


def debt_of(tp: Touchpoint) -> float:
    """One touchpoint's share of the experience debt (0 when scored 0 or better)."""
    if tp.score is None or tp.score >= 0:
        return 0.0
    reach = tp.reach if tp.reach is not None else UNKNOWN_REACH
    weight = MOT_WEIGHT if tp.moment_of_truth else 1
    return weight * -tp.score * reach / 100


def experience_debt(tps: Iterable[Touchpoint]) -> float:
    """The experience debt of a set of touchpoints (see the module's docs)."""
    return round(sum(debt_of(tp) for tp in tps), 6)


def is_committed(status: str | None) -> bool:
    """Whether a project with ``status`` is in the plan (see :data:`COMMITTED`)."""
    return status is None or status in COMMITTED


def is_overdue(project: Project, today: date | None) -> bool:
    """A project in the plan whose ``due`` date is before ``today``."""
    return (today is not None and project.due is not None and project.due < today
            and is_committed(project.status))


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (negative: back), on the
    same day of the month, or the month's last day when it is shorter
    (31 January + 1 month = 28 or 29 February); past the calendar's end,
    its last day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    if year > date.max.year:  # scored in 9999: current until the calendar ends
        return date.max
    if year < date.min.year:
        return date.min
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def is_stale(scored_on: date | None, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
    """Whether a scoring is stale on ``today``: no ``scored_on``, or
    ``scored_on`` + ``months`` calendar months (:func:`add_months`) is before
    ``today``.  Scored exactly ``months`` months ago is still current; a day
    later it is stale."""
    return scored_on is None or add_months(scored_on, months) < today


def _targets(tps: Sequence[Touchpoint]) -> Targets:
    order = {id(tp): i for i, tp in enumerate(tps)}
    judged = [tp for tp in tps if tp.score is not None and tp.target is not None]
    below = [tp for tp in judged if tp.score < tp.target]  # type: ignore[operator]
    below.sort(key=lambda tp: (-(tp.target - tp.score),  # type: ignore[operator]
                               -(tp.reach if tp.reach is not None else -1), order[id(tp)]))
    return Targets(len(judged), len(judged) - len(below), tuple(below))


def project_figures(journey: Journey) -> list[ProjectFigures]:
    """The map's projects by impact (given or derived) then cost."""
    from cxmap.model.journey import derive_impact

    out = []
    for p in journey.projects or ():
        impact = derive_impact(p, journey)
        is_open = p.status not in CLOSED
        out.append(ProjectFigures(p, impact, is_open and impact == "high" and p.cost == "low",
                                  is_open))
    out.sort(key=lambda f: (_LEVEL_RANK[f.impact], _COST_RANK.get(f.project.cost or "", 3)))
    return out


def _departments(journey: Journey, tps: Sequence[Touchpoint]) -> list[DepartmentGroup]:
    owned: dict[str, list[Touchpoint]] = {}
    for tp in tps:
        owned.setdefault(tp.owner or "", []).append(tp)
    if set(owned) <= {""}:
        return []   # nobody owns anything: no table of departments
    declared = {d.id: d for d in journey.departments or ()}
    keys = list(declared) + [k for k in owned if k and k not in declared]
    if "" in owned:
        keys.append("")
    out = []
    for key in keys:
        members = owned.get(key, [])
        if not members:
            continue
        dept = declared.get(key)
        g = Group.of(key, dept.name if dept else key, members)
        out.append(DepartmentGroup(g.id, g.name, g.touchpoints, g.mean, g.negative,
                                   ambassador=(dept.ambassador or "").strip() if dept else "",
                                   declared=dept is not None))
    return out


def branch_paths(journey: Journey) -> dict[str, list[Touchpoint]]:
    """Each branch's path on the journey graph (:func:`cxmap.graph.branch_paths`),
    as touchpoints in journey order; empty without branches."""
    if not journey.branches:
        return {}
    from cxmap.graph.journey import branch_paths as paths

    by_id = {tp.id: tp for tp in journey.touchpoints}
    return {b: [by_id[t] for t in path] for b, path in paths(journey).items()}


def journey_metrics(journey: Journey) -> JourneyMetrics:
    """Every figure of a valid journey map."""
    tps = journey.touchpoints
    stage_of = {tp.id: stage.name for stage, tp in journey.iter_touchpoints()}
    stages = tuple(Group.of(s.id, s.name, s.touchpoints) for s in journey.stages)
    paths = branch_paths(journey)
    branches = tuple(Group.of(b.id, b.name, paths[b.id]) for b in journey.branches or ())
    pillars = []
    for pillar in PILLAR_LAYERS:
        members = [tp for tp in tps if tp.pillars and pillar in tp.pillars]
        if members:
            pillars.append(Group.of(pillar, pillar, members))
    pain = rank_pain_points(tps)
    return JourneyMetrics(
        overall=Mean.of(tps), distribution=Distribution.of(tps), stages=stages,
        branches=branches, departments=tuple(_departments(journey, tps)),
        pillars=tuple(pillars), pain_points=tuple(pain),
        key_moments=tuple(tp for tp in tps if tp.moment_of_truth or tp.customer_effort),
        targets=_targets(tps), projects=tuple(project_figures(journey)),
        debt=experience_debt(pain), debt_unmeasured=sum(1 for tp in pain if tp.reach is None),
        stage_of=stage_of)


__all__ = ["CLOSED", "COMMITTED", "MOT_WEIGHT", "PILLAR_LAYERS", "SCORES", "STALE_AFTER_MONTHS",
           "UNKNOWN_REACH", "DepartmentGroup", "Distribution", "Group", "JourneyMetrics",
           "Mean", "ProjectFigures", "Targets", "add_months", "branch_paths", "debt_of",
           "experience_debt", "is_stale", "journey_metrics", "pain_key", "project_figures",
           "rank_pain_points"]
