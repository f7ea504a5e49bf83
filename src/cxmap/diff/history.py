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


def _rescored(old: Journey, new: Journey) -> tuple[str, ...]:
    """Touchpoints whose score was given in ``old`` and differs in ``new``."""
    before = {tp.id: tp.score for _, tp in old.iter_touchpoints() if tp.score is not None}
    return tuple(tp.id for _, tp in new.iter_touchpoints()
                 if tp.id in before and tp.score is not None and tp.score != before[tp.id])


def _estimate(tp: Touchpoint) -> Estimate | None:
    if tp.survey is None:
        return None
    from cxmap.metrics.survey import estimate

    return estimate(tp.survey.responses, tp.survey.positive, tp.survey.negative)


def _mean(journey: Journey) -> float | None:
    from cxmap.metrics import Mean

    return Mean.of(journey.touchpoints).value


def build(file: str, revisions: list[tuple[Wave, Journey]],
          skipped: list[LoadedMap] | None = None) -> History:
    """Group revisions (oldest first) into waves and tabulate the scores."""
    waves: dict[str, tuple[Wave, Journey]] = {}
    latest: dict[str, str] = {}  # scoredOn (or date) -> the key of its newest column
    warnings: list[Rescored] = []
    for wave, journey in revisions:
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
                     w.tag, _mean(j)), j) for w, j in waves.values()]

    order: dict[str, None] = {}
    for _, journey in reversed(columns):
        for _, tp in journey.iter_touchpoints():
            order.setdefault(tp.id, None)
    per_wave = [{tp.id: (st, tp) for st, tp in j.iter_touchpoints()} for _, j in columns]

    rows = []
    for tp_id in order:
        present = [tp_id in w for w in per_wave]
        scores = [w[tp_id][1].score if tp_id in w else None for w in per_wave]
        surveys = [_estimate(w[tp_id][1]) if tp_id in w else None for w in per_wave]
        last = next(w[tp_id] for w in reversed(per_wave) if tp_id in w)
        rows.append(TouchpointHistory(tp_id, last[1].name, last[0].id, tuple(present),
                                      tuple(scores), _trend(present, scores), tuple(surveys)))
    title = columns[-1][1].title if columns else ""
    return History(file, tuple(w for w, _ in columns), tuple(rows), skipped or [], title,
                   warnings)
