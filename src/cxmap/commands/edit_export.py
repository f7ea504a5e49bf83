"""``cxmap export``: touchpoints as a CSV file or an .xlsx workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmap.results import LoadedMap


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def format_for(output: str | None, explicit: str | None) -> ExportFormat:
    """``--format`` wins, then the output's extension; CSV by default.  Raises
    ``ValueError`` for an unknown format."""
    if explicit:
        return ExportFormat(explicit.lower())
    if output and output != "-" and Path(output).suffix.lower() == ".xlsx":
        return ExportFormat.XLSX
    return ExportFormat.CSV


@dataclass
class ExportRun:
    loaded: LoadedMap
    output: bytes | None
    count: int = 0
    #: (touchpoint id, column, length) of texts cut to fit a spreadsheet cell
    truncated: list[tuple[str, str, int]] = field(default_factory=list)


def export_map(map_path: Path, fmt: ExportFormat, *, excel: bool = False) -> ExportRun:
    from cxmap.commands.load import load_map
    from cxmap.edit.table import long_cells, to_csv, to_xlsx

    loaded = load_map(map_path)
    if loaded.errors or loaded.journey is None:
        return ExportRun(loaded, None)
    journey = loaded.journey
    count = sum(1 for _ in journey.iter_touchpoints())
    if fmt is ExportFormat.XLSX:
        from cxmap.outputs.render.style import SCORE_STYLES

        fills = {score: (style.fill, style.font) for score, style in SCORE_STYLES.items()}
        return ExportRun(loaded, to_xlsx(journey, score_fills=fills), count,
                         long_cells(journey))
    return ExportRun(loaded, to_csv(journey, excel=excel), count)


def export_command(map_path: Path, output: str | None, fmt: str | None, *,
                   excel: bool = False) -> ExportRun:
    """``cxmap export MAP``: the values judged first
    (:class:`~cxmap.commands.arguments.UsageProblem`), then :func:`export_map`."""
    from cxmap.commands.arguments import UsageProblem, check_output
    from cxmap.i18n import resolve_language, t

    lang = resolve_language()
    try:
        chosen = format_for(output, fmt)
    except ValueError:
        raise UsageProblem(t("edit.export_format", lang, value=fmt)) from None
    if chosen is ExportFormat.XLSX and excel:
        raise UsageProblem(t("edit.export_excel_xlsx", lang))
    if chosen is ExportFormat.XLSX and (output is None or output == "-"):
        raise UsageProblem(t("edit.xlsx_stdout", lang))
    if not map_path.is_file():
        raise UsageProblem(t("edit.not_a_file", lang, path=str(map_path)))
    check_output(output, [map_path])
    return export_map(map_path, chosen, excel=excel)
