"""A planned project has no owner.

**What.** Every project that is `planned` or `in-progress` (or gives no
`status`) names an `owner`.

**Why.** A plan row is action, budget, owners and deadline: a project nobody
owns is a wish. The method's ambassadors (step 8) can only follow up on work
someone answers for.

**How to fix.** Write `owner:` (a department id when the map declares
`departments`). Reported at the project.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase
from cxmap.metrics import is_committed


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    for i, project in enumerate(ctx.journey.projects or ()):
        if is_committed(project.status) and not project.owner:
            ctx.say(("projects", i), "rules.project_without_owner",
                    hint_key="rules.project_without_owner_hint", id=project.id)


RULE = rule(
    doc=__doc__,
    code="CX309", name="project-without-owner", phase=Phase.MODEL, check=check,
    summary="A planned or in-progress project has no `owner` (a plan row is action, "
    "budget, owner, deadline).",
    fix="Write the owning department under `owner:`.",
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
    due: 2025-09-30
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
