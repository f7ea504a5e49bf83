"""``cxmap history``: a map's git revisions -> load and check each -> one table of waves.

Git problems raise :class:`cxmap.load.git.SourceError`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import NoReturn

from cxmap.commands.load import load_bytes
from cxmap.diagnostics import Diagnostic
from cxmap.diff.history import History, Snapshot, Wave, build
from cxmap.i18n import Language, resolve_language, t
from cxmap.load.git import (
    BlobReader,
    Commit,
    MissingFile,
    TooBig,
    commit_tags,
    file_history,
)
from cxmap.outputs.formats import HistoryFormat
from cxmap.results import LoadedMap
from cxmap.util.text import display_name


def _say(key: str, **params: object) -> str:
    return t(f"git.{key}", resolve_language(), **params)


def history(map_file: str | Path, fmt: HistoryFormat = HistoryFormat.TEXT, *,
            worktree: bool = True, color: bool = False, width: int = 120,
            lang: Language = Language.EN, timeout: float | None = None) -> str:
    """Every touchpoint's score in every research wave of ``map_file``, formatted
    (``timeout``: :class:`~cxmap.commands.arguments.RunFailed` after so many
    seconds of reading revisions)."""
    from cxmap.outputs.history import format_history

    hist = file_waves(map_file, include_worktree=worktree, timeout=timeout)
    return format_history(hist, fmt, color=color and fmt is HistoryFormat.TEXT, width=width,
                          lang=lang)


def _timed_out(timeout: float | None, done: int, total: int) -> NoReturn:
    from cxmap.commands.arguments import RunFailed
    from cxmap.i18n import resolve_language, t

    raise RunFailed(t("safety.history_timeout", resolve_language(), seconds=timeout,
                      done=done, total=total))


def _revision(blobs: BlobReader, commit: Commit) -> bytes | str:
    """The map's bytes in ``commit``, or why there are none (a symbolic link, a
    submodule, an object missing from the repository)."""
    if commit.mode == "120000":
        return _say("revision_link")
    if commit.mode and not commit.mode.startswith("100"):
        return _say("revision_not_file", mode=commit.mode)
    try:
        raw = blobs.read(commit.blob)
    except TooBig as exc:  # never read: git said the size first
        return str(exc)
    if raw is None:
        return _say("blob_missing", blob=commit.blob[:10] or "?")
    return raw


def file_waves(path: str | Path, include_worktree: bool = True,
               timeout: float | None = None) -> History:
    """The history of one map file in git (raises ``SourceError`` on git problems,
    :class:`~cxmap.commands.arguments.RunFailed` after ``timeout`` seconds).

    Revisions are read one at a time, each loaded and dropped before the next
    (300 revisions of a 5,000-touchpoint map are 450 MB of text)."""
    file = Path(path)
    from cxmap.util.files import kind_of

    kind = kind_of(file)
    if kind == "missing" and kind_of(file.parent) == "missing":
        raise MissingFile(_say("path_missing", path=str(path)))
    if kind == "dir":
        raise MissingFile(_say("history_directory", path=str(path)))
    repo, commits = file_history(file)
    tags = commit_tags(repo) if commits else {}
    revisions: list[tuple[Wave, Snapshot]] = []  # snapshots: small, not models
    skipped: list[LoadedMap] = []
    last_raw: bytes | None = None
    deadline = None if timeout is None else time.monotonic() + timeout
    with BlobReader(repo) as blobs:  # one git process for every revision
        for done, commit in enumerate(reversed(commits)):
            if deadline is not None and time.monotonic() > deadline:
                _timed_out(timeout, done, len(commits))
            if commit.deleted:
                continue
            spec = display_name(f"{commit.sha[:10]}:{commit.path}")
            raw = _revision(blobs, commit)
            if isinstance(raw, str):  # a revision git could not give as a file
                skipped.append(LoadedMap(spec, [Diagnostic(spec, 1, 1, "CX003", raw)]))
                continue
            last_raw = raw
            loaded = load_bytes(raw, spec)
            if loaded.journey is None or loaded.errors:
                skipped.append(loaded)
                continue
            scored = (loaded.journey.scored_on.isoformat() if loaded.journey.scored_on
                      else None)
            revisions.append((Wave(scored or commit.date[:10], scored, commit.sha,
                                   commit.date, commit.subject, commit.path,
                                   tag=tags.get(commit.sha)), Snapshot.of(loaded.journey)))
    if include_worktree and kind != "missing":
        from cxmap.util.files import UnreadableMap, read_map_bytes

        try:
            raw = read_map_bytes(file)
        except UnreadableMap as exc:
            raise MissingFile(_say("unreadable", path=str(path), reason=exc)) from None
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
                                       str(path)), Snapshot.of(loaded.journey)))
    if not revisions and not skipped:
        raise MissingFile(_say("no_history", path=str(path)))
    if not revisions:  # every revision skipped: an empty table would look like success
        from cxmap.commands.arguments import RunFailed

        raise RunFailed(_say("no_valid_revision", path=str(path), n=len(skipped),
                             newest=skipped[-1].file))
    return build(str(path), revisions, skipped)
