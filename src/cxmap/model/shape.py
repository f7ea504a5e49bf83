"""How raw data (what the YAML loader built) becomes model objects.

The model classes are stdlib dataclasses whose annotations say what each key
holds: ``str``, ``bool``, ``int``, ``float``, a ``Literal``, ``list[...]``,
another model class, ``... | None``, and ``Annotated[...]`` with the markers
below (a pattern, a bound, not-blank text, a date or a reach).  :func:`read`
walks raw data along those annotations in one pass: it collects every problem
as a :class:`Problem` and builds the objects when there is none.

Types are strict where the format is: whole-number scores (``1.0`` is not
``1``), ``true``/``false`` only, text where text is expected.  The problems
are the ones pydantic reports for the same types (the same kinds, locations
and order: an object's keys in the order of its fields, then its unknown keys
in the order written), because :mod:`cxmap.checks.schema` words them and
:mod:`cxmap.schema` asks pydantic for the JSON Schema of these same classes:
each marker also tells pydantic what it means (``__get_pydantic_core_schema__``
/ ``__get_pydantic_json_schema__``, called only there).  Reading a map does
not import pydantic: importing it and building its validators cost more
than the whole of ``cxmap validate`` on a 150-touchpoint map
(docs/architecture.md).
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from typing import Any, NamedTuple

KeyPath = tuple[str | int, ...]


class Problem(NamedTuple):
    """One thing wrong in the raw data: ``kind`` (pydantic's error type, or
    ``cx_*`` for the format's own), where, a message, the value, details."""

    kind: str
    loc: KeyPath
    msg: str
    value: Any
    ctx: dict[str, Any] | None = None


class Invalid(ValueError):
    """Raw data that is not a map; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{'.'.join(map(str, p.loc))}: {p.msg}"
                                   for p in problems[:5]))


class Unfit(Exception):
    """Raised by a :class:`Parse` marker's function: the value does not fit."""

    def __init__(self, kind: str, msg: str) -> None:
        super().__init__(msg)
        self.kind, self.msg = kind, msg


# --------------------------------------------------------------------------- markers
# Plain classes, not dataclasses: every generated dataclass method is compiled
# at import, on every run of cxmap.
class Pattern:
    """Text matching a regular expression (written with ``^...$``, matched whole)."""

    def __init__(self, regex: str) -> None:
        self.regex = regex

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["pattern"] = self.regex
        return schema


class Bound:
    """A number at least ``ge`` and at most ``le``."""

    def __init__(self, *, ge: float | None = None, le: float | None = None) -> None:
        self.ge, self.le = ge, le

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update({k: v for k, v in (("ge", self.ge), ("le", self.le)) if v is not None})
        return schema


class MinItems:
    """A list of at least ``n`` items."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["min_length"] = self.n
        return schema


class NotBlank:
    """Text with at least one visible character."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        return {"type": "string", "minLength": 1}


class Parse:
    """A value read by ``parse`` (raising :class:`Unfit`) from what YAML gives;
    ``json`` is its JSON Schema."""

    def __init__(self, parse: Callable[[Any], Any], json: dict[str, Any]) -> None:
        self.parse, self.json = parse, json

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        return dict(self.json)


def to_camel(name: str) -> str:
    """``moment_of_truth`` -> ``momentOfTruth`` (the keys as YAML writes them)."""
    first, *rest = name.split("_")
    return first + "".join(w.title() for w in rest)


# --------------------------------------------------------------------------- reading
_BAD: Any = object()
Reader = Callable[[Any, KeyPath, list[Problem]], Any]


def _of_type(kind: str, msg: str, accept: Callable[[Any], bool]) -> Reader:
    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        if accept(value):
            return value
        out.append(Problem(kind, loc, msg, value))
        return _BAD
    return read_value


_read_str = _of_type("string_type", "Input should be a valid string",
                     lambda v: isinstance(v, str))
_read_bool = _of_type("bool_type", "Input should be a valid boolean",
                      lambda v: v is True or v is False)
_read_int = _of_type("int_type", "Input should be a valid integer", lambda v: type(v) is int)


def _read_float(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
    if type(value) is float:
        return value
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:  # 1 followed by 309 zeros
            pass
    out.append(Problem("float_type", loc, "Input should be a valid number", value))
    return _BAD


_BASE: dict[Any, Reader] = {str: _read_str, bool: _read_bool, int: _read_int,
                            float: _read_float}


#: a further check of a value that has its type: ``(value as read, as written, loc, out)``
Check = Callable[[Any, Any, KeyPath, list[Problem]], bool]


def _then(first: Reader, check: Check) -> Reader:
    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        got = first(value, loc, out)
        if got is _BAD or check(got, value, loc, out):
            return got
        return _BAD
    return read_value


def _pattern(regex: str) -> Check:
    # the format's patterns are written ^...$ but mean the whole text (no "\n" before $)
    match = re.compile(regex.removeprefix("^").removesuffix("$") + r"\Z").match
    msg = f"String should match pattern '{regex}'"
    ctx = {"pattern": regex}

    def check(value: Any, given: Any, loc: KeyPath, out: list[Problem]) -> bool:
        if match(value):
            return True
        out.append(Problem("string_pattern_mismatch", loc, msg, value, ctx))
        return False
    return check


def _bound(ge: float | None, le: float | None) -> Check:
    def check(value: Any, given: Any, loc: KeyPath, out: list[Problem]) -> bool:
        if ge is not None and not value >= ge:  # NaN is refused
            out.append(Problem("greater_than_equal", loc,
                               f"Input should be greater than or equal to {ge}", given,
                               {"ge": ge}))
            return False
        if le is not None and not value <= le:
            out.append(Problem("less_than_equal", loc,
                               f"Input should be less than or equal to {le}", given, {"le": le}))
            return False
        return True
    return check


def _not_blank(value: Any, given: Any, loc: KeyPath, out: list[Problem]) -> bool:
    from cxmap.util.text import is_blank

    if not is_blank(value):
        return True
    out.append(Problem("cx_empty_text", loc, "must not be empty", value))
    return False


def _parsed(parse: Callable[[Any], Any]) -> Reader:
    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        try:
            return parse(value)
        except Unfit as unfit:
            out.append(Problem(unfit.kind, loc, unfit.msg, value))
            return _BAD
    return read_value


def _literal(choices: tuple[Any, ...]) -> Reader:
    shown = [repr(c) for c in choices]
    expected = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
    msg, ctx = f"Input should be {expected}", {"expected": expected}

    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        if type(value) in (str, int) and value in choices:
            return value
        out.append(Problem("literal_error", loc, msg, value, ctx))
        return _BAD
    return read_value


def _list(item: Reader, min_items: int, located: bool) -> Reader:
    if not located:
        def read_quickly(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
            if value.__class__ is not list or len(value) < min_items:
                return _BAD
            items = []
            for v in value:
                got = item(v, loc, out)
                if got is _BAD:
                    return _BAD
                items.append(got)
            return items
        return read_quickly

    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        if not isinstance(value, list):
            out.append(Problem("list_type", loc, "Input should be a valid list", value))
            return _BAD
        before = len(out)
        items = [item(v, (*loc, i), out) for i, v in enumerate(value)]
        if len(out) > before:
            return _BAD
        if len(items) < min_items:
            out.append(Problem(
                "too_short", loc, f"List should have at least {min_items} item"
                f"{'' if min_items == 1 else 's'} after validation, not {len(items)}", value,
                {"field_type": "List", "min_length": min_items, "actual_length": len(items)}))
            return _BAD
        return items
    return read_value


def _optional(inner: Reader) -> Reader:
    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        return None if value is None else inner(value, loc, out)
    return read_value


def _reader(hint: Any, located: bool) -> Reader:
    """The reader of one annotation (``located``: see :func:`read`)."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, *marks = typing.get_args(hint)
        parse = next((m for m in marks if isinstance(m, Parse)), None)
        if parse is not None:
            return _parsed(parse.parse)
        min_items = next((m.n for m in marks if isinstance(m, MinItems)), 0)
        if typing.get_origin(base) is list:
            return _list(_reader(typing.get_args(base)[0], located), min_items, located)
        read_value = _reader(base, located)
        for mark in marks:
            if isinstance(mark, Pattern):
                read_value = _then(read_value, _pattern(mark.regex))
            elif isinstance(mark, Bound):
                read_value = _then(read_value, _bound(mark.ge, mark.le))
            elif isinstance(mark, NotBlank):
                read_value = _then(read_value, _not_blank)
        return read_value
    if origin is types.UnionType or origin is typing.Union:
        return _optional(_reader(_without_none(hint), located))
    if origin is typing.Literal:
        return _literal(typing.get_args(hint))
    if origin is list:
        return _list(_reader(typing.get_args(hint)[0], located), 0, located)
    if dataclasses.is_dataclass(hint):
        return _object(hint, located)  # type: ignore[arg-type]
    return _BASE[hint]


def _without_none(hint: Any) -> Any:
    inner = [a for a in typing.get_args(hint) if a is not type(None)]
    assert len(inner) == 1, hint
    return inner[0]


def _taken_as_is(hint: Any) -> frozenset[type]:
    """The classes of values a field keeps exactly as YAML gives them."""
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        return frozenset({type(None)}) | _taken_as_is(_without_none(hint))
    return frozenset({hint}) if hint in _BASE and hint is not float else frozenset()


class _Field(NamedTuple):
    key: str     # as written in YAML
    name: str    # the attribute
    required: bool
    read: Reader
    read_quickly: Reader
    as_is: frozenset[type]


_FIELDS: dict[type, list[_Field]] = {}


def fields_of(cls: type) -> list[_Field]:
    """The fields of a model class, as :func:`read` reads them (built once)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = []
        for f in dataclasses.fields(cls):
            hint = f.type
            if isinstance(hint, str):  # postponed annotations (not in cxmap's model)
                hint = typing.get_type_hints(cls, include_extras=True)[f.name]
            found.append(_Field(
                to_camel(f.name), f.name,
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
                _reader(hint, True), _reader(hint, False), _taken_as_is(hint)))
        _FIELDS[cls] = found
    return found


def keys_of(cls: type) -> list[str]:
    """The keys an object of ``cls`` may have, in the model's order."""
    return [f.key for f in fields_of(cls)]


def _object(cls: type, located: bool) -> Reader:
    msg = f"Input should be a valid dictionary or instance of {cls.__name__}"
    ctx = {"class_name": cls.__name__}
    known: list[_Field] = []
    by_key: dict[str, _Field] = {}
    required: list[str] = []

    def prepare() -> None:  # on first use: the classes refer to ones defined later
        known.extend(fields_of(cls))
        by_key.update((f.key, f) for f in known)
        required.extend(f.key for f in known if f.required)

    def read_quickly(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        if not known:
            prepare()
        if value.__class__ is not dict:
            return _BAD
        given: dict[str, Any] = {}
        for key, v in value.items():
            f = by_key.get(key)
            if f is None:
                return _BAD
            if v.__class__ in f.as_is:
                given[f.name] = v
            else:
                got = f.read_quickly(v, loc, out)
                if got is _BAD:
                    return _BAD
                given[f.name] = got
        for key in required:
            if key not in value:
                return _BAD
        return cls(**given)

    def read_value(value: Any, loc: KeyPath, out: list[Problem]) -> Any:
        if not known:
            prepare()
        if not isinstance(value, dict):
            out.append(Problem("model_type", loc, msg, value, ctx))
            return _BAD
        before = len(out)
        given: dict[str, Any] = {}
        found = 0
        for f in known:
            if f.key in value:
                found += 1
                given[f.name] = f.read(value[f.key], (*loc, f.key), out)
            elif f.required:
                out.append(Problem("missing", (*loc, f.key), "Field required", value))
        if found < len(value):
            for key, extra in value.items():
                if key not in by_key:
                    out.append(Problem("extra_forbidden", (*loc, key),
                                       "Extra inputs are not permitted", extra))
        if len(out) > before:
            return _BAD
        return cls(**given)
    return read_value if located else read_quickly


_READERS: dict[tuple[type, bool], Reader] = {}


def _object_reader(cls: type, located: bool) -> Reader:
    reader = _READERS.get((cls, located))
    if reader is None:
        reader = _READERS[cls, located] = _object(cls, located)
    return reader


def read(cls: type, data: Any, problems: list[Problem]) -> Any:
    """An object of ``cls`` from raw ``data``; ``None`` (and the reasons appended to
    ``problems``) when the data does not fit.

    Valid data (nearly every map) is read once, quickly: keys looked up as
    written, values YAML already gives as the model keeps them (text, true or
    false, null) taken as they are, no locations.  At the first thing that
    does not fit, the data is read again, located: every field in the model's
    order, every problem with its location."""
    got = _object_reader(cls, False)(data, (), [])
    if got is _BAD:
        got = _object_reader(cls, True)(data, (), problems)
    return None if got is _BAD else got
