"""A touchpoint gives both `branch` and `branches`.

**What.** `branch: x` is shorthand for `branches: [x]`; a touchpoint may use
one or the other.

**Why.** With both, it is unclear which paths the touchpoint lies on.

**How to fix.** Keep one of the two keys.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import who_phrase
from cxmap.diagnostics import Phase, Severity


def check(ctx: CheckContext) -> None:
    for path, tp in ctx.touchpoints():
        if "branch" in tp and "branches" in tp:
            ctx.say((*path, "branch"), "diagnostics.branch_and_branches", key=True,
                    hint_key="diagnostics.branch_and_branches_hint",
                    who=who_phrase("touchpoint", tp, path))


RULE = rule(
    doc=__doc__,
    code="CX204", name="branch-and-branches", severity=Severity.ERROR, phase=Phase.RAW,
    check=check,
    summary="A touchpoint gives both `branch` and `branches`.",
    fix="Keep one: `branch: x` is shorthand for `branches: [x]`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        branch: online
        branches: [online, store]
""",
    good="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        branches: [online, store]
""")
