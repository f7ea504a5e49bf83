"""`next` or a project's `touchpoints` names a touchpoint that does not exist.

**What.** Every touchpoint id in `next` and in a project's `touchpoints` must
be the id of a touchpoint of the map.

**Why.** `next` draws the journey graph; a project lists the touchpoints it
improves. A dangling id would lose an edge or a project's effect.

**How to fix.** Use an existing touchpoint id (the hint names the closest).
When the id named is a stage's, the hint says so and names the stage's first
touchpoint; when it is the corrected spelling of a touchpoint id that is not
valid (`pierwszy-wyciąg`), the hint points at that id to fix instead.
"""

from __future__ import annotations

import re
from typing import Any

from cxmap.checks.context import CheckContext, str_list
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import ref_path, suggestion, who_phrase
from cxmap.diagnostics import Phase, Severity
from cxmap.load.slips import identifier_suggestion
from cxmap.load.yaml import KeyPath
from cxmap.model.journey import ID_PATTERN


class _Hints:
    """What to say about an unknown touchpoint: a stage's id, the right
    spelling of an id that is not valid, or the closest valid id.

    What the hints need from all ids (the valid ones, the respelled invalid
    ones) is found once per check, not once per reference (3,000 near-miss
    references once made 9 million comparisons), and nothing is looked for
    once the file lists all the diagnostics it will list."""

    def __init__(self, ctx: CheckContext, touchpoints: dict[str, KeyPath]) -> None:
        self.ctx, self.touchpoints = ctx, touchpoints
        self._valid: dict[str, KeyPath] | None = None
        self._respelled: dict[str, tuple[str, KeyPath]] = {}

    def of(self, ref: str) -> dict[str, Any]:
        ctx = self.ctx
        if ctx.full:  # only counted from here on
            return {}
        stage = ctx.ids("stages").get(ref)
        if stage is not None:
            first = next((text for _, tp in ctx.items("touchpoints", ctx.raw(stage), stage)
                          if isinstance(text := tp.get("id"), str)), None)
            if first is not None:
                return {"hint_key": "diagnostics.stage_in_next", "stage": ref, "first": first}
            return {"hint_key": "diagnostics.stage_in_next_empty", "stage": ref}
        if self._valid is None:
            self._valid = {ident: path for ident, path in self.touchpoints.items()
                           if re.match(ID_PATTERN, ident)}
            for ident, path in self.touchpoints.items():
                if ident not in self._valid:
                    fixed = identifier_suggestion(ident)
                    if fixed is not None:
                        self._respelled.setdefault(fixed, (ident, path))
        respelled = self._respelled.get(ref)
        if respelled is not None:
            bad, path = respelled
            return {"hint_key": "diagnostics.ref_to_invalid_id", "bad": bad,
                    "line": ctx.doc.locate((*path, "id"))[0]}
        return suggestion(ref, self._valid, "touchpoints", ctx)


def check(ctx: CheckContext) -> None:
    touchpoints = ctx.ids("touchpoints")
    hints = _Hints(ctx, touchpoints)
    for path, tp in ctx.touchpoints():
        for i, ref in str_list(tp.get("next")):
            if ref not in touchpoints:
                ctx.say(ref_path(path, "next", i), "diagnostics.unknown_next", ref=ref,
                        who=who_phrase("touchpoint", tp, path), **hints.of(ref))
    for path, project in ctx.items("projects"):
        for i, ref in str_list(project.get("touchpoints")):
            if ref not in touchpoints:
                ctx.say(ref_path(path, "touchpoints", i), "diagnostics.unknown_touchpoint",
                        ref=ref, who=who_phrase("project", project, path), **hints.of(ref))


RULE = rule(
    doc=__doc__,
    code="CX202", name="unknown-touchpoint", severity=Severity.ERROR, phase=Phase.RAW,
    check=check,
    summary="`next` or a project's `touchpoints` names a touchpoint that does not exist.",
    fix="Use an existing touchpoint id.",
    bad="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        next: [paymnet]
      - id: payment
        name: Pay
""",
    good="""\
cxmap: 1
id: shop
title: Buying
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: basket
        name: Fill the basket
        next: [payment]
      - id: payment
        name: Pay
""")
