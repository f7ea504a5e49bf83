"""A project fixes only what few customers meet.

**What.** A live project (not `done` or `dropped`) all of whose touchpoints
have a `reach` below `min-reach` percent (default 1). Projects with a
touchpoint whose reach is not known are not checked.

**Why.** Step 3 of the method: quantitative research tells what share of
customers a finding touches — 0.5 % may not be worth fixing, 40–50 % must
be. Budget spent on touchpoints almost nobody meets is budget the common
pains do not get.

**How to fix.** Check the reach numbers; if they hold, lower the project's
priority (`status: idea`) or join it to a project with wider reach. If it is
worth doing anyway (a legal duty, a moment of truth for key accounts),
suppress the warning with the reason. Reported at the project.
"""

from __future__ import annotations

from pydantic import Field

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import Options, rule
from cxmap.checks.rules._common import is_live
from cxmap.diagnostics import Phase


class ReachOptions(Options):
    min_reach: float = Field(1.0, ge=0, le=100, strict=True, description="percent of "
                             "customers below which a touchpoint's reach is low")


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    options: ReachOptions = ctx.options
    reach = {tp.id: tp.reach for tp in journey.touchpoints}
    for i, project in enumerate(journey.projects or ()):
        if not is_live(project.status):
            continue
        values = [reach.get(t) for t in project.touchpoints]
        if values and all(v is not None and v < options.min_reach for v in values):
            top = max(v for v in values if v is not None)
            ctx.say(("projects", i), "rules.low_reach_project",
                    hint_key="rules.low_reach_project_hint", id=project.id, top=top,
                    min=options.min_reach)


RULE = rule(
    doc=__doc__,
    code="CX315", name="low-reach-project", phase=Phase.MODEL, check=check,
    options=ReachOptions,
    summary="A live project's touchpoints all touch fewer than `min-reach` % of customers "
    "(step 3: 0.5 % may not be worth fixing).",
    fix="Check the reach; lower the project's priority or join it to one with wider reach.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: fax, name: Order by fax, score: -2, reach: 0.5}
projects:
  - id: fax-form
    title: A new fax order form
    kind: hard
    touchpoints: [fax]
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: fax, name: Order by fax, score: -2, reach: 0.5}
      - {id: form, name: Web order form, score: -1, reach: 45}
projects:
  - id: order-forms
    title: One order form for the web and fax
    kind: hard
    touchpoints: [fax, form]
""")
