"""A touchpoint has no owning department.

**What.** When the map declares `departments`, every touchpoint names its
`owner`.

**Why.** Step 4 of the method: the full map is built by a cross-department
team, and every touchpoint has a department that answers for it (IT owns the
web form, accounting sends the invoice). Without an owner, a bad score is
nobody's problem. Maps without `departments` are not checked.

**How to fix.** Write `owner:` with a declared department id. Reported at
the touchpoint's first line.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    if not journey.departments:
        return
    paths = ctx.touchpoint_paths()
    for _, tp in journey.iter_touchpoints():
        if not tp.owner:
            ctx.say(paths[tp.id], "rules.touchpoint_without_owner",
                    hint_key="rules.touchpoint_without_owner_hint", id=tp.id)


RULE = rule(
    doc=__doc__,
    code="CX311", name="touchpoint-without-owner", phase=Phase.MODEL, check=check,
    summary="The map declares `departments` but a touchpoint has no `owner` (step 4).",
    fix="Write the owning department's id under `owner:`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
departments:
  - {id: it, name: IT, ambassador: Ann}
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Web form, score: 0}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
departments:
  - {id: it, name: IT, ambassador: Ann}
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Web form, score: 0, owner: it}
""")
