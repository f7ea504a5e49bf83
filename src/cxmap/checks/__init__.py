"""Checks: parsed document -> diagnostics (and the model, when valid).

The loader and the schema check find the codes below CX200; then the rule
objects of :mod:`cxmap.checks.rules` run, phase by phase: rules on the raw
data (on every file with a usable top level, so one run reports every
problem), then — on a map without errors — rules on the validated model and
on the journey graph.  Each reports through a :class:`CheckContext`; none
prints, none looks at configuration: severities from the configuration and
inline suppressions are applied afterwards by :mod:`cxmap.checks.policy`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cxmap.checks.context import Check, CheckContext
from cxmap.checks.rules import RULE_OBJECTS, options_of
from cxmap.checks.schema import check_schema, check_version
from cxmap.checks.settings import FORMAT_ONLY, RuleSettings
from cxmap.diagnostics import Diagnostic, Phase, Severity
from cxmap.load.yaml import Document
from cxmap.model.journey import Journey

__all__ = ["FORMAT_ONLY", "Check", "CheckContext", "CheckResult", "RuleSettings",
           "check_document"]

DEFAULT_SETTINGS = RuleSettings()


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic]
    journey: Journey | None
    #: the codes of the rules that ran
    ran: frozenset[str] = frozenset()

def _run(ctx: CheckContext, phase: Phase, settings: RuleSettings, ran: set[str]) -> None:
    for rule in RULE_OBJECTS.values():
        if rule.phase is phase and rule.check is not None and settings.enabled(rule):
            ctx.rule, ctx.options = rule, options_of(rule, settings.options.get(rule.code))
            rule.check(ctx)
            ran.add(rule.code)
    ctx.rule = ctx.options = None


def check_document(file: str, doc: Document, settings: RuleSettings | None = None,
                   today: date | None = None) -> CheckResult:
    """Run every check on one parsed document (rules as ``settings`` enable
    them; ``today``: the day rules about dates count from)."""
    settings = settings or DEFAULT_SETTINGS
    ctx = CheckContext(file, doc, today=today or settings.today or date.today(),
                       survey=settings.survey)
    if not check_version(ctx):
        return CheckResult(sorted(ctx.diagnostics, key=Diagnostic.sort_key), None)
    journey = check_schema(ctx)
    ran: set[str] = set()
    _run(ctx, Phase.RAW, settings, ran)
    valid = journey is not None and not ctx.omitted_errors and not any(
        d.severity is Severity.ERROR for d in ctx.diagnostics)
    if valid and settings.method:
        ctx.journey = journey
        _run(ctx, Phase.MODEL, settings, ran)
        _run(ctx, Phase.GRAPH, settings, ran)
    found = sorted(ctx.diagnostics, key=Diagnostic.sort_key)
    summary = ctx.summary()
    return CheckResult([*found, summary] if summary else found, journey if valid else None,
                       frozenset(ran))
