"""Too many touchpoints target +2 ("petting the cat").

**What.** At most a few touchpoints have `target: 2`: no more than
`max-count` of them, or `max-share` of all touchpoints if that is more.

**Why.** Step 6 of the method: after lifting the negatives to 0, choose the
*few* touchpoints that should reach +2 and set the company apart. Aiming for
+2 everywhere is "petting the cat": effort spread so thin that nothing
stands out, and budgets no one can meet.

**How to fix.** Keep +2 for the moments that matter most (usually moments
of truth) and set the others' target to 0 or +1. Reported once, at the
first `target: 2` over the limit.
"""

from __future__ import annotations

import math

from pydantic import Field

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import Options, rule
from cxmap.diagnostics import Phase


class DelighterOptions(Options):
    max_count: int = Field(3, ge=0, strict=True, description="touchpoints that may always "
                           "target +2")
    max_share: float = Field(0.15, ge=0, le=1, strict=True, description="share of all "
                             "touchpoints that may target +2, when that allows more than "
                             "`max-count`")


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    options: DelighterOptions = ctx.options
    tps = ctx.journey.touchpoints
    delighters = [tp for tp in tps if tp.target == 2]
    limit = max(options.max_count, math.floor(options.max_share * len(tps)))
    if len(delighters) > limit:
        first_over = delighters[limit]
        ctx.say((*ctx.touchpoint_paths()[first_over.id], "target"), "rules.too_many_delighters",
                hint_key="rules.too_many_delighters_hint", n=len(delighters), total=len(tps),
                limit=limit)


RULE = rule(
    doc=__doc__,
    code="CX308", name="too-many-delighters", phase=Phase.MODEL, check=check,
    options=DelighterOptions,
    summary="More than a few touchpoints target +2 (step 6: choose the few that set the "
    "company apart; +2 everywhere is \"petting the cat\").",
    fix="Keep `target: 2` for the few moments that matter most; aim the others at 0 or +1.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: a, name: Find the shop, score: 0, target: 2}
      - {id: b, name: Fill the basket, score: 0, target: 2}
      - {id: c, name: Pay, score: 0, target: 2}
      - {id: d, name: Delivery, score: 0, target: 2}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: a, name: Find the shop, score: 0, target: 1}
      - {id: b, name: Fill the basket, score: 0, target: 1}
      - {id: c, name: Pay, score: 0, target: 0}
      - {id: d, name: Delivery, score: 0, target: 2}
""")
