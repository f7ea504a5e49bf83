"""Import scores from a table into a map: read and check every row first,
then change only the values that differ, in place.

Cells are read the way real spreadsheet exports write them: a BOM, ``;``,
a decimal comma (``42,5``), ``45%``, ``+1``, the typographic minus ``−1``,
``TRUE``/``FALSE`` and Polish Excel's ``PRAWDA``/``FAŁSZ``, a ``'`` that
protects a text from being taken as a formula, trailing empty rows/columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from cxmap.edit.table import Table, format_number, unprotect
from cxmap.i18n import Language, t
from cxmap.util.closest import Closest

if TYPE_CHECKING:
    from cxmap.model.journey import Journey

#: importable columns -> the model's field name
FIELDS = {
    "score": "score",
    "target": "target",
    "reach": "reach",
    "confirmed": "confirmed",
    "momentOfTruth": "moment_of_truth",
    "customerEffort": "customer_effort",
}
BOOL_COLUMNS = frozenset({"confirmed", "momentOfTruth", "customerEffort"})
_TRUE = frozenset({"true", "prawda"})
_FALSE = frozenset({"false", "fałsz", "falsz"})
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\u2014": "-",
                        "\u00a0": "", "\u202f": ""})
_WHOLE = re.compile(r"[+-]?\d+(?:[.,]0+)?\Z")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)\Z")


@dataclass
class RowProblem:
    row: int
    message: str


@dataclass
class Change:
    touchpoint: str | None  # None: a top-level key (scoredOn)
    key: str  # the YAML key
    old: Any
    new: Any


@dataclass
class ScoreTable:
    """What a table asks to set: touchpoint id -> {YAML key: value}."""

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    #: touchpoint id -> the table's row (line) number of it
    rows: dict[str, int] = field(default_factory=dict)


def _short(text: str, limit: int = 60) -> str:
    """A cell's text as a message quotes it: a 4,301-digit cell is not repeated."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return unprotect(value.strip()).strip().translate(_MINUS)
    return value


def parse_score(value: Any) -> int | None:
    value = _clean(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, str):
        if len(value) > 20 or not _WHOLE.match(value):  # 4,301 digits: not even int()
            return None
        value = int(re.split(r"[.,]", value)[0])
    if isinstance(value, int) and -2 <= value <= 2:
        return value
    return None


def parse_reach(value: Any) -> float | None:
    value = _clean(value)
    if isinstance(value, bool):
        return None
    number: float | None = None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.removesuffix("%").strip()
        if len(text) <= 40 and _NUMBER.match(text):
            number = float(text.replace(",", "."))
    if number is None or not 0 <= number <= 100 or number != number:
        return None
    return number


def parse_bool(value: Any) -> bool | None:
    value = _clean(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        low = value.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    return None


#: unknown ids of one table that get a "did you mean" (as many as a file's
#: diagnostics are listed; 2,000 near misses once took more than a minute)
SUGGESTIONS = 200


def read_scores(table: Table, known_ids: list[str], source: str,
                lang: Language) -> ScoreTable:
    """Check every row of ``table``; ``source`` names it in messages."""
    out = ScoreTable()
    header = [str(h).strip() for h in table.header]
    if not header:
        out.problems.append(RowProblem(1, t("edit.table_empty", lang)))
        return out
    by_name: dict[str, int] = {}
    for i, name in enumerate(header):
        if name.lower() == "id":
            name = "id"
        match = next((c for c in FIELDS if c.lower() == name.lower()), name)
        if match in FIELDS or match == "id":
            if match in by_name:
                out.problems.append(RowProblem(table.header_number,
                                               t("edit.duplicate_column", lang, column=match)))
            by_name[match] = i
    if "id" not in by_name:
        out.problems.append(RowProblem(table.header_number, t("edit.no_id_column", lang)))
    if not any(c in by_name for c in FIELDS):
        out.problems.append(RowProblem(table.header_number, t(
            "edit.no_value_column", lang, columns=", ".join(FIELDS))))
    if out.problems:
        return out
    known = set(known_ids)
    finder = Closest(known_ids)
    hints_left = SUGGESTIONS  # "did you mean" for the first unknown ids only
    seen: dict[str, int] = {}
    id_at = by_name["id"]

    def cell(row: list[Any], index: int) -> Any:
        return row[index] if index < len(row) else None

    for row, number in zip(table.rows, table.numbers, strict=True):
        ident_cell = cell(row, id_at)
        columns = {c: cell(row, i) for c, i in by_name.items() if c != "id"}
        if _blank(ident_cell):
            if any(not _blank(v) for v in columns.values()):
                out.problems.append(RowProblem(number, t("edit.missing_id", lang)))
            continue
        ident = _clean(ident_cell)
        if isinstance(ident, float) and ident.is_integer():
            ident = int(ident)
        ident = str(ident)
        if ident not in known:
            close = finder.match(ident, cutoff=0.75) if hints_left > 0 else None
            hints_left -= 1
            message = (t("edit.unknown_id_hint", lang, id=_short(ident), hint=close) if close
                       else t("edit.unknown_id", lang, id=_short(ident)))
            out.problems.append(RowProblem(number, message))
        elif ident in seen:
            out.problems.append(RowProblem(number, t("edit.duplicate_id", lang, id=ident,
                                                     first=seen[ident])))
        # a row with an unknown id or an id twice is not imported, but its values
        # are still checked: every problem of the table is reported at once
        taken = ident in known and ident not in seen
        if taken:
            seen[ident] = number
            out.rows[ident] = number
        values: dict[str, Any] = {}
        for column, raw in columns.items():
            if _blank(raw):
                continue
            shown = (_short(raw.strip()) if isinstance(raw, str)
                     else raw if isinstance(raw, int | float) else _short(str(raw)))
            if column in ("score", "target"):
                score = parse_score(raw)
                if score is None:
                    out.problems.append(RowProblem(number, t(
                        "edit.bad_score", lang, column=column, value=shown)))
                    continue
                values[column] = score
            elif column == "reach":
                reach = parse_reach(raw)
                if reach is None:
                    out.problems.append(RowProblem(number, t("edit.bad_reach", lang,
                                                             value=shown)))
                    continue
                values[column] = reach
            else:
                flag = parse_bool(raw)
                if flag is None:
                    out.problems.append(RowProblem(number, t(
                        "edit.bad_bool", lang, column=column, value=shown)))
                    continue
                values[column] = flag
        if taken:
            out.values[ident] = values
    return out


def changes_for(journey: Journey, wanted: dict[str, dict[str, Any]],
                scored_on: date | None) -> list[Change]:
    """The values that differ from the map's, in journey order."""
    changes: list[Change] = []
    if scored_on is not None and journey.scored_on != scored_on:
        changes.append(Change(None, "scoredOn", journey.scored_on, scored_on))
    for _, tp in journey.iter_touchpoints():
        for column, value in wanted.get(tp.id, {}).items():
            old = getattr(tp, FIELDS[column])
            if column == "reach" and old is not None and float(old) == float(value):
                continue
            if old != value:
                changes.append(Change(tp.id, column, old, value))
    return changes


@dataclass
class Conflict:
    """A value the map changed after the workbook was exported, which the
    import would overwrite: what was exported, what the map holds now, what
    the sheet holds."""

    touchpoint: str
    key: str
    exported: Any
    now: Any
    sheet: Any


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (a is None and b is False) or (a is False and b is None)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return bool(a == b)


def stale_conflicts(journey: Journey, wanted: dict[str, dict[str, Any]],
                    exported: dict[str, dict[str, Any]]) -> list[Conflict]:
    """The values a stale workbook would revert: changed in the map since the
    export (``exported`` is the workbook's record of it) and different in the
    sheet from the map's value now.  A value the sheet leaves empty is not
    imported, so it is never a conflict."""
    conflicts: list[Conflict] = []
    for _, tp in journey.iter_touchpoints():
        record = exported.get(tp.id)
        if record is None:
            continue
        for column, value in wanted.get(tp.id, {}).items():
            if column not in record:
                continue
            now = getattr(tp, FIELDS[column])
            if not _same(record[column], now) and not _same(value, now):
                conflicts.append(Conflict(tp.id, column, record[column], now, value))
    return conflicts


def show(value: Any, lang: Language) -> str:
    if value is None:
        return t("edit.empty", lang)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    return str(value)
