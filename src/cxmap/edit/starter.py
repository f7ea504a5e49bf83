"""The commented starter map of ``cxmap init``."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from cxmap.i18n import Language, t

SCHEMA_FILE = "cxmap.schema.json"


def schema_reference(target: Path) -> str:
    """Where editors find the schema, relative to the new map: the nearest
    ``cxmap.schema.json`` or ``schemas/cxmap.schema.json`` in the map's folder
    or above it, else ``cxmap.schema.json`` next to the map (``cxmap schema -o
    cxmap.schema.json`` writes it)."""
    # realpath and isfile never raise (a symlink loop, a folder not searchable)
    folder = Path(os.path.realpath(target)).parent
    for base in (folder, *folder.parents):
        for candidate in (base / SCHEMA_FILE, base / "schemas" / SCHEMA_FILE):
            if os.path.isfile(candidate):
                return Path(os.path.relpath(candidate, folder)).as_posix()
    return SCHEMA_FILE


def starter_text(lang: Language, *, name: str = "journey.cxmap.yaml",
                 schema: str = SCHEMA_FILE, today: date | None = None) -> str:
    """The starter map in ``lang``: scored today, its projects due in half a year."""
    import shlex

    from cxmap.util.text import display_name

    text = t("starter.map", lang)
    today = today or date.today()
    due = today + timedelta(days=182)
    # the names go into comments: a line break or a control character in a
    # file name must not end the comment (the rest would become YAML), and
    # the commands shown are quoted for a shell
    name = shlex.quote(display_name(name))
    schema = display_name(schema)
    return (text.replace("@SCHEMA@", schema).replace("@NAME@", name)
            .replace("@SCORED_ON@", today.isoformat()).replace("@DUE@", due.isoformat()))
