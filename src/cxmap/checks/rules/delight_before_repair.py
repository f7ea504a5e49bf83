"""A project polishes what already works while negatives wait.

**What.** A live project (not `done` or `dropped`) whose touchpoints are all
scored 0 or better, in a map where some touchpoint scored −1 or −2 is in no
live project.

**Why.** Step 6 of the method orders the work: lift every −1/−2 to 0 first;
only then choose the few touchpoints worth +2. Money spent on delight while
customers still meet bad touchpoints is spent in the wrong order.

**How to fix.** Add the negative touchpoints to a project first (the hint
names them), or put this project on hold (`status: idea`) — or, if it is
cheap and already running, suppress the warning with a reason. Reported at
the project.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import is_live
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    projects = journey.projects or []
    scores = {tp.id: tp.score for _, tp in journey.iter_touchpoints()}
    addressed = {t for p in projects if is_live(p.status) for t in p.touchpoints}
    waiting = [t for t, s in scores.items() if s is not None and s < 0 and t not in addressed]
    if not waiting:
        return
    shown = ", ".join(repr(t) for t in waiting[:5]) + (", ..." if len(waiting) > 5 else "")
    for i, project in enumerate(projects):
        if not is_live(project.status):
            continue
        lifted = [scores.get(t) for t in project.touchpoints]
        if all(s is not None and s >= 0 for s in lifted):
            ctx.say(("projects", i), "rules.delight_before_repair",
                    hint_key="rules.delight_before_repair_hint", id=project.id,
                    waiting=shown)


RULE = rule(
    doc=__doc__,
    code="CX307", name="delight-before-repair", phase=Phase.MODEL, check=check,
    summary="A live project only lifts touchpoints already at 0 or better while negative "
    "touchpoints have no project (step 6: repair before delight).",
    fix="Give the negative touchpoints a project first, or put this one on hold.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: form
        name: Print, fill and scan the form
        score: -2
      - id: welcome
        name: Welcome call
        score: 1
projects:
  - id: gift
    title: A gift with every welcome call
    kind: soft
    touchpoints: [welcome]
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: form
        name: Print, fill and scan the form
        score: -2
      - id: welcome
        name: Welcome call
        score: 1
projects:
  - id: web-form
    title: One web form instead of paper
    kind: hard
    touchpoints: [form]
  - id: gift
    title: A gift with every welcome call
    kind: soft
    touchpoints: [welcome]
""")
