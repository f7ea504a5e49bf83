"""``cxmap diff``: two sources (file or git ``REV:PATH``) -> load and check -> compare -> format.

Git problems raise :class:`cxmap.load.git.SourceError`; an unknown ``--fail-on``
condition raises ``ValueError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cxmap.commands.load import load_bytes
from cxmap.diff.compare import MapDiff, compare
from cxmap.diff.gate import gate, parse_fail_on
from cxmap.i18n import Language, t
from cxmap.outputs.formats import DiffFormat
from cxmap.results import LoadedMap


@dataclass
class DiffRun:
    """Both sides as loaded, and their comparison when both are valid."""

    old: LoadedMap
    new: LoadedMap
    diff: MapDiff | None

    @property
    def maps(self) -> list[LoadedMap]:
        return [self.old, self.new]

    @property
    def ok(self) -> bool:
        return self.diff is not None


def load_source(arg: str, cwd: Path | None = None) -> LoadedMap:
    """Read and check one side: a file path or ``REV:PATH`` (shown as given)."""
    from cxmap.load.git import read_source

    return load_bytes(read_source(arg, cwd), arg)


def diff_sources(old: str, new: str, cwd: Path | None = None) -> DiffRun:
    """Load, validate and compare two maps (raises ``SourceError`` on git problems)."""
    old_map = load_source(old, cwd)
    new_map = load_source(new, cwd)
    if (old_map.journey is None or new_map.journey is None or old_map.errors
            or new_map.errors):
        return DiffRun(old_map, new_map, None)
    return DiffRun(old_map, new_map, compare(old_map.journey, new_map.journey, old, new))


@dataclass
class Diffed:
    """The run, its formatted comparison (``None`` when a side is invalid), and
    the ``--fail-on`` conditions that hold."""

    run: DiffRun
    output: str | None
    failed: list[str] = field(default_factory=list)


def diff(old: str, new: str, fmt: DiffFormat = DiffFormat.TEXT, *, cwd: Path | None = None,
         fail_on: str | None = None, show_all: bool = False, limit: int = 200,
         color: bool = False, width: int = 120, lang: Language = Language.EN) -> Diffed:
    """Compare two waves of a map and format the comparison.

    ``fail_on`` is checked before anything is read (``ValueError`` names an
    unknown condition).
    """
    from cxmap.outputs.diff import format_diff

    conditions = parse_fail_on(fail_on, lang) if fail_on else ()
    if cwd is not None:
        _check_folder(cwd, lang)
    run = diff_sources(old, new, cwd=cwd)
    if run.diff is None:
        return Diffed(run, None)
    output = format_diff(run.diff, fmt, color=color and fmt is DiffFormat.TEXT, width=width,
                         show_all=show_all, limit=limit, lang=lang)
    return Diffed(run, output, gate(run.diff, conditions))


def _check_folder(cwd: Path, lang: Language) -> None:
    """``--repo/-C DIR`` names a folder (else every side would be 'missing',
    or git asked in the folder above it)."""
    from cxmap.load.git import MissingFile
    from cxmap.util.files import kind_of

    kind = kind_of(cwd)
    if kind == "missing":
        raise MissingFile(t("git.repo_missing", lang, path=str(cwd)))
    if kind not in ("dir", "unknown"):  # unknown (cannot look): git will say why
        raise MissingFile(t("git.repo_not_folder", lang, path=str(cwd)))
