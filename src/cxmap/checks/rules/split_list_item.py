"""A text list item looks cut in two at a comma.

**What.** Two neighbouring items of a text list (`evidence`) where the first
opens a parenthesis or a quote that the second closes.

**Why.** In a `[ ]` flow list every comma separates items, so
`[Focus groups (2 groups, May)]` is two items: `Focus groups (2 groups` and
`May)`. Evidence (step 1 of the method: where a finding comes from) should
read as written.

**How to fix.** Quote the item (`["Focus groups (2 groups, May)"]`) or
write the list one item per line with `- `.
"""

from __future__ import annotations

from itertools import pairwise

from cxmap.checks.context import CheckContext
from cxmap.checks.rules._base import rule
from cxmap.checks.rules._common import who_phrase
from cxmap.diagnostics import Phase

#: text lists whose items are free text (ids cannot hold parentheses or quotes)
TEXT_LISTS = ("evidence",)


def _opens(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count('"') % 2 == 1


def _closes(text: str) -> bool:
    return text.count(")") > text.count("(") or text.count('"') % 2 == 1


def check(ctx: CheckContext) -> None:
    """CX303: ``[Focus groups (2 groups, May)]`` reads as two items."""
    for path, tp in ctx.touchpoints():
        for key in TEXT_LISTS:
            items = tp.get(key)
            if not isinstance(items, list):
                continue
            for i, (first, second) in enumerate(pairwise(items)):
                if (isinstance(first, str) and isinstance(second, str) and _opens(first)
                        and _closes(second)):
                    whole = f"{first}, {second}"
                    quoted = ("'" + whole.replace("'", "''") + "'" if '"' in whole
                              else f'"{whole}"')
                    ctx.say((*path, key, i), "diagnostics.split_list_item",
                            hint_key="diagnostics.split_list_item_hint", field=key, n=i + 1,
                            m=i + 2, who=who_phrase("touchpoint", tp, path), first=first,
                            second=second, quoted=quoted)


RULE = rule(
    doc=__doc__,
    code="CX303", name="split-list-item", phase=Phase.RAW, check=check,
    summary="Two neighbouring items of a text list look like one text cut in two at a "
    "comma: the first opens a parenthesis or a quote that the second closes. In a `[ ]` "
    "list every comma separates items, so `[Focus groups (2 groups, May)]` is two items.",
    fix="Quote the item (`[\"Focus groups (2 groups, May)\"]`) or write the list one "
    "item per line with `- `.",
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
        score: -1
        evidence: [Focus groups (2 groups, May)]
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
        score: -1
        evidence: ["Focus groups (2 groups, May)"]
""")
