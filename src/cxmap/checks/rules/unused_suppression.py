"""A `# cxmap: disable=` comment suppresses nothing.

**What.** A suppression names a rule that reported no problem on its line
(or, for `disable-file`, in its file).

**Why.** Suppressions are reasons written next to the map ("not scored until
the spring wave"); one that no longer suppresses anything is stale and would
silently hide the next real problem on that line.

**How to fix.** Remove the suppression, or the rule's name from it.
It is reported only when every rule ran (a map with errors skips the rules on
the model and the graph) and not for a rule switched off in the
configuration.
"""

from __future__ import annotations

from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase

RULE = rule(
    doc=__doc__,
    code="CX390", name="unused-suppression", phase=Phase.POLICY, check=None,
    summary="A `# cxmap: disable=` comment suppresses nothing.",
    fix="Remove the suppression (or the rule's name from it).",
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
        score: 0
        next: [receipt]  # cxmap: disable=self-loop
      - id: receipt
        name: Receipt by e-mail
        score: 0
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
        score: 0
        # cxmap: disable=self-loop -- a retry loop, drawn on purpose
        next: [pay, receipt]
      - id: receipt
        name: Receipt by e-mail
        score: 0
""")
