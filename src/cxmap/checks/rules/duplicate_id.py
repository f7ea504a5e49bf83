"""Two objects of the same kind share an id.

**What.** Departments, branches, stages and projects must each have ids unique
among their kind; touchpoint ids are unique across the whole map, in every
stage.

**Why.** Ids are how references (`branch`, `next`, a project's
`touchpoints`, `owner`) find their object, and how `cxmap diff` matches a
touchpoint across research waves.

**How to fix.** Rename one of the two; keep the older one's id, so next
year's comparison still finds it.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext, text_id
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase, Severity

_KINDS = (("departments", "department", "in the map"), ("branches", "branch", "in the map"),
          ("stages", "stage", "in the map"),
          ("touchpoints", "touchpoint", "across the whole map, in every stage"),
          ("projects", "project", "in the map"))


def check(ctx: CheckContext) -> None:
    for kind, noun, _scope in _KINDS:
        first = ctx.ids(kind)
        entries = ctx.touchpoints() if kind == "touchpoints" else ctx.items(kind)
        for path, obj in entries:
            ident = text_id(obj)
            if ident is not None and first[ident] != path:
                first_line = ctx.doc.locate((*first[ident], "id"))[0]
                ctx.say((*path, "id"), f"diagnostics.duplicate_{noun}_id",
                        hint_key=f"diagnostics.duplicate_{noun}_id_hint", id=ident,
                        line=first_line)


RULE = rule(
    doc=__doc__,
    code="CX200", name="duplicate-id", severity=Severity.ERROR, phase=Phase.RAW, check=check,
    summary="Two objects of the same kind share an id (touchpoint ids are unique across "
    "the whole map).",
    fix="Rename one of them; ids are how `cxmap diff` matches touchpoints across years, "
    "so keep the older one's id.",
    bad="""\
cxmap: 1
id: shop
title: Buying online
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay by card
  - id: after
    name: After-sales
    touchpoints:
      - id: pay
        name: Pay the invoice
""",
    good="""\
cxmap: 1
id: shop
title: Buying online
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay by card
  - id: after
    name: After-sales
    touchpoints:
      - id: pay-invoice
        name: Pay the invoice
""")
