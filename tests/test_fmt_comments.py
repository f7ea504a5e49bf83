"""fmt moves keys, never the meaning of a comment (property tests).

Maps are generated with their keys in random order and a comment at every
kind of position: above a key, at the end of a key's line, under the last key
of a list item, deeper than the line above it, above a list item, at the top
and at the end of the file.  A comment belongs to the item it precedes (a
comment line at most as deep as the next line) or follows (a deeper one: the
nearest item above it at its level or shallower); a comment on a line
belongs to the key of that line; the header of the file (set off by a blank line) and the
comments at its end belong to the file.  A comment above a list item, or at the end of its first
line, belongs to the item and to its first key.  After ``fmt`` every comment
still belongs to the item it belonged to.

Also: with ``# cxmap: disable=`` comments in those places ``validate
--strict``'s verdict is the same after fmt as before (or fmt leaves the file
alone); maps writing ``~`` or ``null`` are formatted with their values as
written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxmap.api import load_bytes
from cxmap.checks.settings import RuleSettings
from cxmap.commands.edit_fmt import _same_verdict
from cxmap.edit.fmt import FormatProblem, format_bytes
from cxmap.edit.patch import Node, Scalar, parse_positions

ItemPath = tuple[Any, ...]

# --------------------------------------------------------------------- maps
TOUCHPOINT_KEYS = ["id", "name", "channel", "score", "evidence"]
STAGE_KEYS = ["id", "name", "touchpoints"]
TOP_KEYS = ["cxmap", "id", "title", "language", "stages"]


@st.composite
def maps(draw: st.DrawFn, empty: str = "") -> list[tuple[int, str]]:
    """The lines of a map as (indentation, text), keys in a random order."""
    lines: list[tuple[int, str]] = []

    def keys(names: list[str]) -> list[str]:
        return draw(st.permutations(names))

    n_stages = draw(st.integers(1, 2))
    for top in keys(TOP_KEYS):
        if top != "stages":
            value = {"cxmap": "1", "id": "m", "title": "Mapa", "language": "pl"}[top]
            lines.append((0, f"{top}: {value}"))
            continue
        lines.append((0, "stages:"))
        for s in range(n_stages):
            dash = True
            for key in keys(STAGE_KEYS):
                lead = "- " if dash else "  "
                dash = False
                if key == "touchpoints":
                    lines.append((2, f"{lead}touchpoints:"))
                    for tp in range(draw(st.integers(1, 3))):
                        tdash = True
                        for tkey in keys(TOUCHPOINT_KEYS):
                            tlead = "- " if tdash else "  "
                            tdash = False
                            if tkey == "evidence":
                                lines.append((6, f"{tlead}evidence:"))
                                lines.append((10, "- ankieta"))
                                continue
                            value = {"id": f"t{s}-{tp}", "name": f"Punkt {s} {tp}",
                                     "channel": "web", "score": empty or "1"}[tkey]
                            lines.append((6, f"{tlead}{tkey}: {value}"))
                else:
                    value = f"s{s}" if key == "id" else f"Etap {s}"
                    lines.append((2, f"{lead}{key}: {value}"))
    return lines


@st.composite
def commented_maps(draw: st.DrawFn, words: st.SearchStrategy[str] | None = None,
                   empty: str = "") -> str:
    """A generated map with comments at random places, each with its own text."""
    rows = draw(maps(empty))
    out: list[str] = []
    n = 0
    for index, (indent, text) in enumerate(rows):
        before = rows[index - 1][0] if index else 0
        if draw(st.booleans()):  # a comment line above this line
            level = draw(st.sampled_from(sorted({0, indent, before, before + 2, indent + 2})))
            word = draw(words) if words is not None else ""
            n += 1
            out.append(" " * level + f"# c{n}{word}")
        line = " " * indent + text
        if draw(st.booleans()) and not text.endswith(":"):
            word = draw(words) if words is not None else ""
            n += 1
            line += f"  # c{n}{word}"
        out.append(line)
    if draw(st.booleans()):
        out.append(" " * draw(st.sampled_from([0, 8])) + "# tail")
    return "\n".join(out) + "\n"


# ------------------------------------------------------ what a comment belongs to
def _owners_by_line(text: str) -> dict[int, set[ItemPath]]:
    """Line -> the items that start on it: its key, and the list item whose
    first line it is."""
    owners: dict[int, set[ItemPath]] = {}

    def walk(node: Any, path: ItemPath) -> None:
        if isinstance(node, Node) and node.mapping:
            for name, (key, value) in node.items.items():
                owners.setdefault(key.start[0], set()).add((*path, name))
                walk(value, (*path, name))
        elif isinstance(node, Node):
            for i, item in enumerate(node.items):
                start = item.start if isinstance(item, Node | Scalar) else None
                if start is not None:
                    owners.setdefault(start[0], set()).add((*path, i))
                walk(item, (*path, i))

    walk(parse_positions(text), ())
    return owners


def belonging(text: str) -> dict[str, set[ItemPath] | str]:
    """Each comment's text -> the items it belongs to."""
    lines = text.split("\n")
    owners = _owners_by_line(text)
    content = [n for n, row in enumerate(lines) if row.strip()
               and not row.lstrip().startswith("#")]
    found: dict[str, set[ItemPath] | str] = {}
    for number, row in enumerate(lines):
        at = row.find("# ")
        if at < 0:
            continue
        comment = row[at:].strip()
        if row[:at].strip():  # at the end of a line: that line's items
            found[comment] = owners.get(number, set())
            continue
        after = [n for n in content if n > number]
        above = [n for n in content if n < number]
        if not above and not lines[number + 1].strip():
            found[comment] = "head"  # the file's header, set off by a blank line
        elif not above:
            found[comment] = owners.get(after[0], set())
        elif not after and at == 0:
            found[comment] = "tail"
        elif after and at <= len(lines[after[0]]) - len(lines[after[0]].lstrip(" ")):
            found[comment] = owners.get(after[0], set())  # it precedes the next line
        else:  # it follows the item at its level above it
            level = next((n for n in reversed(above) if _level(lines[n]) <= at), above[0])
            found[comment] = owners.get(level, set())
    return found


def _level(row: str) -> int:
    """The column of a line's first key or value (after its indentation and dashes)."""
    return len(row) - len(row.lstrip(" -"))


def _same_owner(before: set[ItemPath] | str, after: set[ItemPath] | str) -> bool:
    if isinstance(before, str) or isinstance(after, str):
        return before == after
    return bool(before & after)


# --------------------------------------------------------------------- properties
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commented_maps())
def test_every_comment_stays_with_its_item(text: str) -> None:
    formatted = format_bytes(text.encode()).text.decode()
    before, after = belonging(text), belonging(formatted)
    assert sorted(before) == sorted(after)
    moved = {c: (before[c], after[c]) for c in before if not _same_owner(before[c], after[c])}
    assert moved == {}, formatted
    assert not format_bytes(formatted.encode()).changed


SUPPRESSIONS = st.sampled_from([
    "", "", " cxmap: disable=CX304", " cxmap: disable=CX311",
    " cxmap: disable=unscored-touchpoint,touchpoint-without-owner",
    " cxmap: disable=CX312", " cxmap: disable=CX313"])


def _verdict(raw: bytes) -> Counter[tuple[str, str]]:
    loaded = load_bytes(raw, "m.cxmap.yaml", settings=RuleSettings(strict=True))
    return Counter((d.code, str(d.severity)) for d in loaded.diagnostics)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commented_maps(words=SUPPRESSIONS, empty="~"))
def test_fmt_never_changes_what_a_suppression_silences(text: str) -> None:
    """What ``cxmap fmt`` writes (it refuses a layout whose verdict differs,
    trying a list item's first-line comment on its new first line first)."""
    raw = text.encode()
    try:
        formatted = format_bytes(raw)
    except FormatProblem:
        return  # left as it is
    if not _same_verdict(raw, formatted.text, "m.cxmap.yaml"):
        formatted = format_bytes(raw, item_comment_stays=True)
        if not _same_verdict(raw, formatted.text, "m.cxmap.yaml"):
            return  # fmt leaves the file as it is
    assert _verdict(formatted.text) == _verdict(raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commented_maps(empty="~"), st.sampled_from(["~", "null", "Null", "NULL", ""]))
def test_empty_values_are_written_as_they_were(text: str, empty: str) -> None:
    text = text.replace("score: ~", f"score: {empty}".rstrip())
    formatted = format_bytes(text.encode()).text.decode()
    assert "score:~" not in formatted and "score:null" not in formatted
    scores = [row.strip().removeprefix("- ") for row in formatted.split("\n")
              if row.strip().removeprefix("- ").startswith("score:")]
    expected = f"score: {empty}".rstrip()
    assert scores and all(s.split("  #")[0] == expected for s in scores), scores


# ------------------------------------------------ line ends and line separators
VALID = ("cxmap: 1\ntitle: TITLE\nid: m\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
         "      - name: P\n        id: p\n")


def test_old_mac_line_ends_are_formatted_and_kept() -> None:
    raw = VALID.replace("TITLE", "T").replace("\n", "\r").encode()
    out = format_bytes(raw)
    assert out.changed
    assert out.text == (b"cxmap: 1\rid: m\rtitle: T\rstages:\r  - id: s\r    name: S\r"
                        b"    touchpoints:\r      - id: p\r        name: P\r")
    assert not format_bytes(out.text).changed


@pytest.mark.parametrize("separator", ["\r", "\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_line_separator_in_a_text_is_refused_with_its_fix(tmp_path: Path, separator: str,
                                                            lang: str) -> None:
    from typer.testing import CliRunner

    from cxmap.cli import app

    target = tmp_path / "m.cxmap.yaml"
    raw = VALID.replace("TITLE", f'"A{separator}B"').encode()
    target.write_bytes(raw)
    result = CliRunner().invoke(app, ["fmt", str(target), "--lang", lang])
    assert result.exit_code == 1
    assert "internal error" not in result.output
    assert ('"\\L"' if lang == "en" else "zapisz go w cudzysłowie") in result.stderr
    assert target.read_bytes() == raw
