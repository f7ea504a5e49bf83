"""Property tests: whatever an analyst (or a cat on the keyboard) does to a
valid map, validate never raises and always answers 0 or 1 with located,
registered diagnostics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.checks.rules import RULES
from cxmap.cli import app
from cxmap.load.yaml import parse_text

CONF = Path(__file__).parent / "conformance"
SEED_FILES = [CONF / "bank-2024.cxmap.yaml", Path(__file__).parent / "cases" / "valid" /
              "everything.cxmap.yaml"]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEED_FILES]
SEED_DATA = [parse_text(t).data for t in SEED_TEXTS]

junk = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6,
)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths(v, (*prefix, i))
    return out


def mutate(data: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    data = json.loads(json.dumps(data, default=str))
    if not path:
        return value if action == "replace" else data
    parent = data
    for p in path[:-1]:
        parent = parent[p]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "add-key" and isinstance(parent, dict):
        parent[f"{last}x"] = value
    return data


def check(raw: bytes) -> None:
    loaded = load_bytes(raw, "fuzz.yaml")
    for d in loaded.diagnostics:
        assert d.code in RULES
        assert d.line >= 1 and d.column >= 1
        assert d.message
    assert (loaded.journey is None) == (loaded.errors > 0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(["replace", "delete", "add-key"]), junk)
def test_structural_mutations_never_raise(data: st.DataObject, action: str, value: Any) -> None:
    seed = data.draw(st.sampled_from(SEED_DATA))
    path = data.draw(st.sampled_from(paths(seed)))
    mutated = mutate(seed, path, action, value)
    check(json.dumps(mutated, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.data(), st.integers(0, 2000), st.integers(0, 20),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=20))
def test_text_edits_never_raise(data: st.DataObject, at: int, cut: int, insert: str) -> None:
    text = data.draw(st.sampled_from(SEED_TEXTS))
    at = min(at, len(text))
    check((text[:at] + insert + text[at + cut:]).encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_never_raise(raw: bytes) -> None:
    check(raw)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_cli_exit_code_is_0_or_1(tmp_path_factory: Any, data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from(SEED_DATA))
    path = data.draw(st.sampled_from(paths(seed)))
    mutated = mutate(seed, path, "replace", data.draw(junk))
    target = tmp_path_factory.mktemp("fuzz") / "m.cxmap.yaml"
    target.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(target)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
