"""``cxmap history``: every touchpoint's score in every research wave of a map.

The waves come from git: every commit that touched the map file (``git log
--follow``, so renames of the file are followed), each revision read as bytes
and checked (the reading is :mod:`cxmap.commands.history`'s; this module
builds the waves from the revisions).

* A wave is identified by the map's ``scoredOn`` date; a revision without
  ``scoredOn`` is identified by its commit date (``YYYY-MM-DD``).  Several
  commits of one wave (typo fixes, late scores) collapse into one column: the
  newest commit of the wave wins.  A wave is *labelled* by a git tag on one
  of its commits when there is one (e.g. ``fala-2024``).
* A commit that changes a score already given while ``scoredOn`` stays the
  same is not merged silently: it gets a column of its own and a warning
  (:attr:`History.warnings`) - probably a new wave whose ``scoredOn`` was not
  updated.
* A revision that is not a valid map is left out of the columns and listed in
  :attr:`History.skipped`.
* Uncommitted changes in the working copy count as the newest revision: a new
  ``scoredOn`` adds a column "(uncommitted)", the same ``scoredOn`` replaces the
  newest column.
* The trend of a touchpoint compares its last two scores: ``up``, ``down`` or
  ``flat``; ``new`` when it exists only in the newest wave, ``gone`` when it is
  no longer in the newest wave, ``none`` when it has fewer than two scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from cxmap.model.journey import Journey, Touchpoint
from cxmap.results import LoadedMap

if TYPE_CHECKING:
    from cxmap.metrics.survey import Change as SurveyChange
    from cxmap.metrics.survey import Estimate


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"
    NEW = "new"
    GONE = "gone"
    NONE = "none"


TREND_MARKS: dict[Trend, str] = {
    Trend.UP: "↑", Trend.DOWN: "↓", Trend.FLAT: "→",
    Trend.NEW: "new", Trend.GONE: "gone", Trend.NONE: "·",
}


@dataclass(frozen=True, slots=True)
class Wave:
    """One column: one research wave (the newest revision of it)."""

    label: str            # scoredOn, or the commit date
    scored_on: str | None
    commit: str | None    # None for the working copy
    date: str             # committer date (ISO 8601), "" for the working copy
    subject: str
    path: str             # the file's path in that revision
    commits: int = 1      # how many commits of this wave were collapsed
    tag: str | None = None  # a git tag on one of the wave's commits
    mean: float | None = None  # mean score of the wave (unscored touchpoints left out)

    @property
    def name(self) -> str:
        """The column's name: the git tag when there is one, else the label."""
        return self.tag or self.label


@dataclass(frozen=True, slots=True)
class Rescored:
    """Scores changed in ``commit`` while ``scoredOn`` stayed ``scored_on``."""

    commit: str
    subject: str
    scored_on: str
    touchpoints: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TouchpointHistory:
    id: str
    name: str
    stage: str
    present: tuple[bool, ...]
    scores: tuple[int | None, ...]
    trend: Trend
    #: each wave's survey figures (``None``: no survey block in that wave)
    surveys: tuple[Estimate | None, ...] = ()

    @property
    def survey_change(self) -> SurveyChange | None:
        """The change of the net balance between the last two surveyed waves."""
        from cxmap.metrics.survey import compare

        found = [s for s, p in zip(self.surveys, self.present, strict=False) if p and s]
        return compare(found[-2], found[-1]) if len(found) >= 2 else None

    @property
    def change(self) -> int | None:
        """Last score minus first score (over the waves where it was scored)."""
        vals = [s for s in self.scores if s is not None]
        return vals[-1] - vals[0] if len(vals) >= 2 else None


@dataclass
class History:
    file: str
    waves: tuple[Wave, ...]
    touchpoints: tuple[TouchpointHistory, ...]
    skipped: list[LoadedMap] = field(default_factory=list)  # invalid revisions
    title: str = ""
    warnings: list[Rescored] = field(default_factory=list)


def _trend(present: list[bool], scores: list[int | None]) -> Trend:
    if not present[-1]:
        return Trend.GONE
    if len(present) > 1 and not any(present[:-1]):
        return Trend.NEW
    vals = [s for s, p in zip(scores, present, strict=True) if p and s is not None]
    if len(vals) < 2:
        return Trend.NONE
    if vals[-1] > vals[-2]:
        return Trend.UP
    if vals[-1] < vals[-2]:
        return Trend.DOWN
    return Trend.FLAT


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the history keeps of one revision: per touchpoint (in journey
    order) its stage id, name, score and survey figures; the title and the
    mean score.  A 5,000-touchpoint map checked into a model is megabytes; 300
    revisions of it held as models took 1.5 GB, as snapshots a fraction."""

    title: str
    mean: float | None
    #: touchpoint id -> (stage id, name, score, survey estimate)
    touchpoints: dict[str, tuple[str, str, int | None, Estimate | None]]

    @classmethod
    def of(cls, journey: Journey) -> Snapshot:
        shared = _SHARED  # ids and names repeat in every revision: one copy each
        tps: dict[str, tuple[str, str, int | None, Estimate | None]] = {}
        for stage, tp in journey.iter_touchpoints():
            ident = shared.setdefault(tp.id, tp.id)
            tps.setdefault(ident, (shared.setdefault(stage.id, stage.id),
                                   shared.setdefault(tp.name, tp.name), tp.score,
                                   _estimate(tp)))
        return cls(journey.title, _mean(journey), tps)


#: one copy of each id and name across the snapshots of a history
_SHARED: dict[str, str] = {}


def _rescored(old: Snapshot, new: Snapshot) -> tuple[str, ...]:
    """Touchpoints whose score was given in ``old`` and differs in ``new``."""
    before = {i: t[2] for i, t in old.touchpoints.items() if t[2] is not None}
    return tuple(i for i, t in new.touchpoints.items()
                 if i in before and t[2] is not None and t[2] != before[i])


def _estimate(tp: Touchpoint) -> Estimate | None:
    if tp.survey is None:
        return None
    from cxmap.metrics.survey import estimate

    return estimate(tp.survey.responses, tp.survey.positive, tp.survey.negative)


def _mean(journey: Journey) -> float | None:
    from cxmap.metrics import Mean

    return Mean.of(journey.touchpoints).value


def build(file: str, revisions: Sequence[tuple[Wave, Journey | Snapshot]],
          skipped: list[LoadedMap] | None = None) -> History:
    """Group revisions (oldest first) into waves and tabulate the scores
    (each revision a model or, to hold many, its :class:`Snapshot`)."""
    waves: dict[str, tuple[Wave, Snapshot]] = {}
    latest: dict[str, str] = {}  # scoredOn (or date) -> the key of its newest column
    warnings: list[Rescored] = []
    for wave, given in revisions:
        journey = given if isinstance(given, Snapshot) else Snapshot.of(given)
        key = latest.get(wave.label)
        if key is None:
            waves[wave.label] = (wave, journey)
            latest[wave.label] = wave.label
            continue
        old = waves[key][0]
        changed = _rescored(waves[key][1], journey) if wave.commit is not None else ()
        if changed and wave.commit is not None:  # same scoredOn, other scores: apart
            warnings.append(Rescored(wave.commit, wave.subject, wave.label, changed))
            key = latest[wave.label] = f"{wave.label} ({wave.commit[:7]})"
            waves[key] = (Wave(key, wave.scored_on, wave.commit, wave.date, wave.subject,
                               wave.path, 1, wave.tag), journey)
            continue
        waves[key] = (Wave(old.label, wave.scored_on, wave.commit, wave.date, wave.subject,
                           wave.path, old.commits + 1, wave.tag or old.tag), journey)
    columns = [(Wave(w.label, w.scored_on, w.commit, w.date, w.subject, w.path, w.commits,
                     w.tag, j.mean), j) for w, j in waves.values()]

    order: dict[str, None] = {}
    for _, snapshot in reversed(columns):
        for tp_id in snapshot.touchpoints:
            order.setdefault(tp_id, None)
    per_wave = [j.touchpoints for _, j in columns]

    rows = []
    for tp_id in order:
        present = [tp_id in w for w in per_wave]
        scores = [w[tp_id][2] if tp_id in w else None for w in per_wave]
        surveys = [w[tp_id][3] if tp_id in w else None for w in per_wave]
        last = next(w[tp_id] for w in reversed(per_wave) if tp_id in w)
        rows.append(TouchpointHistory(tp_id, last[1], last[0], tuple(present),
                                      tuple(scores), _trend(present, scores), tuple(surveys)))
    title = columns[-1][1].title if columns else ""
    return History(file, tuple(w for w, _ in columns), tuple(rows), skipped or [], title,
                   warnings)
