"""A stage has no touchpoints yet.

**What.** Every stage lists at least one touchpoint.

**Why.** The map is cut into stages (up to signing, fulfilment,
after-sales…) to hold every moment the customer has contact with the
company (step 4 of the method); an empty stage is an unfinished outline.

**How to fix.** Add the touchpoints of this stage, or remove the stage.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import who_phrase
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    for path, stage in ctx.items("stages"):
        if stage.get("touchpoints") == []:
            ctx.say((*path, "touchpoints"), "diagnostics.empty_stage", key=True,
                    who=who_phrase("stage", stage, path))


RULE = rule(
    doc=__doc__,
    code="CX300", name="empty-stage", phase=Phase.RAW, check=check,
    summary="A stage has no touchpoints yet.",
    fix="Add the touchpoints of this stage, or remove the stage.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        score: 0
  - id: after
    name: After-sales
    touchpoints: []
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        score: 0
  - id: after
    name: After-sales
    touchpoints:
      - id: invoice
        name: Invoice by e-mail
        score: 0
""")
