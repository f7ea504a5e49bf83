"""Replacing a whole folder of generated files at once (``cxmap dataset``).

The new files are written into a temporary folder beside the target, then
moved into its place with renames: a reader sees the old folder, briefly no
folder, or the new one - never a mix of old and new files, never a half
written file.  A folder is only replaced when it holds nothing but files the
command itself writes, so a mistyped ``-o`` never deletes someone's work.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Collection, Mapping
from pathlib import Path


class FolderRefused(Exception):
    """The target is not a folder this command may replace.

    ``kind`` says why, for the command to put in words: ``"not_folder"``,
    ``"foreign"`` (``files`` lists some of the files it holds) or ``"system"``
    (``error`` is the system's refusal)."""

    def __init__(self, kind: str, *, files: str = "", error: OSError | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.files = files
        self.error = error


def _resolved(target: Path) -> Path:
    """A symlink to a folder is followed: its target is replaced, the link kept."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def check_replaceable(target: Path, names: Collection[str]) -> None:
    """Raise :class:`FolderRefused` unless ``target`` is missing, or a folder
    holding only files called ``names``."""
    target = _resolved(target)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise FolderRefused("system", error=exc) from None
    if not stat.S_ISDIR(st.st_mode):
        raise FolderRefused("not_folder")
    try:
        foreign = sorted(name for name in os.listdir(target) if name not in names)
    except OSError as exc:
        raise FolderRefused("system", error=exc) from None
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise FolderRefused("foreign", files=shown)


def replace_folder(target: Path, files: Mapping[str, bytes], allowed: Collection[str]) -> None:
    """Make ``target`` a folder holding exactly ``files`` (name -> bytes).

    Raises :class:`FolderRefused` (see :func:`check_replaceable` with
    ``allowed``, checked again here) and ``OSError`` when the system refuses;
    on any failure, or a signal, the old folder is left as it was and nothing
    temporary stays.
    """
    check_replaceable(target, allowed)
    target = _resolved(target)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
    old: Path | None = None
    try:
        for name, data in files.items():
            with open(new / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(new, 0o777 & ~_umask())
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            os.rename(target, old / "dataset")
        os.rename(new, target)
    except BaseException:
        if old is not None and (old / "dataset").exists() and not target.exists():
            os.rename(old / "dataset", target)   # put the old folder back
        shutil.rmtree(new, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
