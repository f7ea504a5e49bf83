"""The YAML loader: YAML 1.2 resolution, positions, hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cxmap.api import load_bytes, load_map
from cxmap.load.yaml import MAX_DEPTH, YamlProblem, decode, parse_text

CONF = Path(__file__).parent / "conformance"


def problem(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as info:
        parse_text(text)
    return info.value


def test_yaml_12_core_schema() -> None:
    doc = parse_text("a: yes\nb: no\nc: on\nd: 0777\ne: 0o17\nf: 0x1F\ng: 1:30\nh: 2024-04-10\n"
                     "i: ~\nj: TRUE\nk: -1.5e2\nl: .inf\nm: '1'\nn: +2\n")
    assert doc.data == {"a": "yes", "b": "no", "c": "on", "d": 777, "e": 15, "f": 31,
                        "g": "1:30", "h": "2024-04-10", "i": None, "j": True, "k": -150.0,
                        "l": float("inf"), "m": "1", "n": 2}


def test_positions_of_keys_and_values_are_one_based() -> None:
    doc = parse_text("top:\n  - id: x\n    list: [a, b]\n")
    assert doc.locate(("top",), key=True) == (1, 1)
    assert doc.locate(("top", 0)) == (2, 5)
    assert doc.locate(("top", 0, "id"), key=True) == (2, 5)
    assert doc.locate(("top", 0, "id")) == (2, 9)
    assert doc.locate(("top", 0, "list", 1)) == (3, 15)
    assert doc.locate(("top", 0, "list", 1), key=True) == (3, 15)  # items have no key


def test_locate_falls_back_to_the_nearest_ancestor() -> None:
    doc = parse_text("a:\n  b: 1\n")
    assert doc.locate(("a", "missing", "deeper")) == (2, 3)
    assert doc.locate(("a", "missing"), key=True) == (1, 1)
    assert doc.locate(()) == (1, 1)


def test_bom_and_crlf_keep_columns() -> None:
    text = decode(b"\xef\xbb\xbfcxmap: 1\r\nid: a\r\n")
    doc = parse_text(text)
    assert doc.data == {"cxmap": 1, "id": "a"}
    assert doc.locate(("id",)) == (2, 5)


def test_non_utf8_byte_is_located() -> None:
    loaded = load_bytes(b"cxmap: 1\ntitle: caf\xe9\n", "f.yaml")
    [d] = loaded.diagnostics
    assert (d.code, d.line, d.column) == ("CX002", 2, 11)


def test_unreadable_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    loaded = load_map(tmp_path, "dir.yaml")  # a directory cannot be read as a file
    [d] = loaded.diagnostics
    assert (d.file, d.code, d.line, d.column) == ("dir.yaml", "CX003", 1, 1)


def test_deep_nesting_is_refused_quickly() -> None:
    p = problem("a: " + "[" * 5000 + "]" * 5000)
    assert p.code == "CX008"
    assert p.line == 1 and p.column == 4 + MAX_DEPTH - 1


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a: &a [" + ",".join(["lol"] * 9) + "]"]
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.perf_counter()
    p = problem("\n".join(lines))
    assert p.code == "CX007"
    assert time.perf_counter() - start < 5  # generous: the point is no blow-up


def test_aliases_within_budget_are_expanded() -> None:
    doc = parse_text("a: &x [1, 2]\nb: *x\n")
    assert doc.data == {"a": [1, 2], "b": [1, 2]}


def test_huge_integer_is_a_diagnostic_not_a_crash() -> None:
    assert problem("a: " + "9" * 5000).code == "CX012"


@pytest.mark.parametrize("text", ["a: !!float x", "a: !!null x", "a: !!int 1.5"])
def test_bad_core_tags(text: str) -> None:
    assert problem(text).code == "CX012"


def test_core_tags_are_honoured() -> None:
    assert parse_text("a: !!str 12\nb: !!int '7'\nc: !!float 1\nd: ! 5\n").data == {
        "a": "12", "b": 7, "c": 1.0, "d": "5"}


def test_complex_keys_are_refused() -> None:
    assert problem("? [a, b]\n: 1\n").code == "CX102"


@pytest.mark.parametrize("text,code", [("", "CX004"), ("# c\n", "CX004"), ("~\n", "CX004"),
                                       ("a\x07: 1", "CX001")])
def test_degenerate_files(text: str, code: str) -> None:
    assert problem(text).code == code


def test_every_key_and_value_is_positioned() -> None:
    text = "a:\n  - {b: 1, c: [x, y]}\n  - ~\nd: text\n"
    doc = parse_text(text)
    assert doc.data == {"a": [{"b": 1, "c": ["x", "y"]}, None], "d": "text"}
    assert doc.locate(("a", 0, "c", 1)) == (2, 19)
    assert doc.locate(("a", 0, "c")) == (2, 15)
    assert doc.locate(("a", 0, "c"), key=True) == (2, 12)
    assert doc.locate(("a", 1)) == (3, 5)
    assert doc.locate(("d",), key=True) == (4, 1)
    assert doc.locate(("d",)) == (4, 4)
    # a missing key points at the closest thing that exists
    assert doc.locate(("a", 0, "nope")) == (2, 5)


def test_a_valid_map_keeps_real_positions() -> None:
    loaded = load_map(CONF / "bank-2025.cxmap.yaml")
    assert loaded.diagnostics == [] and loaded.document is not None
    doc = loaded.document
    lines = (CONF / "bank-2025.cxmap.yaml").read_text(encoding="utf-8").splitlines()
    for path in (("title",), ("stages", 1, "touchpoints", 0, "score"),
                 ("stages", 2, "touchpoints", 1, "name")):
        line, col = doc.locate(path)
        assert (line, col) != (1, 1)
        key_line, key_col = doc.locate(path, key=True) if isinstance(path[-1], str) else (0, 0)
        value = doc.data
        for part in path:
            value = value[part]
        assert lines[line - 1][col - 1:].startswith(str(value))
        if key_line:
            assert lines[key_line - 1][key_col - 1:].startswith(f"{path[-1]}:")


def test_diagnostics_of_an_invalid_map_are_positioned() -> None:
    raw = b"cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n" \
          b"      - id: a\n        name: A\n        score: 7\n"
    [d] = load_bytes(raw, "m.yaml").diagnostics
    assert (d.code, d.line, d.column) == ("CX103", 10, 16)
    # (a map: a file without a top-level cxmap key is never quoted, not even a key)
    [dup] = load_bytes(b"cxmap: 1\na: 1\nb: 2\na: 3\n", "d.yaml").diagnostics
    assert dup.message == "duplicate key 'a' (first at line 2)"
    [dup] = load_bytes(b"cxmap: 1\na: 0\nx: 0\nb: 2\nx: 3\n", "d.yaml").diagnostics
    assert (dup.line, dup.message) == (5, "duplicate key 'x' (first at line 3)")
