"""A moment of truth or customer-effort point is not confirmed by research.

**What.** A touchpoint marked `momentOfTruth: true` or `customerEffort: true`
also says `confirmed: true`.

**Why.** In step 2 the team marks the key moments as hypotheses; step 3's
customer research (focus groups, interviews) confirms or moves them. Reports
weigh key moments heavily, so an unconfirmed flag is the team's guess
presented as a finding.

**How to fix.** Check the flag in research and write `confirmed: true` (and
the research under `evidence`), or remove the flag. Reported at the flag.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    paths = ctx.touchpoint_paths()
    for _, tp in ctx.journey.iter_touchpoints():
        if tp.confirmed:
            continue
        if tp.moment_of_truth:
            ctx.say((*paths[tp.id], "momentOfTruth"), "rules.unconfirmed_mot", key=True,
                    hint_key="rules.unconfirmed_hint", id=tp.id)
        if tp.customer_effort:
            ctx.say((*paths[tp.id], "customerEffort"), "rules.unconfirmed_effort", key=True,
                    hint_key="rules.unconfirmed_hint", id=tp.id)


RULE = rule(
    doc=__doc__,
    code="CX305", name="unconfirmed-flag", phase=Phase.MODEL, check=check,
    summary="A moment of truth or customer-effort point is not `confirmed` by customer "
    "research (step 3).",
    fix="Confirm it in research and write `confirmed: true`, or remove the flag.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: after
    name: After-sales
    touchpoints:
      - id: return
        name: Return without giving a reason
        score: -1
        momentOfTruth: true
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: after
    name: After-sales
    touchpoints:
      - id: return
        name: Return without giving a reason
        score: -1
        momentOfTruth: true
        confirmed: true
        evidence: [Interviews with 12 customers, May]
""")
