"""Severity and suppression, applied after the rules, in one place.

Rules report with their default severity.  Here, for one file:

1. a method rule (CX300 and up) takes the severity the configuration gives
   it, or is dropped when switched ``off``; problems below CX300 are errors
   of the format and pass unchanged;
2. a problem of a method rule on a line with a ``# cxmap: disable=`` for it
   (or in a file with ``# cxmap: disable-file=``) is dropped;
3. a suppression that named an unknown rule or a format error
   (``bad-suppression``), or that suppressed nothing (``unused-suppression``),
   is reported itself.  A suppression counts as unused only when the rule it
   names ran (a rule switched off does not run; a map with errors, and the
   commands that only need a valid map, skip the rules on the model and the
   graph).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from cxmap.checks.context import MAX_DIAGNOSTICS, more_problems
from cxmap.checks.rules import RULES
from cxmap.checks.settings import RuleSettings
from cxmap.checks.suppressions import Suppression, find_suppressions
from cxmap.diagnostics import Diagnostic, Rule, Severity
from cxmap.i18n import t

UNUSED = "CX390"
BAD = "CX391"


def resolve_rule(name: str) -> Rule | None:
    """A rule by code (any case) or by name."""
    rules = RULES
    found = rules.get(name.upper())
    if found is not None:
        return found
    return _by_name().get(name.lower())


def _by_name() -> dict[str, Rule]:
    global _BY_NAME
    if _BY_NAME is None:
        _BY_NAME = {r.name: r for r in RULES.values()}
    return _BY_NAME


_BY_NAME: dict[str, Rule] | None = None


def apply_policy(file: str, found: list[Diagnostic], settings: RuleSettings,
                 text: str | None, ran: frozenset[str] | None = None) -> list[Diagnostic]:
    """The diagnostics of one file after configuration and suppressions."""
    sups = find_suppressions(text) if text else []
    on_line: dict[int, list[Suppression]] = defaultdict(list)
    for s in sups:
        on_line[s.target].append(s)
    rules = RULES
    out: list[Diagnostic] = []
    for d in found:
        rule = rules[d.code]
        if not rule.configurable:
            out.append(d)
            continue
        severity = settings.severity(rule)
        if severity is None:
            continue
        if sups and _suppressed(d, rule, on_line):
            continue
        out.append(d if severity is d.severity else replace(d, severity=severity))
    # the suppressions' own problems, in the file's order: past the first
    # MAX_DIAGNOSTICS of them none can be listed, they are only counted
    summary = next((d for d in out if d.code == "CX013"), None)
    out = [d for d in out if d.code != "CX013"]
    omitted = summary.params.get("n", 0) if summary is not None and summary.params else 0
    omitted_errors = summary is not None and summary.severity is Severity.ERROR
    made = 0
    for s in sups:
        for code, severity, key, params in _suppression_problems(s, settings, ran):
            if made < MAX_DIAGNOSTICS:
                hint_key = key + "_hint"
                out.append(Diagnostic(file, s.line, s.column, code, t(key, **params),
                                      severity=severity, hint=t(hint_key, **params), key=key,
                                      hint_key=hint_key, params=params))
                made += 1
            else:
                omitted += 1
                omitted_errors |= severity is Severity.ERROR
    out.sort(key=Diagnostic.sort_key)
    if len(out) > MAX_DIAGNOSTICS:
        for d in out[MAX_DIAGNOSTICS:]:
            omitted += 1
            omitted_errors |= d.severity is Severity.ERROR
        del out[MAX_DIAGNOSTICS:]
    if omitted:
        out.append(more_problems(file, out, omitted, omitted_errors))
    return out


def _suppressed(d: Diagnostic, rule: Rule, on_line: dict[int, list[Suppression]]) -> bool:
    hit = False
    for s in (*on_line.get(d.line, ()), *on_line.get(0, ())):
        for name in s.names:
            if name.upper() == rule.code or name.lower() == rule.name:
                s.used.add(name)
                hit = True
    return hit


def _suppression_problems(s: Suppression, settings: RuleSettings, ran: frozenset[str] | None
                          ) -> Iterator[tuple[str, Severity, str, dict[str, Any]]]:
    """(code, severity, message key, parameters) of each problem of one
    suppression; nothing is formatted here (a comment may name 100,000 rules)."""
    rules = RULES
    params: dict[str, Any]
    if s.empty is not None:
        severity = settings.severity(rules[BAD])
        if severity is not None:
            yield BAD, severity, "rules.suppression_empty", {"text": s.empty}
    for name in s.names:
        rule = resolve_rule(name)
        if rule is None:
            key, params = "rules.suppression_unknown", {"name": name}
            code = BAD
        elif not rule.configurable:
            shown = rule.code if name.upper() == rule.code else f"{name} ({rule.code})"
            key, params = "rules.suppression_format_error", {"rule": shown}
            code = BAD
        elif name in s.used or (ran is not None and rule.code not in ran):
            continue
        else:
            key, params = "rules.suppression_unused", {"name": name}
            code = UNUSED
        severity = settings.severity(rules[code])
        if severity is None:
            continue
        yield code, severity, key, params
