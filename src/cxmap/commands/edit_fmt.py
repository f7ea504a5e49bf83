"""``cxmap fmt``: rewrite maps in canonical layout, or check that they are.

Each file: read -> validate (a file with errors is never touched) -> format
(:mod:`cxmap.edit.fmt`, which refuses rather than lose a comment or a value)
-> validate the result -> write atomically, keeping the mode, through a
symlink.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.i18n import Language, os_reason, t

if TYPE_CHECKING:
    from cxmap.results import LoadedMap


class FmtStatus(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"  # reformatted (or would be, with --check / --diff)
    INVALID = "invalid"  # errors: see ``loaded``
    FAILED = "failed"  # not formatted: see ``message``


@dataclass
class FmtFile:
    display: str
    status: FmtStatus
    loaded: LoadedMap | None = None
    message: str = ""
    diff: str = ""


@dataclass
class FmtRun:
    files: list[FmtFile] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def count(self, status: FmtStatus) -> int:
        return sum(f.status is status for f in self.files)


def unified_diff(old: bytes, new: bytes, name: str) -> str:
    a = old.decode("utf-8", "replace").splitlines(keepends=True)
    b = new.decode("utf-8", "replace").splitlines(keepends=True)
    shown = name.lstrip("/")
    lines = list(difflib.unified_diff(a, b, f"a/{shown}", f"b/{shown}"))
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _same_verdict(before: bytes, after: bytes, display: str) -> bool:
    """Whether ``validate`` says the same of both texts: the same problems
    (code and severity) with every rule on, suppressions applied."""
    from collections import Counter

    from cxmap.checks.settings import RuleSettings
    from cxmap.commands.load import load_bytes

    def verdict(raw: bytes) -> Counter[tuple[str, str]]:
        loaded = load_bytes(raw, display, settings=RuleSettings())
        return Counter((d.code, str(d.severity)) for d in loaded.diagnostics)

    return verdict(before) == verdict(after)


def fmt_file(path: Path, display: str, *, write: bool, want_diff: bool,
             lang: Language) -> FmtFile:
    """Format one file; when writing, while holding its lock (one rewrite at a time)."""
    from cxmap.util.files import EditConflict, editing

    if not write:
        return _fmt_file(path, display, write=write, want_diff=want_diff, lang=lang)
    try:
        with editing(path):
            return _fmt_file(path, display, write=write, want_diff=want_diff, lang=lang)
    except EditConflict as exc:
        return FmtFile(display, FmtStatus.FAILED, message=str(exc))


def _fmt_file(path: Path, display: str, *, write: bool, want_diff: bool,
              lang: Language) -> FmtFile:
    from cxmap.commands.load import load_bytes
    from cxmap.edit.fmt import FormatProblem, Formatted, format_bytes
    from cxmap.edit.patch import PatchError
    from cxmap.util.files import EditConflict, UnreadableMap, read_map_bytes, write_atomic

    try:
        raw = read_map_bytes(path)
    except UnreadableMap as exc:
        return FmtFile(display, FmtStatus.FAILED,
                       message=t("edit.cannot_read", lang, path=display, reason=exc))
    loaded = load_bytes(raw, display)
    if loaded.errors or loaded.journey is None:
        return FmtFile(display, FmtStatus.INVALID, loaded)
    try:
        formatted = format_bytes(raw)
    except (FormatProblem, PatchError) as exc:
        if getattr(exc, "what", "") == "separators":
            return FmtFile(display, FmtStatus.FAILED, loaded,
                           t("edit.fmt_separators", lang, path=display))
        what = {"comments": t("edit.fmt_what_comments", lang),
                "values": t("edit.fmt_what_values", lang)}.get(getattr(exc, "what", ""))
        if what:
            message = t("edit.fmt_lost", lang, path=display, what=what)
        else:  # the map's layout (FormatProblem "layout") or a value not plain text
            reason = (exc.text(lang) if isinstance(exc, PatchError)
                      else t(f"edit.fmt_{exc.what}", lang))
            message = t("edit.fmt_unsupported", lang, path=display, reason=reason)
        return FmtFile(display, FmtStatus.FAILED, loaded, message)
    if not formatted.changed:
        return FmtFile(display, FmtStatus.UNCHANGED, loaded)
    if b"disable" in raw and not _same_verdict(raw, formatted.text, display):
        # an end-of-line suppression on a list item's first line: try it on the
        # item's new first line; never change what a suppression silences
        try:
            formatted = format_bytes(raw, item_comment_stays=True)
        except (FormatProblem, PatchError):
            formatted = Formatted(raw, True)
        if not _same_verdict(raw, formatted.text, display):
            return FmtFile(display, FmtStatus.FAILED, loaded,
                           t("edit.fmt_lost", lang, path=display,
                             what=t("edit.fmt_what_suppressions", lang)))
    after = load_bytes(formatted.text, display)
    if after.errors or after.journey != loaded.journey:
        return FmtFile(display, FmtStatus.FAILED, loaded,
                       t("edit.fmt_lost", lang, path=display,
                         what=t("edit.fmt_what_values", lang)))
    result = FmtFile(display, FmtStatus.CHANGED, loaded)
    if want_diff:
        result.diff = unified_diff(raw, formatted.text, display)
    if write:
        try:
            write_atomic(Path(os.path.realpath(path)), formatted.text, expect=raw)
        except EditConflict as exc:
            result.status = FmtStatus.FAILED
            result.message = str(exc)
        except OSError as exc:
            result.status = FmtStatus.FAILED
            result.message = t("edit.cannot_write", lang, path=display,
                               reason=os_reason(exc, lang))
    return result


def fmt_paths(paths: list[str], *, check: bool = False, diff: bool = False,
              lang: Language = Language.EN, maps_only: bool = False) -> FmtRun:
    """Format every map the paths designate (discovered as ``validate`` does;
    ``maps_only``: files named that are not maps are skipped, for pre-commit)."""
    from cxmap.load.discover import discover

    found = discover(paths, only_maps=maps_only)
    run = FmtRun(missing=list(found.missing))
    for mf in found.files:
        run.files.append(fmt_file(mf.path, mf.display, write=not (check or diff),
                                  want_diff=diff, lang=lang))
    return run
