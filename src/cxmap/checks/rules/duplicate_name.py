"""Two touchpoints have the same name.

**What.** Touchpoint names differ (compared without regard to case and
spacing).

**Why.** Names are what people read: in the drawing, in reports, in the
comparison of two research waves. Two touchpoints called "Payment" (one
online, one in store) cannot be told apart there, and scores get attributed
to the wrong one.

**How to fix.** Say what differs: "Payment online", "Payment at the till".
Reported at the second name.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    paths = ctx.touchpoint_paths()
    seen: dict[str, str] = {}
    for _, tp in ctx.journey.iter_touchpoints():
        norm = " ".join(tp.name.split()).casefold()
        first = seen.setdefault(norm, tp.id)
        if first != tp.id:
            line = ctx.doc.locate((*paths[first], "name"))[0]
            ctx.say((*paths[tp.id], "name"), "rules.duplicate_name",
                    hint_key="rules.duplicate_name_hint", id=tp.id, first=first,
                    name=tp.name, line=line)


RULE = rule(
    doc=__doc__,
    code="CX316", name="duplicate-name", phase=Phase.MODEL, check=check,
    summary="Two touchpoints have the same name (ignoring case and spacing).",
    fix="Name what differs (\"Payment online\", \"Payment at the till\").",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: pay-online, name: Payment, score: 0}
      - {id: pay-store, name: payment, score: 1}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: pay-online, name: Payment online, score: 0}
      - {id: pay-store, name: Payment at the till, score: 1}
""")
