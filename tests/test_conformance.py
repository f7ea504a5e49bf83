"""The public conformance cases of the map format (tests/conformance)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app

CONF = Path(__file__).parent / "conformance"
EXPECTED = json.loads((CONF / "expected.json").read_text())
runner = CliRunner()


@pytest.mark.parametrize("name", EXPECTED["validate"]["valid"])
def test_valid_maps_exit_0(name: str) -> None:
    result = runner.invoke(app, ["validate", str(CONF / name)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("case", EXPECTED["validate"]["invalid"], ids=lambda c: c["file"])
def test_invalid_maps_exit_1_at_the_given_line(case: dict[str, object]) -> None:
    path = CONF / str(case["file"])
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{path}:{case['line']}:"), first
    assert " error CX" in first
