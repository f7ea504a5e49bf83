"""Which files a command reads: explicit files, and maps found in directories.

Per docs/format.md: a directory contributes every ``*.yaml``/``*.yml`` below it whose
top-level mapping has a ``cxmap`` key; ``*.cxmap.yaml``/``*.cxmap.yml`` files
are always taken (so a broken one is reported, never skipped); a file named
on the command line is always taken.

To decide about an ordinary ``*.yaml`` cheaply, we look for a top-level
``cxmap:`` key at the start of a line (block style, the only style analysts
write by hand) or as the first key of a flow mapping; such a file is then
parsed and checked.  Hidden directories (``.git``, ``.venv`` ...) and
``node_modules`` are not entered, symbolic links to folders are not
followed, and a symbolic link to a file outside the folder searched is
skipped (said in verbose mode): a link to ``~/.git-credentials`` in a
repository must not put the token into a CI log.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cxmap.util.files import kind_of
from cxmap.util.text import display_name

_TOP_KEY = re.compile(rb"""^(?:\{\s*)?["']?cxmap["']?[ \t]*:""", re.MULTILINE)
_MAP_SUFFIXES = (".cxmap.yaml", ".cxmap.yml")
_YAML_SUFFIXES = (".yaml", ".yml")
_SKIP_DIRS = frozenset({"node_modules", "__pycache__"})


@dataclass(frozen=True)
class MapFile:
    path: Path
    display: str


@dataclass
class Discovery:
    files: list[MapFile] = field(default_factory=list)
    #: (display name, reason as a catalogue key) of YAML files looked at and not taken
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: paths given that do not exist (a usage error)
    missing: list[str] = field(default_factory=list)
    #: (display name, reason) of folders that could not be searched: reported
    #: as problems, so a map inside them never goes unchecked silently
    unreadable: list[tuple[str, str]] = field(default_factory=list)


def has_cxmap_key(head: bytes) -> bool:
    """Whether the start of a file has a top-level ``cxmap`` key."""
    return _TOP_KEY.search(head[: 1 << 20].removeprefix(b"\xef\xbb\xbf")) is not None


def looks_like_map(path: Path) -> bool:
    """Whether an ordinary YAML file in a directory should be read as a map.

    Only a regular file is opened (a FIFO would block); anything else, and a
    file that cannot be read, is taken, so that the problem gets reported.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return True
        with path.open("rb") as fh:
            head = fh.read(1 << 20)
    except (OSError, ValueError):
        return True  # unreadable: take it, so the problem gets reported
    return has_cxmap_key(head)


def _inside(file: Path, top: str) -> bool:
    """Whether a symbolic link found in a folder leads to a file inside it."""
    try:
        real = os.path.realpath(file)
    except (OSError, ValueError):
        return True  # a loop: taken, and reported when read
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def discover(paths: list[str], *, only_maps: bool = False) -> Discovery:
    """The map files ``paths`` designate.  ``only_maps``: a file named that is
    not a map (by name or by a top-level ``cxmap`` key) is skipped, as in a
    directory — for pre-commit, which names every staged YAML file."""
    found = Discovery()
    seen: set[Path] = set()

    def take(path: Path, display: str) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop: reported when read
            key = Path(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            found.files.append(MapFile(path, display_name(display)))

    def unreadable(error: OSError) -> None:
        from cxmap.i18n import os_reason, resolve_language, t

        name = display_name(str(error.filename) if error.filename else str(error))
        found.unreadable.append((name, t("safety.unreadable_folder", resolve_language(),
                                         reason=os_reason(error))))

    for arg in paths:
        path = Path(arg)
        kind = kind_of(path)
        if kind == "dir":
            top = os.path.realpath(path)
            for root, dirs, files in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
                for name in sorted(files):
                    lower = name.lower()
                    if not lower.endswith(_YAML_SUFFIXES):
                        continue
                    file = Path(root) / name
                    display = os.path.join(root, name)
                    if os.path.islink(file) and not _inside(file, top):
                        # maps/x.cxmap.yaml -> ~/.git-credentials must not be read
                        found.skipped.append((display_name(display), "core.skip_link_outside"))
                        continue
                    if lower.endswith(_MAP_SUFFIXES) or looks_like_map(file):
                        take(file, display)
                    else:
                        found.skipped.append((display_name(display),
                                              "core.skip_no_cxmap_key"))
        elif only_maps and kind == "file" and not (
                arg.lower().endswith(_MAP_SUFFIXES) or (arg.lower().endswith(_YAML_SUFFIXES)
                                                        and looks_like_map(path))):
            found.skipped.append((display_name(arg), "core.skip_not_a_map"))
        elif kind != "missing":  # a file; or unknown (no permission, a loop): reported
            take(path, arg)
        else:
            found.missing.append(arg)
    return found
