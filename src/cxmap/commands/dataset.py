"""``cxmap dataset``: the maps of one or more paths -> Parquet tables for a warehouse.

find the maps as ``validate`` does -> check each (every rule, each map's
configuration) -> when all are valid, the tables (and with ``history`` every
committed version's scores, read through one ``git cat-file`` process per
repository) -> the whole folder replaced at once.

Returns data and never prints; raises :class:`DatasetError` for a problem of
the command line or the output folder, :class:`MissingExtra` when pyarrow is
not installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cxmap.checks.config import ConfigFinder
from cxmap.checks.rules.stale_scoring import configured_months
from cxmap.commands.load import load_bytes, load_map
from cxmap.diagnostics import Diagnostic
from cxmap.i18n import Language, t
from cxmap.load.discover import discover
from cxmap.outputs.dataset import (
    HISTORY_TABLE,
    DatasetMap,
    ScoreRow,
    dataset_files,
    file_names,
)
from cxmap.results import LoadedMap, ValidationRun
from cxmap.util.folders import FolderRefused


class DatasetError(Exception):
    """A usage problem: no maps found, an output folder that is not a dataset's."""


class MissingExtra(DatasetError):
    """pyarrow, which writes Parquet, is not installed."""


@dataclass
class HistoryCount:
    """What ``--history`` read: commits read from git, and kept from the folder."""

    read: int = 0
    kept: int = 0


@dataclass
class DatasetRun:
    """The validation of every map, and what was written (nothing when a map
    is invalid)."""

    run: ValidationRun
    repo: str = ""
    written: list[str] = field(default_factory=list)
    touchpoints: int = 0
    history: HistoryCount | None = None

    @property
    def failed(self) -> bool:
        return self.run.errors > 0


def dataset(paths: list[str], out_dir: str | Path, *, repo: str | None = None,
            history: bool = False, config: str | None = None, no_config: bool = False,
            lang: Language = Language.EN) -> DatasetRun:
    """Write the maps ``paths`` designate as a dataset in ``out_dir``."""
    if str(out_dir) == "-":  # standard output for every other -o: never a folder named "-"
        raise DatasetError(t("dataset.stdout", lang))
    try:
        import pyarrow  # noqa: F401  (the Parquet writer; an optional extra)
    except ImportError:
        raise MissingExtra(t("dataset.missing_extra", lang)) from None
    from cxmap.util.folders import check_replaceable, replace_folder

    target = Path(out_dir)
    try:
        check_replaceable(target, file_names())
    except FolderRefused as exc:
        raise DatasetError(_refused(exc, out_dir, lang)) from None
    finder = ConfigFinder(config, no_config=no_config)
    found = discover(paths)
    run = ValidationRun(skipped=found.skipped, missing=found.missing)
    for name, reason in found.unreadable:
        run.maps.append(LoadedMap(name, [Diagnostic(name, 1, 1, "CX003", reason)]))
    loaded = []
    for mf in found.files:
        one = load_map(mf.path, mf.display, finder=finder)
        run.maps.append(one)
        loaded.append((mf.path, one, configured_months(finder.for_map(mf.path))))
    result = DatasetRun(run)
    if run.missing or result.failed:
        return result
    if not run.maps:
        raise DatasetError(t("dataset.no_maps", lang, paths=", ".join(paths)))
    result.repo = repo or default_repo_name(Path(paths[0]))
    maps = []
    tops: dict[Path, Path | None] = {}
    for path, one, months in loaded:
        assert one.journey is not None  # no errors: every map has its model
        maps.append(DatasetMap(result.repo, _map_path(path, tops), one.journey, months))
    result.touchpoints = sum(len(m.journey.touchpoints) for m in maps)
    rows = None
    if history:
        result.history = HistoryCount()
        previous = _previous_history(target, result.repo)
        rows = []
        for (path, _, _), m in zip(loaded, maps, strict=True):
            rows.extend(_score_history(path, m.path, result.repo, previous, result.history))
    files = dataset_files(maps, rows)
    try:
        replace_folder(target, files, file_names())
    except FolderRefused as exc:  # the folder changed while the maps were read
        raise DatasetError(_refused(exc, out_dir, lang)) from None
    result.written = sorted(files)
    return result


def _refused(exc: FolderRefused, out_dir: str | Path, lang: Language) -> str:
    """Why the output folder was refused, in words."""
    from cxmap.i18n import os_reason

    if exc.kind == "system" and exc.error is not None:
        reason = os_reason(exc.error, lang)
    elif exc.kind == "foreign":
        reason = t("dataset.foreign_files", lang, files=exc.files)
    else:
        reason = t("dataset.not_folder", lang)
    return t("dataset.not_a_dataset", lang, path=str(out_dir), reason=reason)


# ----------------------------------------------------------------------------- names
_REMOTE_NAME = re.compile(r"([^/:\\]+?)(?:\.git)?/*$")


def default_repo_name(path: Path) -> str:
    """The name of the git remote ``origin`` of the repository holding
    ``path`` (``git@host:team/cx-maps.git`` -> ``cx-maps``), else the name of
    that repository's top folder, else of the folder itself."""
    from cxmap.load.git import SourceError, origin_url, repository

    folder = path.resolve() if path.is_dir() else path.resolve().parent
    try:
        repo = repository(folder)
    except SourceError:
        return folder.name or "maps"
    url = origin_url(repo)
    found = _REMOTE_NAME.search(url) if url else None
    return found.group(1) if found else (repo.top.name or folder.name or "maps")


def _map_path(file: Path, tops: dict[Path, Path | None]) -> str:
    """A map's ``path`` column: relative to its repository's top folder, so it
    is the same on every clone; outside git, as the command was given it.
    ``tops``: each folder's repository top, asked of git once per folder."""
    from cxmap.load.git import SourceError, repository

    folder = file.resolve().parent
    if folder not in tops:
        try:
            tops[folder] = repository(folder).top.resolve()
        except SourceError:
            tops[folder] = None
    top = tops[folder]
    if top is not None and folder.is_relative_to(top):
        return file.resolve().relative_to(top).as_posix()
    return file.as_posix()


# ----------------------------------------------------------------------------- history
#: (path, commit) -> the rows of that version, from the folder's earlier history
Previous = dict[tuple[str, str], list[ScoreRow]]


def _previous_history(folder: Path, repo: str) -> Previous:
    """The score history the folder holds already for this repository (an
    unreadable or foreign table counts as none: everything is read again)."""
    import pyarrow.parquet as pq

    found: Previous = {}
    try:
        rows = pq.read_table(folder / f"{HISTORY_TABLE}.parquet").to_pylist()
    except (OSError, ValueError):
        return found
    for r in rows:
        if r.get("repo") != repo:
            continue
        try:
            row = ScoreRow(r["repo"], r["path"], r["journey_id"], r["touchpoint_id"],
                           r["commit"], r["committed_at"], r["score"], r["scored_on"])
        except KeyError:
            return {}
        found.setdefault((row.path, row.commit), []).append(row)
    return found


def _score_history(file: Path, rel: str, repo: str, previous: Previous,
                   count: HistoryCount) -> list[ScoreRow]:
    """One row per touchpoint and committed version of the map; versions the
    folder holds already are taken from it, the others read from git."""
    from cxmap.load.git import BlobReader, SourceError, file_history

    try:
        git_repo, commits = file_history(file)
    except SourceError:
        return []   # not in git: no history
    rows: list[ScoreRow] = []
    todo = []
    for commit in commits:
        if commit.deleted:
            continue
        kept = previous.get((rel, commit.sha))
        if kept is not None:
            rows.extend(kept)
            count.kept += 1
        elif commit.mode.startswith("100"):
            todo.append(commit)
    if not todo:
        return rows
    with BlobReader(git_repo) as blobs:
        for commit in todo:
            count.read += 1
            try:
                raw = blobs.read(commit.blob)
            except SourceError:  # a version bigger than a map may be: never read
                continue
            if raw is None:
                continue
            journey = load_bytes(raw, commit.path).journey
            if journey is None:  # a version that did not validate has no scores to trust
                continue
            when = datetime.fromisoformat(commit.date)
            rows.extend(ScoreRow(repo, rel, journey.id, tp.id, commit.sha, when, tp.score,
                                 journey.scored_on) for tp in journey.touchpoints)
    return rows
