"""Helpers shared by the rule modules (not a rule)."""

from __future__ import annotations

from typing import Any

from cxmap.checks.context import CheckContext, text_id
from cxmap.load.yaml import KeyPath
from cxmap.util.closest import Closest


def who_phrase(kind: str, obj: dict[str, Any], path: KeyPath) -> Any:
    """A touchpoint, stage... named by its id, else by its position, in
    catalogue words (``{who}``, ``{who:gen}``, ``{who:loc}``)."""
    from cxmap.i18n import Phrase

    ident = text_id(obj)
    if ident:
        return Phrase(f"diagnostics.who_{kind}", id=ident)
    return Phrase(f"diagnostics.who_{kind}_n", n=int(path[-1]) + 1)


def suggestion(value: str, known: dict[str, KeyPath], what: str,
               ctx: CheckContext | None = None) -> dict[str, Any]:
    """A hint for an unknown reference (the closest known id, else the known
    ones) as ``hint_key`` and parameters for ``ctx.say``.

    With ``ctx``: nothing is looked for once the file has all the diagnostics
    it lists (the problem is only counted), and the index of the known ids is
    built once per check run.
    """
    from cxmap.i18n import Phrase

    if ctx is not None and ctx.full:
        return {}
    close = (ctx.closest(known) if ctx is not None else Closest(known)).match(value)
    if close:
        return {"hint_key": "diagnostics.did_you_mean_ref", "guess": close}
    kinds = Phrase(f"diagnostics.what_{what}")
    if not known:
        return {"hint_key": "diagnostics.none_declared", "what": kinds}
    listed = ", ".join(list(known)[:12]) + (", ..." if len(known) > 12 else "")
    return {"hint_key": "diagnostics.known_of_kind", "what": kinds, "listed": listed}


def ref_path(path: KeyPath, key: str, index: int | None) -> KeyPath:
    return (*path, key) if index is None else (*path, key, index)


#: project statuses whose work is over (a project in them addresses nothing now)
CLOSED = ("done", "dropped")


def is_live(status: str | None) -> bool:
    return status not in CLOSED


