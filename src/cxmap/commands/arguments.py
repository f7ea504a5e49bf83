"""The command line's values as the commands judge them, before any work.

A value the parser accepts may still be one a command cannot run with (a
folder given as a map, an ``-o`` that names an input, a format that does not
go to a terminal): the commands raise :class:`UsageProblem` for it, and the
command line reports it as a usage error (exit status 2).  A run that starts
and fails on the way (Graphviz, a PDF converter) raises :class:`RunFailed`
(exit status 1).  Both carry the user's words in the language of the run.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from cxmap.i18n import Language, resolve_language, t
from cxmap.util.text import ISO_DATE


class UsageProblem(Exception):
    """The command cannot run with these values (a usage error)."""


class RunFailed(Exception):
    """The command ran and could not finish (its message says why)."""


def language(value: str | None) -> Language:
    """``--lang VALUE`` (any case), else the language of the environment."""
    if value is not None and value.lower() not in Language.__members__.values():
        raise UsageProblem(t("core.unknown_language", resolve_language(), value=value))
    return resolve_language(value)


def check_map_path(map_path: str | Path) -> None:
    """A missing map or a folder is a usage error; anything else is read (and a
    FIFO, a device or a file without permission is reported as CX003)."""
    from cxmap.util.files import kind_of

    if kind_of(map_path) in ("missing", "dir"):
        raise UsageProblem(t("core.map_not_a_file", resolve_language(), path=str(map_path)))


def check_output(out: str | Path | None, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse a bad ``-o`` (a directory, an input map) before doing the work."""
    if out is None or str(out) == "-":
        return
    from cxmap.util.files import OutputRefused, output_target

    try:
        output_target(out, inputs)
    except OutputRefused as exc:
        raise UsageProblem(str(exc)) from None


def iso_day(value: str | None, lang: Language) -> date | None:
    """``--scored-on YYYY-MM-DD`` as a date."""
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        # 2024-02-30 is written right but no day: said so, as validate says it
        key = "edit.date_not_real" if ISO_DATE.fullmatch(value) else "edit.bad_date"
        raise UsageProblem(t(key, lang, value=value)) from None
