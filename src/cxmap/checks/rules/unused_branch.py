"""A declared branch has no touchpoint of its own.

**What.** Each declared branch is named by at least one touchpoint's
`branch`/`branches`.

**Why.** A branch is a path a customer can take (step 4: all paths and
channels must be found). One with no touchpoint of its own is just the shared
path again: either its own touchpoints are missing or the branch is not real.

**How to fix.** Assign touchpoints to it with `branch:`, or remove it.
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext, str_list, text_id
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase


def check(ctx: CheckContext) -> None:
    used: set[str] = set()
    for _, tp in ctx.touchpoints():
        for key in ("branch", "branches"):
            used.update(ref for _, ref in str_list(tp.get(key)))
    for path, branch in ctx.items("branches"):
        ident = text_id(branch)
        if ident is not None and ident not in used:
            ctx.say((*path, "id"), "diagnostics.unused_branch",
                    hint_key="diagnostics.unused_branch_hint", id=ident)


RULE = rule(
    doc=__doc__,
    code="CX301", name="unused-branch", phase=Phase.RAW, check=check,
    summary="A declared branch has no touchpoint of its own, so its path is just the "
    "shared path.",
    fix="Assign touchpoints to it with `branch:` or remove it.",
    bad="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        branch: online
        score: 0
""",
    good="""\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        branch: online
        score: 0
      - id: shelf
        name: Take it from the shelf
        branch: store
        score: 0
""")
