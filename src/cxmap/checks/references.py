"""Identity and references: unique ids, and every reference resolves.

Runs on the raw data, tolerating any shape (a type error elsewhere is the
schema check's business), so one run reports every problem in the file.
"""

from __future__ import annotations

import difflib
from itertools import pairwise
from typing import Any

from cxmap.checks.context import CheckContext, str_list, text_id
from cxmap.load.yaml import KeyPath


def _did_you_mean(value: str, known: dict[str, KeyPath], what: str) -> str:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    if not known:
        return f"the map declares no {what}"
    listed = ", ".join(list(known)[:12]) + (", ..." if len(known) > 12 else "")
    return f"known {what}: {listed}"


def _who(kind: str, obj: dict[str, Any], path: KeyPath) -> str:
    ident = text_id(obj)
    return f"{kind} {ident!r}" if ident else f"{kind} #{int(path[-1]) + 1}"


def _unique(ctx: CheckContext, kind: str, entries: list[tuple[KeyPath, dict[str, Any]]],
            scope: str) -> dict[str, KeyPath]:
    seen: dict[str, KeyPath] = {}
    for path, obj in entries:
        ident = text_id(obj)
        if ident is None:
            continue
        if ident in seen:
            first_line = ctx.doc.locate((*seen[ident], "id"))[0]
            ctx.report((*path, "id"), "CX200",
                       f"duplicate {kind} id {ident!r} (first defined at line {first_line})",
                       hint=f"{kind} ids must be unique {scope}")
        else:
            seen[ident] = path
    return seen


def check_identity_and_references(ctx: CheckContext) -> None:
    data = ctx.data
    departments = _unique(ctx, "department", list(ctx.items("departments")), "in the map")
    branches = _unique(ctx, "branch", list(ctx.items("branches")), "in the map")
    _unique(ctx, "stage", list(ctx.items("stages")), "in the map")
    touchpoints = _unique(ctx, "touchpoint", list(ctx.touchpoints()),
                          "across the whole map, in every stage")
    _unique(ctx, "project", list(ctx.items("projects")), "in the map")
    check_owners = isinstance(data.get("departments"), list)

    def owner(path: KeyPath, obj: dict[str, Any], who: str) -> None:
        value = obj.get("owner")
        if check_owners and isinstance(value, str) and value not in departments:
            ctx.report((*path, "owner"), "CX203",
                       f"owner {value!r} of {who} is not a declared department",
                       hint=_did_you_mean(value, departments, "departments"))

    for path, tp in ctx.touchpoints():
        who = _who("touchpoint", tp, path)
        if "branch" in tp and "branches" in tp:
            ctx.report((*path, "branch"), "CX204",
                       f"{who} gives both 'branch' and 'branches'",
                       key=True, hint="keep one: 'branch: x' is shorthand for 'branches: [x]'")
        for key in ("branch", "branches"):
            for i, ref in str_list(tp.get(key)):
                if ref not in branches:
                    ref_path = (*path, key) if i is None else (*path, key, i)
                    ctx.report(ref_path, "CX201", f"unknown branch {ref!r} in {who}",
                               hint=_did_you_mean(ref, branches, "branches"))
        for i, ref in str_list(tp.get("next")):
            if ref not in touchpoints:
                ref_path = (*path, "next") if i is None else (*path, "next", i)
                ctx.report(ref_path, "CX202", f"unknown touchpoint {ref!r} in 'next' of {who}",
                           hint=_did_you_mean(ref, touchpoints, "touchpoints"))
            elif ref == text_id(tp):
                ctx.report((*path, "next", i) if i is not None else (*path, "next"), "CX302",
                           f"{who} lists itself in 'next'")
        owner(path, tp, who)

    for path, project in ctx.items("projects"):
        who = _who("project", project, path)
        for i, ref in str_list(project.get("touchpoints")):
            if ref not in touchpoints:
                ref_path = (*path, "touchpoints") if i is None else (*path, "touchpoints", i)
                ctx.report(ref_path, "CX202", f"unknown touchpoint {ref!r} in {who}",
                           hint=_did_you_mean(ref, touchpoints, "touchpoints"))
        owner(path, project, who)


def check_structure_warnings(ctx: CheckContext) -> None:
    for path, stage in ctx.items("stages"):
        if stage.get("touchpoints") == []:
            ctx.report((*path, "touchpoints"), "CX300",
                       f"{_who('stage', stage, path)} has no touchpoints", key=True)
    used: set[str] = set()
    for _, tp in ctx.touchpoints():
        for key in ("branch", "branches"):
            used.update(ref for _, ref in str_list(tp.get(key)))
    for path, branch in ctx.items("branches"):
        ident = text_id(branch)
        if ident is not None and ident not in used:
            ctx.report((*path, "id"), "CX301",
                       f"branch {ident!r} has no touchpoint of its own",
                       hint="assign touchpoints to it with 'branch:' or remove it")


#: text lists whose items are free text (ids cannot hold parentheses or quotes)
TEXT_LISTS = ("evidence",)


def _opens(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count('"') % 2 == 1


def _closes(text: str) -> bool:
    return text.count(")") > text.count("(") or text.count('"') % 2 == 1


def check_split_items(ctx: CheckContext) -> None:
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
                    ctx.report((*path, key, i), "CX303",
                               f"{key} items {i + 1} and {i + 2} of {_who('touchpoint', tp, path)} "
                               f"look like one text split at a comma: {first!r} + {second!r}",
                               hint=f"quote it: {quoted}")
