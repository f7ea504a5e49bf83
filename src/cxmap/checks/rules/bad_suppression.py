"""A `# cxmap: disable=` comment names an unknown rule or a format error.

**What.** Every name in a suppression is the code (`CX304`) or the name
(`unscored-touchpoint`) of a method rule (CX300 and up).

**Why.** Problems below CX300 are errors of the format: the map cannot be
read as intended, so they cannot be switched off. A misspelt rule name would
suppress nothing.

**How to fix.** Use a method rule's code or name (`cxmap explain all` lists
them); fix format errors instead of suppressing them.
"""

from __future__ import annotations

from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase

RULE = rule(
    doc=__doc__,
    code="CX391", name="bad-suppression", phase=Phase.POLICY, check=None,
    summary="A `# cxmap: disable=` comment names an unknown rule, or a format error "
    "(below CX300), which cannot be suppressed.",
    fix="Name a method rule by its code or name; fix format errors instead.",
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
        next: [pay, receipt]  # cxmap: disable=self-lop
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
        next: [pay, receipt]  # cxmap: disable=self-loop
      - id: receipt
        name: Receipt by e-mail
        score: 0
""")
