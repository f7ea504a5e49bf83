"""An `owner` is not one of the declared `departments`.

**What.** When the map declares `departments`, every touchpoint's and
project's `owner` must be one of their ids.

**Why.** The full journey map is built by a cross-department team: each
touchpoint has an owning department, and reports group by it. A misspelt
owner would make a department's touchpoints disappear from its list.

**How to fix.** Use a declared department id, or add the department.
"""

from __future__ import annotations

from typing import Any

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import suggestion, who_phrase
from cxmap.diagnostics import Phase, Severity
from cxmap.load.yaml import KeyPath


def check(ctx: CheckContext) -> None:
    if not isinstance(ctx.data.get("departments"), list):
        return
    departments = ctx.ids("departments")

    def owner(path: KeyPath, obj: dict[str, Any], what: Any) -> None:
        value = obj.get("owner")
        if isinstance(value, str) and value not in departments:
            ctx.say((*path, "owner"), "diagnostics.unknown_department", value=value,
                    who=what, **suggestion(value, departments, "departments", ctx))

    for path, tp in ctx.touchpoints():
        owner(path, tp, who_phrase("touchpoint", tp, path))
    for path, project in ctx.items("projects"):
        owner(path, project, who_phrase("project", project, path))


RULE = rule(
    doc=__doc__,
    code="CX203", name="unknown-department", severity=Severity.ERROR, phase=Phase.RAW,
    check=check,
    summary="An `owner` is not one of the declared `departments` (checked only when "
    "`departments` is present).",
    fix="Use a declared department id, or add the department.",
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
      - id: form
        name: Web form
        owner: IT-dept
""",
    good="""\
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
      - id: form
        name: Web form
        owner: it
""")
