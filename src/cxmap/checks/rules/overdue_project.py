"""A planned or in-progress project is past its due date.

**What.** A project that is `planned` or `in-progress` (or gives no
`status`) has a `due` date that has passed (before the day of the check).
Projects that are `done` or `dropped` are exempt, and so is an `idea`.

**Why.** A plan row is action, budget, owners and deadline; CX work slides
from quarter to quarter unless each deadline is looked at when it passes.
An overdue project still counts as the answer to the touchpoints it lists,
and the report shows it among the quick wins: without a mark nobody asks
whether it is late, stuck or quietly finished.

**How to fix.** Say what happened: set `status: done` (or `dropped`) if the
work is over, or agree a new date and write it under `due:`. Reported at the
project's `due`. The report's project table and the portfolio mark the
project as overdue.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase
from cxmap.metrics import is_overdue


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    for i, project in enumerate(ctx.journey.projects or ()):
        if is_overdue(project, ctx.today):
            assert project.due is not None
            days = (ctx.today - project.due).days
            ctx.say(("projects", i, "due"), "rules.overdue_project",
                    hint_key="rules.overdue_project_hint", id=project.id,
                    due=project.due.isoformat(), days=days)


RULE = rule(
    doc=__doc__,
    code="CX319", name="overdue-project", phase=Phase.MODEL, check=check,
    summary="A planned or in-progress project is past its `due` date.",
    fix="Set `status: done` or `dropped` if the work is over, or write the new `due` date.",
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
    status: in-progress
    due: 2024-03-31
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
    status: done
    due: 2024-03-31
""")
