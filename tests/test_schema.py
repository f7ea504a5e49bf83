"""The committed JSON Schema is current and agrees with the examples."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cxmap.load.yaml import parse_text
from cxmap.schema import schema_text
from tests.conftest import example_maps

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "schemas" / "cxmap.schema.json"


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schemas/cxmap.schema.json is stale: run `cxmap schema -o schemas/cxmap.schema.json`")


def test_schema_is_draft_07_with_definitions() -> None:
    schema = json.loads(schema_text())
    jsonschema.Draft7Validator.check_schema(schema)
    assert "$defs" not in json.dumps(schema)
    assert {"Touchpoint", "Stage", "Project"} <= set(schema["definitions"])


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_examples_pass_the_schema(path: Path) -> None:
    data = parse_text(path.read_text(encoding="utf-8")).data
    jsonschema.Draft7Validator(json.loads(schema_text())).validate(data)


@pytest.mark.parametrize("snippet", [{"score": 3}, {"score": 1.5}, {"momentOfTruth": "yes"},
                                     {"scroe": 1}, {"id": "a b"}, {"reach": "x"}])
def test_schema_rejects_what_validate_rejects(snippet: dict[str, object]) -> None:
    data = {"cxmap": 1, "id": "m", "title": "T",
            "stages": [{"id": "s", "name": "S", "touchpoints": [{"id": "a", "name": "A",
                                                                 **snippet}]}]}
    validator = jsonschema.Draft7Validator(json.loads(schema_text()))
    assert list(validator.iter_errors(data))
