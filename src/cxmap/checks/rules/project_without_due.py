"""A planned project has no deadline.

**What.** Every project that is `planned` or `in-progress` (or gives no
`status`) has a `due` date.

**Why.** A plan row is action, budget, owners and deadline. CX work never
ends, which is exactly why each project needs a date: without one it slides
from quarter to quarter.

**How to fix.** Write `due: YYYY-MM-DD`. Reported at the project.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase
from cxmap.metrics import is_committed


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    for i, project in enumerate(ctx.journey.projects or ()):
        if is_committed(project.status) and project.due is None:
            ctx.say(("projects", i), "rules.project_without_due",
                    hint_key="rules.project_without_due_hint", id=project.id)


RULE = rule(
    doc=__doc__,
    code="CX310", name="project-without-due", phase=Phase.MODEL, check=check,
    summary="A planned or in-progress project has no `due` date.",
    fix="Write the deadline as `due: YYYY-MM-DD`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Paper form, score: -2}
projects:
  - id: web-form
    title: One web form instead of paper
    kind: hard
    touchpoints: [form]
    owner: IT
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: form, name: Paper form, score: -2}
projects:
  - id: web-form
    title: One web form instead of paper
    kind: hard
    touchpoints: [form]
    owner: IT
    due: 2025-09-30
""")
