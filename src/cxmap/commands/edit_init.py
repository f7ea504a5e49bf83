"""``cxmap init``: write the commented starter map, never over an existing file
(an empty one, as ``cxmap validate`` suggests for it, is filled)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cxmap.i18n import Language, os_reason, t


@dataclass
class InitRun:
    message: str
    written: bool


def init_map(path: Path, lang: Language, *, today: date | None = None) -> InitRun:
    from cxmap.edit.starter import schema_reference, starter_text
    from cxmap.util.text import display_name

    text = starter_text(lang, name=path.name, schema=schema_reference(path), today=today)
    data = text.encode("utf-8")
    shown = display_name(str(path))  # what messages say: no line break from a name
    if os.path.lexists(path):
        if not _blank(path):
            return InitRun(t("edit.init_exists", lang, path=shown), False)
        from cxmap.util.files import write_atomic

        try:  # an empty file (CX004 suggests `cxmap init` for it): nothing to lose
            write_atomic(path, data)
        except OSError as exc:
            return InitRun(t("edit.cannot_write", lang, path=shown,
                             reason=os_reason(exc, lang)), False)
        return InitRun(t("edit.init_written", lang, path=shown), True)
    try:
        # O_EXCL: a file that appeared meanwhile is not overwritten either
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return InitRun(t("edit.init_exists", lang, path=shown), False)
    except OSError as exc:
        return InitRun(t("edit.cannot_write", lang, path=shown,
                         reason=os_reason(exc, lang)), False)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        path.unlink(missing_ok=True)
        return InitRun(t("edit.cannot_write", lang, path=shown,
                         reason=os_reason(exc, lang)), False)
    return InitRun(t("edit.init_written", lang, path=shown), True)


def _blank(path: Path) -> bool:
    """A regular file (not a link) holding nothing but white space."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > 4096:
            return False
        return not path.read_bytes().strip()
    except OSError:
        return False
