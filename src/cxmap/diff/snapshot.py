"""What the comparison reads of a map, as plain data that crosses processes cheaply.

``cxmap diff`` loads OLD in a second process.  Sending the whole pydantic
model back (pickle) cost ~0.2 s for a 10,000-touchpoint map; the comparison
needs only ids, names, stages, branches, projects and each touchpoint's field
values, which :mod:`marshal` moves in ~0.05 s.  :func:`snapshot` packs a
:class:`Journey`; :func:`journey_view` unpacks it into light objects with the
same attributes, which :func:`cxmap.diff.compare.compare` accepts like models
(a test holds both to the same :class:`MapDiff`).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cxmap.model.journey import Journey


class TouchpointLike(Protocol):
    """The touchpoint attributes the comparison reads."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def score(self) -> int | None: ...
    @property
    def target(self) -> int | None: ...
    @property
    def branch_ids(self) -> tuple[str, ...] | None: ...


class StageLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def touchpoints(self) -> Sequence[TouchpointLike]: ...


class BranchLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


class ProjectLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> str | None: ...


class JourneyLike(Protocol):
    """The map attributes the comparison reads (a :class:`Journey` has them all)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def scored_on(self) -> date | None: ...
    @property
    def stages(self) -> Sequence[StageLike]: ...
    @property
    def branches(self) -> Sequence[BranchLike] | None: ...
    @property
    def projects(self) -> Sequence[ProjectLike] | None: ...

    def iter_touchpoints(self) -> Iterator[tuple[Any, Any]]: ...


class _TouchpointView:
    """A touchpoint from a snapshot: its fields (python names) as attributes."""

    id: str
    name: str
    score: int | None
    target: int | None
    branches: list[str] | None
    branch: str | None

    @property
    def branch_ids(self) -> tuple[str, ...] | None:  # as Touchpoint.branch_ids
        if self.branches is not None:
            return tuple(self.branches)
        if self.branch is not None:
            return (self.branch,)
        return None


def _touchpoint(fields: dict[str, Any]) -> _TouchpointView:
    view = _TouchpointView.__new__(_TouchpointView)
    view.__dict__ = fields
    return view


class _Named:
    __slots__ = ("id", "name")

    def __init__(self, id: str, name: str) -> None:
        self.id, self.name = id, name


class _StageView:
    __slots__ = ("id", "name", "touchpoints")

    def __init__(self, id: str, name: str,
                 touchpoints: list[_TouchpointView]) -> None:
        self.id, self.name, self.touchpoints = id, name, touchpoints


class _ProjectView:
    __slots__ = ("id", "status", "title")

    def __init__(self, id: str, title: str, status: str | None) -> None:
        self.id, self.title, self.status = id, title, status


class JourneyView:
    """A map unpacked from a snapshot, with the attributes compare() reads."""

    def __init__(self, data: tuple[Any, ...]) -> None:
        jid, title, scored_on, stages, branches, projects = data
        self.id: str = jid
        self.title: str = title
        self.scored_on = date.fromisoformat(scored_on) if scored_on else None
        self.stages = [_StageView(sid, name, [_touchpoint(tp) for tp in tps])
                       for sid, name, tps in stages]
        self.branches = None if branches is None else [_Named(*b) for b in branches]
        self.projects = None if projects is None else [_ProjectView(*p) for p in projects]

    def iter_touchpoints(self) -> Iterator[tuple[_StageView, _TouchpointView]]:
        for stage in self.stages:
            for tp in stage.touchpoints:
                yield stage, tp


def snapshot(journey: Journey) -> bytes:
    """What compare() reads of ``journey``, packed with marshal."""
    return marshal.dumps((
        journey.id, journey.title,
        journey.scored_on.isoformat() if journey.scored_on else None,
        [(s.id, s.name, [tp.__dict__ for tp in s.touchpoints]) for s in journey.stages],
        None if journey.branches is None else [(b.id, b.name) for b in journey.branches],
        None if journey.projects is None else [(p.id, p.title, p.status)
                                               for p in journey.projects],
    ))


def journey_view(packed: bytes) -> JourneyView:
    """The map :func:`snapshot` packed, ready for compare()."""
    return JourneyView(marshal.loads(packed))
