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

This module only reads.  Rewriting a file while keeping its comments needs
ruamel's round-trip loader; that belongs to the commands that rewrite files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: Where a value sits in the data: keys and list indexes from the root.
KeyPath = tuple[str | int, ...]
#: A 1-based (line, column).
Pos = tuple[int, int]

#: Deepest nesting a journey map may use (a map needs about 6 levels).
MAX_DEPTH = 64
#: How many extra nodes aliases may add by expansion before we refuse.
MAX_ALIAS_EXPANSION = 100_000
#: How much text aliases may add by expansion, in characters: 20 times the
#: file (at least a million characters), never more than 64 million.  One
#: large anchored text aliased a thousand times is a small file that every
#: output would write out in full.
ALIAS_TEXT_FACTOR = 20
MAX_ALIAS_TEXT = 64_000_000
MIN_ALIAS_TEXT = 1_000_000


def alias_text_limit(file_chars: int) -> int:
    """The most characters aliases may add to a file of ``file_chars``."""
    return min(MAX_ALIAS_TEXT, max(MIN_ALIAS_TEXT, ALIAS_TEXT_FACTOR * file_chars))

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
    """A problem that stops reading the file; carries its diagnostic.

    ``key``/``hint_key`` name messages of :mod:`cxmap.i18n.diagnostics`; the
    English words are filled in from the catalogue.
    """

    def __init__(self, line: int, column: int, code: str, key: str,
                 hint_key: str | None = None, /, **params: Any) -> None:
        from cxmap.i18n import t

        self.key = f"diagnostics.{key}"
        self.hint_key = f"diagnostics.{hint_key}" if hint_key else None
        self.params = params
        message = t(self.key, **params)
        super().__init__(message)
        self.line, self.column, self.code, self.message = line, column, code, message
        self.hint = t(self.hint_key, **params) if self.hint_key else None


class Document:
    """Plain data of one YAML document and where each part of it stands.

    Positions are kept per container, by ``id(container)``: a mapping's table
    maps each key to ``(key mark, value mark)``, a sequence's table lists its
    items' marks (the parser's 0-based mark objects, converted only when asked:
    building a full path and a position for every value would cost more than
    parsing, and a path is only walked when a diagnostic needs it).
    """

    __slots__ = ("_tables", "data", "root_mark")

    def __init__(self, data: Any = None, root_mark: Any = None) -> None:
        self.data = data
        self.root_mark = root_mark
        self._tables: dict[int, Any] = {}

    def locate(self, path: KeyPath, *, key: bool = False) -> Pos:
        """1-based (line, column) of ``path``'s key (``key=True``) or value.

        Falls back to the nearest ancestor that has a position, so a path into
        a value reached through an alias, or a missing key, still points at
        the closest thing the reader can see.
        """
        found: list[tuple[Any, Any]] = [(None, self.root_mark)]
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
        key_mark, value_mark = found[-1]
        return _pos(key_mark if key and key_mark is not None else value_mark)


def _pos(mark: Any) -> Pos:
    """A parser mark (0-based) as a 1-based (line, column)."""
    return (1, 1) if mark is None else (mark.line + 1, mark.column + 1)


def _resolve_plain(text: str, mark: Any) -> Any:
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
            raise YamlProblem(*_pos(mark), "CX012", "too_many_digits") from None
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return float("-inf") if text[0] == "-" else float("inf")
        if _NAN.match(text):
            return float("nan")
    return text


def _resolve_tagged(tag: str, text: str, mark: Any) -> Any:
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
        value = _resolve_plain(text, mark) if text else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            pass
        elif tag.endswith("int") and isinstance(value, int):
            return value
        elif tag.endswith("float"):
            return float(value)
    else:
        raise YamlProblem(*_pos(mark), "CX006", "unsupported_tag", "unsupported_tag_hint",
                          tag=_show_tag(tag))
    kind = tag.rsplit(":", 1)[-1]
    raise YamlProblem(*_pos(mark), "CX012", "bad_tagged_value", text=text, kind=kind)


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


class _Frame:
    __slots__ = ("anchor", "chars", "container", "is_map", "key", "key_mark", "size",
                 "table")

    def __init__(self, container: Any, table: Any, anchor: str | None) -> None:
        self.container = container
        self.table = table
        self.is_map = isinstance(container, dict)
        self.anchor = anchor
        self.key: str | None = None
        self.key_mark: Any = None
        self.size = 1
        self.chars = 0


def _dup(key: str, mark: Any, first: Any) -> YamlProblem:
    return YamlProblem(*_pos(mark), "CX005", "duplicate_key", "duplicate_key_hint",
                       key=key, line=_pos(first)[0])


def _event_source(text: str) -> Callable[[], Any]:
    """The parser's next event (``None`` after the last): libyaml's C parser
    when installed, else ruamel's.  A function, not a generator: resuming a
    generator for each of a portfolio's 750,000 events cost a fifth of
    reading it."""
    try:
        from _ruamel_yaml import CParser  # ruamel.yaml.clib
    except ImportError:  # pragma: no cover - pure-Python fallback
        from ruamel.yaml import YAML

        events = iter(YAML(typ="safe", pure=True).parse(text))
        return lambda: next(events, None)
    get_event: Callable[[], Any] = CParser(text).get_event
    return get_event


def parse_text(text: str) -> Document:
    """Parse YAML text into a :class:`Document`; raise :class:`YamlProblem`.

    Every key and value keeps its position (:meth:`Document.locate`).
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import (
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
    )

    if text.startswith("\ufeff"):
        text = text[1:]
    doc = Document()
    tables = doc._tables
    stack: list[_Frame] = []
    top: _Frame | None = None
    # anchor -> (value, nodes, characters); None while being built
    anchors: dict[str, tuple[Any, int, int] | None] = {}
    expanded = 0
    expanded_chars = 0
    text_limit = alias_text_limit(len(text))
    documents = 0
    root_set = False

    def place(value: Any, mark: Any, size: int, chars: int) -> None:
        """Attach a finished value (not a key) to the open container."""
        nonlocal root_set
        if top is None:
            doc.data, doc.root_mark = value, mark
            root_set = True
            return
        top.size += size
        top.chars += chars
        if top.is_map:
            k = top.key
            top.container[k] = value
            top.table[k] = (top.key_mark, mark)
            top.key = None
        else:
            top.container.append(value)
            top.table.append(mark)

    try:
        next_event = _event_source(text)
        while True:
            ev = next_event()
            if ev is None:  # pragma: no cover - the stream always ends with StreamEnd
                break
            cls = ev.__class__
            if cls is ScalarEvent:
                mark = ev.start_mark
                if top is not None and top.is_map and top.key is None:
                    key = ev.value  # keys are always taken as written
                    if key in top.container:
                        raise _dup(key, mark, top.table[key][0])
                    top.key, top.key_mark = key, mark
                    top.size += 1
                    top.chars += len(key)
                    if ev.anchor:
                        anchors[ev.anchor] = (key, 1, len(key))
                    continue
                text_value = ev.value
                if ev.ctag is not None:  # explicitly tagged (rare): `.tag` is a property
                    tag = ev.tag
                    plain = ev.implicit[0] and not ev.style
                    value: Any = (_resolve_tagged(tag, text_value, mark)
                                  if tag != "!" or plain else text_value)
                elif ev.style or not ev.implicit[0]:
                    value = text_value  # quoted or block scalar: text as written
                elif text_value and text_value[0] not in _MAYBE_NOT_TEXT:
                    value = text_value  # plain text that cannot be a number/bool/null
                else:
                    value = _resolve_plain(text_value, mark)
                place(value, mark, 1, len(text_value))
                if ev.anchor:
                    anchors[ev.anchor] = (value, 1, len(text_value))
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = ev.start_mark
                is_map = cls is MappingStartEvent
                if ev.ctag is not None and ev.tag not in ("!", _CORE + ("map" if is_map
                                                                        else "seq")):
                    raise YamlProblem(*_pos(mark), "CX006", "unsupported_tag",
                                      "unsupported_tag_hint", tag=_show_tag(ev.tag))
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(*_pos(mark), "CX008", "too_deep", depth=MAX_DEPTH)
                if top is not None and top.is_map and top.key is None:
                    raise YamlProblem(*_pos(mark), "CX102", "key_not_text")
                container: Any = {} if is_map else []
                table: Any = {} if is_map else []
                tables[id(container)] = table
                place(container, mark, 0, 0)
                top = _Frame(container, table, ev.anchor)
                stack.append(top)
                if ev.anchor:
                    anchors[ev.anchor] = None
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                top = stack[-1] if stack else None
                if top is not None:
                    top.size += frame.size
                    top.chars += frame.chars
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size, frame.chars)
            elif cls is AliasEvent:
                mark = ev.start_mark
                if ev.anchor not in anchors:
                    from cxmap.load.slips import quoted_line

                    fixed = quoted_line(text, mark.line + 1)
                    raise YamlProblem(*_pos(mark), "CX007", "alias_undefined",
                                      "alias_text_hint" if fixed else None, name=ev.anchor,
                                      fixed=fixed or "")
                entry = anchors[ev.anchor]
                if entry is None:
                    raise YamlProblem(*_pos(mark), "CX007", "alias_recursive",
                                      name=ev.anchor)
                value, size, chars = entry
                expanded += size
                expanded_chars += chars
                if expanded > MAX_ALIAS_EXPANSION:
                    raise YamlProblem(*_pos(mark), "CX007", "alias_too_much",
                                      limit=MAX_ALIAS_EXPANSION)
                if expanded_chars > text_limit:
                    raise YamlProblem(*_pos(mark), "CX007", "alias_too_much_text",
                                      millions=text_limit // 1_000_000)
                if top is not None and top.is_map and top.key is None:
                    if not isinstance(value, str):
                        raise YamlProblem(*_pos(mark), "CX102", "key_not_text")
                    if value in top.container:
                        raise _dup(value, mark, top.table[value][0])
                    top.key, top.key_mark = value, mark
                    top.size += 1
                    top.chars += chars
                else:
                    place(value, mark, size, chars)
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlProblem(*_pos(ev.start_mark), "CX009", "more_documents",
                                      "more_documents_hint")
            elif cls is StreamEndEvent:
                break
    except YamlProblem:
        raise
    except MarkedYAMLError as exc:
        from cxmap.load.slips import parser_problem

        line, col, key, hint_key, params = parser_problem(text, exc)
        raise YamlProblem(line, col, "CX001", key, hint_key, **params) from None
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
        if isinstance(char, str):
            raise YamlProblem(line, col, "CX001", "bad_character", "bad_character_hint",
                              char=char) from None
        raise YamlProblem(line, col, "CX001", "bad_character_unknown",
                          "bad_character_hint") from None
    if not root_set or doc.data is None:
        raise YamlProblem(1, 1, "CX004", "empty", "empty_hint", file="FILE")
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
        raise YamlProblem(line, col, "CX002", "not_utf8", "not_utf8_hint",
                          byte=raw[start]) from None
