"""Edit a map's text in place: change a scalar value at its exact position, or
add a ``key: value`` line in the canonical key position.

Positions come from the YAML parser's events (libyaml through ruamel.yaml's C
parser), so everything the edit does not touch — comments, blank lines, key
order, quoting, a BOM, CRLF line ends — stays byte for byte as it was.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from cxmap.i18n import Language, t

Pos = tuple[int, int]  # 0-based (line, column)


class PatchError(Exception):
    """The value cannot be changed in place (an alias, a nested value...).

    ``reason`` names the catalogue message ``edit.patch_<reason>``: ``str()``
    says it in English, :meth:`text` in any language.  ``where`` and ``key``
    say which value the edit was changing, once known (``where``: a
    touchpoint's id, ``None`` for a key at the top of the map)."""

    def __init__(self, reason: str, **params: object) -> None:
        self.reason, self.params = reason, params
        self.where: str | None = None
        self.key: str | None = None
        super().__init__(reason)

    def located(self, where: str | None, key: str) -> PatchError:
        """This problem, as met while changing ``key`` of ``where``."""
        self.where, self.key = where, key
        return self

    def text(self, lang: Language = Language.EN) -> str:
        reason = t(f"edit.patch_{self.reason}", lang, **self.params)
        if self.key is None:
            return reason
        if self.where is None:
            return t("edit.cannot_edit_map", lang, field=self.key, reason=reason)
        return t("edit.cannot_edit", lang, where=self.where, field=self.key, reason=reason)

    def __str__(self) -> str:
        return self.text()


@dataclass
class Scalar:
    value: str
    style: str | None  # None plain, "'" / '"' quoted, "|" / ">" block
    start: Pos
    end: Pos

    @property
    def empty_plain(self) -> bool:
        return self.style is None and self.value == ""


@dataclass
class Alias:
    start: Pos
    end: Pos


@dataclass
class Node:
    """A mapping or a sequence: ``items`` is key -> (key scalar, value) for a
    mapping, a list of values for a sequence; ``last`` is where its last
    written character ends (for a block collection the closing event's mark
    lies on the next token, possibly lines further down)."""

    mapping: bool
    flow: bool
    start: Pos
    items: Any = field(default=None)
    last: Pos = (0, 0)


Value = Scalar | Alias | Node

#: what ends a line for the YAML parser (libyaml): CR LF, CR, LF, NEL, LS, PS
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def parse_positions(text: str) -> Node:
    """The document's tree with the position of every key and value.

    ``text`` without a BOM (positions count from its first character).
    """
    from _ruamel_yaml import CParser
    from ruamel.yaml.events import (
        AliasEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    parser = CParser(text)
    stack: list[tuple[Node, Scalar | None]] = []  # (container, pending key)
    root: Node | None = None

    def pos(mark: Any) -> Pos:
        return (mark.line, mark.column)

    def place(value: Value) -> None:
        nonlocal root
        if not stack:
            if isinstance(value, Node):
                root = value
            return
        container, key = stack[-1]
        end = value.last if isinstance(value, Node) else value.end
        if not (isinstance(value, Scalar) and value.empty_plain):
            container.last = max(container.last, end)
        if container.mapping:
            assert key is not None
            container.items[key.value] = (key, value)
            stack[-1] = (container, None)
        else:
            container.items.append(value)

    while True:
        ev = parser.get_event()
        if ev is None:
            break
        cls = ev.__class__
        if cls is ScalarEvent:
            scalar = Scalar(ev.value, ev.style or None, pos(ev.start_mark), pos(ev.end_mark))
            if stack and stack[-1][0].mapping and stack[-1][1] is None:
                container = stack[-1][0]
                container.last = max(container.last, scalar.end)
                stack[-1] = (container, scalar)
            else:
                place(scalar)
        elif cls is MappingStartEvent or cls is SequenceStartEvent:
            mapping = cls is MappingStartEvent
            node = Node(mapping, bool(ev.flow_style), pos(ev.start_mark),
                        {} if mapping else [])
            node.last = node.start
            if stack and stack[-1][0].mapping and stack[-1][1] is None:
                raise PatchError("key_not_text")
            stack.append((node, None))
        elif cls is MappingEndEvent or cls is SequenceEndEvent:
            node, _ = stack.pop()
            if node.flow:
                node.last = pos(ev.end_mark)
            place(node)
        elif cls is AliasEvent:
            alias = Alias(pos(ev.start_mark), pos(ev.end_mark))
            if stack and stack[-1][0].mapping and stack[-1][1] is None:
                raise PatchError("alias_key")
            place(alias)
    if root is None or not root.mapping:
        raise PatchError("top_not_mapping")
    return root


class TextEditor:
    """Collects edits on one text, then applies them from the end backwards."""

    def __init__(self, text: str) -> None:
        self.text = text
        # lines as the YAML parser counts them (its positions are line and
        # column): a line ends at LF, CR LF, a lone CR, NEL, LS or PS - a line
        # separator pasted into a title is a line break to YAML
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        first = _BREAK.search(text)
        self.eol = first.group() if first and first.group() in ("\r\n", "\r") else "\n"
        self.edits: list[tuple[int, int, int, str]] = []

    def next_line(self, offset: int) -> int:
        """Offset of the line after the one ``offset`` is on (the text's end
        on its last line)."""
        from bisect import bisect_right

        line = bisect_right(self.starts, offset)
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def offset(self, p: Pos) -> int:
        line, column = p
        if line >= len(self.starts):
            return len(self.text)
        return self.starts[line] + column

    def line_end(self, p: Pos) -> int:
        """Offset just after the line break of the line ``p`` is on."""
        line = p[0] + 1
        if line < len(self.starts):
            return self.starts[line]
        return len(self.text)

    def replace(self, start: int, end: int, new: str, rank: int = 0) -> None:
        """Replace ``text[start:end]``; insertions at one place come out in
        ``rank`` order."""
        self.edits.append((start, end, rank, new))

    def result(self) -> str:
        text = self.text
        for start, end, _, new in sorted(self.edits, key=lambda e: e[:3], reverse=True):
            text = text[:start] + new + text[end:]
        return text


def set_value(editor: TextEditor, mapping: Node, key: str, new: str,
              order: list[str]) -> None:
    """Set ``key`` of ``mapping`` to the YAML scalar text ``new``.

    An existing scalar is replaced where it stands (keeping its quote style
    when ``new`` is plain text); a missing key is added on a line of its own
    after the nearest key that comes before it in ``order`` (the canonical
    order), indented as the mapping's other keys.
    """
    if key in mapping.items:
        key_scalar, value = mapping.items[key]
        if not isinstance(value, Scalar):
            raise PatchError("not_scalar")
        if value.style in ("|", ">"):
            raise PatchError("block_scalar")
        if value.empty_plain:
            at = editor.offset(key_scalar.end)
            colon = editor.text.find(":", at)
            if colon < 0:  # pragma: no cover - a key is always followed by ':'
                raise PatchError("no_colon")
            editor.replace(colon + 1, colon + 1, " " + new)
            return
        if value.style in ("'", '"') and _plain_text(new):
            new = _quote(new, value.style)
        editor.replace(editor.offset(value.start), editor.offset(value.end), new)
        return
    _insert(editor, mapping, key, order, flow=f"{key}: {new}", block=[f"{key}: {new}"])


def _insert(editor: TextEditor, mapping: Node, key: str, order: list[str], *, flow: str,
            block: list[str]) -> None:
    """Add a missing ``key`` after the nearest key before it in ``order``: as
    ``flow`` text in a flow mapping, else as the ``block`` lines (the first
    at the mapping's indentation, each further one already indented from it)."""
    before = order[:order.index(key)] if key in order else order
    previous = [k for k in mapping.items if k in before]
    if not previous:
        raise PatchError("no_place")
    anchor = max(previous, key=before.index)
    key_scalar, value = mapping.items[anchor]
    if isinstance(value, Node):
        end = value.last
    elif isinstance(value, Scalar) and value.empty_plain:
        end = key_scalar.end
    else:
        end = value.end
    rank = order.index(key) if key in order else len(order)
    if mapping.flow:
        editor.replace(editor.offset(end), editor.offset(end), f", {flow}", rank)
        return
    first_key = next(iter(mapping.items.values()))[0]
    indent = " " * first_key.start[1]
    if isinstance(value, Scalar) and value.style in ("|", ">") \
            and "+" not in editor.text[editor.offset(value.start):][:4].split("\n")[0]:
        # a block scalar's end lies after its trailing blank lines: go back to
        # its last line with text (unless `|+` keeps those lines in its value)
        start_at, end_at = editor.offset(value.start), editor.offset(end)
        last = start_at + len(editor.text[start_at:end_at].rstrip())
        at = editor.next_line(last)
    elif isinstance(value, Scalar) and value.style in ("|", ">") and end[1] == 0:
        at = editor.offset(end)  # `|+`: after its kept blank lines
    else:
        at = editor.line_end(end)
    lines = "".join(f"{indent}{line}{editor.eol}" for line in block)
    if at == len(editor.text) and editor.text and editor.starts[-1] != len(editor.text):
        lines = editor.eol + lines[:-len(editor.eol)]
    editor.replace(at, at, lines, rank)


def set_mapping(editor: TextEditor, mapping: Node, key: str, values: dict[str, str],
                order: list[str], inner_order: list[str]) -> None:
    """Make ``key`` of ``mapping`` a mapping holding exactly ``values`` (key ->
    YAML scalar text, in ``inner_order``).

    A block mapping already there is edited key by key (its comments and
    unchanged lines stay; keys not in ``values`` are removed); anything else
    there is replaced by a flow mapping; a missing key is added in block style
    (flow style inside a flow mapping).
    """
    flow = "{" + ", ".join(f"{k}: {v}" for k, v in values.items()) + "}"
    if key not in mapping.items:
        block = [f"{key}:"] + [f"  {k}: {v}" for k, v in values.items()]
        _insert(editor, mapping, key, order, flow=f"{key}: {flow}", block=block)
        return
    key_scalar, value = mapping.items[key]
    if isinstance(value, Node) and value.mapping and not value.flow and value.items:
        if not all(isinstance(v, Scalar) for _, v in value.items.values()):
            raise PatchError("nested_values")
        for inner, text in values.items():
            if inner in value.items and value.items[inner][1].value == _unquoted(text):
                continue
            set_value(editor, value, inner, text, inner_order)
        for inner in value.items:
            if inner not in values:
                delete_key(editor, value, inner)
        return
    if isinstance(value, Scalar) and value.empty_plain:
        at = editor.offset(key_scalar.end)
        colon = editor.text.find(":", at)
        editor.replace(colon + 1, colon + 1, " " + flow)
        return
    if isinstance(value, Alias | Scalar) or (isinstance(value, Node) and value.mapping):
        end = value.end if isinstance(value, Alias | Scalar) else value.last
        editor.replace(editor.offset(value.start), editor.offset(end), flow)
        return
    raise PatchError("is_list")


def delete_key(editor: TextEditor, mapping: Node, key: str) -> None:
    """Remove ``key`` and its scalar value: its whole line in a block mapping
    (with a comment at its end), when nothing else is on that line."""
    key_scalar, value = mapping.items[key]
    if mapping.flow or not isinstance(value, Scalar) or value.style in ("|", ">"):
        raise PatchError("not_alone")
    start = editor.starts[key_scalar.start[0]]
    if editor.text[start:editor.offset(key_scalar.start)].strip():
        raise PatchError("not_alone")
    end_line = value.end[0] if not value.empty_plain else key_scalar.end[0]
    editor.replace(start, editor.line_end((end_line, 0)), "")


def _unquoted(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return str(json.loads(text))
    return text


def _plain_text(text: str) -> bool:
    return not text.startswith(("'", '"'))


def _quote(text: str, style: str) -> str:
    if style == "'":
        return "'" + text.replace("'", "''") + "'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
