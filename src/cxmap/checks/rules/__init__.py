"""Rule objects: one module per rule, each defining ``RULE``.

A rule has a stable code, a name, a default severity, an options class (a
frozen pydantic model, see :class:`Options`; ``None`` when it has none), the phase
it runs in (the raw data, the validated model, or the journey graph) and a
``check(ctx)`` that reports through the
:class:`~cxmap.checks.context.CheckContext`.  The module's docstring says what
the rule checks, why, and how to fix what it reports; the docs pages under
``docs/rules/`` are generated from it with the rule's failing and passing
examples (a test runs both).

Rules report with their default severity and never look at configuration or
suppressions: :mod:`cxmap.checks.policy` applies both afterwards, in one place.

The rules are listed here, one import each (as yamllint lists its rules): a
new rule module is added to :data:`RULE_OBJECTS`' list below.  :data:`RULES`
adds the loader's codes (:data:`cxmap.diagnostics.FORMAT_RULES`): every
diagnostic code, in code order.
"""

from __future__ import annotations

from cxmap.checks.rules import (
    bad_suppression,
    branch_and_branches,
    branch_never_ends,
    delight_before_repair,
    department_without_ambassador,
    duplicate_id,
    duplicate_name,
    empty_stage,
    low_reach_project,
    moment_of_truth_without_evidence,
    negative_without_project,
    overdue_project,
    project_without_due,
    project_without_owner,
    reach_as_fraction,
    score_contradicts_survey,
    self_loop,
    split_list_item,
    stale_scoring,
    survey_counts,
    thin_survey,
    too_many_delighters,
    touchpoint_without_owner,
    unconfirmed_flag,
    unknown_branch,
    unknown_department,
    unknown_touchpoint,
    unscored_touchpoint,
    unused_branch,
    unused_suppression,
)
from cxmap.checks.rules._base import Options, options_of, rule
from cxmap.diagnostics import FORMAT_RULES, Rule

__all__ = ["RULES", "RULE_OBJECTS", "Options", "options_of", "rule"]

#: every rule object, by code, in code order
RULE_OBJECTS: dict[str, Rule] = {r.code: r for r in sorted((m.RULE for m in (
    bad_suppression,
    branch_and_branches,
    branch_never_ends,
    delight_before_repair,
    department_without_ambassador,
    duplicate_id,
    duplicate_name,
    empty_stage,
    low_reach_project,
    moment_of_truth_without_evidence,
    negative_without_project,
    overdue_project,
    project_without_due,
    project_without_owner,
    reach_as_fraction,
    score_contradicts_survey,
    self_loop,
    split_list_item,
    stale_scoring,
    survey_counts,
    thin_survey,
    too_many_delighters,
    touchpoint_without_owner,
    unconfirmed_flag,
    unknown_branch,
    unknown_department,
    unknown_touchpoint,
    unscored_touchpoint,
    unused_branch,
    unused_suppression,
)), key=lambda r: r.code)}

#: every diagnostic code (the loader's and the rule objects'), in code order
RULES: dict[str, Rule] = dict(sorted({**FORMAT_RULES, **RULE_OBJECTS}.items()))
