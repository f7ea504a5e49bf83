"""The scoring is old, or its date is missing.

**What.** A map with scores says when it was scored (`scoredOn`), and that
day is at most `months` calendar months ago (default 12): scored on
14 April, it is current until 14 October with `months = 6`, and stale from
15 October (scored on 31 August, six months end on the last day of
February). The portfolio report (`cxmap report FOLDER`) and the warehouse
export's `views.sql` (`cxmap dataset`) mark a scoring stale by the same
`months`, read from the same configuration.

**Why.** Step 9 of the method: after 6–12 months, research again and
re-score every touchpoint — expectations drift (Wi-Fi on a train was +2
years ago; now lacking it is −2). Without `scoredOn`, nobody can tell how
old the scores are; reports and `cxmap diff` show it.

**How to fix.** Run the next research wave and re-score (commit the new
scores with the new `scoredOn`), or write the date of the scoring you have.
A map kept as a record of a past wave can switch the rule off in its
folder's configuration. Reported at `scoredOn`, or at the top of the file
when it is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import Options, rule
from cxmap.diagnostics import Phase
from cxmap.metrics import STALE_AFTER_MONTHS, is_stale

if TYPE_CHECKING:
    from cxmap.checks.settings import RuleSettings

CODE = "CX313"


class StaleOptions(Options):
    months: int = Field(STALE_AFTER_MONTHS, ge=1, le=120, strict=True,
                        description="how many months a scoring stays current")


def configured_months(settings: RuleSettings) -> int:
    """The ``months`` a configuration gives this rule (its default when it
    gives none): the cutoff the reports and the dataset use too."""
    options = settings.options.get(CODE)
    return options.months if isinstance(options, StaleOptions) else STALE_AFTER_MONTHS


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    options: StaleOptions = ctx.options
    if journey.scored_on is None:
        if any(tp.score is not None for tp in journey.touchpoints):
            ctx.say((), "rules.scoring_undated", hint_key="rules.scoring_undated_hint")
        return
    if is_stale(journey.scored_on, ctx.today, options.months):
        ctx.say(("scoredOn",), "rules.scoring_stale", hint_key="rules.scoring_stale_hint",
                day=journey.scored_on.isoformat(), months=options.months)


RULE = rule(
    doc=__doc__,
    code=CODE, name="stale-scoring", phase=Phase.MODEL, check=check, options=StaleOptions,
    summary="`scoredOn` is more than `months` (default 12) months ago, or missing while "
    "touchpoints are scored (step 9: re-score every 6-12 months).",
    fix="Re-score in a new research wave and update `scoredOn`, or write the scoring's date.",
    bad="""\
cxmap: 1
id: shop
title: Buying
scoredOn: 2023-04-14
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: pay, name: Pay, score: 0}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
scoredOn: 2025-04-14
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: pay, name: Pay, score: 0}
""")
