"""Structure and types: pydantic validation errors -> positioned diagnostics.

The model in :mod:`cxmap.model.journey` is the single definition of the
format; this module only translates what pydantic reports into the words an
analyst editing YAML needs: which object, which key, what was found, what is
allowed, and (for an unknown key) which key was probably meant.
"""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import ValidationError

from cxmap import SUPPORTED_FORMAT_VERSIONS
from cxmap.checks.context import CheckContext
from cxmap.diagnostics import Severity
from cxmap.model.journey import (
    ID_PATTERN,
    LEVELS,
    PILLARS,
    STATUSES,
    Journey,
    allowed_keys,
    identifier_error,
    object_kind,
)
from cxmap.util.text import safe_repr

_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": ("hard", "soft"),
    "cost": LEVELS,
    "impact": LEVELS,
    "status": STATUSES,
    "pillars": PILLARS,
    "language": ("en", "pl"),
}

_TYPE_WORDS = {
    "string_type": "text",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "float_type": "a number",
    "int_type": "a whole number",
}


def show(value: Any) -> str:
    """A short rendering of a YAML value for a message."""
    if value is None:
        return "null (empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return safe_repr(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int):  # never format a 4,300-digit number
        return safe_repr(value)
    return safe_repr(value, limit=60) if not isinstance(value, float) else str(value)


def suggest_key(key: str, allowed: list[str]) -> str | None:
    """The known key an unknown one was probably meant to be."""
    lowered = {k.lower(): k for k in allowed}
    squashed = key.replace("_", "").replace("-", "").replace(" ", "").lower()
    if squashed in lowered:
        return lowered[squashed]
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return close[0]
    close = difflib.get_close_matches(key.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


def describe(ctx: CheckContext, obj_path: tuple[str | int, ...]) -> str:
    """'touchpoint 'card'', 'stage #2', 'the map' ... for messages."""
    kind = object_kind(obj_path)
    if kind == "map":
        return "the map"
    node: Any = ctx.data
    for part in obj_path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
            break
    ident = node.get("id") if isinstance(node, dict) else None
    if isinstance(ident, str) and ident:
        return f"{kind} {safe_repr(ident)}"
    return f"{kind} #{int(obj_path[-1]) + 1}"


def _split(loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], tuple[str | int, ...]]:
    """Split an error location into (object path, path inside the object)."""
    n = 0
    if len(loc) >= 2 and isinstance(loc[1], int) and object_kind(loc[:2]) != "map":
        n = 2
        if loc[0] == "stages" and len(loc) >= 4 and loc[2] == "touchpoints" and isinstance(
                loc[3], int):
            n = 4
    return loc[:n], loc[n:]


def check_version(ctx: CheckContext) -> bool:
    """The top level must be a mapping with a version we read.  False stops."""
    data = ctx.data
    if not isinstance(data, dict):
        ctx.report((), "CX010", f"the top level is {show(data)}, not a mapping",
                   hint="a journey map starts with `cxmap: 1`")
        return False
    versions = ", ".join(str(v) for v in SUPPORTED_FORMAT_VERSIONS)
    if "cxmap" not in data:
        ctx.report((), "CX011", "missing `cxmap` version key",
                   hint=f"add `cxmap: 1` as the first line (this cxmap reads version {versions})")
        return False
    version = data["cxmap"]
    if type(version) is not int or version not in SUPPORTED_FORMAT_VERSIONS:  # 1.0 is not 1
        ctx.report(("cxmap",), "CX011",
                   f"unsupported format version {show(version)}; this cxmap reads "
                   f"version {versions}", hint="write `cxmap: 1`")
        return False
    return True


def check_schema(ctx: CheckContext) -> Journey | None:
    """Validate against the model; report every error; the model if valid."""
    try:
        return Journey.model_validate(ctx.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        for i, err in enumerate(errors):
            if ctx.full:  # the rest is only counted
                ctx.omit(len(errors) - i, Severity.ERROR)
                break
            _report(ctx, err)
        return None


def _report(ctx: CheckContext, err: Any) -> None:
    loc: tuple[str | int, ...] = tuple(err["loc"])
    typ: str = err["type"]
    value = err.get("input")
    obj, rest = _split(loc)
    who = describe(ctx, obj)
    field = next((p for p in rest if isinstance(p, str)), None)
    label = " ".join(str(p) if isinstance(p, str) else f"item {p + 1}" for p in rest)

    if typ == "extra_forbidden":
        key = str(loc[-1])
        kind = object_kind(obj)
        guess = suggest_key(key, allowed_keys(kind))
        hint = (f"did you mean {guess!r}?" if guess
                else f"known keys: {', '.join(allowed_keys(kind))}")
        ctx.report(loc, "CX100", f"unknown key {key!r} in {who}", key=True, hint=hint)
    elif typ == "missing":
        ctx.report(obj, "CX101", f"{who} is missing required key {str(loc[-1])!r}", key=True)
    elif field in ("score", "target") and typ in ("int_type", "greater_than_equal",
                                                  "less_than_equal", "int_from_float"):
        ctx.report(loc, "CX103", f"{field} {show(value)} of {who} is not a whole number "
                   "from -2 to +2", hint="use -2, -1, 0, 1 or 2"
                   + ("; leave it out if not scored yet" if field == "score" else ""))
    elif typ == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == ID_PATTERN:
        ctx.report(loc, "CX104", f"{label} of {who}: {identifier_error(value)}")
    elif typ == "cx_date":
        ctx.report(loc, "CX105", f"{label} of {who}: {err['msg']}",
                   hint="write the date as YYYY-MM-DD, e.g. 2025-04-14")
    elif typ == "cx_reach":
        ctx.report(loc, "CX107", f"{err['msg']} in {who}")
    elif typ == "cx_empty_text":
        ctx.report(loc, "CX110", f"{label} of {who} must not be empty")
    elif typ in ("literal_error", "enum"):
        if field == "cxmap":  # pragma: no cover - check_version runs first
            return
        choices = _CHOICES.get(field or "", ())
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        ctx.report(loc, "CX106", f"{label} of {who} is {show(value)}; allowed: "
                   + ", ".join(choices),
                   hint=f"did you mean {close[0]!r}?" if close else None)
    elif typ == "too_short":
        ctx.report(loc, "CX109", f"{label or 'list'} of {who} must have at least one item")
    elif typ in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        ctx.report(loc, "CX108", f"{label} of {who} is {show(value)}: {err['msg'].lower()}")
    else:
        expected = _TYPE_WORDS.get(typ)
        if expected is None:
            expected = err["msg"][0].lower() + err["msg"][1:]
            msg = f"{label or 'value'} of {who}: {expected}"
        else:
            subject = f"{label} of {who}" if label else who
            msg = f"{subject} must be {expected}, not {show(value)}"
        hint = None
        if typ == "string_type" and isinstance(value, int | float | bool):
            hint = f"quote it to make it text: \"{show(value)}\""
        elif typ == "bool_type" and isinstance(value, str | int):
            hint = "write true or false (not yes/no, 1/0 or a quoted word)"
        elif typ == "int_type" and isinstance(value, str):
            hint = "write the number without quotes"
        elif typ == "list_type" and isinstance(value, str):
            hint = f"write it as a list: [{value}]"
        ctx.report(loc, "CX102", msg, hint=hint)
