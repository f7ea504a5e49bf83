"""A touchpoint's score lies outside everything its survey allows.

**What.** A scored touchpoint with a `survey` block: the survey's 95 %
interval of the net balance does not reach the band of the score (with the
default cut points, `score: -2` needs a balance that can be -0.6 or lower;
an interval of [0.33, 0.69] cannot).

**Why.** Step 5 of the method scores every touchpoint, and step 3's
quantitative research measures what customers say. The workshop's opinion
may differ from a survey, but not by more than the survey's own uncertainty
without a reason: when it does, the score or
the survey is wrong, and priorities built on the score go wrong with it.

**How to fix.** Re-score the touchpoint from the survey (`cxmap
import-survey` does it when the survey is big and certain enough), or, when
the workshop knows better (the survey asked about something else, the
process changed since), write why in `evidence` and suppress the warning on
that line. The cut points come from `[tool.cxmap.survey]`. Reported at
`score`.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._survey import decimal, interval, signed
from cxmap.diagnostics import Phase
from cxmap.metrics.survey import estimate, reaches


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    paths = ctx.touchpoint_paths()
    cuts = ctx.survey.cuts
    for _, tp in journey.iter_touchpoints():
        survey = tp.survey
        if tp.score is None or survey is None or tp.id not in paths:
            continue
        est = estimate(survey.responses, survey.positive, survey.negative, cuts)
        if not reaches(est.low, est.high, tp.score, cuts):
            ctx.say((*paths[tp.id], "score"), "survey.contradicts",
                    hint_key="survey.contradicts_hint", id=tp.id, score=signed(tp.score),
                    n=est.responses, net=decimal(est.net, 3),
                    interval=interval(est.low, est.high), band=signed(est.band))


RULE = rule(
    doc=__doc__,
    code="CX320", name="score-contradicts-survey", phase=Phase.MODEL, check=check,
    summary="A scored touchpoint's survey (its 95 % interval of the net balance) does not "
    "reach the score's band.",
    fix="Re-score from the survey (`cxmap import-survey`), or write in `evidence` why the "
    "workshop's score differs.",
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
        score: -2
        survey: {metric: csat5, responses: 60, positive: 42, negative: 9}
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
        survey: {metric: csat5, responses: 60, positive: 42, negative: 9}
""")
