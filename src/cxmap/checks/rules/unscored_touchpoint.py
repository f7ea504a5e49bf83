"""A touchpoint has no score.

**What.** Every touchpoint has a `score` from −2 to +2.

**Why.** Step 5 of the method scores *every* touchpoint: 0 is what customers
expect, +1 better, +2 delight, −1 worse, −2 bad. An unscored touchpoint is
left out of every mean, priority and comparison with the next research wave.

**How to fix.** Score it (`score: 0` if it is what customers expect). While
a map is still an outline, switch the rule off in the configuration
(`unscored-touchpoint = "off"`) or suppress it on the touchpoint's line.
Reported at the touchpoint's first line (at `score: null` when written).
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    paths = ctx.touchpoint_paths()
    for _, tp in ctx.journey.iter_touchpoints():
        if tp.score is None:
            path = paths[tp.id]
            explicit = "score" in ctx.raw(path)
            ctx.say((*path, "score") if explicit else path, "rules.unscored",
                    hint_key="rules.unscored_hint", id=tp.id)


RULE = rule(
    doc=__doc__,
    code="CX304", name="unscored-touchpoint", phase=Phase.MODEL, check=check,
    summary="A touchpoint has no `score` (step 5: every touchpoint is scored).",
    fix="Score it from -2 to +2 (0: what customers expect).",
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
        score: 1
      - id: pay
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
        score: 1
      - id: pay
        name: Pay
        score: 0
""")
