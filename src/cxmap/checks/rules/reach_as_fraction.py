"""Every `reach` is at most 1, as if 0.45 meant 45 %.

**What.** In a map with two or more `reach` numbers, not all of them are at
most 1 with some fraction among them.

**Why.** `reach` is a percentage of customers (step 3: 0.5 % may not be worth
fixing, 40–50 % must be). A map whose reaches are all 0.1, 0.45, 0.8 was
almost certainly written as fractions — read as percentages, every finding
looks negligible and priorities come out wrong.

**How to fix.** Write percentages: `reach: 45` or `reach: "45%"`. Values
written with `%` are never taken for fractions. Reported once, at the first
fractional reach.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    numbers = []
    for path, tp in ctx.touchpoints():
        value = tp.get("reach")
        if isinstance(value, int | float) and not isinstance(value, bool):
            numbers.append((path, float(value)))
        elif value is not None:
            return  # a "45%" says the author writes percentages
    if len(numbers) < 2 or any(v > 1 for _, v in numbers):
        return
    fractions = [(p, v) for p, v in numbers if 0 < v < 1]
    if fractions:
        path, value = fractions[0]
        ctx.say((*path, "reach"), "rules.reach_as_fraction",
                hint_key="rules.reach_as_fraction_hint", n=len(numbers), value=f"{value:g}",
                percent=f"{value * 100:g}", share=value * 100)


RULE = rule(
    doc=__doc__,
    code="CX314", name="reach-as-fraction", phase=Phase.MODEL, check=check,
    summary="Every `reach` in the map is at most 1, as if 0.45 meant 45 % (`reach` is a "
    "percentage, 0-100).",
    fix="Write percentages: `reach: 45` or `reach: \"45%\"`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: find, name: Find the shop, score: 0, reach: 0.8}
      - {id: pay, name: Pay, score: -1, reach: 0.45}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: find, name: Find the shop, score: 0, reach: 80}
      - {id: pay, name: Pay, score: -1, reach: "45%"}
""")
