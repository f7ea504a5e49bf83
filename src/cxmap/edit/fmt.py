"""Canonical layout of a map (``cxmap fmt``), with ruamel.yaml's round-trip mode.

Canonical: keys in the order of the model's fields (their YAML aliases),
2-space indentation with list items indented under their key (``  - id:``),
one space after ``key:``, block style for the objects of ``stages``,
``touchpoints``, ``projects``, ``departments`` and ``branches`` (short flow
lists of words such as ``branches: [a, b]`` stay).  Kept: every comment,
blank lines, every value and its quoting, a BOM and the line-ending style.

Keys are put in order on the text first, as whole lines (:func:`reorder_keys`):
a key travels with its value, the comment lines above it and the deeper
comment lines below it, so a comment stays with the item it precedes or
follows.  What that cannot move line by line (a flow mapping made block) is
ordered in ruamel's tree, which attaches the comment lines *before* a key to
the value of the key above it: there each such comment is first split into
the end-of-line part (which stays with its value) and the lines that follow
(which travel with the next key).  The result is checked before it is
accepted: it must hold the same data and the same comments, and formatting it
again must not change it.
"""

from __future__ import annotations

import bisect
import io
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

BOM = "\ufeff"
#: characters YAML takes as line breaks besides "\n" (in a text they must be
#: written as escapes: "\r", "\N", "\L", "\P")
SEPARATORS = ("\r", "\x85", "\u2028", "\u2029")
#: list keys whose items are objects, and the model of those objects
CHILDREN = {
    "map": {"departments": "department", "branches": "branch", "stages": "stage",
            "projects": "project"},
    "stage": {"touchpoints": "touchpoint"},
}


class FormatProblem(Exception):
    """The file cannot be formatted without losing something; ``what`` says
    what (``comments``, ``values``, ``separators``, ``layout``: the catalogue
    has ``edit.fmt_what_<what>`` or ``edit.fmt_<what>`` for it)."""

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(detail or what)
        self.what = what


@dataclass
class Formatted:
    text: bytes
    changed: bool


def _order(kind: str) -> list[str]:
    from cxmap.model.journey import allowed_keys

    return allowed_keys(kind)


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 30
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_duplicate_keys = False
    return yaml


# --------------------------------------------------------------- comments
def _is_collection(value: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    return isinstance(value, CommentedMap | CommentedSeq) and len(value) > 0 \
        and not value.fa.flow_style()


def _tail(container: Any, key: Any) -> tuple[Any, int]:
    """The comment slot holding the text after ``container[key]``'s last line:
    (the ``ca.items`` list, index in it)."""
    from ruamel.yaml.comments import CommentedMap

    value = container[key]
    if _is_collection(value):
        last = next(reversed(value)) if isinstance(value, CommentedMap) else len(value) - 1
        return _tail(value, last)
    slot = container.ca.items.setdefault(key, [None, None, None, None])
    return slot, 2 if isinstance(container, CommentedMap) else 0


def _split(token: Any) -> tuple[str, str]:
    """A comment token's text as (end of the value's line, the lines after)."""
    if token is None:
        return "", ""
    value = token.value
    cut = value.find("\n")
    if cut < 0:
        return value, ""
    return value[:cut + 1], value[cut + 1:]


def _set(slot: list[Any], index: int, text: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not text:
        slot[index] = None
    elif slot[index] is None:
        slot[index] = CommentToken(text, CommentMark(0), None)
    else:
        slot[index].value = text


def _reorder(mapping: Any, order: list[str]) -> None:
    """Put ``mapping``'s keys in ``order``, moving the comment lines above each
    key along with it."""
    keys = list(mapping.keys())
    wanted = sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
    if wanted == keys:
        return
    leading: dict[Any, str] = {}
    for before, key in pairwise(keys):
        slot, i = _tail(mapping, before)
        eol, rest = _split(slot[i])
        _set(slot, i, eol)
        leading[key] = rest
    for key in keys:  # comment lines ruamel keeps *on* a key (after a flow value)
        own = mapping.ca.items.get(key)
        if own and own[1]:
            leading[key] = leading.get(key, "") + "".join(tok.value for tok in own[1] if tok)
            own[1] = None
    slot, i = _tail(mapping, keys[-1])
    eol, after_all = _split(slot[i])
    _set(slot, i, eol)
    items = [(k, mapping[k]) for k in wanted]
    slots = {k: mapping.ca.items.pop(k, None) for k in keys}
    for k in keys:
        del mapping[k]
    for k, v in items:
        mapping[k] = v
        if slots[k] is not None:
            mapping.ca.items[k] = slots[k]
    # the lines above a key that is now first go just below it
    moved = dict(leading)
    if len(wanted) > 1 and leading.get(wanted[0]):
        moved[wanted[1]] = leading[wanted[0]] + leading.get(wanted[1], "")
    for before, key in pairwise(wanted):
        if moved.get(key):
            slot, i = _tail(mapping, before)
            eol, rest = _split(slot[i])
            _set(slot, i, (eol or "\n") + rest + moved[key])
    if len(wanted) == 1 and leading.get(wanted[0]):
        after_all = leading[wanted[0]] + after_all
    if after_all:
        slot, i = _tail(mapping, wanted[-1])
        eol, rest = _split(slot[i])
        _set(slot, i, (eol or "\n") + rest + after_all)


def _canonical(node: Any, kind: str) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if not isinstance(node, CommentedMap):
        return
    node.fa.set_block_style()
    for key, child_kind in CHILDREN.get(kind, {}).items():
        items = node.get(key)
        if isinstance(items, CommentedSeq) and len(items):
            items.fa.set_block_style()
            for index, item in enumerate(items):
                flow = isinstance(item, CommentedMap) and item.fa.flow_style() and len(item)
                slot = items.ca.items.get(index) if flow else None
                _canonical(item, child_kind)
                if slot and slot[0] is not None:
                    # `- {id: a, ...}  # note` -> the note ends the `- id: a` line
                    eol, rest = _split(slot[0])
                    slot[0] = None
                    first = next(iter(item))
                    head = item.ca.items.setdefault(first, [None, None, None, None])
                    _set(head, 2, eol + (rest if len(item) == 1 else ""))
                    if len(item) > 1 and rest:
                        tail, i = _tail(item, next(reversed(item)))
                        before, more = _split(tail[i])
                        _set(tail, i, (before or "\n") + more + rest)
    if kind == "touchpoint" and isinstance(node.get("survey"), CommentedMap):
        _reorder(node["survey"], _order("survey"))  # keys in the survey block's order
    _reorder(node, _order(kind))


# --------------------------------------------------------------- key order, on the text
def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


class _Unsure(Exception):
    """A mapping the line-wise reordering does not handle (ruamel's does)."""


def reorder_keys(text: str, item_comment_stays: bool = False) -> str:
    """``text`` with the keys of the map's objects in canonical order, moved
    as whole lines: each key with its value, the comment lines above it and
    the deeper-indented comment lines below its value.  A comment therefore
    stays with the item it precedes or follows (an end-of-line comment, a
    ``# cxmap: disable=`` above a key), and the first line of a list item
    keeps its ``-`` and its end-of-line comment (which speaks for the item).
    A mapping this cannot handle line by line (a key not at the start of its
    line, a flow mapping) is left for the ruamel pass.

    An end-of-line comment on a list item's first line moves with its key;
    with ``item_comment_stays`` it stays on the item's first line (where it
    speaks for the item: fmt tries both when a suppression is at stake)."""
    from cxmap.edit.patch import PatchError, parse_positions

    try:
        root = parse_positions(text)
    except PatchError:
        return text
    lines = text.split("\n")
    # the map ends on its last written line (a block text's end mark is at the
    # start of the line after it); what follows at the top level (comments,
    # "...") stays last
    end = root.last[0] - (1 if root.last[1] == 0 and root.last[0] > 0 else 0)
    end = min(end, len(lines) - 1)
    while end + 1 < len(lines) and lines[end + 1].startswith(" ") and (
            _comment_or_blank(lines[end + 1])):
        end += 1  # comment lines deeper than the top level follow its last key
    out = _mapping_lines(lines, root, "map", 0, end, item_comment_stays)
    return "\n".join(out + lines[end + 1:])


def _mapping_lines(lines: list[str], node: Any, kind: str, lo: int, hi: int,
                   item_comment_stays: bool) -> list[str]:
    """Lines ``lo``..``hi`` (a region holding the block mapping ``node``) with
    the mapping's keys in canonical order, and its children's in theirs."""
    from cxmap.edit.patch import Node

    region = lines[lo:hi + 1]
    if not isinstance(node, Node) or not node.mapping or node.flow or not node.items:
        return region
    try:
        return _reordered(lines, node, kind, lo, hi, item_comment_stays)
    except _Unsure:
        return region


def _reordered(lines: list[str], node: Any, kind: str, lo: int, hi: int,
               item_comment_stays: bool) -> list[str]:
    from cxmap.edit.patch import Node

    entries = list(node.items.items())  # name -> (key scalar, value)
    column = entries[0][1][0].start[1]
    starts = []
    for index, (_, (key, _value)) in enumerate(entries):
        line, col = key.start
        prefix = lines[line][:col]
        if col != column or key.style is not None or key.start[0] != key.end[0]:
            raise _Unsure
        if prefix.strip() and not (index == 0 and line == lo
                                   and set(prefix) <= {" ", "-"} and "-" in prefix):
            raise _Unsure
        starts.append(line)
    if starts[0] < lo or starts != sorted(starts) or len(set(starts)) != len(starts):
        raise _Unsure
    # each entry's lines: from the comment lines above its key (at most as
    # deep as the key) to the line before the next entry's
    bounds = []
    for index, line in enumerate(starts):
        first = line
        if index > 0:
            while (first - 1 > starts[index - 1] and _comment_or_blank(lines[first - 1])
                   and (not lines[first - 1].strip() or _indent(lines[first - 1]) <= column)):
                first -= 1
        elif "-" not in lines[line][:column]:  # the comment lines right above the
            while (first - 1 >= lo and lines[first - 1].strip()  # first key (not
                   and lines[first - 1].lstrip().startswith("#")):  # a header set
                first -= 1  # off by a blank line)
        bounds.append(first)
    # the last entry ends at its last line of content or of comment at its
    # key's level or deeper (a comment under the last key follows that key)
    last = hi
    while last > starts[-1] and (not lines[last].strip() or (
            lines[last].lstrip().startswith("#") and _indent(lines[last]) < column)):
        last -= 1
    ends = [b - 1 for b in bounds[1:]] + [last]
    children = CHILDREN.get(kind, {})
    pieces: dict[str, list[str]] = {}
    for (name, (_key, value)), first, stop in zip(entries, bounds, ends, strict=True):
        body = lines[first:stop + 1]
        child = children.get(name)
        if (child and isinstance(value, Node) and not value.mapping and not value.flow
                and value.items):
            body = lines[first:value.start[0]] + _items_lines(
                lines, value, child, value.start[0], stop, item_comment_stays)
        pieces[name] = body
    order = _order(kind)
    wanted = sorted(pieces, key=lambda k: order.index(k) if k in order else len(order))
    head, tail = lines[lo:bounds[0]], lines[last + 1:hi + 1]
    if wanted == list(pieces):
        return head + [row for name in wanted for row in pieces[name]] + tail
    old_first = entries[0][0]
    for above in range(starts[0] - bounds[0]):  # comment lines above the first key
        row = pieces[old_first][above]  # go with it: at its level, they precede it
        if row.strip() and _indent(row) > column:
            pieces[old_first][above] = " " * column + row.lstrip(" ")
    old_last = entries[-1][0]
    if wanted[-1] != old_last:  # comment lines under the last key, at its level,
        body = pieces[old_last]  # would precede the next key: deeper, they follow it
        for below in range(len(body) - 1, -1, -1):
            row = body[below]
            if row.strip() and not row.lstrip().startswith("#"):
                break
            if row.strip() and _indent(row) <= column:
                body[below] = " " * (column + 2) + row.lstrip(" ")
    dash = lines[starts[0]][:column]
    if "-" in dash:  # a list item: the dash goes to the key that is now first
        names = [name for name, _ in entries]
        at = {name: starts[i] - bounds[i] for i, name in enumerate(names)}
        old, new = names[0], wanted[0]
        row = pieces[old][at[old]]
        note = _end_comment(row) if item_comment_stays else ""
        pieces[old][at[old]] = " " * column + row[column:len(row) - len(note)]
        row = pieces[new][at[new]]
        if note and _end_comment(row):
            raise _Unsure  # two end-of-line comments for one line
        pieces[new][at[new]] = dash + row[column:] + note
        # its comment lines now precede the item: at the column of its dash
        level = dash.index("-")
        head = head + [" " * level + row.lstrip(" ") if row.strip() else row
                       for row in pieces[new][:at[new]]]
        pieces[new] = pieces[new][at[new]:]
    return head + [row for name in wanted for row in pieces[name]] + tail


def _end_comment(row: str) -> str:
    """The end-of-line comment of a key line, with the blanks before it."""
    from cxmap.checks.suppressions import comments as found

    for comment in found(row):
        if not comment.own_line:
            col = comment.column - 1
            return row[len(row[:col].rstrip()):]
    return ""


def _items_lines(lines: list[str], seq: Any, kind: str, lo: int, hi: int,
                 item_comment_stays: bool) -> list[str]:
    """Lines ``lo``..``hi`` holding the block sequence ``seq`` of objects of
    ``kind``, each object's keys reordered."""
    from cxmap.edit.patch import Node

    if not all(isinstance(item, Node) for item in seq.items):
        return lines[lo:hi + 1]
    starts = [item.start[0] for item in seq.items]
    out = lines[lo:starts[0]]
    for index, item in enumerate(seq.items):
        stop = starts[index + 1] - 1 if index + 1 < len(starts) else hi
        out += _mapping_lines(lines, item, kind, starts[index], stop, item_comment_stays)
    return out


# --------------------------------------------------------------- checks
def comment_columns(text: str) -> dict[int, int]:
    """Line (0-based) -> column of the comment on it, for every comment of a
    YAML text: the text outside its scalars from a ``#`` that starts a comment
    (at a line start or after a blank) to the end of the line."""
    from _ruamel_yaml import CParser
    from ruamel.yaml.events import ScalarEvent

    lines = text.split("\n")
    masked = [list(line) for line in lines]
    parser = CParser(text)
    while True:
        ev = parser.get_event()
        if ev is None:
            break
        if ev.__class__ is ScalarEvent:
            start, end = ev.start_mark, ev.end_mark
            for line in range(start.line, min(end.line, len(lines) - 1) + 1):
                a = start.column if line == start.line else 0
                b = end.column if line == end.line else len(lines[line])
                for c in range(a, min(b, len(masked[line]))):
                    masked[line][c] = " "
    found: dict[int, int] = {}
    for number, row in enumerate(masked):
        rest = "".join(row)
        at = 0
        while True:
            at = rest.find("#", at)
            if at < 0:
                break
            if at == 0 or rest[at - 1] in " \t":
                found[number] = at
                break
            at += 1
    return found


def comments(text: str) -> Counter[str]:
    """Every comment of a YAML text (stripped), counted."""
    lines = text.split("\n")
    return Counter(lines[line][col:].rstrip() for line, col in comment_columns(text).items())


def _pairs(a: Any, b: Any, out: list[tuple[Any, Any]]) -> None:
    """The scalars of two trees of the same data, paired by path (keys too)."""
    from cxmap.edit.patch import Node, Scalar

    if isinstance(a, Scalar) and isinstance(b, Scalar):
        out.append((a, b))
    elif isinstance(a, Node) and isinstance(b, Node) and a.mapping == b.mapping:
        if a.mapping:
            for key, (a_key, a_value) in a.items.items():
                if key in b.items:
                    b_key, b_value = b.items[key]
                    out.append((a_key, b_key))
                    _pairs(a_value, b_value, out)
        else:
            for a_item, b_item in zip(a.items, b.items, strict=False):
                _pairs(a_item, b_item, out)


def _restore(source: str, output: str) -> str:
    """Give the dumped ``output`` back what ruamel normalises: each one-line
    scalar's text as written (``+1``, ``1.50``, ``~``), the gap before each
    end-of-line comment, and full-line comments indented as the line after them."""
    from cxmap.edit.patch import parse_positions

    pairs: list[tuple[Any, Any]] = []
    _pairs(parse_positions(source), parse_positions(output), pairs)
    src_lines = source.split("\n")
    out_lines = output.split("\n")
    src_comments = comment_columns(source)
    out_comments = comment_columns(output)
    edits: dict[int, list[tuple[int, int, str]]] = {}
    last_on_line: dict[int, tuple[Any, Any]] = {}
    for a, b in pairs:
        if a.style in ("|", ">") or a.start[0] != a.end[0] or b.start[0] != b.end[0]:
            continue
        if a.end[0] not in last_on_line or last_on_line[a.end[0]][0].end < a.end:
            last_on_line[a.end[0]] = (a, b)
        was = src_lines[a.start[0]][a.start[1]:a.end[1]]
        now = out_lines[b.start[0]][b.start[1]:b.end[1]]
        if was != now and (a.style or None) == (b.style or None):
            if not now and out_lines[b.start[0]][:b.start[1]].endswith(":"):
                was = " " + was  # ruamel writes `~`/`null` as nothing: not `score:~`
            edits.setdefault(b.start[0], []).append((b.start[1], b.end[1], was))
    for src_number, (_, b) in last_on_line.items():
        if src_number in src_comments and b.end[0] in out_comments:
            src_line = src_lines[src_number]
            col = src_comments[src_number]
            gap = col - len(src_line[:col].rstrip())
            out_col = out_comments[b.end[0]]
            out_line = out_lines[b.end[0]]
            content = len(out_line[:out_col].rstrip())
            if content and out_col - content != gap:
                edits.setdefault(b.end[0], []).append((content, out_col, " " * gap))
    for line, changes in edits.items():
        text = out_lines[line]
        for start, end, new in sorted(changes, reverse=True):
            text = text[:start] + new + text[end:]
        out_lines[line] = text
    # full-line comments: at the level they were written at (ruamel writes
    # them with their old indentation): the level of the next line with
    # content if it was written there, else of the block above they closed
    # output line -> {source column: output column} for its indentation and
    # its first scalar (`- id:` lines have both: the dash and the key)
    levels: dict[int, dict[int, int]] = {}
    for a, b in pairs:
        if b.start[0] not in levels:
            row = src_lines[a.start[0]]
            out_row = out_lines[b.start[0]]
            levels[b.start[0]] = {len(row) - len(row.lstrip(" ")):
                                  len(out_row) - len(out_row.lstrip(" ")),
                                  a.start[1]: b.start[1]}
    bodies: list[int] = []
    full: list[int] = []
    for number, row in enumerate(out_lines):
        stripped = row.lstrip(" ")
        if not stripped:
            continue
        if stripped.startswith("#") and out_comments.get(number) == len(row) - len(stripped):
            full.append(number)
        else:
            bodies.append(number)

    for number in full:
        row = out_lines[number]
        written = len(row) - len(row.lstrip(" "))
        cut = bisect.bisect(bodies, number)
        after, before = bodies[cut:cut + 1], bodies[:cut]
        first = levels.get(after[0], {}) if after else {}
        if first:
            level = min(first.values())
        else:  # the end of the file, or a line without a scalar
            level = len(out_lines[after[0]]) - len(out_lines[after[0]].lstrip(" ")) \
                if after else 0
        if written in first:
            level = first[written]
        else:
            for c in reversed(before):
                known = levels.get(c)
                if not known or min(known) > written:
                    continue
                if written in known:
                    level = known[written]
                elif first and written > min(first):
                    # deeper than the line after it: it follows the line above,
                    # and stays deeper than the line after it
                    base = max(k for k in known if k <= written)
                    level = max(known[base] + written - base, min(first.values()) + 2)
                break
        out_lines[number] = " " * level + row.lstrip(" ")
    return "\n".join(out_lines)


def _format_text(text: str, item_comment_stays: bool = False) -> str:
    """The canonical layout of ``text`` (no BOM, ``\\n`` line ends)."""
    from ruamel.yaml.error import YAMLError

    text = reorder_keys(text, item_comment_stays)

    yaml = _yaml()
    head = text.lstrip()
    while head.startswith("#"):
        head = head.split("\n", 1)[1].lstrip() if "\n" in head else ""
    yaml.explicit_start = head.startswith("---")
    try:
        data = yaml.load(text)
    except (YAMLError, ValueError, KeyError, AssertionError, RecursionError) as exc:
        raise FormatProblem("values", str(exc).splitlines()[0] if str(exc) else "") from None
    _canonical(data, "map")
    out = io.StringIO()
    yaml.dump(data, out)
    result = _restore(text, out.getvalue())
    if text.rstrip("\n").endswith("...") and not result.rstrip("\n").endswith("..."):
        result += "...\n"
    # no blank line before the first line: a blank line that belonged to a key
    # moved away from the top would otherwise stay there on the first pass only
    return result.lstrip("\n")


def format_bytes(raw: bytes, item_comment_stays: bool = False) -> Formatted:
    """Format a map already known to be valid; raise :class:`FormatProblem`
    rather than lose a comment or change a value.  ``item_comment_stays``:
    see :func:`reorder_keys`."""
    from cxmap.load.yaml import parse_text

    text = raw.decode("utf-8")
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    crlf = text.count("\r\n") > text.count("\n") / 2
    cr_only = "\r" in text and "\n" not in text  # old Mac line ends
    plain = text.replace("\r", "\n") if cr_only else text.replace("\r\n", "\n")
    if any(c in plain for c in SEPARATORS):
        # YAML ends a line at them, Python's lines do not: positions and folded
        # texts would not match; the file is left as it is, with the fix
        raise FormatProblem("separators")
    result = _format_text(plain, item_comment_stays)
    if result == plain:  # already canonical (the common case in CI): one pass
        return Formatted(raw, False)
    if _format_text(result) != result:
        raise FormatProblem("layout")
    if parse_text(result).data != parse_text(plain).data:
        raise FormatProblem("values")
    if comments(result) != comments(plain):
        raise FormatProblem("comments")
    if crlf:
        result = result.replace("\n", "\r\n")
    elif cr_only:
        result = result.replace("\n", "\r")
    if bom:
        result = BOM + result
    new = result.encode("utf-8")
    return Formatted(new, new != raw)
