"""A moment of truth has no evidence.

**What.** A touchpoint with `momentOfTruth: true` lists its `evidence`.

**Why.** A moment of truth is where the customer says "I'm checking you";
reports put it first. Step 1 of the method grounds findings in data —
complaints, recordings, surveys — and step 3 confirms key moments in
research. Evidence tells the next team why this moment matters.

**How to fix.** List where the finding comes from under `evidence:`
(complaint analysis, NPS comments, interviews…). Reported at the flag.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    assert ctx.journey is not None
    paths = ctx.touchpoint_paths()
    for _, tp in ctx.journey.iter_touchpoints():
        if tp.moment_of_truth and not any(e.strip() for e in tp.evidence or ()):
            ctx.say((*paths[tp.id], "momentOfTruth"), "rules.mot_without_evidence", key=True,
                    hint_key="rules.mot_without_evidence_hint", id=tp.id)


RULE = rule(
    doc=__doc__,
    code="CX317", name="moment-of-truth-without-evidence", phase=Phase.MODEL, check=check,
    summary="A moment of truth lists no `evidence` (steps 1 and 3: findings come from data "
    "and research).",
    fix="List where the finding comes from under `evidence:`.",
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
        confirmed: true
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
        evidence:
          - Complaint analysis 2024 (returns are 31 % of complaints)
""")
