"""The numbers of many journeys at once (the portfolio report).

Language-free and pure, like :mod:`cxmap.metrics`:

* one row per journey: its metrics, and whether its scoring is stale
  (:func:`cxmap.metrics.is_stale`, with the months its configuration gives
  the ``stale-scoring`` rule);
* the worst moments: moments of truth and customer-effort points scored
  below 0 in any journey, ranked by reach (unknown reach last), then score;
* each department's load across journeys (departments are matched by name,
  so ``IT`` in two maps is one department);
* every open project on the impact x cost matrix, with its journey;
* pillar means over the touchpoints of every journey.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from cxmap.metrics import (
    PILLAR_LAYERS,
    STALE_AFTER_MONTHS,
    Group,
    JourneyMetrics,
    Mean,
    ProjectFigures,
    is_stale,
    journey_metrics,
)

if TYPE_CHECKING:
    from cxmap.model.journey import Journey, Touchpoint


@dataclass(frozen=True)
class JourneyRow:
    #: the map's file, as the report shows it
    file: str
    journey: Journey
    metrics: JourneyMetrics
    stale: bool
    #: the cutoff its scoring was judged by (calendar months)
    stale_months: int = STALE_AFTER_MONTHS


@dataclass(frozen=True)
class Moment:
    """A touchpoint of one journey."""

    row: JourneyRow
    touchpoint: Touchpoint


@dataclass(frozen=True)
class DepartmentLoad:
    name: str
    #: journeys in which the department owns touchpoints (their titles, in order)
    journeys: tuple[str, ...]
    owned: int
    negative: int
    #: ambassadors named for it (any journey)
    ambassadors: tuple[str, ...]


@dataclass(frozen=True)
class PortfolioProject:
    row: JourneyRow
    figures: ProjectFigures


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[JourneyRow, ...]
    overall: Mean
    negative: int
    debt: float
    worst: tuple[Moment, ...]
    departments: tuple[DepartmentLoad, ...]
    projects: tuple[PortfolioProject, ...]
    pillars: tuple[Group, ...]

    @property
    def stale(self) -> int:
        return sum(r.stale for r in self.rows)

    @property
    def stale_months(self) -> tuple[int, ...]:
        """The cutoffs the rows were judged by, each once, smallest first."""
        return tuple(sorted({r.stale_months for r in self.rows}))


@dataclass
class _Load:
    name: str
    journeys: list[str] = field(default_factory=list)
    owned: int = 0
    negative: int = 0
    ambassadors: list[str] = field(default_factory=list)


def _worst_key(m: Moment) -> tuple[float, int, int]:
    tp = m.touchpoint
    return (-(tp.reach if tp.reach is not None else -1.0), tp.score or 0,
            0 if tp.moment_of_truth else 1)


def portfolio_metrics(maps: Sequence[tuple[str, Journey]], today: date,
                      stale_months: Sequence[int] | None = None) -> Portfolio:
    """The figures of every journey in ``maps`` (file, journey), in that order;
    ``stale_months``: each map's cutoff for a stale scoring (default: the
    rule's default for every map)."""
    months = [STALE_AFTER_MONTHS] * len(maps) if stale_months is None else stale_months
    rows = tuple(JourneyRow(file, j, journey_metrics(j), is_stale(j.scored_on, today, n), n)
                 for (file, j), n in zip(maps, months, strict=True))
    every = [tp for r in rows for tp in r.journey.touchpoints]
    worst = [Moment(r, tp) for r in rows for tp in r.metrics.pain_points
             if tp.moment_of_truth or tp.customer_effort]
    worst.sort(key=_worst_key)

    loads: dict[str, _Load] = {}
    for r in rows:
        for d in r.metrics.departments:
            if not d.id:
                continue   # touchpoints without an owner
            load = loads.setdefault(d.name.strip().casefold(), _Load(d.name))
            load.journeys.append(r.journey.title)
            load.owned += len(d.touchpoints)
            load.negative += d.negative
            if d.ambassador and d.ambassador not in load.ambassadors:
                load.ambassadors.append(d.ambassador)
    departments = [DepartmentLoad(x.name, tuple(x.journeys), x.owned, x.negative,
                                  tuple(x.ambassadors)) for x in loads.values()]
    departments.sort(key=lambda d: (-d.negative, -d.owned))

    projects = [PortfolioProject(r, f) for r in rows for f in r.metrics.projects]
    pillars = []
    for pillar in PILLAR_LAYERS:
        members = [tp for tp in every if tp.pillars and pillar in tp.pillars]
        if members:
            pillars.append(Group.of(pillar, pillar, members))
    return Portfolio(rows, Mean.of(every), sum(r.metrics.distribution.negative for r in rows),
                     round(sum(r.metrics.debt for r in rows), 6), tuple(worst),
                     tuple(departments), tuple(projects), tuple(pillars))


__all__ = ["DepartmentLoad", "JourneyRow", "Moment", "Portfolio", "PortfolioProject",
           "portfolio_metrics"]
