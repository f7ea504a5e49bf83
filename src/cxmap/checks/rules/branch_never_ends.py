"""A path never reaches its end, or a touchpoint is reached by no path.

**What.** On the journey graph, a customer starting at the first touchpoint
of each branch's path and following the edges that branch uses gets to the
last stage of that path; and every touchpoint is reached on some branch.

**Why.** Step 4 of the method: the map is not one straight line — it
branches (store, online) and converges again (after-sales), and all paths
must be found. A `next` list that sends a branch's customers nowhere, or a
touchpoint nothing leads to, is a path the map lost: its touchpoints drop
out of the drawing's flow and of every per-branch figure.

**How to fix.** Check the `next` lists on the way (the message names where
the customers get stuck): add the missing successor, or give the stranded
touchpoint the right `branch`. Reported at the branch's declaration (the
first stuck touchpoint in a map without branches) and at each unreachable
touchpoint; when the customers go round a loop instead of getting stuck, at
the `next` entry that leads back and closes it.

The rule asks cxmap's journey graph (networkx: what each branch's path graph
reaches from its first touchpoint).
"""

from __future__ import annotations

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.diagnostics import Phase
from cxmap.graph.journey import BranchReach
from cxmap.load.yaml import KeyPath


def check(ctx: CheckContext) -> None:
    graph = ctx.graph
    paths = ctx.touchpoint_paths()
    branches = ctx.ids("branches")
    for reach in graph.reach():
        if reach.reaches_last_stage:
            continue
        loop = None if reach.dead_ends else _closing_loop(ctx, reach)
        if loop is not None:  # no dead end: the walk goes round a loop
            where, source, target = loop
            ctx.say(where, "rules.branch_loops" if reach.branch else "rules.journey_loops",
                    hint_key="rules.branch_loops_hint",
                    branch=reach.branch or "-", stage=reach.last_stage, source=source,
                    target=target)
            continue
        stuck = ", ".join(repr(t) for t in reach.dead_ends[:5]) or "-"
        if reach.branch:
            where = (*branches[reach.branch], "id")
        else:
            where = paths[reach.dead_ends[0]] if reach.dead_ends else ()
        ctx.say(where, "rules.branch_never_ends" if reach.branch else "rules.journey_never_ends",
                hint_key="rules.branch_never_ends_hint",
                branch=reach.branch or "-", stage=reach.last_stage, stuck=stuck)
    for tp_id in graph.unreachable():
        ctx.say(paths[tp_id], "rules.touchpoint_unreachable",
                hint_key="rules.touchpoint_unreachable_hint", id=tp_id)


def _closing_loop(ctx: CheckContext, reach: BranchReach) -> tuple[KeyPath, str, str] | None:
    """Where the walk of a branch with no dead end turns back: the ``next``
    entry of the last touchpoint it reaches that leads back to an earlier one
    (its path, the touchpoint, the target)."""
    graph = ctx.graph
    back = [e for e in graph.back_edges()
            if e.source in reach.reached
            and (not reach.branch or not e.branches or reach.branch in e.branches)]
    if not back:
        return None
    edge = max(back, key=lambda e: graph.order_of(e.source))
    where: KeyPath = (*ctx.touchpoint_paths()[edge.source], "next")
    listed = ctx.raw(where)
    if isinstance(listed, list) and edge.target in listed:
        where = (*where, listed.index(edge.target))
    return where, edge.source, edge.target


RULE = rule(
    doc=__doc__,
    code="CX318", name="branch-never-ends", phase=Phase.GRAPH, check=check,
    summary="On the journey graph a branch's path never reaches its last stage, or no path "
    "reaches a touchpoint (step 4: all paths must be found).",
    fix="Fix the `next` lists that strand customers, or the touchpoint's `branch`.",
    bad="""\
cxmap: 1
id: shop
title: Buying
branches:
  - {id: online, name: Online}
  - {id: store, name: In store}
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: basket, name: Fill the basket, branch: online, score: 0}
      - {id: shelf, name: Take it from the shelf, branch: store, score: 0, next: [basket]}
  - id: after
    name: After-sales
    touchpoints:
      - {id: invoice, name: Invoice by e-mail, score: 0}
""",
    good="""\
cxmap: 1
id: shop
title: Buying
branches:
  - {id: online, name: Online}
  - {id: store, name: In store}
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {id: basket, name: Fill the basket, branch: online, score: 0}
      - {id: shelf, name: Take it from the shelf, branch: store, score: 0, next: [invoice]}
  - id: after
    name: After-sales
    touchpoints:
      - {id: invoice, name: Invoice by e-mail, score: 0}
""")
