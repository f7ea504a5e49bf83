"""Checks: parsed document -> diagnostics (and the model, when valid).

The registry lists every check in the order it runs.  Each check is a
function of a :class:`CheckContext` that reports through it; none prints.
Method lint rules (with config and suppressions) join this registry.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxmap.checks.context import Check, CheckContext
from cxmap.checks.references import (
    check_identity_and_references,
    check_split_items,
    check_structure_warnings,
)
from cxmap.checks.schema import check_schema, check_version
from cxmap.diagnostics import Diagnostic, Severity
from cxmap.load.yaml import Document
from cxmap.model.journey import Journey

#: Checks on the raw data that run whenever the file has a usable top level.
RAW_CHECKS: tuple[Check, ...] = (check_identity_and_references, check_structure_warnings,
                                 check_split_items)


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic]
    journey: Journey | None

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def check_document(file: str, doc: Document) -> CheckResult:
    """Run every check on one parsed document."""
    ctx = CheckContext(file, doc)
    if not check_version(ctx):
        return CheckResult(sorted(ctx.diagnostics, key=Diagnostic.sort_key), None)
    journey = check_schema(ctx)
    for check in RAW_CHECKS:
        check(ctx)
    result = CheckResult(sorted(ctx.diagnostics, key=Diagnostic.sort_key), None)
    if not result.has_errors:
        result.journey = journey
    return result
