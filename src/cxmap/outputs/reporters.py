"""Diagnostic reporters: a validation run -> the text a format asks for.

Every reporter is a pure function returning a string; the CLI chooses one by
name and prints it.  A test proves every :class:`ReportFormat` member has a
reporter.  SARIF and JUnit join here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum

from cxmap.api import ValidationRun
from cxmap.diagnostics import RULES, Diagnostic, Severity


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


def message_with_hint(d: Diagnostic) -> str:
    return f"{d.message}; {d.hint}" if d.hint else d.message


def _summary(run: ValidationRun) -> str:
    files = len(run.maps)
    parts = [f"{files} file{'s' if files != 1 else ''} checked",
             f"{run.errors} error{'s' if run.errors != 1 else ''}",
             f"{run.warnings} warning{'s' if run.warnings != 1 else ''}"]
    if run.skipped:
        parts.append(f"{len(run.skipped)} skipped")
    return ", ".join(parts)


_RED, _YELLOW, _BOLD, _DIM, _GREEN, _RESET = (
    "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m")


def format_text(run: ValidationRun, *, color: bool = False, verbose: bool = False) -> str:
    """``FILE:LINE:COL: SEVERITY CODE message`` lines, then a summary line."""
    lines = []
    if verbose:
        lines += [f"skipped {name}: {why}" for name, why in run.skipped]
    for d in run.diagnostics:
        where = f"{d.file}:{d.line}:{d.column}:"
        if color:
            sev_color = _RED if d.severity is Severity.ERROR else _YELLOW
            lines.append(f"{_BOLD}{where}{_RESET} {sev_color}{d.severity}{_RESET} "
                         f"{_DIM}{d.code}{_RESET} {message_with_hint(d)}")
        else:
            lines.append(f"{where} {d.severity} {d.code} {message_with_hint(d)}")
    summary = _summary(run)
    if color:
        summary = f"{_RED if run.errors else _GREEN}{summary}{_RESET}"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def format_json(run: ValidationRun, *, color: bool = False, verbose: bool = False) -> str:
    """One JSON object: diagnostics, per-file results and a summary."""
    obj = {
        "version": 1,
        "summary": {"files": len(run.maps), "errors": run.errors, "warnings": run.warnings,
                    "skipped": len(run.skipped), "valid": run.errors == 0},
        "files": [{"file": m.file, "valid": m.errors == 0, "errors": m.errors,
                   "warnings": m.warnings} for m in run.maps],
        "diagnostics": [
            {"file": d.file, "line": d.line, "column": d.column, "severity": str(d.severity),
             "code": d.code, "name": RULES[d.code].name, "message": d.message, "hint": d.hint}
            for d in run.diagnostics
        ],
        "skipped": [{"file": f, "reason": why} for f, why in run.skipped],
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(run: ValidationRun, *, color: bool = False, verbose: bool = False) -> str:
    """GitHub Actions workflow commands (annotations on the pull request)."""
    lines = []
    for d in run.diagnostics:
        kind = "error" if d.severity is Severity.ERROR else "warning"
        title = f"{d.code} {RULES[d.code].name}"
        lines.append(f"::{kind} file={_gh_prop(d.file)},line={d.line},col={d.column},"
                     f"title={_gh_prop(title)}::{_gh_data(message_with_hint(d))}")
    lines.append(_summary(run))
    return "\n".join(lines) + "\n"


Reporter = Callable[..., str]

REPORTERS: dict[ReportFormat, Reporter] = {
    ReportFormat.TEXT: format_text,
    ReportFormat.JSON: format_json,
    ReportFormat.GITHUB: format_github,
}


def report(run: ValidationRun, fmt: ReportFormat, *, color: bool = False,
           verbose: bool = False) -> str:
    return REPORTERS[fmt](run, color=color, verbose=verbose)
