"""A touchpoint scored −1 or −2 has no live project.

**What.** Every touchpoint with `score` −1 or −2 is among the `touchpoints` of
a project whose `status` is not `done` or `dropped`.

**Why.** Step 6 of the method: *first lift every −1 and −2 to 0*, then choose
the few touchpoints that should delight. A negative touchpoint nobody works
on is the map's most urgent gap.

**How to fix.** Add the touchpoint to a project (a new one, or one that
already fixes a neighbour: one web-form fix can lift several touchpoints).
Reported at the score.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import is_live
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    addressed = {t for p in journey.projects or () if is_live(p.status) for t in p.touchpoints}
    paths = ctx.touchpoint_paths()
    for _, tp in journey.iter_touchpoints():
        if tp.score is not None and tp.score < 0 and tp.id not in addressed:
            ctx.say((*paths[tp.id], "score"), "rules.negative_without_project",
                    hint_key="rules.negative_without_project_hint", id=tp.id,
                    score=tp.score)


RULE = rule(
    doc=__doc__,
    code="CX306", name="negative-without-project", phase=Phase.MODEL, check=check,
    summary="A touchpoint scored -1 or -2 is in no live project (step 6: lift the "
    "negatives to 0 first).",
    fix="Add the touchpoint to a project that is not done or dropped.",
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
projects:
  - id: web-form
    title: One web form instead of paper
    kind: hard
    touchpoints: [form]
    owner: IT
    due: 2025-09-30
""")
