"""``cxmap history``: a map's git revisions -> load and check each -> one table of waves.

Git problems raise :class:`cxmap.load.git.SourceError`.
"""

from __future__ import annotations

from pathlib import Path

from cxmap.i18n import Language
from cxmap.outputs.formats import HistoryFormat


def history(map_file: str | Path, fmt: HistoryFormat = HistoryFormat.TEXT, *,
            worktree: bool = True, color: bool = False, width: int = 120,
            lang: Language = Language.EN) -> str:
    """Every touchpoint's score in every research wave of ``map_file``, formatted."""
    from cxmap.diff.history import file_waves
    from cxmap.outputs.history import format_history

    hist = file_waves(map_file, include_worktree=worktree)
    return format_history(hist, fmt, color=color and fmt is HistoryFormat.TEXT, width=width,
                          lang=lang)
