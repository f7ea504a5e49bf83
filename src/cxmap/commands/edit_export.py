"""``cxmap export``: touchpoints as a CSV file or an .xlsx workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmap.api import LoadedMap


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
    from cxmap.api import load_map
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
