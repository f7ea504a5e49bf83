"""A touchpoint lists itself in `next`.

**What.** No touchpoint is its own successor.

**Why.** The journey graph joins touchpoints in the order customers meet
them; an edge from a touchpoint to itself says nothing about the journey and
clutters the drawing.

**How to fix.** Remove the touchpoint's own id from `next`.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext, str_list, text_id
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import ref_path, who_phrase
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    touchpoints = ctx.ids("touchpoints")
    for path, tp in ctx.touchpoints():
        for i, ref in str_list(tp.get("next")):
            if ref in touchpoints and ref == text_id(tp):
                ctx.say(ref_path(path, "next", i), "diagnostics.self_loop",
                        who=who_phrase("touchpoint", tp, path))


RULE = rule(
    doc=__doc__,
    code="CX302", name="self-loop", phase=Phase.RAW, check=check,
    summary="A touchpoint lists itself in `next`.",
    fix="Remove the touchpoint's own id from `next`.",
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
        score: 0
        next: [basket, pay]
      - id: pay
        name: Pay
        score: 0
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
        score: 0
        next: [pay]
      - id: pay
        name: Pay
        score: 0
""")
