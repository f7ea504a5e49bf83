"""The scoring is old, or its date is missing.

**What.** A map with scores says when it was scored (`scoredOn`), and that
day is at most `months` months ago (default 12).

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

from datetime import date

from pydantic import Field

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import Options, rule
from cxmap.diagnostics import Phase


class StaleOptions(Options):
    months: int = Field(12, ge=1, le=120, strict=True, description="how many months a "
                        "scoring stays current")


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    if year > date.max.year:  # scored in 9999: current until the calendar ends
        return date.max
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def check(ctx: CheckContext) -> None:
    journey = ctx.journey
    assert journey is not None
    options: StaleOptions = ctx.options
    if journey.scored_on is None:
        if any(tp.score is not None for tp in journey.touchpoints):
            ctx.say((), "rules.scoring_undated", hint_key="rules.scoring_undated_hint")
        return
    if _add_months(journey.scored_on, options.months) < ctx.today:
        ctx.say(("scoredOn",), "rules.scoring_stale", hint_key="rules.scoring_stale_hint",
                day=journey.scored_on.isoformat(), months=options.months)


RULE = rule(
    doc=__doc__,
    code="CX313", name="stale-scoring", phase=Phase.MODEL, check=check, options=StaleOptions,
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
