"""``cxmap history``: every touchpoint's score in every research wave of a map.

The waves come from git: every commit that touched the map file (``git log
--follow``, so renames of the file are followed), each revision read as bytes
and checked with :func:`cxmap.api.load_bytes`.

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
from pathlib import Path

from cxmap.api import LoadedMap, load_bytes
from cxmap.diagnostics import Diagnostic
from cxmap.load.git import BlobReader, Commit, MissingFile, commit_tags, file_history
from cxmap.model.journey import Journey
from cxmap.util.text import display_name


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
        last = next(w[tp_id] for w in reversed(per_wave) if tp_id in w)
        rows.append(TouchpointHistory(tp_id, last[1].name, last[0].id, tuple(present),
                                      tuple(scores), _trend(present, scores)))
    title = columns[-1][1].title if columns else ""
    return History(file, tuple(w for w, _ in columns), tuple(rows), skipped or [], title,
                   warnings)


def _revision(blobs: BlobReader, commit: Commit) -> bytes | str:
    """The map's bytes in ``commit``, or why there are none (a symbolic link, a
    submodule, an object missing from the repository)."""
    if commit.mode == "120000":
        return "a symbolic link in this revision, not a map file"
    if commit.mode and not commit.mode.startswith("100"):
        return f"not a file in this revision (mode {commit.mode})"
    raw = blobs.read(commit.blob)
    if raw is None:
        return f"cannot read this revision from git (object {commit.blob[:10] or '?'} missing)"
    return raw


def file_waves(path: str | Path, include_worktree: bool = True) -> History:
    """The history of one map file in git (raises ``SourceError`` on git problems)."""
    file = Path(path)
    from cxmap.util.files import kind_of

    kind = kind_of(file)
    if kind == "missing" and kind_of(file.parent) == "missing":
        raise MissingFile(f"path {str(path)!r} does not exist")
    if kind == "dir":
        raise MissingFile(f"{str(path)!r} is a directory; history follows one map file")
    repo, commits = file_history(file)
    tags = commit_tags(repo) if commits else {}
    revisions: list[tuple[Wave, Journey]] = []
    skipped: list[LoadedMap] = []
    last_raw: bytes | None = None
    with BlobReader(repo) as blobs:  # one git process for every revision
        read = [(c, None if c.deleted else _revision(blobs, c)) for c in reversed(commits)]
    for commit, raw in read:
        if commit.deleted:
            continue
        spec = display_name(f"{commit.sha[:10]}:{commit.path}")
        if isinstance(raw, str):  # a revision git could not give as a file
            skipped.append(LoadedMap(spec, [Diagnostic(spec, 1, 1, "CX003", raw)]))
            continue
        assert raw is not None
        last_raw = raw
        loaded = load_bytes(raw, spec)
        if loaded.journey is None or loaded.errors:
            skipped.append(loaded)
            continue
        scored = loaded.journey.scored_on.isoformat() if loaded.journey.scored_on else None
        revisions.append((Wave(scored or commit.date[:10], scored, commit.sha, commit.date,
                               commit.subject, commit.path,
                               tag=tags.get(commit.sha)), loaded.journey))
    if include_worktree and kind != "missing":
        from cxmap.util.files import UnreadableMap, read_map_bytes

        try:
            raw = read_map_bytes(file)
        except UnreadableMap as exc:
            raise MissingFile(f"{str(path)!r}: {exc}") from None
        if raw != last_raw:
            loaded = load_bytes(raw, str(path))
            if loaded.journey is None or loaded.errors:
                skipped.append(loaded)
            else:
                scored = (loaded.journey.scored_on.isoformat()
                          if loaded.journey.scored_on else None)
                # Same scoredOn as a committed wave: it replaces that wave (build()).
                label = scored or "(uncommitted)"
                revisions.append((Wave(label, scored, None, "", "uncommitted changes",
                                       str(path)), loaded.journey))
    if not revisions and not skipped:
        raise MissingFile(f"{str(path)!r} has no history in git and no working copy")
    return build(str(path), revisions, skipped)
