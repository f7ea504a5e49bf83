"""Structure and types: pydantic's validation errors -> positioned diagnostics.

The model in :mod:`cxmap.model.journey` is the single definition of the
format and pydantic validates every map against it.  This module only
translates what pydantic reports into the words an analyst editing YAML
needs: which object, which key, what was found, what is allowed, and (for an
unknown key) which key was probably meant.  Each error's location (keys and
list indexes) finds its line and column through the loader's positions.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cxmap import SUPPORTED_FORMAT_VERSIONS
from cxmap.checks.context import CheckContext
from cxmap.diagnostics import Severity
from cxmap.i18n import CODES, Phrase
from cxmap.load.slips import identifier_suggestion, number_slip, quote
from cxmap.model.journey import (
    CURRENCY_PATTERN,
    ID_PATTERN,
    LEVELS,
    MAX_ID,
    PILLARS,
    STATUSES,
    SURVEY_METRICS,
    Journey,
    allowed_keys,
    object_kind,
)
from cxmap.util.text import safe_repr

_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": ("hard", "soft"),
    "cost": LEVELS,
    "impact": LEVELS,
    "status": STATUSES,
    "pillars": PILLARS,
    "language": CODES,
    "metric": SURVEY_METRICS,
}

#: pydantic's type errors -> the catalogue's word for what was expected
_TYPE_WORDS = {
    "string_type": "text",
    "bool_type": "bool",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "float_type": "number",
    "int_type": "int",
}


def _d(key: str, /, **params: Any) -> Phrase:
    return Phrase(f"diagnostics.{key}", **params)


def show(value: Any) -> Any:
    """A short rendering of a YAML value for a message (words are a Phrase)."""
    if value is None:
        return _d("show_null")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return safe_repr(value)
    if isinstance(value, dict):
        return _d("show_mapping")
    if isinstance(value, list):
        return _d("show_list")
    if isinstance(value, int):  # never format a 4,300-digit number
        return safe_repr(value)
    return str(value)


def suggest_key(key: str, allowed: list[str]) -> str | None:
    """The known key an unknown one was probably meant to be."""
    lowered = {k.lower(): k for k in allowed}
    squashed = key.replace("_", "").replace("-", "").replace(" ", "").lower()
    if squashed in lowered:
        return lowered[squashed]
    import difflib  # only when a key is unknown (its import costs on every run)

    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return close[0]
    close = difflib.get_close_matches(key.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


def describe(ctx: CheckContext, obj_path: tuple[str | int, ...]) -> Phrase:
    """'touchpoint 'card'', 'stage #2', 'the map' ... for messages (in every
    grammatical case the catalogue has: ``{who:gen}``, ``{who:loc}``)."""
    kind = object_kind(obj_path)
    if kind == "map":
        return _d("who_map")
    node: Any = ctx.data
    for part in obj_path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
            break
    ident = node.get("id") if isinstance(node, dict) else None
    if isinstance(ident, str) and ident:
        return _d(f"who_{kind}", id=ident if len(ident) <= 40 else ident[:37] + "...")
    return _d(f"who_{kind}_n", n=int(obj_path[-1]) + 1)


def _label(rest: tuple[str | int, ...]) -> Any:
    """Where inside an object: ``score``, ``pillars item 2``."""
    words = [str(p) for p in rest if isinstance(p, str)]
    items = [p for p in rest if isinstance(p, int)]
    if not items:
        return " ".join(words)
    return _d("label_item", path=" ".join(words), n=items[-1] + 1)


def _split(loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], tuple[str | int, ...]]:
    """Split an error location into (object path, path inside the object)."""
    n = 0
    if len(loc) >= 2 and isinstance(loc[1], int) and object_kind(loc[:2]) != "map":
        n = 2
        if loc[0] == "stages" and len(loc) >= 4 and loc[2] == "touchpoints" and isinstance(
                loc[3], int):
            n = 4
    return loc[:n], loc[n:]


def _top_kind(data: object) -> Phrase:
    """What the top level of a file that is not a map is, without its content."""
    if isinstance(data, str):
        return Phrase("diagnostics.top_text", n=len(data))
    if isinstance(data, list):
        return Phrase("diagnostics.top_list")
    if isinstance(data, bool):
        return Phrase("diagnostics.top_bool")
    return Phrase("diagnostics.top_number")


def check_version(ctx: CheckContext) -> bool:
    """The top level must be a mapping with a version we read.  False stops."""
    data = ctx.data
    if not isinstance(data, dict):
        # never the value itself: the file may be anyone's secret read by mistake
        ctx.say((), "diagnostics.top_not_mapping", code="CX010",
                hint_key="diagnostics.top_not_mapping_hint", value=_top_kind(data))
        return False
    versions = ", ".join(str(v) for v in SUPPORTED_FORMAT_VERSIONS)
    if "cxmap" not in data:
        ctx.say((), "diagnostics.version_missing", code="CX011",
                hint_key="diagnostics.version_missing_hint", versions=versions)
        return False
    version = data["cxmap"]
    if type(version) is not int or version not in SUPPORTED_FORMAT_VERSIONS:  # 1.0 is not 1
        ctx.say(("cxmap",), "diagnostics.version_unsupported", code="CX011",
                hint_key="diagnostics.version_unsupported_hint", value=show(version),
                versions=versions)
        return False
    return True


def check_schema(ctx: CheckContext) -> Journey | None:
    """Validate the raw data with the model; report every error; the model if valid."""
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


def _report(ctx: CheckContext, err: ErrorDetails) -> None:
    loc = tuple(err["loc"])
    typ = err["type"]
    value = err["input"]
    details = err.get("ctx") or {}
    obj, rest = _split(loc)
    who = describe(ctx, obj)
    field = next((p for p in reversed(rest) if isinstance(p, str)), None)
    label = _label(rest)

    def say(code: str, key: str, hint: str | None = None, *, at_key: bool = False,
            **params: Any) -> None:
        ctx.say(loc if not at_key else obj, f"diagnostics.{key}", code=code, key=at_key,
                hint_key=f"diagnostics.{hint}" if hint else None, who=who, **params)

    if typ == "extra_forbidden":
        name = str(loc[-1])
        kind = "survey" if object_kind(loc[:-1]) == "survey" else object_kind(obj)
        guess = suggest_key(name, allowed_keys(kind))
        if guess:
            ctx.say(loc, "diagnostics.unknown_key", code="CX100", key=True,
                    hint_key="diagnostics.did_you_mean", who=who, name=name, guess=guess)
        else:
            ctx.say(loc, "diagnostics.unknown_key", code="CX100", key=True,
                    hint_key="diagnostics.known_keys", who=who, name=name,
                    keys=", ".join(allowed_keys(kind)))
    elif typ == "missing":
        say("CX101", "missing_key", at_key=True, name=str(loc[-1]))
    elif field in ("score", "target") and typ in ("int_type", "greater_than_equal",
                                                  "less_than_equal", "int_from_float"):
        slip = number_slip(value)
        hint = slip[0] if slip else ("score_hint" if field == "score" else "target_hint")
        say("CX103", "score_range", hint, field=field, value=show(value),
            fixed=slip[1] if slip else "")
    elif (typ == "string_pattern_mismatch" and details.get("pattern") == ID_PATTERN
          and isinstance(value, str) and len(value) > MAX_ID):
        ctx.say(loc, "safety.id_too_long", code="CX104", who=who, label=label,
                value=value[:37] + "...", length=len(value), limit=MAX_ID)
    elif typ == "string_pattern_mismatch" and details.get("pattern") == ID_PATTERN:
        suggestion = identifier_suggestion(value)
        accents = isinstance(value, str) and not value.isascii()
        say("CX104", "bad_identifier", None if not suggestion
            else "identifier_hint_letters" if accents else "identifier_hint",
            label=label, value=value, fixed=suggestion or "")
    elif typ == "string_pattern_mismatch" and details.get("pattern") == CURRENCY_PATTERN:
        upper = value.strip().upper() if isinstance(value, str) else ""
        cased = re.fullmatch(CURRENCY_PATTERN, upper) is not None
        say("CX102", "bad_currency", "did_you_mean" if cased else "currency_hint",
            label=label, value=show(value), guess=upper)
    elif typ == "cx_date":
        say("CX105", "date_not_real" if details.get("calendar") else "date_format",
            "date_hint", label=label, value=value)
    elif typ == "cx_reach":
        comma = re.fullmatch(r"\s*(\d+),(\d+)\s*(%?)\s*", value) if isinstance(value, str) else None
        if comma is not None:  # `reach: 0,45`: a decimal comma makes it text
            number = f"{comma[1]}.{comma[2]}"
            hint = "reach_comma_fraction" if float(number) < 1 and not comma[3] else "reach_comma"
            say("CX107", "bad_reach", hint, value=value, fixed=number,
                percent=f"{float(number) * 100:g}", share=float(number) * 100,
                amount=float(number))
        else:
            say("CX107", "bad_reach", "reach_range_hint", value=value)
    elif typ == "cx_empty_text":
        say("CX110", "empty_text", label=label)
    elif typ in ("literal_error", "enum"):
        if field == "cxmap":  # pragma: no cover - check_version runs first
            return
        choices = _CHOICES.get(field or "", ())
        import difflib

        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        say("CX106", "bad_choice", "did_you_mean" if close else None, label=label,
            value=show(value), choices=", ".join(choices), guess=close[0] if close else "")
    elif typ == "too_short":
        say("CX109", "empty_list", label=label or _d("show_list_word"))
    elif typ in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limit = next(iter(details.values()), "")
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        say("CX108", f"range_{typ}", label=label, value=show(value), limit=limit)
    else:
        expected = _TYPE_WORDS.get(typ)
        hint = None
        fixed: Any = ""
        if typ == "string_type" and isinstance(value, int | float | bool):
            hint, fixed = "quote_it", show(value)
        elif (typ == "string_type" and isinstance(value, dict) and len(value) == 1
              and all(isinstance(v, str | int | float) for v in value.values())):
            (k, v), = value.items()  # `- Ankieta: NPS` - a colon made the text a key
            hint, fixed = "colon_made_key", quote(f"{k}: {v}")
        elif typ == "bool_type" and isinstance(value, str | int):
            hint = "write_bool"
        elif typ == "int_type" and isinstance(value, str):
            hint = "unquote_number"
        elif typ == "list_type" and isinstance(value, str) and re.match(r"-[^\s-]", value):
            hint, fixed = "list_dash_space", value[1:]  # `-Rejestr`: the dash needs a space
        elif typ == "list_type" and isinstance(value, str):
            hint, fixed = "write_list", value
        if expected is None:
            say("CX102", "wrong_type_other", hint, label=label or _d("show_value"),
                text=err["msg"][0].lower() + err["msg"][1:], fixed=fixed)
        else:
            say("CX102", f"wrong_type_{expected}" + ("" if label else "_object"), hint,
                label=label, value=show(value), fixed=fixed)
