"""YAML text -> plain data + the position of every key and value.

We do not use ruamel's constructors for checking: they resolve YAML 1.1-ish
types, let non-YAML exceptions escape (``ValueError`` for ``2024-02-30``,
``KeyError`` for ``!!bool maybe``, ``RecursionError`` for deep nesting) and
are slow in round-trip mode.  Instead we consume the *events* of ruamel's C
parser (libyaml, ruamel.yaml.clib) and build the tree ourselves, iteratively:

* YAML 1.2 core-schema resolution of plain scalars (``yes`` stays text;
  dates stay text and are parsed by the model, so a bad date is a diagnostic);
* duplicate keys, unknown tags, recursive or explosive aliases, excessive
  nesting and extra documents become diagnostics with a position;
* every key and value records its 1-based (line, column).

The round-trip loader is kept for rewriting files (``fmt``, score import),
where comments must survive; it is never needed to check a file.
"""

from __future__ import annotations

import re
from typing import Any

from cxmap.diagnostics import Diagnostic

Path = tuple[str | int, ...]
Pos = tuple[int, int]

#: Deepest nesting a journey map may use (a map needs about 6 levels).
MAX_DEPTH = 64
#: How many extra nodes aliases may add by expansion before we refuse.
MAX_ALIAS_EXPANSION = 100_000

_CORE = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
#: first characters of plain scalars that may resolve to something else than text
_MAYBE_NOT_TEXT = frozenset("0123456789+-.~nNtTfF")


class YamlProblem(Exception):
    """A problem that stops reading the file; carries its diagnostic."""

    def __init__(self, line: int, column: int, code: str, message: str,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.line, self.column, self.code, self.message, self.hint = (
            line, column, code, message, hint)


class Document:
    """Plain data of one YAML document and where each part of it stands.

    Positions are kept per container, by ``id(container)``: a mapping's table
    maps each key to ``(key position, value position)``, a sequence's table
    lists its items' positions.  Building a full path for every value would
    cost more than parsing; a path is only walked when a diagnostic needs it.
    """

    __slots__ = ("_tables", "data", "root_pos")

    def __init__(self, data: Any = None, root_pos: Pos = (1, 1)) -> None:
        self.data = data
        self.root_pos = root_pos
        self._tables: dict[int, Any] = {}

    def locate(self, path: Path, *, key: bool = False) -> Pos:
        """Position of ``path``'s key (``key=True``) or value.

        Falls back to the nearest ancestor that has a position, so a path into
        a value reached through an alias, or a missing key, still points at
        the closest thing the reader can see.
        """
        found: list[tuple[Pos | None, Pos]] = [(None, self.root_pos)]
        node = self.data
        for part in path:
            table = self._tables.get(id(node))
            try:
                if isinstance(node, dict) and isinstance(table, dict):
                    found.append(table[part])
                elif isinstance(node, list) and isinstance(table, list):
                    found.append((None, table[part]))  # type: ignore[index]
                else:
                    break
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        key_pos, value_pos = found[-1]
        if key and key_pos is not None:
            return key_pos
        return value_pos


def _resolve_plain(text: str, line: int, col: int) -> Any:
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    c = text[0]
    if c.isdigit() or c in "+-.":
        try:
            if _INT.match(text):
                return int(text)
            if _OCT.match(text):
                return int(text[2:], 8)
            if _HEX.match(text):
                return int(text[2:], 16)
        except ValueError:  # more digits than Python converts
            raise YamlProblem(line, col, "CX012", "number has too many digits") from None
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return float("-inf") if text[0] == "-" else float("inf")
        if _NAN.match(text):
            return float("nan")
    return text


def _resolve_tagged(tag: str, text: str, line: int, col: int) -> Any:
    if tag in ("!", _CORE + "str"):
        return text
    if tag == _CORE + "null":
        if text in _NULLS:
            return None
    elif tag == _CORE + "bool":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    elif tag in (_CORE + "int", _CORE + "float"):
        value = _resolve_plain(text, line, col) if text else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            pass
        elif tag.endswith("int") and isinstance(value, int):
            return value
        elif tag.endswith("float"):
            return float(value)
    else:
        raise YamlProblem(line, col, "CX006", f"unsupported YAML tag {_show_tag(tag)}",
                          "tags are not needed in a journey map; remove it")
    kind = tag.rsplit(":", 1)[-1]
    raise YamlProblem(line, col, "CX012", f"{text!r} is not a valid !!{kind} value")


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


class _Frame:
    __slots__ = ("anchor", "container", "is_map", "key", "key_pos", "size", "table")

    def __init__(self, container: Any, table: Any, anchor: str | None) -> None:
        self.container = container
        self.table = table
        self.is_map = isinstance(container, dict)
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos: Pos = (0, 0)
        self.size = 1


def _dup(key: str, pos: Pos, first: Pos) -> YamlProblem:
    return YamlProblem(*pos, "CX005", f"duplicate key {key!r} (first at line {first[0]})",
                       "YAML keeps only one of the two values; remove or rename one")


def parse_text(text: str) -> Document:
    """Parse YAML text into a :class:`Document`; raise :class:`YamlProblem`."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import (
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    if text.startswith("\ufeff"):
        text = text[1:]
    doc = Document()
    tables = doc._tables
    stack: list[_Frame] = []
    top: _Frame | None = None
    anchors: dict[str, tuple[Any, int] | None] = {}  # None while being built
    expanded = 0
    documents = 0
    root_set = False

    def place(value: Any, pos: Pos, size: int) -> None:
        """Attach a finished value (not a key) to the open container."""
        nonlocal root_set
        if top is None:
            doc.data, doc.root_pos = value, pos
            root_set = True
            return
        top.size += size
        if top.is_map:
            k = top.key
            top.container[k] = value
            top.table[k] = (top.key_pos, pos)
            top.key = None
        else:
            top.container.append(value)
            top.table.append(pos)

    def set_key(key: str, pos: Pos) -> None:
        assert top is not None
        if key in top.table:
            raise _dup(key, pos, top.table[key][0])
        top.key, top.key_pos = key, pos
        top.size += 1

    yaml = YAML(typ="safe")
    try:
        for ev in yaml.parse(text):
            cls = ev.__class__
            if cls is ScalarEvent:
                mark = ev.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if top is not None and top.is_map and top.key is None:
                    key = ev.value  # keys are always taken as written
                    if key in top.table:
                        raise _dup(key, pos, top.table[key][0])
                    top.key, top.key_pos = key, pos
                    top.size += 1
                    if ev.anchor:
                        anchors[ev.anchor] = (key, 1)
                    continue
                text_value = ev.value
                if ev.ctag is not None:  # explicitly tagged (rare): `.tag` is a property
                    tag = ev.tag
                    plain = ev.implicit[0] and not ev.style
                    value: Any = (_resolve_tagged(tag, text_value, *pos)
                                  if tag != "!" or plain else text_value)
                elif ev.style or not ev.implicit[0]:
                    value = text_value  # quoted or block scalar: text as written
                elif text_value and text_value[0] not in _MAYBE_NOT_TEXT:
                    value = text_value  # plain text that cannot be a number/bool/null
                else:
                    value = _resolve_plain(text_value, *pos)
                place(value, pos, 1)
                if ev.anchor:
                    anchors[ev.anchor] = (value, 1)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = ev.start_mark
                pos = (mark.line + 1, mark.column + 1)
                is_map = cls is MappingStartEvent
                if ev.tag is not None and ev.tag not in ("!", _CORE + ("map" if is_map else "seq")):
                    raise YamlProblem(*pos, "CX006", f"unsupported YAML tag {_show_tag(ev.tag)}",
                                      "tags are not needed in a journey map; remove it")
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(*pos, "CX008",
                                      f"nested more than {MAX_DEPTH} levels deep")
                if top is not None and top.is_map and top.key is None:
                    raise YamlProblem(*pos, "CX102", "a mapping key must be plain text")
                container: Any = {} if is_map else []
                table: Any = {} if is_map else []
                tables[id(container)] = table
                place(container, pos, 0)
                top = _Frame(container, table, ev.anchor)
                stack.append(top)
                if ev.anchor:
                    anchors[ev.anchor] = None
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                top = stack[-1] if stack else None
                if top is not None:
                    top.size += frame.size
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size)
            elif cls is AliasEvent:
                mark = ev.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if ev.anchor not in anchors:
                    raise YamlProblem(*pos, "CX007", f"alias *{ev.anchor} has no anchor")
                entry = anchors[ev.anchor]
                if entry is None:
                    raise YamlProblem(*pos, "CX007",
                                      f"alias *{ev.anchor} refers to itself (recursive data)")
                value, size = entry
                expanded += size
                if expanded > MAX_ALIAS_EXPANSION:
                    raise YamlProblem(*pos, "CX007",
                                      "aliases expand to too much data "
                                      f"(more than {MAX_ALIAS_EXPANSION:,} values)")
                if top is not None and top.is_map and top.key is None:
                    if not isinstance(value, str):
                        raise YamlProblem(*pos, "CX102", "a mapping key must be plain text")
                    set_key(value, pos)
                else:
                    place(value, pos, size)
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = ev.start_mark
                    raise YamlProblem(mark.line + 1, mark.column + 1, "CX009",
                                      "more than one YAML document in the file",
                                      "keep one journey map per file")
    except YamlProblem:
        raise
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        hint = None
        lines = text.splitlines()
        here = lines[line - 1] if 0 < line <= len(lines) else ""
        if "tab" in problem or here[col - 1:col] == "\t" or here[:col].lstrip(" ").startswith("\t"):
            problem = "a tab character where YAML needs spaces" if "tab" not in problem else problem
            hint = "indent with spaces, not tabs"
        elif exc.context:
            hint = f"{exc.context.strip()}"
            if exc.context_mark is not None and exc.context_mark is not mark:
                hint += f" at line {exc.context_mark.line + 1}"
        raise YamlProblem(line, col, "CX001", problem, hint) from None
    except YAMLError as exc:  # ReaderError: a character YAML does not allow
        index = getattr(exc, "position", None)
        if isinstance(index, int) and 0 <= index <= len(text):
            line = text.count("\n", 0, index) + 1
            col = index - (text.rfind("\n", 0, index) + 1) + 1
        else:
            line, col = 1, 1
        char = getattr(exc, "character", None)
        if isinstance(char, int):
            char = chr(char)
        what = f"character {char!r}" if isinstance(char, str) else "a character"
        raise YamlProblem(line, col, "CX001", f"{what} is not allowed in YAML",
                          "remove control characters from the text") from None
    if not root_set or doc.data is None:
        raise YamlProblem(1, 1, "CX004", "the file is empty",
                          "a journey map starts with `cxmap: 1`")
    return doc


def decode(raw: bytes) -> str:
    """UTF-8 bytes (BOM allowed) to text; raise :class:`YamlProblem` if not UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        col = len(raw[line_start:start].decode("utf-8", "replace")) + 1
        raise YamlProblem(line, col, "CX002",
                          f"byte 0x{raw[start]:02x} is not valid UTF-8",
                          "save the file as UTF-8") from None


def problem_to_diagnostic(file: str, problem: YamlProblem) -> Diagnostic:
    return Diagnostic(file, problem.line, problem.column, problem.code, problem.message,
                      hint=problem.hint)
