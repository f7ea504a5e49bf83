"""A survey block counts more positive and negative answers than responses.

**What.** In a touchpoint's `survey`, `positive + negative` is at most
`responses` (a middle answer is neither).

**Why.** The counts are the evidence behind the score: a block whose counts
cannot be true would give a net balance, an interval and a confidence that
mean nothing.

**How to fix.** Count again from the survey data (`cxmap import-survey`
writes the block for you), or correct the number that was mistyped.
Reported at `positive`.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import who_phrase
from cxmap.diagnostics import Phase, Severity


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check(ctx: CheckContext) -> None:
    for path, tp in ctx.touchpoints():
        block = tp.get("survey")
        if not isinstance(block, dict):
            continue
        responses, positive, negative = (_count(block.get(k))
                                          for k in ("responses", "positive", "negative"))
        if responses is None or positive is None or negative is None:
            continue  # the schema check reports a missing or wrong count
        if responses >= 1 and positive + negative > responses:
            ctx.say((*path, "survey", "positive"), "survey.counts_exceed",
                    hint_key="survey.counts_exceed_hint", who=who_phrase("touchpoint", tp, path),
                    positive=positive, negative=negative, responses=responses)


RULE = rule(
    doc=__doc__,
    code="CX205", name="survey-counts", severity=Severity.ERROR, phase=Phase.RAW, check=check,
    summary="A `survey` block's `positive + negative` is more than its `responses`.",
    fix="Count again from the survey data (`cxmap import-survey` writes the block), or "
    "correct the mistyped number.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        score: 1
        survey:
          metric: csat5
          responses: 40
          positive: 36
          negative: 8
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: Pay
        score: 1
        survey:
          metric: csat5
          responses: 40
          positive: 26
          negative: 8
""")
