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
from dataclasses import replace

from cxmap.checks.rules import RULES
from cxmap.checks.settings import RuleSettings
from cxmap.checks.suppressions import Suppression, find_suppressions
from cxmap.diagnostics import Diagnostic, Rule
from cxmap.i18n import t

UNUSED = "CX390"
BAD = "CX391"


def resolve_rule(name: str) -> Rule | None:
    """A rule by code (any case) or by name."""
    rules = RULES
    found = rules.get(name.upper())
    if found is not None:
        return found
    lowered = name.lower()
    return next((r for r in rules.values() if r.name == lowered), None)


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
    for s in sups:
        out.extend(_check_suppression(file, s, settings, ran))
    out.sort(key=Diagnostic.sort_key)
    return out


def _suppressed(d: Diagnostic, rule: Rule, on_line: dict[int, list[Suppression]]) -> bool:
    hit = False
    for s in (*on_line.get(d.line, ()), *on_line.get(0, ())):
        for name in s.names:
            if name.upper() == rule.code or name.lower() == rule.name:
                s.used.add(name)
                hit = True
    return hit


def _check_suppression(file: str, s: Suppression, settings: RuleSettings,
                       ran: frozenset[str] | None) -> list[Diagnostic]:
    out = []
    rules = RULES
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
        hint_key = key + "_hint"
        out.append(Diagnostic(file, s.line, s.column, code, t(key, **params),
                              severity=severity, hint=t(hint_key, **params), key=key,
                              hint_key=hint_key, params=params))
    return out
