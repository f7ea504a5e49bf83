"""`branch` or `branches` names a branch the map does not declare.

**What.** Every branch a touchpoint names must be declared under `branches:`.

**Why.** A branch is a path a customer can take (online, in store); a
misspelt branch would silently put the touchpoint on no path at all.

**How to fix.** Use one of the declared branch ids, or declare the branch.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext, str_list
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import ref_path, suggestion, who_phrase
from cxmap.diagnostics import Phase, Severity


def check(ctx: CheckContext) -> None:
    branches = ctx.ids("branches")
    for path, tp in ctx.touchpoints():
        for key in ("branch", "branches"):
            for i, ref in str_list(tp.get(key)):
                if ref not in branches:
                    ctx.say(ref_path(path, key, i), "diagnostics.unknown_branch", ref=ref,
                            who=who_phrase("touchpoint", tp, path),
                            **suggestion(ref, branches, "branches", ctx))


RULE = rule(
    doc=__doc__,
    code="CX201", name="unknown-branch", severity=Severity.ERROR, phase=Phase.RAW, check=check,
    summary="`branch` or `branches` names a branch that the map does not declare.",
    fix="Use one of the declared branch ids, or declare the branch under `branches:`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        branch: onlien
""",
    good="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        branch: online
""")
