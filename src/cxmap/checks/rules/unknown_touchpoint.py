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
from cxmap.checks.rules._common import ref_path, suggestion, who_phrase
from cxmap.diagnostics import Phase, Severity


def check(ctx: CheckContext) -> None:
    touchpoints = ctx.ids("touchpoints")
    for path, tp in ctx.touchpoints():
        for i, ref in str_list(tp.get("next")):
            if ref not in touchpoints:
                ctx.say(ref_path(path, "next", i), "diagnostics.unknown_next", ref=ref,
                        who=who_phrase("touchpoint", tp, path),
                        **suggestion(ref, touchpoints, "touchpoints", ctx))
    for path, project in ctx.items("projects"):
        for i, ref in str_list(project.get("touchpoints")):
            if ref not in touchpoints:
                ctx.say(ref_path(path, "touchpoints", i), "diagnostics.unknown_touchpoint",
                        ref=ref, who=who_phrase("project", project, path),
                        **suggestion(ref, touchpoints, "touchpoints", ctx))


RULE = rule(
    doc=__doc__,
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
