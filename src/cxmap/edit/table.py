"""Touchpoints as a table: the export (CSV, Excel CSV, .xlsx) and reading a
table back for the score import.

Columns and their order are part of the format contract; the header words are
machine keys and are never translated.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cxmap.model.journey import Journey

COLUMNS = ("id", "stage", "branches", "name", "channel", "owner", "score", "target",
           "momentOfTruth", "customerEffort", "confirmed", "reach", "pillars", "evidence")
#: columns holding free text (the ones a formula-injection guard must protect)
TEXT_COLUMNS = frozenset({"id", "stage", "branches", "name", "channel", "owner",
                          "pillars", "evidence"})
#: first characters a spreadsheet takes as the start of a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
#: an exported workbook records what it exported in its custom document
#: properties, so that it keeps its one sheet: per touchpoint a property named
#: this prefix and the id, its value a JSON list of the RECORDED values as the
#: map held them then (spreadsheet programs keep custom properties when they
#: save; the import finds a workbook exported before the map changed: see
#: edit.scores.stale_conflicts)
EXPORTED_PREFIX = "cxmap-exported:"
RECORDED = ("score", "target", "momentOfTruth", "customerEffort", "confirmed", "reach")
#: the longest text a spreadsheet cell holds (Excel's limit; openpyxl cuts there)
XLSX_CELL_LIMIT = 32_767
#: characters a workbook cannot hold (XML 1.0): shown as their control pictures
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def format_number(value: float, *, decimal_comma: bool = False) -> str:
    """``35.0`` -> ``35``, ``42.5`` -> ``42.5`` (or ``42,5``)."""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",") if decimal_comma else text


#: where a spreadsheet may split a cell into a new row (a line break of any kind)
_SPLIT = re.compile(r"(\r\n|\r|\n)(?=[=+\-@\t\r])")


def protect(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula: also
    every line inside it (a program that splits the cell at a line break must
    not find a formula at the start of the next part)."""
    text = _SPLIT.sub(r"\1'", text)
    return "'" + text if text.startswith(FORMULA_START) else text


def unprotect(text: str) -> str:
    """Undo :func:`protect` (the import reads exported cells back unchanged)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def rows(journey: Journey) -> list[dict[str, Any]]:
    """One dict per touchpoint in journey order, typed values (None = empty cell)."""
    out: list[dict[str, Any]] = []
    for stage, tp in journey.iter_touchpoints():
        out.append({
            "id": tp.id,
            "stage": stage.id,
            "branches": ", ".join(tp.branch_ids or ()),
            "name": tp.name,
            "channel": tp.channel or "",
            "owner": tp.owner or "",
            "score": tp.score,
            "target": tp.target,
            "momentOfTruth": tp.moment_of_truth,
            "customerEffort": tp.customer_effort,
            "confirmed": tp.confirmed,
            "reach": tp.reach,
            "pillars": ", ".join(tp.pillars or ()),
            "evidence": "; ".join(tp.evidence or ()),
        })
    return out


def _cell_text(value: Any, *, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value, decimal_comma=decimal_comma)
    return protect(str(value))


def to_csv(journey: Journey, *, excel: bool = False) -> bytes:
    """CSV: UTF-8 with ``,``; ``excel``: what Excel in a Polish locale opens
    directly (a BOM, ``;``, a decimal comma, CRLF line ends)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if excel else ",",
                        lineterminator="\r\n" if excel else "\n")
    # a bare CR is not quoted by the csv module when lines end with LF alone,
    # and spreadsheet programs end the row there: such a row is quoted whole
    quoted = csv.writer(buffer, delimiter=";" if excel else ",",
                        lineterminator="\r\n" if excel else "\n", quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    for row in rows(journey):
        cells = [_cell_text(row[c], decimal_comma=excel) for c in COLUMNS]
        (quoted if any("\r" in cell for cell in cells) else writer).writerow(cells)
    text = buffer.getvalue()
    return ((BOM if excel else "") + text).encode("utf-8")


def _picture(m: re.Match[str]) -> str:
    return chr(0x2400 + ord(m.group()))


def long_cells(journey: Journey) -> list[tuple[str, str, int]]:
    """(touchpoint id, column, length) of every text longer than a spreadsheet
    cell holds: the .xlsx has only its first :data:`XLSX_CELL_LIMIT` characters."""
    return [(row["id"], column, len(str(row[column])))
            for row in rows(journey) for column in COLUMNS
            if column in TEXT_COLUMNS and len(str(row[column] or "")) > XLSX_CELL_LIMIT]


def to_xlsx(journey: Journey, *, score_fills: dict[int, tuple[str, str]]) -> bytes:
    """An .xlsx workbook: one sheet, frozen header, column widths, a -2...2
    drop-down on score and target, score cells coloured by value.

    ``score_fills``: score -> (fill, font) colours ``#rrggbb``, the diagram's.
    """
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "touchpoints"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    data = rows(journey)
    for r, row in enumerate(data, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            value = row[column]
            if value is None or (column in TEXT_COLUMNS and value == ""):
                continue
            cell = ws.cell(row=r, column=c)
            if column in TEXT_COLUMNS:
                cell.value = _XLSX_ILLEGAL.sub(_picture, str(value))
                cell.data_type = "s"  # never a formula, whatever the text begins with
            else:
                cell.value = value
            if column == "score" and value in score_fills:
                # coloured now; the conditional formats below recolour edited cells
                fill, font = (c.lstrip("#").upper() for c in score_fills[value])
                cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
                cell.font = Font(color=font)
    ws.freeze_panes = "A2"
    last = max(len(data) + 1, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    for c, column in enumerate(COLUMNS, start=1):
        longest = max([len(column)] + [len(_cell_text(row[column], decimal_comma=False))
                                       for row in data])
        ws.column_dimensions[get_column_letter(c)].width = min(max(longest + 2, 8), 60)
    checks = DataValidation(type="list", formula1='"-2,-1,0,1,2"', allow_blank=True,
                            showErrorMessage=True, errorTitle="score",
                            error="-2, -1, 0, 1, 2")
    ws.add_data_validation(checks)
    for column in ("score", "target"):
        letter = get_column_letter(COLUMNS.index(column) + 1)
        cells = f"{letter}2:{letter}1048576"  # every row, also those added later
        checks.add(cells)
        if column != "score":
            continue
        for score, (fill, font) in sorted(score_fills.items()):
            ws.conditional_formatting.add(cells, CellIsRule(
                operator="equal", formula=[str(score)],
                fill=PatternFill("solid", start_color=fill.lstrip("#").upper(),
                                 end_color=fill.lstrip("#").upper()),
                font=Font(color=font.lstrip("#").upper())))
    import json

    from openpyxl.packaging.custom import StringProperty

    for row in data:
        wb.custom_doc_props.append(StringProperty(
            name=EXPORTED_PREFIX + str(row["id"]),
            value=json.dumps([row[column] for column in RECORDED], separators=(",", ":"))))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ----------------------------------------------------------------------- reading
class TableError(Exception):
    """The table cannot be read at all (not CSV, not a workbook); ``line``:
    the line (CSV) where reading stopped, else 1.  The message is in the
    language of the run: the readers' own words (``csv``, openpyxl) are English
    and never shown."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Table:
    """Rows of cells; ``numbers[i]`` is row i's line (CSV) or row (sheet) number."""

    header: list[str]
    rows: list[list[Any]]
    numbers: list[int]
    header_number: int = 1
    #: what an exported workbook recorded it exported (touchpoint id -> column
    #: -> value, None for an empty cell); None: no record (a CSV, another workbook)
    exported: dict[str, dict[str, Any]] | None = None


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode Text": UTF-16 with its byte order mark (and tabs)
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" in a Polish Windows locale is Windows-1250
        return raw.decode("cp1250", errors="replace")


def _delimiter(text: str) -> str:
    """``,`` or ``;`` (or a tab): whichever the header line uses most, outside quotes."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv(raw: bytes) -> Table:
    text = _decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text),
                        strict=False)
    header: list[str] | None = None
    header_number = 1
    out_rows: list[list[Any]] = []
    numbers: list[int] = []
    start = 1
    try:
        for record in reader:
            if header is None:
                if any(cell.strip() for cell in record):
                    header, header_number = record, start
            else:
                out_rows.append(list(record))
                numbers.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        from cxmap.i18n import decimal, resolve_language, t

        lang = resolve_language()
        if "field limit" in str(exc):  # the only error csv raises when not strict
            limit = csv.field_size_limit()
            raise TableError(t("edit.table_cell_too_long", lang, count=limit,
                               limit=decimal(f"{limit:,}", lang, grouped=True)),
                             start) from None
        raise TableError(t("edit.table_not_csv", lang), start) from None
    if header is None:
        return Table([], [], [])
    return Table([h.strip() for h in header], out_rows, numbers, header_number)


def read_xlsx(raw: bytes) -> Table:
    """The first sheet of a workbook (values, not formulas; a percent-formatted
    number ``0.45`` is read as ``45``)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except zipfile.BadZipFile:
        from cxmap.i18n import resolve_language, t

        raise TableError(t("edit.not_a_workbook", resolve_language())) from None
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        from cxmap.i18n import resolve_language, t

        raise TableError(t("edit.damaged_workbook", resolve_language())) from None
    try:
        table = _read_sheet(wb)
        table.exported = _read_record(wb.custom_doc_props.props)
        return table
    except TableError:
        raise
    except Exception:  # a damaged sheet: never a traceback
        from cxmap.i18n import resolve_language, t

        raise TableError(t("edit.damaged_workbook", resolve_language())) from None
    finally:
        wb.close()


def _read_record(props: Any) -> dict[str, dict[str, Any]] | None:
    """The workbook's record of the export (id -> column -> value), from its
    custom document properties; ``None`` when it has none (not exported by
    cxmap: trusted as it is).  A property that is not a list of plain values
    is left out."""
    import json

    record: dict[str, dict[str, Any]] = {}
    for prop in props:
        name, value = getattr(prop, "name", None), getattr(prop, "value", None)
        if not (isinstance(name, str) and name.startswith(EXPORTED_PREFIX)
                and isinstance(value, str)):
            continue
        try:
            values = json.loads(value)
        except (ValueError, RecursionError):  # not JSON, or nested past recursion
            continue
        if (isinstance(values, list) and len(values) == len(RECORDED)
                and all(v is None or isinstance(v, bool | int | float) for v in values)):
            record[name[len(EXPORTED_PREFIX):]] = dict(zip(RECORDED, values, strict=True))
    return record or None
#: the most rows read from a sheet (a map of 10,000 touchpoints needs 10,001;
#: the messages say 100,000);
#: a small workbook may declare a million empty rows
MAX_SHEET_ROWS = 100_000
#: the columns read from a sheet (the export writes 14)
MAX_SHEET_COLUMNS = 256
#: the most cells read from a sheet, empty ones included
MAX_SHEET_CELLS = 2_000_000


def _read_sheet(wb: Any) -> Table:
    """The first sheet's rows; a percent-formatted number ``0.45`` reads as ``45``.

    The sheet's own ``<dimension>`` is not trusted (a workbook may claim
    ``A1:N2`` and hold more rows): every row is read, up to
    :data:`MAX_SHEET_ROWS` (more is a :class:`TableError`, not a silent cut).
    """
    from cxmap.i18n import resolve_language, t

    ws = wb.worksheets[0]
    if hasattr(ws, "reset_dimensions"):  # read-only sheets: read what is there
        ws.reset_dimensions()
    header: list[str] | None = None
    header_number = 1
    out_rows: list[list[Any]] = []
    numbers: list[int] = []
    seen = 0
    for number, cells in enumerate(ws.iter_rows(), start=1):
        seen += len(cells)
        if number > MAX_SHEET_ROWS or seen > MAX_SHEET_CELLS:
            raise TableError(t("edit.table_too_many_rows", resolve_language()))
        values: list[Any] = []
        for cell in cells[:MAX_SHEET_COLUMNS]:
            value = getattr(cell, "value", None)
            fmt = getattr(cell, "number_format", "") or ""
            if (isinstance(value, int | float) and not isinstance(value, bool)
                    and "%" in fmt):
                value = round(value * 100, 10)
            values.append(value)
        if header is None:
            if any(v is not None and str(v).strip() for v in values):
                header = ["" if v is None else str(v).strip() for v in values]
                header_number = number
            continue
        out_rows.append(values)
        numbers.append(number)
    if header is None:
        return Table([], [], [])
    return Table(header, out_rows, numbers, header_number)
