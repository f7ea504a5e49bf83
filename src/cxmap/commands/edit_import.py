"""``cxmap import-scores``: bring scores from a spreadsheet back into a map.

load the map -> read and check every table row -> the values that differ ->
edit the text in place -> check the result -> write it atomically.  Nothing
is written when any row is bad or the result would not be a valid map.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxmap.i18n import Language, os_reason, t

if TYPE_CHECKING:
    from cxmap.edit.scores import Change
    from cxmap.model.journey import Journey
    from cxmap.results import LoadedMap


@dataclass
class ImportRun:
    """What happened; ``problems`` are ready-made ``TABLE:ROW: message`` lines."""

    loaded: LoadedMap | None = None
    problems: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    written: bool = False
    new_text: bytes | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.loaded is not None and self.loaded.ok


def _order(kind: str) -> list[str]:
    from cxmap.model.journey import allowed_keys

    return allowed_keys(kind)


def value_text(change: Change, existing: object) -> str:
    """The YAML text of a change's new value (keeping a percent form of reach)."""
    from cxmap.edit.table import format_number

    new = change.new
    if isinstance(new, bool):
        return "true" if new else "false"
    if isinstance(new, date):
        return new.isoformat()
    if isinstance(new, float):
        text = format_number(new)
        if isinstance(existing, str) and existing.strip().endswith("%"):
            return text + "%"
        return text
    return str(new)


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NOT_TEXT = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _plain_word(text: str) -> bool:
    """Whether YAML reads ``text`` written plain as that same text (``csat5``)."""
    return bool(_WORD.fullmatch(text)) and text.lower() not in _NOT_TEXT


def block_texts(values: dict[str, Any]) -> dict[str, str]:
    """A nested block's values (snake_case names, as the model has them) as
    YAML keys and scalar texts; ``None`` leaves a key out."""
    import json

    from pydantic.alias_generators import to_camel

    out: dict[str, str] = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, date):
            text = value.isoformat()
        elif isinstance(value, str) and not _plain_word(value):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
        out[to_camel(name)] = text
    return out


def apply_changes(raw: bytes, changes: list[Change]) -> bytes:
    """The map's bytes with ``changes`` made in place (raises ``PatchError``)."""
    from cxmap.edit.patch import (
        Node,
        PatchError,
        Scalar,
        TextEditor,
        parse_positions,
        set_mapping,
        set_value,
    )

    text = raw.decode("utf-8-sig")
    bom = raw.startswith(b"\xef\xbb\xbf")
    root = parse_positions(text)
    editor = TextEditor(text)
    touchpoints: dict[str, Node] = {}
    stages = root.items.get("stages", (None, None))[1]
    for stage in stages.items if isinstance(stages, Node) and not stages.mapping else ():
        tps = stage.items.get("touchpoints", (None, None))[1] if isinstance(stage, Node) \
            and stage.mapping else None
        for tp in tps.items if isinstance(tps, Node) and not tps.mapping else ():
            if isinstance(tp, Node) and tp.mapping and "id" in tp.items:
                ident = tp.items["id"][1]
                if isinstance(ident, Scalar):
                    touchpoints.setdefault(ident.value, tp)
    for change in changes:
        if change.touchpoint is None:
            mapping, kind = root, "map"
        else:
            found = touchpoints.get(change.touchpoint)
            if found is None:
                raise PatchError("no_touchpoint", id=change.touchpoint)
            mapping, kind = found, "touchpoint"
        existing = mapping.items.get(change.key, (None, None))[1]
        shown = existing.value if isinstance(existing, Scalar) else None
        try:
            if isinstance(change.new, dict):  # a nested block (survey)
                set_mapping(editor, mapping, change.key, block_texts(change.new),
                            _order(kind), _order(change.key))
            else:
                set_value(editor, mapping, change.key, value_text(change, shown), _order(kind))
        except PatchError as exc:
            raise exc.located(change.touchpoint, change.key) from None
    return (b"\xef\xbb\xbf" if bom else b"") + editor.result().encode("utf-8")


def _as_expected(before: Journey, after: Journey, changes: list[Change]) -> bool:
    """Whether ``after`` is ``before`` with exactly ``changes`` made."""
    from cxmap.edit.scores import FIELDS

    expected: dict[str, Any] = before.model_dump()
    for change in changes:
        if change.touchpoint is None:
            expected["scored_on"] = change.new
            continue
        for stage in expected["stages"]:
            for tp in stage["touchpoints"]:
                if tp["id"] == change.touchpoint:
                    tp[FIELDS.get(change.key, change.key)] = change.new
    return bool(after.model_dump() == expected)


def read_for_edit(run: ImportRun, map_path: Path, lang: Language) -> bytes | None:
    """The map's bytes, loaded and checked into ``run.loaded``; ``None`` (and
    a problem) when it cannot be read.  Shared by import-scores and import-survey."""
    from cxmap.commands.load import load_bytes
    from cxmap.util.files import UnreadableMap, read_map_bytes

    try:
        raw = read_map_bytes(map_path)
    except UnreadableMap as exc:
        run.problems.append(t("edit.cannot_read", lang, path=str(map_path), reason=exc))
        return None
    run.loaded = load_bytes(raw, str(map_path))
    return raw


def locked(map_path: Path, dry_run: bool, work: Callable[[], ImportRun]) -> ImportRun:
    """Run ``work`` (read, check and rewrite the map) while holding the map's
    lock, so rewrites of one map happen one at a time: twenty imports into one
    map each keep their change, or fail.  Shared by import-scores and
    import-survey."""
    from cxmap.util.files import EditConflict, editing

    if dry_run:
        return work()
    try:
        with editing(map_path):
            return work()
    except EditConflict as exc:
        return ImportRun(problems=[str(exc)])


def import_scores(map_path: Path, table_path: Path, *, scored_on: date | None = None,
                  dry_run: bool = False, lang: Language = Language.EN,
                  force: bool = False) -> ImportRun:
    """Import the table's values into the map.  A workbook exported by cxmap
    records what it exported: a value the map changed since then, which the
    sheet would overwrite, stops the import (nothing written) unless ``force``."""
    return locked(map_path, dry_run, lambda: _import_scores(
        map_path, table_path, scored_on=scored_on, dry_run=dry_run, lang=lang, force=force))


def _import_scores(map_path: Path, table_path: Path, *, scored_on: date | None,
                   dry_run: bool, lang: Language, force: bool) -> ImportRun:
    from cxmap.edit.scores import changes_for, read_scores, show, stale_conflicts
    from cxmap.edit.table import TableError, read_csv, read_xlsx
    from cxmap.util.files import UnreadableMap, read_map_bytes

    run = ImportRun()
    raw = read_for_edit(run, map_path, lang)
    if raw is None or run.loaded is None or run.loaded.errors or run.loaded.journey is None:
        return run
    journey = run.loaded.journey

    source = str(table_path)
    suffix = table_path.suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm"):
        run.problems.append(t("edit.table_kind", lang, path=source))
        return run
    try:
        table_raw = read_map_bytes(table_path)
        table = read_xlsx(table_raw) if suffix in (".xlsx", ".xlsm") else read_csv(table_raw)
    except UnreadableMap as exc:
        run.problems.append(t("edit.cannot_read", lang, path=source, reason=exc))
        return run
    except TableError as exc:
        run.problems.append(f"{source}:{exc.line}: "
                            + t("edit.table_unreadable", lang, reason=exc))
        return run
    ids = [tp.id for _, tp in journey.iter_touchpoints()]
    read = read_scores(table, ids, source, lang)
    if read.problems:
        run.problems = [f"{source}:{p.row}: {p.message}"
                        for p in sorted(read.problems, key=lambda p: p.row)]
        return run
    run.changes = changes_for(journey, read.values, scored_on)
    if table.exported is not None and not force:
        conflicts = stale_conflicts(journey, read.values, table.exported)
        if conflicts:
            run.problems = [f"{source}:{read.rows.get(c.touchpoint, 1)}: " + t(
                "edit.stale_conflict", lang, id=c.touchpoint, field=c.key,
                exported=show(c.exported, lang), now=show(c.now, lang),
                sheet=show(c.sheet, lang)) for c in conflicts]
            run.problems.append(t("edit.stale_sheet", lang, path=source, n=len(conflicts)))
            return run
    return write_changes(run, raw, map_path, dry_run=dry_run, lang=lang)


def write_changes(run: ImportRun, raw: bytes, map_path: Path, *, dry_run: bool,
                  lang: Language) -> ImportRun:
    """Make ``run.changes`` in the map's text, check that the result is the
    same map with exactly those changes, and write it atomically (unless
    ``dry_run``).  Shared by import-scores and import-survey."""
    from cxmap.commands.load import load_bytes
    from cxmap.edit.patch import PatchError
    from cxmap.util.files import EditConflict, write_atomic

    assert run.loaded is not None and run.loaded.journey is not None
    journey = run.loaded.journey
    display = str(map_path)
    if not run.changes:
        return run
    try:  # (the bytes decode: they were loaded as UTF-8 text just before)
        new = apply_changes(raw, run.changes)
    except PatchError as exc:
        run.problems.append(f"{display}: {exc.text(lang)}")
        return run
    after = load_bytes(new, display)
    if after.errors or after.journey is None or not _as_expected(journey, after.journey,
                                                                  run.changes):
        # the first error, worded as validate words it in the run's language
        first = next((f"{d.line}:{d.column}: {d.code} {d.text(lang)[0]}"
                      for d in after.diagnostics if d.severity.value == "error"),
                     t("edit.values_differ", lang))
        run.problems.append(t("edit.invalid_after", lang, path=display, problem=first))
        return run
    run.new_text = new
    if dry_run:
        return run
    target = Path(os.path.realpath(map_path))
    try:
        write_atomic(target, new, expect=raw)  # not over a change made meanwhile
    except EditConflict as exc:
        run.problems.append(str(exc))
        return run
    except OSError as exc:
        run.problems.append(t("edit.cannot_write", lang, path=display,
                              reason=os_reason(exc, lang)))
        return run
    run.written = True
    return run


def import_command(map_path: Path, table_path: Path, *, scored_on: str | None = None,
                   dry_run: bool = False, lang: Language = Language.EN,
                   force: bool = False) -> ImportRun:
    """``cxmap import-scores MAP TABLE``: the values judged first
    (:class:`~cxmap.commands.arguments.UsageProblem`), then :func:`import_scores`."""
    from cxmap.commands.arguments import UsageProblem, iso_day
    from cxmap.util.files import kind_of

    day = iso_day(scored_on, lang)
    if kind_of(map_path) in ("missing", "dir"):
        raise UsageProblem(t("edit.not_a_file", lang, path=str(map_path)))
    # a FIFO or a device is not "missing": reading it says what it is
    if kind_of(table_path) == "missing":
        raise UsageProblem(t("edit.path_missing", lang, path=str(table_path)))
    return import_scores(map_path, table_path, scored_on=day, dry_run=dry_run, lang=lang,
                         force=force)
