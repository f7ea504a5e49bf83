"""A survey block counts fewer responses than the configured minimum.

**What.** A touchpoint's `survey` has fewer `responses` than `min-responses`
in `[tool.cxmap.survey]` (default 30).

**Why.** A handful of answers gives a net balance whose 95 % interval spans
two or three score bands: it cannot tell a -1 from a +1, and a change
between two waves of such a survey is mostly noise. `cxmap import-survey`
does not move a score on it; the map should not pretend it does either.

**How to fix.** Collect more answers in the next wave (or merge the answers
of a longer period), then import again. A touchpoint few customers pass may
never reach the minimum: lower `min-responses` for its folder, or switch the
rule off on that line. Reported at `responses`.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    paths = ctx.touchpoint_paths()
    least = ctx.survey.min_responses
    for _, tp in journey.iter_touchpoints():
        if tp.survey is not None and tp.survey.responses < least and tp.id in paths:
            ctx.say((*paths[tp.id], "survey", "responses"), "survey.thin",
                    hint_key="survey.thin_hint", id=tp.id, n=tp.survey.responses, min=least)


RULE = rule(
    doc=__doc__,
    code="CX321", name="thin-survey", phase=Phase.MODEL, check=check,
    summary="A `survey` block has fewer `responses` than `min-responses` in "
    "`[tool.cxmap.survey]` (default 30).",
    fix="Collect more answers and import again; lower `min-responses` where few customers "
    "pass.",
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
        survey: {metric: csat5, responses: 12, positive: 8, negative: 1}
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
        survey: {metric: csat5, responses: 48, positive: 32, negative: 5}
""")
