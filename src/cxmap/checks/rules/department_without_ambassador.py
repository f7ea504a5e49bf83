"""A department has no ambassador.

**What.** Every declared department names its `ambassador`.

**Why.** Step 8 of the method: an ambassador in every department keeps the
work alive between research waves — follows the projects, brings new
complaints to the map, re-scores in the next wave.

**How to fix.** Write `ambassador:` with the person's name. Reported at the
department.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    for i, department in enumerate(ctx.journey.departments or ()):
        if not (department.ambassador or "").strip():
            ctx.say(("departments", i), "rules.department_without_ambassador",
                    hint_key="rules.department_without_ambassador_hint", id=department.id)


RULE = rule(
    doc=__doc__,
    code="CX312", name="department-without-ambassador", phase=Phase.MODEL, check=check,
    summary="A department has no `ambassador` (step 8: an ambassador in every department "
    "keeps the work alive).",
    fix="Name the department's ambassador under `ambassador:`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
departments:
  - id: it
    name: IT
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Web form, score: 0, owner: it}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
departments:
  - id: it
    name: IT
    ambassador: Ann Nowak
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Web form, score: 0, owner: it}
""")
