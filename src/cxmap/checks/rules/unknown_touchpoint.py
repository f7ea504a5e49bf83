"""`next` or a project's `touchpoints` names a touchpoint that does not exist.

**What.** Every touchpoint id in `next` and in a project's `touchpoints` must
be the id of a touchpoint of the map.

**Why.** `next` draws the journey graph; a project lists the touchpoints it
improves. A dangling id would lose an edge or a project's effect.

**How to fix.** Use an existing touchpoint id (the hint names the closest).
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext, str_list
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import did_you_mean, ref_path, who
from cxmap.diagnostics import Phase, Severity


def check(ctx: CheckContext) -> None:
    touchpoints = ctx.ids("touchpoints")
    for path, tp in ctx.touchpoints():
        for i, ref in str_list(tp.get("next")):
            if ref not in touchpoints:
                ctx.report(ref_path(path, "next", i), "CX202",
                           f"unknown touchpoint {ref!r} in 'next' of "
                           f"{who('touchpoint', tp, path)}",
                           hint=did_you_mean(ref, touchpoints, "touchpoints"))
    for path, project in ctx.items("projects"):
        for i, ref in str_list(project.get("touchpoints")):
            if ref not in touchpoints:
                ctx.report(ref_path(path, "touchpoints", i), "CX202",
                           f"unknown touchpoint {ref!r} in {who('project', project, path)}",
                           hint=did_you_mean(ref, touchpoints, "touchpoints"))


RULE = rule(
    code="CX202", name="unknown-touchpoint", severity=Severity.ERROR, phase=Phase.RAW,
    check=check,
    summary="`next` or a project's `touchpoints` names a touchpoint that does not exist.",
    fix="Use an existing touchpoint id.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        next: [paymnet]
      - id: payment
        name: Pay
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        next: [payment]
      - id: payment
        name: Pay
""")
